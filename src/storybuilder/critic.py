"""The critic: the open problems an expert reviewer of training stories would raise.

Rules are data in the question bank (a condition, or a named structural check from
:mod:`storybuilder.rules.checks`); this module runs them over a story, fills in their
text, and applies the author's triage from ``[triage]``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from storybuilder.bank import Bank, Question, Rule
from storybuilder.interview import Interview, SectionProgress, reachable
from storybuilder.item_ids import problem_ids
from storybuilder.problem import OpenProblem
from storybuilder.rules import reading
from storybuilder.rules.checks import CHECKS, Context, Hit
from storybuilder.rules.reading import Quote
from storybuilder.story import ProblemStatus, Story, Triage

if TYPE_CHECKING:
    from storybuilder.notes import Note


def applies(story: Story) -> bool:
    """False when the project has no training step: the framework has nothing to analyse."""
    return story.meta.training_step is not False


def detect(story: Story, bank: Bank, interview: Interview | None = None) -> list[OpenProblem]:
    """The problems the bank's rules find in the story, with the author's triage applied."""
    if not applies(story):
        return []
    # One resolver (one dump of the story) for the questions and the rules, each path
    # read once: the rules and questions read the same few paths hundreds of times.
    resolve = _remembered(bank.resolver(story))
    # Only what is asked matters here, not the pass or the place of an interview.
    asked = interview.reachable() if interview is not None else reachable(story, bank, resolve)
    context = _context(bank, asked)
    found: list[OpenProblem] = []
    prose = resolve("story.argument")  # where a story answers, not raises

    def discussed(rule: Rule) -> bool:
        return any(
            reading.find(prose, bank.concepts[c], admissions=True) for c in rule.unless_discussed
        )

    # A rule the story discusses (``unless_discussed``) raises nothing. That is asked
    # only of a rule that fires: most do not, and reading is the critic's cost. (Rules
    # and checks only read the story: what one finds never depends on another.)
    for rule in bank.rules:
        condition = bank.rule_condition(rule)
        if condition is not None:
            evidence: list[Quote] = []
            if condition.evaluate(resolve, bank.concepts, evidence) and not (
                rule.unless_discussed and discussed(rule)
            ):
                quote = evidence[0].sentence if evidence else None
                found.append(_problem(story, rule, Hit(rule.source, quote=quote)))
        elif rule.check is not None:
            hits = list(CHECKS[rule.check](story, context))
            if hits and not (rule.unless_discussed and discussed(rule)):
                found.extend(_problem(story, rule, hit) for hit in hits)
    return _capped(story, bank, _grouped(story, bank, found))


def _remembered(resolve: Callable[[str], Any]) -> Callable[[str], Any]:
    """The resolver, each path's value read once (the same value: what a path holds in
    one story never changes while the critic reads it)."""
    known: dict[str, Any] = {}

    def remembered(path: str) -> Any:
        try:
            return known[path]
        except KeyError:
            value = known[path] = resolve(path)
            return value

    return remembered


def _grouped(story: Story, bank: Bank, found: list[OpenProblem]) -> list[OpenProblem]:
    """One problem for each rule group of which two or more rules fired, in its place."""
    # A problem the author already accepted or addressed keeps its own line; the group
    # gathers the ones still open, so one decision does not silently cover another.
    group_of = {r.id: r.group for r in bank.rules if r.group}
    by_group: dict[str, list[OpenProblem]] = {}
    for problem in found:
        group = group_of.get(problem.rule or "")
        if group and problem.is_open:
            by_group.setdefault(group, []).append(problem)
    result: list[OpenProblem] = []
    emitted: set[str] = set()
    for problem in found:
        group = group_of.get(problem.rule or "")
        if not group or not problem.is_open or len(by_group[group]) < 2:
            result.append(problem)
        elif group not in emitted:
            emitted.add(group)
            result.append(_merge(story, bank, group, by_group[group]))
    return result


MOST_PROBLEMS = 15
"""The most problems the critic shows for one story: past this, the rest are one problem."""

_AUTHORS_OWN = frozenset({"skipped-question"})
"""Rules whose problems restate the author's own decisions and are not counted."""

