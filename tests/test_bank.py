"""Bank validation: each kind of mistake is refused with a message naming the question."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from storybuilder.bank import BankError, load_bank, packaged_bank, parse_bank
from storybuilder.cli import main

HEAD = """
[bank]
id = "lab"
title = "Lab review"

[[sections]]
id = "one"
title = "One"

[[goal_classes]]
id = "simulator"
name = "Simulator"

[[goal_classes]]
id = "narrow-agent"
name = "Narrow agent"

[[failure_modes]]
id = "deceptive-alignment"
name = "Deceptive alignment"
"""

Q_TITLE = """
[[questions]]
id = "title"
section = "one"
prompt = "Title?"
kind = "line"
field = "meta.title"
"""

Q_ADV = """
[[questions]]
id = "advanced"
section = "one"
prompt = "Advanced?"
kind = "yes-no"
field = "meta.advanced"
"""

Q_CLASSES = """
[[questions]]
id = "classes"
section = "one"
prompt = "Classes?"
kind = "multi-choice"
field = "goal.classes"
options_from = "goal_classes"
"""


def problems(*parts: str) -> list[str]:
    with pytest.raises(BankError) as caught:
        parse_bank(HEAD + "".join(parts), "lab.toml")
    return caught.value.problems


def one_problem(*parts: str) -> str:
    found = problems(*parts)
    assert len(found) == 1, found
    return found[0]


def question(qid: str, **keys: str) -> str:
    lines = [f'\n[[questions]]\nid = "{qid}"\nsection = "one"\nprompt = "?"']
    keys.setdefault("kind", "text")
    keys.setdefault("field", f"answers.{qid}")
    lines += [
        f"{k} = {v!r}".replace("'", '"') if '"' not in v else f"{k} = '{v}'"
        for k, v in keys.items()
    ]
    return "\n".join(lines) + "\n"


def test_a_valid_bank_loads() -> None:
    bank = parse_bank(
        HEAD + Q_TITLE + Q_ADV + Q_CLASSES + question("sim", when='classes contains "simulator"')
    )
    assert [q.id for q in bank.questions] == ["title", "advanced", "classes", "sim"]


def test_duplicate_question_ids() -> None:
    assert (
        one_problem(Q_TITLE, Q_TITLE.replace('"meta.title"', '"meta.summary"'))
        == "question 'title': duplicate id"
    )


def test_condition_that_does_not_parse_points_at_the_column() -> None:
    message = one_problem(Q_ADV, question("later", when="advanced == == true"))
    assert message.startswith("question 'later': condition does not parse at column 13")
    assert "^" in message


def test_condition_naming_an_unknown_field() -> None:
    message = one_problem(question("later", when="meta.colour == true"))
    assert (
        message
        == "question 'later': condition names 'meta.colour', which is neither a story field nor a question"
    )


def test_condition_naming_an_unknown_question() -> None:
    message = one_problem(question("later", when="no-such-question is answered"))
    assert "'no-such-question', which is neither a story field nor a question" in message


def test_unknown_option_id_in_a_condition() -> None:
    message = one_problem(Q_CLASSES, question("later", when='classes contains "simulater"'))
    assert message.startswith("question 'later': condition compares 'classes' with 'simulater'")
    assert "'simulator'" in message


def test_unknown_option_id_for_an_enum_field() -> None:
    message = one_problem(
        question("dec", kind="choice", field="failure_modes.deceptive-alignment.relevance"),
        question("later", when='dec == "maybe"'),
    )
    assert "compares 'dec' with 'maybe'" in message
    assert "'applies'" in message


def test_condition_depending_on_a_later_question() -> None:
    message = one_problem(question("early", when="advanced == true"), Q_ADV)
    assert message == (
        "question 'early': condition depends on the later question 'advanced' "
        "(through 'advanced'); that would be a cycle"
    )


def test_condition_depending_on_itself() -> None:
    message = one_problem(question("self", when="self is answered"))
    assert "depends on itself" in message


def test_unreachable_question() -> None:
    message = one_problem(Q_ADV, question("never", when="advanced == true and advanced == false"))
    assert message.startswith("question 'never': unreachable")


def test_question_gated_on_an_unreachable_one_is_unreachable_too() -> None:
    found = problems(
        Q_ADV,
        question("never", kind="yes-no", when="advanced == true and not advanced"),
        question("after", when="never == true"),
    )
    assert [p.split(":")[0] for p in found] == ["question 'never'", "question 'after'"]


def test_reachable_branches_are_not_flagged() -> None:
    parse_bank(
        HEAD
        + Q_ADV
        + Q_CLASSES
        + question("x", when='advanced == false and classes contains "narrow-agent"')
    )


def _gates(count: int) -> list[str]:
    return [question(f"g{i}", kind="yes-no-unsure") for i in range(count)]


def test_a_contradiction_among_many_questions_is_unreachable() -> None:
    # Eight questions of four values each: 65,536 combinations, more than an exhaustive
    # search would try; the contradiction on g0 still shows.
    when = " and ".join(f"g{i} is answered" for i in range(1, 8)) + ' and g0 == "yes"'
    message = one_problem(*_gates(8), question("never", when=when + ' and g0 == "no"'))
    assert message.startswith("question 'never': unreachable")


def test_the_one_combination_that_reaches_a_question_is_found() -> None:
    when = " and ".join(f'g{i} == "unsure"' for i in range(6)) + " and g6 is not answered"
    parse_bank(HEAD + "".join(_gates(7)) + question("rare", when=when))


def test_a_large_gated_bank_is_checked_in_reasonable_time(tmp_path: Path) -> None:
    # Each question gated on the six before it: the old search tried 4,096 combinations
    # per question and took minutes on this bank. It must now finish, and say valid.
    from bench.bank_load import conditional_bank

    bank = tmp_path / "gated.toml"
    bank.write_text(conditional_bank(10_000), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "storybuilder", "bank", "check", str(bank)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "STORYBUILDER_NO_CACHE": "1"},
    )
    assert result.returncode == 0, result.stderr
    assert "10000 questions" in result.stdout


def test_field_not_in_the_story_model() -> None:
    message = one_problem(question("q", field="goal.colour"))
    assert message == "question 'q': field 'goal.colour' is not in the story model"


def test_field_naming_an_undefined_failure_mode() -> None:
    message = one_problem(question("q", kind="choice", field="failure_modes.wireheading.relevance"))
    assert "names 'wireheading', which is not in [[failure_modes]]" in message


def test_follow_up_answers_are_keyed_by_the_question_id() -> None:
    message = one_problem(question("q", field="answers.other"))
    assert "kept under answers.q" in message


def test_kind_that_cannot_fill_the_field() -> None:
    message = one_problem(question("q", kind="yes-no", field="goal.specification"))
    assert "kind 'yes-no' cannot fill 'goal.specification'" in message


def test_unknown_section() -> None:
    message = one_problem(Q_TITLE.replace('section = "one"', 'section = "two"'))
    assert message == "question 'title': unknown section 'two' (sections: one)"


def test_choice_without_options() -> None:
    message = one_problem(question("q", kind="choice"))
    assert "a choice needs options" in message


def test_unknown_key_names_the_question() -> None:
    message = one_problem(question("q", colour="red"))
    assert message == "question 'q': colour: unknown key"


def test_rule_problems_are_named() -> None:
    found = problems(
        Q_TITLE,
        '\n[[rules]]\nid = "r1"\ntitle = "t"\ndetail = "d"\nwhen = "title =="\n',
        '\n[[rules]]\nid = "r2"\ntitle = "t"\ndetail = "d"\ncheck = "no-such-check"\n',
        '\n[[rules]]\nid = "r3"\ntitle = "t"\ndetail = "d"\n',
    )
    assert found[0].startswith("rule 'r1': condition does not parse at column 9")
    assert found[1].startswith("rule 'r2': unknown check 'no-such-check'")
    assert (
        found[2]
        == "rule 'r3': give exactly one of 'when' (a condition) or 'check' (a built-in check)"
    )


def test_malformed_toml() -> None:
    with pytest.raises(BankError, match="malformed TOML"):
        parse_bank("[bank\n")


def test_bank_check_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.toml"
    good.write_text(HEAD + Q_TITLE)
    assert main(["bank", "check", str(good)]) == 0
    assert "is valid" in capsys.readouterr().out
    bad = tmp_path / "bad.toml"
    bad.write_text(HEAD + Q_TITLE + Q_TITLE)
    assert main(["bank", "check", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "question 'title': duplicate id" in err


def test_the_test_bank_is_valid(mini_bank: object) -> None:
    assert load_bank(Path(__file__).parent / "data" / "mini_bank.toml").id == "mini"


def test_unknown_packaged_bank() -> None:
    with pytest.raises(BankError, match="no shipped question bank is called 'nope'"):
        packaged_bank("nope")


def test_the_core_bank_passes_bank_check(capsys: pytest.CaptureFixture[str]) -> None:
    core = Path(__file__).parent.parent / "question_banks" / "core.toml"
    assert main(["bank", "check", str(core)]) == 0
    assert "bank 'core' is valid" in capsys.readouterr().out


def test_a_problem_ref_leads_to_the_questions_that_fill_that_item() -> None:
    bank = load_bank(Path(__file__).parent / "data" / "mini_bank.toml")

    def ids(ref: str | None) -> list[str]:
        return [q.id for q in bank.questions_at(ref)]

    assert ids("simulator-what") == ["simulator-what"]  # a question id
    assert ids("goal.specification") == ["specification"]  # a field
    assert ids("claims[1]") == ["claims"]  # an item of a list
    assert ids("claims[1].test") == ["claims"]  # a part of an item
    assert ids("failure_modes.deceptive-alignment") == ["deception"]  # holds the field
    assert ids("goal") == ["goal-classes", "specification"]  # a whole table
    assert ids("problems[0]") == []  # the author's own: no question fills it
    assert ids(None) == [] and ids("") == []


CONCEPTS = """
[[concepts]]
id = "update"
terms = ["retrain*"]

