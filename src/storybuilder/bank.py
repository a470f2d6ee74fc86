"""Question banks: what the interview asks, in what order, and when.

A bank is a TOML file of data: sections, the vocabularies of ids a story may use (goal
and rationale classes, failure modes, evaluation criteria), questions, and the critic's
open-problem rules. Loading validates the whole bank and refuses it with a message per
problem, each naming the question (or rule) at fault.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Literal, NamedTuple, get_args

from pydantic import BaseModel, ConfigDict, Field, StrictInt, ValidationError

from storybuilder import cache, fields, shipped, shipped_banks, tomlparse
from storybuilder.conditions import Condition, ConditionError
from storybuilder.errors import BankError as BankError  # re-exported for callers
from storybuilder.rules.reading import (
    CLAUSE_GAP_WORDS,
    GAP,
    GAP_WORDS,
    EitherWay,
    Scoped,
    Sized,
    Together,
)
from storybuilder.story import KEBAB_ID, Story, Vocabulary, empty_dict, plain_data

Kind = Literal[
    "line", "text", "list", "choice", "multi-choice", "yes-no", "yes-no-unsure", "entries", "info"
]
"""How a question is answered (and so which input the wizard shows)."""

VOCABULARY_TABLES = ("goal_classes", "rationale_classes", "failure_modes", "criteria")
DocumentPart = Literal[
    "project",
    "goal",
    "specification",
    "desirability",
    "rationale",
    "constraints",
    "nudges",
    "failure-modes",
    "evaluation",
    "claims",
    "sensitivity",
    "none",
]
"""Where in the document a follow-up answer appears: a section's opening ("goal",
"rationale"), one of its parts ("specification", "nudges"), or a section's end; "none"
keeps an answer that only steers the interview out of the document."""
DOCUMENT_PARTS: tuple[str, ...] = get_args(DocumentPart)
LABEL_LIMIT = 60
YES_NO_UNSURE = ("yes", "no", "unsure")
_SEARCH_LIMIT = 4096
"""Most partial assignments the reachability search tries for one question."""
_SEARCH_FLOOR = 64
"""Partial assignments every question's search may try, however much of the budget is spent."""
_SEARCH_BUDGET = 10_000_000
"""Work, over the whole bank, of searches that go past the floor: the assignments tried
times the length of the condition evaluated (about a third of a second in all)."""


class BankModel(BaseModel):
    # Validators are built when a bank is first validated: a shipped bank that passed
    # every check (see shipped_banks) is constructed without them, so a process that
    # reads only the core bank never pays for building them.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class BankInfo(BankModel):
    id: str
    """The id stories record in ``interview.bank``."""
    title: str
    description: str = ""
    version: StrictInt = Field(default=1, ge=1)
    """Raised when questions are renamed, moved, split or removed; stories record the
    version they were last written with (``interview.bank_version``)."""


class Migration(BankModel):
    """What changed in the questions from the bank's version ``to - 1`` to ``to``.

    Applied to a story written with an older version when it is opened: answers follow
    renamed and split questions, removed questions' answers are kept as retired answers,
    and the wizard resumes at the first added (or split) question left unanswered.
    """

    to: StrictInt = Field(ge=2)
    """The version this step leads to (from the one before it)."""
    renamed: dict[str, str] = Field(default_factory=empty_dict)
    """Old question id -> new question id: the answer moves as it is."""
    moved: dict[str, str] = Field(default_factory=empty_dict)
    """Question id -> the section it moved to (the answer stays; the author is told)."""
    split: dict[str, tuple[str, ...]] = Field(default_factory=empty_dict)
    """Old question id -> the questions that replace it: each starts from the old answer."""
    removed: tuple[str, ...] = ()
    """Question ids no longer asked: their answers are kept as retired answers."""
    added: tuple[str, ...] = ()
    """New questions: the wizard asks them when it opens a story of an older version."""

    def ids_out(self) -> set[str]:
        """The question ids this step takes away."""
        return set(self.renamed) | set(self.split) | set(self.removed)

    def ids_in(self) -> set[str]:
        """The question ids this step brings in."""
        return (
            set(self.renamed.values())
            | {t for ts in self.split.values() for t in ts}
            | set(self.added)
        )


class Section(BankModel):
    id: str
    title: str
    intro: str = ""
    """A short paragraph shown when the section starts."""


class Term(BankModel):
    """An entry of a vocabulary: a goal class, rationale class, failure mode or criterion."""

    id: str
    name: str
    help: str = ""
    """What the term means, in the app's own words."""


class Option(BankModel):
    id: str
    label: str
    help: str = ""


class Example(BankModel):
    """An example answer meant for stories with some goal classes."""

    goal_classes: tuple[str, ...]
    text: str


class EntryField(BankModel):
    """One sub-field of an entries question (a claim's text, its test, its status)."""

    id: str
    label: str
    kind: Literal["line", "text", "choice"] = "line"
    required: bool = False
    help: str = ""


