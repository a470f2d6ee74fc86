"""The interview engine: which questions are asked, and moving through them.

The wizard is a view over this class, and tests drive it directly. Which questions are
*reachable* is recomputed from the story after every answer, so branching always
follows the current answers. Answers to questions that become unreachable stay in the
story (they are simply not asked) and come back into play if the branch returns.

A bank may mark its core questions ``first_pass``. In the *first pass* only those are
asked: answered alone they make a complete short story. Past its last question the
interview goes on through the rest, in bank order (section by section), without asking
again what the first pass answered: the deepening.

After a story is opened with a newer version of its bank that added questions, the
interview first runs the *new-questions pass*: only those questions (the ones the
upgrade found unanswered, while they are asked), then back to where the author had left
off, in the pass the story was in (see :mod:`storybuilder.upgrade`).

After a jump (to a section or a question), Next returns to where the jump started
rather than going on from the question jumped to.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal, NamedTuple

from pydantic import ValidationError

from storybuilder import fields, shipped_regexes
from storybuilder.bank import Bank, EntryField, Question, Section
from storybuilder.conditions import Resolver, is_answered
from storybuilder.story import KEBAB_ID, Story, plain_data


class Feedback(NamedTuple):
    """A message about an answer, shown at the input."""

    level: Literal["error", "advice"]
    """An error keeps the answer from being saved; advice is saved with the answer."""
    message: str
    where: str | None = None
    """For entries: which entry and sub-field, like 'entry 2, test'."""


class SectionProgress(NamedTuple):
    section: Section
    answered: int
    total: int
    """Reachable questions in the section that take an answer."""

    @property
    def complete(self) -> bool:
        return self.answered == self.total


def reachable(story: Story, bank: Bank, resolve: Resolver | None = None) -> list[Question]:
    """The questions asked with the story's answers, in bank order (what
    :meth:`Interview.reachable` gives, without choosing a pass or a place).

    ``resolve``: the story's resolver (:meth:`Bank.resolver`), if the caller has one."""
    if resolve is None:
        resolve = bank.resolver(story)
    asked = []
    for question in bank.questions:
        condition = bank.condition(question)
        if condition is None or condition.evaluate(resolve):
            asked.append(question)
    return asked


