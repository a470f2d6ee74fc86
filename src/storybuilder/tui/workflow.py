"""The rules of answering, without a screen: confirm, skip, leave a question, drafts.

The interview screen is layout and events; what happens to the story when the author
presses Next, Back, Skip, Esc or jumps elsewhere is decided here, where it is tested
without Textual (tests/tui/test_workflow.py):

* **Next** checks the typed answer. An error keeps the author at the input; a valid
  answer is confirmed (it replaces any draft) and saved. Advice about the answer is
  shown once: the author stays on the question, and Next again with the same answer
  goes on.
* **Back, Skip, a jump** keep what was typed and not confirmed as a *draft* (never as
  the answer), written to the drafts file; an input left as it was shown drops its
  draft only if it showed the saved answer.
* **Esc** drops the draft: the saved answer comes back.
* **Typing** only marks the edit as pending (the screen's timer then calls
  :meth:`InterviewFlow.autosave`, which writes the draft): nothing heavier per key.
* **Save and Quit** confirm a valid edit typed now; an invalid one is kept as a draft.

Saving goes through the ``save`` callable the flow is given: the app's, which asks the
author about a conflict, or the editor's own in tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal, NamedTuple

from storybuilder.bank import Question
from storybuilder.interview import Feedback, Interview
from storybuilder.tui.editor import SaveResult, StoryEditor

Severity = Literal["information", "warning", "error"]


class Edit(NamedTuple):
    """What the answer input holds when the author acts."""

    question_id: str
    value: Any
    edited: bool
    """Changed since the input appeared (with the saved answer or a draft)."""


class Step(NamedTuple):
    """What an action did, for the screen to show."""

    moved: bool = False
    """The interview is at another question (or past the last): show it."""
    save: SaveResult | None = None
    """The save the action made, if it saved."""
    feedback: tuple[Feedback, ...] = ()
    """Errors (nothing was stored) or advice (stored; shown once) for the input."""
    confirmed: bool = False
    """The input's value is the answer now: it is no longer an edit."""
    review: bool = False
    """The review is to be shown (moved past the last question, or asked for)."""
    warning: str | None = None
    """Why nothing happened (a jump to a question that is not asked)."""
    note: str | None = None
    """News about the interview: the answer adds questions, the first pass is done."""

    @property
    def refused(self) -> bool:
        return any(f.level == "error" for f in self.feedback)


class Notice(NamedTuple):
    """A notification to show (title, text, how serious, for how many seconds)."""

    title: str
    message: str
    severity: Severity = "information"
    timeout: float = 10


class Status(NamedTuple):
    """The save status line: its text and its style (``-saved``, ``-draft``, ``-unsaved``)."""

    text: str
    style: str


