"""Escape sequences in a story never reach the terminal through the wizard.

Author and file text (titles, problems, notes, the file name) can hold ESC, C1 controls
such as U+009B (CSI) and bidi overrides. Whatever Textual does with them, the screen
that the wizard sends to the terminal must not carry them: these tests look at the
text of every segment of a full redraw, which is what the driver writes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from storybuilder.bank import Bank
from storybuilder.story import Story
from storybuilder.tui.app import StorybuilderApp
from storybuilder.tui.editor import StoryEditor
from storybuilder.tui.screens.review import ReviewScreen

HOSTILE = "\x1b]0;pwned\x07 \x1b]52;c;cHduZWQ=\x07 \x1b[2J \x9b31m \x85 \u202eevil"
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

STORY = {
    "meta": {"title": f"T {HOSTILE}", "authors": [f"A {HOSTILE}"]},
    "goal": {"classes": ["simulator"], "specification": f"Spec {HOSTILE}"},
    "claims": [{"claim": f"Claim {HOSTILE}"}],
    "problems": [{"title": f"Own {HOSTILE}", "detail": f"Detail {HOSTILE}"}],
    "triage": {"simulator-unexplained": {"status": "accepted", "note": f"Note {HOSTILE}"}},
}


def screen_text(app: StorybuilderApp) -> str:
    """The text of every segment of a full redraw of the screen (styles left out)."""
    update = app.screen._compositor.render_update(full=True)
    strips = getattr(update, "strips", [])  # a full update is a LayoutUpdate with strips
    return "".join(segment.text for line in strips for strip in line for segment in strip)


async def test_review_screen_sends_no_control_characters(
    new_editor: Callable[..., StoryEditor], mini_bank: Bank
) -> None:
    app = StorybuilderApp(editor=new_editor(Story.model_validate(STORY)), bank=mini_bank)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        shown = []
        for _ in range(4):  # each problem in turn, with its triage panel
            text = screen_text(app)
            shown.append(text)
            await pilot.press("down")
            await pilot.pause()
        await pilot.press("ctrl+t")
        await pilot.pause(0.5)
        shown.append(screen_text(app))
        everything = "".join(shown)
        assert "pwned" in everything and "Own" in everything
        # The review's own widgets show what was there, as visible escapes.
        assert "\\x1b]0;pwned\\x07" in everything
        assert not _UNSAFE.findall(everything), sorted(set(_UNSAFE.findall(everything)))


async def test_error_screen_sends_no_control_characters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A short relative path: a long temporary folder (as under parallel workers) wraps
    # the shown name across lines, and the assertion would read a wrapped line.
    monkeypatch.chdir(tmp_path)
    path = Path("bad\x1b]0;name\x07.toml")
    path.write_text('format = 1\n[meta]\n"ti\\u001b]0;key\\u0007tle" = "x"\n')
    from storybuilder.session import open_story
    from storybuilder.storefile import StoryFileError

    try:
        open_story(path)
    except StoryFileError as err:
        problem = str(err)
    app = StorybuilderApp(editor=None, error=problem, error_path=path)
    async with app.run_test(size=(200, 30)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "\\x1b]0;name\\x07" in text
        assert "\\x1b]0;key\\x07" in text
        assert not _UNSAFE.findall(text)
