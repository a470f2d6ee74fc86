"""Which story fields a bank question may fill, and what kind of value each holds.

A question names its field as a dotted path into the story model (``goal.specification``,
``failure_modes.deceptive-alignment.relevance``, ``answers.<question-id>``). This module
knows the shape of those paths, so that the bank validator can refuse a path the story
does not have and the interview engine can read and write values by path.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any, NamedTuple

from storybuilder.story import (
    Claim,
    ClaimStatus,
    FailureKind,
    Problem,
    ProblemStatus,
    Relevance,
    SensitivityRow,
    Story,
    Verdict,
)


class FieldShape(NamedTuple):
    """What a field path holds."""

    value: str
    """One of: text, bool, text-list, choice, class-list, entries, answer, collection."""
    choices: tuple[str, ...] = ()
    """For an enum field, its allowed values."""
    vocabulary: str | None = None
    """For an id list: 'goal_classes' or 'rationale_classes'."""
    entry_model: type[Claim] | type[SensitivityRow] | type[Problem] | None = None
    """For an entries field, the model of one entry."""


def _enum_values(enum: type[Enum]) -> tuple[str, ...]:
    return tuple(str(member.value) for member in enum)


_FIXED: dict[str, FieldShape] = {
    "meta.title": FieldShape("text"),
    "meta.summary": FieldShape("text"),
    "meta.authors": FieldShape("text-list"),
    "meta.advanced": FieldShape("bool"),
    "meta.training_step": FieldShape("bool"),
    "goal.classes": FieldShape("class-list", vocabulary="goal_classes"),
    "goal.specification": FieldShape("text"),
    "goal.desirability": FieldShape("text"),
    "rationale.classes": FieldShape("class-list", vocabulary="rationale_classes"),
    "rationale.constraints": FieldShape("text"),
    "rationale.nudges": FieldShape("text"),
    "claims": FieldShape("entries", entry_model=Claim),
    "sensitivity": FieldShape("entries", entry_model=SensitivityRow),
    "problems": FieldShape("entries", entry_model=Problem),
    # Whole tables: conditions may ask whether any entry exists; no question fills them.
    "failure_modes": FieldShape("collection"),
    "evaluation": FieldShape("collection"),
    "triage": FieldShape("collection"),
    "answers": FieldShape("collection"),
}

_PER_ID: dict[str, dict[str, FieldShape]] = {
    "failure_modes": {
        "relevance": FieldShape("choice", _enum_values(Relevance)),
        "reason": FieldShape("text"),
        "mitigation": FieldShape("text"),
    },
    "evaluation": {
        "verdict": FieldShape("choice", _enum_values(Verdict)),
        "argument": FieldShape("text"),
    },
}

ENTRY_CHOICES: dict[str, tuple[str, ...]] = {
    "status": _enum_values(ClaimStatus),
    "failure": _enum_values(FailureKind),
}
"""Enum sub-fields of entries (claims' and problems' status share a name: see entry_choices)."""


def entry_choices(model: type[Any], name: str) -> tuple[str, ...]:
    """Allowed values of an enum sub-field of an entry model, or () for a text sub-field."""
    if model is Problem and name == "status":
        return _enum_values(ProblemStatus)
    return ENTRY_CHOICES.get(name, ()) if name in ("status", "failure") else ()


_ANSWER = FieldShape("answer")
_PROSE_SHAPE = FieldShape("prose")


def _section_prose(story: Story, section: str) -> list[str]:
    if section == "goal":
        return [story.goal.specification or "", story.goal.desirability or ""]
    if section == "rationale":
        return [story.rationale.constraints or "", story.rationale.nudges or ""]
    if section == "failure_modes":
        return [
            t for e in story.failure_modes.values() for t in (e.reason or "", e.mitigation or "")
        ]
    if section == "evaluation":
        return [e.argument or "" for e in story.evaluation.values()]
    if section == "claims":
        return [t for c in story.claims for t in (c.claim, c.test or "")]
    if section == "sensitivity":
        return [t for r in story.sensitivity for t in (r.assumption, r.if_wrong or "")]
    if section == "answers":
        return [v for v in story.answers.values() if isinstance(v, str)]
    return [story.meta.summary or ""]


_PROSE_SECTIONS = (
    "meta",
    "goal",
    "rationale",
    "failure_modes",
    "evaluation",
    "claims",
    "sensitivity",
    "answers",
)

PROSE: dict[str, Callable[[Story], list[str]]] = {
    f"{section}.prose": (lambda story, s=section: _section_prose(story, s))  # type: ignore[misc]
    for section in _PROSE_SECTIONS
}
PROSE["story.prose"] = lambda story: [
    t for section in _PROSE_SECTIONS for t in _section_prose(story, section)
]
PROSE["story.argument"] = lambda story: [
    t
    for section in _PROSE_SECTIONS
    if section != "sensitivity"
    for t in _section_prose(story, section)
]
"""The prose that argues: a sensitivity row's assumption and what happens if it is wrong
describe a risk, so naming a problem there ("it drifts towards telling voters what they
want to hear") does not answer it. Rules ask ``story.argument`` whether a problem is
addressed, and ``story.prose`` whether the story raises a topic at all."""
PROSE["story.setup"] = lambda story: [
    t
    for section in ("meta", "goal", "rationale", "failure_modes", "answers")
    for t in _section_prose(story, section)
]
"""The prose that says what is built and how it is trained. The evaluation compares the
method with others ("cheaper than collecting preference data", "comparable to RLHF"), and
claims and sensitivity rows test or imagine it: what they name is not the story's setup."""
"""Read-only paths for conditions: the author's prose of one section, or of the whole story.

Rules test them with ``mentions`` and ``discusses``, so that what the author wrote in
their own words counts wherever they wrote it, not only in the answer to one question."""


def shape_of(path: str) -> FieldShape | None:
    """The shape of a field path, or None when the story has no such field."""
    if path in PROSE:
        return _PROSE_SHAPE
    if path in _FIXED:
        return _FIXED[path]
    parts = path.split(".")
    if len(parts) == 2 and parts[0] == "answers" and parts[1]:
        return _ANSWER
    if len(parts) == 3 and parts[0] in _PER_ID:
        return _PER_ID[parts[0]].get(parts[2])
    return None


def per_id_key(path: str) -> tuple[str, str] | None:
    """('failure_modes', 'deceptive-alignment') for a per-id path, else None."""
    parts = path.split(".")
    if len(parts) == 3 and parts[0] in _PER_ID:
        return parts[0], parts[1]
    return None


def read(story: Story, path: str) -> Any:
    """The current value at a field path, as plain data; None when unset."""
    return read_from(story.model_dump(mode="json", include=_include_for(path)), path)


def read_from(data: Any, path: str) -> Any:
    """The value at a field path in a story already dumped to plain data."""
    for part in path.split("."):
        if not isinstance(data, dict) or part not in data:
            return None
        data = data[part]
    return data


def _include_for(path: str) -> Any:
    # Dump only the branch the path names: reading one answer of a long story stays cheap.
    head = path.split(".", 1)[0]
    return {head}


def write(story: Story, path: str, value: Any) -> Story:
    """A copy of the story with the field at path set to value (validated by pydantic).

    Raises pydantic.ValidationError when the value does not fit the field.
    """
    data = story.model_dump(mode="json")
    parts = path.split(".")
    target = data
    for part in parts[:-1]:
        target = target.setdefault(part, {})
    if value is None:
        target.pop(parts[-1], None)
    else:
        target[parts[-1]] = value
    return Story.model_validate(data)
