"""Bring a story up to date with the file format and its bank's version.

Every command opens a story through here (see :mod:`storybuilder.session`), so a story
written by an older storybuilder, or with an older version of its bank, works without
the author doing anything: nothing is written until the story is saved (the wizard) or
migrated (``storybuilder migrate``). What upgrading changed is listed, one line per
change, for ``migrate`` to print, ``check`` to note and the wizard to show.

No answer is ever dropped: an answer to a question the bank no longer has is kept,
value untouched, under ``[retired]``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from storybuilder.bank import Bank, Migration
from storybuilder.interview import Interview
from storybuilder.item_ids import with_item_ids
from storybuilder.story import FORMAT_VERSION, Answer, RetiredAnswer, Story, Triage


class Upgrade(NamedTuple):
    story: Story
    """The story in the current format, for the bank's current version."""
    changes: tuple[str, ...] = ()
    """What upgrading changed, one line each (empty: the story was up to date)."""
    new_questions: tuple[str, ...] = ()
    """The questions the bank's steps added (or split out) that the story leaves
    unanswered, in bank order: the wizard asks these first (empty: none is asked)."""
    left_at: str | None = None
    """Where the author had left off (``interview.at`` after the steps, before it was
    moved to the first new question): the wizard goes on there after the new ones."""

    @property
    def changed(self) -> bool:
        return bool(self.changes)


def upgrade(story: Story, bank: Bank, file_format: int = FORMAT_VERSION) -> Upgrade:
    """The story upgraded from ``file_format`` and its recorded bank version to today's."""
    changes: list[str] = []
    if file_format < FORMAT_VERSION:
        changes.append(f"format {file_format} -> {FORMAT_VERSION}")
    story, new_questions = _bank_steps(story, bank, changes)
    story = _retire_unknown(story, bank, changes)
    story = _with_item_ids(story, changes)
    if file_format < 2:
        story = _triage_per_problem(story, bank, changes)
    waiting: tuple[str, ...] = ()
    left_at = story.interview.at
    if new_questions:
        story, waiting = _resume_at_new(story, bank, new_questions, changes)
    if story.interview.bank_version is None:
        changes.append(f"bank {bank.id} version {bank.version} recorded")
        story = _with_interview(story, bank_version=bank.version)
    return Upgrade(story, tuple(changes), waiting, left_at if waiting else None)


def _with_interview(story: Story, **changes: Any) -> Story:
    return story.model_copy(update={"interview": story.interview.model_copy(update=changes)})


# -- bank versions ---------------------------------------------------------------------


def _bank_steps(story: Story, bank: Bank, changes: list[str]) -> tuple[Story, list[str]]:
    """Apply the bank's migrations from the story's version; returns the questions the
    steps brought in (to resume at)."""
    written = story.interview.bank_version or 1
    if written > bank.version:
        changes.append(
            f"written with {bank.id} version {written}, newer than this bank ({bank.version}); "
            "answers it does not know are kept as retired answers"
        )
        return story, []
    if written == bank.version:
        return story, []
    new_questions: list[str] = []
    steps = [step for step in bank.migrations if written < step.to]
    for n, step in enumerate(steps):
        # An id a later step takes away (renames, splits, removes) is where an answer
        # waits for that step: the bank at hand no longer has it as a question.
        passing = set().union(*(later.ids_out() for later in steps[n + 1 :]))
        story = _apply(story, bank, step, changes, new_questions, passing)
    changes.append(f"bank {bank.id} version {written} -> {bank.version}")
    return _with_interview(story, bank_version=bank.version), new_questions


def _apply(
    story: Story,
    bank: Bank,
    step: Migration,
    changes: list[str],
    new_questions: list[str],
    passing: set[str],
) -> Story:
    """One version step; ``passing``: the ids later steps take away (an answer moved to
    one of them goes on with those steps)."""
    since = f"{bank.id} {step.to}"
    answers = dict(story.answers)
    retired = dict(story.retired)
    renames: dict[str, str] = {}

    def takes(qid: str) -> bool:
        return (_stores_answer(bank, qid) or qid in passing) and qid not in answers

    # Questions an earlier step brought in follow this step's renames and splits.
    new_questions[:] = [
        q
        for old in new_questions
        for q in ([step.renamed[old]] if old in step.renamed else step.split.get(old, (old,)))
    ]
    for old, new in step.renamed.items():
        renames[old] = new
        if old not in answers:
            continue
        value = answers.pop(old)
        if takes(new):
            answers[new] = value
            changes.append(f"answers.{old} -> answers.{new} (renamed in {since})")
        else:
            kept = _retire(retired, old, value, since)
            changes.append(
                f"answers.{old} kept as a retired answer{_beside(old, kept)} ({new} cannot take it)"
            )
    for old, targets in step.split.items():
        new_questions.extend(targets)
        if old not in answers:
            continue
        value = answers.pop(old)
        taken = [t for t in targets if takes(t)]
        for target in taken:
            answers[target] = value
        if taken:
            joined = ", ".join(f"answers.{t}" for t in taken)
            changes.append(f"answers.{old} -> {joined} (split in {since}; review them)")
        else:
            kept = _retire(retired, old, value, since)
            changes.append(
                f"answers.{old} kept as a retired answer{_beside(old, kept)} (split in {since})"
            )
    for old in step.removed:
        if old in answers:
            kept = _retire(retired, old, answers.pop(old), since)
            changes.append(
                f"answers.{old} kept as a retired answer{_beside(old, kept)} (removed in {since})"
            )
    for qid, section in step.moved.items():
        changes.append(f"question {qid} moved to section {section} in {since}")
    new_questions.extend(step.added)
    story = story.model_copy(
        update={"answers": answers, "retired": retired, "triage": _renamed_triage(story, renames)}
    )
    gone = step.ids_out()
    at = story.interview.at
    skipped = [renames.get(q, q) for q in story.interview.skipped]
    return _with_interview(
        story,
        at=renames.get(at, at) if at is not None and (at in renames or at not in gone) else None,
        skipped=[q for q in skipped if q not in gone],
    )