class Question(BankModel):
    id: str
    section: str
    prompt: str
    help: str = ""
    """Markdown that teaches the concept behind the question."""
    kind: Kind
    field: str | None = None
    """Dotted path of the story field the answer fills; None only for info questions."""
    options: tuple[Option, ...] = ()
    options_from: (
        Literal["goal_classes", "rationale_classes", "failure_modes", "criteria"] | None
    ) = None
    """Take the options from one of the bank's vocabularies."""
    entry_fields: tuple[EntryField, ...] = ()
    when: str | None = None
    """Condition under which the question is asked; always asked when absent."""
    required: bool = False
    min_words: int = Field(default=0, ge=0)
    pattern: str | None = None
    pattern_hint: str = ""
    """Shown when an answer does not match the pattern."""
    example: str = ""
    """An example answer, shown on request (when no example below fits the story)."""
    examples: tuple[Example, ...] = ()
    """Example answers for particular goal classes; the story's own classes pick one."""
    label: str = ""
    """A short noun phrase that introduces a follow-up answer in the document."""
    document_part: DocumentPart | None = None
    """Where a follow-up answer appears in the document; its section when absent."""

    @property
    def placement(self) -> str:
        """The document part a follow-up answer appears in."""
        if self.document_part is not None:
            return self.document_part
        return self.section if self.section in DOCUMENT_PARTS else "none"

    first_pass: bool = False
    """Asked in the first pass: the core questions that make a complete short story,
    before the author deepens it section by section."""

    @property
    def answerable(self) -> bool:
        """False for an info question, which only shows text: nothing to answer, draft
        or skip."""
        return self.kind != "info"


class Rule(BankModel):
    """An open-problem rule of the critic: a condition, or a named structural check."""

    id: str
    title: str
    detail: str
    """Why it matters and what would address it."""
    when: str | None = None
    check: str | None = None
    """A built-in check that yields one problem per offending item (see storybuilder.rules.checks)."""
    source: str | None = None
    """The question id or story key the problem comes from, for linking."""
    group: str | None = None
    """A rule group id: when several rules of one group fire, they are one problem."""
    unless_discussed: tuple[str, ...] = ()
    """Concept ids: the rule stays quiet when the author's prose anywhere in the story
    discusses one of them (what a follow-up question asks may be answered elsewhere)."""


class RuleGroup(BankModel):
    """Rules that probe one weak point (of a class, of a training setup): when two or more
    fire, the author sees one problem listing them, and triages it once."""

    id: str
    title: str
    detail: str


class Concept(BankModel):
    """A named vocabulary that conditions test with ``discusses`` (see storybuilder.rules.reading)."""

    id: str
    about: str = ""
    """What a story that discusses the concept is talking about."""
    terms: tuple[str, ...] = ()
    together: tuple[str, ...] = ()
    """Two other concepts: the concept is also discussed by a clause that discusses both,
    in either order ("retrained" and "every night"), which no list of phrases covers."""
    together_gap: int = Field(GAP_WORDS, ge=1, le=CLAUSE_GAP_WORDS)
    """How many words may stand between the two halves of ``together``."""
    unless_said_of: str = ""
    """Another concept: a match does not count where the words before it in its clause
    hold one of that concept's terms, because the clause says it of something else ("the
    reward model predicts ..." is not the story's model predicting)."""
    either_way: bool = False
    """A topic rather than a claim: a match counts even where a negation denies it, since
    the story raising it at all ("they cannot be working together") is what a rule reads
    for."""
    network_size_below: int = Field(0, ge=0)
    """When above 0, a network size stated below this many weights ("9,800 weights")
    also discusses the concept: a size is a number, which terms cannot list."""


class BankFile(BankModel):
    bank: BankInfo
    sections: tuple[Section, ...]
    goal_classes: tuple[Term, ...] = ()
    rationale_classes: tuple[Term, ...] = ()
    failure_modes: tuple[Term, ...] = ()
    criteria: tuple[Term, ...] = ()
    questions: tuple[Question, ...]
    rules: tuple[Rule, ...] = ()
    concepts: tuple[Concept, ...] = ()
    rule_groups: tuple[RuleGroup, ...] = ()
    migrations: tuple[Migration, ...] = ()


