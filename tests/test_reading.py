"""Reading an author's prose: whole words, stems, negation, admissions, sequences."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storybuilder.rules import quotations, reading


@pytest.mark.parametrize(
    ("text", "terms", "found"),
    [
        ("We prefer the simpler model.", ["prefer"], "prefer"),
        ("Preference comparisons train it.", ["prefer"], None),
        ("It may manipulate its raters.", ["manipulat*"], "manipulate"),
        ("A reward-model is trained.", ["reward model"], "reward-model"),
        ("A reward  model is trained.", ["reward model"], "reward  model"),
        ("The rewards model is trained.", ["reward model"], None),
        ("It can't see the clock.", ["can't see"], "can't see"),
        ("RLHF, then PPO.", ["rlhf"], "RLHF"),
    ],
)
def test_terms_match_whole_words_and_stems(text: str, terms: list[str], found: str | None) -> None:
    quote = reading.find([text], terms)
    assert (quote.matched if quote else None) == found


def _found_any(text: str, term: str) -> str | None:
    """The words of the text the term matches, negated or not (None: no match)."""
    quote = reading.find_any([text], [term])
    return quote.matched if quote else None


@pytest.mark.parametrize(
    ("text", "term", "found"),
    [
        ("What sold was right, by definition.", "right, by definition", "right, by definition"),
        ("It was judged on the cases we tried, not on others.", "we tried, not", "we tried, not"),
        ("A reward of +1 for each win/loss.", "win/loss", "win/loss"),
        ("It trades on P&L alone.", "P&L", "P&L"),
        ("Agreement was only 0.45 on those.", "only 0.4*", "only 0.45"),
        ("It checks every 1,000th parcel.", "every 1,000th", "every 1,000th"),
        # Other punctuation than the term's, or none where it writes some, is no match.
        ("What sold was right. By definition, though...", "right, by definition", None),
        ("It trades on P and L.", "P&L", None),
    ],
)
def test_punctuation_a_term_writes_may_stand_in_the_text(
    text: str, term: str, found: str | None
) -> None:
    # A plain term's words must stand next to each other, with only spaces, hyphens or
    # apostrophes between them; a term that writes a comma or a slash between two words
    # matches a text that has it there.
    assert _found_any(text, term) == found


@pytest.mark.parametrize(
    ("text", "term", "found"),
    [
        ("Its behavior is what we check.", "behaviour", "behavior"),
        ("Its behaviour is what we check.", "behavior", "behaviour"),
        ("The policy optimizes clicks.", "optimis*", "optimizes"),
        ("The policy optimises clicks.", "optimiz*", "optimises"),
        ("Raters labeled each step.", "labelled", "labeled"),
        ("The labelers miss faint cracks.", "labellers miss", "labelers miss"),
        ("We trust their judgment.", "judgement", "judgment"),
        # Words that only look American are left alone.
        ("A laboratory test of the seized prize.", "labour", None),
        ("Totally new.", "totalled", None),
    ],
)
def test_american_and_british_spellings_read_alike(text: str, term: str, found: str | None) -> None:
    # An author who writes "behavior" or "optimizes" is read by terms written in British
    # spelling, and the other way round: the critic does not depend on who wrote the bank.
    assert _found_any(text, term) == found


@pytest.mark.parametrize(
    "sentence",
    [
        "It not only plans ahead but also hides its plans.",
        "Nothing stops it from gaming the reward.",
        "There is no doubt it games the reward.",
        "It never fails to game the reward.",
        "Without exception it games the reward.",
        "It does not merely game the reward.",
        "It does not simply game the reward.",
        # Session 26: the knowing is denied, not what is known.
        "We have no way to tell whether it games the reward.",
    ],
)
def test_negative_words_that_affirm_do_not_deny(sentence: str) -> None:
    # "Not only", "no doubt", "nothing stops it from": the words after them are said, not
    # denied, and a rule asking whether the story says so must find them.
    assert reading.find(
        [sentence],
        ["plans ahead", "gaming the reward", "games the reward", "game the reward"],
        strict=True,
    )
    assert not reading.find(["It does not game the reward."], ["game the reward"], strict=True)


def test_a_negation_ends_where_a_predicate_of_its_own_begins() -> None:
    # "Sellers whose shops do not look like brands would be suspended": the "not" is the
    # relative clause's; what would happen to the sellers is said, not denied.
    terms = ["suspended", "losing their income"]
    said = (
        "Sellers whose shops do not look like big brands would be suspended, losing their income."
    )
    assert reading.find([said], terms, strict=True)
    # A denial of the whole predicate stays a denial.
    assert not reading.find(["The sellers would not be suspended."], terms, strict=True)
    assert not reading.find(["It does not think it would be suspended."], terms, strict=True)


def test_a_negation_ends_where_and_brings_a_new_subject_with_its_verb() -> None:
    # "The dentist may not look closely and the decay progresses": the decay is said to
    # progress; only the looking is denied.
    terms = ["decay progresses"]
    said = "The dentist may not look closely and the decay progresses to the nerve."
    assert reading.find([said], terms, strict=True)
    # Without a verb of its own the words after "and" are still what is denied.
    listed = ["The model does not see the notes and the decay progresses chart."]
    assert reading.find(listed, ["notes"], strict=True) is None
    assert (
        reading.find(["It does not check the decay and the spread."], ["spread"], strict=True)
        is None
    )
    assert (
        reading.find(["The decay never progresses and the nerve is fine."], terms, strict=True)
        is None
    )


def test_a_negation_ends_where_a_comma_brings_a_verb_of_its_own() -> None:
    # "It never touches dosing, is frozen between refits": the freezing is said, only the
    # touching is denied; a list of objects after the comma stays denied.
    said = ["The model never touches dosing, is frozen between annual refits."]
    assert reading.find(said, ["frozen between"])
    listed = ["The model never touches dosing, alarms, or the pumps."]
    assert reading.find(listed, ["the pumps"], strict=True) is None


@pytest.mark.parametrize(
    "text",
    [
        "It uses cues, e.g. the heater spike, to predict the lift. Then it stops.",
        "It uses one cue, i.e. the heater spike, to predict the lift. Then it stops.",
        "Dr. Smith labels the lift traces by hand. Then it stops.",
        "Labels (vs. predictions) come from the lift traces. Then it stops.",
    ],
)
def test_an_abbreviation_does_not_end_a_sentence(text: str) -> None:
    # "e.g.", "i.e.", "Dr." and "vs." end no sentence: the first sentence is whole, and a
    # gap may run over them.
    assert len(reading.sentences(text)) == 2
    assert reading.sentences(text)[-1] == "Then it stops."


def test_a_but_ends_what_a_denial_before_it_governs() -> None:
    # "Keeps no notes but plans ahead", "does not plan but reacts": after "but" comes what
    # the model does, comma or no comma.
    assert reading.find(["It keeps no notes but plans ahead."], ["plans ahead"], strict=True)
    assert reading.find(["It does not plan but reacts to each frame."], ["reacts"], strict=True)
    assert not reading.find(["It does not plan ahead."], ["plan ahead"], strict=True)


def test_a_bare_denial_is_not_a_mention() -> None:
    assert reading.find(["The model will never manipulate anyone."], ["manipulat*"]) is None


def test_a_denial_with_a_reason_addresses_the_concern() -> None:
    text = "It will not manipulate raters, because flattery is penalised in the ratings."
    assert reading.find([text], ["manipulat*"]) is not None


def test_strict_reading_never_counts_a_denial() -> None:
    text = "It will not manipulate raters, because flattery is penalised."
    assert reading.find([text], ["manipulat*"], strict=True) is None


def test_a_denial_does_not_reach_past_a_comma_and_a_new_clause() -> None:
    # "Unlike anything in the simulator" describes the pathogen; "ministries act too
    # late" is a clause of its own, and says what goes wrong.
    text = "Estimates run low for a pathogen unlike anything seen, and ministries act too late."
    assert reading.find([text], ["too late"], strict=True) is not None
    assert reading.find(["It has no memory and no plan."], ["plan"], strict=True) is None


def test_relying_on_a_check_for_one_fact_is_a_scope_not_an_admission() -> None:
    scoped = "We rely on it for one narrow fact only, which no debater can satisfy by luck."
    assert reading.ADMISSIONS.search(scoped) is None
    assert reading.ADMISSIONS.search("We rely on the raters to notice it.") is not None


def test_a_worry_counts_in_its_own_coordinate_clause() -> None:
    """ "Frozen once released, and a new version may be trained each year": the "may" is
    about the next version, not a doubt about the freeze; "it may not stay frozen" is."""
    frozen = ["frozen"]
    later = "The model is frozen once released, and a new version may be trained each year."
    assert reading.find([later], frozen, admissions=True) is not None
    doubted = "The model may not stay frozen once released."
    assert reading.find([doubted], frozen, admissions=True) is None
    worried = "We worry that the model is frozen too late."
    assert reading.find([worried], frozen, admissions=True) is None


def test_a_term_that_opens_a_clause_after_a_comma_is_not_denied_before_it() -> None:
    """ ", so what it learns is" starts a clause, as a ", so" after any match does: the
    "never" of the clause before does not deny it. Without the comma it still does."""
    terms = ("so what it learns is",)
    said = "It is never paid for a step it got by luck, so what it learns is the procedure."
    assert reading.find([said], terms, strict=True)
    run_on = "It is never paid for luck so what it learns is the procedure."
    assert not reading.find([run_on], terms, strict=True)


def test_a_term_that_is_itself_an_absence_is_not_negated() -> None:
    assert reading.find(["The network has no memory between images."], ["no memory"]) is not None


def test_naming_an_open_problem_does_not_address_it() -> None:
    admitted = "Collusion between the two copies remains an open problem."
    guarded = "Collusion could arise, so we train the two debaters separately."
    assert reading.find([admitted], ["collu*"], admissions=True) is None
    assert reading.find([guarded], ["collu*"], admissions=True) is not None
    assert reading.find([admitted], ["collu*"]) is not None  # without admissions: a mention


def test_the_quote_is_the_sentence_that_matched() -> None:
    text = "First sentence. We fine-tune with RLHF here. Last one."
    quote = reading.find([text], ["rlhf"])
    assert quote is not None and quote.sentence == "We fine-tune with RLHF here."


def test_a_long_sentence_is_quoted_around_the_match() -> None:
    text = "word " * 100 + "RLHF " + "word " * 100
    quote = reading.find([text], ["rlhf"])
    assert quote is not None
    assert "RLHF" in quote.sentence and len(quote.sentence) <= reading.QUOTE_LIMIT + 2


def test_a_sequence_must_come_in_order_within_one_sentence() -> None:
    steps = [["trained on"], ["so"], ["pursu*"]]
    assert reading.find_sequence(["It is trained on X, so it pursues X."], steps) is not None
    assert reading.find_sequence(["It pursues X, so it is trained on X."], steps) is None
    assert reading.find_sequence(["It is trained on X. So it pursues X."], steps) is None


def test_huge_text_is_read_in_linear_time_without_hanging() -> None:
    text = "manipulat " * 200_000
    assert reading.find([text], ["manipulate"]) is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("It is retrained on fresh labels every night.", "retrained on fresh labels every night"),
        ("It is retrained on fresh\nlabels every night.", "retrained on fresh\nlabels every night"),
        ("It is retrained. Every night the lab is closed.", None),
        ("It is retrained.\n\nEvery night the lab is closed.", None),
        ("We do not retrain it every night.", None),
        (
            "It is retrained once, and the logs are archived in a bucket that is read every night.",
            None,
        ),
        ("It is retrained, as planned, every night.", "retrained, as planned, every night"),
        ("It is retrained, so someone checks it every night.", None),
    ],
)
def test_a_gap_stands_for_a_few_words_of_the_same_sentence(text: str, found: str | None) -> None:
    quote = reading.find([text], ["retrain* ... every night"], strict=True)
    assert (quote.matched if quote else None) == found


def test_a_sentence_runs_on_over_a_single_line_end() -> None:
    text = "The reward has a penalty equal to the score\nof our safety classifier."
    quote = reading.find_sequence([text], [["penalty"], ["classifier"]])
    assert quote is not None
    assert quote.sentence == "The reward has a penalty equal to the score of our safety classifier."


def test_a_blank_line_or_a_list_item_ends_a_sentence() -> None:
    for text in ("A penalty applies\n\nThe classifier is separate", "- a penalty\n- a classifier"):
        assert reading.find_sequence([text], [["penalty"], ["classifier"]]) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Collusion is the risk we are least able to handle.",
        "The reward makes collusion pointless, but two copies can share a blind spot.",
        "These nudges leave three holes: obfuscated arguments, collusion and judge errors.",
        "We rely on the judge to catch collusion, which is an assumption, not a result.",
    ],
)
def test_a_careful_author_s_concession_does_not_count_as_an_answer(sentence: str) -> None:
    assert reading.find([sentence], ["collusion"]) is not None  # it is a mention...
    assert reading.find([sentence], ["collusion"], admissions=True) is None  # ...not an answer


def test_a_guard_without_a_concession_still_answers() -> None:
    text = "Separately trained debaters make collusion unprofitable, so we use two models."
    assert reading.find([text], ["collusion"], admissions=True) is not None


def test_together_pairs_two_lists_in_either_order_within_a_clause() -> None:
    terms = reading.Together((), ["retrain*"], ["every night", "weekly"])
    assert terms  # no own terms, yet not empty: callers skip empty lists
    assert reading.find(["Weekly, the model is retrained."], terms, strict=True)
    assert reading.find(["It is retrained on new logs every night."], terms, strict=True)
    assert not reading.find(["It is retrained once; we meet weekly."], terms, strict=True)
    assert not reading.find(["We never retrain it every night."], terms, strict=True)


def test_together_counts_one_half_said_inside_the_other() -> None:
    # "sends ... message*" spans the whole phrase, and the skipper stands inside it.
    terms = reading.Together((), ["sends ... message*"], ["skipper*"])
    assert reading.find(["It sends every skipper a daily message."], terms, strict=True)
    # A half that only starts inside the other and runs past it is not held by it.
    overlapping = reading.Together((), ["lowers the"], ["the ... score"])
    assert not reading.find(["An error lowers the score."], overlapping, strict=True)
    # Nor is a hyphenated word two halves: "self-critique" is not a critique of a self.
    joined = reading.Together((), ["self-critique"], ["critique"])
    assert not reading.find(["A self-critique step filters the tasks."], joined, strict=True)


def test_a_scoped_term_said_of_another_doer_does_not_count() -> None:
    terms = reading.Scoped(["predict*", "sends messages"], ["reward model*", "scheme"])
    assert reading.find(["The model predicts the demand."], terms, strict=True)
    for text in (
        "The reward model predicts which reply raters prefer.",
        "A reward model that predicts which reply raters prefer scores each one.",
        "The reward model will then predict a score.",
        "The volunteering scheme sends messages in its own style.",
        # What the other doer was made to do is still said of it.
        "A reward model trained to predict human ratings scores each reply.",
        # An auxiliary verb stands between the doer and its verb as a modal does.
        "The reward model has predicted a score for every reply.",
        # The doer's name, set off by commas, stands between it and its verb.
        "A learned reward model, StepScore, predicts a score for every step.",
    ):
        assert not reading.find([text], terms, strict=True), text
    # A verb the doer does first shares the doer: "the scheme reviews and sends messages".
    assert not reading.find(["The scheme reviews and sends messages weekly."], terms, strict=True)
    # A comma ends the doer: the participle is said of the sentence's subject.
    said_after = "It is trained against the reward model, predicting the next reading."
    assert reading.find([said_after], terms, strict=True)
    # A lower-case word after the comma is no name: the clause goes on.
    listed = "It is trained against the reward model, then predicts the next reading."
    assert reading.find([listed], terms, strict=True)


def test_a_together_concept_with_unless_drops_a_half_said_of_another_doer() -> None:
    terms = reading.Together((), ["sends messages"], ["volunteer*"], unless=["scheme"])
    assert reading.find(["It sends messages to volunteers."], terms, strict=True)
    theirs = "The volunteering scheme sends messages in its own style."
    assert not reading.find([theirs], terms, strict=True)
    assert reading.find([theirs], reading.Together((), ["sends messages"], ["volunteer*"]))


def test_a_together_concept_may_reach_across_a_long_clause_but_not_past_it() -> None:
    sentence = (
        "Each month, examiners' edits to the charts (entries deleted, passages corrected, "
        "references added) are turned into new step labels and the model is retrained."
    )
    near = reading.Together((), ["retrain*"], ["each month"])
    far = reading.Together((), ["retrain*"], ["each month"], gap=reading.CLAUSE_GAP_WORDS)
    assert not reading.find([sentence], near, strict=True)  # more than ten words apart
    assert reading.find([sentence], far, strict=True)
    assert not reading.find(["Each month we meet. The model is retrained."], far, strict=True)


def test_a_together_concept_reaches_past_a_relative_clause_set_off_by_commas() -> None:
    terms = reading.Together((), ["thermostat"], ["taken out"])
    aside = "The old thermostat, which tripped too often, has been taken out of the circuit."
    assert reading.find([aside], terms, strict=True)
    # A relative clause that the sentence never closes still ends the clause.
    assert not reading.find(
        ["The old thermostat, which has been taken out of service twice."], terms, strict=True
    )
    # Nor does an aside carry a pair across a new clause after it.
    after = "The thermostat, which is old, stays; but the guard has been taken out."
    assert not reading.find([after], terms, strict=True)


def test_a_gap_reaches_past_the_point_of_a_decimal_but_not_a_full_stop() -> None:
    term = ["plus ... 0 ... when"]
    assert reading.find(["The score, plus +0.3 when the chat ends."], term)
    assert not reading.find(["The score, plus 0. When the chat ends, it stops."], term)
    together = reading.Together((), ["plus"], ["when"])
    assert reading.find(["The score, plus 0.3 when the chat ends."], together)


def test_a_reason_after_a_denial_is_the_storys_own_unless_the_denial_is_of_it() -> None:
    """In "it does not copy the marks, because the simplest way is to do the sums" the
    reason is asserted; "not because the simplest way ..." denies it."""
    claim = ["simplest way to"]
    said = "It does the sums rather than copying them because the simplest way to score is that."
    assert reading.find([said], claim, strict=True)
    denied = "It does the sums, not because the simplest way to score is that."
    assert not reading.find([denied], claim, strict=True)
    # The denial before the reason still denies what it stands before.
    assert not reading.find(["It has no memory because it is small."], ["memory"], strict=True)


def test_a_term_with_many_gaps_reads_a_long_text_in_time() -> None:
    # Filling each gap every possible way was exponential in the gaps: minutes on this.
    import subprocess
    import sys

    code = (
        "from storybuilder.rules import reading; "
        "print(reading.find([' '.join(['a'] * 3000)], ['a ... a ... a ... a ... a ... a ... bb*']))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    assert done.stdout.strip() == "None"


def test_an_admission_far_along_a_long_sentence_still_admits() -> None:
    text = (
        "In an earlier run the policy learned to exploit the simulator's coarse collision "
        "check by clipping kerbs at speed on the ring road near the depot; we fixed the check, "
        "but we assume other exploits of this kind exist and we have not found them."
    )
    assert reading.find([text], ["exploit* the simulator"]) is not None
    assert reading.find([text], ["exploit* the simulator"], admissions=True) is None


@pytest.mark.parametrize(
    "text",
    [
        "Nothing we do tells us about the training path, only about checkpoints.",
        "We have no account of the training path.",
    ],
)
def test_saying_nothing_is_known_about_a_thing_admits_it(text: str) -> None:
    assert reading.find([text], ["training path*"], admissions=True) is None


@pytest.mark.parametrize(
    "mitigation",
    [
        "Delay comparisons on replay. Neither removes the bias from the labels.",
        "Outcome scoring on the questions that resolve. Open.",
        "A weekly audit, which does not rule out the drift between audits.",
        "Frozen weights and a reviewer on every case; none of this removes the problem.",
        "No one knows whether the audit would catch it.",
        "Held-out cases and a probe; none of these is a worst-case guarantee.",
        "Frozen weights and spot checks; none of these would catch a model that waits.",
    ],
)
def test_a_guard_its_author_says_falls_short_is_an_admission(mitigation: str) -> None:
    assert reading.ADMISSIONS.search(mitigation)


@pytest.mark.parametrize(
    "mitigation", ["The reviewer keeps the queue open to all cases.", "An open-source monitor."]
)
def test_the_word_open_alone_is_not_an_admission(mitigation: str) -> None:
    assert not reading.ADMISSIONS.search(mitigation)


def test_terms_met_after_a_text_was_read_are_still_found_in_it() -> None:
    # A text is read once per process and kept; words that only a later term list
    # brings (a rule's own words, a user's bank) must still be found in it.
    prose = ["The critic reads ambergris and quillwort.", "A second text on zymurgy."]
    assert reading.find(prose, ["ambergris"]) is not None
    assert reading.find(prose, ["zymurg*"]) is not None
    assert reading.find(prose, ["quillwort"]) is not None
    assert reading.find(prose, ["ambergris and quillwort"]) is not None
    assert reading.find(prose, ["quillwort and ambergris"]) is None
    assert reading.find(prose, ["critic ... quillwort"]) is not None


def test_each_text_of_a_list_is_read_on_its_own() -> None:
    # A term does not run from the end of one text into the next.
    assert reading.find(["It trains a reward", "model of the raters."], ["reward model"]) is None
    quote = reading.find(
        ["Nothing here.", "We never manipulate.", "It may manipulate."], ["manipulat*"]
    )
    assert quote is not None and quote.sentence == "It may manipulate."


def test_sentences_holding_gives_each_sentence_with_an_undenied_term() -> None:
    text = (
        "The probe reads the activations. The reward is the rating. "
        "There is no probe in the loss. A second probe audits the logs."
    )
    assert reading.sentences_holding(text, ["probe*"]) == [0, 3]
    assert reading.sentences_holding(text, ["classifier*"]) == []
    admitted = "The policy could evade the probe. The policy never evades the audit."
    assert reading.sentences_holding(admitted, ["evade*"]) == [0]
    assert reading.sentences_holding(admitted, ["evade*"], admissions=True) == []


def _scanned_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a match as a scan of every character finds it."""
    left = 0
    for m in reading._SENTENCE_END.finditer(text, 0, start):
        left = m.end()
    right = reading._SENTENCE_END.search(text, end)
    return left, right.start() if right else len(text)


