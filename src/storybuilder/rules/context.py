"""What a built-in check of the critic receives, and what it returns for each finding."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

from storybuilder.item_ids import claim_ids, row_ids
from storybuilder.story import Story

_EMPTY: Mapping[str, Any] = MappingProxyType({})
"""The default of a mapping field: one that nothing can change."""


# Named tuples, not frozen dataclasses: a fifth of the cost to define, in every run of
# the critic (see ARCHITECTURE.md).
class Context(NamedTuple):
    """What a check may know of the bank, without importing it."""

    term_name: Callable[[str, str], str]
    """(vocabulary table, id) -> the words for it."""
    prompts: Mapping[str, str]
    """Question id -> prompt."""
    yes_no_unsure: frozenset[str]
    """Ids of questions answered yes / no / unsure (kept under answers)."""
    reachable: frozenset[str]
    """Ids of the questions the interview currently asks."""
    concepts: Mapping[str, tuple[str, ...]] = _EMPTY
    """The bank's concepts: id -> terms (see storybuilder.rules.reading)."""
    criteria: tuple[str, ...] = ()
    """Ids of the evaluation criteria, in the bank's order."""

    def terms(self, concept: str) -> tuple[str, ...]:
        return self.concepts.get(concept, ())


class Hit(NamedTuple):
    """One offending item: where it is and the words to fill into the rule's text."""

    source: str | None
    values: Mapping[str, str] = _EMPTY
    quote: str | None = None
    """The author's words the check reacted to, shown with the problem."""
    refs: tuple[str, ...] = ()
    """Every story item the problem concerns, when it groups several (else just source)."""
    item: str | None = None
    """For a check that reports each offending item on its own: the item's stable id (a
    failure-mode or criterion id, a claim's or row's id, a question id). It makes the
    problem's key, so each item's problem is triaged on its own."""
    items: tuple[str, ...] = ()
    """For a check that reports several items as one problem: their stable ids. The
    problem is decided item by item (``rule:item`` keys), so that a decision on the
    items it held does not cover an item added later."""


def short(text: str | None, limit: int = 70) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def claim_hit(story: Story, n: int, quote: str | None = None) -> Hit:
    """A hit on claim number ``n`` (from 1), keyed by the claim's stable id."""
    return _entry_hit("claims", n, story.claims[n - 1].claim, claim_ids(story), quote)


def row_hit(story: Story, n: int, quote: str | None = None) -> Hit:
    """A hit on sensitivity row number ``n`` (from 1), keyed by the row's stable id."""
    return _entry_hit("sensitivity", n, story.sensitivity[n - 1].assumption, row_ids(story), quote)


def _entry_hit(table: str, n: int, text: str, ids: list[str], quote: str | None) -> Hit:
    return Hit(f"{table}[{n - 1}]", {"n": str(n), "item": short(text)}, quote, item=ids[n - 1])