def _stores_answer(bank: Bank, question_id: str) -> bool:
    """Whether the question keeps its answer under ``[answers]`` by its id."""
    question = bank.by_id.get(question_id)
    return question is not None and question.field == f"answers.{question_id}"


def _renamed_triage(story: Story, renames: Mapping[str, str]) -> dict[str, Triage]:
    """Triage keys about a question (``unsure-answer:old-id``) follow its new id."""
    triage: dict[str, Triage] = {}
    for key, decision in story.triage.items():
        rule, sep, item = key.partition(":")
        triage[f"{rule}:{renames[item]}" if sep and item in renames else key] = decision
    return triage


def _resume_at_new(
    story: Story, bank: Bank, new_questions: list[str], changes: list[str]
) -> tuple[Story, tuple[str, ...]]:
    """Resume at the first question the bank added that is asked and not yet answered;
    the change names every such question. Returns the story and the new questions left
    unanswered, asked or not yet (an answer to one may bring in another), for the
    wizard's new-questions pass; none when none is asked now."""
    interview = Interview(story, bank)
    wanted = set(new_questions)
    unanswered = [
        q
        for q in bank.questions
        if q.id in wanted and q.answerable and not interview.is_answered(q)
    ]
    to_answer = [q.id for q in unanswered if interview.is_reachable(q)]
    if not to_answer:
        return story, ()
    changes.append(
        f"new question{'s' if len(to_answer) > 1 else ''} to answer: {', '.join(to_answer)}"
    )
    return _with_interview(story, at=to_answer[0]), tuple(q.id for q in unanswered)


# -- retired answers -------------------------------------------------------------------


def _retire_unknown(story: Story, bank: Bank, changes: list[str]) -> Story:
    """Answers to questions the bank does not define become retired answers; a resume
    point or a skip on such a question is forgotten."""
    unknown = [qid for qid in story.answers if qid not in bank.by_id]
    at = story.interview.at
    skipped = [q for q in story.interview.skipped if q in bank.by_id]
    if not unknown and (at is None or at in bank.by_id) and skipped == story.interview.skipped:
        return story
    answers = dict(story.answers)
    retired = dict(story.retired)
    for qid in unknown:
        value: Answer = answers.pop(qid)
        kept = _retire(retired, qid, value, f"{bank.id} {bank.version}")
        changes.append(
            f"answers.{qid} kept as a retired answer{_beside(qid, kept)} ({bank.id} has no such question)"
        )
    story = story.model_copy(update={"answers": answers, "retired": retired})
    if at is not None and at not in bank.by_id:
        changes.append(f"interview.at: {at} is not a question of {bank.id}; resume point cleared")
        at = None
    if forgotten := [q for q in story.interview.skipped if q not in bank.by_id]:
        changes.append(
            f"interview.skipped: {', '.join(forgotten)} not a question of {bank.id}; forgotten"
        )
    return _with_interview(story, at=at, skipped=skipped)


def _retire(retired: dict[str, RetiredAnswer], qid: str, value: Answer, since: str) -> str:
    """Keep ``value`` as a retired answer to ``qid``; returns the key it is kept under.

    A different answer already kept for the same question is never replaced: this one is
    kept beside it as ``qid-2`` (``-3``, ...). The same answer is kept once.
    """
    key, n = qid, 2
    while key in retired:
        if retired[key].value == value:
            return key
        key, n = f"{qid}-{n}", n + 1
    retired[key] = RetiredAnswer(value=value, since=since)
    return key


def _beside(qid: str, key: str) -> str:
    """How a change names where a retired answer went, when not under its own id."""
    return "" if key == qid else f" under retired.{key}, beside another under retired.{qid}"


# -- item ids --------------------------------------------------------------------------


def _with_item_ids(story: Story, changes: list[str]) -> Story:
    given = with_item_ids(story)
    for name in ("claims", "sensitivity", "problems"):
        before, after = getattr(story, name), getattr(given, name)
        added = [new.id for old, new in zip(before, after, strict=True) if old.id is None]
        if added:
            changes.append(f"{name}: ids given ({', '.join(i or '' for i in added)})")
    return given


# -- triage ----------------------------------------------------------------------------


def _triage_per_problem(story: Story, bank: Bank, changes: list[str]) -> Story:
    """Format 1 triaged by rule id: a decision under a rule that reports each item now
    goes to each of the rule's problems it covered, so new ones are not silently covered."""
    item_rules = {r.id for r in bank.rules if r.check is not None}
    bare = [k for k in story.triage if ":" not in k and k in item_rules]
    if not bare:
        return story
    from storybuilder.critic import detect  # only format-1 stories with such triage

    found = detect(story, bank)
    triage = dict(story.triage)
    for key in bare:
        items = [
            k
            for p in found
            if p.rule == key
            for k in (p.covers or ((p.key,) if p.item is not None else ()))
        ]
        if not items:
            continue  # nothing of it fires now: reported as stale, not guessed at
        decision = triage.pop(key)
        for item_key in items:
            triage.setdefault(item_key, decision)
        changes.append(f"triage.{key} -> " + ", ".join(f"triage.{k}" for k in items))
    return story.model_copy(update={"triage": triage})