def _scanned_clause(text: str, start: int) -> str:
    head = text[max(0, start - 200) : start]
    breaks = list(reading._CLAUSE_BREAK.finditer(head))
    return head[breaks[-1].end() :] if breaks else head


@pytest.mark.parametrize(
    "text",
    [
        "We train it. Then we check it!  Does it hold? Yes.",
        "Steps:\n1. collect data\n12. train the model\n- check it\n\n\nDone.",
        "No break here at all",
        "A list:\n  3) first item, but not the last; then: more.\n\u2022 bullet",
        "Odd spaces.\u00a0After a no-break space.\u2003And an em space.\n \nEnd",
        "...?!\n\n\n",
    ],
)
def test_sentences_and_clauses_are_found_where_a_full_scan_finds_them(text: str) -> None:
    for start in range(len(text) + 1):
        assert reading._clause_before(text, start) == _scanned_clause(text, start)
        for end in range(start, len(text) + 1):
            assert reading._sentence_span(text, start, end) == _scanned_span(text, start, end)


def test_a_long_stem_passes_over_texts_with_words_that_only_start_alike() -> None:
    # A text whose words share only a stem's first letters with it ("man" of
    # "manipulat*") is passed over before any word position is computed.
    words = reading.lexicon(["manipulat*"])
    assert not words.can_match(reading._words_of("Many managers manage mangoes.").bits())
    assert reading.find(["Many managers manage mangoes."], ["manipulat*"]) is None
    assert words.can_match(reading._words_of("It manipulates them.").bits())
    assert reading.find(["It manipulates them."], ["manipulat*"]) is not None
    # A stem as short as a key, or a little longer, is still found.
    assert reading.find(["The llms agree."], ["llm*"]) is not None
    assert reading.find(["It routes calls."], ["rout*"]) is not None


