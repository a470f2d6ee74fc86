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
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from storybuilder import markdown_safety, storefile, template_sandbox
from storybuilder.bank import Bank, BankError
from storybuilder.critic import all_problems, applies
from storybuilder.problem import OpenProblem
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


def compare_paths(
    paths: Sequence[Path], bank_path: Path | None = None, *, workers: int | None = None
) -> tuple[str, list[str]]:
    """The comparison document for story files and folders, and a message per failure.

    A folder stands for every story file (``*.toml``) directly in it, by name; a
    question bank kept next to the stories (a TOML file with a ``[bank]`` table and no
    ``format``) is not a story and is passed over. A file named twice is compared once.
    Each file is read and parsed once.

    The files are read, upgraded and criticised in ``workers`` processes (None: one per
    core, see :func:`worker_count`); the document is the same whatever their number.
    """
    # The files in the order they are taken, each with whether it was found in a folder
    # (a bank there is passed over), and for each folder the files it listed.
    plan: list[_Take | _FolderEnd] = []
    jobs: dict[tuple[Path, bool], int] = {}
    named: set[Path] = set()  # files named outside a folder: compared (or failed) once

    def want(path: Path, in_folder: bool) -> int:
        key = path.resolve()
        plan.append(_Take(path, in_folder, key))
        if key not in named and (path, in_folder) not in jobs:
            jobs[(path, in_folder)] = len(jobs)
        if not in_folder:
            named.add(key)
        return len(plan) - 1

    for path in paths:
        if not path.is_dir():
            want(path, in_folder=False)  # a missing file is reported when it is opened
            continue
        files = [
            p
            for p in sorted(path.glob("*.toml"), key=lambda p: p.name)
            if p.is_file() and not p.name.startswith(".")
        ]
        plan.append(_FolderEnd(path, [want(p, in_folder=True) for p in files]))
    results = study_all(list(jobs), bank_path, workers)

    studied: list[Studied] = []
    failures: list[Failure] = []
    seen: set[Path] = set()
    taken: dict[int, bool] = {}
    for index, step in enumerate(plan):
        if isinstance(step, _FolderEnd):
            if not any(taken[i] for i in step.listed):
                folder = str(step.folder)
                failures.append(
                    Failure(folder, code_span(folder), "the folder holds no story files (*.toml)")
                )
            continue
        path, in_folder, key = step
        taken[index] = True
        if key in seen:
            continue
        result = results[jobs[(path, in_folder)]]
        if result is None:
            taken[index] = False  # a bank beside the stories
            continue
        if isinstance(result, Failure):
            failures.append(result)
        else:
            studied.append(result)
        seen.add(key)
    text = render_comparison(_view(studied, failures))
    return text, [f.message() for f in failures]


class _Take(NamedTuple):
    """A file to compare, in the order files are taken."""

    path: Path
    in_folder: bool
    key: Path
    """The file resolved: a file named twice is compared once."""


class _FolderEnd(NamedTuple):
    """After a folder's files: the indices (in the plan) of the files it listed."""

    folder: Path
    listed: list[int]


WORKERS_VARIABLE = "STORYBUILDER_COMPARE_WORKERS"
"""Sets the number of processes ``compare`` uses (tests and the benchmark's check force
one: the document must be the same)."""
_FEW = 16
"""Fewer files than this are read in one process: starting others costs more."""
_MOST_WORKERS = 64


