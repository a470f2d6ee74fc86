"""``storybuilder compare``: the examples side by side, and what happens around broken files."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from storybuilder import cli
from storybuilder.bank import packaged_bank
from storybuilder.compare import (
    NOT_CONSIDERED,
    Compared,
    code_span,
    compare_paths,
    comparison_view,
    render_comparison,
)
from storybuilder.critic import all_problems
from storybuilder.examples import list_examples, load_example
from storybuilder.story import Relevance, Story

EXAMPLES_DIR = Path(__file__).parents[1] / "src" / "storybuilder" / "examples"
NAMES = sorted(e.name for e in list_examples())
CRITERIA = [
    "Training goal alignment",
    "Training goal competitiveness",
    "Training rationale alignment",
    "Training rationale competitiveness",
]


def _tables(markdown: str) -> list[list[list[str]]]:
    """Every table in the document as rows of cell texts (header row first)."""
    md = MarkdownIt("commonmark").enable("table")
    tokens = md.parse(markdown)
    tables: list[list[list[str]]] = []
    row: list[str] | None = None
    for i, token in enumerate(tokens):
        if token.type == "table_open":
            tables.append([])
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            tables[-1].append(row)
            row = None
        elif token.type in ("th_open", "td_open") and row is not None:
            inline: Token = tokens[i + 1]
            row.append(inline.content if inline.type == "inline" else "")
    return tables


def _headings(markdown: str) -> list[tuple[int, str]]:
    tokens = MarkdownIt("commonmark").parse(markdown)
    return [
        (int(t.tag[1]), tokens[i + 1].content)
        for i, t in enumerate(tokens)
        if t.type == "heading_open"
    ]


@pytest.fixture
def stories_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "stories"
    shutil.copytree(EXAMPLES_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    return folder


# --- the examples ---------------------------------------------------------------------------


def test_one_row_per_example_with_classes_verdicts_and_counts() -> None:
    text, failures = compare_paths([EXAMPLES_DIR])
    assert failures == []
    summary, coverage = _tables(text)
    header, *rows = summary
    assert header == ["#", "Story", "Goal classes", "Rationale classes", *CRITERIA, "Open problems"]
    assert len(rows) == len(NAMES)
    for number, (name, row) in enumerate(zip(NAMES, rows, strict=True), 1):
        story = load_example(name)
        bank = packaged_bank("core")
        assert row[0] == str(number)
        assert row[1] == story.meta.title
        assert row[2] == ", ".join(bank.term_name("goal_classes", c) for c in story.goal.classes)
        assert row[3] == ", ".join(
            bank.term_name("rationale_classes", c) for c in story.rationale.classes
        )
        verdicts = row[4:8]
        if story.meta.advanced:
            assert verdicts == [
                story.evaluation[c].verdict.value  # type: ignore[union-attr]
                for c in (
                    "goal-alignment",
                    "goal-competitiveness",
                    "rationale-alignment",
                    "rationale-competitiveness",
                )
            ]
        else:
            assert verdicts == ["", "", "", ""], "blank when not advanced"
        problems = all_problems(story, bank)
        assert row[8] == f"{sum(p.is_open for p in problems)} / {len(problems)}"


def test_a_section_per_story_lists_its_open_problems() -> None:
    text, _ = compare_paths([EXAMPLES_DIR])
    headings = _headings(text)
    titles = [load_example(name).meta.title for name in NAMES]
    assert [h for h in headings if h[0] == 3] == [
        (3, f"{n}. {title}") for n, title in enumerate(titles, 1)
    ]
    sections = text.split("\n### ")[1:]
    for name, section in zip(NAMES, sections, strict=True):
        story = load_example(name)
        problems = all_problems(story, packaged_bank("core"))
        bullets = [line for line in section.splitlines() if line.startswith("- ")]
        assert len(bullets) == sum(p.is_open for p in problems)
        for problem in problems:
            if problem.is_open:
                assert any(problem.title in b for b in bullets), problem.title
            else:
                assert not any(b.startswith(f"- {problem.title} ") for b in bullets)
        assert f"`examples/{name}.toml`" in section or f"{name}.toml" in section


def test_coverage_matrix_failure_modes_by_stories() -> None:
    text, _ = compare_paths([EXAMPLES_DIR])
    coverage = _tables(text)[1]
    header, *rows = coverage
    bank = packaged_bank("core")
    assert header[0] == "Failure mode"
    assert len(header) == 1 + len(NAMES)
    assert [r[0] for r in rows] == [t.name for t in bank.data.failure_modes]
    for column, name in enumerate(NAMES, 1):
        story = load_example(name)
        for row, term in zip(rows, bank.data.failure_modes, strict=True):
            entry = story.failure_modes.get(term.id)
            expected = (
                entry.relevance.value.replace("-", " ")
                if entry and entry.relevance
                else NOT_CONSIDERED
            )
            assert row[column] == expected


def test_coverage_shows_not_considered_and_unsure() -> None:
    bank = packaged_bank("core")
    story = load_example("cat-classifier")
    modes = dict(story.failure_modes)
    del modes["deceptive-alignment"]
    modes["mesa-optimization"] = modes["mesa-optimization"].model_copy(
        update={"relevance": Relevance.UNSURE}
    )
    changed = story.model_copy(update={"failure_modes": modes})
    text = render_comparison(comparison_view([Compared("cat.toml", changed, bank)]))
    rows = {r[0]: r[1] for r in _tables(text)[1][1:]}
    assert rows["Deceptive alignment"] == "not considered"
    assert rows["Mesa-optimization"] == "unsure"
    assert rows["Objective misgeneralization"] == "applies"
    assert rows["Outer alignment"] == "does not apply"


def test_advanced_story_without_a_verdict_says_so() -> None:
    bank = packaged_bank("core")
    story = load_example("microscope-ai")
    evaluation = dict(story.evaluation)
    del evaluation["goal-competitiveness"]
    changed = story.model_copy(update={"evaluation": evaluation})
    text = render_comparison(comparison_view([Compared("m.toml", changed, bank)]))
    row = _tables(text)[0][1]
    assert row[4:8] == ["uncertain", "not judged", "uncertain", "uncertain"]


# --- broken files among the stories -------------------------------------------------------


def test_broken_files_are_named_and_the_rest_still_compared(stories_dir: Path) -> None:
    (stories_dir / "broken.toml").write_text('format = 1\n[meta\ntitle = "x"\n', encoding="utf-8")
    (stories_dir / "unknown-id.toml").write_text(
        'format = 1\n[goal]\nclasses = ["pure-predicter"]\n', encoding="utf-8"
    )
    text, failures = compare_paths([stories_dir])
    assert len(failures) == 2
    assert any("broken.toml" in f and "line 2" in f for f in failures), failures
    assert any("unknown-id.toml" in f and "pure-predicter" in f for f in failures), failures
    rows = _tables(text)[0][1:]
    assert len(rows) == len(NAMES), "every readable story is still compared"
    not_compared = text.split("## Not compared", 1)[1]
    assert "broken.toml" in not_compared and "unknown-id.toml" in not_compared
    assert "could not be read" in text


def test_cli_compare_writes_the_document_and_exits_2_on_failures(
    stories_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (stories_dir / "broken.toml").write_text("format = 1\nmeta = [\n", encoding="utf-8")
    out = tmp_path / "comparison.md"
    code = cli.main(["compare", str(stories_dir), "-o", str(out)])
    assert code == 2
    err = capsys.readouterr().err
    assert "broken.toml" in err and "not compared" in err
    text = out.read_text(encoding="utf-8")
    assert len(_tables(text)[0]) == 1 + len(NAMES)


def test_cli_compare_clean_run_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    files = [str(EXAMPLES_DIR / f"{name}.toml") for name in NAMES]
    assert cli.main(["compare", *files]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("# Comparison of training stories")
    assert captured.err == ""


def test_missing_file_and_empty_folder_are_reported(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    text, failures = compare_paths(
        [tmp_path / "nope.toml", empty, EXAMPLES_DIR / "truthful-qa.toml"]
    )
    assert len(failures) == 2
    assert any("nope.toml" in f and "no such file" in f for f in failures)
    assert any("empty" in f and "no story files" in f for f in failures)
    assert len(_tables(text)[0]) == 2


def test_nothing_readable_still_gives_a_document(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("not toml at all [", encoding="utf-8")
    text, failures = compare_paths([bad])
    assert len(failures) == 1
    assert "nothing to compare" in text
    assert "bad.toml" in text


def test_a_file_named_twice_is_compared_once(stories_dir: Path) -> None:
    text, failures = compare_paths([stories_dir, stories_dir / "microscope-ai.toml"])
    assert failures == []
    assert len(_tables(text)[0]) == 1 + len(NAMES)


def test_a_bank_kept_beside_the_stories_is_not_a_story(stories_dir: Path) -> None:
    bank_text = (Path(__file__).parents[1] / "question_banks" / "core.toml").read_text(
        encoding="utf-8"
    )
    (stories_dir / "lab-bank.toml").write_text(bank_text, encoding="utf-8")
    (stories_dir / ".hidden.toml").write_text("format = 1\n", encoding="utf-8")
    text, failures = compare_paths([stories_dir])
    assert failures == []
    assert len(_tables(text)[0]) == 1 + len(NAMES)


# --- author text cannot break the document -------------------------------------------------


def test_hostile_titles_stay_inside_their_cells() -> None:
    bank = packaged_bank("core")
    hostile = "A | B\n# not a heading\n{{ 7*7 }} <script>x</script>"
    story = load_example("truthful-qa")
    story = story.model_copy(update={"meta": story.meta.model_copy(update={"title": hostile})})
    other = Story()
    view = comparison_view([Compared("a.toml", story, bank), Compared("b`c.toml", other, bank)])
    text = render_comparison(view)
    summary, coverage = _tables(text)
    assert len(summary) == 3 and all(len(r) == len(summary[0]) for r in summary)
    assert len(coverage[0]) == 3
    assert "49" not in text, "author text is never rendered as a template"
    # Inside table cells HTML is shown as text (cells cannot open HTML blocks).
    assert summary[1][1].startswith("A | B") and "&lt;script>" in summary[1][1]
    assert [h[0] for h in _headings(text)] == [1, 2, 3, 3, 2]
    assert "``b`c.toml``" in text


def test_code_span_survives_backticks() -> None:
    assert code_span("plain.toml") == "`plain.toml`"
    assert code_span("a`b.toml") == "``a`b.toml``"
    assert code_span("`x`") == "`` `x` ``"
    assert code_span("two\nlines") == "`two lines`"


def test_compare_does_not_import_textual() -> None:
    code = (
        "import sys\n"
        "from storybuilder.compare import compare_paths\n"
        f"text, failures = compare_paths([__import__('pathlib').Path({str(EXAMPLES_DIR)!r})])\n"
        "assert not failures\n"
        "assert not [m for m in sys.modules if m == 'textual' or m.startswith('textual.')]\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# --- several processes ----------------------------------------------------------------------


def test_workers_give_the_document_one_process_gives(stories_dir: Path, tmp_path: Path) -> None:
    # Enough files that compare would use several processes, with every kind of file a
    # folder may hold: stories, a broken one, a bank, a hidden file, one named twice.
    for n in range(5):
        for example in EXAMPLES_DIR.glob("*.toml"):
            shutil.copy(example, stories_dir / f"{n}-{example.name}")
    (stories_dir / "broken.toml").write_text("format = 1\nmeta = [\n", encoding="utf-8")
    bank_text = (Path(__file__).parents[1] / "question_banks" / "core.toml").read_text(
        encoding="utf-8"
    )
    (stories_dir / "lab-bank.toml").write_text(bank_text, encoding="utf-8")
    (stories_dir / ".hidden.toml").write_text("format = 1\n", encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    paths = [
        stories_dir / "2-truthful-qa.toml",
        stories_dir,
        empty,
        tmp_path / "nope.toml",
        stories_dir / "lab-bank.toml",
        stories_dir / "microscope-ai.toml",
    ]
    alone = compare_paths(paths, workers=1)
    assert len(_tables(alone[0])[0]) == 1 + 6 * len(NAMES)
    assert len(alone[1]) == 4, alone[1]
    assert compare_paths(paths, workers=2) == alone
    assert compare_paths(paths, workers=3) == alone


def test_a_forced_worker_count_is_kept_within_the_files_and_a_sane_ceiling(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from storybuilder.compare import WORKERS_VARIABLE, worker_count

    monkeypatch.setenv(WORKERS_VARIABLE, "99999999")
    assert worker_count(5) == 5  # not a process per nothing
    assert worker_count(10_000) == 64
    monkeypatch.setenv(WORKERS_VARIABLE, "0")
    assert worker_count(100) == 1