_LETTERS = st.text(alphabet="abc", min_size=1, max_size=8)


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(_LETTERS, min_size=1, max_size=12).map(" ".join),
    terms=st.lists(
        st.tuples(st.lists(_LETTERS, min_size=1, max_size=3), st.booleans()).map(
            lambda term: " ".join(term[0]) + ("*" if term[1] else "")
        ),
        min_size=1,
        max_size=4,
    ),
)
def test_the_bits_never_pass_over_a_text_a_term_matches_in(text: str, terms: list[str]) -> None:
    # Words of three letters that start alike, stems of any length: whatever the bits
    # stand for, a text in which a term matches is never ruled out by them.
    words = reading.lexicon(terms)
    if words._match_list(text):
        assert words.can_match(reading._words_of(text).bits())
        assert reading.find([text], terms) is not None  # no negation is spelt with a, b, c


_PROSE_TEXT = st.lists(
    st.one_of(
        _LETTERS,
        st.sampled_from(
            [
                "Abc",
                "ÀbÇ",
                "ǅa",
                "İb",
                "a-b",
                "a's",
                "a\u2019b",
                "ß",
                "12",
                "a_b",
                "A\tB",
                "x@y",
                "~",
            ]
        ),
    ),
    min_size=0,
    max_size=14,
).flatmap(
    lambda words: st.lists(
        st.sampled_from([" ", ", ", ". ", " - ", "\n", "  ", "; ", "’"]),
        min_size=len(words),
        max_size=len(words),
    ).map(lambda gaps: "".join(w + g for w, g in zip(words, gaps, strict=True)))
)


