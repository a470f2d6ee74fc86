"""``storybuilder compare``: several training stories side by side, in one Markdown document.

A safety team reviewing many proposals wants the same few facts about each in one place:
what kind of model it aims for and how it argues it gets there, how it fares on the four
evaluation criteria, how much is still open, and which failure modes each proposal has
thought about at all. The coverage matrix at the end makes the gaps visible: a failure
mode nobody considered is a different finding from one judged not to apply.

One unreadable story must not hide the others, so stories that fail to load are
reported by name (in the document and to the caller) and the rest are still compared.
This module is headless: it never imports Textual.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storybuilder import markdown_safety, storefile, template_sandbox
from storybuilder.bank import Bank, BankError
from storybuilder.critic import OpenProblem, all_problems, applies
from storybuilder.render import environment, problem_data
from storybuilder.session import resolve_bank
from storybuilder.story import Story
from storybuilder.upgrade import upgrade

TEMPLATE = "compare.md.j2"
NOT_CONSIDERED = "not considered"
NOT_JUDGED = "not judged"
NOT_IN_BANK = "not in its bank"


@dataclass(frozen=True)
class Compared:
    """One story that loaded, with the bank its ids are read against."""

    label: str
    """How the user named the file (a path as given, or folder/name)."""
    story: Story
    bank: Bank


@dataclass(frozen=True)
class Column:
    """An evaluation criterion or a failure mode: an id and the words for it."""

    id: str
    name: str


@dataclass(frozen=True)
class StoryRow:
    """What the comparison shows about one story."""

    number: int
    label: str
    file_code: str
    """The file name as a Markdown code span (safe whatever characters it has)."""
    title: str
    goal_classes: list[str]
    rationale_classes: list[str]
    advanced: bool
    verdicts: list[str]
    """One per criterion column; blank when the story is not an advanced proposal."""
    applicable: bool
    """False when the project has no training step: nothing is checked."""
    open_problems: list[OpenProblem]
    total_problems: int
    coverage: list[str]
    """One per failure-mode column: applies / does not apply / unsure / not considered."""

    @property
    def open_count(self) -> int:
        return len(self.open_problems)

    @property
    def closed_count(self) -> int:
        return self.total_problems - self.open_count

    @property
    def open_cell(self) -> str:
        """The table's count: open / total, or n/a when nothing is checked."""
        return f"{self.open_count} / {self.total_problems}" if self.applicable else "n/a"

    @property
    def summary(self) -> str:
        """One sentence under the story's heading."""
        if not self.applicable:
            return (
                "no training step, so the training-story framework does not apply and "
                "no problems are checked."
            )
        if not self.open_problems:
            return f"no open problems ({self.closed_count} addressed or accepted)."
        return f"{self.open_count} open, {self.closed_count} addressed or accepted."


@dataclass(frozen=True)
class Failure:
    """A file that could not be compared, and why."""

    label: str
    file_code: str
    reason: str

    def message(self) -> str:
        return f"{self.label}: not compared: {self.reason}"


@dataclass(frozen=True)
class CoverageLine:
    """One row of the coverage matrix: a failure mode and each story's judgment of it."""

    mode: Column
    cells: list[str]


@dataclass
class CompareView:
    """Everything the comparison template needs."""

    rows: list[StoryRow]
    criteria: list[Column]
    failure_modes: list[Column]
    failures: list[Failure] = field(default_factory=list)

    @property
    def coverage(self) -> list[CoverageLine]:
        """The coverage matrix, failure modes by stories."""
        return [
            CoverageLine(mode, [row.coverage[i] for row in self.rows])
            for i, mode in enumerate(self.failure_modes)
        ]

    def template_data(self) -> dict[str, Any]:
        """The view as plain data, which is all a template is given."""
        return {
            "rows": [_row_data(row) for row in self.rows],
            "criteria": [dataclasses.asdict(c) for c in self.criteria],
            "failure_modes": [dataclasses.asdict(c) for c in self.failure_modes],
            "failures": [dataclasses.asdict(f) for f in self.failures],
            "coverage": [
                {"mode": dataclasses.asdict(line.mode), "cells": list(line.cells)}
                for line in self.coverage
            ],
        }


def _row_data(row: StoryRow) -> dict[str, Any]:
    data = {f.name: getattr(row, f.name) for f in dataclasses.fields(row)}
    data["open_problems"] = [problem_data(p) for p in row.open_problems]
    for name in ("open_count", "closed_count", "open_cell", "summary"):
        data[name] = getattr(row, name)
    return data


