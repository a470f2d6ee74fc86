"""Built-in checks that read the arguments an author wrote, not only whether they exist.

Completeness rules ask "is there an answer?". These ask what a reviewer asks of the
answer: does a dismissal of a failure mode name a capability the model lacks or evidence
(not the kind of model it is, or the fact that it was trained on a signal)? Does a
"pass" come with an argument, and does it sit beside parts of the story that say
otherwise? Does a label agree with its own text? Each check yields one hit per offending
item with the author's words it reacted to; the bank supplies the wording, and the word
lists they use are the bank's concepts (data, see :mod:`storybuilder.rules.reading`).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence

from storybuilder import shipped_regexes
from storybuilder.fields import PROSE
from storybuilder.rules import quotations, reading
from storybuilder.rules.context import Context, Hit, claim_hit, row_hit, short
from storybuilder.rules.mechanism import assess
from storybuilder.story import Claim, ClaimStatus, FailureKind, Relevance, Story, Verdict

THIN_ARGUMENT_WORDS = 25
"""A verdict's argument shorter than this, in words, is a slogan rather than an argument."""


_INTERNAL_MODES = ("deceptive-alignment", "mesa-optimization", "inner-alignment")
"""Failure modes about what the model is inside, where the kind of model is no answer."""


def _dismissals(story: Story) -> Iterator[tuple[str, str]]:
    for mode, entry in story.failure_modes.items():
        if entry.relevance is Relevance.DOES_NOT_APPLY and (entry.reason or "").strip():
            yield mode, entry.reason or ""


def _dismissal_hit(ctx: Context, mode: str, sentence: str) -> Hit:
    """The problem with the dismissal of failure mode ``mode``, quoting ``sentence``."""
    name = ctx.term_name("failure_modes", mode)
    return Hit(f"failure_modes.{mode}.reason", {"item": name}, sentence, item=mode)


def _as_one_argument(text: str) -> str:
    return "; ".join(s.strip().rstrip(".!?") for s in reading.sentences(text)) + "."


_SMALL_NETWORK = 100_000
"""Weights below which a network is named as too small to host a learned search (the
bank's capability-limit concept holds the same figure, as ``network_size_below``)."""


def _states_a_small_network(text: str) -> bool:
    """Whether the text gives the model's size as a count of weights below _SMALL_NETWORK
    ("3,100 weights", "a 2,400-parameter net", "40k parameters"): a fact of the design
    that bounds what training can build in it, not a claim about what it learned."""
    return any(count < _SMALL_NETWORK for _, _, count in reading.network_sizes(text))


def _design_rules_out(ctx: Context, texts: list[str], concept: str) -> bool:
    """Whether the texts state a fact of the design that the concept names, or a network
    too small to host a search: a size is a number, which the concept's words cannot
    hold."""
    return bool(reading.find_any(texts, ctx.terms(concept))) or any(
        _states_a_small_network(text) for text in texts
    )


_RESTATED_CONCLUSION = shipped_regexes.compile(
    r"\bno\s+(?:channel|way|room|place|means|capacity|ability|opportunity)\s+(?:for|to)\s+"
    r"(?:(?:it|the\s+model)\s+to\s+)?(?:deception|deceiv\w*|be\s+two-faced|mislead\w*|"
    r"hide|hiding|scheme|scheming|cheat\w*|lie|lying)\b"
    r"|\bthere\s+is\s+no\s+search\b|\bno\s+search\s+(?:is\s+)?(?:happening|going\s+on|"
    r"taking\s+place|involved)\b",
    re.IGNORECASE,
)
"""A denial of the very failure dismissed, worded as a missing means ("there is no channel
for deception") or as the absence itself ("there is no search happening"): the conclusion
again, not a capability the model lacks."""


def _grounded(ctx: Context, text: str) -> bool:
    """Whether a dismissal names a capability the model lacks (a network too small to
    host a search counts: the concept reads stated sizes), or evidence, or a kind of
    model that cannot host a search at all ("a linear model with 47 parameters"), or
    inputs that hold nothing about its training or its testers. A limit that only
    restates the conclusion ("no channel for deception", "no way to mislead") is none."""
    text = _RESTATED_CONCLUSION.sub(" ", text)
    return bool(
        reading.find([text], ctx.terms("capability-limit"))
        or reading.find([text], ctx.terms("empirical-evidence"))
        or reading.find([text], ctx.terms("optimizer-excluded"))
        or reading.find([text], ctx.terms("model-class-without-search"))
        # What its inputs hold is a design fact: nothing about its testers, nothing to
        # learn them from.
        or reading.find_any([text], ctx.terms("shown-nothing-of-them"))
    )


def dismissal_conflates_training_and_goal(story: Story, ctx: Context) -> Iterator[Hit]:
    """'It is trained on X, so it pursues X': outer and inner alignment run together."""
    steps = [ctx.terms("training-phrase"), ctx.terms("conclusion"), ctx.terms("pursuit")]
    for mode, reason in _dismissals(story):
        quote = reading.find_sequence([reason], steps)
        sentence = quote.sentence if quote else _echoed_objective(reason)
        if sentence is None and mode == "inner-alignment" and not _pursues_signal(story):
            sentence = _inner_alignment_answered_by_the_signal(ctx, reason)
        if sentence and not reading.find_any([sentence], ctx.terms("hedge")):
            yield _dismissal_hit(ctx, mode, sentence)


def _pursues_signal(story: Story) -> bool:
    """The goal is a loss-minimizing model: pursuing the training signal is the goal
    itself, and that class's own questions ask why the model would learn it."""
    return "loss-minimizing" in story.goal.classes


def _inner_alignment_answered_by_the_signal(ctx: Context, reason: str) -> str | None:
    """The sentence of an inner-alignment dismissal that answers it with the training
    signal ("the reward is exactly what we want"), when nothing else grounds it.

    Inner alignment asks whether the model learns the signal's objective; how good the
    signal is cannot answer that, so a dismissal resting on the signal runs the two
    questions together, however it is worded."""
    if _grounded(ctx, reason) or reading.find([reason], ctx.terms("goal-not-loss-optimizer")):
        return None
    quote = reading.find([reason], ctx.terms("training-signal-named"))
    return quote.sentence if quote else None


_TRAINED = frozenset({"trained", "optimised", "optimized", "rewarded", "tuned", "fitted", "paid"})
_TRAINED_ON = frozenset({"on", "for", "against", "by"})
_DETERMINERS = frozenset({"the", "its", "our", "their", "a", "an", "this", "that"})
_AIMED_AT = frozenset({"for", "toward", "towards", "at"})
_BECAUSE = frozenset({"because", "since", "as"})
_THEREFORE = frozenset({"so", "therefore", "thus", "hence"})
_IS = frozenset({"is", "be", "are", "stays", "remains", "becomes"})
_WILL = frozenset({"will", "would"})


def _adverb(adjective: str) -> str:
    """The adverb made from an adjective: correct, correctly; reliable, reliably."""
    return adjective[:-2] + "ly" if adjective.endswith("le") else adjective + "ly"


def _echoed_objective(text: str) -> str | None:
    """The sentence of 'because it is trained on X, it prices for X': the training signal
    named again, a few words on, as what the model aims at. Word lists cannot say "the same
    word twice", so this reads the words of each sentence: after a training verb and its
    preposition, the signal's first word; later, "for", "toward" or "at" and that word, in
    a sentence that gives it as a reason ("because", "since") or a conclusion ("so")."""
    for sentence in reading.sentences(text):
        if _echoes_in(reading.words(sentence)):
            return " ".join(sentence.split())
    return None