FURTHER_QUESTIONS = "further-questions"
"""The rule group (declared by the bank) that gathers the open problems past the limit."""


def _capped(story: Story, bank: Bank, problems: list[OpenProblem]) -> list[OpenProblem]:
    """At most MOST_PROBLEMS problems: past that, open problems are gathered into the
    bank's further-questions group, those that quote nothing of the story first (they ask
    what is missing, where the others react to the author's words), then the latest.

    A reviewer who raises thirty points has raised none; one list of further questions
    keeps the first fifteen readable without dropping anything.
    """
    # The questions the author skipped are their own to-do list, one line each (the
    # checklist and `check --json` list them by question); the limit is on the critic's
    # findings.
    counted = [n for n, p in enumerate(problems) if p.rule not in _AUTHORS_OWN]
    excess = len(counted) - MOST_PROBLEMS
    if excess <= 0 or FURTHER_QUESTIONS not in bank.rule_groups:
        return problems
    candidates = [n for n in counted if problems[n].is_open and not problems[n].members]
    # The folded problems become one: fold one more than the excess.
    if len(candidates) < excess + 1:
        return problems
    by_weight = sorted(candidates, key=lambda n: (problems[n].evidence is not None, -n))
    folded = set(by_weight[: excess + 1])
    members = [p for n, p in enumerate(problems) if n in folded]
    result = [p for n, p in enumerate(problems) if n not in folded]
    result.append(_merge(story, bank, FURTHER_QUESTIONS, members))
    return result


def _merge(story: Story, bank: Bank, group_id: str, members: list[OpenProblem]) -> OpenProblem:
    group = bank.rule_groups[group_id]
    triage = story.triage.get(group_id)
    notes = [p.note for p in members if p.note]
    listed = "\n".join(f"• {p.title}: {p.detail}" for p in members)
    covers = tuple(dict.fromkeys(c for p in members for c in (p.covers or (p.key,))))
    return OpenProblem(
        rule=group_id,
        title=f"{group.title}: " + "; ".join(p.title for p in members),
        detail=f"{group.detail}\n\n{listed}",
        status=_status(story, triage, covers),
        note=triage.note if triage else (" ".join(notes) or None),
        source=members[0].source,
        evidence=next((p.evidence for p in members if p.evidence), None),
        refs=tuple(dict.fromkeys(r for p in members for r in p.refs)),
        members=tuple(p.rule for p in members if p.rule),
        covers=covers,
    )


def _status(story: Story, triage: Triage | None, covers: Sequence[str]) -> ProblemStatus:
    """A problem's status: its own decision, else for a problem that stands for several,
    decided when each of them is (addressed when each is addressed, else accepted)."""
    if triage is not None:
        return triage.status
    decided = [story.triage[key].status for key in covers if key in story.triage]
    if not covers or len(decided) < len(covers) or ProblemStatus.OPEN in decided:
        return ProblemStatus.OPEN
    if all(status is ProblemStatus.ADDRESSED for status in decided):
        return ProblemStatus.ADDRESSED
    return ProblemStatus.ACCEPTED


def _covered_note(story: Story, covers: Sequence[str]) -> str | None:
    """The notes of the decisions on the problems a problem stands for, once each."""
    notes = [story.triage[k].note for k in covers if k in story.triage]
    return " ".join(dict.fromkeys(n for n in notes if n)) or None


def authored(story: Story) -> list[OpenProblem]:
    """The open problems the author wrote by hand."""
    return [
        OpenProblem(
            None,
            p.title,
            p.detail or "",
            p.status,
            None,
            "problems",
            None,
            (f"problems[{i}]",),
            item=pid,
        )
        for i, (p, pid) in enumerate(zip(story.problems, problem_ids(story), strict=True))
    ]


def open_count(problems: Iterable[OpenProblem]) -> int:
    """How many of the problems are still open (neither addressed nor accepted)."""
    return sum(1 for p in problems if p.is_open)


def status_counts(problems: Iterable[OpenProblem]) -> dict[str, int]:
    """How many problems are open, addressed and accepted (by status value)."""
    counts = {status.value: 0 for status in ProblemStatus}
    for problem in problems:
        counts[problem.status.value] += 1
    return counts


