"""Load and save story files (TOML), safely.

Loading turns every kind of bad input into one exception type, :class:`StoryFileError`,
whose message names the file and where in it the problem is (line and column for
malformed TOML, a dotted key path for everything else).

Saving never loses the last good version: the new text goes to a temporary file in the
same directory, is fsynced and renamed over the old one, and the old one is kept as
``FILE.bak``. A file that cannot be parsed, or is of a newer format, is never written
over, and a file that changed on disk since it was loaded is not either. Saves of one
file are serialised with a lock on it, so that of two programs saving from the same
version one gets the conflict instead of both succeeding. A story reached through a
symbolic link is written where the link points (the link stays), and a read-only story
is never replaced.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import stat
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import Any, NamedTuple, get_origin

from pydantic import BaseModel, ValidationError

from storybuilder import atomicwrite, shipped_regexes, tomlparse

# Re-exported: callers catch the errors of the module they call.
from storybuilder.errors import ConflictError as ConflictError
from storybuilder.errors import StoryFileError as StoryFileError
from storybuilder.item_ids import with_item_ids
from storybuilder.story import FORMAT_VERSION, Story, Vocabulary, unknown_ids

if sys.platform != "win32":
    import fcntl

LOCK_TIMEOUT = 10.0
"""Seconds to wait for another program's save of the same file before giving up."""

_TOML_POSITION = shipped_regexes.compile(
    r"^(?P<msg>.*?)\s*\(at line (?P<line>\d+), column (?P<col>\d+)\)$"
)
_TOML_END = shipped_regexes.compile(r"^(?P<msg>.*?)\s*\(at end of document\)$")
# Union members and validator wrappers that pydantic puts into error locations.
_LOC_NOISE = shipped_regexes.compile(
    r"^(str|bool|int|float|list\[.*\]|dict\[.*\]|literal\[.*\]|.*-after\[.*\])$"
)


class Fingerprint(NamedTuple):
    """What a file looked like when it was read, to notice changes made behind our back."""

    digest: str

    @classmethod
    def of_bytes(cls, data: bytes) -> Fingerprint:
        return cls(hashlib.sha256(data).hexdigest())


def parse(data: bytes | str, *, source: str = "<story>", vocab: Vocabulary | None = None) -> Story:
    """A story from the text of a story file; raises StoryFileError naming every problem."""
    return from_toml_data(toml_data(data, source=source), source=source, vocab=vocab)


def toml_data(data: bytes | str, *, source: str = "<story>") -> dict[str, Any]:
    """The TOML tables of a file's text; raises StoryFileError for text that is not TOML."""
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as err:
            line = data[: err.start].count(b"\n") + 1
            raise StoryFileError(source, [(f"line {line}", "the file is not UTF-8 text")]) from None
    else:
        text = data
    # Some editors start UTF-8 files with a byte-order mark; TOML does not allow one.
    # It is accepted on reading, and saving writes the file without it.
    text = text.removeprefix(BOM)
    try:
        return tomlparse.loads(text)
    except tomlparse.TOMLDecodeError as err:
        raise StoryFileError(source, [_toml_problem(str(err), text)]) from None
    except RecursionError:
        # The parser reads nested arrays and inline tables recursively.
        raise StoryFileError(source, [("", _TOO_DEEP)]) from None


def from_toml_data(
    raw: dict[str, Any], *, source: str = "<story>", vocab: Vocabulary | None = None
) -> Story:
    """A story from the TOML tables of a story file (see :func:`toml_data`)."""
    if (deep := too_deep(raw)) is not None:
        raise StoryFileError(source, [(deep, _TOO_DEEP)])
    if _check_format(raw, source) < FORMAT_VERSION:
        # Format 2 only adds to format 1 (see docs/story-format.md): the tables read as
        # they are, and storybuilder.upgrade does the rest once the bank is known.
        raw = {**raw, "format": FORMAT_VERSION}
    try:
        story = Story.model_validate(raw)
    except ValidationError as err:
        raise StoryFileError(source, _validation_problems(err)) from None
    except RecursionError:
        raise StoryFileError(source, [("", _TOO_DEEP)]) from None
    if vocab is not None:
        check_ids(story, vocab, source)
    return story


