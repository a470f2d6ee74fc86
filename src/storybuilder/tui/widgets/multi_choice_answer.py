"""Several choices among the question's options (goal classes, rationale classes)."""

from __future__ import annotations

from typing import Any, ClassVar

from rich.segment import Segment
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import SelectionList, Static
from textual.widgets.option_list import OptionDoesNotExist

from storybuilder.tui.inline_markdown import inline
from storybuilder.tui.widgets.answer_input import AnswerInput

_KEYS_HINT = "Space ticks or unticks an option; Enter goes on."
"""Shown under the list while the highlighted option has no description."""


class ChoiceList(SelectionList[str]):
    """A SelectionList whose space (and click) toggles at once, and whose Enter goes on.

    SelectionList toggles an option when an OptionSelected message it posts to itself
    comes back. The keys that follow are not queued behind that message: space then
    ctrl+n typed quickly, while the list is still busy after appearing, went on with
    the option not chosen yet, and the answer was saved without it.

    Enter confirms the options ticked and goes on (Confirmed), as it does from a single
    choice and a one-line answer; as a second toggle it unticked what space had just
    ticked and stayed.
    """

    class Confirmed(Message):
        """Enter on the list: the author has ticked what they want and goes on."""

        def __init__(self, choices: ChoiceList) -> None:
            super().__init__()
            self.choices = choices

        @property
        def control(self) -> ChoiceList:
            return self.choices

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "enter",
            "confirm",
            "Go on",
            show=False,
            id="choices.confirm",
            tooltip="Go on with the options ticked, as Enter does in a one-line answer",
        ),
    ]

    def action_confirm(self) -> None:
        self.post_message(self.Confirmed(self))

    def render_line(self, y: int) -> Strip:
        # Chosen and not chosen differ by shape (✓ or blank), not only by colour: Textual
        # draws an X in both, which does not read in monochrome or for colour-blind authors.
        strip = super().render_line(y)
        segments = list(strip)
        try:
            option = self.get_option_at_index(round(self.scroll_offset.y) + y)
        except OptionDoesNotExist:
            return strip
        if len(segments) < 2 or segments[1].text != "X":  # Textual's mark, in both states
            return strip
        mark = "✓" if option.value in self.selected else " "
        segments[1] = Segment(mark, segments[1].style, segments[1].control)
        return Strip(segments, strip.cell_length)

    def action_select(self) -> None:
        index = self.highlighted
        if index is None:
            return
        option = self.get_option_at_index(index)
        if not option.disabled:
            self.toggle(option)


class MultiChoiceAnswer(AnswerInput):
    """A selection list (space toggles, Enter goes on); the highlighted option's help is
    shown below."""

    DEFAULT_CSS = """
    MultiChoiceAnswer {
        & > SelectionList {
            height: auto;
            max-height: 14;
        }
        & > .option-help {
            color: $text-muted;
            padding: 0 1;
            min-height: 1;
        }
    }
    """

    def compose(self) -> ComposeResult:
        chosen = set(self.initial or [])
        options = self.bank.options(self.question)
        yield ChoiceList(*[(o.label, o.id, o.id in chosen) for o in options], id="multi-input")
        yield Static(_KEYS_HINT, classes="option-help", markup=False)

    @on(ChoiceList.Confirmed)
    def _confirmed(self, event: ChoiceList.Confirmed) -> None:
        # As from a single choice: the screen goes on from its own queue, since going
        # on replaces this widget, which must not be busy.
        event.stop()
        screen = self.screen
        screen.call_later(screen.run_action, "next")

    @on(SelectionList.SelectionHighlighted)
    def _highlighted(self, event: SelectionList.SelectionHighlighted[str]) -> None:
        help_text = next(
            (o.help for o in self.bank.options(self.question) if o.id == event.selection.value),
            "",
        )
        self.query_one(".option-help", Static).update(
            inline(help_text) if help_text else _KEYS_HINT
        )
        self.call_after_refresh(self._reveal, event.selection_index)

    def _reveal(self, index: int) -> None:
        """Scroll the question so the highlighted option is on screen, and its description
        under the list as far as the option stays in sight.

        The list scrolls within itself, but on a small terminal the list is taller than
        what the question pane shows, and the pane does not follow the highlight: at
        80x24 the arrows could reach, and space choose, an option nobody could see, and
        the description of an option (drawn under the list) was never on screen.
        """
        choices = self.query_one(ChoiceList)
        row = choices.content_region.y + index - round(choices.scroll_y)
        described_to = self.query_one(".option-help", Static).region.bottom
        for ancestor in choices.ancestors:
            if isinstance(ancestor, Widget) and ancestor.max_scroll_y > 0:
                top, bottom = ancestor.content_region.y, ancestor.content_region.bottom
                if row < top:
                    delta = row - top
                elif row >= bottom:
                    delta = row - bottom + 1
                else:
                    delta = 0
                # Then down to the end of the description, never past the option itself.
                delta += max(0, min(described_to - delta - bottom, row - delta - top))
                if delta:
                    ancestor.scroll_relative(y=delta, animate=False, immediate=True)
                return

    @property
    def value(self) -> Any:
        return list(self.query_one(SelectionList).selected)