class InterviewFlow:
    """The interview's answering rules over one open story (see the module docstring)."""

    def __init__(self, editor: StoryEditor, save: Callable[[], SaveResult] | None = None) -> None:
        self.editor = editor
        self._save = save or editor.save
        self.advised: tuple[str, str] | None = None
        """(question id, answer) whose advice was shown: Next again goes on."""
        self.input_has_draft = False
        """The current input was shown with a draft, not with the saved answer."""
        self.draft_pending = False
        """The current input holds an edit that the drafts file may not have yet."""
        self.last_save: SaveResult | None = SaveResult(True) if editor.answers_saved else None
        self.review_after = False
        """The question was opened from the review to edit it: Next goes back there."""

    @property
    def interview(self) -> Interview:
        return self.editor.interview

    # -- showing a question -----------------------------------------------------------

    def value_to_show(self, question: Question) -> Any:
        """What a new input for the question holds: its draft if any, else its answer."""
        drafts = self.editor.drafts
        self.input_has_draft = question.id in drafts
        self.draft_pending = False
        return drafts[question.id] if question.id in drafts else self.interview.value(question)

    def notice_for(self, question: Question) -> str | None:
        """What to say under a question as it is shown: it holds a draft, or was
        skipped, or Next goes back to where a jump started."""
        said = self._draft_or_skip_notice(question)
        back_to = self.interview.returns_to
        going_back = None
        if self.review_after:
            going_back = "Next saves your answer and takes you back to the review."
        elif back_to is not None and back_to.id != question.id:
            going_back = f"Next takes you back to “{back_to.prompt}”."
        if going_back is not None:
            said = f"{said}\n{going_back}" if said else going_back
        return said

    def _draft_or_skip_notice(self, question: Question) -> str | None:
        if question.id in self.editor.restored_drafts:
            return (
                "An unconfirmed draft from your last session was restored here: Next "
                "confirms it, Esc brings back the saved answer."
            )
        if question.id in self.editor.drafts:
            return (
                "This is your draft, not confirmed: Next checks and saves it, Esc brings "
                "back the saved answer."
            )
        if self.interview.is_skipped(question):
            return "You skipped this question; it is listed as an open problem."
        return None

    def crumb(self, question: Question | None) -> str:
        """Where the question is: the pass, its section, its place among the questions
        of the pass known now (branching may add some), required."""
        if question is None:
            return ""
        interview = self.interview
        parts = []
        position, total = interview.place(question)
        if interview.asking_new:
            new = f"New in bank version {self.editor.bank.version}"
            parts.append(f"{new}: {position} of {total}" if position else new)
        elif interview.first_pass:
            parts.append("First pass")
        elif interview.has_first_pass:
            parts.append("Deepening" if interview.deepening else "Every question")
        section = self.editor.bank.section_by_id.get(question.section)
        parts.append(section.title if section else question.section)
        if not position:
            parts.append("outside the pass")
        elif not interview.asking_new:
            parts.append(f"{position} of about {total}")
        if question.required:
            parts.append("required")
        return " · ".join(parts)

    def set_first_pass(self, edit: Edit | None, on: bool) -> Step:
        """Start or leave the first pass (the palette); the edit is kept as a draft."""
        self.hold(edit)
        before = self.interview.current
        self.interview.set_first_pass(on)
        moved = self.interview.current is not before
        note = (
            "First pass: only the core questions, then the rest section by section."
            if self.interview.first_pass
            else "Every question in order, section by section."
        )
        return Step(moved=moved, save=self.save() if moved else None, note=note)

    # -- what can be done -------------------------------------------------------------

    @property
    def has_unconfirmed_edit(self) -> bool:
        """The current question's input holds something typed but not confirmed."""
        current = self.interview.current
        if current is None or not current.answerable:
            return False
        return self.draft_pending or current.id in self.editor.drafts

    def can(self, action: str) -> bool | None:
        """As Textual's check_action: True shown and enabled, False shown greyed (for
        Esc: hidden), None hidden."""
        current = self.interview.current
        if action == "back" and not self.interview.can_go_back:
            return None
        if action == "skip" and (current is None or not current.answerable):
            return None
        if action == "next" and current is None:
            return None
        # Esc is shown only when there is an edit to drop.
        return action != "discard_edit" or self.has_unconfirmed_edit

    # -- typing and drafts ------------------------------------------------------------

    def typed(self) -> bool:
        """An edit was typed; True on the first one (the status line changes then)."""
        if self.draft_pending:
            return False
        self.draft_pending = True
        return True

    def hold(self, edit: Edit | None) -> None:
        """Keep an unconfirmed edit as a draft (not as the answer) and write the drafts
        file: the author leaves the question, or stopped typing. ``edit`` is None when the
        input cannot be read (being replaced)."""
        question = self.interview.current
        if (
            question is not None
            and edit is not None
            and edit.question_id == question.id
            and question.answerable
        ):
            if edit.edited or self.input_has_draft:
                self.editor.set_draft(question.id, edit.value)
            else:
                self.editor.drop_draft(question.id)
        self.draft_pending = False
        self.editor.write_drafts()

    autosave = hold
    """Typing stopped: the edit is written to the drafts file (crash safety)."""

    def discard(self) -> bool:
        """Esc: drop the unconfirmed edit and its draft. False if there was none."""
        question = self.interview.current
        if question is None or not self.has_unconfirmed_edit:
            return False
        self.draft_pending = False
        self.editor.drop_draft(question.id)
        self.editor.write_drafts()
        return True

    # -- confirming and moving --------------------------------------------------------

    def confirm(self, edit: Edit | None) -> Step:
        """Next: check and store the answer, then save and go on (see module docstring)."""
        question = self.interview.current
        if question is None:
            return Step()
        confirmed = False
        known = len(self.interview.reachable())
        if question.answerable and edit is not None:
            feedback = self.interview.answer(edit.value, question)
            errors = tuple(f for f in feedback if f.level == "error")
            if errors:
                return Step(feedback=errors)
            self._confirmed(question)
            confirmed = True
            advice = tuple(f for f in feedback if f.level == "advice")
            key = (question.id, repr(self.interview.value(question))) if advice else None
            if advice and self.advised != key:
                # Stay on the question: the advice is about this answer, at its input.
                self.advised = key
                return Step(save=self.save(), feedback=advice, confirmed=True)
        self.advised = None
        added = len(self.interview.reachable()) - known
        in_first_pass = self.interview.first_pass
        asking_new = self.interview.asking_new
        self.interview.next()
        if self.review_after:
            self.review_after = False
            return self._moved(confirmed=confirmed)._replace(review=True)
        note: str | None
        if asking_new and not self.interview.asking_new:
            note = self._new_questions_done()
        elif in_first_pass and not self.interview.first_pass:
            note = (
                "First pass done: your story is complete. Now deepen it, section by "
                "section (or review it: ctrl+r)."
            )
        else:
            note = self._branching_note(added)
        return self._moved(confirmed=confirmed)._replace(note=note)

    def _new_questions_done(self) -> str:
        """What to say when the new-questions pass ends: where the interview is now."""
        current = self.interview.current
        if self.interview.finished or current is None:
            return "New questions done. Every question is answered or skipped: your review."
        return f"New questions done. On with the interview from “{current.prompt}”."

    def _branching_note(self, added: int) -> str | None:
        """What an answer did to the number of questions, if anything."""
        if not added:
            return None
        count = abs(added)
        questions = f"{count} question{'s' if count != 1 else ''}"
        total = len(self.interview.asked())
        if added < 0:
            return f"Your answer leaves out {questions} (about {total} now)."
        if self.interview.first_pass and not self.interview.asking_new:
            return f"Your answer adds {questions} for after the first pass."
        return f"Your answer adds {questions} (about {total} now)."

    def keep(self, edit: Edit | None) -> Step:
        """Save or Quit: confirm what was typed into the current question now.

        A valid edit is answered (the caller saves); an invalid one is kept as a draft
        (``refused``). An input showing a draft as it was shown stays a draft.
        """
        question = self.interview.current
        if question is None or edit is None or not question.answerable or not edit.edited:
            return Step()
        errors = tuple(f for f in self.interview.answer(edit.value, question) if f.level == "error")
        if errors:
            self.editor.set_draft(question.id, edit.value)
            self.editor.write_drafts()
            return Step(feedback=errors)
        self._confirmed(question)
        return Step(confirmed=True)

    def back(self, edit: Edit | None) -> Step:
        if not self.interview.can_go_back:
            return Step()
        self.review_after = False
        self.hold(edit)
        self.interview.back()
        return self._moved()

    def skip(self, edit: Edit | None) -> Step:
        question = self.interview.current
        if question is None or not question.answerable or edit is None:
            return Step()
        self.hold(edit)
        asking_new = self.interview.asking_new
        self.interview.skip()
        review, self.review_after = self.review_after, False
        if review:
            return self._moved()._replace(review=True)
        if asking_new and not self.interview.asking_new:
            return self._moved()._replace(note=self._new_questions_done())
        return self._moved()

    def jump_to_section(self, edit: Edit | None, section_id: str) -> Step:
        self.review_after = False
        self.hold(edit)
        if self.interview.jump_section(section_id) is None:
            title = self.editor.bank.section_by_id[section_id].title
            return Step(warning=f"No question of “{title}” is asked with your current answers.")
        return self._moved()

    def jump_to_question(
        self, edit: Edit | None, question_id: str, *, from_review: bool = False
    ) -> Step:
        """Go to a question; from the review (to edit an answer), Next goes back there."""
        self.review_after = False
        self.hold(edit)
        try:
            self.interview.jump(question_id)
        except (KeyError, ValueError) as err:
            return Step(warning=str(err))
        self.review_after = from_review
        return self._moved()

    def review(self, edit: Edit | None) -> Step:
        """The author asks for the review: keep the edit as a draft, save, show it."""
        self.hold(edit)
        return Step(save=self.save(), review=True)

    def review_closed(self) -> None:
        """Back from the review without a question to go to: past the last question,
        the interview steps back onto it."""
        if self.interview.finished:
            self.interview.back()
            self.save()

    def replaced(self) -> None:
        """The story was reloaded from the file: nothing was advised about it yet."""
        self.advised = None

    def save(self) -> SaveResult:
        self.last_save = self._save()
        return self.last_save

    def _confirmed(self, question: Question) -> None:
        """The input's value is the answer now: no draft left for this question."""
        self.editor.drop_draft(question.id)
        self.input_has_draft = False
        self.draft_pending = False

    def _moved(self, *, confirmed: bool = False) -> Step:
        return Step(
            moved=True, save=self.save(), confirmed=confirmed, review=self.interview.finished
        )

    # -- what to tell the author ------------------------------------------------------

    def status(self) -> Status | None:
        """The save status line; never "saved" while a draft or an answer is not."""
        save = self.last_save
        editor = self.editor
        if save is None:
            return None
        if not save.ok:
            if save.conflict:
                return Status("⚠ Not saved: the file changed on disk", "-unsaved")
            if editor.drafts_problem is None and editor.drafts_path.exists():
                return Status("⚠ Not saved to the story; kept as drafts", "-unsaved")
            return Status("⚠ Not saved (kept in memory)", "-unsaved")
        if self.draft_pending:
            return Status("✎ Unsaved draft", "-unsaved")
        if editor.drafts:
            if editor.drafts_problem is not None:
                return Status("⚠ Unsaved draft: cannot write the drafts file", "-unsaved")
            return Status("✎ Draft kept, not confirmed", "-draft")
        if editor.write_problem() is not None:
            return Status("⚠ Read-only: use Save as", "-unsaved")
        return Status("✓ All changes saved", "-saved")

    def opening_notices(self) -> list[Notice]:
        """What to say as the story opens: it cannot be saved there, drafts came back."""
        editor = self.editor
        notices = []
        problem = editor.write_problem()
        if problem is not None:
            notices.append(
                Notice(
                    "Read-only story",
                    f"{editor.path} cannot be saved: {problem}. Your answers stay in memory; "
                    "to keep them, save a copy elsewhere with “Save as” in the command "
                    "palette (ctrl+p).",
                    "warning",
                    20,
                )
            )
        if editor.restored_drafts:
            count = len(editor.restored_drafts)
            notices.append(
                Notice(
                    "Drafts restored",
                    f"{count} unconfirmed draft{'s' if count != 1 else ''} from your last "
                    "session restored; they are shown in their answer boxes. Next confirms "
                    "one, Esc drops it.",
                )
            )
        if editor.drafts_problem is not None:
            notices.append(Notice("Drafts", editor.drafts_problem, "warning", 15))
        if editor.upgrade_changes:
            shown = editor.upgrade_changes[:6]
            more = len(editor.upgrade_changes) - len(shown)
            lines = "\n".join(f"- {change}" for change in shown)
            if more:
                lines += f"\n- and {more} more ('storybuilder migrate --check' lists them)"
            asked = len(self.interview.asked()) if self.interview.asking_new else 0
            if asked:
                which = "the new question" if asked == 1 else f"the {asked} new questions"
                lines += f"\nNext asks only {which}, then goes on from where you left off."
            notices.append(
                Notice(
                    "Story brought up to date",
                    "Written by an older storybuilder or question bank; saving upgrades the "
                    f"file (the old one is kept as {editor.path.name}.bak):\n{lines}",
                    "information",
                    30,
                )
            )
        return notices