BOM = "\ufeff"
MAX_DEPTH = 16
"""Deepest nesting of tables and arrays a story may have; the format needs 4."""
_TOO_DEEP = f"tables and arrays nested more than {MAX_DEPTH} deep; a story file needs far fewer"


def too_deep(raw: Any, limit: int = MAX_DEPTH) -> str | None:
    """The key path of the first value nested deeper than ``limit``, or None.

    Walks without recursion, so that any depth of input is safe to check.
    """
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(raw, ())]
    while stack:
        value, loc = stack.pop()
        if len(loc) > limit:
            return key_path(loc) or "the top level"
        if isinstance(value, dict):
            stack.extend((v, (*loc, str(k))) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((v, (*loc, i)) for i, v in enumerate(value))
    return None


def check_ids(story: Story, vocab: Vocabulary, source: str) -> None:
    """Raise StoryFileError naming every id the vocabulary (the story's bank) lacks."""
    bad = [(u.path, u.message().split(": ", 1)[1]) for u in unknown_ids(story, vocab)]
    if bad:
        raise StoryFileError(source, bad)


def load(path: str | os.PathLike[str], *, vocab: Vocabulary | None = None) -> Story:
    """The story in a file; raises StoryFileError for a missing, unreadable or invalid file."""
    return load_with_fingerprint(path, vocab=vocab)[0]


class Loaded(NamedTuple):
    """A story as read from its file."""

    story: Story
    fingerprint: Fingerprint
    file_format: int
    """The format the file is written in (the story itself is always the newest)."""


def load_file(path: str | os.PathLike[str], *, read: tomlparse.FileRead | None = None) -> Loaded:
    """The story in a file with its fingerprint and the file's format version.

    ``read``: the file's bytes and the TOML tables of their text (UTF-8, a leading
    byte-order mark dropped), when the caller has just read and parsed them.
    """
    if read is None:
        data = _read(Path(path))
        raw = toml_data(data, source=str(path))
    else:
        data, raw = read
    story = from_toml_data(raw, source=str(path))
    return Loaded(story, Fingerprint.of_bytes(data), raw["format"])


def load_with_fingerprint(
    path: str | os.PathLike[str], *, vocab: Vocabulary | None = None
) -> tuple[Story, Fingerprint]:
    """The story and the fingerprint to pass to :func:`save` to detect outside changes."""
    data = _read(Path(path))
    return parse(data, source=str(path), vocab=vocab), Fingerprint.of_bytes(data)


def write_text_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write a generated file (an export) atomically; raises StoryFileError on failure."""
    target = Path(path)
    _atomic_write(target, text.encode("utf-8"), backup=None)


def write_problem(path: str | os.PathLike[str]) -> str | None:
    """Why saving a story at ``path`` would be refused or fail, or None if it should work.

    A read-only file is never replaced (its owner made it so); a folder without write
    permission cannot take the new file that replaces the story.
    """
    real = atomicwrite.real_path(Path(path))
    if atomicwrite.read_only(real):
        return "the file is read-only"
    if not os.access(real.parent, os.W_OK | os.X_OK):
        return f"its folder {real.parent} is not writable"
    return None


def dumps(story: Story) -> str:
    """The story file text: fixed key order, empty parts left out, multi-line texts as such.

    Each table is written on its own, in the order of the format, so that arrays of
    tables stay ``[[claims]]`` blocks (one line per key, for readable diffs) wherever
    they fit on one line or not.
    """
    data = to_toml_data(story)
    parts = [_dump_table(None, {"format": data.pop("format")})]
    for key, value in data.items():
        if key in _TABLES_BY_ID:
            parts.extend(
                _dump_table(f"[{key}.{_toml_key(item)}]", entry) for item, entry in value.items()
            )
        elif isinstance(value, list):
            parts.extend(_dump_table(f"[[{key}]]", entry) for entry in value)
        else:
            parts.append(_dump_table(f"[{key}]", value))
    return "\n".join(parts)


_BARE_KEY = shipped_regexes.compile(r"^[A-Za-z0-9_-]+$")


def _toml_key(key: str) -> str:
    """A key as TOML writes it: bare when it can be, else quoted (``"rule:item"``)."""
    if _BARE_KEY.match(key):
        return key
    import tomli_w  # only for writing: reading a story never needs it

    return tomli_w.dumps({key: 0}).split(" = ", 1)[0]


_TABLES_BY_ID = ("failure_modes", "evaluation", "triage", "retired")


def _dump_table(header: str | None, values: dict[str, Any]) -> str:
    import tomli_w  # only for writing: reading a story never needs it

    body = tomli_w.dumps(values, multiline_strings=True)
    return f"{header}\n{body}" if header else body


def to_toml_data(story: Story) -> dict[str, Any]:
    """The story as plain TOML-ready data, in the fixed key order of the format."""
    data = _plain(story.model_dump(exclude_none=True))
    for table in ("meta", "goal", "rationale", "interview"):
        data[table] = {k: v for k, v in data[table].items() if v != []}
    return {k: v for k, v in data.items() if v not in ({}, [])}


def save(
    story: Story,
    path: str | os.PathLike[str],
    *,
    expected: Fingerprint | None = None,
    vocab: Vocabulary | None = None,
    now: datetime | None = None,
    known: Story | None = None,
    touch: bool = True,
    backup: bool = False,
) -> tuple[Story, Fingerprint]:
    """Write the story atomically and return it as saved (timestamps set) with its fingerprint.

    Every claim, sensitivity row and own problem is saved with an id (see item_ids), so
    that their problems keep their keys. A file of an older format is kept as
    ``FILE.bak`` when it is upgraded. ``touch=False`` (migrating) keeps ``meta.updated``:
    upgrading changes the file, not the story's content. ``backup=True`` keeps the file
    as ``FILE.bak`` even when the story's content is unchanged: the save is the first
    to write an upgrade made when the story was opened (to a newer bank version).

    ``expected`` is the fingerprint from loading; if the file on disk no longer matches
    it, ConflictError is raised and nothing is written. An unchanged story is not
    rewritten at all, so its bytes and ``meta.updated`` stay as they were. ``known`` is
    the story the ``expected`` bytes hold (as last loaded or saved): the file is then
    not parsed again.
    """
    target = Path(path)
    story = with_item_ids(story)
    with _locked(target) as on_disk:
        return _save_locked(story, target, on_disk, expected, vocab, now, known, touch, backup)


def _save_locked(
    story: Story,
    target: Path,
    on_disk: bytes | None,
    expected: Fingerprint | None,
    vocab: Vocabulary | None,
    now: datetime | None,
    known: Story | None = None,
    touch: bool = True,
    backup: bool = False,
) -> tuple[Story, Fingerprint]:
    """Save, holding the file's lock; ``on_disk`` is what the file holds (None: no file)."""
    previous: Story | None = None
    if on_disk is not None:
        if expected is not None and Fingerprint.of_bytes(on_disk) != expected:
            raise ConflictError(
                target,
                [("", "the file changed on disk since it was opened; saving would overwrite it")],
            )
        if expected is not None:
            previous = known  # the bytes are those the caller loaded or saved
    if on_disk is not None and previous is None:
        try:
            previous = parse(on_disk, source=str(target), vocab=vocab)
        except StoryFileError as err:
            raise StoryFileError(
                target,
                [("", "refusing to overwrite a file that is not a valid story:")] + err.problems,
            ) from None

    same_content = previous is not None and previous.content_equal(story)
    if previous is not None and (same_content or not touch):
        meta = story.meta.model_copy(
            update={"created": previous.meta.created, "updated": previous.meta.updated}
        )
        story = story.model_copy(update={"meta": meta})
        text = dumps(story).encode("utf-8")
        if text == on_disk:
            return story, Fingerprint.of_bytes(text)
    else:
        stamp = (now or datetime.now(UTC)).replace(microsecond=0)
        created = story.meta.created or (previous.meta.created if previous else None) or stamp
        meta = story.meta.model_copy(update={"created": created, "updated": stamp})
        story = story.model_copy(update={"meta": meta})
        text = dumps(story).encode("utf-8")

    # Moving between questions changes only the resume point: the backup keeps the
    # previous *content*, rather than churning on every move.
    upgrading = on_disk is not None and (backup or _written_format(on_disk) < FORMAT_VERSION)
    _atomic_write(
        target, text, backup=on_disk if upgrading or not (same_content and touch) else None
    )
    return story, Fingerprint.of_bytes(text)


@contextlib.contextmanager
def _locked(target: Path) -> Iterator[bytes | None]:
    """Hold an exclusive lock on the story file while it is checked and replaced.

    Yields the file's bytes (None if there is no file yet). The lock is taken on the
    file itself, so nothing is left behind; as a save replaces the file by a new one,
    a save that waited on the old one finds the name pointing elsewhere, and locks
    again. Raises StoryFileError if the file cannot be read or stays locked.
    """
    real = atomicwrite.real_path(target)
    if sys.platform == "win32":  # pragma: no cover - no flock
        yield _read(target) if real.exists() else None
        return
    deadline = time.monotonic() + LOCK_TIMEOUT
    while True:
        fd = _open_for_lock(target, real)
        if fd is None:
            yield None
            return
        try:
            _lock(fd, target, deadline)
            if _same_file(fd, real):
                with os.fdopen(os.dup(fd), "rb") as handle:
                    data = handle.read()
                yield data
                return
        finally:
            os.close(fd)  # also releases the lock


def _open_for_lock(target: Path, real: Path) -> int | None:
    """The story file opened for locking, or None if there is none yet."""
    try:
        fd = os.open(real, os.O_RDONLY)
    except (FileNotFoundError, NotADirectoryError):
        return None  # writing will say why it cannot
    except OSError as err:
        raise StoryFileError(target, [("", f"cannot read: {err.strerror}")]) from None
    if stat.S_ISDIR(os.fstat(fd).st_mode):
        os.close(fd)
        raise StoryFileError(target, [("", "is a directory, not a story file")])
    return fd


def _lock(fd: int, target: Path, deadline: float) -> None:
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() > deadline:
                raise StoryFileError(
                    target, [("", "another program kept the file locked; nothing was saved")]
                ) from None
            time.sleep(0.005)


def _same_file(fd: int, path: Path) -> bool:
    """True when ``path`` still names the file open as ``fd`` (no save replaced it)."""
    try:
        now = os.stat(path)
    except FileNotFoundError:
        return False
    opened = os.fstat(fd)
    return (opened.st_dev, opened.st_ino) == (now.st_dev, now.st_ino)


def read_bytes(path: Path) -> bytes:
    """The bytes of a story file; raises StoryFileError saying why it cannot be read."""
    return _read(path)


MAX_FILE_SIZE = 64 * 1024 * 1024
"""Largest story file read, in bytes (a long story is well under one megabyte)."""


def _read(path: Path) -> bytes:
    try:
        return atomicwrite.read_regular_file(path, MAX_FILE_SIZE)
    except FileNotFoundError:
        raise StoryFileError(path, [("", "no such file")]) from None
    except IsADirectoryError:
        raise StoryFileError(path, [("", "is a directory, not a story file")]) from None
    except OSError as err:
        raise StoryFileError(path, [("", f"cannot read: {err.strerror}")]) from None


def _atomic_write(target: Path, data: bytes, *, backup: bytes | None) -> None:
    real = atomicwrite.real_path(target)
    mode = _mode_of(real)
    try:
        if atomicwrite.read_only(real):
            raise atomicwrite.ReadOnlyFileError(target)
        if backup is not None:
            # Beside the file itself: a link's folder may hold only the link. A link
            # named like the backup is replaced, never written through.
            bak = real.with_name(real.name + ".bak")
            atomicwrite.replace_file(bak, backup, mode, respect_read_only=False, follow_links=False)
        atomicwrite.replace_file(real, data, mode)
    except OSError as err:
        reason = err.strerror or str(err)
        raise StoryFileError(target, [("", f"cannot save: {reason}")]) from None


def _mode_of(target: Path) -> int | None:
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return None


class _TomlDatetime(datetime):
    """Written as in the format's examples (2026-11-29T10:00:00Z), not str()'s 'date time'."""

    def __str__(self) -> str:
        text = self.isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") else text


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return _TomlDatetime.fromisoformat(value.isoformat())
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _toml_problem(message: str, text: str = "") -> tuple[str, str]:
    if match := _TOML_POSITION.match(message):
        line, column = int(match["line"]), int(match["col"])
        where = f"line {line}, column {column}"
        lines = text.split("\n")
        if line <= len(lines) and lines[line - 1][column - 1 : column] == BOM:
            # A second byte-order mark, or one pasted mid-file: invisible in an editor.
            return where, "a byte-order mark (U+FEFF), which TOML does not allow here"
        return where, f"malformed TOML: {match['msg'].rstrip('.')}"
    if match := _TOML_END.match(message):
        return "end of file", f"malformed TOML: {match['msg'].rstrip('.')}"
    return "", f"malformed TOML: {message}"


_FORMAT_LINE = re.compile(rb"^\s*format\s*=\s*(\d+)\s*(?:#.*)?$")


def _written_format(data: bytes) -> int:
    """The format of a story file's text, read from its ``format = N`` line (which comes
    before any table); the newest when there is none to read."""
    for line in data.splitlines():
        if line.lstrip().startswith(b"["):
            break
        if match := _FORMAT_LINE.match(line):
            return int(match[1])
    return FORMAT_VERSION


def _check_format(raw: dict[str, Any], source: str) -> int:
    if "format" not in raw:
        raise StoryFileError(
            source, [("format", f"missing; a story file starts with format = {FORMAT_VERSION}")]
        )
    version = raw["format"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise StoryFileError(source, [("format", f"expected a whole number, got {version!r}")])
    if version > FORMAT_VERSION:
        raise StoryFileError(
            source,
            [
                (
                    "format",
                    f"this file is format {version}, but this storybuilder reads format "
                    f"{FORMAT_VERSION} at most; upgrade storybuilder to open it",
                )
            ],
        )
    if version < 1:
        raise StoryFileError(
            source, [("format", f"unknown format {version}; expected 1 to {FORMAT_VERSION}")]
        )
    return version


def _validation_problems(err: ValidationError) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    for error in err.errors():
        loc = [part for part in error["loc"] if not _is_loc_noise(part)]
        where = key_path(loc)
        if error["type"] == "extra_forbidden":
            parent = key_path(loc[:-1]) or "the top level"
            what = f"unknown key; {parent} accepts: {', '.join(_known_keys(loc[:-1]))}"
        else:
            what = f"{error['msg']} (got {_short_repr(error.get('input'))})"
        if (where, what) not in problems:
            problems.append((where, what))
    # A union (answers) reports one error per member: keep the first per place.
    seen: set[str] = set()
    kept = []
    for where, what in problems:
        if where not in seen:
            seen.add(where)
            kept.append((where, what))
    return kept


def _is_loc_noise(part: str | int) -> bool:
    return isinstance(part, str) and bool(_LOC_NOISE.match(part))


def key_path(loc: list[str | int] | tuple[str | int, ...]) -> str:
    """A pydantic location as a dotted key path: ('claims', 2, 'test') -> 'claims[2].test'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _known_keys(loc: list[str | int]) -> list[str]:
    """The keys the table at ``loc`` accepts, for 'unknown key' messages."""
    model: type[BaseModel] | None = Story
    skip_key = False
    for part in loc:
        if skip_key or isinstance(part, int):
            skip_key = False
            continue
        field = model.model_fields.get(part) if model is not None else None
        if field is None:
            return []
        annotation = field.annotation
        model = _model_in(annotation)
        if model is None and (args := getattr(annotation, "__args__", None)):
            # dict[str, Model] or list[Model]: the next part is a key or an index.
            model = _model_in(args[-1])
            skip_key = get_origin(annotation) is dict
    return list(model.model_fields) if model is not None else []


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None


def _short_repr(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
