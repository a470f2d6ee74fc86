"""One open story in the wizard: the interview, the file it is saved to, and saving.

This module is Textual-free so that everything the screens do to a story (answer, move,
triage, save, export, reload) can be tested without a screen. Saving is synchronous on
purpose: an answer counts as confirmed only once it is on disk, so a crash or a kill
right after "Next" loses nothing, and two saves can never race on the fingerprint.

What is typed but not confirmed is a *draft*. Drafts never go into the story file: they
are kept in a side file next to it (``.STORY.toml.drafts``, see :func:`drafts_path_for`)
so that a crash or a kill loses none of them, and they are offered again when the story
is next opened. The side file is deleted once no draft is left.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from storybuilder import atomicwrite, storefile
from storybuilder.bank import Bank, Question
from storybuilder.interview import Interview, SectionProgress, with_answer
from storybuilder.item_ids import problem_ids
from storybuilder.session import OpenStory, open_story
from storybuilder.story import ProblemStatus, Story, Triage

if TYPE_CHECKING:
    # The critic (and its rules) is imported by the first snapshot, made once the first
    # question is on screen: the first frame does not wait for its import.
    from storybuilder.problem import OpenProblem
    from storybuilder.render import RenderOptions
    from storybuilder.tui.head_start import HeadResult, HeadStart

DRAFTS_FORMAT = 1
MAX_DRAFTS_SIZE = 16 * 1024 * 1024
"""Largest drafts file read, in bytes (drafts are what one person typed)."""
_DRAFTS_NOTE = (
    "Unconfirmed answers typed in the storybuilder wizard; not part of the story. "
    "'storybuilder edit' on the story offers them again, and deletes this file once "
    "they are confirmed or dropped."
)


def _interview(opened: OpenStory) -> Interview:
    """The interview over an opened story: the new questions of a bank upgrade first."""
    return Interview(
        opened.story, opened.bank, new_questions=opened.new_questions, left_at=opened.left_at
    )


def drafts_path_for(path: Path) -> Path:
    """The side file holding a story's unconfirmed drafts: ``.NAME.drafts`` beside it
    (beside the file a symbolic link points to, wherever the story is opened from)."""
    real = atomicwrite.real_path(path)
    return real.with_name(f".{real.name}.drafts")


class SaveResult(NamedTuple):
    """What happened when the story was saved."""

    ok: bool
    conflict: bool = False
    """The file changed on disk since it was loaded: nothing was written."""
    error: str | None = None
    """Why saving failed (the answers stay in memory)."""


@dataclass(frozen=True, eq=False)
class StorySnapshot:
    """One version of the story and everything the screens derive from it, computed once.

    The sidebar, the problem list, the preview and the review read this instead of
    asking the critic again: a new snapshot is made when the story changes (the critic
    runs once), and moving between questions or saving only re-points it at the moved
    or saved story. Compared by identity: a new snapshot is a change to show.
    """

    story: Story
    revision: int
    """Counts the content changes: the same revision means the same document and problems."""
    problems: tuple[OpenProblem, ...]
    """Detected (one critic run) and hand-written problems, with their triage."""
    progress: tuple[SectionProgress, ...]
    open_by_section: Mapping[str, int]
    """Open problems per section id (sections without any are absent)."""
    current: Question | None
    """The question the interview is at."""

    @property
    def open_count(self) -> int:
        """The number the screens show as "N open problems"."""
        from storybuilder import critic

        return critic.open_count(self.problems)

    @property
    def current_section(self) -> str | None:
        return self.current.section if self.current is not None else None

    @property
    def answered(self) -> int:
        return sum(p.answered for p in self.progress)

    @property
    def total(self) -> int:
        return sum(p.total for p in self.progress)


class StoryEditor:
    """An open story: its interview, where it is saved, and the fingerprint of the file."""

    def __init__(self, opened: OpenStory, bank_path: Path | None = None) -> None:
        self.path = opened.path
        self.bank: Bank = opened.bank
        self.bank_path = bank_path
        """The ``--bank`` the story was opened with, to reload it the same way."""
        self.fingerprint = opened.fingerprint
        self.interview = _interview(opened)
        self.saved_story: Story = opened.story
        """The story as last written to (or read from) the file."""
        self.upgrade_changes: tuple[str, ...] = opened.changes
        """What opening changed to bring the story up to date (written by the next save)."""
        self._upgrade_unsaved = bool(opened.changes)
        """The file on disk is not yet upgraded: the next save keeps it as ``FILE.bak``."""
        self.drafts: dict[str, Any] = {}
        """Unconfirmed edits by question id: never in the story, kept in the drafts file."""
        self.restored_drafts: set[str] = set()
        """Ids of the drafts found in the drafts file when the story was opened."""
        self.drafts_problem: str | None = None
        """Why the drafts file could not be read or written, if it could not."""
        self._drafts_on_disk: bytes | None = None
        """What the drafts file holds, as last written or read (None: no file)."""
        self._snapshot: StorySnapshot | None = None
        self._revision = 0
        self._head_start: HeadStart | None = None
        """A child process working out the first snapshot (see start_head_start)."""
        self._head_document: tuple[int, str] | None = None
        """The preview's document the head start rendered, and the revision it shows."""
        self._load_drafts()

    @property
    def story(self) -> Story:
        return self.interview.story

    @property
    def dirty(self) -> bool:
        """True when the story has changes that are not on disk."""
        return not self.story.content_equal(self.saved_story)

    @property
    def answers_saved(self) -> bool:
        """True when every answer is on disk (the position in the interview may not be)."""
        if self.story.shares_content(self.saved_story):
            return True
        position = self.saved_story.interview.model_copy(update={"at": self.story.interview.at})
        return self.story.content_equal(self.saved_story.model_copy(update={"interview": position}))

    @property
    def drafts_path(self) -> Path:
        return drafts_path_for(self.path)

    @property
    def export_path(self) -> Path:
        """Where the Markdown export goes: next to the story, with a ``.md`` suffix."""
        return self.path.with_suffix(".md")

    # -- saving -----------------------------------------------------------------------

    def save(self, *, overwrite: bool = False) -> SaveResult:
        """Write the story atomically; ``overwrite`` ignores changes made on disk."""
        expected = None if overwrite else self.fingerprint
        try:
            # The file holds saved_story while it has our fingerprint: not parsed again.
            saved, fingerprint = storefile.save(
                self.story,
                self.path,
                expected=expected,
                vocab=self.bank.vocabulary(),
                known=self.saved_story,
                backup=self._upgrade_unsaved,
            )
        except storefile.ConflictError as err:
            result = SaveResult(False, conflict=True, error=str(err))
        except storefile.StoryFileError as err:
            result = SaveResult(False, error=str(err))
        else:
            self.fingerprint = fingerprint
            self.interview.story = saved
            self.saved_story = saved
            self._upgrade_unsaved = False
            result = SaveResult(True)
        # Confirmed answers leave the drafts file once they are in the story, and stay
        # in it (as drafts) while they cannot be saved.
        self.write_drafts()
        return result

    def save_as(self, path: Path) -> SaveResult:
        """Save the story to a new file, which becomes the story's file from now on."""
        try:
            saved, fingerprint = storefile.save(self.story, path, vocab=self.bank.vocabulary())
        except storefile.StoryFileError as err:
            return SaveResult(False, error=str(err))
        old_drafts = self.drafts_path
        self.path = path
        self.fingerprint = fingerprint
        self.interview.story = saved
        self.saved_story = saved
        self._drafts_on_disk = None
        if self.write_drafts():
            with contextlib.suppress(OSError):
                old_drafts.unlink(missing_ok=True)
        return SaveResult(True)

    def write_problem(self) -> str | None:
        """Why the story file cannot be saved where it is (read-only), or None."""
        return storefile.write_problem(self.path)

    def reload(self) -> None:
        """Replace the story with the version on disk (drafts are dropped)."""
        opened = open_story(self.path, self.bank_path)
        self.bank = opened.bank
        self.fingerprint = opened.fingerprint
        self.interview = _interview(opened)
        self.saved_story = opened.story
        self._upgrade_unsaved = bool(opened.changes)
        self.drafts.clear()
        self.restored_drafts.clear()
        self.write_drafts()

    # -- drafts -----------------------------------------------------------------------

    def set_draft(self, question_id: str, value: Any) -> None:
        """Keep an unconfirmed edit as a draft (in memory; :meth:`write_drafts` keeps it)."""
        self.drafts[question_id] = value

    def drop_draft(self, question_id: str) -> None:
        """Forget a question's draft: it was confirmed, or abandoned."""
        self.drafts.pop(question_id, None)
        self.restored_drafts.discard(question_id)

    def pending_drafts(self) -> dict[str, Any]:
        """What the drafts file must hold: the drafts, and the answers not yet on disk."""
        pending = dict(self.drafts)
        if not self.answers_saved:
            saved = Interview(self.saved_story, self.bank)
            for question in self.bank.questions:
                if question.id in pending or not question.answerable:
                    continue
                value = self.interview.value(question)
                if value != saved.value(question):
                    pending[question.id] = value
        return pending

    def write_drafts(self) -> bool:
        """Bring the drafts file up to date (deleted when nothing is pending).

        Returns False, with :attr:`drafts_problem` set, if it could not be written.
        """
        pending = self.pending_drafts()
        target = self.drafts_path
        try:
            if not pending:
                if self._drafts_on_disk is not None or target.exists():
                    target.unlink(missing_ok=True)
                self._drafts_on_disk = None
            else:
                document = {
                    "note": _DRAFTS_NOTE,
                    "format": DRAFTS_FORMAT,
                    "story": self.path.name,
                    "drafts": pending,
                }
                data = json.dumps(document, indent=2, ensure_ascii=False, default=str) + "\n"
                encoded = data.encode("utf-8")
                if encoded != self._drafts_on_disk:
                    # A link under the drafts' name (a shared folder may hold one) is
                    # replaced, never written through.
                    atomicwrite.replace_file(target, encoded, 0o600, follow_links=False)
                    self._drafts_on_disk = encoded
        except OSError as err:
            self.drafts_problem = f"{target}: cannot keep the drafts: {err.strerror or err}"
            return False
        self.drafts_problem = None
        return True

    def _load_drafts(self) -> None:
        """Read the drafts a previous session left (after a crash or a kill)."""
        target = self.drafts_path
        try:
            info = target.lstat()
            # Only a regular file, as write_drafts makes: a link or a device under this
            # name (a shared folder may hold one) is never followed or read.
            if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_DRAFTS_SIZE:
                data = None
            else:
                data = target.read_bytes()
        except FileNotFoundError:
            return
        except OSError as err:
            self.drafts_problem = f"{target}: cannot read the drafts: {err.strerror or err}"
            return
        try:
            if data is None:
                raise ValueError("not a regular file of at most 16 MB")
            document = json.loads(data.decode("utf-8"))
            drafts = document["drafts"]
            if document.get("format") != DRAFTS_FORMAT or not isinstance(drafts, dict):
                raise ValueError("not a drafts file of this storybuilder")
        except (ValueError, KeyError, TypeError, RecursionError) as err:
            reason = "nested too deep" if isinstance(err, RecursionError) else str(err)
            # Kept aside rather than overwritten by the next drafts of this session.
            aside = target.with_name(target.name + ".unreadable")
            with contextlib.suppress(OSError):
                os.replace(target, aside)
            self.drafts_problem = f"{target}: unreadable drafts ({reason}), moved to {aside.name}"
            return
        for question_id, value in drafts.items():
            question = self.bank.by_id.get(question_id)
            if question is not None and question.answerable:
                self.drafts[question_id] = value
                self.restored_drafts.add(question_id)
        self._drafts_on_disk = data

    # -- reading ----------------------------------------------------------------------

    def snapshot(self) -> StorySnapshot:
        """The story as it is now, with its problems and progress (see StorySnapshot).

        The critic runs only when the content changed since the last snapshot; a story
        that was only moved or saved gets the last snapshot re-pointed at it.
        """
        story = self.story
        current = self.interview.current
        last = self._snapshot
        if last is not None and last.story.shares_content(story):
            if last.story is not story or last.current is not current:
                last = self._snapshot = replace(last, story=story, current=current)
            return last
        problems, document = self._from_head_start(story)
        if problems is None:
            from storybuilder import critic

            problems = tuple(
                critic.detect(story, self.bank, self.interview) + critic.authored(story)
            )
        sections = (self.section_of(p) for p in problems if p.is_open)
        by_section = Counter(section for section in sections if section is not None)
        self._revision += 1
        self._snapshot = StorySnapshot(
            story=story,
            revision=self._revision,
            problems=problems,
            progress=tuple(self.interview.progress()),
            open_by_section=dict(by_section),
            current=current,
        )
        if document is not None:
            self._head_document = (self._revision, document)
        return self._snapshot

    # -- the head start ---------------------------------------------------------------

    def start_head_start(self) -> None:
        """Fork a child that runs the critic and renders the preview's document for the
        story as it is now, while the wizard builds its first screen (see
        ``tui/head_start.py``); the first snapshot uses its result if the story is
        unchanged by then. Call it before Textual starts (it forks only a process
        without threads)."""
        from storybuilder.tui.head_start import HeadStart

        self._head_start = HeadStart.start(self.story, self._first_snapshot_work)

    def _first_snapshot_work(self) -> tuple[tuple[OpenProblem, ...], str]:
        """What the head start's child works out (in the child)."""
        snapshot = self.snapshot()
        return snapshot.problems, self.render_preview(snapshot)

    def collect_head_start(self) -> None:
        """Wait for the head start's result, if there is one (blocking; the wizard never
        does: it uses the result only if it is there when needed)."""
        head = self._head_start
        if head is not None:
            head.collect()

    def end_head_start(self) -> None:
        """Drop the head start (its child is ended if still at work)."""
        head, self._head_start = self._head_start, None
        if head is not None:
            head.discard()

    def _head_result(self, story: Story) -> HeadResult | None:
        """The head start's result if it is there now (never waits for a child still at
        work) and was made for a story of this content."""
        head = self._head_start
        if head is None:
            return None
        result = head.result if head.done else head.collect() if head.ready() else None
        if result is None or not result.story.shares_content(story):
            return None
        return result

    def _from_head_start(self, story: Story) -> tuple[tuple[OpenProblem, ...] | None, str | None]:
        """The head start's problems and document for a new snapshot of ``story``, if it
        has them for this content now. A child not done yet is kept for the document
        (see render_preview) while this content lasts."""
        result = self._head_result(story)
        head = self._head_start
        if result is not None or head is None or head.done or head.story is not story:
            self.end_head_start()  # used, or of no more use
        if result is None:
            return None, None
        return result.problems, result.document

    def problems(self) -> list[OpenProblem]:
        """Detected and hand-written open problems, with their triage."""
        return list(self.snapshot().problems)

    def render(self, options: RenderOptions | None = None) -> str:
        """The Markdown document (Jinja is imported on first use, not at start-up)."""
        from storybuilder.render import render_story

        snapshot = self.snapshot()
        return render_story(snapshot.story, self.bank, options, snapshot.problems)

    def render_preview(
        self, snapshot: StorySnapshot | None = None, typed: tuple[str, Any] | None = None
    ) -> str:
        """The document as the preview shows it: without what a terminal cannot show
        (YAML front matter, the Mermaid diagram), from a snapshot's story and problems
        (the critic does not run again), with what is being typed (question id, value)
        in place of its answer. Safe to call from a worker thread with a snapshot: it
        reads nothing else that changes."""
        snapshot = snapshot or self.snapshot()
        head = self._head_document
        if typed is None and head is not None and head[0] == snapshot.revision:
            return head[1]  # rendered by the head start (Jinja not imported for it)
        if typed is None and self._head_start is not None:
            # The child was not done for the first snapshot; if it is now, its document
            # holds for the problems found here if they are the same.
            result = self._head_result(snapshot.story)
            self.end_head_start()
            if result is not None and result.problems == snapshot.problems:
                return result.document
        from storybuilder.render import RenderOptions, render_story

        story = snapshot.story
        if typed is not None and typed[0] in self.bank.by_id:
            story = with_answer(self.bank, story, self.bank.by_id[typed[0]], typed[1])
        options = RenderOptions(front_matter=False, diagram=False)
        return render_story(story, self.bank, options, snapshot.problems)

    def answer_summary(self, question: Question, limit: int = 70) -> str:
        """A question's answer on one line, as the review lists it (raw author text:
        neutralise it before it reaches the terminal)."""
        value = self.interview.value(question)
        if self.interview.is_skipped(question) and not self.interview.is_answered(question):
            return "skipped"
        if value is None or value in ("", [], {}):
            return "not answered"
        if question.kind == "entries" and isinstance(value, list):
            text = f"{len(value)} entr{'y' if len(value) == 1 else 'ies'}"
        elif question.kind in ("choice", "multi-choice", "yes-no-unsure"):
            labels = {o.id: o.label for o in self.bank.options(question)}
            chosen = value if isinstance(value, list) else [value]
            text = ", ".join(labels.get(str(c), str(c)) for c in chosen)
        elif isinstance(value, list):
            text = ", ".join(str(v) for v in value)
        else:
            text = str(value)
        text = " ".join(text.split())
        return text if len(text) <= limit else text[: limit - 1] + "…"

    def questions_of(self, problem: OpenProblem) -> tuple[Question, ...]:
        """The questions a problem concerns, from its source and the items it refers to."""
        found: dict[str, Question] = {}
        for ref in (problem.source, *problem.refs):
            for question in self.bank.questions_at(ref):
                found.setdefault(question.id, question)
        return tuple(found.values())

    def section_of(self, problem: OpenProblem) -> str | None:
        """The section an open problem belongs to (None: the story as a whole)."""
        questions = self.questions_of(problem)
        return questions[0].section if questions else None

    def question_for(self, problem: OpenProblem) -> Question | None:
        """The first question asked now that an open problem concerns, if any."""
        for question in self.questions_of(problem):
            if self.interview.is_reachable(question):
                return question
        return None

    # -- triage -----------------------------------------------------------------------

    def set_status(self, problem: OpenProblem, status: ProblemStatus, note: str | None) -> bool:
        """Record the author's decision on this one problem, found by its key (a detected
        problem's, or the id of the author's own). False if it is no longer in the story."""
        if problem.rule is not None and problem.covers:
            # Decided one by one, so that what joins the problem later is not covered;
            # a decision under its own key would cover it, and goes.
            self.drop_triage(problem.key)
            for key in problem.covers:
                self.set_triage(key, status, note)
            return True
        if problem.rule is not None:
            self.set_triage(problem.key, status, note)
            return True
        index = self._authored_index(problem)
        if index is None:
            return False
        self.set_authored_status(index, status)
        return True

    def _authored_index(self, problem: OpenProblem) -> int | None:
        """Where the author's own problem is in ``[[problems]]``, by its id (the story may
        have been reloaded since, and items moved)."""
        ids = problem_ids(self.story)
        return ids.index(problem.item) if problem.item in ids else None

    def set_triage(self, key: str, status: ProblemStatus, note: str | None) -> None:
        """Record the author's decision on one detected problem, by its key (open with no
        note clears it)."""
        triage = dict(self.story.triage)
        note = (note or "").strip() or None
        if status is ProblemStatus.OPEN and note is None:
            triage.pop(key, None)
        else:
            triage[key] = Triage(status=status, note=note)
        self.interview.story = self.story.model_copy(update={"triage": triage})

    def set_authored_status(self, index: int, status: ProblemStatus) -> None:
        """Triage one of the author's own problems (``[[problems]]``) by its place there."""
        problems = list(self.story.problems)
        problems[index] = problems[index].model_copy(update={"status": status})
        self.interview.story = self.story.model_copy(update={"problems": problems})

    # -- retired answers and stale triage ---------------------------------------------

    def stale_triage(self) -> list[str]:
        """Triage keys whose problem no longer fires (reported, so they can be dropped)."""
        from storybuilder import critic
        from storybuilder.notes import stale_triage

        if not critic.applies(self.story):
            return []
        return stale_triage(self.story, self.snapshot().problems)

    def drop_triage(self, key: str) -> None:
        triage = {k: v for k, v in self.story.triage.items() if k != key}
        self.interview.story = self.story.model_copy(update={"triage": triage})

    def delete_retired(self, old_id: str) -> None:
        retired = {k: v for k, v in self.story.retired.items() if k != old_id}
        self.interview.story = self.story.model_copy(update={"retired": retired})

    def retired_targets(self) -> list[Question]:
        """The questions a retired answer may move to: those that take an answer."""
        return [q for q in self.bank.questions if q.answerable]

    def move_retired(self, old_id: str, question_id: str) -> str | None:
        """Make a retired answer the answer to a question; why not, or None when done.

        The answer must fit the question (its kind, options and checks), and a question
        that already has an answer is not overwritten.
        """
        retired = self.story.retired.get(old_id)
        question = self.bank.by_id.get(question_id)
        if retired is None or question is None or not question.answerable:
            return "There is no such retired answer or question."
        if self.interview.is_answered(question):
            return f"“{question.prompt}” already has an answer; clear it first."
        value = retired.value
        if question.kind == "yes-no" and isinstance(value, bool):
            value = "yes" if value else "no"
        before = self.story
        errors = [f for f in self.interview.answer(value, question) if f.level == "error"]
        if errors:
            self.interview.story = before
            return f"This answer does not fit “{question.prompt}”: {errors[0].message}"
        self.delete_retired(old_id)
        return None

    # -- export -----------------------------------------------------------------------

    def export(self) -> Path:
        """Write the Markdown document next to the story; raises StoryFileError."""
        target = self.export_path
        storefile.write_text_atomic(target, self.render())
        return target
