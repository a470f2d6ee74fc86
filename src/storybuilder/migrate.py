"""``storybuilder migrate``: write a story back upgraded to the current format and bank.

Opening a story already upgrades it in memory (:mod:`storybuilder.upgrade`); migrating
writes that upgrade to the file, keeping the old file as ``FILE.bak``, without touching
``meta.updated`` (the story's content did not change, its file did).
"""

from __future__ import annotations

from pathlib import Path

from storybuilder import storefile
from storybuilder.session import open_story


def migrate_file(path: Path, bank_path: Path | None, *, write: bool) -> tuple[str, ...]:
    """What upgrading the story at ``path`` changes (nothing: up to date); written to the
    file when ``write``. Raises StoryFileError or BankError for a story that cannot be
    opened, which is then left as it is."""
    opened = open_story(path, bank_path)
    if opened.changes and write:
        storefile.save(
            opened.story,
            path,
            expected=opened.fingerprint,
            vocab=opened.bank.vocabulary(),
            touch=False,
        )
    return opened.changes