@settings(max_examples=300, deadline=None)
@given(text=_PROSE_TEXT, word=_LETTERS, stem=st.booleans())
def test_where_words_stand_is_what_a_scan_of_the_text_finds(
    text: str, word: str, stem: bool
) -> None:
    # Tokens from the split's piece lengths are the regex's matches, lower-cased word by
    # word; a word's places and a set's starts are the indices a plain loop finds.
    words = reading._Words(text)
    expected = [(m.group().lower(), m.start(), m.end()) for m in re.finditer(r"\w+", text)]
    assert words.tokens == expected
    assert words.offsets[:-1] == [at for _, start, end in expected for at in (start, end)]
    assert words.in_order == tuple(words.words)
    assert words.words == [token for token, _, _ in expected]
    tokens = words.words
    assert words.places(word, stem) == [
        i for i, token in enumerate(tokens) if (token.startswith(word) if stem else token == word)
    ]
    heads = set(tokens[::2])
    keys = {token[:3] for token in tokens[1::3] if len(token) >= 3}
    assert words.starts(heads, keys) == [
        i for i, token in enumerate(tokens) if token in heads or token[:3] in keys
    ]
    assert words.starts(heads, set()) == [i for i, token in enumerate(tokens) if token in heads]


def _term_lists(*, joiner: str, least_words: int, most_terms: int) -> st.SearchStrategy[list[str]]:
    """Lists of terms of random words, each word a stem (ending in ``*``) or not, joined
    by ``joiner`` (" " for plain terms, " ... " for terms with gaps)."""
    word = st.tuples(_LETTERS, st.booleans()).map(lambda w: w[0] + ("*" if w[1] else ""))
    term = st.lists(word, min_size=least_words, max_size=3).map(joiner.join)
    return st.lists(term, min_size=1, max_size=most_terms)


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(_LETTERS, min_size=1, max_size=14).map(" ".join),
    terms=_term_lists(joiner=" ... ", least_words=2, most_terms=4),
)
def test_the_bits_never_pass_over_a_text_a_term_with_gaps_matches_in(
    text: str, terms: list[str]
) -> None:
    # The bits a gapped term needs only pass over texts it cannot match in: the matches
    # are those of every term walked in every text.
    words = reading.lexicon(terms)
    walked: dict[int, int] = {}
    for term in words._gapped_terms():
        for start, end in reading._gapped_spans(term, reading._words_of(text), text):
            walked[start] = max(end, walked.get(start, end))
    assert words._match_list(text) == sorted(walked.items())


