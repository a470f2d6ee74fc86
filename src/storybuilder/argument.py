"""The training story as an assurance-case argument in Goal Structuring Notation (GSN).

A training story is the training leg of a safety case: a top goal (the training goal is
met and safe), argued over the story (specification, desirability, rationale), with
evidence (tested claims), counter-arguments (failure modes that apply), context and
assumptions. What no assurance tool knows by itself is which parts are still open: each
open problem becomes an undeveloped goal (or counter-goal) where it bites, each accepted
problem an assumption carrying the author's note, and an addressed one nothing.

Element ids are GSN's prefixes (G, S, Sn, C, A, J, CG, CSn) followed by ids the story
already keeps stable: question-derived names (``G-specification``), item ids
(``Sn-claim-uses-shape``) and problem keys (``G-problem-claim-without-test-uses-shape``),
never positions, so that two exports of a story diff cleanly. The model here is plain
data; :mod:`storybuilder.gsn_yaml` and :mod:`storybuilder.gsn_mermaid` write it out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeGuard

from storybuilder.bank import Bank
from storybuilder.critic import all_problems
from storybuilder.item_ids import claim_ids, row_ids
from storybuilder.problem import OpenProblem
from storybuilder.story import ClaimStatus, ProblemStatus, Relevance, Story

KINDS = {
    "G": "goal",
    "S": "strategy",
    "Sn": "solution",
    "C": "context",
    "A": "assumption",
    "J": "justification",
    "CG": "counter-goal",
    "CSn": "counter-solution",
}
"""GSN's id prefixes, as gsn2x reads them, and what each element is."""

ROOT = "G-goal"
STRATEGY = "S-training-story"
SPECIFICATION = "G-specification"
DESIRABILITY = "G-desirability"
RATIONALE = "G-rationale"
CONSTRAINTS = "G-constraints"
NUDGES = "G-nudges"

# Which element a problem bites, by the story field of the question it comes from.
_BY_FIELD = {
    "goal.desirability": DESIRABILITY,
    "rationale.constraints": CONSTRAINTS,
    "rationale.nudges": NUDGES,
}
_BY_SECTION = {
    "goal": SPECIFICATION,
    "claims": SPECIFICATION,
    "rationale": RATIONALE,
    "sensitivity": RATIONALE,
    "failure-modes": RATIONALE,
}
_ID_UNSAFE = re.compile(r"[^a-z0-9]+")


@dataclass
class Element:
    id: str
    text: str
    supported_by: list[str] = field(default_factory=list)
    in_context_of: list[str] = field(default_factory=list)
    challenges: str | None = None
    undeveloped: bool = False
    problem: str | None = None
    """The key of the open or accepted problem this element stands for, if any."""

    @property
    def prefix(self) -> str:
        return self.id.split("-", 1)[0]

    @property
    def kind(self) -> str:
        return KINDS[self.prefix]


@dataclass
class Argument:
    """The elements of the argument, root first, each once."""

    elements: dict[str, Element] = field(default_factory=dict)

    def add(self, element: Element) -> Element:
        # Ids come from stable parts of the story; should two ever meet (a rule id and an
        # item id that join to the same words), the later one is numbered.
        base, n = element.id, 2
        while element.id in self.elements:
            element.id, n = f"{base}-{n}", n + 1
        self.elements[element.id] = element
        return element

    def __getitem__(self, element_id: str) -> Element:
        return self.elements[element_id]


