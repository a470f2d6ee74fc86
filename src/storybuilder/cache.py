"""A small on-disk cache for work that depends only on file contents.

Validating a large question bank, compiling templates, and running the critic over an
unchanged story cost more than the commands that use them. Each result depends only on
its input texts and on storybuilder's own code, so it is cached under
``$XDG_CACHE_HOME/storybuilder`` (default ``~/.cache/storybuilder``), keyed by a hash of
both. The code is identified by the hash of the *contents* of every file of the package
(its modules) and of the templates and shipped banks (wherever :mod:`storybuilder.shipped`
finds them), the versions of the libraries that shape the output (pydantic, Jinja,
tomli-w) and of Python, so an edited checkout never sees stale results, even after an
edit that keeps a file's size and modification time. The cache is an optimization only:
any failure to read or write it is ignored, deleting it is always safe, and
``STORYBUILDER_NO_CACHE=1`` turns it off. An entry is read only if it is a regular file
of at most ``MAX_ENTRY`` bytes (:func:`read_entry`): a pipe or a link to a device where an
entry should be is a miss, never a read that does not end.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.util
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from storybuilder import __version__, atomicwrite
from storybuilder.errors import ShippedDataError


def cache_dir(kind: str) -> Path | None:
    """The folder for one kind of cached data, created on demand; None if unavailable."""
    if os.environ.get("STORYBUILDER_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    folder = Path(base) / "storybuilder" / kind
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder


# The libraries whose behaviour shapes what storybuilder writes.
_DEPENDENCIES = ("jinja2", "markupsafe", "pydantic", "pydantic_core", "tomli_w", "toml_rs")


@functools.cache
def code_fingerprint() -> str:
    """Identifies this exact copy of storybuilder's code and data files and its libraries."""
    from storybuilder import shipped

    digest = hashlib.sha256(f"{__version__}\n{sys.version}\n".encode())
    files = _package_files(Path(__file__).parent)
    # The templates and banks sit in the package (a wheel) or beside it (a checkout).
    for kind in shipped.KINDS:
        try:
            data_files = sorted(shipped.folder(kind).iterdir(), key=lambda t: t.name)
        except (OSError, ShippedDataError):
            files.append((f"{kind}/", lambda: b"\0missing"))
            continue
        # By their hash, read once per process (a bank is read again to be used).
        files += [
            (f"{kind}/{t.name}", functools.partial(_shipped_digest, t))
            for t in data_files
            if t.is_file()
        ]
    for file_name, read in files:
        try:
            data = read()
        except OSError:
            data = b"\0unreadable"
        name = file_name.encode("utf-8", "surrogatepass")
        digest.update(len(name).to_bytes(8, "little") + name)
        digest.update(len(data).to_bytes(8, "little") + data)
    for dependency in _dependency_ids():
        digest.update(dependency.encode("utf-8", "surrogatepass") + b"\n")
    return digest.hexdigest()


def _shipped_digest(resource: Any) -> bytes:
    from storybuilder import shipped

    return shipped.read(resource).sha256.encode()


_NOT_OUTPUT = frozenset({"__pycache__", "tui"})
"""Folders of the package that never shape a headless command's output: compiled copies
and the wizard. The ``shipped_*`` records are left out too: each is used only when it
matches the source it was made from (a bank's text, a template, ``reading.py``), which
the key already covers, so hashing their 1.2 MB on every run would buy nothing."""


def _package_files(root: Path, prefix: str = "") -> list[tuple[str, Callable[[], bytes]]]:
    """Every file of the package, in its subfolders too (``rules/``, the shipped records):
    a change to the critic's checks must change the key as surely as one to ``critic.py``."""
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError:
        return []
    files: list[tuple[str, Callable[[], bytes]]] = []
    for entry in entries:
        if entry.is_file():
            files.append((prefix + entry.name, Path(entry.path).read_bytes))
        elif (
            entry.is_dir(follow_symlinks=False)
            and entry.name not in _NOT_OUTPUT
            and not entry.name.startswith("shipped_")
        ):
            files += _package_files(Path(entry.path), f"{prefix}{entry.name}/")
    return files


def _dependency_ids() -> list[str]:
    """Name, version and location of each library, found without importing it.

    importlib.metadata would cost more than a cache hit saves, so the version is read
    from the name of the library's ``*.dist-info`` folder next to it.
    """
    ids = []
    listings: dict[Path, list[str]] = {}
    for name in _DEPENDENCIES:
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            spec = None
        if spec is None or not spec.origin:
            ids.append(f"{name} missing")
            continue
        site = Path(spec.origin).parent.parent
        if site not in listings:
            try:
                listings[site] = [n.lower() for n in os.listdir(site) if n.endswith(".dist-info")]
            except OSError:
                listings[site] = []
        found = sorted(n for n in listings[site] if n.startswith(f"{name}-"))
        ids.append(f"{name} {spec.origin} {' '.join(found) or 'no dist-info'}")
    return ids


def key_for(*texts: str | bytes) -> str:
    """A cache key for a result computed from these inputs by this code."""
    digest = hashlib.sha256(code_fingerprint().encode())
    for text in texts:
        # surrogatepass: a file name that is not UTF-8 still gives a key.
        data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


MAX_ENTRY = 256 * 1024 * 1024
"""Largest cache entry read, in bytes; a larger file is a miss."""


def read_entry(path: str | os.PathLike[str]) -> bytes | None:
    """The bytes of a cache entry, or None unless it is a regular file of sensible size.

    A link found where an entry should be is not followed (storybuilder writes entries
    as regular files only), and a pipe or a device is a miss, not a read that never ends.
    """
    try:
        return atomicwrite.read_regular_file(path, MAX_ENTRY, follow_links=False)
    except OSError:
        return None


def read_json(kind: str, key: str) -> Any | None:
    folder = cache_dir(kind)
    if folder is None:
        return None
    data = read_entry(folder / f"{key}.json")
    if data is None:
        return None
    try:
        return json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError):
        return None


def write_json(kind: str, key: str, value: Any) -> None:
    folder = cache_dir(kind)
    if folder is None:
        return
    try:
        text = json.dumps(value, ensure_ascii=False)
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, folder / f"{key}.json")
    except (OSError, TypeError, ValueError):
        with contextlib.suppress(OSError, UnboundLocalError):
            os.unlink(tmp)