def _echoes_in(words: list[str]) -> bool:
    """Whether one sentence's words hold the echo :func:`_echoed_objective` looks for.

    Each training verb is checked against indexes built once per sentence (where each
    word last follows an aiming word, where the reasons stand), so a sentence that
    repeats "trained on" thousands of times is read in linear time."""
    kept = [n for n, w in enumerate(words) if w not in _DETERMINERS]
    # For a word: the last place (in ``kept``) where it follows an aiming word there, and
    # the last place (in ``words``) where it follows a form of "to be".
    aimed_last: dict[str, int] = {}
    for k in range(1, len(kept)):
        if words[kept[k - 1]] in _AIMED_AT:
            aimed_last[words[kept[k]]] = k
    is_last: dict[str, int] = {}
    for n in range(1, len(words)):
        if words[n - 1] in _IS:
            is_last[words[n]] = n
    # Where each word last stands within three words after "will" ("a model rewarded for
    # correct steps will reason correctly": the signal's quality as how it will work).
    willed: dict[str, int] = {}
    last_will = -4
    for n, w in enumerate(words):
        if w in _WILL:
            last_will = n
        elif n - last_will <= 3:
            willed[w] = n
    first_because = next((n for n, w in enumerate(words) if w in _BECAUSE), len(words))
    last_therefore = max((n for n, w in enumerate(words) if w in _THEREFORE), default=-1)
    for i, word in enumerate(words[:-2]):
        if word not in _TRAINED:
            continue
        if words[i + 1] in _TRAINED_ON:
            # "trained on contribution ... prices for contribution"
            at = bisect.bisect_left(kept, i + 2)
            if at >= len(kept):
                continue
            signal = words[kept[at]]
            echoed = aimed_last.get(signal, -1) >= at + 2
            if len(signal) >= 4 and willed.get(_adverb(signal), -1) > kept[at] + 1:
                return True  # "will" is the conclusion: no "because" or "so" needed
        elif words[i + 1 : i + 3] == ["to", "be"]:
            # "trained to be cautious, so it is cautious": a quality named again as what
            # the model is.
            if i + 3 >= len(words):
                continue
            signal = words[i + 3]
            echoed = is_last.get(signal, -1) >= i + 5
        else:
            continue
        if len(signal) < 4:
            continue
        if echoed and (first_because <= i or last_therefore >= i):
            return True
    return False


def dismissal_by_kind_of_model(story: Story, ctx: Context) -> Iterator[Hit]:
    """'It is only a predictor / language model, so it cannot ...' with no limit named."""
    steps = [ctx.terms("kind-of-model"), ctx.terms("denied-capability")]
    for mode, reason in _dismissals(story):
        if mode not in _INTERNAL_MODES:
            continue
        # A reason is one short argument, often split over sentences ("It is a language
        # model. It has no goals, so ..."): its steps are read across them.
        quote = reading.find_sequence([_as_one_argument(reason)], steps)
        if quote and not _grounded(ctx, reason):
            yield _dismissal_hit(ctx, mode, quote.sentence)


def dismissal_on_unshown_limit(story: Story, ctx: Context) -> Iterator[Hit]:
    """'It has no goals / is too small to plan / has no model of its training, so it
    cannot deceive': a limit on what the model wants or represents, asserted, not shown.

    Such a limit grounds a dismissal only with evidence or a fact of the architecture;
    what a trained network represents is the open question, not a premise. The fact may
    stand in another dismissal or in the constraints ("a point process with a dozen
    parameters"): a reader takes it with them to the next reason."""
    dismissals = list(_dismissals(story))
    stated_facts = [reason for _, reason in dismissals] + [story.rationale.constraints or ""]
    # A model class with no room for a search (least-squares lines, a tree ensemble) is
    # such a fact, wherever the story names it; "a glorified lookup table" for a network
    # of millions of weights is a figure of speech.
    figures = ctx.terms("model-class-as-figure")
    class_without_search = any(
        not reading.find_any([quote.sentence], figures)
        for text in stated_facts
        if (quote := reading.find_any([text], ctx.terms("model-class-without-search")))
    )
    architecture_stated = class_without_search or _design_rules_out(
        ctx, stated_facts, "architecture-fact"
    )
    # Forgetting between cases rules out a plan carried across them, not a model that
    # misreports afresh in each (see _memory_only): for deception, a memory limit is no
    # such fact.
    remembered = [_without(text, ctx.terms("memory-limit")) for text in stated_facts]
    beyond_memory = class_without_search or _design_rules_out(ctx, remembered, "architecture-fact")
    for mode, reason in dismissals:
        if mode not in _INTERNAL_MODES:
            continue
        quote = reading.find_any([reason], ctx.terms("mind-limit-claim"))
        stated = beyond_memory if mode == "deceptive-alignment" else architecture_stated
        if (
            quote
            and reading.find([reason], ctx.terms("capability-limit"))
            and not reading.find([reason], ctx.terms("empirical-evidence"))
            and not stated
            # What it is given is a fact of the design: a model never shown its testers
            # has nothing to learn them from.
            and not reading.find_any([reason], ctx.terms("shown-nothing-of-them"))
        ):
            yield _dismissal_hit(ctx, mode, quote.sentence)


def dismissal_by_missing_search(story: Story, ctx: Context) -> Iterator[Hit]:
    """'One forward pass, no recurrence, no search: nowhere for an optimiser to sit.'

    An architecture without an explicit search is the premise of mesa-optimization, not an
    answer to it: a learned network can run a search inside its forward pass."""
    kind_of_model = {hit.item for hit in dismissal_by_kind_of_model(story, ctx)}
    for mode, reason in _dismissals(story):
        if mode not in ("mesa-optimization", "inner-alignment") or mode in kind_of_model:
            continue
        quote = reading.find_any([reason], ctx.terms("no-explicit-search"))
        # A model with no actions to choose among (a score, a label) has nothing to plan
        # over: there the missing search is a fair part of the argument.
        # Nor where the choosing is done outside the network by a rule the designers
        # wrote: then the network has nothing to choose. Nor in a network named too
        # small to hold one.
        if (
            quote
            and not reading.find([reason], ctx.terms("empirical-evidence"))
            and not _design_rules_out(ctx, [reason], "no-action-space")
            and not reading.find_any([reason], ctx.terms("choice-outside-model"))
        ):
            yield _dismissal_hit(ctx, mode, quote.sentence)


def planner_waved_away(story: Story, ctx: Context) -> Iterator[Hit]:
    """A hidden planner ruled out in passing, in the argument's prose ("a roster is too
    simple a thing to hide a planner in", "there is no room in there for plans"), by a
    story whose failure modes do not weigh mesa-optimization.

    Whether training put a search or goals of its own inside the network is the open
    question, not a premise; the sentence answers it only with a limit or evidence (see
    :func:`_grounded`). Where the failure modes weigh it, the dismissal rules read that
    entry instead."""
    if "mesa-optimization" in story.failure_modes:
        return
    denied = ctx.terms("planner-denied")
    figures = ctx.terms("model-class-as-figure")
    for source, text in (
        ("rationale.nudges", story.rationale.nudges),
        ("rationale.constraints", story.rationale.constraints),
        ("goal.desirability", story.goal.desirability),
    ):
        quote = reading.find([text or ""], denied, strict=True)
        if quote is None:
            continue
        sentence = quote.sentence
        # "A glorified lookup table" for a network of millions of weights is a figure of
        # speech, not a class of model without room for a search.
        figurative = reading.find_any([sentence], figures)
        if (not _grounded(ctx, sentence) or figurative) and not reading.find(
            [sentence], ctx.terms("empirical-evidence")
        ):
            yield Hit(source, {}, sentence)
            return


def dismissal_by_zero_sum(story: Story, ctx: Context) -> Iterator[Hit]:
    """'The game is zero-sum, so no side can deceive': both sides may be one model, and
    share a strategy that misleads whoever judges them.

    A game whose result a program alone decides (a board game won or lost) has no judge
    for the sides to mislead together: there a zero-sum reason is questioned here only
    where it is about the sides cooperating ("nothing for them to agree on"), and is
    otherwise left to the rules on grounds."""
    program_only = story.answers.get(TRAINING_JUDGE) == [PROGRAM_JUDGE]
    for mode, reason in _dismissals(story):
        if program_only and not reading.find_any(
            [reason], ctx.terms("copies-cooperation-discussed")
        ):
            continue
        quote = reading.find_any([reason], ctx.terms("zero-sum"))
        if quote and not reading.find_any([reason], ctx.terms("collusion-addressed")):
            yield _dismissal_hit(ctx, mode, quote.sentence)