class Interview:
    """An interview over one story with one bank. ``story`` is replaced, never mutated."""

    def __init__(
        self,
        story: Story,
        bank: Bank,
        *,
        first_pass: bool | None = None,
        new_questions: Sequence[str] = (),
        left_at: str | None = None,
    ) -> None:
        """``first_pass``: ask only the first-pass questions (None: while the first pass
        is not done and the story does not resume outside it).

        ``new_questions``: the questions a newer bank version added that the story has
        not answered (from :class:`storybuilder.upgrade.Upgrade`); they are asked first,
        alone, and then the interview goes on from ``left_at``, where the author had
        left off before the upgrade."""
        self.bank = bank
        self.story = story
        self.finished = False
        """True after moving past the last question (the wizard shows the review)."""
        # (the story it was computed for, the questions): stories are replaced, not mutated.
        self._reachable_cache: tuple[Story, list[Question]] | None = None
        self._return_to: tuple[str | None, bool] | None = None
        """Where Next goes after a jump: (question id, finished) when the jump started."""
        self.new_questions: tuple[str, ...] = tuple(q for q in new_questions if q in bank.by_id)
        """While not empty, the new-questions pass: only these are asked (those of them
        asked with the current answers, answered or not, so that places hold still)."""
        self._left_at = left_at
        """Where the interview goes on after the new-questions pass."""
        self.first_pass = False
        """Only the first-pass questions are asked (see the module docstring)."""
        self.deepening = False
        """Past the first pass: the questions left are asked (the first-pass ones
        answered are not asked again)."""
        start = story.interview.at
        # The pass the story is in is the one it was in where the author left off.
        self._choose_pass(left_at if self.new_questions else start, first_pass)
        if self.new_questions and not self.asked():
            self.new_questions = ()  # none is asked with these answers: nothing to run
        if start is None or start not in bank.by_id or not self.is_asked(bank.by_id[start]):
            start = self._first_unanswered_id()
        self._current_id: str | None = start
        self._remember_position()

    def _choose_pass(self, start: str | None, first_pass: bool | None) -> None:
        """Set the first pass or the deepening for a story resumed at ``start``."""
        resume_at = self.bank.by_id.get(start) if start is not None else None
        in_pass = resume_at is None or resume_at.first_pass
        if first_pass is None:
            first_pass = in_pass and not self.first_pass_done()
        self.first_pass = first_pass and self.has_first_pass
        self.deepening = False
        if self.has_first_pass and not self.first_pass and not in_pass:
            self.deepening = self.first_pass_done()

    # -- what is asked ----------------------------------------------------------------

    def reachable(self) -> list[Question]:
        """The questions asked with the current answers, in bank order."""
        cache = self._reachable_cache
        if cache is not None and cache[0] is not self.story and self.story.shares_content(cache[0]):
            # Moved or saved, same answers: what is asked has not changed.
            cache = self._reachable_cache = (self.story, cache[1])
        if cache is None or cache[0] is not self.story:
            cache = self._reachable_cache = (self.story, reachable(self.story, self.bank))
        return cache[1]

    def is_reachable(self, question: Question) -> bool:
        return any(q.id == question.id for q in self.reachable())

    def asked(self) -> list[Question]:
        """The questions of the current pass: the reachable ones; in the new-questions
        pass the reachable new ones; in the first pass the reachable first-pass ones; in
        the deepening those not answered in the first pass."""
        if self.new_questions:
            new = set(self.new_questions)
            return [q for q in self.reachable() if q.id in new]
        if self.first_pass:
            return [q for q in self.reachable() if q.first_pass]
        if self.deepening:
            data = plain_data(self.story)
            return [q for q in self.reachable() if not q.first_pass or not _answered_in(data, q)]
        return self.reachable()

    def is_asked(self, question: Question) -> bool:
        return any(q.id == question.id for q in self.asked())

    def place(self, question: Question) -> tuple[int, int]:
        """The question's place among those of the current pass (1-based; 0 when it is
        not among them), and how many there are with the current answers."""
        asked = self.asked()
        position = next((i for i, q in enumerate(asked, 1) if q.id == question.id), 0)
        return position, len(asked)

    # -- the first pass ---------------------------------------------------------------

    @property
    def has_first_pass(self) -> bool:
        """The bank marks a first pass."""
        return any(q.first_pass for q in self.bank.questions)

    def first_pass_done(self) -> bool:
        """Every first-pass question asked with the current answers is answered or
        skipped (True when the bank has no first pass)."""
        data = plain_data(self.story)
        return all(
            _answered_in(data, q) or self.is_skipped(q) for q in self.reachable() if q.first_pass
        )

    def first_pass_progress(self) -> list[SectionProgress]:
        """Answered and reachable first-pass questions per section that has any, in bank
        order (empty when the bank has no first pass)."""
        counts: dict[str, list[int]] = {}
        data = plain_data(self.story)
        for question in self.reachable():
            if not question.first_pass or not question.answerable:
                continue
            count = counts.setdefault(question.section, [0, 0])
            count[1] += 1
            count[0] += _answered_in(data, question)
        return [SectionProgress(s, *counts[s.id]) for s in self.bank.sections if s.id in counts]

    def set_first_pass(self, on: bool) -> Question | None:
        """Start (or leave) the first pass. Starting it from a question outside it goes
        to the first-pass question still to answer (or the first one)."""
        self.new_questions = ()  # a pass chosen by hand ends the new-questions pass
        self.first_pass = on and self.has_first_pass
        self.deepening = False  # left by hand: every question, in order
        self._return_to = None
        current = self.current
        if self.first_pass and (current is None or not current.first_pass or self.finished):
            self.finished = False
            self._current_id = self._first_unanswered_id()
        self._remember_position()
        return self.current

    # -- the new-questions pass ---------------------------------------------------------

    @property
    def asking_new(self) -> bool:
        """The new-questions pass is on (see the module docstring)."""
        return bool(self.new_questions)

    def _end_new_questions(self) -> None:
        """Past the last new question: back where the author had left off (in the pass
        the story is in then), else the first question left to answer, else finished."""
        self.new_questions = ()
        target = self._left_at
        self._choose_pass(target, None)
        if (
            target is None
            or target not in self.bank.by_id
            or not self.is_asked(self.bank.by_id[target])
        ):
            target = self._first_unanswered_id(or_first=False)
        self.finished = target is None
        self._current_id = target or self._current_id

    @property
    def returns_to(self) -> Question | None:
        """The question Next goes back to after a jump, if it goes back to one."""
        if self._return_to is None or self._return_to[0] is None:
            return None
        return self.bank.by_id.get(self._return_to[0])

    @property
    def current(self) -> Question | None:
        if self._current_id is None:
            return None
        return self.bank.by_id[self._current_id]

    def value(self, question: Question) -> Any:
        """The current answer as plain data (what an input should show), or None."""
        if question.field is None:
            return None
        value = fields.read(self.story, question.field)
        if question.kind == "yes-no" and isinstance(value, bool):
            return "yes" if value else "no"
        if question.kind == "entries" and isinstance(value, list):
            # Unset sub-fields are absent, as in the file, rather than None.
            return [{k: v for k, v in entry.items() if v is not None} for entry in value]
        return value

    def example(self, question: Question) -> str:
        """The example answer closest to the story: the one meant for the most of its
        goal classes (the first such in the bank), else the question's general one."""
        chosen = set(self.story.goal.classes)
        best, shared = question.example, 0
        for example in question.examples:
            overlap = len(chosen.intersection(example.goal_classes))
            if overlap > shared:
                best, shared = example.text, overlap
        return best

    def is_answered(self, question: Question) -> bool:
        return _answered_in(plain_data(self.story), question)

    def is_skipped(self, question: Question) -> bool:
        return question.id in self.story.interview.skipped

    def progress(self) -> list[SectionProgress]:
        """Answered and reachable counts per section, in bank order."""
        counts = {s.id: [0, 0] for s in self.bank.sections}
        data = plain_data(self.story)  # once, not once per question
        for question in self.reachable():
            if not question.answerable:
                continue
            counts[question.section][1] += 1
            if _answered_in(data, question):
                counts[question.section][0] += 1
        return [SectionProgress(s, *counts[s.id]) for s in self.bank.sections]

    # -- answering --------------------------------------------------------------------

    def answer(self, value: Any, question: Question | None = None) -> list[Feedback]:
        """Validate and store an answer to the current (or given) question.

        Returns the feedback: errors mean nothing was stored; advice is stored with it.
        A blank answer clears the field (unless the question requires one).
        """
        question = question or self.current
        if question is None:
            return [Feedback("error", "There is no question to answer.")]
        if not question.answerable:
            return []
        try:
            normalized = _normalize(self.bank, question, value)
        except AnswerError as err:
            return [Feedback("error", err.message, err.where)]
        errors = _validate(question, normalized)
        if errors:
            return errors
        assert question.field is not None
        try:
            story = fields.write(self.story, question.field, normalized)
        except ValidationError as err:
            first = err.errors()[0]
            return [Feedback("error", f"This answer does not fit: {first['msg']}.")]
        skipped = [q for q in story.interview.skipped if q != question.id]
        self.story = _with_interview(story, skipped=skipped)
        return _advice(question, normalized)

    def skip(self) -> Question | None:
        """Mark the current question as skipped (it becomes an open problem) and move on."""
        question = self.current
        if question is not None and question.answerable and not self.is_skipped(question):
            self.story = _with_interview(
                self.story, skipped=[*self.story.interview.skipped, question.id]
            )
        return self.next()

    # -- moving -----------------------------------------------------------------------

    def next(self) -> Question | None:
        """Move to the next question of the pass; None (and ``finished``) after the last.

        After a jump, back to where it started. Past the new-questions pass's last
        question, back to where the author had left off. Past the first pass's last
        question, on to the first question left to answer (the deepening), if any.
        """
        if self._return_after_jump():
            return None if self.finished else self.current
        asked = self.asked()
        index = self._position_in(asked)
        if index + 1 < len(asked):
            self.finished = False
            self._current_id = asked[index + 1].id
        elif self.new_questions:
            self._end_new_questions()
        elif self.first_pass:
            self.first_pass = False
            self.deepening = True
            target = self._first_unanswered_id(or_first=False)
            self.finished = target is None
            self._current_id = target or self._current_id
        else:
            self.finished = True
        self._remember_position()
        return None if self.finished else self.current

    def _return_after_jump(self) -> bool:
        """Go back to where a jump started, if one is pending and it is still asked."""
        pending, self._return_to = self._return_to, None
        if pending is None:
            return False
        target, was_finished = pending
        if was_finished:
            self.finished = True
        elif (
            target is None
            or target == self._current_id
            or not self.is_reachable(self.bank.by_id[target])
        ):
            return False
        else:
            self._current_id = target
            self.finished = False
        self._remember_position()
        return True

    def back(self) -> Question | None:
        """Move to the previous question of the pass (stays on the first)."""
        self._return_to = None
        asked = self.asked()
        if self.finished and asked:
            self.finished = False
            self._current_id = self._current_id or asked[-1].id
        else:
            index = self._position_in(asked)
            if index > 0:
                self._current_id = asked[index - 1].id
        self._remember_position()
        return self.current

    @property
    def can_go_back(self) -> bool:
        asked = self.asked()
        return self.finished or self._position_in(asked) > 0

    def jump(self, question_id: str, *, come_back: bool = True) -> Question:
        """Go to a question by id; it must be reachable with the current answers.

        Next goes back to where the first of a run of jumps started (see :meth:`next`),
        unless ``come_back`` is False: then the interview goes on from the question.
        """
        question = self.bank.by_id.get(question_id)
        if question is None:
            raise KeyError(f"no question {question_id!r} in bank {self.bank.id!r}")
        if not self.is_reachable(question):
            raise ValueError(f"question {question_id!r} is not asked with the current answers")
        if not come_back:
            self._return_to = None
        elif self._return_to is None and (self.finished or question_id != self._current_id):
            self._return_to = (self._current_id, self.finished)
        self._current_id = question_id
        self.finished = False
        self._remember_position()
        return question

    def jump_section(self, section_id: str) -> Question | None:
        """Go to a section's first unanswered question (or its first), if any is reachable."""
        in_section = [q for q in self.reachable() if q.section == section_id]
        if section_id not in self.bank.section_by_id:
            raise KeyError(f"no section {section_id!r} in bank {self.bank.id!r}")
        if not in_section:
            return None
        target = next((q for q in in_section if not self.is_answered(q)), in_section[0])
        return self.jump(target.id)

    # -- internals --------------------------------------------------------------------

    def _position_in(self, asked: list[Question]) -> int:
        """Index of the current question among the asked ones.

        When the current question itself stopped being asked (an earlier answer changed),
        the position is that of the last asked question before it in bank order.
        """
        if self._current_id is None:
            return -1
        order = self.bank.question_index[self._current_id]
        index = -1
        for i, question in enumerate(asked):
            if self.bank.question_index[question.id] <= order:
                index = i
        return index

    def _first_unanswered_id(self, *, or_first: bool = True) -> str | None:
        """The first question of the pass neither answered nor skipped; if none, the
        first question (``or_first``) or None."""
        asked = self.asked()
        data = plain_data(self.story)
        for question in asked:
            if not _answered_in(data, question) and not self.is_skipped(question):
                return question.id
        return asked[0].id if asked and or_first else None

    def _remember_position(self) -> None:
        if self._current_id != self.story.interview.at:
            self.story = _with_interview(self.story, at=self._current_id)


