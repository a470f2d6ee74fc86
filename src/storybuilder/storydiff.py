"""What a change to a story did: answers changed, problems opened and closed, triage.

A story is reviewed in pull requests like code; a reviewer wants to see what the change
did to the argument, not a TOML diff. Answers are compared by story field and named by
the question that asks them (list items by their stable ids, so a deleted claim does not
show every later claim as changed); problems are compared by key (``OpenProblem.key``).

A problem is *opened* when it is open in the new story and was not open in the old one
(found for the first time, or its triage was withdrawn) and *closed* when it was open
and no longer is (the rule no longer fires, or the author addressed or accepted it).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storybuilder import markdown_safety
from storybuilder.bank import Bank, Question
from storybuilder.critic import all_problems
from storybuilder.errors import BankError, StoryFileError
from storybuilder.item_ids import claim_ids, problem_ids, row_ids
from storybuilder.problem import OpenProblem
from storybuilder.story import Story
from storybuilder.terminal_text import safe

SHORT = 70
"""Answers are cut to about this many characters in the text and Markdown reports."""
OTHER_SECTION = "other"
"""Where a story key no question of the bank fills is listed."""

# Not content: when the file was saved and where the interview resumes. Triage is
# compared on its own, as decisions on problems.
_SKIPPED = {"format", "triage", "interview"}
_SKIPPED_META = {"created", "updated"}
_ENTRY_LISTS = {"claims": claim_ids, "sensitivity": row_ids, "problems": problem_ids}


@dataclass(frozen=True)
class Side:
    """One story of the comparison: what to call it, the story and its bank."""

    name: str
    story: Story
    bank: Bank


@dataclass(frozen=True)
class AnswerChange:
    section: str
    """The bank section's id (``other`` for a key no question fills)."""
    section_title: str
    key: str
    """The story key (``goal.specification``, ``claims.uses-shape.test``)."""
    question: str | None
    """The id of the question that asks it, if the bank has one."""
    label: str
    """The question's prompt (and the item and entry field), or the story key."""
    old: str | None
    new: str | None


@dataclass(frozen=True)
class ProblemChange:
    key: str
    title: str
    why: str
    """opened: 'new' or 'reopened'; closed: 'gone', 'addressed' or 'accepted'."""


@dataclass(frozen=True)
class TriageChange:
    key: str
    title: str | None
    """The problem's title, when either story still has the problem."""
    old_status: str | None
    new_status: str | None
    old_note: str | None
    new_note: str | None


@dataclass(frozen=True)
class StoryDiff:
    old: str
    new: str
    changed: list[AnswerChange]
    opened: list[ProblemChange]
    closed: list[ProblemChange]
    triage: list[TriageChange]

    @property
    def empty(self) -> bool:
        return not (self.changed or self.opened or self.closed or self.triage)

    def as_json(self) -> dict[str, Any]:
        return {
            "old": self.old,
            "new": self.new,
            "opened": [_problem_json(p) for p in self.opened],
            "closed": [_problem_json(p) for p in self.closed],
            "changed": [
                {
                    "section": c.section,
                    "key": c.key,
                    "question": c.question,
                    "label": c.label,
                    "old": c.old,
                    "new": c.new,
                }
                for c in self.changed
            ],
            "triage": [
                {
                    "key": t.key,
                    "title": t.title,
                    "old": _decision(t.old_status, t.old_note),
                    "new": _decision(t.new_status, t.new_note),
                }
                for t in self.triage
            ],
        }


def _problem_json(problem: ProblemChange) -> dict[str, str]:
    return {"key": problem.key, "title": problem.title, "why": problem.why}


def _decision(status: str | None, note: str | None) -> dict[str, str | None] | None:
    return None if status is None else {"status": status, "note": note}


# --- opening the two sides --------------------------------------------------------------


def open_side(path: Path, bank_path: Path | None) -> Side:
    from storybuilder.session import open_story

    opened = open_story(path, bank_path)
    return Side(str(path), opened.story, opened.bank)


