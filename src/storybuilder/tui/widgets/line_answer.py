"""A one-line answer (a title, a name)."""

from __future__ import annotations

from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.widgets import Input

from storybuilder.tui.widgets.answer_input import AnswerInput


class LineAnswer(AnswerInput):
    """One line of text; Enter confirms the answer and moves on."""

    def compose(self) -> ComposeResult:
        yield Input(
            value=str(self.initial or ""),
            placeholder="Type your answer; Enter goes on",
            id="line-input",
        )

    @property
    def value(self) -> Any:
        return self.query_one(Input).value

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Submitted(self))