def dismissal_by_myopia(story: Story, ctx: Context) -> Iterator[Hit]:
    """'It is myopic, so it cannot be deceptive': short horizons do not exclude it."""
    for mode, reason in _dismissals(story):
        if mode not in _INTERNAL_MODES:
            continue
        quote = reading.find_any([reason], ctx.terms("myopia"))
        if quote is None or reading.find_any([reason], ctx.terms("future-copies-addressed")):
            continue
        # "90,000 weights, an output that is only the next readings": a network too small
        # to host a search, or a kind of model without one, is the argument beside the
        # horizon. A denied plan ("nothing to plan over") is the horizon claim again.
        if not _states_a_small_network(reason) and not reading.find(
            [reason], ctx.terms("model-class-without-search")
        ):
            yield _dismissal_hit(ctx, mode, quote.sentence)


def _without(text: str, terms: Sequence[str]) -> str:
    """The text with each match of the terms blanked out (offsets kept)."""
    for start, end in reversed(reading.lexicon(terms).match_list(text)):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _names_a_limit(text: str, ctx: Context) -> bool:
    """Whether the text names a capability the model lacks, or a kind of model that has no
    search in it."""
    return bool(
        reading.find([text], ctx.terms("capability-limit"))
        or reading.find([text], ctx.terms("model-class-without-search"))
    )


def dismissal_by_being_watched(story: Story, ctx: Context) -> Iterator[Hit]:
    """'Every offer is seen by the desk', 'the SAE would show it', 'it cannot tell training
    homes from test homes': deceptive alignment dismissed because the model is watched, or
    cannot tell when it is.

    A deceptively aligned model is one that behaves well while it is watched, so watching
    is no answer; and it needs only one cue that it is in use, which tests drawn from the
    training generator do not show it lacks."""
    entry = story.failure_modes.get("deceptive-alignment")
    if entry is None or entry.relevance is not Relevance.DOES_NOT_APPLY:
        return
    reason = entry.reason or ""
    watching = ctx.terms("deception-dismissed-by-watching")
    quote = reading.find_any([reason], watching)
    if quote is None:
        return
    # "No information about its training and no capacity for planning; every part is
    # inspected": a limit named beside the watching is the argument, the watching an
    # aside. "Cannot tell training from testing" is itself the watching claim.
    if not _names_a_limit(_without(reason, watching), ctx):
        yield _dismissal_hit(ctx, "deceptive-alignment", quote.sentence)


_SPECIFIC_DISMISSALS = (
    dismissal_conflates_training_and_goal,
    dismissal_by_kind_of_model,
    dismissal_by_zero_sum,
    dismissal_by_myopia,
    dismissal_by_being_watched,
)


def dismissal_without_grounds(story: Story, ctx: Context) -> Iterator[Hit]:
    """Dismissals that name neither a capability limit nor evidence, as one problem (a
    known bad argument has its own, more precise problem instead)."""
    flagged = {hit.source for check in _SPECIFIC_DISMISSALS for hit in check(story, ctx)}
    dismissals = list(_dismissals(story))
    # Asked only of a story that dismisses mesa-optimization, the one mode it bears on.
    rewarded = any(mode == "mesa-optimization" for mode, _ in dismissals) and (
        _rewarded_for_outcomes(story, ctx)
    )
    bare: list[tuple[str, str]] = []
    for mode, reason in dismissals:
        source = f"failure_modes.{mode}.reason"
        if source in flagged or (
            _grounded(ctx, reason)
            and not _memory_only(ctx, mode, reason, rewarded=rewarded)
            and not _actions_only(ctx, mode, reason)
        ):
            continue
        if reading.find([reason], ctx.terms("goal-not-loss-optimizer")):
            continue  # "the goal is not a loss optimizer" is the framework's own exit
        bare.append((mode, reason))
    if bare:
        names = [ctx.term_name("failure_modes", mode) for mode, _ in bare]
        yield Hit(
            f"failure_modes.{bare[0][0]}.reason",
            {"item": _joined(names)},
            short(bare[0][1], reading.QUOTE_LIMIT),
            refs=tuple(f"failure_modes.{mode}.reason" for mode, _ in bare),
            items=tuple(mode for mode, _ in bare),
        )


def _rewarded_for_outcomes(story: Story, ctx: Context) -> bool:
    """Whether the model is trained by reinforcement on what its outputs bring about: the
    setup answer names a reward beyond fixed data, or the setup's prose names
    reinforcement learning."""
    trained_by = story.answers.get(TRAINING_SETUP)
    if isinstance(trained_by, list) and trained_by:
        return not _COPYING_ONLY.issuperset(trained_by)
    return bool(reading.find(PROSE["story.setup"](story), ctx.terms("rl-training"), strict=True))


def _memory_only(ctx: Context, mode: str, reason: str, *, rewarded: bool = False) -> bool:
    """Whether a deception or mesa-optimization dismissal rests on forgetting alone ("no
    memory between chats, so nothing to build a deception on", "it sees one game at a
    time"): that rules out a plan carried across calls, not a model that behaves well where
    it is tested and otherwise where it recognises use, afresh on every call, nor a search
    that a model ``rewarded`` for outcomes runs inside one call. A deception reason that
    also speaks of what tells training, tests or use apart is read on its other grounds."""
    if mode == "deceptive-alignment":
        if reading.find_any([reason], ctx.terms("situation-named")):
            return False
    elif mode != "mesa-optimization" or not rewarded:
        # A model fitted to fixed data is not rewarded for where its outputs lead: a
        # memory limit is then a fair part of an argument that it has nothing to plan.
        return False
    # A sentence that names a memory limit rests on it, conclusion and all ("..., so there
    # is no long game to play"); the others are read for grounds of their own. For a
    # search, the rest of that sentence may still name one ("a 2,000-weight network with no
    # memory"): a size or a kind of model limits what runs inside a call.
    forgetting = reading.lexicon(ctx.terms("memory-limit"))
    sentences = reading.sentences(reason)
    held = [s for s in sentences if forgetting.match_list(s)]
    if not held:
        return False
    others = [s for s in sentences if not forgetting.match_list(s)]
    if mode == "mesa-optimization":
        others += [_without(s, ctx.terms("memory-limit")) for s in held]
        # A model with no actions to choose among, or whose choosing a rule outside it
        # does, has nothing to search over (as in dismissal_by_missing_search).
        if _design_rules_out(ctx, others, "no-action-space") or reading.find_any(
            others, ctx.terms("choice-outside-model")
        ):
            return False
    return not any(_grounded(ctx, s) for s in others)


def _actions_only(ctx: Context, mode: str, reason: str) -> bool:
    """Whether a mesa-optimization dismissal rests on what the model does outside alone
    ("it only describes pictures and has no actions to plan"): a search runs inside a
    model, whatever it is allowed to do with its answer, so a limit on its actions is no
    limit on its computation."""
    if mode != "mesa-optimization":
        return False
    acting = ctx.terms("acts-not-limit")
    return bool(reading.find_any([reason], acting)) and not _grounded(ctx, _without(reason, acting))


def _joined(names: list[str]) -> str:
    return ", ".join(names[:-1]) + (" or " if len(names) > 1 else "") + names[-1]