def with_answer(bank: Bank, story: Story, question: Question, value: Any) -> Story:
    """The story with a value written to the question's field as far as it can be (an
    answer that does not fit leaves the story as it is); no check, nothing recorded.
    For showing what is being typed, e.g. in the preview."""
    if not question.answerable or question.field is None:
        return story
    try:
        return fields.write(story, question.field, _normalize(bank, question, value))
    except (AnswerError, ValidationError):
        return story


def _answered_in(data: dict[str, Any], question: Question) -> bool:
    """Whether the question is answered in a story dumped to plain data."""
    if not question.answerable or question.field is None:
        return True
    return is_answered(fields.read_from(data, question.field))


class AnswerError(Exception):
    def __init__(self, message: str, where: str | None = None) -> None:
        self.message = message
        self.where = where
        super().__init__(message)


def _with_interview(story: Story, **changes: Any) -> Story:
    return story.model_copy(update={"interview": story.interview.model_copy(update=changes)})


def _normalize(bank: Bank, question: Question, value: Any) -> Any:
    """The answer in the shape its field stores, or None for a blank answer."""
    kind = question.kind
    if value is None:
        return None
    if kind in ("line", "text"):
        if not isinstance(value, str):
            raise AnswerError("Expected text.")
        text = _clean_text(value)
        if kind == "line":
            text = " ".join(text.split())
        return text if text.strip() else None
    if kind == "list":
        items = value.splitlines() if isinstance(value, str) else list(value)
        cleaned = [" ".join(_clean_text(str(i)).split()) for i in items]
        return [i for i in cleaned if i] or None
    if kind in ("choice", "yes-no-unsure"):
        if value == "":
            return None
        ids = [o.id for o in bank.options(question)]
        if value not in ids:
            raise AnswerError(f"Choose one of: {', '.join(ids)}.")
        return value
    if kind == "multi-choice":
        chosen = [value] if isinstance(value, str) else list(value)
        ids = [o.id for o in bank.options(question)]
        unknown = [c for c in chosen if c not in ids]
        if unknown:
            raise AnswerError(f"Unknown choice {unknown[0]!r}; choose from: {', '.join(ids)}.")
        # Keep the bank's order so that the file does not depend on the order of clicks.
        return [i for i in ids if i in chosen] or None
    if kind == "yes-no":
        if isinstance(value, bool):
            return value
        if value in ("yes", "no"):
            return value == "yes"
        if value == "":
            return None
        raise AnswerError("Answer yes or no.")
    if kind == "entries":
        return _normalize_entries(bank, question, value)
    raise AnswerError(f"Questions of kind {kind!r} take no answer.")


