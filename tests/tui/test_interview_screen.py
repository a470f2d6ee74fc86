"""Pilot tests of the interview screen: answering, moving, feedback, panes, saving."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Markdown, OptionList, Static, TabbedContent, TextArea

from storybuilder import critic
from storybuilder.bank import Bank
from storybuilder.problem import OpenProblem
from storybuilder.session import open_story
from storybuilder.story import Story
from storybuilder.tui.app import StorybuilderApp
from storybuilder.tui.editor import StoryEditor
from storybuilder.tui.screens.conflict import ConflictScreen
from storybuilder.tui.screens.interview import TYPED_PREVIEW_DELAY, InterviewScreen
from storybuilder.tui.widgets.document_preview import DocumentPreview
from storybuilder.tui.widgets.entries_answer import EntriesAnswer
from storybuilder.tui.widgets.feedback_line import FeedbackLine
from storybuilder.tui.widgets.problem_list import ProblemList

from .conftest import MINI_BANK
from .helpers import current_id, feedback_text, paste, read_toml, type_text, until


def record_notifications(monkeypatch: pytest.MonkeyPatch, app: StorybuilderApp) -> list[str]:
    notes: list[str] = []

    def notify(message: str, **kwargs: Any) -> None:
        notes.append(message)

    monkeypatch.setattr(app, "notify", notify)
    return notes


async def test_a_required_answer_is_refused_at_the_input(
    app: StorybuilderApp, story_path: Path
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        assert current_id(pilot) == "title"
        feedback = app.screen.query_one("#feedback", FeedbackLine)
        assert feedback.level == "error"
        assert "needs an answer" in feedback_text(pilot)
        assert not app.screen.query(ConflictScreen)  # no modal: the message is at the input
        assert "title" not in read_toml(story_path).get("meta", {})
        await type_text(pilot, "Fixed")
        await pilot.press("enter")
        assert current_id(pilot) == "authors"
        assert read_toml(story_path)["meta"]["title"] == "Fixed"


async def test_back_is_greyed_on_the_first_question_and_keeps_edits_as_drafts(
    app: StorybuilderApp, story_path: Path
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        assert screen.check_action("back", ()) is None
        assert screen.query_one("#back").disabled
        await type_text(pilot, "Story")
        await pilot.press("enter")
        assert screen.check_action("back", ()) is True
        await type_text(pilot, "Ada")  # typed, not confirmed with Next
        await pilot.press("ctrl+b")
        assert current_id(pilot) == "title"
        # Going back kept what was typed as a draft, not as the answer.
        assert "authors" not in read_toml(story_path)["meta"]
        assert "Ada" in (story_path.parent / ".story.toml.drafts").read_text(encoding="utf-8")
        await pilot.press("ctrl+n")
        assert current_id(pilot) == "authors"
        assert screen.query_one("#list-input", TextArea).text == "Ada"
        assert "draft" in feedback_text(pilot)
        await pilot.press("ctrl+n")  # now confirmed
        assert read_toml(story_path)["meta"]["authors"] == ["Ada"]
        assert not (story_path.parent / ".story.toml.drafts").exists()


async def test_an_invalid_edit_is_kept_as_a_draft(
    monkeypatch: pytest.MonkeyPatch,
    new_editor: Callable[..., StoryEditor],
    mini_bank: Bank,
    story_path: Path,
) -> None:
    editor = new_editor()
    editor.interview.jump("specification", come_back=False)
    app = StorybuilderApp(editor=editor, bank=mini_bank)
    notes = record_notifications(monkeypatch, app)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert current_id(pilot) == "specification"
        await type_text(pilot, "too short")  # min_words = 3
        await pilot.press("ctrl+b")
        assert current_id(pilot) == "goal-classes"
        assert "Draft kept, not confirmed" in str(app.screen.query_one("#save-status").render())
        assert not notes
        assert "specification" not in read_toml(story_path).get("goal", {})
        await pilot.press("ctrl+n")
        assert current_id(pilot) == "specification"
        assert app.screen.query_one("#text-input", TextArea).text == "too short"
        assert "draft" in feedback_text(pilot)
        await pilot.press("ctrl+n")
        assert "at least 3 words" in feedback_text(pilot)
        assert current_id(pilot) == "specification"


async def test_the_word_count_follows_typing_and_warns_below_the_minimum(
    new_editor: Callable[..., StoryEditor], mini_bank: Bank
) -> None:
    editor = new_editor()
    editor.interview.jump("specification", come_back=False)  # min_words = 3
    app = StorybuilderApp(editor=editor, bank=mini_bank)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        counter = app.screen.query_one(".word-count", Static)
        assert str(counter.render()) == "0 words (at least 3)"
        await type_text(pilot, "two words")
        await pilot.pause()
        assert str(counter.render()) == "2 words (at least 3)"
        assert counter.has_class("-short")
        await type_text(pilot, " and more")
        await pilot.pause()
        assert str(counter.render()) == "4 words (at least 3)"
        assert not counter.has_class("-short")


async def test_skip_records_the_question_as_skipped(app: StorybuilderApp, story_path: Path) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+l")
        assert current_id(pilot) == "authors"
        assert read_toml(story_path)["interview"]["skipped"] == ["title"]
        await pilot.press("ctrl+b")
        assert "skipped" in feedback_text(pilot)


async def test_the_sidebar_jumps_to_a_section_with_the_mouse(
    app: StorybuilderApp, story_path: Path
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        # Sections take two lines each: Project, Training goal, Evaluation, Claims.
        await pilot.click("#sidebar", offset=(4, 6))
        await pilot.pause()
        assert current_id(pilot) == "claims"
        assert read_toml(story_path)["interview"]["at"] == "claims"


async def test_the_sidebar_marks_sections_with_open_problems(
    new_editor: Callable[..., StoryEditor], mini_bank: Bank
) -> None:
    editor = new_editor(Story.model_validate({"claims": [{"claim": "No planning"}]}))
    app = StorybuilderApp(editor=editor, bank=mini_bank)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        sidebar = app.screen.query_one("#sidebar", OptionList)
        claims = str(sidebar.get_option_at_index(3).prompt)
        project = str(sidebar.get_option_at_index(0).prompt)
        assert "! 1" in claims
        assert "!" not in project


async def test_the_command_palette_jumps_to_a_section(app: StorybuilderApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await type_text(pilot, "section: claims")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert current_id(pilot) == "claims"


async def test_the_preview_is_mounted_only_when_shown(app: StorybuilderApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await type_text(pilot, "Lazy story")
        await pilot.press("enter")
        await pilot.pause(0.3)
        # Hidden at 80 columns: neither the pane nor the document exists yet.
        assert not app.screen.query("#preview")
        await pilot.press("ctrl+t")
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        preview = app.screen.query_one("#preview", DocumentPreview)
        assert preview.markdown_mounted
        assert "Lazy story" in preview.parts[0].source
        assert not app.screen.query_one("#question-column").display
        assert app.focused is preview
        await pilot.press("ctrl+t")  # problems
        await pilot.pause()
        assert app.screen.query_one("#aside-tabs", TabbedContent).active == "tab-problems"
        await pilot.press("ctrl+t")  # back to the question
        await pilot.pause()
        assert app.screen.query_one("#question-column").display
        assert not app.screen.query_one("#aside").display
        assert app.focused is not None and app.focused.id == "list-input"


async def test_the_pane_beside_the_question_shows_the_document_then_the_problems(
    new_editor: Callable[..., StoryEditor], mini_bank: Bank
) -> None:
    story = Story.model_validate(
        {"meta": {"title": "Side by side"}, "problems": [{"title": "Data may leak"}]}
    )
    app = StorybuilderApp(editor=new_editor(story), bank=mini_bank)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        preview = app.screen.query_one("#preview", DocumentPreview)
        assert not preview.query("#preview-placeholder")
        assert "Side by side" in preview.parts[0].source
        await pilot.press("ctrl+t")  # the problems, still beside the question
        await pilot.pause()
        problems = app.screen.query_one("#problems", ProblemList)
        assert problems.display
        assert "Data may leak" in [problem.title for problem in problems.problems]
        assert app.screen.query_one("#question-column").display


async def test_the_sidebar_shows_the_problems_with_the_pane_beside_the_question(
    new_editor: Callable[..., StoryEditor], mini_bank: Bank
) -> None:
    # At 120 columns the critic's first result reaches the sidebar together with the
    # pane that shows it (one layout and paint for both), never with a pane missing.
    story = Story.model_validate({"meta": {"title": "Together"}, "problems": [{"title": "Open"}]})
    app = StorybuilderApp(editor=new_editor(story), bank=mini_bank)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        seen: list[tuple[bool, bool]] = []

        def record() -> bool:
            seen.append((screen.snapshot is not None, bool(screen.query("#preview"))))
            return seen[-1] == (True, True)

        assert await until(pilot, record)
        assert (True, False) not in seen
        snapshot = screen.snapshot
        assert snapshot is not None and snapshot.open_count
        tabs = screen.query_one("#aside-tabs", TabbedContent)
        assert tabs.get_tab("tab-problems").label.plain == f"Problems ({snapshot.open_count})"


def count_refreshes(monkeypatch: pytest.MonkeyPatch, preview: DocumentPreview) -> list[str]:
    """The documents the preview shows from now on, one per refresh."""
    shown: list[str] = []
    real = preview.show_text

    async def show_text(text: str) -> None:
        shown.append(text)
        await real(text)

    monkeypatch.setattr(preview, "show_text", show_text)
    return shown


async def test_typing_shows_in_the_preview_after_a_pause_not_per_key(
    new_editor: Callable[..., StoryEditor],
    mini_bank: Bank,
    monkeypatch: pytest.MonkeyPatch,
    story_path: Path,
) -> None:
    editor = new_editor()
    app = StorybuilderApp(editor=editor, bank=mini_bank)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.5)
        await app.workers.wait_for_complete()
        preview = app.screen.query_one("#preview", DocumentPreview)
        # Shown beside the question when wide (a loaded machine may take a moment).
        assert await until(pilot, lambda: preview.markdown_mounted)
        shown = count_refreshes(monkeypatch, preview)
        typed = "Chip placement"
        await type_text(pilot, typed)
        await pilot.pause(TYPED_PREVIEW_DELAY + 0.5)
        await app.workers.wait_for_complete()
        assert await until(pilot, lambda: bool(shown) and "# Chip placement" in shown[-1])
        # Not a refresh per key: one once typing paused (a key delayed past the pause by a
        # loaded machine may add one more), and the last shows the whole title.
        assert len(shown) <= 2 < len(typed)
        assert "Chip placement" in preview.parts[0].source
        assert "Chip placement" not in story_path.read_text()  # still a draft
        await pilot.press("ctrl+n")
        await pilot.pause(0.5)
        await app.workers.wait_for_complete()
        assert "Chip placement" in preview.parts[0].source


async def test_one_confirmed_answer_runs_the_critic_once(
    app: StorybuilderApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sidebar, problem list and preview all show the problems of one critic run."""
    runs: list[str] = []
    real = critic.detect

    def counting(*args: Any, **kwargs: Any) -> list[OpenProblem]:
        runs.append("detect")
        return real(*args, **kwargs)

    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.5)
        await app.workers.wait_for_complete()
        preview = app.screen.query_one("#preview", DocumentPreview)
        assert preview.markdown_mounted  # the preview is on screen, so it re-renders
        monkeypatch.setattr(critic, "detect", counting)
        await type_text(pilot, "Counted")
        await pilot.press("enter")
        await pilot.pause(0.5)
        await app.workers.wait_for_complete()
        assert current_id(pilot) == "authors"
        shown = count_refreshes(monkeypatch, preview)
        assert "Counted" in preview.parts[0].source
        assert runs == ["detect"]
        # Going back changes no answer: no critic run, no new preview.
        await pilot.press("ctrl+b")
        await pilot.pause(0.5)
        await app.workers.wait_for_complete()
        assert current_id(pilot) == "title"
        assert runs == ["detect"] and shown == []