def _matches_of_each_term(terms: list[str], text: str) -> list[tuple[int, int]]:
    """The matches of the terms (without gaps), term by term at each word: at each word,
    the first term that matches there, exact first words first, then stems, each
    longest first."""
    tokens = [(m.group().lower(), m.start(), m.end()) for m in re.finditer(r"\w+", text)]
    parsed = [t for t in map(reading._parse_term, terms) if t is not None and not t.gaps]
    exact = sorted((t for t in parsed if not t.stems[0]), key=lambda t: -len(t.words))
    stems = sorted(
        (t for t in parsed if t.stems[0] and len(t.words[0]) >= 3), key=lambda t: -len(t.words)
    )
    order = exact + stems + [t for t in parsed if t.stems[0] and len(t.words[0]) < 3]
    found = []
    for i in range(len(tokens)):
        for term in order:
            size = len(term.words)
            if i + size > len(tokens):
                continue
            if all(
                tokens[i + k][0].startswith(word) if stem else tokens[i + k][0] == word
                for k, (word, stem) in enumerate(zip(term.words, term.stems, strict=True))
            ) and all(
                re.fullmatch(r"[\s\-'\u2019]+", text[tokens[i + k - 1][2] : tokens[i + k][1]])
                for k in range(1, size)
            ):
                found.append((tokens[i][1], tokens[i + size - 1][2]))
                break
    return found