class Bank:
    """A loaded, validated bank with the lookups the engine and the critic need."""

    def __init__(
        self, data: BankFile, source: str = "<bank>", parsed: dict[str, Any] | None = None
    ) -> None:
        self.data = data
        self._parsed = parsed or {}
        """Condition text -> its tree parsed ahead of time (a shipped bank's record)."""
        self.source = source
        self.id = data.bank.id
        self.title = data.bank.title
        self.version = data.bank.version
        self.migrations = tuple(sorted(data.migrations, key=lambda m: m.to))
        self.sections = data.sections
        self.questions = data.questions
        self.rules = data.rules
        self.question_index = {q.id: i for i, q in enumerate(data.questions)}
        self.by_id = {q.id: q for q in data.questions}
        self.section_by_id = {s.id: s for s in data.sections}
        self.by_field: dict[str, Question] = {}
        for question in data.questions:
            if question.field is not None:
                self.by_field.setdefault(question.field, question)
        self.conditions: dict[str, Condition] = {}
        self.rule_conditions: dict[str, Condition] = {}
        self.concepts: dict[str, tuple[str, ...]] = _concept_terms(data.concepts)
        self.rule_groups: dict[str, RuleGroup] = {g.id: g for g in data.rule_groups}
        self.terms: dict[str, dict[str, Term]] = {
            table: {t.id: t for t in getattr(data, table)} for table in VOCABULARY_TABLES
        }
        self._field_paths: tuple[tuple[tuple[str, ...], Question], ...] | None = None
        self._path_facts: dict[str, _PathFacts] = {}
        """Condition path -> what validation reads of it (see :func:`_facts`)."""
        self._literal_problems: dict[str, tuple[str, ...]] = {}
        """Condition text -> its comparisons with values the field never holds."""

    # -- lookups ----------------------------------------------------------------------

    def concept_definition(self, concept_id: str) -> Concept:
        return next(c for c in self.data.concepts if c.id == concept_id)

    def vocabulary(self) -> Vocabulary:
        return Vocabulary(
            goal_classes=frozenset(self.terms["goal_classes"]),
            rationale_classes=frozenset(self.terms["rationale_classes"]),
            failure_modes=frozenset(self.terms["failure_modes"]),
            criteria=frozenset(self.terms["criteria"]),
            questions=frozenset(self.by_id),
            rules=frozenset(r.id for r in self.rules) | frozenset(self.rule_groups),
        )

    def term_name(self, table: str, term_id: str) -> str:
        """The words for an id (``pure-predictor`` -> ``Pure predictor``)."""
        term = self.terms.get(table, {}).get(term_id)
        return term.name if term else term_id

    def options(self, question: Question) -> tuple[Option, ...]:
        """The question's options, whether listed inline, from a vocabulary, or implied."""
        if question.options_from:
            return tuple(
                Option(id=t.id, label=t.name, help=t.help)
                for t in getattr(self.data, question.options_from)
            )
        if question.options:
            return question.options
        if question.kind == "yes-no-unsure":
            return tuple(Option(id=v, label=v.capitalize()) for v in YES_NO_UNSURE)
        if question.kind == "yes-no":
            return (Option(id="yes", label="Yes"), Option(id="no", label="No"))
        shape = fields.shape_of(question.field or "")
        if shape is not None and shape.choices:
            return tuple(
                Option(id=c, label=c.replace("-", " ").capitalize()) for c in shape.choices
            )
        return ()

    @functools.cached_property
    def answer_choices(self) -> dict[str, tuple[object, ...]]:
        """Question id -> the values its answer under ``[answers]`` may take, for the
        questions that offer a choice (a yes-no answer is kept as a boolean)."""
        return {
            q.id: (True, False) if q.kind == "yes-no" else tuple(o.id for o in self.options(q))
            for q in self.questions
            if q.kind in ("choice", "multi-choice", "yes-no", "yes-no-unsure")
            and (q.field or "").startswith("answers.")
        }

    def entry_field_choices(self, question: Question, entry: EntryField) -> tuple[str, ...]:
        shape = fields.shape_of(question.field or "")
        if shape is None or shape.entry_model is None:
            return ()
        return fields.entry_choices(shape.entry_model, entry.id)

    def condition(self, question: Question) -> Condition | None:
        if question.when is None:
            return None
        if question.id not in self.conditions:
            self.conditions[question.id] = self._condition(question.when)
        return self.conditions[question.id]

    def rule_condition(self, rule: Rule) -> Condition | None:
        if rule.when is None:
            return None
        if rule.id not in self.rule_conditions:
            self.rule_conditions[rule.id] = self._condition(rule.when)
        return self.rule_conditions[rule.id]

    def _condition(self, source: str) -> Condition:
        data = self._parsed.get(source)
        if data is not None:
            try:
                return Condition.from_data(source, data)
            except ValueError:
                pass  # not a tree after all: parse the text, as for any other bank
        return Condition.parse(source)

    def field_for(self, path: str) -> str | None:
        """The story field a condition path reads: a field path, or a question id's field."""
        if fields.shape_of(path) is not None:
            return path
        question = self.by_id.get(path)
        return question.field if question is not None else None

    def questions_at(self, ref: str | None) -> tuple[Question, ...]:
        """The questions that fill the story item a problem refers to, in bank order.

        ``ref`` is a question id (``corrigible-mechanism``) or a path into the story, as
        a problem's ``source`` and ``refs`` hold them: a field (``goal.specification``),
        an item of a list or table (``claims[1]``, ``failure_modes.x.relevance``) or a
        whole table (``claims``). The questions are those whose field is the item, holds
        it, or lies within it; none for an item no question fills (``problems``).
        """
        if not ref:
            return ()
        question = self.by_id.get(ref)
        if question is not None:
            return (question,)
        path = ref_path(ref)
        if self._field_paths is None:
            self._field_paths = tuple(
                (tuple(q.field.split(".")), q) for q in self.questions if q.field is not None
            )
        # Several questions may fill one item under exclusive conditions (a failure
        # mode's reason is asked one way after "unsure", another otherwise).
        exact = tuple(q for field, q in self._field_paths if field == path)
        if exact:
            return exact
        return tuple(
            q
            for field, q in self._field_paths
            if field[: len(path)] == path or path[: len(field)] == field
        )

    def resolver(self, story: Story) -> Any:
        """A condition resolver over the story (values read by field path or question id)."""
        # One dump serves every condition evaluated against this version of the story.
        data = plain_data(story)

        prose_read: dict[str, list[str]] = {}

        def resolve(path: str) -> Any:
            prose = fields.PROSE.get(path)
            if prose is not None:
                if path not in prose_read:
                    prose_read[path] = prose(story)
                return prose_read[path]
            field = self.field_for(path)
            return fields.read_from(data, field) if field else None

        return resolve


def ref_path(ref: str) -> tuple[str, ...]:
    """A story path without its list indices, as keys: ``claims[1].test`` -> (claims, test)."""
    return tuple(part.partition("[")[0] for part in ref.split("."))


# --- loading --------------------------------------------------------------------------


def parse_bank(text: str, source: str = "<bank>") -> Bank:
    """A validated bank from TOML text; raises BankError naming every problem.

    A bank text that validated before (with this version of storybuilder) is read without
    its checks, which cannot find anything new in it: the cache keeps that verdict.
    """
    key = cache.key_for(text)
    cached = _cached_bank(key, source, text)
    if cached is not None:
        return cached
    too_deep = [f"tables and arrays nested more than {_MAX_DEPTH} deep"]
    try:
        # A byte-order mark, which some editors write, is not TOML: it is skipped.
        raw = tomlparse.loads(text.removeprefix("\ufeff"))
    except tomlparse.TOMLDecodeError as err:
        raise BankError(source, [f"malformed TOML: {err}"]) from None
    except RecursionError:
        raise BankError(source, too_deep) from None
    try:
        data = BankFile.model_validate(raw)
    except (ValidationError, RecursionError) as err:
        # Tables the models accept nest no deeper than the models (MODEL_DEPTH): only
        # refused tables may be too deep, which is then said instead of the refusal.
        if isinstance(err, RecursionError) or _depth_over(raw, _MAX_DEPTH):
            raise BankError(source, too_deep) from None
        raise BankError(source, [_describe_model_error(raw, e) for e in err.errors()]) from None
    bank = Bank(data, source)
    problems = list(validate(bank))
    if problems:
        raise BankError(source, problems)
    _store_cached(key)
    return bank


