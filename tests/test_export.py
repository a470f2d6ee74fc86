"""Export for papers and repositories: render options, the sandbox, pandoc, the diagram, hooks.

A story rendered for a paper has to drop into an existing document (heading level, no
front matter, no diagram), convert cleanly with pandoc, and accept a user's own template
without letting that template run code. A story in a research repo is checked by the
pre-commit hooks this repository ships.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from storybuilder import cli
from storybuilder.bank import packaged_bank
from storybuilder.diagram import (
    MAX_LISTED,
    DiagramFailureMode,
    DiagramProblem,
    label,
    story_diagram,
)
from storybuilder.examples import list_examples, load_example
from storybuilder.render import RenderError, RenderOptions, render_story
from storybuilder.story import Story

ROOT = Path(__file__).parents[1]
EXAMPLES_DIR = ROOT / "src" / "storybuilder" / "examples"
NAMES = sorted(e.name for e in list_examples())
PANDOC = shutil.which("pandoc")


def _render(name: str, **options: object) -> str:
    story = load_example(name)
    return render_story(story, packaged_bank(story.interview.bank), RenderOptions(**options))  # type: ignore[arg-type]


def _heading_levels(markdown: str) -> list[int]:
    tokens = MarkdownIt("commonmark").parse(markdown)
    return [int(t.tag[1]) for t in tokens if t.type == "heading_open"]


def _fences(markdown: str) -> list[tuple[str, str]]:
    tokens = MarkdownIt("commonmark").parse(markdown)
    return [(t.info.strip(), t.content) for t in tokens if t.type == "fence"]


# --- heading level and front matter ------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("level", [1, 2, 3, 4])
def test_heading_level_moves_the_whole_outline(name: str, level: int) -> None:
    text = _render(name, heading_level=level, front_matter=False)
    levels = _heading_levels(text)
    assert levels[0] == level, "the title is the top heading"
    assert min(levels) == level, "nothing outranks the title"
    assert levels.count(level) == 1
    # The outline keeps its shape: every heading is at most one level below the previous.
    for before, after in zip(levels, levels[1:], strict=False):
        assert after <= before + 1 or after == 6


def test_cli_heading_level_out_of_range_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["render", str(EXAMPLES_DIR / "cat-classifier.toml"), "--heading-level", "5"])
    assert exit_info.value.code == 2
    assert "heading-level" in capsys.readouterr().err


@pytest.mark.parametrize("name", NAMES)
def test_front_matter_on_and_off(name: str) -> None:
    story = load_example(name)
    assert story.meta.updated is not None
    with_matter = _render(name)
    assert with_matter.startswith("---\n")
    matter = with_matter.split("---\n", 2)[1]
    assert f'title: "{story.meta.title}"' in matter
    assert f'date: "{story.meta.updated.date().isoformat()}"' in matter
    without = _render(name, front_matter=False)
    assert not without.startswith("---")
    assert without.startswith(f"# {story.meta.title}\n")
    # Without front matter the authors are still credited, under the title.
    assert f"_{story.meta.authors[0]}_" in without


def test_cli_render_options_reach_the_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "section.md"
    code = cli.main(
        [
            "render",
            str(EXAMPLES_DIR / "microscope-ai.toml"),
            "--heading-level",
            "2",
            "--no-front-matter",
            "--no-diagram",
            "-o",
            str(out),
        ]
    )
    assert code == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("## Microscope AI\n")
    assert "```mermaid" not in text
    assert "wrote" in capsys.readouterr().err


# --- user templates run in the sandbox ----------------------------------------------------

ATTACKS = [
    "{{ ''.__class__.__mro__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ doc.story.__class__.__init__.__globals__ }}",
    "{{ cycler.__init__.__globals__.os.system('touch MARKER') }}",
    "{{ lipsum.__globals__['os'].system('touch MARKER') }}",
    "{{ self.__init__.__globals__.__builtins__.open('MARKER', 'w') }}",
    "{{ '{0.__class__.__init__.__globals__}'.format(doc) }}",
    "{% set x = doc.authors.append('MARKER') %}{{ x }}",
]


@pytest.mark.parametrize("attack", ATTACKS)
def test_template_reaching_python_internals_fails_clearly(attack: str, tmp_path: Path) -> None:
    marker = tmp_path / "MARKER"
    template = tmp_path / "evil.md.j2"
    template.write_text(attack.replace("MARKER", str(marker)), encoding="utf-8")
    story = load_example("cat-classifier")
    with pytest.raises(RenderError) as error:
        render_story(story, packaged_bank("core"), RenderOptions(template=template))
    message = str(error.value)
    assert "evil.md.j2" in message
    # lipsum is no longer given to templates at all (its size is unbounded).
    assert "sandbox" in message or "'lipsum' is undefined" in message
    assert not marker.exists(), "no code ran"
    assert story.meta.authors == ["storybuilder worked examples"], "the story was not changed"


def test_cli_reports_a_sandbox_refusal_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = tmp_path / "evil.md.j2"
    template.write_text("{{ ''.__class__.__mro__ }}\n", encoding="utf-8")
    out = tmp_path / "out.md"
    code = cli.main(
        [
            "render",
            str(EXAMPLES_DIR / "cat-classifier.toml"),
            "--template",
            str(template),
            "-o",
            str(out),
        ]
    )
    assert code == 2
    err = capsys.readouterr().err
    assert "sandbox forbids" in err and "Traceback" not in err
    assert not out.exists(), "nothing is written when the template fails"


def test_a_plain_user_template_works(tmp_path: Path) -> None:
    template = tmp_path / "brief.md.j2"
    template.write_text(
        "{{ h(0) }} {{ doc.title | inline }}\n\n"
        "{% for p in doc.problems if p.is_open %}- {{ p.title | inline }}\n{% endfor %}",
        encoding="utf-8",
    )
    story = load_example("cat-classifier")
    text = render_story(
        story, packaged_bank("core"), RenderOptions(template=template, heading_level=2)
    )
    assert text.startswith("## Cat classifier\n")
    assert "- Claim 1 has been falsified" in text


def test_a_missing_template_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(RenderError, match="no such template"):
        render_story(Story(), packaged_bank("core"), RenderOptions(template=tmp_path / "nope.j2"))


# --- pandoc -----------------------------------------------------------------------------


@pytest.mark.skipif(PANDOC is None, reason="pandoc is not installed")
@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize(
    "options",
    [
        {},
        {"heading_level": 2, "front_matter": False, "diagram": False},
    ],
    ids=["document", "paper-section"],
)
def test_pandoc_converts_to_latex_without_warnings(name: str, options: dict[str, object]) -> None:
    assert PANDOC is not None
    markdown = _render(name, **options)
    args = [PANDOC, "--from", "markdown", "--to", "latex", "--fail-if-warnings"]
    if options.get("front_matter", True):
        args.append("--standalone")
    result = subprocess.run(args, input=markdown, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr.upper(), result.stderr
    latex = result.stdout
    top = "\\section{" if options.get("heading_level", 1) == 1 else "\\subsection{"
    assert top in latex
    title = load_example(name).meta.title
    assert title is not None and title.split()[0] in latex
    if options.get("front_matter", True):
        assert "\\title{" in latex and "\\date{" in latex


# --- the diagram -------------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_document_has_a_mermaid_diagram_of_the_story(name: str) -> None:
    story = load_example(name)
    bank = packaged_bank("core")
    fences = _fences(_render(name))
    diagrams = [content for info, content in fences if info == "mermaid"]
    assert len(diagrams) == 1
    diagram = diagrams[0]
    assert diagram.startswith("flowchart TD\n")
    for goal_class in story.goal.classes:
        assert _escaped(bank.term_name("goal_classes", goal_class)) in diagram
    for rationale_class in story.rationale.classes:
        name_words = bank.term_name("rationale_classes", rationale_class).split()
        assert all(_escaped(word) in diagram for word in name_words)
    applying = [
        m for m, e in story.failure_modes.items() if e.relevance and e.relevance.value == "applies"
    ]
    assert diagram.count("{{") == len(applying)
    for mode in applying:
        assert _escaped(bank.term_name("failure_modes", mode)) in diagram


@pytest.mark.parametrize("name", NAMES)
def test_no_diagram_option_leaves_it_out(name: str) -> None:
    assert not any(info == "mermaid" for info, _ in _fences(_render(name, diagram=False)))
    without = _render(name, diagram=False)
    with_it = _render(name)
    # Only the diagram block differs.
    assert re.sub(r"\n```mermaid\n.*?\n```\n", "", with_it, flags=re.S) == without


def _problem_nodes(diagram: str) -> dict[str, str]:
    """Each problem node's anchor and its label as Mermaid shows it."""
    labels = dict(re.findall(r'^  problems_(\w+)\[("[^"]*")\]$', diagram, re.M))
    edges = re.findall(r"^  (\w+) -\.- problems_(\w+)$", diagram, re.M)
    assert [anchor for anchor, _ in edges] == [node for _, node in edges] == list(labels)
    return {anchor: _decode(text) for anchor, text in labels.items()}


