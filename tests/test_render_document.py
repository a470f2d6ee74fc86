"""The exported document reads as a paper: follow-up answers appear under their bank label,
in the part of the story the bank places them in, never as the wizard's own question or
as a bare yes/no paragraph."""

from __future__ import annotations

import re
from typing import Any

import pytest

from storybuilder.bank import Bank, Question, packaged_bank
from storybuilder.examples import list_examples, load_example
from storybuilder.interview import Interview
from storybuilder.render import render_story
from storybuilder.story import Story

BARE_WORDS = {"yes", "no", "unsure", "true", "false", "not known"}


def core() -> Bank:
    return packaged_bank("core")


def paper_faults(text: str, bank: Bank) -> list[str]:
    """Wizard prompts as bold lines, and paragraphs that are only an answer word."""
    bold_prompts = {f"**{q.prompt}**" for q in bank.questions}
    faults = [line for line in text.splitlines() if line.strip() in bold_prompts]
    for paragraph in re.split(r"\n\s*\n", text):
        if paragraph.strip().strip(".").lower() in BARE_WORDS:
            faults.append(paragraph)
    return faults


def part_of(text: str, heading: str) -> str:
    """The text under a heading, up to the next heading of any level."""
    start = text.index(f"{heading}\n")
    after = re.search(r"\n#+ ", text[start + len(heading) :])
    return text[start : start + len(heading) + (after.start() if after else len(text))]


def sample_answer(bank: Bank, question: Question) -> Any:
    if question.kind in ("line", "text"):
        return f"Answer to {question.id}: " + "a sentence long enough to argue from, " * 3
    if question.kind == "list":
        return "First item\nSecond item"
    if question.kind == "yes-no":
        return "yes"
    if question.kind == "yes-no-unsure":
        return "unsure"
    options = [o.id for o in bank.options(question)]
    if question.kind == "multi-choice":
        return options[:2]
    if question.kind == "entries":
        return [{"claim": "The model keeps no state.", "test": "Replay shuffled logs."}]
    return options[0]


def fresh_story(bank: Bank) -> Story:
    """A story written through the interview, every goal and rationale class chosen and
    every follow-up they bring answered."""
    interview = Interview(Story.model_validate({"interview": {"bank": "core"}}), bank)
    chosen: dict[str, Any] = {
        "title": "Coding assistant",
        "training-step": "yes",
        "advanced": "no",
        "goal-classes": [t.id for t in bank.data.goal_classes],
        "rationale-classes": [t.id for t in bank.data.rationale_classes],
    }
    while not interview.finished:
        question = interview.current
        assert question is not None
        if question.answerable:
            value = chosen.get(question.id, sample_answer(bank, question))
            errors = [f for f in interview.answer(value) if f.level == "error"]
            assert errors == [], (question.id, errors)
        interview.next()
    return interview.story


@pytest.mark.parametrize("name", [example.name for example in list_examples()])
def test_shipped_examples_read_as_a_paper(name: str) -> None:
    story = load_example(name)
    bank = packaged_bank(story.interview.bank)
    assert paper_faults(render_story(story, bank), bank) == []


def test_a_fresh_story_reads_as_a_paper_with_answers_where_they_belong() -> None:
    bank = core()
    story = fresh_story(bank)
    follow_ups = [q for q in bank.questions if q.field == f"answers.{q.id}"]
    assert sum(q.id in story.answers for q in follow_ups) > 40  # the branches were taken
    text = render_story(story, bank, None)
    assert paper_faults(text, bank) == []
    # The corrigibility mechanism is part of the specification, not of the desirability.
    label = bank.by_id["corrigible-mechanism"].label
    assert f"_{label}._" in part_of(text, "### Specification")
    assert label not in part_of(text, "### Desirability")
    # A multi-choice answer is a labelled item under the rationale, its options in words.
    rationale = part_of(text, "## Training rationale")
    setup = bank.by_id["training-setup"]
    first, second = (o.label for o in setup.options[:2])
    assert f"- **{setup.label}:** {first} and {second}" in rationale
    # A yes/no/unsure answer is folded into a labelled item.
    route = bank.by_id["precursor-other-route"].label
    assert f"- **{route}:** not known" in part_of(text, "### Nudges")


def test_every_shipped_follow_up_has_a_label_and_a_place() -> None:
    bank = core()
    for question in bank.questions:
        if question.field == f"answers.{question.id}":
            assert question.document_part is not None, question.id
            assert question.label or question.document_part == "none", question.id


def test_a_follow_up_without_a_label_falls_back_to_its_prompt_words() -> None:
    bank = core()
    data = bank.data.model_copy(
        update={
            "questions": tuple(
                q.model_copy(update={"label": ""}) if q.id == "training-setup" else q
                for q in bank.questions
            )
        }
    )
    unlabelled = Bank(data, "unlabelled")
    story = load_example("microscope-ai")
    text = render_story(story, unlabelled)
    assert "- **How is the model trained? Choose every signal it learns from:** " in text
    assert paper_faults(text, unlabelled) == []
