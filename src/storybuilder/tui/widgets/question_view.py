"""The current question's help (Markdown) and, on request, an example answer."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Button, Static

from storybuilder.bank import Question
from storybuilder.terminal_text import safe
from storybuilder.tui.widgets.markdown_part import MarkdownPart
from storybuilder.tui.widgets.settled_button import SettledButton


class QuestionView(Vertical):
    """The help that teaches the concept behind a question, and an example answer.

    The prompt itself is shown by the screen above the scrolling part, so that it stays
    in sight whatever the size of the terminal. The example is hidden until asked for
    (the button, or the command palette).
    """

    DEFAULT_CSS = """
    QuestionView {
        height: auto;

        & > #help-box {
            height: auto;
            max-height: 25vh;
            scrollbar-size-vertical: 1;
            &.-empty {
                display: none;
            }
            & > MarkdownPart {
                padding: 0 1 0 0;
            }
        }
        & > #example-toggle {
            width: auto;
            min-width: 0;
            padding: 0 1;
            margin-top: 1;
            &.-empty {
                display: none;
            }
        }
        & > #example-text {
            color: $text-muted;
            padding: 0 1;
            border-left: thick $primary-muted;
            display: none;
            &.-shown {
                display: block;
            }
        }
    }
    """

    def __init__(
        self, question: Question | None = None, *, example: str | None = None, id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self._first = question
        """The question shown when composed (later ones come through ``show``)."""
        self._first_example = example

    def compose(self) -> ComposeResult:
        # Built with the first question's text and classes in place: setting them after
        # mounting would restyle the widgets again before the first frame.
        help_text = self._first.help if self._first else ""
        example = self._first_example
        if example is None:
            example = self._first.example if self._first else ""
        with VerticalScroll(id="help-box", classes="" if help_text.strip() else "-empty"):
            yield MarkdownPart(help_text, id="help")
        yield SettledButton(
            "▸ Example answer",
            id="example-toggle",
            compact=True,
            classes="" if example.strip() else "-empty",
        )
        yield Static(safe(example), id="example-text", markup=False)

    def show(self, question: Question, example: str | None = None) -> None:
        """Show a question's help and an example (the question's general one unless
        given: the interview picks the one closest to the story; hidden until asked for)."""
        if example is None:
            example = question.example
        help_box = self.query_one("#help-box")
        help_box.set_class(not question.help.strip(), "-empty")
        help_box.scroll_home(animate=False)
        self.query_one("#help", MarkdownPart).show(question.help)
        self.query_one("#example-toggle", Button).set_class(not example.strip(), "-empty")
        self.query_one("#example-text", Static).update(safe(example))
        self._set_example_shown(False)

    @property
    def has_example(self) -> bool:
        return not self.query_one("#example-toggle").has_class("-empty")

    def _set_example_shown(self, shown: bool) -> None:
        self.query_one("#example-text").set_class(shown, "-shown")
        self.query_one("#example-toggle", Button).label = (
            "▾ Example answer" if shown else "▸ Example answer"
        )

    def toggle_example(self) -> None:
        self._set_example_shown(not self.query_one("#example-text").has_class("-shown"))

    @on(Button.Pressed, "#example-toggle")
    def _toggle_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.toggle_example()
