"""Notes on a story: what the author should know that is not an open problem.

A note never fails ``check``: a retired answer (kept from a question the bank no longer
asks), an answer that is not one of its question's options (a hand edit, or an option the
bank dropped), a triage decision whose problem no longer fires (stale), and a file that is
not up to date with the format or its bank's version (``storybuilder migrate`` upgrades
it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from storybuilder.problem import OpenProblem
from storybuilder.rules.context import short
from storybuilder.story import Story

NoteKind = Literal["retired-answer", "unknown-option", "stale-triage", "upgrade"]


@dataclass(frozen=True)
class Note:
    kind: NoteKind
    key: str
    """What the note is about: a retired answer's old question id, a triage key, or
    ``format`` for an upgrade."""
    message: str

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "key": self.key, "message": self.message}


def stale_triage(story: Story, problems: Iterable[OpenProblem]) -> list[str]:
    """The triage keys no problem of the story has now (its rule stopped firing, the
    item it was about is gone, or the bank no longer has the rule)."""
    live: set[str] = set()
    for problem in problems:
        if problem.rule is None:
            continue
        live.add(problem.key)
        live.add(problem.rule)  # a bare rule id covers each of the rule's problems
        live.update(problem.members)
        live.update(problem.covers)  # the problems it stands for are decided one by one
    return [key for key in story.triage if key not in live]


def unknown_options(story: Story, options: Mapping[str, Sequence[object]]) -> list[tuple[str, str]]:
    """(question id, value) for each answer under ``[answers]`` that is not one of its
    question's options (``options``: question id -> option ids, for the questions that
    offer a choice). Kept, not dropped: the author decides what it should be."""
    found: list[tuple[str, str]] = []
    for qid, allowed in options.items():
        value = story.answers.get(qid)
        values = value if isinstance(value, list) else [value] if value is not None else []
        # A boolean is an option only of a yes-no question (True == 1 would let it pass
        # for a number, and "yes" is not the boolean true).
        found.extend(
            (qid, _shown(v, quoted=True))
            for v in values
            if not any(type(v) is type(a) and v == a for a in allowed)
        )
    return found


def _shown(value: object, *, quoted: bool = False) -> str:
    """A value as the story file writes it (true, false, 'text'), a long one shortened."""
    if isinstance(value, bool):
        return str(value).lower()
    text = short(str(value), 80)
    return repr(text) if quoted else text


def story_notes(
    story: Story,
    problems: Sequence[OpenProblem],
    *,
    applicable: bool = True,
    changes: Sequence[str] = (),
    options: Mapping[str, Sequence[object]] | None = None,
) -> list[Note]:
    """Every note on the story, in the order ``check`` prints them."""
    notes: list[Note] = []
    if changes:
        notes.append(
            Note(
                "upgrade",
                "format",
                "written by an older storybuilder or bank version; 'storybuilder migrate' "
                "would: " + "; ".join(changes),
            )
        )
    for qid, retired in story.retired.items():
        since = f" (no longer asked since {retired.since})" if retired.since else ""
        notes.append(
            Note(
                "retired-answer",
                qid,
                f"retired answer to question {qid}{since}: move it to a question or delete "
                "it in the wizard's review",
            )
        )
    options = options or {}
    for qid, value in unknown_options(story, options):
        allowed = ", ".join(map(_shown, options[qid]))
        notes.append(
            Note(
                "unknown-option",
                qid,
                f"answers.{qid}: {value} is not one of the question's options ({allowed}); "
                "choose one in the wizard (the critic reads it as no option until then)",
            )
        )
    if applicable:
        for key in stale_triage(story, problems):
            status = story.triage[key].status.value
            notes.append(
                Note(
                    "stale-triage",
                    key,
                    f"triage.{key} ({status}) matches no problem now: drop it in the "
                    "wizard's review or delete the table",
                )
            )
    return notes
