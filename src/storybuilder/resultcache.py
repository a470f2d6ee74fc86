"""Reuse the output of ``render`` and ``check`` for inputs seen before.

Both commands are pure functions of the story file's bytes, the question bank's text,
the options and storybuilder's own code. A pre-commit hook or CI job runs them over
stories that mostly did not change, so their output is cached by a hash of all of
those (see :mod:`storybuilder.cache`). Looking a result up needs only the TOML parser and
hashlib, so a repeated run does not import pydantic, Jinja or the critic at all.

Only results whose inputs are fully known are cached: with a custom template (which
may include other files) or a story whose bank cannot be read, the command just runs.

An entry is used only if it is exactly what :func:`store` writes: it names its own key
and the hash of its output, its exit code is 0, 1 or 2, and its output holds no control
character a terminal would act on (and is a JSON object where one is expected).
Anything else (a damaged, truncated, copied or hand-made entry) is a miss, and the
command runs as if there were no cache.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, NamedTuple

from storybuilder import atomicwrite, bankref, cache, shipped, tomlparse
from storybuilder.errors import ShippedDataError
from storybuilder.terminal_text import has_unsafe

KIND = "results"
FORMAT = 2
"""Version of the entry layout; entries of another layout are misses."""
EXIT_CODES = frozenset({0, 1, 2})
_MAX_STORY = 64 * 1024 * 1024
"""storefile.MAX_FILE_SIZE, which this module does not import (it would import pydantic)."""


class Result(NamedTuple):
    stdout: str
    code: int


def key_for(story_path: Path, bank_path: Path | None, options: list[str]) -> str | None:
    """The cache key of a command over this story, or None when it cannot be cached."""
    return key_and_read(story_path, bank_path, options)[0]


def key_and_read(
    story_path: Path, bank_path: Path | None, options: list[str]
) -> tuple[str | None, tomlparse.FileRead | None]:
    """:func:`key_for`, with the story's bytes and tables it read to make the key.

    On a miss the command opens the story from them (``open_story(..., read=...)``)
    rather than reading and parsing the file a second time; None when the file could
    not be read or parsed here (the command then reports why itself).
    """
    try:
        # Only a regular file of a story's size: the command itself reports anything else.
        data = atomicwrite.read_regular_file(story_path, _MAX_STORY)
        raw = tomlparse.loads(data.decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomlparse.TOMLDecodeError, RecursionError):
        return None, None
    bank = _bank_digest(raw, bank_path)
    key = None if bank is None else cache.key_for("\0".join(options), data, bank)
    return key, (data, raw)


def _bank_digest(raw: dict[str, Any], bank_path: Path | None) -> str | None:
    """The SHA-256 of the bytes of the story's bank (None: the command is not cached)."""
    interview = raw.get("interview", {})
    bank_id = interview.get("bank", "core") if isinstance(interview, dict) else None
    if not bankref.is_bank_id(bank_id):
        return None
    if bank_path is not None:
        try:
            if not bank_path.is_file():
                return None
            data = bank_path.read_bytes()
            data.decode("utf-8")  # a bank that is not text is not cached
        except (OSError, UnicodeDecodeError):
            return None
        return hashlib.sha256(data).hexdigest()
    try:
        resource = shipped.folder("question_banks") / f"{bank_id}.toml"
        # Read once per process: the command reads the same bytes for its bank.
        return shipped.read(resource).sha256 if resource.is_file() else None
    except ShippedDataError:
        return None  # not cached: the command itself reports the broken installation
    except OSError:
        return None


def lookup(key: str | None, *, json_object: bool = False) -> Result | None:
    """The stored result for ``key``, or None for a miss (including any doubtful entry).

    ``json_object``: the output must be one JSON object (``check --json``).
    """
    if key is None:
        return None
    found = cache.read_json(KIND, key)
    if not isinstance(found, dict) or set(found) != {"format", "key", "sha256", "stdout", "code"}:
        return None
    stdout, code = found["stdout"], found["code"]
    if (
        found["format"] != FORMAT
        or found["key"] != key
        or not isinstance(stdout, str)
        or type(code) is not int
        or code not in EXIT_CODES
        or found["sha256"] != _checksum(key, stdout, code)
        or has_unsafe(stdout)
    ):
        return None
    if json_object:
        try:
            if not isinstance(json.loads(stdout), dict):
                return None
        except (ValueError, RecursionError):
            return None
    return Result(stdout, code)


def store(key: str | None, result: Result) -> None:
    if key is not None:
        entry = {
            "format": FORMAT,
            "key": key,
            "sha256": _checksum(key, result.stdout, result.code),
            "stdout": result.stdout,
            "code": result.code,
        }
        cache.write_json(KIND, key, entry)


def _checksum(key: str, stdout: str, code: int) -> str:
    """Ties an entry's output and exit code to its key: a copied or edited entry fails it."""
    data = f"{key}\0{code}\0".encode() + stdout.encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()
