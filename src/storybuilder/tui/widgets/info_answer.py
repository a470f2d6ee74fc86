"""An info "question": text to read, nothing to answer."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.widgets import Static

from storybuilder.tui.widgets.answer_input import AnswerInput


class InfoAnswer(AnswerInput):
    """No input: a line saying how to go on."""

    DEFAULT_CSS = """
    InfoAnswer > Static {
        color: $text-muted;
    }
    """

    def compose(self) -> ComposeResult:
        yield Static("Nothing to answer here: go on with Next.")

    @property
    def value(self) -> Any:
        return None

    def focus_input(self) -> None:
        self.screen.set_focus(None)
