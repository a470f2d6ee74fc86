"""Radio buttons that behave like a native radio group: the arrow keys choose."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.style import Style
from textual.widgets import RadioButton, RadioSet


class RadioGroup(RadioSet):
    """A RadioSet where moving with the arrow keys also presses the button.

    In a plain RadioSet the arrows only move a highlight and Enter or space presses;
    authors then press Next with a highlighted but unchosen answer and lose it. Here
    what is highlighted is what is chosen, as in a browser's or a desktop's radio group.

    | Key | Action |
    | :- | :- |
    | down, right | Choose the next option |
    | up, left | Choose the previous option |
    | enter | Choose the highlighted option and say so (Confirmed): the question goes on |
    """

    class Confirmed(Message):
        """Enter on the group: the author has chosen and wants to go on."""

        def __init__(self, group: RadioGroup) -> None:
            super().__init__()
            self.group = group

        @property
        def control(self) -> RadioGroup:
            return self.group

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
        Binding(
            "enter",
            "confirm",
            "Choose and go on",
            show=False,
            id="radio.confirm",
            tooltip="Choose the highlighted option and go on, as Enter does in a one-line answer",
        ),
    ]

    def action_confirm(self) -> None:
        self._choose_highlighted()
        self.post_message(self.Confirmed(self))

    def action_choose_next(self) -> None:
        self.action_next_button()
        self._choose_highlighted()

    def action_choose_previous(self) -> None:
        self.action_previous_button()
        self._choose_highlighted()

    def action_toggle_button(self) -> None:
        self._choose_highlighted()

    def _choose_highlighted(self) -> None:
        """Press the highlighted button and release the others, all at once.

        RadioSet presses a button by toggling it and settles which one is pressed when
        the button's Changed message reaches it. Each button posts from its own queue,
        so after two quick keys (right then left, faster than a repaint) the messages
        could arrive in either order and leave the first key's option chosen. Here the
        choice is made before the next key is handled, and the set's own Changed
        messages are posted in key order.
        """
        index = self._selected
        if index is None:
            return
        chosen = self._nodes[index]
        if not isinstance(chosen, RadioButton) or chosen is self.pressed_button:
            return
        with self.prevent(RadioButton.Changed):
            for button in self.query_children(RadioButton):
                button.value = button is chosen
        self._pressed_button = chosen
        self.post_message(self.Changed(self, chosen))

    def on_mount(self) -> None:
        # RadioSet highlights the first button when it mounts (after this handler):
        # move the highlight to the pressed one, so the arrows go on from the answer.
        self.call_later(self._highlight_pressed)

    def _highlight_pressed(self) -> None:
        for _ in range(max(self.pressed_index, 0)):
            self.action_next_button()


class MarkedRadioButton(RadioButton):
    """A radio button whose mark differs by shape, not only by colour: ● chosen, ○ not.

    Textual draws both states as the same ● in two colours, which does not read in a
    monochrome terminal or for colour-blind authors.
    """

    @property
    def _button(self) -> Content:
        button_style = self.get_visual_style("toggle--button")
        side_style = Style(foreground=button_style.background, background=self.background_colors[1])
        return Content.assemble(
            (self.BUTTON_LEFT, side_style),
            ("●" if self.value else "○", button_style),
            (self.BUTTON_RIGHT, side_style),
        )