async def answer_after_an_outside_change(pilot: Pilot[int], story_path: Path) -> None:
    """Change the story file behind the wizard's back, then answer: a save conflict."""
    await pilot.pause()
    story_path.write_text(
        'format = 1\n[meta]\ntitle = "Changed elsewhere"\n[interview]\nbank = "mini"\n',
        encoding="utf-8",
    )
    await type_text(pilot, "Mine")
    await pilot.press("enter")
    await pilot.pause()


async def test_a_file_changed_on_disk_asks_before_overwriting(
    app: StorybuilderApp, story_path: Path
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await answer_after_an_outside_change(pilot, story_path)
        assert isinstance(app.screen, ConflictScreen)
        assert read_toml(story_path)["meta"]["title"] == "Changed elsewhere"
        await pilot.click("#overwrite")
        await pilot.pause()
        assert isinstance(app.screen, InterviewScreen)
        assert read_toml(story_path)["meta"]["title"] == "Mine"


async def test_a_conflict_can_load_the_disk_version(app: StorybuilderApp, story_path: Path) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await answer_after_an_outside_change(pilot, story_path)
        assert isinstance(app.screen, ConflictScreen)
        await pilot.click("#reload")
        await pilot.pause()
        assert isinstance(app.screen, InterviewScreen)
        assert app.editor is not None
        assert app.editor.story.meta.title == "Changed elsewhere"
        assert read_toml(story_path)["meta"]["title"] == "Changed elsewhere"
        assert "saved" in str(app.screen.query_one("#save-status").render())
        assert current_id(pilot) == "authors"  # the first unanswered question on disk


async def test_a_save_error_is_reported_and_the_answer_kept(
    monkeypatch: pytest.MonkeyPatch, app: StorybuilderApp, tmp_path: Path
) -> None:
    notes = record_notifications(monkeypatch, app)
    assert app.editor is not None
    app.editor.path = tmp_path / "gone" / "story.toml"
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await type_text(pilot, "Unsaved")
        await pilot.press("enter")
        await pilot.pause()
        assert any("cannot save" in note for note in notes)
        assert "Not saved" in str(app.screen.query_one("#save-status").render())
        assert app.editor.story.meta.title == "Unsaved"


async def test_entries_can_be_added_and_removed(
    new_editor: Callable[..., StoryEditor], mini_bank: Bank, story_path: Path
) -> None:
    editor = new_editor()
    editor.interview.jump("claims", come_back=False)
    app = StorybuilderApp(editor=editor, bank=mini_bank)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        entries = app.screen.query_one(EntriesAnswer)
        await paste(pilot, "First")
        await pilot.click("#add-entry")
        await pilot.pause()
        await paste(pilot, "Second")
        await pilot.click("#add-entry")
        await pilot.pause()
        await paste(pilot, "Third")
        assert len(entries.rows) == 3
        await pilot.click(entries.rows[1].query_one(".remove"))
        await pilot.pause()
        assert [row.value.get("claim") for row in entries.rows] == ["First", "Third"]
        await pilot.press("ctrl+n")
        await pilot.pause()
    claims = read_toml(story_path)["claims"]
    assert [c["claim"] for c in claims] == ["First", "Third"]


async def test_an_entry_without_its_required_field_is_refused_at_the_input(
    new_editor: Callable[..., StoryEditor], mini_bank: Bank
) -> None:
    editor = new_editor()
    editor.interview.jump("claims", come_back=False)
    app = StorybuilderApp(editor=editor, bank=mini_bank)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await pilot.press("tab")  # to the Test field of entry 1
        await paste(pilot, "A test without a claim")
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert current_id(pilot) == "claims"
        assert "Entry 1, Claim: Claim is required." in feedback_text(pilot)


async def test_quit_saves_the_current_answer_and_edit_resumes_there(
    app: StorybuilderApp, story_path: Path, mini_bank: Bank
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await type_text(pilot, "Resumable")
        await pilot.press("enter")
        await type_text(pilot, "Ada")
        await pilot.press("ctrl+q")
        await pilot.pause()
    data = read_toml(story_path)
    assert data["meta"]["authors"] == ["Ada"]
    assert data["interview"]["at"] == "authors"

    resumed = StorybuilderApp(editor=StoryEditor(open_story(story_path, MINI_BANK), MINI_BANK))
    async with resumed.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert current_id(pilot) == "authors"


async def test_skip_moves_on_and_records_the_skip(app: StorybuilderApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        first = current_id(pilot)
        await screen.action_skip()
        await pilot.pause()
        assert current_id(pilot) != first


@pytest.mark.usefixtures("skip_on_f5")
async def test_keys_can_be_remapped_by_binding_id(
    new_editor: Callable[..., StoryEditor], mini_bank: Bank
) -> None:
    app = StorybuilderApp(editor=new_editor(), bank=mini_bank)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f5")
        assert current_id(pilot) == "authors"
        await pilot.press("f1")
        await pilot.pause(0.3)
        assert "| `f5` |" in app.screen.query_one("#guide", Markdown).source


async def test_the_command_palette_lists_sections_in_interview_order(
    app: StorybuilderApp,
) -> None:
    from textual.command import CommandList

    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause(0.5)
        commands = app.screen.query_one(CommandList)
        shown = [str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)]
        sections = [
            line.split(": ", 1)[1].split("\n")[0] for line in shown if "Go to section: " in line
        ]
        expected = [s.title for s in app.editor.bank.sections]  # type: ignore[union-attr]
        assert sections == [t for t in expected if t in sections] and len(sections) > 2
        assert sections != sorted(sections)


def core_app_at_goal_classes(tmp_path: Path, story: dict[str, Any]) -> StorybuilderApp:
    """The wizard on the core bank (ten goal classes), at the goal-class question."""
    from storybuilder.bank import packaged_bank
    from storybuilder.session import create_story

    core = packaged_bank("core")
    editor = StoryEditor(create_story(tmp_path / "s.toml", Story.model_validate(story), core))
    editor.interview.jump("goal-classes", come_back=False)
    return StorybuilderApp(editor=editor, bank=core)


async def test_a_long_choice_list_scrolls_to_the_highlighted_option_at_80x24(
    tmp_path: Path,
) -> None:
    from storybuilder.tui.widgets.multi_choice_answer import ChoiceList

    app = core_app_at_goal_classes(tmp_path, {})
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.3)
        choices = app.screen.query_one(ChoiceList)
        for _ in range(choices.option_count - 1):
            await pilot.press("down")
        await pilot.pause(0.3)
        last = str(choices.get_option_at_index(choices.option_count - 1).prompt)
        screen = app.export_screenshot().replace("&#160;", " ")
        assert last in screen, f"{last!r} is highlighted but not on screen"


async def test_the_highlighted_options_description_is_on_screen_at_80x24(
    tmp_path: Path,
) -> None:
    from storybuilder.tui.widgets.multi_choice_answer import ChoiceList

    app = core_app_at_goal_classes(tmp_path, {})
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.3)
        choices = app.screen.query_one(ChoiceList)
        from storybuilder.bank import packaged_bank

        core = packaged_bank("core")
        options = core.options(core.by_id["goal-classes"])
        # Down to the last option and back up to the first: wherever the arrows go, the
        # option and the start of its description are in sight (the question's own help
        # is, before the first key).
        last = choices.option_count - 1
        for step, index in enumerate([*range(1, last + 1), *range(last - 1, -1, -1)]):
            await pilot.press("down" if step < last else "up")
            await pilot.pause(0.2)
            assert choices.highlighted == index
            screen = " ".join(app.export_screenshot().replace("&#160;", " ").split())
            label = options[index].label
            opening = " ".join(options[index].help.split()[:3])
            assert label in screen, f"{label!r} is highlighted but not on screen"
            assert opening in screen, f"the description of {label!r} is not on screen"