def _normalize_entries(bank: Bank, question: Question, value: Any) -> list[dict[str, str]] | None:
    if not isinstance(value, list):
        raise AnswerError("Expected a list of entries.")
    # Entries are numbered by their position in the answer as given, blank ones included,
    # so that "entry 3" is the third row the author sees.
    entries: list[dict[str, str]] = []
    seen_ids: set[str] = set()
    for number, raw in enumerate(value, 1):
        if not isinstance(raw, dict):
            raise AnswerError("Each entry is a set of named fields.", f"entry {number}")
        entry: dict[str, str] = {}
        for sub in question.entry_fields:
            item = raw.get(sub.id)
            if item is None or (isinstance(item, str) and not item.strip()):
                continue
            entry[sub.id] = _normalize_entry_field(bank, question, sub, item, number)
        if not entry:
            continue  # a blank row is dropped, not an error
        item_id = raw.get("id")
        if isinstance(item_id, str) and KEBAB_ID.fullmatch(item_id) and item_id not in seen_ids:
            entry["id"] = item_id  # kept, so that the entry's problems keep their keys
            seen_ids.add(item_id)
        for sub in question.entry_fields:
            if sub.required and sub.id not in entry:
                raise AnswerError(f"{sub.label} is required.", f"entry {number}, {sub.label}")
        entries.append(entry)
    return entries or None