def open_revision(rev: str, path: Path, bank_path: Path | None) -> Side:
    """The story ``path`` as it was at git revision ``rev``; raises GitError,
    StoryFileError or BankError, naming the file as ``REV:PATH``."""
    from storybuilder import gitrev
    from storybuilder.session import open_story

    data = gitrev.show(rev, path)
    name = f"{rev}:{path}"
    # Opened from a file exactly as a story in the work tree is, so that it is read
    # (and upgraded) the same way; errors name the revision, not the temporary copy.
    with tempfile.TemporaryDirectory(prefix="storybuilder-diff-") as folder:
        copy = Path(folder) / (path.name or "story.toml")
        copy.write_bytes(data)
        try:
            opened = open_story(copy, bank_path)
        except StoryFileError as err:
            raise StoryFileError(name, err.problems) from None
        except BankError as err:
            source = name if err.source == str(copy) else err.source
            raise BankError(source, err.problems) from None
    return Side(name, opened.story, opened.bank)


# --- comparing ----------------------------------------------------------------------------


def diff(old: Side, new: Side) -> StoryDiff:
    opened, closed = _problem_changes(old, new)
    return StoryDiff(
        old=old.name,
        new=new.name,
        changed=_answer_changes(old, new),
        opened=opened,
        closed=closed,
        triage=_triage_changes(old, new),
    )


def _answer_changes(old: Side, new: Side) -> list[AnswerChange]:
    before = _leaves(old.story)
    after = _leaves(new.story)
    keys = list(after) + [k for k in before if k not in after]
    changes = [
        _answer_change(new.bank, key, before.get(key), after.get(key))
        for key in keys
        if before.get(key) != after.get(key)
    ]
    # In the bank's order of sections and questions; keys no question fills come last.
    order = {s.id: i for i, s in enumerate(new.bank.sections)}
    rank = new.bank.question_index
    place = {key: i for i, key in enumerate(keys)}
    return sorted(
        changes,
        key=lambda c: (
            order.get(c.section, len(order)),
            rank.get(c.question or "", len(rank)),
            place[c.key],
        ),
    )


def _leaves(story: Story) -> dict[str, Any]:
    """Every answer in the story by its key; list items keyed by their stable ids."""
    data = story.model_dump(mode="json", exclude_none=True)
    leaves: dict[str, Any] = {}
    for top, value in data.items():
        if top in _SKIPPED:
            continue
        if top in _ENTRY_LISTS:
            ids = _ENTRY_LISTS[top](story)
            for item_id, item in zip(ids, value, strict=True):
                for name, part in item.items():
                    if name != "id":
                        leaves[f"{top}.{item_id}.{name}"] = part
            continue
        _flatten(top, value, leaves)
    for name in _SKIPPED_META:
        leaves.pop(f"meta.{name}", None)
    return leaves


def _flatten(prefix: str, value: Any, out: dict[str, Any]) -> None:
    if isinstance(value, dict):
        for key, part in value.items():
            _flatten(f"{prefix}.{key}", part, out)
    elif value not in ([], ""):
        out[prefix] = value


def _answer_change(bank: Bank, key: str, old: Any, new: Any) -> AnswerChange:
    question, label = _asked_by(bank, key)
    section = bank.section_by_id.get(question.section) if question else None
    return AnswerChange(
        section=section.id if section else OTHER_SECTION,
        section_title=section.title if section else "Not asked by the question bank",
        key=key,
        question=question.id if question else None,
        label=label,
        old=_shown(bank, question, old),
        new=_shown(bank, question, new),
    )


def _asked_by(bank: Bank, key: str) -> tuple[Question | None, str]:
    """The question that fills a story key, and what to call the key."""
    question = bank.by_field.get(key)
    if question is not None:
        return question, question.prompt
    top, _, rest = key.partition(".")
    if top in _ENTRY_LISTS:
        item, _, field = rest.rpartition(".")
        question = bank.by_field.get(top)
        if question is not None:
            names = {f.id: f.label for f in question.entry_fields}
            return question, f"{item}: {names.get(field, field)}"
    return None, key


def _shown(bank: Bank, question: Question | None, value: Any) -> str | None:
    if value is None:
        return None
    labels = {o.id: o.label for o in bank.options(question)} if question else {}
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(labels.get(str(v), str(v)) for v in value)
    return labels.get(str(value), str(value))


