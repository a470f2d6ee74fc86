"""Whole interviews through the UI, on two branches, checking the file and the document."""

from __future__ import annotations

from pathlib import Path

import pytest

from storybuilder.bank import Bank, BankError, packaged_bank
from storybuilder.session import create_story
from storybuilder.story import Story
from storybuilder.tui.app import StorybuilderApp
from storybuilder.tui.editor import StoryEditor
from storybuilder.tui.screens.review import ReviewScreen
from storybuilder.tui.widgets.problem_list import ProblemList

from .helpers import current_id, feedback_text, paste, read_toml, type_text


async def test_branch_advanced_simulator_with_claims(
    app: StorybuilderApp, story_path: Path
) -> None:
    """Advanced proposal, simulator goal: the simulator follow-up and the verdict are asked."""
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        assert current_id(pilot) == "title"
        await type_text(pilot, "Cat classifier")
        await pilot.press("enter")
        assert current_id(pilot) == "authors"
        await type_text(pilot, "Ada Lovelace\nAlan Turing")
        await pilot.press("ctrl+n")
        assert current_id(pilot) == "advanced"
        await pilot.press("space")  # the highlighted first option: Yes
        await pilot.press("ctrl+n")
        assert current_id(pilot) == "goal-classes"
        await pilot.press("space")  # Simulator
        await pilot.press("ctrl+n")
        assert current_id(pilot) == "specification"
        await paste(pilot, "A world model plus a simulator of physics, with no planning")
        await pilot.press("ctrl+n")
        # The simulator branch brings its follow-up.
        assert current_id(pilot) == "simulator-what"
        await paste(pilot, "Physics scenes; compute is fixed per step")
        await pilot.press("ctrl+n")
        assert current_id(pilot) == "deception"
        await pilot.press("down")  # does not apply
        await pilot.press("ctrl+n")
        # advanced = yes brings the evaluation verdict.
        assert current_id(pilot) == "verdict"
        await pilot.press("space")  # pass
        await pilot.press("ctrl+n")
        assert current_id(pilot) == "claims"
        await type_text(pilot, "No search circuits")
        await pilot.press("tab")
        await paste(pilot, "Probe activations for search")
        await pilot.click("#add-entry")
        await pilot.pause()
        await paste(pilot, "Features are human-like")
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)

        data = read_toml(story_path)
        assert data["meta"]["title"] == "Cat classifier"
        assert data["meta"]["authors"] == ["Ada Lovelace", "Alan Turing"]
        assert data["meta"]["advanced"] is True
        assert data["goal"]["classes"] == ["simulator"]
        assert data["goal"]["specification"].startswith("A world model plus a simulator")
        assert data["answers"]["simulator-what"] == "Physics scenes; compute is fixed per step"
        assert data["failure_modes"]["deceptive-alignment"]["relevance"] == "does-not-apply"
        assert data["evaluation"]["goal-alignment"]["verdict"] == "pass"
        # Saved with ids made from their words, which keep their problems' keys.
        assert data["claims"] == [
            {
                "id": "no-search-circuits",
                "claim": "No search circuits",
                "test": "Probe activations for search",
                "status": "untested",
            },
            {
                "id": "features-are-human-like",
                "claim": "Features are human-like",
                "status": "untested",
            },
        ]
        assert "skipped" not in data["interview"]

        # The second claim has no test: an open problem, triaged as accepted with a note.
        screen = app.screen
        titles = [p.title for p in screen.query_one("#checklist", ProblemList).problems]
        assert titles == ["Claim 2 has no test"]
        await pilot.press("tab")  # to the status radio buttons (Open is chosen)
        await pilot.press("right", "right")  # Accepted
        await pilot.press("tab")
        await paste(pilot, "Tested after training")
        await pilot.press("enter")
        await pilot.press("ctrl+o")
        await pilot.pause()

    data = read_toml(story_path)
    assert data["triage"] == {
        "claim-without-test:features-are-human-like": {
            "status": "accepted",
            "note": "Tested after training",
        }
    }
    markdown = story_path.with_suffix(".md").read_text(encoding="utf-8")
    assert "# Cat classifier" in markdown
    assert "A world model plus a simulator of physics, with no planning" in markdown
    assert "Physics scenes; compute is fixed per step" in markdown
    assert "No search circuits" in markdown and "Probe activations for search" in markdown
    assert "Claim 2 has no test" in markdown
    assert "Ada Lovelace" in markdown