def all_problems(story: Story, bank: Bank) -> list[OpenProblem]:
    return detect(story, bank) + authored(story)


class Report(NamedTuple):
    """What ``storybuilder check`` reports about one story."""

    file: str
    applicable: bool
    sections: list[SectionProgress]
    problems: list[OpenProblem]
    notes: list[Note]
    """What the author should know that fails nothing (see storybuilder.notes)."""
    first_pass: list[SectionProgress]
    """The first-pass questions per section (empty when the bank has no first pass)."""

    @property
    def complete(self) -> bool:
        return all(s.complete for s in self.sections)

    @property
    def open_count(self) -> int:
        return open_count(self.problems)

    @property
    def ok(self) -> bool:
        return self.complete and self.open_count == 0

    def ordered(self) -> list[OpenProblem]:
        """The problems in the order every output shows them (check, its JSON, the
        document, the wizard's lists): the bank's rules in order, then the author's own,
        whatever their triage. The review keeps a problem in its place when it is
        triaged, so the other outputs do not move it either."""
        return list(self.problems)

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "complete": self.complete,
            "applicable": self.applicable,
            "sections": {
                s.section.id: {"answered": s.answered, "total": s.total} for s in self.sections
            },
            "problems": [p.as_json() for p in self.ordered()],
            "notes": [n.as_json() for n in self.notes],
            **({"first_pass": self._first_pass_json()} if self.first_pass else {}),
        }

    @property
    def first_pass_answered(self) -> tuple[int, int]:
        """First-pass questions answered, of those asked."""
        return (
            sum(s.answered for s in self.first_pass),
            sum(s.total for s in self.first_pass),
        )

    def _first_pass_json(self) -> dict[str, Any]:
        answered, total = self.first_pass_answered
        return {
            "answered": answered,
            "total": total,
            "complete": answered == total,
            "sections": {
                s.section.id: {"answered": s.answered, "total": s.total} for s in self.first_pass
            },
        }


def report(story: Story, bank: Bank, file: str, changes: Sequence[str] = ()) -> Report:
    """What ``check`` says about a story; ``changes``: what upgrading it on opening changed."""
    from storybuilder.notes import story_notes

    interview = Interview(story, bank)
    problems = detect(story, bank, interview) + authored(story)
    applicable = applies(story)
    notes = story_notes(
        story, problems, applicable=applicable, changes=changes, options=bank.answer_choices
    )
    return Report(
        file, applicable, interview.progress(), problems, notes, interview.first_pass_progress()
    )


def _context(bank: Bank, asked: list[Question]) -> Context:
    return Context(
        term_name=bank.term_name,
        prompts={q.id: q.prompt for q in bank.questions},
        yes_no_unsure=frozenset(q.id for q in bank.questions if q.kind == "yes-no-unsure"),
        reachable=frozenset(q.id for q in asked),
        concepts=bank.concepts,
        criteria=tuple(bank.terms["criteria"]),
    )


def _problem(story: Story, rule: Rule, hit: Hit) -> OpenProblem:
    # A decision on this very problem wins; one under the bare rule id (format 1 kept
    # triage by rule) still covers every problem of the rule.
    triage = story.triage.get(f"{rule.id}:{hit.item}" if hit.item else rule.id)
    if triage is None and hit.item:
        triage = story.triage.get(rule.id)
    # A problem that stands for several items is decided item by item.
    covers = tuple(f"{rule.id}:{item}" for item in hit.items)
    return OpenProblem(
        rule=rule.id,
        title=_fill(rule.title, hit),
        detail=_fill(rule.detail, hit),
        status=_status(story, triage, covers),
        note=triage.note if triage else _covered_note(story, covers),
        source=hit.source,
        evidence=hit.quote,
        refs=hit.refs or ((hit.source,) if hit.source else ()),
        item=hit.item,
        covers=covers,
    )


def _fill(template: str, hit: Hit) -> str:
    # Plain replacement, not str.format: bank text is data and must not reach attributes.
    for key, value in hit.values.items():
        template = template.replace("{" + key + "}", value)
    return template