async def test_chosen_options_differ_by_mark_not_only_by_colour(tmp_path: Path) -> None:
    app = core_app_at_goal_classes(tmp_path, {"goal": {"classes": ["simulator"]}})
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause(0.3)
        from storybuilder.tui.widgets.multi_choice_answer import ChoiceList

        choices = app.screen.query_one(ChoiceList)
        # The text of each drawn line, without colours: the mark alone must tell them apart.
        drawn = [choices.render_line(y).text for y in range(choices.option_count)]
        chosen = [line for line in drawn if "✓" in line]
        assert len(chosen) == 1 and "Simulator" in chosen[0]
        assert all("X" not in line[:4] for line in drawn)


async def test_enter_on_a_choice_chooses_and_goes_on(
    new_editor: Callable[..., StoryEditor], mini_bank: Bank, story_path: Path
) -> None:
    editor = new_editor()
    editor.interview.jump("advanced", come_back=False)
    app = StorybuilderApp(editor=editor, bank=mini_bank)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.3)
        assert current_id(pilot) == "advanced"
        await pilot.press("down", "enter")
        await pilot.pause(0.3)
        assert current_id(pilot) == "goal-classes"
        assert read_toml(story_path)["meta"]["advanced"] is False


async def test_enter_in_a_list_of_several_goes_on_with_the_ticked_options(
    new_editor: Callable[..., StoryEditor], mini_bank: Bank, story_path: Path
) -> None:
    editor = new_editor()
    editor.interview.jump("goal-classes", come_back=False)
    app = StorybuilderApp(editor=editor, bank=mini_bank)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.3)
        assert current_id(pilot) == "goal-classes"
        # Space ticks; Enter goes on as it does from a single choice, keeping the tick.
        await pilot.press("space", "enter")
        assert await until(pilot, lambda: current_id(pilot) != "goal-classes")
        first = mini_bank.options(mini_bank.by_id["goal-classes"])[0].id
        assert read_toml(story_path)["goal"]["classes"] == [first]


async def test_quitting_while_the_pane_is_being_built_exits_cleanly(
    new_editor: Callable[..., StoryEditor], mini_bank: Bank
) -> None:
    # At 120 columns the pane is built just after the first frame; a user who quits at
    # once must get a normal exit, not a crash about a widget that is already gone.
    story = Story.model_validate({"meta": {"title": "Quick exit"}})
    app = StorybuilderApp(editor=new_editor(story), bank=mini_bank)
    async with app.run_test(size=(120, 40)) as pilot:
        app.exit()
        await pilot.pause()
    assert app.return_code in (0, None)