async def test_branch_plain_predictor_with_advice_and_skip(
    app: StorybuilderApp, story_path: Path
) -> None:
    """Not advanced, pure predictor: its follow-up is asked, the verdict is not; the
    behavioral specification gets the mechanistic advice at the input; claims skipped."""
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await type_text(pilot, "Weather oracle")
        await pilot.press("enter")
        await pilot.press("ctrl+n")  # no authors
        assert current_id(pilot) == "advanced"
        await pilot.press("right")  # No
        await pilot.press("ctrl+n")
        await pilot.press("down", "space")  # Pure predictor
        await pilot.press("ctrl+n")
        assert current_id(pilot) == "specification"
        await paste(pilot, "It predicts the weather accurately")
        await pilot.press("ctrl+n")
        # The mechanistic check: the answer is saved, the advice stays at the input.
        assert current_id(pilot) == "specification"
        assert "inside" in feedback_text(pilot)
        assert (
            read_toml(story_path)["goal"]["specification"] == "It predicts the weather accurately"
        )
        await pilot.press("ctrl+n")  # a second Next goes on
        assert current_id(pilot) == "predictor-fixed-points"
        await pilot.press("right", "right")  # Unsure
        await pilot.press("ctrl+n")
        assert current_id(pilot) == "deception"
        await pilot.press("space")  # applies
        await pilot.press("ctrl+n")
        # Not advanced: no verdict question.
        assert current_id(pilot) == "claims"
        await pilot.press("ctrl+l")  # skip
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("ctrl+o")
        await pilot.pause()
        status = str(app.screen.query_one("#export-status").render())
        assert str(story_path.with_suffix(".md")) in status.replace("\n", "")

    data = read_toml(story_path)
    assert data["meta"]["title"] == "Weather oracle"
    assert "authors" not in data["meta"]
    assert data["meta"]["advanced"] is False
    assert data["goal"]["classes"] == ["pure-predictor"]
    assert data["answers"] == {"predictor-fixed-points": "unsure"}
    assert data["failure_modes"]["deceptive-alignment"]["relevance"] == "applies"
    assert "evaluation" not in data
    assert data["interview"]["skipped"] == ["claims"]
    markdown = story_path.with_suffix(".md").read_text(encoding="utf-8")
    assert "# Weather oracle" in markdown
    assert "It predicts the weather accurately" in markdown
    assert "Pure predictor" in markdown
    # The follow-up reads as a labelled item, not as the wizard's question.
    assert "- **Self-fulfilling predictions:** not known" in markdown
    assert "Can its predictions change what they predict" not in markdown


def _core_bank() -> Bank | None:
    try:
        return packaged_bank("core")
    except BankError:
        return None


@pytest.mark.skipif(_core_bank() is None, reason="the core question bank is not written yet")
async def test_whole_core_interview_by_skipping(tmp_path: Path) -> None:
    """The core bank: answer the first question, skip everything else, reach the review."""
    bank = _core_bank()
    assert bank is not None
    path = tmp_path / "core-story.toml"
    editor = StoryEditor(create_story(path, Story(), bank))
    app = StorybuilderApp(editor=editor, bank=bank)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        for _ in range(len(bank.questions) + 1):
            if isinstance(app.screen, ReviewScreen):
                break
            await pilot.press("ctrl+l")
            await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
    data = read_toml(path)
    assert data["interview"]["skipped"]
    assert data["interview"]["bank"] == "core"