def test_open_problems_are_one_node_per_part_listing_titles() -> None:
    problems = [DiagramProblem(f"Problem {i}", None, f"rule-{i}") for i in range(MAX_LISTED + 3)]
    problems += [DiagramProblem("Verdict weak", None, "weak-verdict")] * 3
    diagram = story_diagram(["Goal"], ["Why"], [], problems)
    nodes = _problem_nodes(diagram)
    assert list(nodes) == ["goal"]
    shown = nodes["goal"]
    assert shown.startswith("<b>10 open problems</b>")
    assert [f"Problem {i}" in shown for i in range(MAX_LISTED + 3)] == [True] * MAX_LISTED + [
        False
    ] * 3
    assert "+6 more" in shown, "hidden: three single problems and a group of three"
    grouped = story_diagram(
        ["Goal"], ["Why"], [], [DiagramProblem("Verdict weak", None, "weak-verdict")] * 3
    )
    assert "• Verdict weak (×3)" in _problem_nodes(grouped)["goal"]


def test_problems_hang_under_the_part_they_concern() -> None:
    diagram = story_diagram(
        ["Goal"],
        [],
        [DiagramFailureMode("deceptive-alignment", "Deceptive alignment")],
        [
            DiagramProblem(
                "Unguarded", "failure_modes.deceptive-alignment", "unguarded-failure-mode"
            ),
            DiagramProblem("Assumption 1 fails badly", "sensitivity[0]", "s", part="rationale"),
            DiagramProblem("Not considered", None, "n", part="failure_modes.outer-alignment"),
            DiagramProblem("Claim 1 has no test", "claims[0]", "c", part="goal"),
        ],
    )
    nodes = _problem_nodes(diagram)
    assert "Unguarded" in nodes["failure1"] and nodes["failure1"].startswith("<b>Open problem<")
    # A failure mode the story does not draw is about the argument: under the rationale.
    assert "Assumption 1" in nodes["rationale"] and "Not considered" in nodes["rationale"]
    assert "Claim 1" in nodes["goal"]
    assert "Training rationale not chosen" in diagram
    # Read from the top: the goal, the rationale under it, the failure modes under that.
    assert "  goal -.-> rationale" in diagram
    assert "  rationale -.->|threatened by| failure1" in diagram