def build(story: Story, bank: Bank, problems: Sequence[OpenProblem] | None = None) -> Argument:
    """The story's argument (``problems``: the critic's result, when already at hand)."""
    found = list(problems) if problems is not None else all_problems(story, bank)
    arg = Argument()
    goal_classes = ", ".join(bank.term_name("goal_classes", c) for c in story.goal.classes)
    # Blank author text (a summary of one newline) says nothing: no context, no title.
    title = story.meta.title if _said(story.meta.title) else "The project"
    root = arg.add(
        Element(
            ROOT,
            f"{title}: training produces the intended model"
            + (f" ({goal_classes})" if goal_classes else "")
            + ", and that model is safe and does its job",
            supported_by=[STRATEGY],
        )
    )
    if _said(story.meta.summary):
        root.in_context_of.append(arg.add(Element("C-project", story.meta.summary)).id)
    for term in bank.data.criteria:
        entry = story.evaluation.get(term.id)
        if entry is None or (entry.verdict is None and not entry.argument):
            continue
        verdict = entry.verdict.value if entry.verdict else "no verdict"
        text = f"{term.name}: {verdict}" + (f". {entry.argument}" if entry.argument else "")
        root.in_context_of.append(arg.add(Element(f"C-evaluation-{term.id}", text)).id)
    arg.add(
        Element(
            STRATEGY,
            "Argue over the training story: the goal is specified, any model meeting the "
            "specification is desirable, and the training rationale says why training "
            "produces such a model",
            supported_by=[SPECIFICATION, DESIRABILITY, RATIONALE],
        )
    )
    arg.add(
        Element(
            SPECIFICATION,
            _with("The trained model works as specified", story.goal.specification),
        )
    )
    arg.add(
        Element(
            DESIRABILITY,
            _with(
                "Any model that meets the specification is safe and does its job",
                story.goal.desirability,
            ),
        )
    )
    _claims(arg, story)
    _rationale(arg, story, bank)
    _problems(arg, story, bank, found)
    for element in arg.elements.values():
        if element.kind in ("goal", "strategy") and not element.supported_by:
            element.undeveloped = True
    return arg


def _said(text: str | None) -> TypeGuard[str]:
    return bool(text and text.strip())


def _with(claim: str, text: str | None) -> str:
    return f"{claim}: {text}" if text else f"{claim} (not written yet)"


def _sentence(text: str) -> str:
    """``text`` ending as a sentence, for another to follow it: a full stop added unless
    it already ends with one, a question or exclamation mark, or an ellipsis (closing
    brackets and quotes after it allowed)."""
    text = text.rstrip()
    ending = text.rstrip(")]\"'\u201d\u2019")
    return text if ending.endswith((".", "?", "!", "\u2026")) else f"{text}."


def _sentences(*parts: str | None) -> str:
    """The parts given (empty ones left out) as one text, each ended as a sentence
    before the next; the last is kept as the author wrote it."""
    kept = [part for part in parts if part]
    return " ".join([_sentence(part) for part in kept[:-1]] + kept[-1:])


def _claims(arg: Argument, story: Story) -> None:
    spec = arg[SPECIFICATION]
    for claim, claim_id in zip(story.claims, claim_ids(story), strict=True):
        test = f"Test: {claim.test}" if claim.test else None
        evidence = f"Evidence: {claim.evidence}" if claim.evidence else None
        if claim.status is ClaimStatus.SUPPORTED and claim.test:
            text = "Supported: " + _sentences(claim.claim, test, evidence)
            spec.supported_by.append(arg.add(Element(f"Sn-claim-{claim_id}", text)).id)
        elif claim.status is ClaimStatus.FALSIFIED:
            text = "Falsified: " + _sentences(claim.claim, test, evidence)
            arg.add(Element(f"CSn-claim-{claim_id}", text, challenges=SPECIFICATION))
        else:
            # Untested, or called supported with no test to show for it: a claim still to
            # be made good, with whatever evidence the author points to.
            state = _sentences("untested" if test else "no test yet", test, evidence)
            text = f"{claim.claim.rstrip()} ({state})"
            spec.supported_by.append(arg.add(Element(f"G-claim-{claim_id}", text)).id)


