"""The story diagram stays about as tall as it is wide, whatever the story holds.

Mermaid cannot run in the tests (it needs a browser), so the drawn size is estimated
from the diagram's structure with the node-size model of tests/mermaid_layout.py.
Checked by hand with the Mermaid CLI (11.17, headless Chromium), against the estimate:

    story                                    rendered   estimate
    cat-classifier                           1.54       1.05
    datacentre-cooling                       1.74       1.44
    microscope-ai                            0.88       0.85
    truthful-qa                              1.58       1.55
    every failure mode applies (12 open)     1.98       1.75
    12 problems spread over every part       2.02       1.87
    12 problems on the goal                  1.70       1.91

The estimate can fall short of the drawing by up to half (cat-classifier: the edge
labels sit beside the edges, not on ranks of their own as modelled), so the tests hold
the estimate to 3 less that margin.
"""

from __future__ import annotations

import pytest

from storybuilder.bank import packaged_bank
from storybuilder.diagram import DiagramFailureMode, DiagramProblem, story_diagram
from storybuilder.examples import list_examples, load_example
from storybuilder.render import story_view
from storybuilder.story import FailureModeEntry, Relevance, Story
from tests.mermaid_layout import estimate, widest_rank

DRAWN_MAX = 3.0
"""What issue 17 asks: no more than three times wider than tall when drawn."""
MAX_RATIO = DRAWN_MAX - 0.5
"""What the estimate is held to: that, less its margin of error."""
NAMES = sorted(e.name for e in list_examples())
BANK = packaged_bank("core")
ALL_MODES = [DiagramFailureMode(t.id, t.name) for t in BANK.data.failure_modes]


@pytest.mark.parametrize("name", NAMES)
def test_every_example_diagram_is_at_most_three_times_wider_than_tall(name: str) -> None:
    diagram = story_view(load_example(name), BANK).diagram
    size, ranks = estimate(diagram)
    assert size.ratio <= MAX_RATIO, (name, size)
    assert ranks["goal"] == 0, "the goal is read first, at the top"
    assert ranks["rationale"] == 1


def _problems(count: int, parts: list[str | None]) -> list[DiagramProblem]:
    return [
        DiagramProblem(f"Open problem number {i} with a title of some length", None, f"r{i}", part)
        for i, part in zip(range(count), parts * count, strict=False)
    ]


@pytest.mark.parametrize(
    "parts",
    [
        ["goal"],
        ["rationale"],
        ["goal", "rationale", *(f"failure_modes.{m.id}" for m in ALL_MODES)],
    ],
    ids=["all-on-the-goal", "all-on-the-rationale", "spread-over-every-part"],
)
def test_twelve_open_problems_and_every_failure_mode_stay_in_proportion(
    parts: list[str | None],
) -> None:
    diagram = story_diagram(
        ["Pure predictor"], ["Inductive bias analysis"], ALL_MODES, _problems(12, parts)
    )
    size, ranks = estimate(diagram)
    assert size.ratio <= MAX_RATIO, size
    assert widest_rank(ranks) <= len(ALL_MODES) + 1


def test_a_fresh_story_with_twelve_open_problems() -> None:
    # Every failure mode applying is one problem (naming each), so the classes chosen,
    # each with its open weak points, make up the rest.
    story = Story(
        goal={"classes": ["pure-predictor", "myopic-agent", "corrigible-agent"]},
        rationale={
            "classes": [
                "inductive-bias",
                "transparency",
                "capability-limitations",
                "cognitive-science",
            ]
        },
        failure_modes={
            m.id: FailureModeEntry(relevance=Relevance.APPLIES) for m in BANK.data.failure_modes
        },
    )
    view = story_view(story, BANK)
    assert sum(p.is_open for p in view.problems) >= 12
    size, _ = estimate(view.diagram)
    assert size.ratio <= MAX_RATIO, size


def test_the_estimate_catches_a_row_of_siblings() -> None:
    """What the old layout did: every problem a sibling beside the goal."""
    rows = ["flowchart TD", '  goal["<b>Training goal</b><br/>Pure predictor"]']
    for i in range(9):
        rows.append(f'  p{i}[/"<b>Open problem</b><br/>A problem with a<br/>title"/]')
        rows.append(f"  p{i} -.- goal")
    size, ranks = estimate("\n".join(rows))
    assert widest_rank(ranks) == 9
    assert size.ratio > DRAWN_MAX
