"""A small on-disk cache for work that depends only on file contents.

Validating a large question bank, compiling templates, and running the critic over an
unchanged story cost more than the commands that use them. Each result depends only on
its input texts and on storybuilder's own code, so it is cached under
``$XDG_CACHE_HOME/storybuilder`` (default ``~/.cache/storybuilder``), keyed by a hash of
both. The code is identified by the version plus the size and modification time of
every file of the package, so that an edited checkout never sees stale results. The
cache is an optimization only: any failure to read or write it is ignored, deleting it
is always safe, and ``STORYBUILDER_NO_CACHE=1`` turns it off.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from storybuilder import __version__


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


@functools.cache
def code_fingerprint() -> str:
    """Identifies this exact copy of storybuilder's code and data files."""
    package = Path(__file__).parent
    parts = [__version__]
    for folder in (package, package / "templates", package / "question_banks"):
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            if entry.is_file():
                info = entry.stat()
                parts.append(f"{entry.name}:{info.st_size}:{info.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def key_for(*texts: str | bytes) -> str:
    """A cache key for a result computed from these inputs by this code."""
    digest = hashlib.sha256(code_fingerprint().encode())
    for text in texts:
        data = text.encode() if isinstance(text, str) else text
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


def read_json(kind: str, key: str) -> Any | None:
    folder = cache_dir(kind)
    if folder is None:
        return None
    try:
        return json.loads((folder / f"{key}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
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