def training_equated_with_goal(story: Story, ctx: Context) -> Iterator[Hit]:
    """'We train it on X, so it will pursue X' in the goal, rationale or evaluation."""
    if any(True for _ in dismissal_conflates_training_and_goal(story, ctx)):
        return  # the dismissal already shows the confusion; one problem says it
    if _pursues_signal(story):
        return  # pursuing the signal is that class's own claim; its questions ask why
    shapes = [
        [ctx.terms("training-phrase"), ctx.terms("conclusion"), ctx.terms("pursuit")],
        [ctx.terms("training-because"), ctx.terms("training-phrase"), ctx.terms("pursuit")],
        # "It wants X because it is rewarded for X": the same, conclusion first.
        [ctx.terms("pursuit"), ctx.terms("training-because"), ctx.terms("training-phrase")],
        # "There is no reason for it to learn anything else" says the same on its own, as
        # does "the score is what it wants".
        [ctx.terms("nothing-else-learned")],
        [ctx.terms("signal-is-its-want")],
        [ctx.terms("model-wants-signal")],
        # "The policy comes to want what the reward measures", "a student shaped by the
        # teacher's judgements comes to hold what the teacher holds": the signal's aim
        # taken on as the model's own, in either order.
        [ctx.terms("goal-taken-on"), ctx.terms("training-phrase")],
        [ctx.terms("training-phrase"), ctx.terms("goal-taken-on")],
    ]
    places = [
        ("goal.desirability", story.goal.desirability),
        ("rationale.nudges", story.rationale.nudges),
        ("rationale.constraints", story.rationale.constraints),
        *((f"evaluation.{c}.argument", e.argument) for c, e in story.evaluation.items()),
    ]
    for source, text in places:
        found = (reading.find_sequence([text], steps) for steps in shapes)
        # Read only if nothing before them is found.
        concluded = (_taken_on_after_training(ctx, t) for t in (text or "",))
        echoed = (_echoed_objective(t) for t in (text or "",))
        for quote in itertools.chain(found, concluded, echoed):
            if not quote:
                continue
            sentence, matched = (
                (quote.sentence, quote.matched) if isinstance(quote, reading.Quote) else (quote, "")
            )
            # "...so we worry it may pursue a proxy" is the worry, not the confusion; the
            # "could" inside "nothing else it could come to care about" is part of the claim.
            rest = _clause_of(text or "", matched).replace(matched, " ") if matched else sentence
            # A heading that asks the question ("Why it ends up with her priorities rather
            # than something else: ...") is not a hedge on the answer after it.
            rest = _QUESTION_HEADING.sub(" ", _ONLY_WAY_COULD.sub(" ", rest))
            # A hedge denied ("no gap between the two to worry about") hedges nothing.
            if not reading.find([rest], ctx.terms("hedge"), strict=True):
                yield Hit(source, {}, sentence)
                return  # one problem: the same confusion, wherever it is repeated


def _clause_of(text: str, matched: str) -> str:
    """A match's sentence from the clause it stands in: "the label is whether the fault
    came back; it learns whatever keeps machines running" asks no question of the claim
    after the semicolon, though a hedge after the claim ("...; whether it comes to want
    that is open") still hedges it."""
    for sentence in reading.sentences(text):
        at = sentence.find(matched)
        if at >= 0:
            return sentence[sentence.rfind(";", 0, at) + 1 :]
    return matched


def _taken_on_after_training(ctx: Context, text: str) -> str | None:
    """The training named in one sentence and the goal it gives concluded in the next
    ("PPO pushes the policy towards higher return. So the policy ends up wanting clean,
    cheap kit"): the same argument as in one sentence, split at a full stop."""
    taking = reading.sentences_holding(text, ctx.terms("goal-taken-on"))
    if not taking:
        return None
    trained = set(reading.sentences_holding(text, ctx.terms("training-phrase")))
    said = reading.sentences(text)
    for n in taking:
        if n - 1 in trained and _OPENS_A_CONCLUSION.match(said[n]):
            return said[n]
    return None


_OPENS_A_CONCLUSION = shipped_regexes.compile(
    r"\s*(?:so|therefore|thus|hence|as a result|that is why|this is why|which is why)\b",
    re.IGNORECASE,
)
"""A sentence that opens by drawing its conclusion from the one before."""


_QUESTION_HEADING = shipped_regexes.compile(r"^\s*(?:why|how)\b[^:.;?!]*:", re.IGNORECASE)
"""A sentence's opening question, answered after the colon ("Why it learns X: ...")."""

_ONLY_WAY_COULD = shipped_regexes.compile(
    r"\b(?:(?:the\s+)?only\s+(?:way|thing|route)|nowhere\s+else|nothing\s+else|"
    r"no\s+(?:way|route|path))\b"
    r"[^,;.]{0,40}?\bcould\b",
    re.IGNORECASE,
)
"""A "could" inside the claim itself ("the only way it could earn reward was ...",
"nowhere else its aims could have come from", "no route by which it could come to want
anything else"), not a worry that it could learn something else."""


def unsupported_pass(story: Story, ctx: Context) -> Iterator[Hit]:
    """'Pass' verdicts the story does not support, as one problem: an argument that is a
    slogan (too short, or giving no reason), or an alignment pass beside parts of the
    same story that say it may not hold."""
    if not story.meta.advanced:
        return
    reasons: list[tuple[str, str]] = []
    quote: str | None = None
    for criterion, entry in story.evaluation.items():
        argument = (entry.argument or "").strip()
        # Competitiveness passes are weighed by the criteria's own rules (what it cannot
        # do, what it costs); flagging them here too would say the same thing twice.
        if entry.verdict is not Verdict.PASS or criterion not in _ALIGNMENT_CRITERIA:
            continue
        name = ctx.term_name("criteria", criterion)
        words = reading.word_count(argument)
        if words < THIN_ARGUMENT_WORDS or not reading.find([argument], ctx.terms("reasoning")):
            reasons.append((criterion, f"{name} on a {words}-word argument"))
            quote = quote or short(argument, reading.QUOTE_LIMIT) or None
        elif (tensions := _tensions(story, ctx, criterion)) and not reading.find(
            [argument], ctx.terms("tension-acknowledged")
        ):
            reasons.append((criterion, f"{name}, though {'; '.join(tensions)}"))
            quote = quote or short(argument, reading.QUOTE_LIMIT)
    if reasons:
        yield Hit(
            f"evaluation.{reasons[0][0]}.verdict",
            {"item": "; ".join(text for _, text in reasons)},
            quote,
            refs=tuple(f"evaluation.{c}.verdict" for c, _ in reasons),
            items=tuple(c for c, _ in reasons),
        )


_ALIGNMENT_CRITERIA = ("goal-alignment", "rationale-alignment")


def _tensions(story: Story, ctx: Context, criterion: str) -> list[str]:
    """What else in the story says an alignment pass may not hold."""
    if criterion == "goal-alignment":
        # Judged on every model that meets the specification: a behavioural one admits
        # models that work in any way at all.
        spec = story.goal.specification or ""
        if spec.strip() and assess(spec).behavioral_only:
            return ["the specification describes behaviour only, so very different models meet it"]
        return []
    if criterion != "rationale-alignment":
        return []
    tensions: list[str] = []
    applying = [
        ctx.term_name("failure_modes", mode)
        for mode, entry in story.failure_modes.items()
        if entry.relevance in (Relevance.APPLIES, Relevance.UNSURE) and mode in _INTERNAL_MODES
    ]
    if applying:
        tensions.append("the story says " + _joined(applying) + " may apply")
    catastrophic = [
        n for n, r in enumerate(story.sensitivity, 1) if r.failure is FailureKind.CATASTROPHIC
    ]
    if catastrophic:
        tensions.append(
            f"sensitivity row {', '.join(map(str, catastrophic))} can fail catastrophically"
        )
    return tensions


TRAINING_JUDGE, LEARNED_JUDGE, PROGRAM_JUDGE = "training-judge", "learned-judge", "program"
"""The question that asks who or what decides what training keeps, and its answers for a
learned model and for a program."""
TRAINING_SETUP = "training-setup"
_COPYING_ONLY = frozenset({"self-supervised", "imitation"})
"""Setups that fit fixed data: a learned filter chooses the data once; nothing pushes the
model's own outputs against it."""

