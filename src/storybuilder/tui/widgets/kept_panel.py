"""What the story keeps that the bank no longer asks or raises: retired answers (move one
to a question, or delete it) and stale triage decisions (drop one)."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Button, OptionList, Select, Static
from textual.widgets.option_list import Option

from storybuilder.bank import Question
from storybuilder.story import Answer, Story
from storybuilder.terminal_text import safe

RETIRED = "retired:"
STALE = "stale:"
PREVIEW_CHARS = 60


def _preview(value: Answer) -> str:
    if isinstance(value, bool):
        text = "yes" if value else "no"
    elif isinstance(value, list):
        text = ", ".join(value)
    else:
        text = value
    flat = " ".join(text.split())
    return flat if len(flat) <= PREVIEW_CHARS else flat[: PREVIEW_CHARS - 1] + "…"


class KeptPanel(Vertical):
    """The list of retired answers and stale triage, and what can be done with each."""

    DEFAULT_CSS = """
    KeptPanel {
        height: 1fr;
        padding: 0 1;
        & > #kept-list {
            height: 1fr;
        }
        & > Horizontal {
            height: auto;
            & > Select {
                width: 1fr;
            }
            & > Button {
                margin-left: 1;
            }
        }
        & > #kept-message {
            color: $text-error;
        }
    }
    """

    class Move(Message):
        """Move a retired answer to a question."""

        def __init__(self, old_id: str, question_id: str) -> None:
            super().__init__()
            self.old_id = old_id
            self.question_id = question_id

    class Delete(Message):
        """Delete a retired answer."""

        def __init__(self, old_id: str) -> None:
            super().__init__()
            self.old_id = old_id

    class Drop(Message):
        """Drop a stale triage decision."""

        def __init__(self, key: str) -> None:
            super().__init__()
            self.key = key

    def compose(self) -> ComposeResult:
        yield Static(
            "Answers to questions the question bank no longer asks, kept as you wrote them, "
            "and triage decisions about problems that no longer arise.",
            id="kept-intro",
        )
        # The author's words (a retired answer, its 'since') are text, never markup.
        yield OptionList(id="kept-list", markup=False)
        with Horizontal():
            yield Select[str]([], prompt="Move the answer to…", id="kept-target")
            yield Button("Move", id="kept-move", compact=True)
            yield Button("Delete", id="kept-delete", compact=True, variant="error")
        yield Static("", id="kept-message", markup=False)

    def show(self, story: Story, stale: list[str], targets: list[Question]) -> int:
        """List what is kept; returns how many items there are."""
        options = [
            Option(
                safe(
                    f"Answer to {qid}"
                    + (f" (not asked since {kept.since})" if kept.since else "")
                    + f": {_preview(kept.value)}",
                    multiline=False,
                ),
                id=RETIRED + qid,
            )
            for qid, kept in story.retired.items()
        ]
        options += [
            Option(
                safe(
                    f"Triage {key} ({story.triage[key].status.value}): no such problem now",
                    multiline=False,
                ),
                id=STALE + key,
            )
            for key in stale
            if key in story.triage
        ]
        listing = self.query_one("#kept-list", OptionList)
        highlighted = listing.highlighted
        listing.clear_options()
        listing.add_options(options)
        if options:
            listing.highlighted = min(highlighted or 0, len(options) - 1)
        self.query_one("#kept-target", Select).set_options(
            (Text(safe(f"{q.id}: {q.prompt}", multiline=False)), q.id) for q in targets
        )
        self._sync_buttons()
        return len(options)

    def say(self, message: str) -> None:
        self.query_one("#kept-message", Static).update(safe(message))

    @property
    def selected(self) -> str | None:
        """The id of the highlighted item (``retired:ID`` or ``stale:KEY``)."""
        listing = self.query_one("#kept-list", OptionList)
        if listing.highlighted is None or listing.option_count == 0:
            return None
        return listing.get_option_at_index(listing.highlighted).id

    def _sync_buttons(self) -> None:
        chosen = self.selected or ""
        retired = chosen.startswith(RETIRED)
        self.query_one("#kept-move", Button).disabled = not retired
        self.query_one("#kept-target", Select).disabled = not retired
        delete = self.query_one("#kept-delete", Button)
        delete.disabled = not chosen
        delete.label = "Drop" if chosen.startswith(STALE) else "Delete"

    @on(OptionList.OptionHighlighted, "#kept-list")
    def _highlighted(self) -> None:
        self.say("")
        self._sync_buttons()

    @on(Button.Pressed, "#kept-move")
    def _move(self, event: Button.Pressed) -> None:
        event.stop()
        chosen = self.selected or ""
        target = self.query_one("#kept-target", Select).value
        if not chosen.startswith(RETIRED):
            return
        if not isinstance(target, str):
            self.say("Choose the question to move the answer to first.")
            return
        self.post_message(self.Move(chosen.removeprefix(RETIRED), target))

    @on(Button.Pressed, "#kept-delete")
    def _delete(self, event: Button.Pressed) -> None:
        event.stop()
        chosen = self.selected or ""
        if chosen.startswith(RETIRED):
            self.post_message(self.Delete(chosen.removeprefix(RETIRED)))
        elif chosen.startswith(STALE):
            self.post_message(self.Drop(chosen.removeprefix(STALE)))
