"""Bank help texts in one-line widgets: marks drawn as styles, everything else as text."""

from __future__ import annotations

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
