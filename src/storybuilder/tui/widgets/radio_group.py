"""Radio buttons that behave like a native radio group: the arrow keys choose."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import RadioSet


class RadioGroup(RadioSet):
    """A RadioSet where moving with the arrow keys also presses the button.

    In a plain RadioSet the arrows only move a highlight and Enter or space presses;
    authors then press Next with a highlighted but unchosen answer and lose it. Here
    what is highlighted is what is chosen, as in a browser's or a desktop's radio group.

    | Key | Action |
    | :- | :- |
    | down, right | Choose the next option |
    | up, left | Choose the previous option |
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "down,right",
            "choose_next",
            "Next option",
            show=False,
            id="radio.next",
            tooltip="Choose the next option",
        ),
        Binding(
            "up,left",
            "choose_previous",
            "Previous option",
            show=False,
            id="radio.previous",
            tooltip="Choose the previous option",
        ),
    ]

    def action_choose_next(self) -> None:
        self.action_next_button()
        self.action_toggle_button()

    def action_choose_previous(self) -> None:
        self.action_previous_button()
        self.action_toggle_button()

    def on_mount(self) -> None:
        # RadioSet highlights the first button when it mounts (after this handler):
        # move the highlight to the pressed one, so the arrows go on from the answer.
        self.call_later(self._highlight_pressed)

    def _highlight_pressed(self) -> None:
        for _ in range(max(self.pressed_index, 0)):
            self.action_next_button()