CHECKS_IN_TRAINING = "checks-in-training"
"""The question that asks whether a check relied on for safety also shapes training."""


def training_against_detector(story: Story, ctx: Context) -> Iterator[Hit]:
    """A check's verdict used as a training signal, in one sentence anywhere in the story
    (a reward formula, a mitigation), or relaxed adversarial training, which is that by
    design."""
    prose = _prose(story)
    if story.answers.get(CHECKS_IN_TRAINING) == "yes":
        # The author says so: nothing to find in the prose, only an answer to look for.
        # Another check kept out of training (an audit) answers it, unless the story says
        # the model has been shaped to pass the check that is in training.
        shaped = reading.find(prose, ctx.terms("check-pressure-admitted"))
        if not _evasion_addressed(prose, ctx, kept_out_counts=shaped is None):
            yield Hit(CHECKS_IN_TRAINING, {})
        return
    tools, until = ctx.terms("checking-tool"), ctx.terms("retrained-until-check-passes")
    # Retraining until a check stops objecting selects against it, even where its verdict
    # never enters a loss: a story that keeps the check out of training has not answered it.
    quote = _in_one_sentence(prose, tools, until)
    if quote:
        yield Hit("rationale.nudges", {}, quote.sentence)
        return
    if _evasion_addressed(prose, ctx):
        return
    quote = reading.find(prose, ["relaxed adversarial"], strict=True)
    if quote is None:
        quote = _in_one_sentence(prose, tools, ctx.terms("trains-on-verdict"))
    if quote is None:
        quote = _verdict_in_next_sentence(prose, ctx)
    if quote is None:
        quote = _named_check_trained_on(prose, ctx)
    if quote is None:
        quote = _one_component_in_both_roles(prose, ctx)
    if quote is None:
        quote = _named_check_in_training(story, prose, ctx)
    if quote:
        yield Hit("rationale.nudges", {}, quote.sentence)


def _one_component_in_both_roles(prose: list[str], ctx: Context) -> reading.Quote | None:
    """One component given both jobs: a part of training (the reward, the data filter, the
    checkpoint kept) and the check relied on afterwards, in one sentence ("RepairJudge is
    in the reward and is also the quality check") or in a sentence that names it. The
    sameness is said outright ("also", "the same"), so two components that merely share a
    sentence do not count."""
    shared, check, training = (ctx.terms(c) for c in ("role-shared", "check-role", "training-role"))
    # Sentences that give something a second job as a check ("also gates publication"),
    # read once; the training job is in the same sentence or in one that names it.
    names: set[str] = set()
    for text in prose:
        held = set(reading.sentences_holding(text, shared))
        if held:
            held &= set(reading.sentences_holding(text, check))
        if not held:
            continue
        both = held & set(reading.sentences_holding(text, training))
        sentences = reading.sentences(text)
        if both:
            return reading.find([sentences[min(both)]], shared)
        for n in held:
            names.update(_NAME.findall(sentences[n]))
            names.update(_SAME_NAME.findall(sentences[n]))
            for name in _ALSO_SUBJECT.findall(sentences[n]):
                head = name.split()[-1].lower()
                if head not in _THE_MODEL_ITSELF:
                    names.add(name)
                    if head in _CHECKING_DEVICES:
                        names.add(head)
    # "Parsec also gates publication" beside "the reward is 1 when Parsec accepts the parse".
    return _sentence_naming(prose, training, names)


def _named_check_in_training(story: Story, prose: list[str], ctx: Context) -> reading.Quote | None:
    """A check known by its own name ("VetJudge scores every live text") that another
    sentence puts in training ("kept only where VetJudge rates them sound"): one name is
    one component, whether or not the story says "also". The model's own name (the one its
    title gives) is not a check's."""
    check, training = ctx.terms("check-role"), ctx.terms("training-role")
    own = set(_CAMEL_CASE.findall(story.meta.title or ""))
    names: set[str] = set()
    for text in prose:
        held = reading.sentences_holding(text, check)
        sentences = reading.sentences(text) if held else []
        for n in held:
            names.update(name for name in _CAMEL_CASE.findall(sentences[n]) if name not in own)
            names.update(_TITLED_CHECKER.findall(sentences[n]))
    return _sentence_naming(prose, training, names)


_TITLED_CHECKER = shipped_regexes.compile(
    r"(?<![\w-])[A-Z][a-z]+\s(?:Engine|Check|Checker|Judge|Monitor|Grader|Filter|Scorer|"
    r"Classifier|Detector)\b"
)
"""A checking component named in capitalised words ("the Rules Engine")."""


_CAMEL_CASE_WORD = r"[A-Z][a-z]+[A-Z][\w-]*"

_CAMEL_CASE = shipped_regexes.compile(rf"(?<![\w-]){_CAMEL_CASE_WORD}")
"""A name written in CamelCase ("VetJudge", "ClerkJudge"): a component's own name."""

_NAME = shipped_regexes.compile(
    rf"(?<![\w-])({_CAMEL_CASE_WORD}|[A-Z][a-z]{{2,}}(?=\s+(?:also|is\s+also|itself)\b))"
)
"""A component's name: a CamelCase word ("RepairJudge"), or a capitalised word that the
next words give a second job ("Parsec also gates publication")."""

_ALSO_SUBJECT = shipped_regexes.compile(
    r"^\s*(?:in\s+(?:production|service|use|deployment|operation),?\s+)?"
    r"(?:the|our|its|this|that)\s+((?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:is|are|was|were)\s+also\b",
    re.IGNORECASE,
)
"""The subject a sentence gives a second job ("The simulated return is also the figure we
use to decide a release", "In production the grader is also the confidence gate"): its
name, to find its other job."""

_CHECKING_DEVICES = frozenset(
    {"camera", "probe", "sensor", "grader", "checker", "classifier", "judge", "monitor"}
    | {"detector", "scorer", "filter", "gauge", "meter"}
)
"""Head nouns of a checking thing: a name such as "the nep camera" may be called by its
head alone ("counted by the web camera") where it enters training."""

_THE_MODEL_ITSELF = frozenset(
    {"model", "policy", "network", "agent", "system", "tool", "app", "assistant", "it"}
)
"""Words that name the trained model itself, whose other jobs are not a check's."""

_SAME_NAME = shipped_regexes.compile(
    r"(?i:\b(?:the|that|this)\s+same\s+)((?:[\w.-]+\s+)?[\w-]*(?:er|or|probe|model|judge|check|"
    r"metric|threshold|rate|score|list|test|return|count|suite|figure|number|benchmark|record|"
    r"signals?|prompt|rubric)|[A-Z][A-Z0-9]{1,6})\b"
)
"""The component a sentence says is "the same" one ("the same step-grader runs on every
live plan", "that same pH probe drives the alarm", "the same PRM"): its name, to find its
other job. Only a checking thing (a grader, a probe, a threshold, a rate, a count, an
acronym), not "the same way"."""


def _in_one_sentence(
    prose: list[str], first: Sequence[str], second: Sequence[str]
) -> reading.Quote | None:
    """A sentence that holds a term of each list, in either order."""
    return reading.find_sequence(prose, [first, second]) or reading.find_sequence(
        prose, [second, first]
    )