_CACHE_FORMAT = 2
"""Layout of a validated bank's cache entry; an entry of another layout is a miss.
(Format 1 held the bank's tables as JSON: writing them cost a tenth of a first check
of a large bank, and reading the TOML again is as quick as reading them.)"""


def _cached_bank(key: str, source: str, text: str) -> Bank | None:
    """The bank of ``text`` if a cache entry says it validated before, or None.

    An entry is exactly what :func:`_store_cached` writes: its layout and its own key
    (an entry copied from another bank's is a miss). It holds no tables: the bank is
    read from its own text, only its checks are skipped. Anything else is validated
    from scratch, like a bank never seen.
    """
    entry = cache.read_json("banks", key)
    if entry != {"format": _CACHE_FORMAT, "key": key}:
        return None
    try:
        raw = tomlparse.loads(text.removeprefix("\ufeff"))
        return Bank(BankFile.model_validate(raw), source)
    except (ValueError, LookupError, TypeError, AttributeError, RecursionError):
        return None


def _store_cached(key: str) -> None:
    """Records that the bank text of ``key`` passed every check."""
    cache.write_json("banks", key, {"format": _CACHE_FORMAT, "key": key})


_MAX_DEPTH = 16
MODEL_DEPTH = 6
"""The deepest tables the bank models accept (a question's example's goal classes:
bank, questions, a question, examples, an example, goal classes), under _MAX_DEPTH."""


def _depth_over(raw: Any, limit: int) -> bool:
    """Whether tables and arrays nest deeper than ``limit`` (checked without recursion)."""
    # Level by level, visiting only tables and arrays (a bank holds mostly strings):
    # one at the limit that holds anything holds a value nested deeper than the limit.
    level: list[Any] = [raw]
    for _ in range(limit):
        deeper: list[Any] = []
        add = deeper.append
        for value in level:
            for child in value.values() if isinstance(value, dict) else value:
                if isinstance(child, dict | list):
                    add(child)
        if not deeper:
            return False
        level = deeper
    return any(level)