_TERMS = _term_lists(joiner=" ", least_words=1, most_terms=6)


@settings(max_examples=400, deadline=None)
@given(terms=_TERMS, data=st.data())
def test_a_lexicon_matches_where_each_term_tried_in_turn_matches(
    terms: list[str], data: st.DataObject
) -> None:
    # The text is made of the terms' words (and their endings) and other words, with
    # joiners or clause marks between them.
    own = [w.rstrip("*") + ending for term in terms for w in term.split() for ending in ("", "a")]
    words = data.draw(
        st.lists(st.one_of(st.sampled_from(own), _LETTERS, st.just("ÀbÇ")), max_size=14)
    )
    gaps = data.draw(
        st.lists(
            st.sampled_from([" ", "-", " - ", ", ", ". ", "\n", "’", "'"]),
            min_size=len(words),
            max_size=len(words),
        )
    )
    text = "".join(w + g for w, g in zip(words, gaps, strict=True))
    assert reading.lexicon(terms).match_list(text) == _matches_of_each_term(terms, text)


_TERM_LIST = st.lists(
    st.tuples(st.lists(_LETTERS, min_size=1, max_size=2), st.booleans()).map(
        lambda term: " ".join(term[0]) + ("*" if term[1] else "")
    ),
    max_size=3,
)


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(_LETTERS, min_size=1, max_size=12).map(" ".join),
    own=_TERM_LIST,
    first=_TERM_LIST,
    second=_TERM_LIST,
)
def test_the_bits_never_pass_over_a_text_a_together_concept_matches_in(
    text: str, own: list[str], first: list[str], second: list[str]
) -> None:
    words = reading.lexicon(reading.Together(own, first, second))
    if words._match_list(text):
        assert words.can_match(reading._words_of(text).bits())
        assert reading.find([text], reading.Together(own, first, second)) is not None


