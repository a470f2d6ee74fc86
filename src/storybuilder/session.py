"""Open a story together with its question bank, as every command needs them.

A story names its bank by id (``interview.bank``), never by a path. The bank is the
``--bank PATH`` the user gave, or a bank shipped with storybuilder; nothing else, so a
story file cannot make storybuilder read a bank from anywhere. The story's ids are then
checked against that bank, and the story is brought up to date with the file format
and the bank's version (:mod:`storybuilder.upgrade`); nothing is written by opening.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from storybuilder import bankref, storefile, tomlparse
from storybuilder.bank import Bank, BankError, load_bank, packaged_bank, packaged_bank_ids
from storybuilder.story import Story
from storybuilder.upgrade import upgrade


class OpenStory(NamedTuple):
    path: Path
    story: Story
    bank: Bank
    fingerprint: storefile.Fingerprint
    changes: tuple[str, ...] = ()
    """What upgrading the story changed since it was written (not yet saved)."""
    new_questions: tuple[str, ...] = ()
    """Questions a newer bank version added and the story leaves unanswered (see
    :class:`storybuilder.upgrade.Upgrade`): the wizard asks them first."""
    left_at: str | None = None
    """Where the author had left off before the upgrade: the wizard goes on there."""


def resolve_bank(bank_id: str, bank_path: Path | None, story_path: Path | None) -> Bank:
    """The bank a story uses; raises BankError saying which bank could not be found."""
    if bank_path is not None:
        bank = load_bank(bank_path)
        if bank.id != bank_id:
            raise BankError(
                str(bank_path),
                [f"this bank's id is {bank.id!r}, but the story was written with {bank_id!r}"],
            )
        return bank
    if bank_id in packaged_bank_ids():
        return packaged_bank(bank_id)
    if not bankref.is_bank_id(bank_id):
        raise BankError(
            str(story_path or bank_id),
            [f"interview.bank: {bank_id!r} is not a bank id (a kebab-case id, never a path)"],
        )
    raise BankError(
        str(story_path or bank_id),
        [
            f"interview.bank: the story uses question bank {bank_id!r}, which is not shipped "
            "with storybuilder; pass the bank's file with --bank PATH"
        ],
    )


def open_story(
    path: Path, bank_path: Path | None = None, *, read: tomlparse.FileRead | None = None
) -> OpenStory:
    """Load a story and its bank; raises StoryFileError or BankError.

    ``read``: the file's bytes and TOML tables, when the caller has just read them
    (see :func:`storybuilder.storefile.load_file`).
    """
    loaded = storefile.load_file(path, read=read)
    bank = resolve_bank(loaded.story.interview.bank, bank_path, path)
    storefile.check_ids(loaded.story, bank.vocabulary(), str(path))
    upgraded = upgrade(loaded.story, bank, loaded.file_format)
    return OpenStory(
        path,
        upgraded.story,
        bank,
        loaded.fingerprint,
        upgraded.changes,
        upgraded.new_questions,
        upgraded.left_at,
    )


def create_story(path: Path, story: Story, bank: Bank) -> OpenStory:
    """Save a new story at path, refusing to overwrite anything already there."""
    if path.exists():
        raise storefile.StoryFileError(
            path, [("", "already exists; use 'storybuilder edit' to continue it")]
        )
    interview = story.interview.model_copy(update={"bank": bank.id, "bank_version": bank.version})
    story = story.model_copy(update={"interview": interview})
    saved, fingerprint = storefile.save(story, path, vocab=bank.vocabulary())
    return OpenStory(path, saved, bank, fingerprint)
