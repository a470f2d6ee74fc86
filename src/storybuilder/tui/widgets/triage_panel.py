"""Triage of one open problem: open, addressed or accepted, with a note."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static

from storybuilder.problem import OpenProblem
from storybuilder.story import ProblemStatus
from storybuilder.terminal_text import safe
from storybuilder.tui.widgets.radio_group import MarkedRadioButton, RadioGroup

STATUS_LABELS = {
    ProblemStatus.OPEN: "Open",
    ProblemStatus.ADDRESSED: "Addressed",
    ProblemStatus.ACCEPTED: "Accepted",
}


class TriagePanel(VerticalScroll, can_focus=False):
    """The highlighted problem in full, and the author's decision on it."""

    DEFAULT_CSS = """
    TriagePanel {
        height: 1fr;
        padding: 0 1;
        & > #triage-title {
            text-style: bold;
            color: $text-primary;
        }
        & > #triage-detail {
            margin-bottom: 1;
        }
        & > #triage-scope {
            color: $text-muted;
        }
        /* Compact, so that "Accepted" fits beside the others in a narrow review. */
        & > RadioSet {
            layout: horizontal;
            width: auto;
            border: none;
            padding: 0;
            margin-bottom: 1;
            & > RadioButton {
                width: auto;
                margin-right: 1;
            }
        }
        & > Label {
            width: 1fr;
        }
        & > Input {
            width: 1fr;
        }
        & > #triage-goto {
            margin-top: 1;
        }
        &.-none > * {
            display: none;
        }
        &.-none > #triage-title {
            display: block;
        }
    }
    """

    class Changed(Message):
        """The author changed a problem's status or note."""

        def __init__(
            self, panel: TriagePanel, problem: OpenProblem, status: ProblemStatus, note: str
        ) -> None:
            super().__init__()
            self.panel = panel
            self.problem = problem
            self.status = status
            self.note = note

        @property
        def control(self) -> TriagePanel:
            return self.panel

    class GoTo(Message):
        """The author wants to answer the question a problem comes from."""

        def __init__(self, panel: TriagePanel, problem: OpenProblem) -> None:
            super().__init__()
            self.panel = panel
            self.problem = problem

        @property
        def control(self) -> TriagePanel:
            return self.panel

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.problem: OpenProblem | None = None
        """The problem shown."""

    def compose(self) -> ComposeResult:
        yield Static("No problem selected.", id="triage-title", markup=False)
        yield Static("", id="triage-detail", markup=False)
        yield Label("Status")
        with RadioGroup(id="triage-status"):
            for status, label in STATUS_LABELS.items():
                yield MarkedRadioButton(label, name=status.value)
        yield Label("Note: why addressed or accepted")
        yield Input(placeholder="Enter saves the note", id="triage-note")
        yield Static("", id="triage-scope")
        yield Button("Go to the question", id="triage-goto", compact=True)

    def show_problem(self, problem: OpenProblem | None, *, can_go: bool = False) -> None:
        """Show a problem (None: nothing to triage)."""
        self.problem = problem
        self.set_class(problem is None, "-none")
        if problem is None:
            self.query_one("#triage-title", Static).update("No open problems found.")
            return
        self.query_one("#triage-title", Static).update(safe(problem.title))
        detail = problem.detail
        if problem.evidence:
            # Why it fired: the author's own words it reacted to.
            detail = f"You wrote: “{problem.evidence}”\n\n{detail}"
        self.query_one("#triage-detail", Static).update(safe(detail))
        # Pressing the button (never releasing the others: RadioSet would press them
        # again) lets RadioSet move its highlight too; the Changed message it posts is
        # ignored below because the status equals the problem's.
        for button in self.query_one(RadioSet).query(RadioButton):
            if button.name == problem.status.value:
                button.value = True
        note = self.query_one("#triage-note", Input)
        with self.prevent(Input.Changed):
            note.value = problem.note or ""
        note.disabled = problem.rule is None
        scope = ""
        if problem.rule is None:
            scope = "This is a problem you wrote yourself: set its status here."
        self.query_one("#triage-scope", Static).update(scope)
        self.query_one("#triage-goto", Button).display = can_go

    def _status(self) -> ProblemStatus:
        pressed = self.query_one(RadioSet).pressed_button
        name = pressed.name if pressed is not None and pressed.name else "open"
        return ProblemStatus(name)

    def _post_change(self) -> None:
        if self.problem is None:
            return
        note = self.query_one("#triage-note", Input).value
        if self._status() == self.problem.status and note.strip() == (self.problem.note or ""):
            return
        self.post_message(self.Changed(self, self.problem, self._status(), note))

    @on(RadioSet.Changed, "#triage-status")
    def _status_changed(self, event: RadioSet.Changed) -> None:
        event.stop()
        self._post_change()

    @on(Input.Submitted, "#triage-note")
    def _note_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._post_change()

    @on(Input.Blurred, "#triage-note")
    def _note_blurred(self, event: Input.Blurred) -> None:
        event.stop()
        self._post_change()

    @on(Button.Pressed, "#triage-goto")
    def _goto(self, event: Button.Pressed) -> None:
        event.stop()
        if self.problem is not None:
            self.post_message(self.GoTo(self, self.problem))
