"""What a story's ``interview.bank`` may hold: an id, never a path (light: no pydantic).

A story names its bank by id; the id resolves only to a bank shipped with storybuilder
or to the file the user passed with ``--bank``. Shared by :mod:`storybuilder.session`,
which loads the bank, and :mod:`storybuilder.resultcache`, which hashes its text.
"""

from __future__ import annotations

from typing import TypeGuard

from storybuilder import shipped_regexes

BANK_ID = shipped_regexes.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
"""A bank id is kebab-case, like every id (the story model checks the same)."""


def is_bank_id(bank_id: object) -> TypeGuard[str]:
    return isinstance(bank_id, str) and BANK_ID.fullmatch(bank_id) is not None
