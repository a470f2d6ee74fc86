"""A list of short items (authors, assumptions), one per line."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.widgets import Static, TextArea

from storybuilder.tui.widgets.answer_input import AnswerInput
from storybuilder.tui.widgets.stable_text_area import StableTextArea


class ListAnswer(AnswerInput):
    """One item per line; blank lines are dropped when the answer is saved."""

    DEFAULT_CSS = """
    ListAnswer {
        & > TextArea {
            height: 25vh;
            min-height: 4;
        }
        & > .hint {
            color: $text-muted;
        }
    }
    """

    def compose(self) -> ComposeResult:
        initial = self.initial
        text = "\n".join(initial) if isinstance(initial, list) else str(initial or "")
        yield StableTextArea(
            text,
            soft_wrap=True,
            tab_behavior="focus",
            placeholder="One item per line",
            id="list-input",
        )
        yield Static("One item per line.", classes="hint")

    @property
    def value(self) -> Any:
        return self.query_one(TextArea).text
