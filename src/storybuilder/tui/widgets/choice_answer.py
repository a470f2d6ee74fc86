"""A single choice among the question's options."""

from __future__ import annotations

from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import RadioButton, RadioSet, Static

from storybuilder.bank import Option
from storybuilder.tui.inline_markdown import inline
from storybuilder.tui.widgets.answer_input import AnswerInput
from storybuilder.tui.widgets.radio_group import MarkedRadioButton, RadioGroup


class ChoiceAnswer(AnswerInput):
    """Radio buttons, one per option (the arrow keys choose); the chosen option's help below."""

    DEFAULT_CSS = """
    ChoiceAnswer {
        & > RadioSet {
            width: auto;
            min-width: 30;
        }
        & > .option-help {
            color: $text-muted;
            padding: 0 1;
        }
    }
    """

    @property
    def options(self) -> tuple[Option, ...]:
        return self.bank.options(self.question)

    def compose(self) -> ComposeResult:
        with RadioGroup(id="choice-input"):
            for option in self.options:
                yield MarkedRadioButton(
                    option.label, value=option.id == self.initial, name=option.id
                )
        yield Static(self._help_for(self.initial), classes="option-help", markup=False)

    def _help_for(self, option_id: Any) -> Content:
        for option in self.options:
            if option.id == option_id:
                return inline(option.help)
        return Content("")

    @on(RadioGroup.Confirmed)
    def _confirmed(self, event: RadioGroup.Confirmed) -> None:
        # Enter goes on from a choice as it does from a one-line answer. The screen runs
        # it from its own queue: going on replaces this widget, which must not be busy.
        event.stop()
        screen = self.screen
        screen.call_later(screen.run_action, "next")

    @on(RadioSet.Changed)
    def _changed(self, event: RadioSet.Changed) -> None:
        self.query_one(".option-help", Static).update(self._help_for(event.pressed.name))

    @property
    def value(self) -> Any:
        pressed = self.query_one(RadioSet).pressed_button
        return pressed.name if pressed is not None and pressed.name else ""

    def choose(self, option_id: str) -> None:
        """Press the button of an option (used by keyboard shortcuts)."""
        for button in self.query(RadioButton):
            if button.name == option_id:
                button.value = True