def test_document_diagram_attaches_problems_by_the_banks_sections() -> None:
    diagram = next(code for info, code in _fences(_render("microscope-ai")) if info == "mermaid")
    nodes = _problem_nodes(diagram)
    assert set(nodes) == {"goal", "rationale"}
    assert "Decide where to stop scaling" in nodes["goal"], "the author's own problem"
    assert "Verdicts still open" in nodes["goal"], "evaluation is about the goal"
    assert "If assumptions 1 and 2 are wrong" in nodes["rationale"], "sensitivity"


def _escaped(text: str) -> str:
    return label(text, wrap=10_000)[1:-1]


def _decode(quoted: str) -> str:
    """What Mermaid shows for a label: entity codes decoded, line breaks as spaces."""
    inner = quoted[1:-1].replace("<br/>", " ")
    return re.sub(r"#(\d+);", lambda m: chr(int(m.group(1))), inner)


NASTY = [
    'He said "no" [really]; {ok}',
    "# not a heading; %% not a comment",
    "line one\nline two\r\nline three\u2028four",
    "<b>bold</b> & <script>alert(1)</script>",
    "end --> injected; click goal call alert(1)",
    "style goal fill:#f00; classDef x fill:#f00;",
    "#quot; #35; stays literal",
    "naïve café 日本語 🐈‍⬛ emoji",
    "`back` ticks | pipes \\ backslash",
    "",
]


@pytest.mark.parametrize("text", NASTY)
def test_labels_escape_mermaid_syntax(text: str) -> None:
    quoted = label(text, limit=10_000)
    assert quoted.startswith('"') and quoted.endswith('"')
    inner = quoted[1:-1]
    assert "\n" not in inner and "\r" not in inner and "\u2028" not in inner
    bare = re.sub(r"#\d+;", "", inner.replace("<br/>", ""))
    for char in '"[]{}();:<>&|`%\\#':
        assert char not in bare, char
    assert re.fullmatch(r"([^#]|#\d+;)*", inner), "every # starts an entity code"
    assert _decode(quoted) == " ".join(text.replace("\u2028", " ").split())


@given(st.text())
def test_any_text_is_a_safe_label(text: str) -> None:
    quoted = label(text, limit=10_000)
    inner = quoted[1:-1]
    assert quoted[0] == quoted[-1] == '"' and '"' not in inner
    bare = re.sub(r"#\d+;", "", inner.replace("<br/>", ""))
    assert not any(ch in bare for ch in "\n\r\x00[]{};<>#")
    assert re.fullmatch(r"([^#]|#\d+;)*", inner, flags=re.S)
    decoded = _decode(quoted)
    assert "\n" not in decoded