def load_bank(path: str | Path) -> Bank:
    """A validated bank from a file."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise BankError(str(path), [f"cannot read the bank: {err}"]) from None
    return parse_bank(text, str(path))


@functools.cache
def packaged_bank(bank_id: str = "core") -> Bank:
    """A bank shipped with storybuilder, by id (validated once per process)."""
    if not KEBAB_ID.fullmatch(bank_id):
        raise BankError(bank_id, [f"no shipped question bank is called {bank_id!r}"])
    resource = shipped.folder("question_banks") / f"{bank_id}.toml"
    if not resource.is_file():
        raise BankError(bank_id, [f"no shipped question bank is called {bank_id!r}"])
    # Read once per process (a command's result key has read it already), and decoded
    # only when it is not the text its record was validated from.
    file = shipped.read(resource)
    source = f"question_banks/{bank_id}.toml"
    found = shipped_banks.validated_record_of(bank_id, shipped_banks.text_digest(file))
    if found is not None:
        tables, conditions = found
        return Bank(_construct(tables), source, conditions)
    return parse_bank(shipped_banks.text_of(file), source)


def _construct(raw: dict[str, Any]) -> BankFile:
    """The models of a bank known to be valid, built without validating it again.

    Only for the exact text of a shipped bank that passed every check: the values are
    taken as they are, with TOML's arrays made the tuples the models hold.
    """

    def many(model: type[BankModel], items: Any) -> tuple[Any, ...]:
        return tuple(model.model_construct(**item) for item in items)

    def question(item: dict[str, Any]) -> Question:
        return Question.model_construct(
            **{
                **item,
                "options": many(Option, item.get("options", ())),
                "entry_fields": many(EntryField, item.get("entry_fields", ())),
                "examples": tuple(
                    Example.model_construct(goal_classes=tuple(e["goal_classes"]), text=e["text"])
                    for e in item.get("examples", ())
                ),
            }
        )

    def rule(item: dict[str, Any]) -> Rule:
        return Rule.model_construct(
            **{**item, "unless_discussed": tuple(item.get("unless_discussed", ()))}
        )

    def concept(item: dict[str, Any]) -> Concept:
        return Concept.model_construct(
            **{
                **item,
                "terms": tuple(item.get("terms", ())),
                "together": tuple(item.get("together", ())),
            }
        )

    terms: dict[str, Any] = {table: many(Term, raw.get(table, ())) for table in VOCABULARY_TABLES}
    return BankFile.model_construct(
        bank=BankInfo.model_construct(**raw["bank"]),
        sections=many(Section, raw["sections"]),
        **terms,
        questions=tuple(question(q) for q in raw["questions"]),
        rules=tuple(rule(r) for r in raw.get("rules", ())),
        concepts=tuple(concept(c) for c in raw.get("concepts", ())),
        rule_groups=many(RuleGroup, raw.get("rule_groups", ())),
        migrations=tuple(Migration.model_validate(m) for m in raw.get("migrations", ())),
    )


def packaged_bank_ids() -> list[str]:
    folder = shipped.folder("question_banks")
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".toml"))


def _describe_model_error(raw: dict[str, Any], error: Any) -> str:
    loc = list(error["loc"])
    where = ".".join(str(p) for p in loc)
    # Name the question when the error is inside one, which is what the author looks for.
    if len(loc) >= 2 and loc[0] in ("questions", "rules") and isinstance(loc[1], int):
        try:
            item_id = raw[loc[0]][loc[1]].get("id", f"#{loc[1] + 1}")
        except (KeyError, IndexError, AttributeError):
            item_id = f"#{loc[1] + 1}"
        noun = "question" if loc[0] == "questions" else "rule"
        rest = ".".join(str(p) for p in loc[2:]) or "(itself)"
        where = f"{noun} {item_id!r}: {rest}"
    if error["type"] == "extra_forbidden":
        return f"{where}: unknown key"
    if error["type"] == "missing":
        return f"{where}: missing"
    return f"{where}: {error['msg']}"


# --- validation -----------------------------------------------------------------------


def validate(bank: Bank) -> Iterator[str]:
    """Every problem with the bank, each naming the question, rule or term at fault."""
    yield from _check_ids(bank)
    for index, question in enumerate(bank.questions):
        yield from (
            f"question {question.id!r}: {p}" for p in _check_question(bank, index, question)
        )
    yield from _check_reachability(bank)
    yield from _check_concept_definitions(bank)
    yield from _check_first_pass(bank)
    for rule in bank.rules:
        yield from (f"rule {rule.id!r}: {p}" for p in _check_rule(bank, rule))
        yield from (f"rule {rule.id!r}: {p}" for p in _check_rule_concepts(bank, rule))
    yield from _check_migrations(bank)


def _duplicates(ids: list[str]) -> list[str]:
    if len(set(ids)) == len(ids):
        return []  # the usual case, found without a Python loop
    seen: set[str] = set()
    return sorted({i for i in ids if i in seen or seen.add(i)})  # type: ignore[func-returns-value]


def _check_ids(bank: Bank) -> Iterator[str]:
    if not KEBAB_ID.fullmatch(bank.id):
        yield f"bank.id {bank.id!r}: ids are kebab-case (lowercase words joined by '-')"
    groups: dict[str, list[str]] = {
        "section": [s.id for s in bank.sections],
        "question": [q.id for q in bank.questions],
        "rule": [r.id for r in bank.rules] + [g.id for g in bank.data.rule_groups],
        # A second concept of the same id would silently replace the first everywhere.
        "concept": [c.id for c in bank.data.concepts],
    }
    for table in VOCABULARY_TABLES:
        groups[table.replace("_", " ").rstrip("s")] = [t.id for t in getattr(bank.data, table)]
    for noun, ids in groups.items():
        for dup in _duplicates(ids):
            yield f"{noun} {dup!r}: duplicate id"
        for item in ids:
            if not KEBAB_ID.fullmatch(item):
                yield f"{noun} {item!r}: ids are kebab-case (lowercase words joined by '-')"
    if not bank.questions:
        yield "the bank has no questions"


def _check_question(bank: Bank, index: int, question: Question) -> Iterator[str]:
    if question.section not in bank.section_by_id:
        known = ", ".join(s.id for s in bank.sections)
        yield f"unknown section {question.section!r} (sections: {known})"
    yield from _check_field(bank, question)
    if question.pattern is not None:
        # Only a bank that gives a pattern needs the pattern checker (the core bank
        # gives none): not imported by every command that loads a bank.
        from storybuilder import patterns

        problem = patterns.pattern_problem(question.pattern)
        if problem is not None:
            yield f"pattern {question.pattern!r}: {problem}"
    for dup in _duplicates([o.id for o in question.options]):
        yield f"duplicate option id {dup!r}"
    for dup in _duplicates([e.id for e in question.entry_fields]):
        yield f"duplicate entry field {dup!r}"
    if question.when is not None:
        yield from _check_when(bank, index, question)
    yield from _check_document(question)
    for example in question.examples:
        if not example.text.strip():
            yield "an example has no text"
        if not example.goal_classes:
            yield "an example names no goal_classes (use example for the general one)"
        for goal_class in example.goal_classes:
            if goal_class not in bank.terms["goal_classes"]:
                yield f"an example names {goal_class!r}, which is not in [[goal_classes]]"


def _check_document(question: Question) -> Iterator[str]:
    """A label fit to introduce an answer in the document."""
    label = question.label
    if not label:
        return
    if "\n" in label or len(label) > LABEL_LIMIT:
        yield f"label {label!r}: a label is one line of at most {LABEL_LIMIT} characters"
    elif label != label.strip() or label.rstrip().endswith(("?", ".", ":")):
        yield (
            f"label {label!r}: a label is a noun phrase, without surrounding spaces or a "
            "closing '?', '.' or ':'"
        )


def unlabelled_follow_ups(bank: Bank) -> list[Question]:
    """Follow-up questions shown in the document under their prompt, for want of a label."""
    return [
        q
        for q in bank.questions
        if q.field == f"answers.{q.id}" and not q.label and q.placement != "none"
    ]


def _check_field(bank: Bank, question: Question) -> Iterator[str]:
    if question.kind == "info":
        if question.field is not None:
            yield "an info question shows text only and fills no field"
        return
    if question.field is None:
        yield f"a {question.kind} question needs a field to fill"
        return
    shape = fields.shape_of(question.field)
    if shape is None:
        yield f"field {question.field!r} is not in the story model"
        return
    if shape.value == "prose":
        yield f"field {question.field!r} is read-only: it gathers the author's prose for rules"
        return
    per_id = fields.per_id_key(question.field)
    if per_id is not None:
        table = "failure_modes" if per_id[0] == "failure_modes" else "criteria"
        if per_id[1] not in bank.terms[table]:
            yield f"field {question.field!r} names {per_id[1]!r}, which is not in [[{table}]]"
    if shape.value == "answer" and question.field != f"answers.{question.id}":
        yield f"follow-up answers are kept under answers.{question.id}, not {question.field!r}"
    allowed = _KINDS_FOR_SHAPE[shape.value]
    if question.kind not in allowed:
        yield (
            f"kind {question.kind!r} cannot fill {question.field!r} "
            f"(it takes: {', '.join(sorted(allowed))})"
        )
    if question.kind in ("choice", "multi-choice") and not bank.options(question):
        yield "a choice needs options (options or options_from)"
    if shape.vocabulary and question.options_from not in (None, shape.vocabulary):
        yield f"{question.field!r} holds {shape.vocabulary} ids; use options_from = {shape.vocabulary!r}"
    if shape.vocabulary and question.options_from is None and question.options:
        valid = bank.terms[shape.vocabulary]
        for option in question.options:
            if option.id not in valid:
                yield f"unknown option id {option.id!r}: not in [[{shape.vocabulary}]]"
    if shape.choices and question.options:
        for option in question.options:
            if option.id not in shape.choices:
                yield f"unknown option id {option.id!r} for {question.field!r} ({', '.join(shape.choices)})"
    if question.kind == "entries":
        model = shape.entry_model
        if not question.entry_fields:
            yield "an entries question needs entry_fields"
        for entry in question.entry_fields:
            if model is not None and entry.id not in model.model_fields:
                yield f"entry field {entry.id!r} is not a key of {question.field} ({', '.join(model.model_fields)})"
            elif (
                model is not None
                and entry.kind == "choice"
                and not fields.entry_choices(model, entry.id)
            ):
                yield f"entry field {entry.id!r} is free text, not a choice"


_KINDS_FOR_SHAPE: dict[str, frozenset[str]] = {
    "text": frozenset({"line", "text"}),
    "bool": frozenset({"yes-no"}),
    "text-list": frozenset({"list"}),
    "choice": frozenset({"choice"}),
    "class-list": frozenset({"multi-choice"}),
    "entries": frozenset({"entries"}),
    "collection": frozenset(),
    "answer": frozenset(
        {"line", "text", "list", "choice", "multi-choice", "yes-no", "yes-no-unsure"}
    ),
}


def _check_when(bank: Bank, index: int, question: Question) -> Iterator[str]:
    assert question.when is not None
    try:
        condition = bank.condition(question)
    except ConditionError as err:
        yield f"condition does not parse at column {err.column}: {err.message}\n    {err.pointer()}"
        return
    assert condition is not None
    for path in condition.paths():
        facts = _facts(bank, path.text)
        if facts.field is None:
            yield f"condition names {path.text!r}, which is neither a story field nor a question"
            continue
        filler = facts.filler
        if filler is not None and bank.question_index[filler.id] >= index:
            which = "itself" if filler.id == question.id else f"the later question {filler.id!r}"
            yield f"condition depends on {which} (through {path.text!r}); that would be a cycle"
    yield from _check_literals(bank, condition)


def _check_first_pass(bank: Bank) -> Iterator[str]:
    """A bank with a first pass: the first pass alone must give a valid story, and
    decide by itself which of its questions are asked."""
    first = {q.id for q in bank.questions if q.first_pass}
    if not first:
        return
    for question in bank.questions:
        if question.required and question.id not in first:
            yield (
                f"question {question.id!r}: required, so it must be in the first pass "
                "(first_pass = true), or a first pass would leave the story invalid"
            )
        if question.id not in first or question.when is None:
            continue
        try:
            condition = bank.condition(question)
        except ConditionError:
            continue  # reported by _check_when
        assert condition is not None
        for path in condition.paths():
            filler = _facts(bank, path.text).filler
            if filler is not None and filler.id not in first:
                yield (
                    f"question {question.id!r}: in the first pass, but its condition reads "
                    f"{path.text!r}, answered by {filler.id!r}, which is not in the first pass"
                )


def _check_literals(bank: Bank, condition: Condition) -> Iterator[str]:
    """A problem for each comparison of a field with a value it can never hold."""
    found = bank._literal_problems.get(condition.source)
    if found is None:
        found = bank._literal_problems[condition.source] = tuple(_literal_problems(bank, condition))
    yield from found


def _literal_problems(bank: Bank, condition: Condition) -> Iterator[str]:
    for path, op, value in condition.compared_literals():
        if op in ("mentions", "discusses"):
            continue
        allowed = _facts(bank, path.text).allowed
        if allowed is None:
            continue
        for item in value if isinstance(value, list) else [value]:
            if item not in allowed:
                shown = ", ".join(repr(a) for a in allowed)
                yield f"condition compares {path.text!r} with {item!r}, which is not one of its options ({shown})"


class _PathFacts(NamedTuple):
    """What validation reads of a path a condition names, found once per bank."""

    field: str | None
    """The story field it reads; None when it names neither a field nor a question."""
    filler: Question | None
    """The first question that fills that field."""
    allowed: tuple[Any, ...] | None
    """The values the field can hold, None for free text (see _allowed_values)."""
    list_valued: bool


def _facts(bank: Bank, path: str) -> _PathFacts:
    facts = bank._path_facts.get(path)
    if facts is None:
        field = bank.field_for(path)
        if field is None:
            facts = _PathFacts(None, None, None, False)
        else:
            facts = _PathFacts(
                field,
                bank.by_field.get(field),
                _allowed_values(bank, field),
                fields.shape_of(field) is not None and _is_list_valued(bank, field),
            )
        bank._path_facts[path] = facts
    return facts


def _allowed_values(bank: Bank, field: str) -> tuple[Any, ...] | None:
    """The finite set of values a field can hold, or None for free text."""
    shape = fields.shape_of(field)
    if shape is None:
        return None
    if shape.value == "bool":
        return (True, False)
    if shape.vocabulary:
        return tuple(bank.terms[shape.vocabulary])
    if shape.choices:
        return shape.choices
    filler = bank.by_field.get(field)
    if shape.value == "answer" and filler is not None:
        if filler.kind == "yes-no":
            return (True, False)
        if filler.kind in ("choice", "multi-choice", "yes-no-unsure"):
            return tuple(o.id for o in bank.options(filler))
    return None


def _check_rule(bank: Bank, rule: Rule) -> Iterator[str]:
    if (rule.when is None) == (rule.check is None):
        yield "give exactly one of 'when' (a condition) or 'check' (a built-in check)"
    if rule.check is not None:
        # The checks' code (and what it imports) is loaded only for a bank that names one.
        from storybuilder.rules.checks import CHECKS

        if rule.check not in CHECKS:
            yield f"unknown check {rule.check!r} (known: {', '.join(sorted(CHECKS))})"
    if (
        rule.source is not None
        and rule.source not in bank.by_id
        and fields.shape_of(rule.source) is None
    ):
        top = rule.source.split(".")[0]
        if top not in Story.model_fields:
            yield f"source {rule.source!r} is neither a question id nor a story key"
    if rule.when is None:
        return
    try:
        condition = bank.rule_condition(rule)
    except ConditionError as err:
        yield f"condition does not parse at column {err.column}: {err.message}\n    {err.pointer()}"
        return
    assert condition is not None
    for path in condition.paths():
        if _facts(bank, path.text).field is None:
            yield f"condition names {path.text!r}, which is neither a story field nor a question"
    yield from _check_literals(bank, condition)
    yield from _check_concepts(bank, condition)


def _concept_terms(concepts: Sequence[Concept]) -> dict[str, tuple[str, ...]]:
    """Each concept's phrases; a ``together`` concept also holds its two concepts' phrases,
    which a clause must pair (see :class:`storybuilder.rules.reading.Together`)."""
    plain = {c.id: c.terms for c in concepts}
    result = dict(plain)
    for concept in concepts:
        if len(concept.together) == 2:
            first, second = (plain.get(c, ()) for c in concept.together)
            unless = plain.get(concept.unless_said_of, ())
            result[concept.id] = Together(
                concept.terms, first, second, concept.together_gap, unless
            )
        elif concept.unless_said_of:
            result[concept.id] = Scoped(concept.terms, plain.get(concept.unless_said_of, ()))
        elif concept.network_size_below:
            result[concept.id] = Sized(concept.terms, concept.network_size_below)
        elif concept.either_way:
            result[concept.id] = EitherWay(concept.terms)
    return result


MAX_GAPS = 3
"""The most '...' gaps one term may hold: reading stays quick on any story."""


def _check_concept_definitions(bank: Bank) -> Iterator[str]:
    for concept in bank.data.concepts:
        where = f"concept {concept.id!r}"
        if not concept.terms and not concept.together:
            yield f"{where}: give terms, or two concepts under together"
        for term in concept.terms:
            if term.split().count(GAP) > MAX_GAPS:
                yield f"{where}: term {term!r} has more than {MAX_GAPS} gaps ('{GAP}')"
            if any("*" in word.rstrip("*") for word in term.split()):
                # "explo*de" would silently become two words, "explo" and "de".
                yield f"{where}: term {term!r} has a '*' inside a word; it may only end one"
        if concept.together:
            if len(concept.together) != 2:
                yield f"{where}: together names exactly two concepts"
                continue
            for other in concept.together:
                if other not in bank.concepts or other == concept.id:
                    yield f"{where}: together names {other!r}, which is not another concept"
                elif bank.concept_definition(other).together:
                    yield f"{where}: together names {other!r}, itself made with together"
        if concept.network_size_below and (concept.together or concept.unless_said_of):
            yield f"{where}: network_size_below cannot be combined with together or unless_said_of"
        if concept.either_way and (
            concept.together or concept.unless_said_of or concept.network_size_below
        ):
            yield f"{where}: either_way cannot be combined with together, unless_said_of or network_size_below"
        if concept.unless_said_of:
            other = concept.unless_said_of
            if other not in bank.concepts or other == concept.id:
                yield f"{where}: unless_said_of names {other!r}, which is not another concept"
            elif bank.concept_definition(other).together or not bank.concepts[other]:
                yield f"{where}: unless_said_of names {other!r}, which has no terms of its own"


def _check_rule_concepts(bank: Bank, rule: Rule) -> Iterator[str]:
    if rule.group is not None and rule.group not in bank.rule_groups:
        yield f"group {rule.group!r} is not in [[rule_groups]]"
    for concept in rule.unless_discussed:
        if concept not in bank.concepts:
            yield f"unless_discussed names {concept!r}, which is not a concept of the bank"


def _check_concepts(bank: Bank, condition: Condition) -> Iterator[str]:
    for path, op, value in condition.compared_literals():
        if op != "discusses":
            continue
        for item in value if isinstance(value, list) else [value]:
            if item not in bank.concepts:
                yield f"condition tests {path.text!r} against {item!r}, which is not a concept of the bank"


def _check_reachability(bank: Bank) -> Iterator[str]:
    """Questions whose condition no combination of earlier answers can make true."""
    unreachable: set[str] = set()
    budget = _SearchBudget()
    for question in bank.questions:
        try:
            condition = bank.condition(question)
        except ConditionError:
            continue  # reported by the question's own check
        if condition is None or any(_check_literals(bank, condition)):
            continue  # an unknown option is reported as such, not also as unreachable
        if not _satisfiable(bank, condition, unreachable, budget):
            unreachable.add(question.field or question.id)
            yield (
                f"question {question.id!r}: unreachable: no answers to earlier questions "
                f"make its condition true ({question.when})"
            )


class _SearchBudget:
    """What is left of the work the bank's reachability searches may do past their floor."""

    def __init__(self) -> None:
        self.left = _SEARCH_BUDGET