def compare_paths(paths: Sequence[Path], bank_path: Path | None = None) -> tuple[str, list[str]]:
    """The comparison document for story files and folders, and a message per failure.

    A folder stands for every story file (``*.toml``) directly in it, by name; a
    question bank kept next to the stories (a TOML file with a ``[bank]`` table and no
    ``format``) is not a story and is passed over. A file named twice is compared once.
    Each file is read and parsed once.
    """
    compared: list[Compared] = []
    failures: list[Failure] = []
    seen: set[Path] = set()

    def take(path: Path, in_folder: bool) -> bool:
        """Compare one file (or report why not); False for a bank found in a folder."""
        key = path.resolve()
        if key in seen:
            return True
        try:
            opened = _open(path, bank_path, banks_are_skipped=in_folder)
        except storefile.StoryFileError as err:
            failures.append(Failure(str(path), code_span(str(path)), _story_reason(err)))
        except BankError as err:
            failures.append(Failure(str(path), code_span(str(path)), _bank_reason(err)))
        else:
            if opened is None:
                return False
            compared.append(opened)
        seen.add(key)
        return True

    for path in paths:
        if not path.is_dir():
            take(path, in_folder=False)  # a missing file is reported when it is opened
            continue
        files = [
            p
            for p in sorted(path.glob("*.toml"), key=lambda p: p.name)
            if p.is_file() and not p.name.startswith(".")
        ]
        stories = [take(p, in_folder=True) for p in files]
        if not any(stories):
            failures.append(
                Failure(str(path), code_span(str(path)), "the folder holds no story files (*.toml)")
            )
    text = render_comparison(comparison_view(compared, failures))
    return text, [f.message() for f in failures]


def _open(path: Path, bank_path: Path | None, *, banks_are_skipped: bool) -> Compared | None:
    """The story in a file with its bank; None for a question bank when those are skipped.

    Raises StoryFileError or BankError.
    """
    source = str(path)
    raw = storefile.toml_data(storefile.read_bytes(path), source=source)
    if banks_are_skipped and _is_bank(raw):
        return None
    story = storefile.from_toml_data(raw, source=source)
    bank = resolve_bank(story.interview.bank, bank_path, path)
    storefile.check_ids(story, bank.vocabulary(), source)
    return Compared(source, upgrade(story, bank, raw["format"]).story, bank)


def _is_bank(raw: dict[str, Any]) -> bool:
    """A question bank (``[bank]`` and no ``format``), which stories may keep beside them."""
    return "format" not in raw and isinstance(raw.get("bank"), dict)


def _story_reason(err: storefile.StoryFileError) -> str:
    parts = [f"{where}: {what}" if where else what for where, what in err.problems]
    return "; ".join(parts) or "cannot be read"


def _bank_reason(err: BankError) -> str:
    first = err.problems[0] if err.problems else "its question bank cannot be used"
    more = f" (and {len(err.problems) - 1} more bank problems)" if len(err.problems) > 1 else ""
    return f"question bank {err.source}: {first}{more}"


def comparison_view(compared: Sequence[Compared], failures: Sequence[Failure] = ()) -> CompareView:
    """The rows, columns and coverage matrix of a comparison, in words rather than ids.

    Columns are the union of the stories' banks, in bank order (normally all stories use
    the core bank and the columns are exactly its criteria and failure modes).
    """
    criteria = _columns(compared, "criteria")
    failure_modes = _columns(compared, "failure_modes")
    rows = [_row(number, item, criteria, failure_modes) for number, item in enumerate(compared, 1)]
    return CompareView(rows, criteria, failure_modes, list(failures))


def _columns(compared: Sequence[Compared], table: str) -> list[Column]:
    columns: dict[str, str] = {}
    for item in compared:
        for term in getattr(item.bank.data, table):
            columns.setdefault(term.id, term.name)
    return [Column(term_id, name) for term_id, name in columns.items()]


def _row(
    number: int, item: Compared, criteria: list[Column], failure_modes: list[Column]
) -> StoryRow:
    story, bank = item.story, item.bank
    advanced = story.meta.advanced is True
    verdicts = []
    for column in criteria:
        entry = story.evaluation.get(column.id)
        if not advanced:
            verdicts.append("")
        elif column.id not in bank.terms["criteria"]:
            verdicts.append(NOT_IN_BANK)
        elif entry is None or entry.verdict is None:
            verdicts.append(NOT_JUDGED)
        else:
            verdicts.append(entry.verdict.value)
    coverage = []
    for column in failure_modes:
        mode = story.failure_modes.get(column.id)
        if column.id not in bank.terms["failure_modes"]:
            coverage.append(NOT_IN_BANK)
        elif mode is None or mode.relevance is None:
            coverage.append(NOT_CONSIDERED)
        else:
            coverage.append(mode.relevance.value.replace("-", " "))
    problems = all_problems(story, bank)
    return StoryRow(
        number=number,
        label=item.label,
        file_code=code_span(item.label),
        title=story.meta.title or "Untitled training story",
        goal_classes=[bank.term_name("goal_classes", c) for c in story.goal.classes],
        rationale_classes=[bank.term_name("rationale_classes", c) for c in story.rationale.classes],
        advanced=advanced,
        verdicts=verdicts,
        applicable=applies(story),
        open_problems=[p for p in problems if p.is_open],
        total_problems=len(problems),
        coverage=coverage,
    )


def render_comparison(view: CompareView) -> str:
    """The comparison as Markdown, through the shipped template in the sandbox."""
    text = template_sandbox.render(
        environment().get_template(TEMPLATE), {"doc": view.template_data()}
    )
    return text.rstrip("\n") + "\n"


def code_span(text: str) -> str:
    """``text`` as an inline code span, whatever backticks or newlines it holds."""
    flat = " ".join(markdown_safety.clean(text).split())
    longest = max((len(run) for run in re.findall(r"`+", flat)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{pad}{flat}{pad}{fence}"