def worker_count(files: int) -> int:
    """How many processes compare so many files: one per core the process may use, one
    for a few files or where processes cannot be forked (the workers inherit what this
    process loaded: the bank, the critic's tables)."""
    forced = os.environ.get(WORKERS_VARIABLE, "")
    if forced.strip().isdigit():
        # Never more processes than files, nor than a machine could use.
        return max(1, min(int(forced), files, _MOST_WORKERS))
    if files < _FEW:
        return 1
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        cores = os.cpu_count() or 1
    return max(1, min(cores, files // (_FEW // 2)))


def study_all(
    jobs: Sequence[tuple[Path, bool]], bank_path: Path | None, workers: int | None = None
) -> list[Studied | Failure | None]:
    """:func:`study` of each (file, found in a folder), in order, in worker processes."""
    count = worker_count(len(jobs)) if workers is None else max(1, workers)
    if count <= 1 or len(jobs) < 2:
        return [study(path, bank_path, in_folder) for path, in_folder in jobs]
    import multiprocessing
    from functools import partial

    # The first file in this process: the workers, forked after it, inherit its bank and
    # whatever the critic built for it instead of each building them again.
    first = study(jobs[0][0], bank_path, jobs[0][1])
    rest = list(jobs[1:])
    size = max(1, -(-len(rest) // (count * 4)))  # a few chunks per worker, for balance
    chunks = [rest[n : n + size] for n in range(0, len(rest), size)]
    # Leaving the pool ends its workers: at once on Ctrl-C (which only this process
    # answers), or on an error, rather than after the files left.
    with multiprocessing.get_context("fork").Pool(count, initializer=_ignore_interrupts) as pool:
        done = pool.map(partial(_study_chunk, bank_path), chunks, chunksize=1)
    return [first, *(result for chunk in done for result in chunk)]


def _ignore_interrupts() -> None:
    """A worker leaves Ctrl-C to the process that started it, which ends the workers."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _study_chunk(
    bank_path: Path | None, chunk: Sequence[tuple[Path, bool]]
) -> list[Studied | Failure | None]:
    return [study(path, bank_path, in_folder) for path, in_folder in chunk]


def study(path: Path, bank_path: Path | None, in_folder: bool) -> Studied | Failure | None:
    """What the comparison shows of one file, or why it cannot be compared; None for a
    question bank found in a folder. Plain data: a worker process hands it back."""
    try:
        opened = _open(path, bank_path, banks_are_skipped=in_folder)
    except storefile.StoryFileError as err:
        return Failure(str(path), code_span(str(path)), _story_reason(err))
    except BankError as err:
        return Failure(str(path), code_span(str(path)), _bank_reason(err))
    return None if opened is None else _studied(opened)


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
    return _view([_studied(item) for item in compared], failures)


@dataclass(frozen=True)
class Studied:
    """What the comparison needs of one story and its bank, as plain data (a worker
    process hands it back): the row, less what depends on the other stories' banks."""

    label: str
    criteria: tuple[Column, ...]
    """The criteria of the story's bank, in bank order."""
    failure_modes: tuple[Column, ...]
    title: str
    goal_classes: list[str]
    rationale_classes: list[str]
    advanced: bool
    verdicts: dict[str, str]
    """Criterion id -> the story's verdict, for those it judged."""
    relevance: dict[str, str]
    """Failure mode id -> the story's judgment in words, for those it considered."""
    applicable: bool
    problems: list[OpenProblem]


def _studied(item: Compared) -> Studied:
    story, bank = item.story, item.bank
    return Studied(
        label=item.label,
        criteria=tuple(Column(t.id, t.name) for t in bank.data.criteria),
        failure_modes=tuple(Column(t.id, t.name) for t in bank.data.failure_modes),
        title=story.meta.title or "Untitled training story",
        goal_classes=[bank.term_name("goal_classes", c) for c in story.goal.classes],
        rationale_classes=[bank.term_name("rationale_classes", c) for c in story.rationale.classes],
        advanced=story.meta.advanced is True,
        verdicts={
            criterion: entry.verdict.value
            for criterion, entry in story.evaluation.items()
            if criterion in bank.terms["criteria"] and entry.verdict is not None
        },
        relevance={
            mode_id: mode.relevance.value.replace("-", " ")
            for mode_id, mode in story.failure_modes.items()
            if mode_id in bank.terms["failure_modes"] and mode.relevance is not None
        },
        applicable=applies(story),
        problems=all_problems(story, bank),
    )


def _view(studied: Sequence[Studied], failures: Sequence[Failure]) -> CompareView:
    criteria = _columns(item.criteria for item in studied)
    failure_modes = _columns(item.failure_modes for item in studied)
    rows = [_row(number, item, criteria, failure_modes) for number, item in enumerate(studied, 1)]
    return CompareView(rows, criteria, failure_modes, list(failures))


def _columns(tables: Iterable[Sequence[Column]]) -> list[Column]:
    columns: dict[str, str] = {}
    for table in tables:
        for column in table:
            columns.setdefault(column.id, column.name)
    return [Column(column_id, name) for column_id, name in columns.items()]


def _row(
    number: int, item: Studied, criteria: list[Column], failure_modes: list[Column]
) -> StoryRow:
    own_criteria = {column.id for column in item.criteria}
    own_modes = {column.id for column in item.failure_modes}
    verdicts = []
    for column in criteria:
        if not item.advanced:
            verdicts.append("")
        elif column.id not in own_criteria:
            verdicts.append(NOT_IN_BANK)
        else:
            verdicts.append(item.verdicts.get(column.id, NOT_JUDGED))
    coverage = [
        item.relevance.get(column.id, NOT_CONSIDERED) if column.id in own_modes else NOT_IN_BANK
        for column in failure_modes
    ]
    problems = item.problems
    return StoryRow(
        number=number,
        label=item.label,
        file_code=code_span(item.label),
        title=item.title,
        goal_classes=item.goal_classes,
        rationale_classes=item.rationale_classes,
        advanced=item.advanced,
        verdicts=verdicts,
        applicable=item.applicable,
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
