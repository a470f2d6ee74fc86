"""Pydantic models of a training story: the single source of truth.

The models mirror the story file contract (``story-format.md``) key for key and in
the same order, so that dumping a model gives the file's fixed key order. Every key is
optional except ``format``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any, Literal, NamedTuple

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StrictStr,
    field_validator,
)

from storybuilder import shipped_regexes

FORMAT_VERSION = 2
"""The story file format this version of storybuilder writes (it reads format 1 too)."""

KEBAB_ID = shipped_regexes.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
PROBLEM_KEY = shipped_regexes.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*(?::[a-z0-9]+(?:-[a-z0-9]+)*)?$")
"""A triage key: a rule (or group) id, optionally ``:`` and the id of the item it is about."""

Answer = StrictStr | StrictBool | list[StrictStr]
"""The value of a follow-up answer kept under ``[answers]``."""


def empty_list() -> list[Any]:
    """``list`` as a default factory of a model's field.

    Pydantic reads the signature of each default factory; a builtin's is parsed from its
    text (Python's tokenizer, then its parser), a function's is at hand. With ``list`` and
    ``dict`` the story's models paid that in every process.
    """
    return []


def empty_dict() -> dict[str, Any]:
    """``dict`` as a default factory of a model's field (see :func:`empty_list`)."""
    return {}


class StoryModel(BaseModel):
    """Base for every table of the story: unknown keys are errors, not silently dropped."""

    # defer_build: the validator and serializer are built on first use, not as each
    # class is defined. The story's first validation then builds Story's schema with
    # its tables inline, once; defined eagerly, each of the thirteen tables built its
    # own first and Story's again (about twice the work, in every command's start-up).
    model_config = ConfigDict(extra="forbid", validate_assignment=True, defer_build=True)

    @field_validator("*", mode="before")
    @classmethod
    def _normalize_newlines(cls, value: Any) -> Any:
        # TOML folds CRLF in multi-line strings to LF; doing it up front keeps a story
        # equal to itself after a save and a load.
        return _lf(value)


def _lf(value: Any) -> Any:
    """The value with CRLF and CR turned into LF in every string it holds."""
    if isinstance(value, str):
        return value.replace("\r\n", "\n").replace("\r", "\n") if "\r" in value else value
    if isinstance(value, list):
        return [_lf(v) for v in value]
    if isinstance(value, dict):
        return {k: _lf(v) for k, v in value.items()}
    return value


class Relevance(StrEnum):
    """Whether a failure mode applies to the project."""

    APPLIES = "applies"
    DOES_NOT_APPLY = "does-not-apply"
    UNSURE = "unsure"


class Verdict(StrEnum):
    """The author's verdict on one evaluation criterion."""

    PASS = "pass"
    FAIL = "fail"
    UNCERTAIN = "uncertain"


class ClaimStatus(StrEnum):
    """Where the evidence on a falsifiable claim stands."""

    UNTESTED = "untested"
    SUPPORTED = "supported"
    FALSIFIED = "falsified"


class FailureKind(StrEnum):
    """How the story fails if an assumption turns out wrong."""

    SAFE = "safe"
    RECOVERABLE = "recoverable"
    """Harmful, but noticed and corrected before it does lasting damage (format 2)."""
    CATASTROPHIC = "catastrophic"
    UNKNOWN = "unknown"


class ProblemStatus(StrEnum):
    """Triage state of an open problem, detected or hand-written."""

    OPEN = "open"
    ADDRESSED = "addressed"
    ACCEPTED = "accepted"


class Meta(StoryModel):
    title: str | None = None
    """The project's name, used as the document title."""
    authors: list[str] = Field(default_factory=empty_list)
    """Author names, in the order they should be credited."""
    summary: str | None = None
    """What the project is, in a paragraph."""
    advanced: StrictBool | None = None
    """A proposal for advanced or transformative AI: the evaluation criteria are asked."""
    training_step: StrictBool | None = None
    """False when the project trains nothing, which the framework cannot analyse."""
    created: datetime | None = None
    """When the story was first saved."""
    updated: datetime | None = None
    """When the story's content last changed."""


class Goal(StoryModel):
    classes: list[str] = Field(default_factory=empty_list)
    """Ids of the training-goal classes the goal belongs to."""
    specification: str | None = None
    """How the intended model works inside, mechanistically."""
    desirability: str | None = None
    """Why any model meeting the specification is safe and does the job."""


class Rationale(StoryModel):
    classes: list[str] = Field(default_factory=empty_list)
    """Ids of the training-rationale classes the argument uses."""
    constraints: str | None = None
    """What any trained model must satisfy, and why the goal is consistent with it."""
    nudges: str | None = None
    """Why training picks the goal among the models the constraints allow."""


class FailureModeEntry(StoryModel):
    relevance: Relevance | None = None
    """Whether this failure mode applies to the project."""
    reason: str | None = None
    """Why it does or does not apply."""
    mitigation: str | None = None
    """What in the story guards against it."""


class EvaluationEntry(StoryModel):
    verdict: Verdict | None = None
    """The author's verdict on the criterion."""
    argument: str | None = None
    """The argument for the verdict."""


def _item_id(value: str) -> str:
    if not KEBAB_ID.fullmatch(value):
        raise ValueError(f"{value!r} is not a kebab-case id (like 'shape-features')")
    return value


ItemId = Annotated[StrictStr, AfterValidator(_item_id)]
"""The id of a claim, sensitivity row or own problem: kebab-case, unique in its list."""


class Claim(StoryModel):
    id: ItemId | None = None
    """Stable id of the claim within the story (format 2); derived from its text when absent."""
    claim: str = ""
    """A falsifiable statement about the trained model's internals."""
    test: str | None = None
    """How the claim could be refuted."""
    status: ClaimStatus = ClaimStatus.UNTESTED
    """Where the evidence stands."""
    evidence: str | None = None
    """For a supported or falsified claim: where the evidence is (a link, a paper, a run id)."""


class SensitivityRow(StoryModel):
    id: ItemId | None = None
    """Stable id of the row within the story (format 2); derived from its text when absent."""
    assumption: str = ""
    """An assumption the story rests on."""
    if_wrong: str | None = None
    """What training produces if the assumption is wrong."""
    failure: FailureKind = FailureKind.UNKNOWN
    """Whether that failure is safe (training just does not work), recoverable (harmful
    but corrected in time), catastrophic, or unknown."""


class Triage(StoryModel):
    status: ProblemStatus = ProblemStatus.OPEN
    """The author's decision on a detected open problem."""
    note: str | None = None
    """Why it is addressed or accepted."""


class Problem(StoryModel):
    id: ItemId | None = None
    """Stable id of the problem within the story (format 2); derived from its title when absent."""
    title: str = ""
    """A short statement of the problem."""
    detail: str | None = None
    """What it is and what would address it."""
    status: ProblemStatus = ProblemStatus.OPEN
    """Triage state."""


class RetiredAnswer(StoryModel):
    """An answer to a question the story's bank no longer asks, kept as it was."""

    value: Answer
    """The answer exactly as it was given."""
    since: str | None = None
    """The bank and version that stopped asking the question (``core 2``), when known."""


class InterviewState(StoryModel):
    bank: str = "core"
    """Id of the question bank the story was written with (an id, never a path)."""
    bank_version: StrictInt | None = Field(default=None, ge=1)
    """Version of that bank the story was last written with (format 2)."""
    at: str | None = None
    """Question id to resume at."""
    skipped: list[str] = Field(default_factory=empty_list)
    """Question ids the author chose to skip."""

    @field_validator("bank")
    @classmethod
    def _bank_id(cls, value: str) -> str:
        if not KEBAB_ID.fullmatch(value):
            raise ValueError(
                "a bank is named by its kebab-case id (like 'core'), never by a path; "
                "give a bank file with --bank PATH"
            )
        return value


class Story(StoryModel):
    """A whole training story, as kept in a story file."""

    format: Literal[2] = 2
    """Story file format version (a format-1 file is upgraded as it is read)."""
    meta: Meta = Field(default_factory=Meta)
    goal: Goal = Field(default_factory=Goal)
    rationale: Rationale = Field(default_factory=Rationale)
    failure_modes: dict[str, FailureModeEntry] = Field(default_factory=empty_dict)
    """One entry per failure-mode id the author considered."""
    evaluation: dict[str, EvaluationEntry] = Field(default_factory=empty_dict)
    """One entry per evaluation-criterion id; asked only for advanced proposals."""
    claims: list[Claim] = Field(default_factory=empty_list)
    sensitivity: list[SensitivityRow] = Field(default_factory=empty_list)
    triage: dict[str, Triage] = Field(default_factory=empty_dict)
    """The author's decisions on detected open problems, by problem key (``OpenProblem.key``)."""
    problems: list[Problem] = Field(default_factory=empty_list)
    """Open problems the author added by hand."""
    answers: dict[str, Answer] = Field(default_factory=empty_dict)
    """Answers to bank questions that have no typed key, by question id."""
    retired: dict[str, RetiredAnswer] = Field(default_factory=empty_dict)
    """Answers to questions the bank no longer asks, by their old question id."""
    interview: InterviewState = Field(default_factory=InterviewState)

    @field_validator("failure_modes", "evaluation", "answers", "retired")
    @classmethod
    def _kebab_keys(cls, value: dict[str, Any]) -> dict[str, Any]:
        for key in value:
            if not KEBAB_ID.fullmatch(key):
                raise ValueError(f"{key!r} is not a kebab-case id (like 'deceptive-alignment')")
        return value

    @field_validator("triage")
    @classmethod
    def _problem_keys(cls, value: dict[str, Any]) -> dict[str, Any]:
        for key in value:
            if not PROBLEM_KEY.match(key):
                raise ValueError(
                    f"{key!r} is not a problem key (a kebab-case rule id like 'claim-without-test', "
                    "or a rule id and an item id like 'claim-without-test:shape-features')"
                )
        return value

    @field_validator("claims", "sensitivity", "problems")
    @classmethod
    def _unique_ids(cls, value: list[Any]) -> list[Any]:
        seen: set[str] = set()
        for item in value:
            if item.id is not None:
                if item.id in seen:
                    raise ValueError(f"id {item.id!r} is used twice; each item needs its own id")
                seen.add(item.id)
        return value

    def content_equal(self, other: Story) -> bool:
        """Same story apart from the timestamps and the resume point.

        ``meta.updated`` records when the *content* changed; moving between questions
        changes only ``interview.at``, which is where to resume, not content.
        """
        return self.shares_content(other) or _content(self) == _content(other)

    def shares_content(self, other: Story) -> bool:
        """True when ``other`` is this story moved or saved: every piece of content is the
        very same object (stories are replaced, never mutated, so that makes them equal).

        A cheap, sufficient test for :meth:`content_equal`: moving between questions and
        saving copy the story with a new resume point or new timestamps and share the
        rest, so what was derived from the content (problems, progress) still holds.
        """
        if self is other:
            return True
        for name in type(self).model_fields:
            mine, theirs = getattr(self, name), getattr(other, name)
            if mine is theirs:
                continue
            skip = _NOT_CONTENT.get(name)
            if skip is None:
                return False
            for part in type(mine).model_fields:
                if part not in skip and getattr(mine, part) is not getattr(theirs, part):
                    return False
        return True


_NOT_CONTENT = {"meta": ("created", "updated"), "interview": ("at",)}

_last_plain: tuple[Story, dict[str, Any]] | None = None


def plain_data(story: Story) -> dict[str, Any]:
    """The story as plain JSON data, for reading only (never change the result).

    The last story's data is kept: the conditions of what is asked, the critic and the
    progress all read the same version of a story, and share one dump of it.
    """
    global _last_plain
    last = _last_plain
    if last is not None and last[0] is story:
        return last[1]
    data = story.model_dump(mode="json")
    _last_plain = (story, data)
    return data


"""The parts of a story that are not content: timestamps and the resume point."""


def _content(story: Story) -> dict[str, Any]:
    data = story.model_dump(mode="json")
    data["meta"].pop("updated", None)
    data["meta"].pop("created", None)
    data["interview"].pop("at", None)
    return data


class Vocabulary(NamedTuple):
    """The ids a story may use: they come from the story's question bank."""

    goal_classes: frozenset[str]
    rationale_classes: frozenset[str]
    failure_modes: frozenset[str]
    criteria: frozenset[str]
    questions: frozenset[str] = frozenset()
    """Question ids (answers, interview.at, interview.skipped)."""
    rules: frozenset[str] | None = None
    """Open-problem rule ids (triage keys); None accepts any kebab-case id."""


CORE_VOCABULARY = Vocabulary(
    goal_classes=frozenset(
        [
            "task-model",
            "loss-minimizing",
            "fully-aligned-agent",
            "corrigible-agent",
            "myopic-agent",
            "simulator",
            "narrow-agent",
            "truthful-qa",
            "pure-predictor",
            "other",
        ]
    ),
    rationale_classes=frozenset(
        [
            "capability-limitations",
            "inductive-bias",
            "transparency",
            "automated-oversight",
            "cognitive-science",
            "precursor-checking",
            "loss-landscape",
            "game-theoretic",
            "other",
        ]
    ),
    failure_modes=frozenset(
        [
            "objective-misgeneralization",
            "mesa-optimization",
            "outer-alignment",
            "inner-alignment",
            "deceptive-alignment",
        ]
    ),
    criteria=frozenset(
        [
            "goal-alignment",
            "goal-competitiveness",
            "rationale-alignment",
            "rationale-competitiveness",
        ]
    ),
)
"""The ids table of story-format.md, used when no bank is at hand."""


class UnknownId(NamedTuple):
    """An id in a story that its question bank does not define."""

    path: str
    value: str
    expected: frozenset[str]

    def message(self) -> str:
        import difflib  # only for a story with an unknown id: not at every start

        close = difflib.get_close_matches(self.value, self.expected, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        if len(self.expected) <= 12:
            known = ", ".join(sorted(self.expected)) or "(none)"
            return f"{self.path}: unknown id {self.value!r}{hint}; expected one of: {known}"
        return f"{self.path}: unknown id {self.value!r}{hint}; the question bank does not define it"


def unknown_ids(story: Story, vocab: Vocabulary) -> Iterator[UnknownId]:
    """Every id in the story that the vocabulary does not know, with its key path."""
    for i, cls in enumerate(story.goal.classes):
        if cls not in vocab.goal_classes:
            yield UnknownId(f"goal.classes[{i}]", cls, vocab.goal_classes)
    for i, cls in enumerate(story.rationale.classes):
        if cls not in vocab.rationale_classes:
            yield UnknownId(f"rationale.classes[{i}]", cls, vocab.rationale_classes)
    for key in story.failure_modes:
        if key not in vocab.failure_modes:
            yield UnknownId(f"failure_modes.{key}", key, vocab.failure_modes)
    for key in story.evaluation:
        if key not in vocab.criteria:
            yield UnknownId(f"evaluation.{key}", key, vocab.criteria)
    # Answers, the resume point and skips of questions the bank does not ask, and
    # triage of problems no rule raises, are not errors: a bank that drops a question
    # or a rule must not lock authors out of their stories (see storybuilder.upgrade,
    # which keeps such answers as retired answers, and storybuilder.notes).