def _problem_changes(old: Side, new: Side) -> tuple[list[ProblemChange], list[ProblemChange]]:
    before = {p.key: p for p in all_problems(old.story, old.bank)}
    after = {p.key: p for p in all_problems(new.story, new.bank)}
    opened = [
        ProblemChange(key, p.title, "reopened" if key in before else "new")
        for key, p in after.items()
        if p.is_open and not (key in before and before[key].is_open)
    ]
    closed = [
        ProblemChange(key, p.title, _why_closed(after.get(key)))
        for key, p in before.items()
        if p.is_open and not (key in after and after[key].is_open)
    ]
    return opened, closed


def _why_closed(now: OpenProblem | None) -> str:
    return "gone" if now is None else now.status.value


def _triage_changes(old: Side, new: Side) -> list[TriageChange]:
    titles: dict[str, str] = {}
    for side in (old, new):
        for p in all_problems(side.story, side.bank):
            titles.update({key: p.title for key in (p.key, *p.covers)})
    before, after = old.story.triage, new.story.triage
    changes = []
    for key in list(after) + [k for k in before if k not in after]:
        was, now = before.get(key), after.get(key)
        if was == now:
            continue
        changes.append(
            TriageChange(
                key=key,
                title=titles.get(key),
                old_status=was.status.value if was else None,
                new_status=now.status.value if now else None,
                old_note=was.note if was else None,
                new_note=now.note if now else None,
            )
        )
    return changes


# --- reports ------------------------------------------------------------------------------


def short(text: str | None, limit: int = SHORT) -> str:
    """One line of at most ``limit`` characters ('(none)' for no answer)."""
    if text is None:
        return "(none)"
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def summary(result: StoryDiff) -> str:
    return (
        f"{len(result.opened)} problem(s) opened, {len(result.closed)} closed, "
        f"{len(result.changed)} answer(s) changed, {len(result.triage)} triage decision(s) changed"
    )


def format_text(result: StoryDiff) -> str:
    """The report for a terminal: every line passed through terminal_text.safe."""
    lines = [f"{result.old} -> {result.new}: {summary(result)}"]
    if result.changed:
        lines += ["", "Answers changed:"]
        section = None
        for change in result.changed:
            if change.section_title != section:
                section = change.section_title
                lines.append(f"  {section}")
            lines.append(f"    {short(change.label)}")
            lines.append(f"      {short(change.old)} -> {short(change.new)}")
    for title, problems, mark in (
        ("Problems opened", result.opened, "+"),
        ("Problems closed", result.closed, "-"),
    ):
        if problems:
            lines += ["", f"{title}:"]
            lines.extend(f"  {mark} {p.key} ({p.why}): {short(p.title)}" for p in problems)
    if result.triage:
        lines += ["", "Triage changed:"]
        for t in result.triage:
            lines.append(f"  {t.key}: {t.old_status or '(none)'} -> {t.new_status or '(none)'}")
            if t.old_note != t.new_note:
                lines.append(f"    note: {short(t.old_note)} -> {short(t.new_note)}")
    return "\n".join(safe(line, multiline=False) for line in lines) + "\n"


def format_markdown(result: StoryDiff) -> str:
    """The report as Markdown, for a pull-request comment or a CI job summary."""
    cell = markdown_safety.cell
    out = [
        f"### Training story: {markdown_safety.inline(result.new)}",
        "",
        f"Compared with {markdown_safety.inline(result.old)}: {summary(result)}.",
    ]
    for title, problems in (
        ("Problems opened", result.opened),
        ("Problems closed", result.closed),
    ):
        if problems:
            out += ["", f"#### {title}", "", "| problem | key | why |", "|---|---|---|"]
            out += [f"| {cell(p.title)} | `{p.key}` | {p.why} |" for p in problems]
    if result.changed:
        out += ["", "#### Answers changed", "", "| section | question | was | now |"]
        out.append("|---|---|---|---|")
        out += [
            f"| {cell(c.section_title)} | {cell(short(c.label))} | "
            f"{cell(short(c.old))} | {cell(short(c.new))} |"
            for c in result.changed
        ]
    if result.triage:
        out += ["", "#### Triage changed", "", "| problem | was | now | note |"]
        out.append("|---|---|---|---|")
        out += [
            f"| {cell(t.title or t.key)} (`{t.key}`) | {t.old_status or '(none)'} | "
            f"{t.new_status or '(none)'} | {cell(short(t.new_note) if t.new_note else '')} |"
            for t in result.triage
        ]
    return "\n".join(out) + "\n"