_BOUNDED_COMPARISON = shipped_regexes.compile(
    r"\b(?:no|not)\s+(?:higher|lower|more|less|fewer|greater|worse|better|larger|smaller|"
    r"above|below|slower|faster)\b|"
    r"\bnever\s+(?:saw|seen|met|encountered|trained\s+on)\b|"
    r"\bnot\s+(?:seen|used)\s+(?:in|during)\s+training\b|\bno\s+longer\b|"
    r"\bmore\s+often\s+than\s+not\b|"
    r"\b(?:has|have|had|did|does|do)(?:\s+not|n't)\s+(?:fallen|fall|risen|rise|dropped|drop|"
    r"grown|grow|increased|increase|decreased|decrease|changed|change|declined|decline|"
    r"shifted|shift|moved|move)\b|"
    r"\b(?:when|whenever|if|where|unless)\s+(?:[\w'-]+\s+){0,5}?"
    r"(?:does\s+not|doesn't|do\s+not|don't|is\s+not|isn't|are\s+not|aren't)\b|"
    r"\b(?:do|does)(?:\s+not|n't)\s+lean\b|\bno\s+(?:clear\s+)?lean\b",
    re.IGNORECASE,
)
"""Words that read as a universal "no" but are not one: a measured quantity bounded by a
comparison ("no higher than", "not worse than"), data held out ("stores it never saw"), a
change ("no longer sends a tanker there"), a measured trend ("has not fallen during
training"), a condition on the input ("loses more often when its number does not
match"), or a measured balance ("wrong steps do not lean towards raising it")."""


_NAME_BEFORE_TOOL = shipped_regexes.compile(
    r"([A-Z][\w-]*)(?:(?:\s*,|\s+is|\s+was)\s+(?:a|an|the|our)(?:\s+[\w-]+){0,3}?)?\s*$"
)
"""Text that ends in a name the next words call a check: "the BiasGuard", "TradeFair, a",
"TradeFair is a", "StrainSpotter, a polariscope photo"."""

_NAME_AFTER_TOOL = shipped_regexes.compile(
    r"\s*(?:,\s*|\s+(?:called|named|which\s+we\s+call|we\s+call)\s+)([A-Z][\w-]*[a-z][\w-]*)\b"
)
"""A name given just after a check or scorer word: "a second model, Tally", "a classifier
we call Sieve"."""


def _named_check_trained_on(prose: list[str], ctx: Context) -> reading.Quote | None:
    """A check given a name in one sentence ("the BiasGuard classifier reviews every
    rationale", "TradeFair, a classifier of wording", "a second model, Tally") whose name
    stands in a sentence that puts something into training ("minus 0.5 times the BiasGuard
    probability", "learns from its own runs that passed StrainSpotter")."""
    names = _names_given(prose, ctx, ("checking-tool", "learned-scorer"))
    # The name may stand in another part of the story than the sentence that named it.
    return _sentence_naming(prose, ctx.terms("trains-on-verdict"), names)


def _names_given(prose: list[str], ctx: Context, kinds: Sequence[str]) -> set[str]:
    """The names the prose gives to things of these kinds (concepts), just before or after
    the word for the kind (see :func:`_check_names`)."""
    names: set[str] = set()
    for concept in kinds:
        terms = ctx.terms(concept)
        words = reading.lexicon(terms)
        for text in prose:
            if named := reading.sentences_holding(text, terms):
                sentences = reading.sentences(text)
                names.update(name for n in named for name in _check_names(sentences[n], words))
    return names


def _sentence_naming(
    prose: list[str], terms: Sequence[str], names: set[str]
) -> reading.Quote | None:
    """The first sentence holding a term that also stands one of the names, as a whole
    word; the quote's match is the name."""
    if not names:
        return None
    for text in prose:
        holding = reading.sentences_holding(text, terms)
        sentences = reading.sentences(text) if holding else []
        # "The reward is the sum of two terms. ... The second is a score from Bramble":
        # the terms a sentence announces stand in the sentences after it.
        listed = {
            n + k
            for n in holding
            if _ANNOUNCES_TERMS.search(sentences[n])
            for k in range(1, _LISTED_SENTENCES + 1)
            if n + k < len(sentences)
        }
        for sentence in (sentences[n] for n in sorted(set(holding) | listed)):
            for name in sorted(names):
                if re.search(_name_pattern(name), sentence):
                    return reading.Quote(name, sentence)
    return None


_ANNOUNCES_TERMS = shipped_regexes.compile(
    r"\b(?:sum|total|made\s+up|combination)\s+of\s+(?:two|three|four|five|several)\s+"
    r"(?:terms|parts|components|scores|signals)\b|:\s*$",
    re.IGNORECASE,
)
"""A sentence that announces the terms of a reward ("The reward is the sum of two
terms.", "Reward per shift:") listed in the sentences after it."""

_LISTED_SENTENCES = 3
"""How many sentences after such an announcement may list its terms."""


def _name_pattern(name: str) -> str:
    """A pattern for a component's name as a whole word. A plain-words name ending in a
    doer ("step-scorer", "the same grader") also stands for the thing it does ("the
    step-scoring model", "the grading rubric"), however the words are joined."""
    words = re.split(r"[\s-]+", name)
    parts = [re.escape(w) for w in words]
    last = words[-1]
    if last.islower() and len(last) > 4 and last.endswith(("er", "or")):
        parts[-1] = re.escape(last[:-2]) + r"(?:er|ers|or|ors|ing|es|e)?"
    return r"(?<![\w-])" + r"[\s-]+".join(parts) + r"(?![\w-])"


_NAME_TRAINED = shipped_regexes.compile(
    # The word is taken whole (possessive), and its inner capital checked after: a pattern
    # that looked for the capital inside the word backtracked over every split of a long one.
    r"\b([A-Z][a-z][\w-]*+)\s+(?:was|is|has\s+been)\s+(?:trained|fitted|fine-tuned)\s+"
    r"(?:on|to|from)\b"
)
"""A component named in CamelCase as the subject of its own training ("SatisfactionNet was
trained on surveys"): a learned model, whatever it is called."""

_INNER_CAPITAL = shipped_regexes.compile(r"[A-Z]")
"""A capital letter, looked for after a word's first two letters (CamelCase)."""


