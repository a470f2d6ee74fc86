"""Golden-file tests: each shipped example renders to exactly the Markdown in tests/golden/.

The goldens are the documents a reader sees, so a change to the template, the diagram,
the bank's wording or an example shows up here as a reviewable diff. Render depends only
on the story (its date is ``meta.updated``, which every example fixes), so the goldens
are stable across machines and days.

Regenerate after an intended change, then review the diff:

    STORYBUILDER_REGENERATE=1 .venv/bin/pytest tests/test_golden.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from storybuilder.bank import packaged_bank
from storybuilder.compare import compare_paths
from storybuilder.examples import list_examples, load_example
from storybuilder.render import render_story

GOLDEN = Path(__file__).parent / "golden"
REGENERATE = os.environ.get("STORYBUILDER_REGENERATE") == "1"
EXAMPLES = [example.name for example in list_examples()]
EXAMPLES_DIR = Path(__file__).parents[1] / "src" / "storybuilder" / "examples"


def _check(name: str, actual: str) -> None:
    path = GOLDEN / name
    if REGENERATE:
        path.write_text(actual, encoding="utf-8")
        return
    assert path.is_file(), f"{path} is missing; run STORYBUILDER_REGENERATE=1 pytest {__file__}"
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, (
        f"{name} differs from the golden file; if the change is intended, run "
        "STORYBUILDER_REGENERATE=1 .venv/bin/pytest tests/test_golden.py and review the diff"
    )


@pytest.mark.parametrize("name", EXAMPLES)
def test_example_renders_as_golden(name: str) -> None:
    story = load_example(name)
    assert story.meta.updated is not None, "the golden's date comes from meta.updated"
    text = render_story(story, packaged_bank(story.interview.bank))
    _check(f"{name}.md", text)


def test_comparison_of_examples_is_golden(monkeypatch: pytest.MonkeyPatch) -> None:
    # File labels are paths as given: compare from the package folder for stable ones.
    monkeypatch.chdir(EXAMPLES_DIR.parent)
    text, failures = compare_paths([Path("examples")])
    assert failures == []
    _check("compare-examples.md", text)


def test_every_golden_belongs_to_an_example() -> None:
    """A renamed or removed example must not leave its golden behind."""
    expected = {f"{name}.md" for name in EXAMPLES} | {"compare-examples.md"}
    assert {p.name for p in GOLDEN.glob("*.md")} == expected
