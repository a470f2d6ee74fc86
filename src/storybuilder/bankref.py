"""How a story's ``interview.bank`` id finds a bank file (light: no pydantic, no Jinja).

Shared by :mod:`storybuilder.session`, which loads the bank, and
:mod:`storybuilder.resultcache`, which hashes its text, so both find the same file.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TypeGuard

BANK_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
"""A bank id is kebab-case, like every id (the story model checks the same)."""


def is_bank_id(bank_id: object) -> TypeGuard[str]:
    return isinstance(bank_id, str) and BANK_ID.match(bank_id) is not None


def beside(story_path: Path, bank_id: str) -> Path | None:
    """``<bank_id>.toml`` in the story's folder, if it is a file whose real path is there.

    A link in the folder leading elsewhere is not followed: a story someone sent you
    must not make storybuilder read files outside the folder it came in.
    """
    if not is_bank_id(bank_id):
        return None
    folder = os.path.realpath(story_path.parent)
    real = os.path.realpath(os.path.join(folder, f"{bank_id}.toml"))
    if os.path.dirname(real) != folder or not os.path.isfile(real):
        return None
    return Path(real)
