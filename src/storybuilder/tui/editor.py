"""One open story in the wizard: the interview, the file it is saved to, and saving.

This module is Textual-free so that everything the screens do to a story (answer, move,
triage, save, export, reload) can be tested without a screen. Saving is synchronous on
purpose: an answer counts as confirmed only once it is on disk, so a crash or a kill
right after "Next" loses nothing, and two saves can never race on the fingerprint.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storybuilder import storefile
from storybuilder.bank import Bank, Question
from storybuilder.critic import OpenProblem, authored, detect
from storybuilder.interview import Interview
from storybuilder.session import OpenStory, open_story
from storybuilder.story import ProblemStatus, Story, Triage

if TYPE_CHECKING:
    from storybuilder.render import RenderOptions

_INDEX = re.compile(r"\[\d+\]")


@dataclass(frozen=True)
class SaveResult:
    """What happened when the story was saved."""

    ok: bool
    conflict: bool = False
    """The file changed on disk since it was loaded: nothing was written."""
    error: str | None = None
    """Why saving failed (the answers stay in memory)."""


class StoryEditor:
    """An open story: its interview, where it is saved, and the fingerprint of the file."""

    def __init__(self, opened: OpenStory, bank_path: Path | None = None) -> None:
        self.path = opened.path
        self.bank: Bank = opened.bank
        self.bank_path = bank_path
        """The ``--bank`` the story was opened with, to reload it the same way."""
        self.fingerprint = opened.fingerprint
        self.interview = Interview(opened.story, opened.bank)
        self.saved_story: Story = opened.story
        """The story as last written to (or read from) the file."""
        self.drafts: dict[str, Any] = {}
        """Edits that did not pass validation, kept in memory (never saved) by question id."""

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
        position = self.saved_story.interview.model_copy(update={"at": self.story.interview.at})
        return self.story.content_equal(self.saved_story.model_copy(update={"interview": position}))

    @property
    def export_path(self) -> Path:
        """Where the Markdown export goes: next to the story, with a ``.md`` suffix."""
        return self.path.with_suffix(".md")

    # -- saving -----------------------------------------------------------------------

    def save(self, *, overwrite: bool = False) -> SaveResult:
        """Write the story atomically; ``overwrite`` ignores changes made on disk."""
        expected = None if overwrite else self.fingerprint
        try:
            saved, fingerprint = storefile.save(
                self.story, self.path, expected=expected, vocab=self.bank.vocabulary()
            )
        except storefile.ConflictError as err:
            return SaveResult(False, conflict=True, error=str(err))
        except storefile.StoryFileError as err:
            return SaveResult(False, error=str(err))
        self.fingerprint = fingerprint
        self.interview.story = saved
        self.saved_story = saved
        return SaveResult(True)

    def reload(self) -> None:
        """Replace the story with the version on disk (drafts are dropped)."""
        opened = open_story(self.path, self.bank_path)
        self.bank = opened.bank
        self.fingerprint = opened.fingerprint
        self.interview = Interview(opened.story, opened.bank)
        self.saved_story = opened.story
        self.drafts.clear()

    # -- reading ----------------------------------------------------------------------

    def problems(self) -> list[OpenProblem]:
        """Detected and hand-written open problems, with their triage."""
        story = self.story
        return detect(story, self.bank, self.interview) + authored(story)

    def render(self, options: RenderOptions | None = None) -> str:
        """The Markdown document (Jinja is imported on first use, not at start-up)."""
        from storybuilder.render import render_story

        return render_story(self.story, self.bank, options)

    def render_preview(self) -> str:
        """The document as the preview shows it: without what a terminal cannot show
        (YAML front matter, the Mermaid diagram). Safe to call from a worker thread."""
        from storybuilder.render import RenderOptions, render_story

        story = self.story
        return render_story(story, self.bank, RenderOptions(front_matter=False, diagram=False))

    def _questions_for(self, source: str | None) -> list[Question]:
        """Questions an open problem's source points at: a question id, a field path
        (``claims[1]`` or ``failure_modes.x.relevance``), or a whole table."""
        if not source:
            return []
        key = _INDEX.sub("", source)
        exact = self.bank.by_id.get(key) or self.bank.by_field.get(key)
        if exact is not None:
            return [exact]
        return [
            q
            for q in self.bank.questions
            if q.field and (q.field.startswith(key + ".") or key.startswith(q.field + "."))
        ]

    def section_of(self, source: str | None) -> str | None:
        """The section an open problem belongs to, from its source."""
        questions = self._questions_for(source)
        return questions[0].section if questions else None

    def question_for(self, source: str | None) -> Question | None:
        """The first question asked now that an open problem points at, if any."""
        for question in self._questions_for(source):
            if self.interview.is_reachable(question):
                return question
        return None

    # -- triage -----------------------------------------------------------------------

    def set_triage(self, rule: str, status: ProblemStatus, note: str | None) -> None:
        """Record the author's decision on a detected problem (open with no note clears it)."""
        triage = dict(self.story.triage)
        note = (note or "").strip() or None
        if status is ProblemStatus.OPEN and note is None:
            triage.pop(rule, None)
        else:
            triage[rule] = Triage(status=status, note=note)
        self.interview.story = self.story.model_copy(update={"triage": triage})

    def set_authored_status(self, index: int, status: ProblemStatus) -> None:
        """Triage one of the author's own problems (``[[problems]]``)."""
        problems = list(self.story.problems)
        problems[index] = problems[index].model_copy(update={"status": status})
        self.interview.story = self.story.model_copy(update={"problems": problems})

    # -- export -----------------------------------------------------------------------

    def export(self) -> Path:
        """Write the Markdown document next to the story; raises StoryFileError."""
        target = self.export_path
        storefile.write_text_atomic(target, self.render())
        return target