def named_scorer_optimised(story: Story, ctx: Context) -> Iterator[Hit]:
    """A learned scorer given a name in one sentence ("SatisfactionNet, a model trained on
    surveys", "VigourLens, a vision-language model that scores each canopy") and optimised
    against in another ("PPO climbs the SatisfactionNet score", "plus 0.5 times the
    VigourLens score"). Read sentence by sentence, neither names a learned reward; together
    they are one, and a policy pushed against it finds where it is wrong.

    A story whose setup already names a learned reward is asked by the setup's own rule,
    and one whose author said who judges, with no learned judge among them, or that it is
    trained only by prediction or imitation of fixed data, is taken at its word: the names
    are a guess at what the answer tells."""
    judges = story.answers.get(TRAINING_JUDGE)
    if isinstance(judges, list) and judges and LEARNED_JUDGE not in judges:
        return
    trained_by = story.answers.get(TRAINING_SETUP)
    if isinstance(trained_by, list) and trained_by and _COPYING_ONLY.issuperset(trained_by):
        return  # a scorer that filters the examples copied is not optimised against
    setup = PROSE["story.setup"](story)
    if reading.find(setup, ctx.terms("learned-reward"), strict=True) or reading.find(
        setup, ctx.terms("learned-proxy-reward"), strict=True
    ):
        return
    argument = PROSE["story.argument"](story)
    guarded = reading.find(argument, ctx.terms("overoptimization-addressed")) and reading.find(
        argument, ctx.terms("overoptimization-measured")
    )
    if guarded and not reading.find(
        _prose(story), ctx.terms("overoptimization-guard-removed"), strict=True
    ):
        return
    names = _names_given(setup, ctx, ("learned-scorer",))
    names.update(
        found.group(1)
        for text in setup
        for found in _NAME_TRAINED.finditer(text)
        if _INNER_CAPITAL.search(found.group(1), 2)
    )
    # The story's own model is not a scorer of itself: its name is in the title or opens
    # the specification ("DoorPass was fine-tuned on ..." describes the model trained).
    own = " ".join((story.meta.title or "", *reading.sentences(story.goal.specification or "")[:1]))
    names = {n for n in names if not re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", own)}
    quote = _sentence_naming(setup, ctx.terms("reward-role"), names)
    if quote:
        yield Hit("training-setup", {"item": quote.matched}, quote.sentence)


def _check_names(sentence: str, tools: reading.Lexicon) -> Iterator[str]:
    """The names a sentence gives its checks: the capitalised word just before a check
    word, except a plain word that only opens the sentence ("Classifiers flag ...")."""
    opening = len(sentence) - len(sentence.lstrip())
    for start, end in tools.match_list(sentence):
        after = _NAME_AFTER_TOOL.match(sentence, end)
        if after is not None:
            yield after.group(1)
        found = _NAME_BEFORE_TOOL.search(sentence, max(0, start - 60), start)
        if found is None:
            continue
        name = found.group(1)
        plain = name[1:] == name[1:].lower()
        if plain and found.start(1) == opening:
            continue
        yield name


def _verdict_in_next_sentence(prose: list[str], ctx: Context) -> reading.Quote | None:
    """A check named in one sentence whose verdict the next sentence puts into training,
    referring back to it ("The probe flags ... . Its score is subtracted from the reward")."""
    uses = ctx.terms("trains-on-verdict")
    for text in prose:
        named = reading.sentences_holding(text, ctx.terms("checking-tool"))
        if not named:
            continue
        following = {n + 1 for n in named}
        trained = following.intersection(reading.sentences_holding(text, uses))
        for n in sorted(
            trained.intersection(reading.sentences_holding(text, ctx.terms("refers-back")))
        ):
            return reading.find([reading.sentences(text)[n]], uses)
    return None


_MEASURE_NAME = shipped_regexes.compile(
    r"\b(?:[A-Z][\w-]{0,40}\s{1,3}){1,4}(?:Index|Score|Rate|Ratio|Metric|Check|Monitor|Test)\b"
)
"""A measure or check known by a capitalised name ("Evasion Index", "Goodhart Score"), of
at most four words (bounded, so a text of capitalised words is read in linear time)."""


def _evasion_addressed(prose: list[str], ctx: Context, *, kept_out_counts: bool = True) -> bool:
    """The story keeps a check out of training (where ``kept_out_counts``), or says in one
    sentence how the model could evade a check. Words such as "Goodhart" or "hide" alone
    are about something else as often as not (a reward model, a user's data): they count
    only beside a check."""
    if kept_out_counts and reading.find(
        prose, ctx.terms("check-kept-out-of-training"), admissions=True
    ):
        return True
    tools, evasion = ctx.terms("checking-tool"), ctx.terms("evasion-addressed")
    # "A deceptive model could hide from the overseer" admits the problem: not an answer.
    for text in prose:
        # A measure's own name ("the Evasion Index") says what it counts, not how the
        # model could evade it.
        text = _MEASURE_NAME.sub(" ", text)
        said = reading.sentences_holding(text, evasion, admissions=True)
        if said and not set(said).isdisjoint(reading.sentences_holding(text, tools)):
            return True
    return False


def _prose(story: Story) -> list[str]:
    return PROSE["story.prose"](story)


def missing_criterion(story: Story, ctx: Context) -> Iterator[Hit]:
    """An advanced story that evaluates some criteria but leaves others out (one problem)."""
    if not story.meta.advanced or not story.evaluation:
        return
    missing = [c for c in ctx.criteria if c not in story.evaluation]
    if missing:
        names = ", ".join(ctx.term_name("criteria", c) for c in missing)
        yield Hit("evaluation", {"item": names, "n": str(len(missing))}, items=tuple(missing))


def weak_verdicts(story: Story, ctx: Context) -> Iterator[Hit]:
    """Failed or uncertain verdicts that do not say what would settle them, as one problem.

    One problem, not one per criterion: an honest "uncertain" on every criterion is one
    open question about the evaluation, and restating it four times would make a careful
    story look worse than a careless one. It is decided criterion by criterion (items).
    """
    if not story.meta.advanced:
        return
    open_ones = [
        (c, ctx.term_name("criteria", c), e.verdict.value)
        for c, e in story.evaluation.items()
        if e.verdict in (Verdict.FAIL, Verdict.UNCERTAIN)
        and not reading.find([e.argument or ""], ctx.terms("what-would-settle"))
    ]
    if open_ones:
        yield Hit(
            "evaluation",
            {
                "item": ", ".join(name for _, name, _ in open_ones),
                "why": ", ".join(f"{name}: {verdict}" for _, name, verdict in open_ones),
            },
            refs=tuple(f"evaluation.{c}.verdict" for c, _, _ in open_ones),
            items=tuple(c for c, _, _ in open_ones),
        )


def safe_label_contradicted(story: Story, ctx: Context) -> Iterator[Hit]:
    """A sensitivity row labelled safe whose own consequence describes a dangerous model.

    A consequence that names a safeguard independent of the model ("defects go unmarked,
    with the checklist still in place"), or that says what the failure costs ("the likely
    cost is a poor discharge order", "at a cost in money and lost Saturdays"), is safe by
    its own account, unless the harm it names is severe (death, injury, the
    irreversible): a guard or a price does not undo those."""
    guards = ctx.terms("independent-guard")
    bounded = ctx.terms("cost-bounded")
    for n, row in enumerate(story.sensitivity, 1):
        if row.failure is not FailureKind.SAFE:
            continue
        # A harm's name in quotation marks (a class the model outputs, "towards 'true
        # infection'") is mentioned, not said to happen.
        consequence = quotations.names_blanked(row.if_wrong or "")
        quote = reading.find([consequence], ctx.terms("dangerous-outcome"), strict=True)
        if not quote:
            continue
        # Not strict: "without anyone noticing, with the checklist still in place" keeps
        # its guard, though a "without" comes before it in the clause.
        if (
            reading.find([consequence], guards) or reading.find_any([consequence], bounded)
        ) and not reading.find([consequence], ctx.terms("severe-outcome"), strict=True):
            continue
        yield row_hit(story, n, _as_written(quote.sentence, consequence, row.if_wrong or ""))


def _as_written(sentence: str, blanked: str, text: str) -> str:
    """The sentence as the author wrote it, names and all, from the text it was read in
    with its quoted names blanked (same length, same offsets)."""
    core = sentence.strip("…")
    at = blanked.find(core)
    return sentence if at < 0 else sentence.replace(core, text[at : at + len(core)])


def unknown_label_dangerous(story: Story, ctx: Context) -> Iterator[Hit]:
    """A row whose failure is marked unknown while its own consequence describes severe
    harm (death, injury, the irreversible, loss of control) that nothing outside the model
    stops: by its own account, a catastrophic row.

    "Unknown" is the honest label for a harm of unclear size (a report that leaves out a
    finding); only a severe one makes the label a contradiction. A row marked safe is held
    to the wider list (see :func:`safe_label_contradicted`)."""
    guards = ctx.terms("independent-guard")
    for n, row in enumerate(story.sensitivity, 1):
        if row.failure is not FailureKind.UNKNOWN:
            continue
        consequence = row.if_wrong or ""
        quote = reading.find([consequence], ctx.terms("severe-outcome"), strict=True)
        if quote and not reading.find([consequence], guards, strict=True):
            yield row_hit(story, n, quote.sentence)


def supported_on_weak_evidence(story: Story, ctx: Context) -> Iterator[Hit]:
    """A claim marked supported whose evidence is the model's own word (asking it, its
    stated reasoning), or behaviour (scores, tests of outputs) offered for a claim about
    the model's internals.

    Tests that change the inputs and watch the output (swaps, masks, inputs held fixed)
    are fair support for the changes made, so the label stands; that they are still
    behaviour is the behavioural-evidence rules' question."""
    for n, claim in enumerate(story.claims, 1):
        if claim.status is not ClaimStatus.SUPPORTED:
            continue
        text = _evidence_of(claim)
        weak = reading.find_any([text], ctx.terms("self-report"))
        if not weak:
            if reading.find_any([text], ctx.terms("internal-evidence")) or reading.find_any(
                [text], ctx.terms("input-intervention")
            ):
                continue
            # A claim about behaviour is fairly tested by behaviour; the weak case is a
            # claim about what the model is inside, tested only from outside.
            inside = _internals_claimed(ctx, claim)
            if not inside:
                continue
            # "Never" about outputs is settled by checking every output ("a program checks
            # every entry, in training and in use"), not by a sample.
            if _NEVER_WORD.fullmatch(inside.matched) and reading.find_any(
                [text], ctx.terms("every-output-checked")
            ):
                continue
        scored = weak or reading.find_any([text], ctx.terms("output-score"))
        quote = scored.sentence if scored else short(text, reading.QUOTE_LIMIT)
        yield claim_hit(story, n, quote or None)


def supported_on_input_tests(story: Story, ctx: Context) -> Iterator[Hit]:
    """A claim about what the model uses or holds inside, marked supported on tests that
    change its inputs and watch its outputs, with nothing that looks inside.

    Such a test shows which inputs move the output, which is fair support for that much
    (:func:`supported_on_weak_evidence` lets the label stand); a model that computes the
    output another way passes it too, so the evidence is behaviour all the same."""
    yield from _internals_on_input_tests(story, ctx, ClaimStatus.SUPPORTED)


def planned_input_tests(story: Story, ctx: Context) -> Iterator[Hit]:
    """An untested claim about what the model uses or holds inside whose planned test
    only changes inputs and watches outputs: run as planned, it cannot settle the claim."""
    yield from _internals_on_input_tests(story, ctx, ClaimStatus.UNTESTED)


def _internals_on_input_tests(story: Story, ctx: Context, status: ClaimStatus) -> Iterator[Hit]:
    for n, claim in enumerate(story.claims, 1):
        if claim.status is not status:
            continue
        text = _evidence_of(claim)
        intervention = reading.find_any([text], ctx.terms("input-intervention"))
        if intervention is None or reading.find_any([text], ctx.terms("self-report")):
            continue
        if reading.find_any([text], ctx.terms("internal-evidence")) or reading.find_any(
            [text], ctx.terms("looked-inside")
        ):
            continue
        inside = _internals_claimed(ctx, claim)
        # A bare "never" is about outputs, which such tests do sample.
        if inside is None or _NEVER_WORD.fullmatch(inside.matched):
            continue
        yield claim_hit(story, n, intervention.sentence)


def _evidence_of(claim: Claim) -> str:
    """The evidence a claim cites and the test it names (format 1 had only the test)."""
    return "\n".join(t for t in (claim.evidence, claim.test) if t)


def _internals_claimed(ctx: Context, claim: Claim) -> reading.Quote | None:
    """Where a claim speaks of what the model is inside (what it uses, holds, computes) or
    says it never does something. "No higher than before" bounds a measured rate: its "no"
    is a comparison, not a "never"."""
    about = _BOUNDED_COMPARISON.sub(" ", claim.claim)
    return reading.find_any([about], ctx.terms("claim-about-internals"))


_NEVER_WORD = shipped_regexes.compile(
    r"no|not|never|none|nothing|cannot|won't|will\s+not|doesn't|does\s+not", re.IGNORECASE
)
"""A claim's only sign of being about internals that is a universal "never" instead."""


PRAISE_WORDS_FOR_A_VAGUE_GOAL = 1
"""Words of praise in a specification's opening that make it a description of how good
the model is rather than of which model it is. One is enough ("a smart scheduler that
keeps every hedge tidy", "keeps village halls warm and safe"): the rule reads only a
specification that says nothing of how the model works, so the praise is all it says."""

_MEMO_HEADER = shipped_regexes.compile(r"\s*(?:to|from|re|subject|date|cc|attn)\s*:", re.IGNORECASE)
"""A memo's header line ("To: Contracts Board."), which comes before what the memo says."""

_GREETING = shipped_regexes.compile(
    r"^\s*(?:hello|hi|dear|greetings)\b|\bwrite-?up\b|\bas\s+promised\b"
    r"|\bbackground\s+first\b|\bbit\s+of\s+background\b"
    r"|^\s*(?:this|here)\s+is\s+(?:our|a|the)\s+(?:note|summary|update|report)\b",
    re.IGNORECASE,
)
"""A sentence that greets or introduces the write-up ("Hello from the visitor team!",
"Quick write-up for the committee, as promised."): what the specification says comes
after it."""

_PREAMBLE_SENTENCES = 3
"""At most this many greeting sentences are passed over before the opening."""


def goal_in_praise_words(story: Story, ctx: Context) -> Iterator[Hit]:
    """'A fair, efficient allocator that gets every student the best room, on time, every
    time', 'the best assistant conductor you could hire': a goal described by how good the
    model is, or by an ideal person in its place. Many models, bad ones among them,
    meet such a description, and the whole weight moves to the rationale. Only a
    behavioural specification is read: one that says how the model works is precise
    whatever praise opens it."""
    spec = story.goal.specification or ""
    # A memo's header lines ("To: Contracts Board.") come before what it says.
    sentences = [s for s in reading.sentences(spec) if not _MEMO_HEADER.match(s)]
    # So do a greeting and the introduction of the write-up.
    skipped = 0
    while skipped < _PREAMBLE_SENTENCES and len(sentences) > 1 and _GREETING.search(sentences[0]):
        sentences.pop(0)
        skipped += 1
    opening = " ".join(sentences[:2])
    if not opening.strip():
        return
    words = reading.lexicon(ctx.terms("praise-words"))
    found: list[str] = []
    said = 0
    for start, end in words.match_list(opening):
        said += 1
        word = opening[start:end].lower()
        if word not in found:
            found.append(word)
    # "The best assistant conductor you could hire", "what an experienced officer would
    # do": an ideal person in the goal's place is as open as a list of praise, wherever
    # the specification names one ("it should sound like our best coordinator").
    ideal = reading.find_any([spec], ctx.terms("idealised-person"))
    if ideal:
        found = [ideal.matched.lower(), *found]
    if (said < PRAISE_WORDS_FOR_A_VAGUE_GOAL and not ideal) or not assess(spec).behavioral_only:
        return
    # The sentence that holds the praise, not an opening question ("So what is it?").
    praised = next((s for s in sentences[:2] if words.match_list(s)), sentences[0])
    quote = short(praised, reading.QUOTE_LIMIT)
    yield Hit("goal.specification", {"item": ", ".join(f"“{w}”" for w in found[:4])}, quote)


ARGUMENT_CHECKS = {
    "dismissal-conflates-training-and-goal": dismissal_conflates_training_and_goal,
    "dismissal-by-kind-of-model": dismissal_by_kind_of_model,
    "dismissal-by-zero-sum": dismissal_by_zero_sum,
    "dismissal-on-unshown-limit": dismissal_on_unshown_limit,
    "dismissal-by-missing-search": dismissal_by_missing_search,
    "dismissal-by-myopia": dismissal_by_myopia,
    "dismissal-by-being-watched": dismissal_by_being_watched,
    "dismissal-without-grounds": dismissal_without_grounds,
    "training-equated-with-goal": training_equated_with_goal,
    "unsupported-pass": unsupported_pass,
    "missing-criterion": missing_criterion,
    "training-against-detector": training_against_detector,
    "weak-verdict": weak_verdicts,
    "safe-label-contradicted": safe_label_contradicted,
    "planner-waved-away": planner_waved_away,
    "unknown-label-dangerous": unknown_label_dangerous,
    "supported-on-weak-evidence": supported_on_weak_evidence,
    "supported-on-input-tests": supported_on_input_tests,
    "planned-input-tests": planned_input_tests,
    "goal-in-praise-words": goal_in_praise_words,
    "named-scorer-optimised": named_scorer_optimised,
}
