"""Bank help texts in one-line widgets: marks drawn as styles, everything else as text."""

from __future__ import annotations

from pathlib import Path

from storybuilder.bank import packaged_bank
from storybuilder.tui.inline_markdown import inline
from storybuilder.tui.texts import glossary_entries
from storybuilder.tui.widgets.glossary_view import GlossaryView


def test_bold_italic_and_code_become_styles_not_stars() -> None:
    content = inline("**Weak point:** it may *hide*, see `probe` and [b]this[/b] <x>")
    assert content.plain == "Weak point: it may hide, see probe and [b]this[/b] <x>"
    styles = {str(span.style) for span in content.spans}
    assert {"bold", "italic", "reverse"} <= styles


def test_stars_that_are_not_marks_stay() -> None:
    assert inline("2 * 3 * 4 and snake_case_name").plain == "2 * 3 * 4 and snake_case_name"


def test_no_goal_class_or_glossary_entry_shows_raw_bold_marks() -> None:
    core = packaged_bank("core")
    for entry in glossary_entries(core):
        assert "**" not in GlossaryView._content(entry).plain, entry.term
    for option in core.options(core.by_id["goal-classes"]):
        assert "**" not in inline(option.help).plain, option.id


async def test_class_descriptions_and_the_glossary_show_no_markdown_stars_on_screen(
    tmp_path: Path,
) -> None:
    from storybuilder.session import create_story
    from storybuilder.story import Story
    from storybuilder.tui.app import StorybuilderApp
    from storybuilder.tui.editor import StoryEditor

    core = packaged_bank("core")
    editor = StoryEditor(create_story(tmp_path / "s.toml", Story(), core))
    editor.interview.jump("goal-classes", come_back=False)
    app = StorybuilderApp(editor=editor, bank=core)

    def screen() -> str:
        return " ".join(app.export_screenshot().replace("&#160;", " ").split())

    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause(0.3)
        await pilot.press("down")  # the loss-minimizing model: "**Weak point:** ..."
        await pilot.pause(0.3)
        assert "**" in core.options(core.by_id["goal-classes"])[1].help
        assert "wireheading" in screen()  # its description is shown, without its stars
        assert "**" not in screen()
        await pilot.press("f1", "f1", "ctrl+t")  # the question's help, the guide, the glossary
        await pilot.pause(0.3)
        await pilot.press(*"simulator")
        await pilot.pause(0.3)
        assert "molecular dynamics" in screen()  # the Simulator class, whose help has stars
        assert "**" not in screen()