def test_long_labels_are_cut_and_wrapped() -> None:
    quoted = label("word " * 100)
    assert quoted.count("<br/>") >= 2
    assert _decode(quoted).endswith("…")
    assert len(_decode(quoted)) <= 90


def test_diagram_with_hostile_story_text_keeps_its_structure() -> None:
    hostile = NASTY[4] + "\n" + NASTY[5]
    diagram = story_diagram(
        [hostile], [hostile], [DiagramFailureMode("x", hostile)], [DiagramProblem(hostile, None)]
    )
    statements = diagram.splitlines()
    ids = [
        line.split("[", 1)[0].split("(", 1)[0].split("{", 1)[0].strip() for line in statements[1:5]
    ]
    assert ids == ["goal", "rationale", "failure1", "problems_goal"]
    assert "click" not in "".join(
        s
        for s in statements
        if not s.lstrip().startswith(("goal", "rationale", "failure", "problem"))
    )
    # The header, four nodes, three edges and six styling lines: nothing injected.
    assert len(statements) == 1 + 4 + 3 + 6


# --- pre-commit hooks for research repos --------------------------------------------------


def _hook_entries() -> dict[str, str]:
    """Hook id -> entry, read from .pre-commit-hooks.yaml without a YAML library."""
    text = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    entries: dict[str, str] = {}
    for block in text.split("\n- ")[1:]:
        hook_id = re.search(r"^id: (\S+)$", block, re.M)
        entry = re.search(r"^\s+entry: (.+)$", block, re.M)
        assert hook_id and entry
        entries[hook_id.group(1)] = entry.group(1)
    return entries


def _run_hook(entry: str, files: list[Path]) -> subprocess.CompletedProcess[str]:
    """Run an entry as pre-commit would: split like a shell, with the file names appended."""

    # The console script of the environment running the tests, as pre-commit's hook env would.
    storybuilder = Path(sys.executable).parent / "storybuilder"
    env = dict(os.environ, PATH=f"{storybuilder.parent}{os.pathsep}{os.environ['PATH']}")
    return subprocess.run(
        [*shlex.split(entry), *map(str, files)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_pre_commit_hooks_are_declared() -> None:
    text = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert set(_hook_entries()) == {
        "storybuilder-check",
        "storybuilder-validate",
        "storybuilder-migrated",
    }
    assert text.count("language: python") == 3
    assert "storybuilder check" in text


def test_check_hook_fails_on_open_problems_and_validate_hook_only_on_broken_files(
    tmp_path: Path,
) -> None:
    entries = _hook_entries()
    stories = [EXAMPLES_DIR / f"{name}.toml" for name in NAMES]
    broken = tmp_path / "broken.toml"
    broken.write_text("format = 1\n[meta\n", encoding="utf-8")

    strict = _run_hook(entries["storybuilder-check"], stories)
    assert strict.returncode == 1, "the examples keep problems open on purpose"
    assert all(str(path) in strict.stdout for path in stories), "every file is checked"

    lenient = _run_hook(entries["storybuilder-validate"], stories)
    assert lenient.returncode == 0, lenient.stdout + lenient.stderr

    with_broken = _run_hook(entries["storybuilder-validate"], [*stories, broken])
    assert with_broken.returncode == 2
    assert "broken.toml: line 2, column 6" in with_broken.stderr


def test_migrated_hook_fails_on_an_old_story_and_writes_nothing(tmp_path: Path) -> None:
    entry = _hook_entries()["storybuilder-migrated"]
    stories = [EXAMPLES_DIR / f"{name}.toml" for name in NAMES]
    assert _run_hook(entry, stories).returncode == 0, "the examples are up to date"
    old = tmp_path / "old.toml"
    old.write_text('format = 1\n[[claims]]\nclaim = "No search."\n', encoding="utf-8")
    result = _run_hook(entry, [*stories, old])
    assert result.returncode == 1
    assert "old.toml: would be upgraded" in result.stdout and "format 1 -> 2" in result.stdout
    assert old.read_text(encoding="utf-8") == 'format = 1\n[[claims]]\nclaim = "No search."\n'


def test_readme_shows_the_hooks_and_a_workflow() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    text = readme.split("## Keeping training stories checked in CI", 1)[1].split("\n## ", 1)[0]
    for needle in (
        "storybuilder-check",
        "storybuilder-validate",
        "storybuilder check",
        "storybuilder compare",
        "GITHUB_STEP_SUMMARY",
    ):
        assert needle in text, needle
