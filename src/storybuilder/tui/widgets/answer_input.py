"""The base of the answer inputs: one widget per question kind, one interface."""

from __future__ import annotations

from typing import Any

from textual.message import Message
from textual.widget import Widget

from storybuilder.bank import Bank, Question

_UNSET: Any = object()


class AnswerInput(Widget):
    """An input for one question; subclasses fit a question kind.

    The screen reads ``value`` (in the shape ``Interview.answer`` takes) when the author
    confirms, and ``edited`` to know whether there is anything to keep when leaving the
    question another way (back, jump, skip). The value shown at first is passed to the
    constructor, so restoring an answer fires no change that could be mistaken for an edit.
    """

    DEFAULT_CSS = """
    AnswerInput {
        height: auto;
        width: 1fr;
    }
    """

    class Submitted(Message):
        """The author asked to confirm the answer (Enter in a one-line input)."""

        def __init__(self, answer_input: AnswerInput) -> None:
            super().__init__()
            self.answer_input = answer_input

        @property
        def control(self) -> AnswerInput:
            return self.answer_input

    def __init__(
        self,
        question: Question,
        bank: Bank,
        value: Any,
        *,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.question = question
        """The question this input answers."""
        self.bank = bank
        self.initial = value
        """The value shown when the input appeared (the saved answer or a draft)."""
        self._baseline: Any = _UNSET

    @property
    def value(self) -> Any:
        """The answer as the interview engine takes it."""
        raise NotImplementedError

    @property
    def ready(self) -> bool:
        """Mounted with its children and not being removed: ``value`` can be read.

        Messages from an input (a key's Changed) can reach the screen while the input
        is being replaced by the next question's, whose parts are gone or not there yet.
        """
        return (
            self._baseline is not _UNSET
            and self.is_attached
            and not (self._closing or self._closed or self._pruning)
        )

    @property
    def edited(self) -> bool:
        """True when the author changed the value since the input appeared."""
        if not self.ready:
            return False
        return bool(self.value != self._baseline)

    def show_problem(self, where: str | None) -> str | None:
        """Point at the part of the input a feedback message is about (its ``where``), and
        return how to name that part in the message (an entries input marks the row)."""
        return where

    def mark_unedited(self) -> None:
        """What the input shows now is the answer (it was confirmed): not an edit."""
        self._baseline = self.value

    def on_mount(self) -> None:
        # Children are mounted by now: what they show is the baseline for ``edited``.
        self._baseline = self.value

    def focus_input(self) -> None:
        """Put the keyboard focus on the input itself."""
        for widget in self.query("*"):
            if widget.focusable:
                # The screen scrolls the question to its top; the input is sized to fit.
                widget.focus(scroll_visible=False)
                return
