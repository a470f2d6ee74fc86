"""A small on-disk cache for work that depends only on file contents.

Validating a large question bank and compiling templates cost more than the commands
that use them. Both results depend only on the text and on this version of
storybuilder, so they are cached under ``$XDG_CACHE_HOME/storybuilder`` (default
``~/.cache/storybuilder``), keyed by a hash of both. The cache is an optimization only:
any failure to read or write it is ignored, and deleting it is always safe.
"""

from __future__ import annotations

import contextlib
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


def key_for(text: str) -> str:
    return hashlib.sha256(f"{__version__}\0{text}".encode()).hexdigest()


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
