"""The list of recently opened story files, kept under ``$XDG_STATE_HOME/storybuilder``.

A small JSON list of absolute paths, newest first. Reading or writing it never fails
loudly: a broken or unwritable list is not worth interrupting the author for.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from storybuilder import storefile

LIMIT = 8
"""How many recent files are remembered."""


def state_dir() -> Path:
    """``$XDG_STATE_HOME/storybuilder`` (``~/.local/state/storybuilder`` by default)."""
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "storybuilder"


def recent_path() -> Path:
    return state_dir() / "recent.json"


def load_recent() -> list[Path]:
    """Recent story files that still exist, newest first."""
    try:
        raw = json.loads(recent_path().read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return []
    if not isinstance(raw, list):
        return []
    paths = [Path(item) for item in raw if isinstance(item, str)]
    return [p for p in paths if p.is_file()][:LIMIT]


def remember(path: Path) -> None:
    """Put a story file at the top of the recent list."""
    target = path.resolve()
    paths = [p for p in load_recent() if p != target]
    paths.insert(0, target)
    text = json.dumps([str(p) for p in paths[:LIMIT]], indent=2) + "\n"
    try:
        state_dir().mkdir(parents=True, exist_ok=True)
        storefile.write_text_atomic(recent_path(), text)
    except (OSError, storefile.StoryFileError):
        pass