def test_denying_there_is_anything_a_search_could_use_is_not_a_worry() -> None:
    # "could" names a possibility, but "nothing ... over which a search could be run"
    # denies it: the sentence's limits still answer the question.
    denial = (
        "It keeps no memory between calls; there is nothing in its inputs over which a "
        "search could be run."
    )
    assert reading.find([denial], ["no memory"], admissions=True) is not None
    # Not knowing whether it could is still an open worry.
    worry = "It keeps no memory between calls, and no one knows whether it could plan."
    assert reading.find([worry], ["no memory"], admissions=True) is None


def test_a_possibility_named_only_to_deny_it_is_no_worry() -> None:
    # "nothing a plan could act on" denies the possibility; "a plan could act" alone names it.
    denied = (
        "No memory between runs: there is no room for a search and nothing a plan could act on."
    )
    assert reading.find([denied], ["no memory"], admissions=True) is not None
    worried = "No memory between runs, but a plan could act on the pumps."
    assert reading.find([worried], ["no memory"], admissions=True) is None


def test_a_clause_that_takes_up_a_list_is_not_denied_by_the_lists_no() -> None:
    """In "rewarded for few miles and no failed trips, those are its aims" the "no" belongs
    to an item of the list; "those are its aims" is a clause of its own."""
    sentence = "It is rewarded for few miles and no failed trips, those are its aims."
    assert reading.find([sentence], ["its aims"], strict=True)
    assert not reading.find(["It has no failed trips and no aims."], ["aims"], strict=True)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # A quoted name (a class, a label) is blanked, its length kept.
        ("shift towards 'true infection' until", "shift towards                  until"),
        ('a "fire" label', "a        label"),
        ("the “unsafe” class", "the          class"),
        # Apostrophes inside or after a word open no quotation.
        ("the model's and the patients' notes", "the model's and the patients' notes"),
        # A longer quotation is someone's words, read as they stand.
        ("it says 'the pump is fine and needs no check' there", None),
    ],
)
def test_quoted_names_are_blanked_and_longer_quotations_kept(text: str, kept: str | None) -> None:
    blanked = quotations.names_blanked(text)
    assert blanked == (text if kept is None else kept)
    assert len(blanked) == len(text)


