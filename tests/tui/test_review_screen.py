"""Pilot tests of the review screen: checklist, triage, the document, export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from storybuilder.bank import Bank
from storybuilder.story import Story
from storybuilder.tui.app import StorybuilderApp
from storybuilder.tui.editor import StoryEditor
from storybuilder.tui.screens.interview import InterviewScreen
from storybuilder.tui.screens.review import ReviewScreen
from storybuilder.tui.widgets.document_preview import DocumentPreview
from storybuilder.tui.widgets.problem_list import ProblemList

from .helpers import current_id, paste, read_toml

STORY = {
    "meta": {"title": "Reviewed", "authors": ["Ada"]},
    "goal": {"classes": ["simulator"], "specification": "A physics simulator, no planning"},
    "claims": [{"claim": "No search"}, {"claim": "Human-like features"}],
    "problems": [{"title": "Data may leak"}],
}


def reviewed_app(new_editor: Callable[..., StoryEditor], bank: Bank) -> StorybuilderApp:
    return StorybuilderApp(editor=new_editor(Story.model_validate(STORY)), bank=bank)


async def test_review_lists_problems_and_triage_is_saved(
    new_editor: Callable[..., StoryEditor], mini_bank: Bank, story_path: Path
) -> None:
    app = reviewed_app(new_editor, mini_bank)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        checklist = app.screen.query_one("#checklist", ProblemList)
        titles = [p.title for p in checklist.problems]
        assert titles == [
            "The simulator's choice of what to simulate is unexplained",
            "Claim 1 has no test",
            "Claim 2 has no test",
            "Data may leak",
        ]
        summary = str(app.screen.query_one("#review-summary").render())
        assert "4 open" in summary
        # Addressed, with a note, on the first problem.
        await pilot.press("tab", "right", "tab")
        await paste(pilot, "Explained in the appendix")
        await pilot.press("enter")
        await pilot.pause()
        triage = read_toml(story_path)["triage"]
        assert triage == {
            "simulator-unexplained": {"status": "addressed", "note": "Explained in the appendix"}
        }
        # The author's own problem: status only.
        app.screen.query_one("#checklist").focus()
        await pilot.press("end")
        await pilot.press("tab", "right", "right")
        await pilot.pause()
        assert read_toml(story_path)["problems"][0]["status"] == "accepted"
        assert "1 open" not in str(app.screen.query_one("#review-summary").render())


async def test_review_goes_to_the_question_of_a_problem(
    new_editor: Callable[..., StoryEditor], mini_bank: Bank
) -> None:
    app = reviewed_app(new_editor, mini_bank)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+r")
        await pilot.pause()
        await pilot.click("#triage-goto")
        await pilot.pause()
        assert isinstance(app.screen, InterviewScreen)
        assert current_id(pilot) == "simulator-what"


async def test_review_shows_the_document_and_exports_it(
    new_editor: Callable[..., StoryEditor], mini_bank: Bank, story_path: Path
) -> None:
    app = reviewed_app(new_editor, mini_bank)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+r")
        await pilot.pause()
        document = app.screen.query_one("#document", DocumentPreview)
        assert not document.markdown_mounted
        await pilot.press("ctrl+t")
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert document.markdown_mounted
        sources = "\n".join(part.source for part in document.parts)
        assert "# Reviewed" in sources and "A physics simulator, no planning" in sources
        await pilot.press("ctrl+o")
        await pilot.pause()
        exported = story_path.with_suffix(".md")
        assert exported.is_file()
        assert str(exported) in str(app.screen.query_one("#export-status").render())
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, InterviewScreen)


async def test_finishing_the_interview_opens_the_review_and_escape_comes_back(
    new_editor: Callable[..., StoryEditor], mini_bank: Bank
) -> None:
    editor = new_editor(Story.model_validate(STORY))
    editor.interview.jump("claims", come_back=False)
    app = StorybuilderApp(editor=editor, bank=mini_bank)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, InterviewScreen)
        assert current_id(pilot) == "claims"
        assert not editor.interview.finished


async def test_export_from_the_command_palette(app: StorybuilderApp, story_path: Path) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await paste(pilot, "Export to Markdown")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
    assert story_path.with_suffix(".md").is_file()


async def test_review_shows_the_words_a_problem_reacted_to(story_path: Path) -> None:
    from storybuilder.bank import packaged_bank
    from storybuilder.session import create_story

    core = packaged_bank("core")
    story = Story.model_validate(
        {
            "meta": {"title": "Assistant"},
            "rationale": {"nudges": "We fine-tune with RLHF against a reward model."},
        }
    )
    app = StorybuilderApp(editor=StoryEditor(create_story(story_path, story, core)), bank=core)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+r")
        await pilot.pause()
        checklist = app.screen.query_one("#checklist", ProblemList)
        index = next(
            n
            for n, p in enumerate(checklist.problems)
            if "learned-reward-overoptimization" in (p.members or (p.rule,))
        )
        checklist.focus()
        for _ in range(index):
            await pilot.press("down")
        await pilot.pause()
        detail = str(app.screen.query_one("#triage-detail").render())
        assert "You wrote: “We fine-tune with RLHF against a reward model.”" in detail


async def test_the_problem_count_beside_the_questions_follows_triage_in_review(
    new_editor: Callable[..., StoryEditor], mini_bank: Bank
) -> None:
    from textual.widgets import TabbedContent

    app = reviewed_app(new_editor, mini_bank)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.3)
        interview = app.screen
        tabs = interview.query_one("#aside-tabs", TabbedContent)
        before = str(tabs.get_tab("tab-problems").label)
        assert before == "Problems (4)"
        await pilot.press("ctrl+r")
        await pilot.pause()
        await pilot.press("tab", "right", "right")  # accept the first problem
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause(0.3)
        assert app.screen is interview
        assert str(tabs.get_tab("tab-problems").label) == "Problems (3)"


async def test_the_review_lists_problems_in_the_order_check_does(tmp_path: Path) -> None:
    from storybuilder.bank import packaged_bank
    from storybuilder.critic import report
    from storybuilder.examples import start_from_example
    from storybuilder.session import create_story

    core = packaged_bank("core")
    story = start_from_example("cat-classifier")
    path = tmp_path / "cat.toml"
    app = StorybuilderApp(editor=StoryEditor(create_story(path, story, core)), bank=core)
    checked = report(story, core, str(path))
    # Its accepted problem comes before its open ones in the bank's order.
    assert [p.is_open for p in checked.problems][:2] == [False, True]
    expected = [p.title for p in checked.ordered()]
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        checklist = app.screen.query_one("#checklist", ProblemList)
        assert [p.title for p in checklist.problems] == expected