[[concepts]]
id = "often"
terms = ["every night", "weekly"]
"""


def concept_terms(concept: str, definitions: str) -> Sequence[str]:
    """The terms a small bank with these concept definitions reads ``concept`` with."""
    return parse_bank(HEAD + Q_TITLE + CONCEPTS + definitions, "lab.toml").concepts[concept]


def test_a_together_concept_is_discussed_by_a_clause_holding_both_its_concepts() -> None:
    from storybuilder.rules import reading

    terms = concept_terms(
        "scheduled", '[[concepts]]\nid = "scheduled"\ntogether = ["update", "often"]\n'
    )
    assert reading.find(["Weekly, the model is retrained."], terms, strict=True)
    assert reading.find(["It is retrained on new logs every night."], terms, strict=True)
    assert not reading.find(["It is retrained once. We meet weekly."], terms, strict=True)


@pytest.mark.parametrize(
    ("together", "message"),
    [
        ('["update"]', "together names exactly two concepts"),
        ('["update", "missing"]', "together names 'missing', which is not another concept"),
        ('["update", "scheduled"]', "together names 'scheduled', which is not another concept"),
    ],
)
def test_bank_check_names_a_bad_together_concept(together: str, message: str) -> None:
    found = one_problem(
        Q_TITLE, CONCEPTS, f'[[concepts]]\nid = "scheduled"\ntogether = {together}\n'
    )
    assert found == f"concept 'scheduled': {message}"


def test_a_concept_read_unless_said_of_another_doer() -> None:
    from storybuilder.rules import reading

    terms = concept_terms(
        "refits",
        '[[concepts]]\nid = "others"\nterms = ["reward model"]\n'
        + '[[concepts]]\nid = "refits"\nterms = ["refit*"]\nunless_said_of = "others"\n',
    )
    assert reading.find(["The model is refitted monthly."], terms, strict=True)
    assert not reading.find(["The reward model refits itself."], terms, strict=True)


@pytest.mark.parametrize(
    ("unless", "message"),
    [
        ('"missing"', "unless_said_of names 'missing', which is not another concept"),
        ('"refits"', "unless_said_of names 'refits', which is not another concept"),
        ('"scheduled"', "unless_said_of names 'scheduled', which has no terms of its own"),
    ],
)
def test_bank_check_names_a_bad_unless_said_of(unless: str, message: str) -> None:
    scheduled = '[[concepts]]\nid = "scheduled"\ntogether = ["update", "often"]\n'
    refits = f'[[concepts]]\nid = "refits"\nterms = ["refit*"]\nunless_said_of = {unless}\n'
    assert one_problem(Q_TITLE, CONCEPTS, scheduled, refits) == f"concept 'refits': {message}"


def test_a_concept_can_count_a_small_stated_network_as_a_match() -> None:
    """A size is a number, which no term can list: ``network_size_below`` lets a stated
    count of weights under the limit discuss the concept, and a bigger one, or the bare
    word "weights", does not."""
    from storybuilder.rules import reading

    terms = concept_terms(
        "limited",
        '[[concepts]]\nid = "limited"\nterms = ["no memory"]\nnetwork_size_below = 100000\n',
    )
    assert reading.find(["About 9,800 weights read one line."], terms, strict=True)
    assert reading.find(["A 2,400-parameter net."], terms, strict=True)
    assert reading.find(["It has 40k parameters."], terms, strict=True)
    assert reading.find(["It has no memory."], terms, strict=True)
    assert not reading.find(["It has 175,000 weights."], terms, strict=True)
    assert not reading.find(["The weights are frozen."], terms, strict=True)


def test_bank_check_refuses_a_size_limit_on_a_paired_concept() -> None:
    sized = (
        '[[concepts]]\nid = "scheduled"\ntogether = ["update", "often"]\n'
        "network_size_below = 1000\n"
    )
    assert one_problem(Q_TITLE, CONCEPTS, sized) == (
        "concept 'scheduled': network_size_below cannot be combined with together or unless_said_of"
    )


def test_a_concept_read_either_way_counts_a_denied_mention() -> None:
    """A topic the story raises to wave it away ("they cannot be working together") is
    raised all the same: ``either_way`` counts a match that a negation denies."""
    from storybuilder.rules import reading

    text = ["They play opposite sides, so they cannot be working together."]
    topic = concept_terms(
        "cooperation",
        '[[concepts]]\nid = "cooperation"\nterms = ["working together"]\neither_way = true\n',
    )
    claim = concept_terms(
        "cooperation", '[[concepts]]\nid = "cooperation"\nterms = ["working together"]\n'
    )
    assert reading.find(text, topic, strict=True)
    assert not reading.find(text, claim, strict=True)


def test_bank_check_refuses_either_way_on_a_paired_concept() -> None:
    paired = '[[concepts]]\nid = "scheduled"\ntogether = ["update", "often"]\neither_way = true\n'
    assert one_problem(Q_TITLE, CONCEPTS, paired) == (
        "concept 'scheduled': either_way cannot be combined with together, unless_said_of or "
        "network_size_below"
    )


def test_a_concept_defined_twice_is_refused() -> None:
    twice = CONCEPTS + '[[concepts]]\nid = "often"\nterms = ["daily"]\n'
    assert one_problem(Q_TITLE, twice) == "concept 'often': duplicate id"


def test_a_first_pass_holds_every_required_question() -> None:
    first_title = Q_TITLE.replace('field = "meta.title"', 'field = "meta.title"\nfirst_pass = true')
    required_adv = Q_ADV.replace(
        'field = "meta.advanced"', 'field = "meta.advanced"\nrequired = true'
    )
    assert one_problem(first_title, required_adv) == (
        "question 'advanced': required, so it must be in the first pass (first_pass = true), "
        "or a first pass would leave the story invalid"
    )
    # Without a first pass, nothing is asked of required questions.
    parse_bank(HEAD + Q_TITLE + required_adv)


def test_a_first_pass_question_cannot_wait_for_a_later_answer() -> None:
    first_sim = question("sim", when='classes contains "simulator"', first_pass="true")
    first_sim = first_sim.replace('first_pass = "true"', "first_pass = true")
    assert one_problem(Q_CLASSES, first_sim) == (
        "question 'sim': in the first pass, but its condition reads 'classes', answered by "
        "'classes', which is not in the first pass"
    )
    first_classes = Q_CLASSES + "first_pass = true\n"
    parse_bank(HEAD + first_classes + first_sim)


def test_a_term_with_too_many_gaps_is_refused() -> None:
    many = '[[concepts]]\nid = "slow"\nterms = ["a ... a ... a ... a ... b"]\n'
    assert one_problem(Q_TITLE, many) == (
        "concept 'slow': term 'a ... a ... a ... a ... b' has more than 3 gaps ('...')"
    )


def test_a_star_inside_a_word_is_refused() -> None:
    inside = '[[concepts]]\nid = "harm"\nterms = ["explo*de*"]\n'
    assert one_problem(Q_TITLE, inside) == (
        "concept 'harm': term 'explo*de*' has a '*' inside a word; it may only end one"
    )
    parse_bank(HEAD + Q_TITLE + '[[concepts]]\nid = "harm"\nterms = ["explode*"]\n')


def test_a_huge_value_named_in_a_bank_problem_is_shown_clipped_on_one_line() -> None:
    from storybuilder.errors import MESSAGE_LIMIT, BankError

    huge = "\x1b[31m" + "x" * 100_000
    refits = f'[[concepts]]\nid = "refits"\nterms = ["refit*"]\nunless_said_of = "{huge}"\n'
    (problem,) = problems(Q_TITLE, CONCEPTS, refits.replace("\x1b", "\\u001b"))
    shown = str(BankError("lab.toml", [problem]))
    assert "\x1b" not in shown and "\n" not in shown
    assert len(shown) < MESSAGE_LIMIT + len("lab.toml: ")
    assert "unless_said_of names" in shown and shown.endswith("which is not another concept")