@pytest.mark.parametrize(
    ("sentence", "worried"),
    [
        ("There is a risk it learns the proxy.", True),
        ("The main risk is drift.", True),
        # Risk as the quantity a model estimates names no worry.
        ("An ensemble of shallow trees ranks defendants by estimated risk.", False),
        ("Each case gets a risk score from the model.", False),
    ],
)
def test_risk_is_a_worry_only_where_it_names_one(sentence: str, worried: bool) -> None:
    # Read as "has the author addressed this?": a worry in the sentence would count the
    # author's words as an open question instead.
    found = reading.find(
        [sentence], ["shallow trees", "the model", "the proxy", "drift"], admissions=True
    )
    assert (found is None) == worried


def _span_by_scanning(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end], found by scanning the text before it from its
    first character: what reading's indexed search must agree with."""
    left = resume = 0
    for mark in reading._BREAK_MARKS.finditer(text, 0, start):
        at = mark.start() if mark.group() == "\n" else mark.end()
        if at >= resume and (found := reading._SENTENCE_END.match(text, at, start)) is not None:
            left = resume = found.end()
    for mark in reading._BREAK_MARKS.finditer(text, max(end - 1, 0)):
        at = mark.start() if mark.group() == "\n" else mark.end()
        if at >= end and (found := reading._SENTENCE_END.match(text, at)) is not None:
            return left, found.start()
    return left, len(text)


_SPAN_PIECES = st.sampled_from(
    ["a", "b ", " ", ".", "!", "?", "\n", "\n\n", " e.g. ", " no. 5", "- ", "1) ", "\t", ". "]
    + [" " * 600, "\n" + " " * 600 + "- ", "\n" + "9" * 600 + ") "]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_SPAN_PIECES, max_size=60), st.data())
def test_a_sentence_is_found_as_a_scan_from_the_start_would_find_it(
    pieces: list[str], data: st.DataObject
) -> None:
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert reading._sentence_span(text, start, end) == _span_by_scanning(text, start, end)


class _CountingMarks:
    """Stands in for the pattern of break marks and counts the marks it hands out."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.handed = 0

    def finditer(self, text: str, *bounds: int) -> Iterator[re.Match[str]]:
        for mark in self.pattern.finditer(text, *bounds):
            self.handed += 1
            yield mark


def test_sentences_of_many_matches_are_found_without_rescanning_the_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 2,000 denied admissions in one long field: each match asks for its sentence, and a
    # scan from the start for each would read the text's 4,000 marks 2,000 times over
    # (a story of a few such fields took half a minute to check).
    text = "Nothing in the setup rules this out; we cannot rule it out. " * 2000
    counting = _CountingMarks(reading._BREAK_MARKS)
    monkeypatch.setattr(reading, "_BREAK_MARKS", counting)
    starts = [i * 60 + 20 for i in range(2000)]
    for start in starts:
        reading._sentence_span(text, start, start + 5)
    assert counting.handed < 20 * len(starts)