def _satisfiable(
    bank: Bank, condition: Condition, unreachable: set[str], budget: _SearchBudget
) -> bool:
    """Whether some answers to the paths the condition reads make it true.

    Each path gets a few representative values (every option, an answer mentioning the
    words compared, unanswered). They are tried one path at a time, depth first, and a
    partial assignment that already settles the condition (``a == 1 and ...`` with
    ``a`` = 2) is not extended: most conditions are settled after a handful of steps.
    A search that has not finished assumes the question reachable rather than refuse
    the bank. It may take ``_SEARCH_FLOOR`` steps, and more (up to ``_SEARCH_LIMIT``)
    only while the bank's ``budget`` (spent by each search past its floor, in steps
    times the condition's length) lasts: a bank whose conditions all need
    long searches is still checked in time about linear in its size.
    """
    cost = len(condition.source) + 1
    limit = min(_SEARCH_LIMIT, _SEARCH_FLOOR + budget.left // cost)
    found, steps = _search(bank, condition, unreachable, limit)
    budget.left -= max(0, steps - _SEARCH_FLOOR) * cost
    return found


def _search(
    bank: Bank, condition: Condition, unreachable: set[str], limit: int
) -> tuple[bool, int]:
    """(whether the condition can be true, steps taken); True once past ``limit`` steps."""
    paths = sorted({p.text for p in condition.paths()})
    literals = [v for _, _, v in condition.compared_literals()]
    words = [w for v in literals for w in (v if isinstance(v, list) else [v]) if isinstance(w, str)]
    domains: list[list[Any]] = []
    for path in paths:
        facts = _facts(bank, path)
        if facts.field is None:
            return True, 0  # reported elsewhere
        filler = facts.filler
        if filler is not None and (filler.field in unreachable):
            domains.append([None])
            continue
        # Answers come before None (unanswered): most conditions ask for an answer, so
        # the first values tried usually settle it.
        allowed = facts.allowed
        if allowed is None:
            # Free text: an answer that mentions every word compared, or unanswered.
            domains.append([" ".join(words) or "answer", ["answer"], None])
        elif facts.list_valued:
            domains.append([list(allowed), *([a] for a in allowed), [], None])
        else:
            domains.append([*allowed, None])
    if not paths:
        return condition.evaluate_partial({}) is True, 1
    values: dict[str, Any] = {}
    # Depth-first over the paths; choice[i] is the index of the value path i holds.
    choice = [-1] * len(paths)
    depth = 0
    steps = 0
    while depth >= 0:
        choice[depth] += 1
        if choice[depth] >= len(domains[depth]):
            choice[depth] = -1
            values.pop(paths[depth], None)
            depth -= 1
            continue
        values[paths[depth]] = domains[depth][choice[depth]]
        steps += 1
        if steps > limit:
            return True, steps
        settled = condition.evaluate_partial(values)
        if settled is True:
            return True, steps
        if settled is None and depth + 1 < len(paths):
            depth += 1
    return False, steps


def _is_list_valued(bank: Bank, field: str) -> bool:
    shape = fields.shape_of(field)
    if shape is None:
        return False
    if shape.value in ("class-list", "text-list"):
        return True
    filler = bank.by_field.get(field)
    return (
        shape.value == "answer" and filler is not None and filler.kind in ("multi-choice", "list")
    )


def _check_migrations(bank: Bank) -> Iterator[str]:
    """Each step leads to a version the bank has had, once; the ids it takes away are
    gone and the ids it brings in exist (or are taken away by a later step)."""
    steps = [m.to for m in bank.data.migrations]
    for dup in _duplicates([str(t) for t in steps]):
        yield f"migration to version {dup}: duplicate step (one step per version)"
    for step in bank.migrations:
        where = f"migration to version {step.to}"
        if step.to > bank.version:
            yield f"{where}: the bank is version {bank.version}; raise bank.version or drop the step"
        later = [m for m in bank.migrations if m.to > step.to]
        gone_later = set().union(*(m.ids_out() for m in later))
        back_later = set().union(*(m.ids_in() for m in later))
        seen: dict[str, str] = {}
        for kind, ids in (
            ("renamed", list(step.renamed)),
            ("split", list(step.split)),
            ("removed", list(step.removed)),
        ):
            for old in ids:
                if old in seen:
                    yield f"{where}: {old!r} is both {seen[old]} and {kind}"
                seen[old] = kind
                if old in bank.by_id and old not in back_later and old not in step.ids_in():
                    yield f"{where}: {kind} question {old!r} is still a question of the bank"
        for old, new in step.renamed.items():
            if new in step.renamed:
                yield (
                    f"{where}: {old!r} is renamed to {new!r}, which this step renames again; "
                    "rename it straight to the last id"
                )
            elif new not in bank.by_id and new not in gone_later:
                yield f"{where}: {old!r} is renamed to {new!r}, which is not a question of the bank"
        for old, targets in step.split.items():
            if not targets:
                yield f"{where}: {old!r} is split into no questions; list it under removed"
            for new in targets:
                if new not in bank.by_id and new not in gone_later:
                    yield f"{where}: {old!r} is split into {new!r}, which is not a question"
        for new in step.added:
            if new not in bank.by_id and new not in gone_later:
                yield f"{where}: added question {new!r} is not a question of the bank"
        for qid, section in step.moved.items():
            if qid not in bank.by_id and qid not in gone_later:
                yield f"{where}: moved question {qid!r} is not a question of the bank"
            if section not in bank.section_by_id:
                yield f"{where}: {qid!r} moved to {section!r}, which is not a section"
