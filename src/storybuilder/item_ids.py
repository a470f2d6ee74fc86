"""Stable ids for the items of a story's lists: claims, sensitivity rows, own problems.

A problem about the third claim must keep its key when the first claim is deleted, so
list items are named by an id, not by position. Format 2 stores the id with the item;
an item without one (format 1, or added by hand) gets one made from its own words,
which stays the same whatever happens elsewhere in the story.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from storybuilder import shipped_regexes
from storybuilder.story import Story

_WORD = shipped_regexes.compile(r"[a-z0-9]+")
SLUG_WORDS = 5
"""How many of an item's first words make its id."""
SLUG_CHARS = 40


def slug(text: str) -> str:
    """A kebab-case id from the first words of a text ('' when it has no words)."""
    words = _WORD.findall(text.lower())[:SLUG_WORDS]
    out = ""
    for word in words:
        longer = f"{out}-{word}" if out else word
        if len(longer) > SLUG_CHARS:
            break
        out = longer
    return out or (words[0][:SLUG_CHARS] if words else "")


def assign(given: Sequence[str | None], texts: Sequence[str], fallback: str) -> list[str]:
    """One id per item: the item's own id, else one made from its text (``fallback``
    when it has none), made unique with ``-2``, ``-3`` after the ids already taken."""
    taken = {g for g in given if g}
    ids: list[str] = []
    for own, text in zip(given, texts, strict=True):
        if own:
            ids.append(own)
            continue
        base = slug(text) or fallback
        candidate, n = base, 2
        while candidate in taken:
            candidate, n = f"{base}-{n}", n + 1
        taken.add(candidate)
        ids.append(candidate)
    return ids


def claim_ids(story: Story) -> list[str]:
    return assign([c.id for c in story.claims], [c.claim for c in story.claims], "claim")


def row_ids(story: Story) -> list[str]:
    rows = story.sensitivity
    return assign([r.id for r in rows], [r.assumption for r in rows], "assumption")


def problem_ids(story: Story) -> list[str]:
    own = story.problems
    return assign([p.id for p in own], [p.title for p in own], "problem")


def with_item_ids(story: Story) -> Story:
    """The story with an id on every claim, sensitivity row and own problem (the ids the
    critic already uses for them), so that their problems' keys stay put from now on."""
    update: dict[str, Any] = {}
    for name, ids in (
        ("claims", claim_ids(story)),
        ("sensitivity", row_ids(story)),
        ("problems", problem_ids(story)),
    ):
        items = getattr(story, name)
        if not all(item.id for item in items):
            update[name] = [
                item if item.id else item.model_copy(update={"id": i})
                for item, i in zip(items, ids, strict=True)
            ]
    return story.model_copy(update=update) if update else story
