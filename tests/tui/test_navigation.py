"""Finding your way in the wizard: the first pass, Next after a jump, the keys, the help."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Static

from storybuilder.bank import Bank, packaged_bank
from storybuilder.interview import Interview
from storybuilder.session import create_story
from storybuilder.story import Story
from storybuilder.tui.app import StorybuilderApp
from storybuilder.tui.editor import StoryEditor
from storybuilder.tui.widgets.section_sidebar import SectionSidebar
from tests.test_first_pass import FIRST_PASS_ANSWERS, SPECIFICATION

from .helpers import current_id, paste, read_toml, type_text


@pytest.fixture(scope="module")
def core() -> Bank:
    return packaged_bank("core")


def crumb(app: StorybuilderApp) -> str:
    return str(app.screen.query_one("#crumb", Static).render())


def record_notifications(monkeypatch: pytest.MonkeyPatch, app: StorybuilderApp) -> list[str]:
    notes: list[str] = []

    def notify(message: str, **kwargs: Any) -> None:
        notes.append(message)

    monkeypatch.setattr(app, "notify", notify)
    return notes


def core_app(tmp_path: Path, core: Bank, story: Story | None = None) -> StorybuilderApp:
    editor = StoryEditor(create_story(tmp_path / "story.toml", story or Story(), core))
    return StorybuilderApp(editor=editor, bank=core)


async def test_a_new_story_starts_with_the_first_pass(tmp_path: Path, core: Bank) -> None:
    app = core_app(tmp_path, core)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.3)
        assert crumb(app) == "First pass · Project · 1 of about 19 · required"
        await type_text(pilot, "Coding assistant")
        await pilot.press("enter")
        await pilot.pause(0.3)
        # The summary, not the authors: they wait for the deepening.
        assert current_id(pilot) == "summary"
        assert crumb(app).startswith("First pass · Project · 2 of about 19")

        # The palette leaves the first pass: every question in order from here.
        await pilot.press("ctrl+p")
        await type_text(pilot, "Ask every question")
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert current_id(pilot) == "summary"
        assert crumb(app).startswith("Every question · Project · 3 of about")
        await pilot.press("ctrl+n")
        await pilot.pause(0.3)
        assert current_id(pilot) == "advanced"


async def test_the_end_of_the_first_pass_says_so_and_deepens(
    tmp_path: Path, core: Bank, monkeypatch: pytest.MonkeyPatch
) -> None:
    interview = Interview(Story(), core)
    for question_id, value in FIRST_PASS_ANSWERS.items():
        if question_id != "claims":  # left blank: Next on it ends the first pass
            interview.answer(value, core.by_id[question_id])
    app = core_app(tmp_path, core, interview.story)
    assert app.editor is not None
    app.editor.interview.jump("claims", come_back=False)
    notes = record_notifications(monkeypatch, app)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.3)
        assert crumb(app).startswith("First pass · Falsifiable claims · 19 of about 19")
        await pilot.press("ctrl+n")
        await pilot.pause(0.3)
        assert any(n.startswith("First pass done: your story is complete") for n in notes)
        assert current_id(pilot) == "authors"
        assert crumb(app).startswith("Deepening · Project · 1 of about")


async def test_next_after_a_sidebar_jump_returns_to_where_it_started(
    app: StorybuilderApp, story_path: Path
) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.3)
        await type_text(pilot, "Chip placement")
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert current_id(pilot) == "authors"
        sidebar = app.screen.query_one(SectionSidebar)
        sidebar.focus()
        sidebar.highlighted = [o.id for o in sidebar.options].index("goal")
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert current_id(pilot) == "goal-classes"
        feedback = str(app.screen.query_one("#feedback").render())
        assert "Next takes you back to “Who wrote it?”" in feedback
        await pilot.press("space", "ctrl+n")  # choose the first class, go on
        await pilot.pause(0.3)
        assert current_id(pilot) == "authors"
        assert read_toml(story_path)["goal"]["classes"]


async def test_alt_arrows_move_from_a_text_box_where_ctrl_keys_edit(
    tmp_path: Path, core: Bank
) -> None:
    app = core_app(tmp_path, core)
    assert app.editor is not None
    app.editor.interview.jump("goal-specification", come_back=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.3)
        await paste(pilot, SPECIFICATION)
        await pilot.press("alt+right")
        await pilot.pause(0.3)
        assert current_id(pilot) == "goal-desirability"
        assert read_toml(tmp_path / "story.toml")["goal"]["specification"].startswith(
            "A policy network"
        )
        await pilot.press("alt+left")
        await pilot.pause(0.3)
        assert current_id(pilot) == "goal-specification"


async def test_f1_opens_the_questions_help_then_the_guide(tmp_path: Path, core: Bank) -> None:
    from textual.widgets import TabbedContent

    from storybuilder.tui.screens.help import HelpScreen

    app = core_app(tmp_path, core)
    assert app.editor is not None
    app.editor.interview.jump("goal-specification", come_back=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.3)
        await pilot.press("f1")
        await pilot.pause(0.3)
        assert isinstance(app.screen, HelpScreen)
        tabs = app.screen.query_one("#help-tabs", TabbedContent)
        assert tabs.active == "tab-question"
        shown = app.screen.query_one("#question-help-prompt", Static).render()
        assert str(shown) == core.by_id["goal-specification"].prompt
        await pilot.press("f1")
        await pilot.pause(0.3)
        assert tabs.active == "tab-help"
        await pilot.press("f1")
        await pilot.pause(0.3)
        assert not isinstance(app.screen, HelpScreen)
        assert current_id(pilot) == "goal-specification"


async def test_long_help_scrolls_while_the_cursor_stays_in_the_answer(
    tmp_path: Path, core: Bank
) -> None:
    from textual.containers import VerticalScroll
    from textual.widgets import TextArea

    app = core_app(tmp_path, core)
    assert app.editor is not None
    app.editor.interview.jump("goal-specification", come_back=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.3)
        help_box = app.screen.query_one("#help-box", VerticalScroll)
        assert help_box.max_scroll_y > 0, "the help fits: pick a longer one for this test"
        assert isinstance(app.focused, TextArea)
        await pilot.press("alt+down")
        await pilot.pause(0.2)
        assert help_box.scroll_y > 0
        assert isinstance(app.focused, TextArea)
        await pilot.press("alt+up")
        await pilot.pause(0.2)
        assert help_box.scroll_y == 0


async def test_the_preview_scrolls_to_the_section_being_edited(tmp_path: Path, core: Bank) -> None:
    from storybuilder.examples import start_from_example
    from storybuilder.tui.widgets.document_preview import DocumentPreview

    app = core_app(tmp_path, core, start_from_example("truthful-qa"))
    assert app.editor is not None
    app.editor.interview.jump("title", come_back=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.5)
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)
        preview = app.screen.query_one("#preview", DocumentPreview)
        assert preview.scroll_y == 0  # the project: the top of the document

        sidebar = app.screen.query_one(SectionSidebar)
        sidebar.focus()
        sidebar.highlighted = [o.id for o in sidebar.options].index("claims")
        await pilot.press("enter")
        await pilot.pause(0.5)
        assert current_id(pilot) == "claims"
        part = preview.part_for("Falsifiable claims")
        assert part is not None
        top = part.virtual_region.y
        assert preview.scroll_y > 0
        assert preview.scroll_y <= top < preview.scroll_y + preview.size.height

        # Back where the jump started: the top again.
        await pilot.press("ctrl+n")
        await pilot.pause(0.5)
        assert current_id(pilot) == "title"
        assert preview.scroll_y == 0


async def test_the_question_header_keeps_required_at_80x24(tmp_path: Path, core: Bank) -> None:
    app = core_app(tmp_path, core)
    assert app.editor is not None
    app.editor.interview.jump("goal-specification", come_back=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.3)
        screen = app.export_screenshot().replace("&#160;", " ")
        assert "First pass · Training goal · 5 of about 19 · required" in screen


async def test_an_answer_is_edited_from_the_review(app: StorybuilderApp, story_path: Path) -> None:
    from storybuilder.tui.screens.review import ReviewScreen
    from storybuilder.tui.widgets.answer_list import AnswerList

    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.3)
        await type_text(pilot, "Chip placement")
        await pilot.press("enter")
        await pilot.pause(0.3)
        await pilot.press("ctrl+r")
        await pilot.pause(0.5)
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("ctrl+t", "ctrl+t")  # the document, then the answers
        await pilot.pause(0.3)
        answers = app.screen.query_one("#answers", AnswerList)
        assert app.focused is answers
        assert "Chip placement" in str(answers.get_option_at_index(0).prompt)
        await pilot.press("enter")  # edit the first: the title
        await pilot.pause(0.5)
        assert current_id(pilot) == "title"
        await pilot.press("end")  # the input selects its text when focused
        await type_text(pilot, " v2")
        await pilot.press("enter")
        await pilot.pause(0.5)
        assert isinstance(app.screen, ReviewScreen)
        assert read_toml(story_path)["meta"]["title"] == "Chip placement v2"
        answers = app.screen.query_one("#answers", AnswerList)
        assert "Chip placement v2" in str(answers.get_option_at_index(0).prompt)
        await pilot.press("escape")
        await pilot.pause(0.5)
        assert current_id(pilot) == "authors"  # where the review was opened


async def test_after_an_edit_from_the_review_it_opens_where_the_author_left_it(
    app: StorybuilderApp, story_path: Path
) -> None:
    from textual.widgets import TabbedContent

    from storybuilder.tui.screens.review import ReviewScreen
    from storybuilder.tui.widgets.answer_list import AnswerList

    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.3)
        await type_text(pilot, "Chip placement")
        await pilot.press("enter")
        await pilot.pause(0.3)
        await pilot.press("ctrl+r")
        await pilot.pause(0.5)
        await pilot.press("ctrl+t", "ctrl+t", "down")  # the answers; the second: authors
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.5)
        assert current_id(pilot) == "authors"
        await type_text(pilot, "Ada")
        await pilot.press("ctrl+n")
        await pilot.pause(0.5)
        assert isinstance(app.screen, ReviewScreen)
        assert read_toml(story_path)["meta"]["authors"] == ["Ada"]
        # Back on the answers, at the one just edited, not at the top of the checklist.
        assert app.screen.query_one("#review-tabs", TabbedContent).active == "tab-answers"
        answers = app.screen.query_one("#answers", AnswerList)
        assert app.focused is answers
        assert answers.highlighted is not None
        assert answers.get_option_at_index(answers.highlighted).id == "authors"
