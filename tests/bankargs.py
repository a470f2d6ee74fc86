"""Tests keep a custom bank next to their stories; a user passes it with ``--bank``.

A story names its bank by id only, and storybuilder resolves an id only to a shipped bank
or to the file given with ``--bank``. These tests write their stories with the mini
bank's id and a copy of it beside them, so this adds the ``--bank`` a user would type.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

_BANK_ID = re.compile(r"""^bank\s*=\s*["']([a-z0-9-]+)["']""", re.MULTILINE)
_COMMANDS = {"check", "render", "compare", "edit"}


def with_bank(argv: Sequence[str | Path], cwd: Path | None = None) -> list[str]:
    """argv with ``--bank`` added for the custom bank kept beside the stories it names
    (file names relative to cwd, when the command will run there)."""
    args = [str(a) for a in argv]
    if not args or args[0] not in _COMMANDS or "--bank" in args:
        return args
    for arg in args[1:]:
        path = cwd / arg if cwd is not None else Path(arg)
        try:
            found = _BANK_ID.search(path.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, ValueError):
            continue
        if (
            found
            and found.group(1) != "core"
            and (bank := path.parent / f"{found.group(1)}.toml").is_file()
        ):
            return [*args, "--bank", str(bank)]
    return args
