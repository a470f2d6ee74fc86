"""Rendering: the document's outline and tables survive anything an author writes."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from markdown_it import MarkdownIt

from storybuilder.bank import Bank, packaged_bank
from storybuilder.render import RenderError, RenderOptions, render_story
from storybuilder.story import Story
from tests.strategies import stories

MD = MarkdownIt("commonmark").enable("table")

HOSTILE = "\n".join(
    [
        "# Heading in an answer",
        "Setext heading",
        "==============",
        "| a | b |",
        "|---|---|",
        "{{ x }} and {% raw %} and {# comment #} {{ story.__class__ }}",
        "<!-- an HTML comment that never closes",
        "<script>alert(1)</script>",
        "```python",
        "an unclosed fence",
        "\x00\x07\x1b[31mcontrol\x7f characters",
        "###### deep",
    ]
)

SECTIONS = [
    (1, "Hostile"),
    (2, "Training goal"),
    (3, "Specification"),
    (3, "Desirability"),
    (2, "Training rationale"),
    (3, "Constraints"),
    (3, "Nudges"),
    (2, "Failure modes"),
    (3, "Deceptive alignment"),
    (2, "Evaluation"),
    (3, "Training goal alignment"),
    (2, "Falsifiable claims"),
    (2, "Sensitivity analysis"),
    (2, "Open problems"),
]


def body(markdown: str) -> str:
    """The document without its YAML front matter (CommonMark would read it as a heading)."""
    if markdown.startswith("---\n"):
        end = markdown.index("\n---\n", 4)
        return markdown[end + 5 :]
    return markdown


def outline(markdown: str) -> list[tuple[int, str]]:
    tokens = MD.parse(body(markdown))
    found = []
    for i, token in enumerate(tokens):
        if token.type == "heading_open":
            found.append((int(token.tag[1]), tokens[i + 1].content))
    return found


def tables(markdown: str) -> list[list[int]]:
    """For each table, the number of cells in each row."""
    result: list[list[int]] = []
    cells = 0
    for token in MD.parse(markdown):
        if token.type == "table_open":
            result.append([])
        elif token.type in ("th_open", "td_open"):
            cells += 1
        elif token.type == "tr_close":
            result[-1].append(cells)
            cells = 0
    return result


def hostile_story(text: str) -> Story:
    return Story.model_validate(
        {
            "meta": {"title": "Hostile", "summary": text, "advanced": True},
            "goal": {"specification": text, "desirability": text},
            "rationale": {"constraints": text, "nudges": text},
            "failure_modes": {
                "deceptive-alignment": {"relevance": "applies", "reason": text, "mitigation": text}
            },
            "evaluation": {"goal-alignment": {"verdict": "pass", "argument": text}},
            "claims": [{"claim": text, "test": text}],
            "sensitivity": [{"assumption": text, "if_wrong": text, "failure": "safe"}],
            "problems": [{"title": text, "detail": text}],
        }
    )


@pytest.fixture(scope="module")
def bank(mini_bank: Bank) -> Bank:
    return mini_bank


def test_hostile_answers_keep_the_outline(bank: Bank) -> None:
    document = render_story(hostile_story(HOSTILE), bank, RenderOptions(diagram=False))
    found = outline(document)
    assert [h for h in found if h[0] <= 3] == SECTIONS
    # The author's own headings are still there, demoted below their section.
    assert (4, "Heading in an answer") in found
    assert all(level >= 4 for level, text in found if "Heading in an answer" in text)


def test_hostile_answers_keep_the_tables(bank: Bank) -> None:
    document = render_story(hostile_story(HOSTILE), bank, RenderOptions(diagram=False))
    shapes = tables(document)
    assert [2, 2] in shapes  # failure modes: header + one row
    assert [4, 4] in shapes  # claims
    assert [3, 3] in shapes  # sensitivity


def test_jinja_syntax_in_answers_is_literal(bank: Bank) -> None:
    document = render_story(hostile_story(HOSTILE), bank)
    assert "{{ x }} and {% raw %} and {# comment #} {{ story.__class__ }}" in document


def test_no_control_characters_reach_the_document(bank: Bank) -> None:
    document = render_story(hostile_story(HOSTILE), bank)
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", document)
    assert "[31mcontrol characters" in document


def test_one_megabyte_answer(bank: Bank) -> None:
    big = ("A paragraph of reasoning about the model's internals. " * 20 + "\n\n") * 950
    assert len(big) > 1_000_000
    document = render_story(hostile_story(big), bank, RenderOptions(diagram=False))
    assert [h for h in outline(document) if h[0] <= 3] == SECTIONS


def test_empty_parts_say_not_yet_written(bank: Bank) -> None:
    document = render_story(Story(), bank)
    assert document.count("_Not yet written._") >= 6
    assert "# Untitled training story" in document
    assert "## Training goal" in document


def test_front_matter_and_heading_level(bank: Bank) -> None:
    story = Story.model_validate({"meta": {"title": 'A "quoted": title', "authors": ["Ann", "Bo"]}})
    with_front = render_story(story, bank)
    assert with_front.startswith(
        '---\ntitle: "A \\"quoted\\": title"\nauthor:\n  - "Ann"\n  - "Bo"\n---\n'
    )
    embedded = render_story(story, bank, RenderOptions(heading_level=3, front_matter=False))
    assert not embedded.startswith("---")
    assert outline(embedded)[0] == (3, 'A "quoted": title')
    assert (4, "Training goal") in outline(embedded)


def test_heading_level_out_of_range(bank: Bank) -> None:
    with pytest.raises(RenderError, match="between 1 and 4"):
        render_story(Story(), bank, RenderOptions(heading_level=5))


def test_classes_named_in_words_not_ids() -> None:
    story = Story.model_validate(
        {"goal": {"classes": ["pure-predictor"]}, "rationale": {"classes": ["inductive-bias"]}}
    )
    document = render_story(story, packaged_bank("core"))
    assert "pure-predictor" not in document.split("## Training goal")[1].split("\n\n")[1]


def test_open_problems_as_task_list(bank: Bank) -> None:
    story = Story.model_validate(
        {
            "problems": [
                {"title": "Pick probes", "status": "open"},
                {"title": "Budget", "status": "addressed"},
                {"title": "Scale", "status": "accepted", "detail": "d"},
            ],
            "claims": [{"claim": "c"}],
            "triage": {
                "claim-without-test": {"status": "accepted", "note": "Tested after training."}
            },
        }
    )
    document = render_story(story, bank)
    assert "- [ ] Pick probes" in document
    assert "- [x] Budget" in document
    assert "- [x] Scale _(accepted)_" in document
    assert "- [x] Claim 1 has no test _(accepted: Tested after training.)_" in document


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(stories())
def test_any_valid_story_renders_with_the_expected_outline(bank: Bank, story: Story) -> None:
    document = render_story(story, bank, RenderOptions(diagram=False))
    found = outline(document)
    sections = ["Training goal", "Training rationale", "Failure modes"]
    if story.meta.advanced:
        sections.append("Evaluation")
    sections += ["Falsifiable claims", "Sensitivity analysis", "Open problems"]
    assert found[0][0] == 1
    assert [level for level, _ in found].count(1) == 1
    assert [text for level, text in found if level == 2] == sections


def test_each_checklist_item_is_its_own_line() -> None:
    # An addressed problem with a note used to run into the next item's line.
    story = Story.model_validate(
        {
            "goal": {"classes": ["task-model"]},
            "triage": {"no-claims": {"status": "addressed", "note": "Claims come later."}},
            "problems": [{"title": "Check the labels"}],
        }
    )
    lines = render_story(story, packaged_bank()).splitlines()
    addressed = next(line for line in lines if line.startswith("- [x]") and "later" in line)
    assert "- [ ]" not in addressed
    assert any(line.startswith("- [ ] Check the labels") for line in lines)