def feedback_message(
    items: tuple[Feedback, ...] | list[Feedback], where: Callable[[str | None], str | None]
) -> tuple[Literal["error", "advice"], str]:
    """The feedback line for a checked answer: its level and its text.

    ``where`` names the place of an item in the input (an entries input names the row).
    """
    lines = []
    for item in items:
        place = where(item.where)
        lines.append(f"{place}: {item.message}" if place else item.message)
    error = any(i.level == "error" for i in items)
    if not error:
        lines.append("Your answer is saved. Edit it, or press Next again to go on.")
    return ("error" if error else "advice"), "\n".join(lines)


def not_saved_message(editor: StoryEditor, result: SaveResult) -> str:
    """What to say when a save failed (not a conflict): where the answers are now."""
    kept = (
        "kept as drafts next to the story"
        if editor.drafts_problem is None and editor.drafts_path.exists()
        else "kept in memory"
    )
    hint = (
        " To keep them in another file, use “Save as…” in the command palette (ctrl+p)."
        if editor.write_problem() is not None
        else " They are saved as soon as saving works again."
    )
    return f"{result.error}\nYour answers are {kept}.{hint}"


class Resolution(NamedTuple):
    """The outcome of the author's decision about a file changed on disk."""

    result: SaveResult | None
    """None: nothing changed (decide later, or the disk version could not be read)."""
    notice: Notice
    reloaded: bool = False


def resolve_conflict(editor: StoryEditor, overwrite: bool | None) -> Resolution:
    """Overwrite the file (True), take the file's version (False), or decide later (None)."""
    from storybuilder import storefile
    from storybuilder.bank import BankError

    name = editor.path.name
    if overwrite is None:
        return Resolution(
            None,
            Notice("", "Not saved: you will be asked again at the next save.", "warning", 5),
        )
    if overwrite:
        result = editor.save(overwrite=True)
        if result.ok:
            return Resolution(result, Notice("", f"Saved over {name}.", timeout=5))
        return Resolution(result, Notice("Not saved", str(result.error), "error"))
    try:
        editor.reload()
    except (storefile.StoryFileError, BankError) as err:
        return Resolution(
            None,
            Notice(
                "Cannot load the file on disk",
                f"{err}\nYour answers are kept in memory.",
                "error",
            ),
        )
    return Resolution(
        SaveResult(True), Notice("", f"Loaded {name} as it is on disk.", timeout=5), reloaded=True
    )