def _rationale(arg: Argument, story: Story, bank: Bank) -> None:
    classes = ", ".join(bank.term_name("rationale_classes", c) for c in story.rationale.classes)
    rationale = arg.add(
        Element(
            RATIONALE,
            "The training rationale is sound: training produces a model that meets the "
            "specification" + (f" ({classes})" if classes else " (no rationale chosen)"),
            supported_by=[CONSTRAINTS, NUDGES],
        )
    )
    arg.add(
        Element(
            CONSTRAINTS,
            _with(
                "Every model training can produce meets the constraints",
                story.rationale.constraints,
            ),
        )
    )
    arg.add(
        Element(
            NUDGES,
            _with("Among those models, training favours the goal", story.rationale.nudges),
        )
    )
    for term in bank.data.failure_modes:
        entry = story.failure_modes.get(term.id)
        if entry is None or entry.relevance is None:
            continue
        reason = f": {entry.reason}" if entry.reason else ""
        if entry.relevance is Relevance.APPLIES:
            threat = arg.add(
                Element(
                    f"CG-failure-{term.id}",
                    f"{term.name} defeats the training rationale{reason}",
                    challenges=RATIONALE,
                )
            )
            if entry.mitigation:
                text = f"Mitigation of {term.name.lower()}: {entry.mitigation}"
                arg.add(Element(f"CG-mitigation-{term.id}", text, challenges=threat.id))
        elif entry.relevance is Relevance.DOES_NOT_APPLY:
            justification = arg.add(
                Element(f"J-failure-{term.id}", f"{term.name} does not apply{reason}")
            )
            rationale.in_context_of.append(justification.id)
        else:
            unsure = arg.add(
                Element(
                    f"G-failure-{term.id}",
                    f"{term.name} does not defeat the training rationale (unsure{reason})",
                )
            )
            rationale.supported_by.append(unsure.id)
    for row, row_id in zip(story.sensitivity, row_ids(story), strict=True):
        wrong = f"If wrong: {row.if_wrong}" if row.if_wrong else None
        said = _sentences(row.assumption, wrong)
        text = f"{said} (failure: {row.failure.value})" if said else f"Failure: {row.failure.value}"
        rationale.in_context_of.append(arg.add(Element(f"A-assumption-{row_id}", text)).id)


def _problems(arg: Argument, story: Story, bank: Bank, problems: Sequence[OpenProblem]) -> None:
    for problem in problems:
        if problem.status is ProblemStatus.ADDRESSED:
            continue
        slug = _ID_UNSAFE.sub("-", problem.key.lower()).strip("-")
        target = arg.elements.get(_bites(arg, bank, problem)) or arg[STRATEGY]
        if problem.status is ProblemStatus.ACCEPTED:
            # Context hangs only from goals and strategies; a counter-goal's problem is
            # an assumption of the rationale it threatens.
            holder = target if target.kind in ("goal", "strategy") else arg[RATIONALE]
            text = "Accepted: " + _sentences(problem.title, problem.note)
            accepted = arg.add(Element(f"A-problem-{slug}", text, problem=problem.key))
            holder.in_context_of.append(accepted.id)
            continue
        prefix = "CG" if target.kind == "counter-goal" else "G"
        note = f"Note: {problem.note}" if problem.note else None
        text = "Open problem: " + _sentences(problem.title, note)
        element = arg.add(
            Element(f"{prefix}-problem-{slug}", text, undeveloped=True, problem=problem.key)
        )
        target.supported_by.append(element.id)


def _bites(arg: Argument, bank: Bank, problem: OpenProblem) -> str:
    """The id of the element an open problem undermines."""
    asked = bank.questions_at(problem.source)
    question = asked[0] if asked else None
    if question is None:
        return STRATEGY
    path = question.field or ""
    if path.startswith("failure_modes."):
        mode = path.split(".")[1]
        for candidate in (f"CG-failure-{mode}", f"G-failure-{mode}"):
            if candidate in arg.elements:
                return candidate
        return RATIONALE
    return _BY_FIELD.get(path) or _BY_SECTION.get(question.section, STRATEGY)
