"""A directory tree that shows folders and story files (``*.toml``) only."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from textual.widgets import DirectoryTree


class TomlTree(DirectoryTree):
    """Folders and ``.toml`` files, hidden ones left out."""

    def filter_paths(self, paths: Iterable[Path]) -> Iterable[Path]:
        return [
            path
            for path in paths
            if not path.name.startswith(".") and (path.is_dir() or path.suffix == ".toml")
        ]
