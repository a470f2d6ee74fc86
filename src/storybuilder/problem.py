"""One open problem of a story, as the critic, the review screen and the documents see it.

Kept apart from :mod:`storybuilder.critic` so that a view of problems (the wizard's problem
list, a forked child's result) does not import the rules that find them.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from storybuilder.story import ProblemStatus


class OpenProblem(NamedTuple):
    """A problem in the story: detected by a rule, or written by the author.

    A named tuple, not a frozen dataclass: a fifth of the cost to define, in every
    command that runs the critic (see ARCHITECTURE.md). Copy one with ``_replace``.
    """

    rule: str | None
    """The rule id (stable, used for triage); None for the author's own problems."""
    title: str
    detail: str
    status: ProblemStatus
    note: str | None
    """The author's triage note."""
    source: str | None
    """The question id or story key the problem comes from."""
    evidence: str | None = None
    """The author's words the rule reacted to (a sentence of the story), if any."""
    refs: tuple[str, ...] = ()
    """Every story item the problem concerns (several when it groups like items)."""
    members: tuple[str, ...] = ()
    """For a problem that stands for a rule group: the rules of the group that fired."""
    item: str | None = None
    """For a rule that reports each offending item on its own: the item's stable id."""
    covers: tuple[str, ...] = ()
    """For a problem that stands for several (a rule reporting several items as one
    problem, or a rule group): the keys of the problems it stands for, each decided on
    its own. It is addressed or accepted when each of them is (or by a decision under
    its own key, which covers whatever it holds, as a bare rule id does)."""

    @property
    def is_open(self) -> bool:
        return self.status is ProblemStatus.OPEN

    @property
    def key(self) -> str:
        """What identifies the problem within the story, across runs of the critic and
        edits elsewhere in the story; its triage is stored under it. A rule that fires
        once per story: the rule (or group) id. A rule that reports each item: the rule
        id and the item's stable id (``claim-without-test:shape-features``). The
        author's own problem: ``problems:`` and its id."""
        if self.rule is None:
            return f"problems:{self.item}"
        return f"{self.rule}:{self.item}" if self.item else self.rule

    def as_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "rule": self.rule,
            "title": self.title,
            "detail": self.detail,
            "status": self.status.value,
            "note": self.note,
            "source": self.source,
            "evidence": self.evidence,
            "refs": list(self.refs),
            "members": list(self.members),
            "covers": list(self.covers),
        }