def _normalize_entry_field(
    bank: Bank, question: Question, sub: EntryField, item: Any, number: int
) -> str:
    where = f"entry {number}, {sub.label}"
    if not isinstance(item, str):
        raise AnswerError("Expected text.", where)
    text = _clean_text(item).strip()
    if sub.kind == "line":
        text = " ".join(text.split())
    if sub.kind == "choice":
        choices = bank.entry_field_choices(question, sub)
        if text not in choices:
            raise AnswerError(f"Choose one of: {', '.join(choices)}.", where)
    return text


# C0 controls other than tab and newline, DEL, and C1 controls: invisible, and they break
# terminals and documents. Carriage returns become newlines.
_CONTROL = shipped_regexes.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _clean_text(text: str) -> str:
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _validate(question: Question, value: Any) -> list[Feedback]:
    if value is None:
        if question.required:
            return [
                Feedback("error", "This question needs an answer (or skip it to come back later).")
            ]
        return []
    problems = []
    if question.min_words and isinstance(value, str):
        words = len(value.split())
        if words < question.min_words:
            problems.append(
                Feedback(
                    "error",
                    f"Write at least {question.min_words} words ({words} so far): "
                    "a sentence or two is not enough to argue from.",
                )
            )
    if question.pattern and isinstance(value, str):
        # Imported for a question with a pattern only (the core bank has none).
        from storybuilder import patterns

        try:
            matched = patterns.matches(question.pattern, value)
        except patterns.UnsafePattern as err:
            problems.append(
                Feedback("error", f"This answer cannot be checked against its pattern: {err}.")
            )
        else:
            if not matched:
                hint = question.pattern_hint or f"It must match the pattern {question.pattern}."
                problems.append(
                    Feedback("error", f"This answer does not have the expected form. {hint}")
                )
    return problems


def _advice(question: Question, value: Any) -> list[Feedback]:
    if question.field == "goal.specification" and isinstance(value, str):
        # Imported here: its patterns are not needed before the wizard's first frame.
        from storybuilder.rules.mechanism import assess

        verdict = assess(value)
        if verdict.behavioral_only:
            return [Feedback("advice", verdict.explanation)]
    return []
