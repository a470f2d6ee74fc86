"""Built-in checks that read the arguments an author wrote, not only whether they exist.

Completeness rules ask "is there an answer?". These ask what a reviewer asks of the
answer: does a dismissal of a failure mode name a capability the model lacks or evidence
(not the kind of model it is, or the fact that it was trained on a signal)? Does a
"pass" come with an argument, and does it sit beside parts of the story that say
otherwise? Does a label agree with its own text? Each check yields one hit per offending
item with the author's words it reacted to; the bank supplies the wording, and the word
lists they use are the bank's concepts (data, see :mod:`storybuilder.reading`).
"""

from __future__ import annotations

from collections.abc import Iterator

from storybuilder import reading
from storybuilder.rulecontext import Context, Hit, short
from storybuilder.story import ClaimStatus, FailureKind, Relevance, Story, Verdict

THIN_ARGUMENT_WORDS = 25
"""A verdict's argument shorter than this, in words, is a slogan rather than an argument."""


def _quote(quote: reading.Quote | None) -> str:
    return quote.sentence if quote else ""


_INTERNAL_MODES = ("deceptive-alignment", "mesa-optimization", "inner-alignment")
"""Failure modes about what the model is inside, where the kind of model is no answer."""


def _dismissals(story: Story) -> Iterator[tuple[str, str]]:
    for mode, entry in story.failure_modes.items():
        if entry.relevance is Relevance.DOES_NOT_APPLY and (entry.reason or "").strip():
            yield mode, entry.reason or ""


def _grounded(ctx: Context, text: str) -> bool:
    """Whether a dismissal names a capability the model lacks, or evidence."""
    return bool(
        reading.find([text], ctx.terms("capability-limit"))
        or reading.find([text], ctx.terms("empirical-evidence"))
    )


def dismissal_conflates_training_and_goal(story: Story, ctx: Context) -> Iterator[Hit]:
    """'It is trained on X, so it pursues X': outer and inner alignment run together."""
    steps = [ctx.terms("training-phrase"), ctx.terms("conclusion"), ctx.terms("pursuit")]
    for mode, reason in _dismissals(story):
        quote = reading.find_sequence([reason], steps)
        if quote:
            name = ctx.term_name("failure_modes", mode)
            yield Hit(f"failure_modes.{mode}.reason", {"item": name}, quote.sentence)


def dismissal_by_kind_of_model(story: Story, ctx: Context) -> Iterator[Hit]:
    """'It is only a predictor / language model, so it cannot ...' with no limit named."""
    steps = [ctx.terms("kind-of-model"), ctx.terms("denied-capability")]
    for mode, reason in _dismissals(story):
        if mode not in _INTERNAL_MODES:
            continue
        quote = reading.find_sequence([reason], steps)
        if quote and not _grounded(ctx, reason):
            name = ctx.term_name("failure_modes", mode)
            yield Hit(f"failure_modes.{mode}.reason", {"item": name}, quote.sentence)


def dismissal_by_zero_sum(story: Story, ctx: Context) -> Iterator[Hit]:
    """'The game is zero-sum, so no side can deceive': both sides may be one model."""
    for mode, reason in _dismissals(story):
        quote = reading.find_any([reason], ctx.terms("zero-sum"))
        if quote and not reading.find_any([reason], ctx.terms("collusion-addressed")):
            name = ctx.term_name("failure_modes", mode)
            yield Hit(f"failure_modes.{mode}.reason", {"item": name}, quote.sentence)


def dismissal_by_myopia(story: Story, ctx: Context) -> Iterator[Hit]:
    """'It is myopic, so it cannot be deceptive': short horizons do not exclude it."""
    for mode, reason in _dismissals(story):
        if mode not in _INTERNAL_MODES:
            continue
        quote = reading.find_any([reason], ctx.terms("myopia"))
        if quote and not reading.find_any([reason], ctx.terms("future-copies-addressed")):
            name = ctx.term_name("failure_modes", mode)
            yield Hit(f"failure_modes.{mode}.reason", {"item": name}, quote.sentence)


_SPECIFIC_DISMISSALS = (
    dismissal_conflates_training_and_goal,
    dismissal_by_kind_of_model,
    dismissal_by_zero_sum,
    dismissal_by_myopia,
)


def dismissal_without_grounds(story: Story, ctx: Context) -> Iterator[Hit]:
    """A dismissal that names neither a capability limit nor evidence (and no known bad
    argument, which has its own, more precise problem)."""
    flagged = {hit.source for check in _SPECIFIC_DISMISSALS for hit in check(story, ctx)}
    for mode, reason in _dismissals(story):
        source = f"failure_modes.{mode}.reason"
        if source in flagged or _grounded(ctx, reason):
            continue
        if reading.find([reason], ctx.terms("goal-not-loss-optimizer")):
            continue  # "the goal is not a loss optimizer" is the framework's own exit
        name = ctx.term_name("failure_modes", mode)
        yield Hit(source, {"item": name}, short(reason, reading.QUOTE_LIMIT))


def thin_pass(story: Story, ctx: Context) -> Iterator[Hit]:
    """A pass verdict whose argument is a slogan: too short, or giving no reason."""
    if not story.meta.advanced:
        return
    for criterion, entry in story.evaluation.items():
        argument = (entry.argument or "").strip()
        if entry.verdict is not Verdict.PASS or not argument:
            continue
        reasons = reading.find([argument], ctx.terms("reasoning"))
        if reading.word_count(argument) < THIN_ARGUMENT_WORDS or not reasons:
            name = ctx.term_name("criteria", criterion)
            yield Hit(
                f"evaluation.{criterion}.argument",
                {"item": name, "n": str(reading.word_count(argument))},
                short(argument, reading.QUOTE_LIMIT),
            )


_ALIGNMENT_CRITERIA = ("goal-alignment", "rationale-alignment")


def pass_despite_story(story: Story, ctx: Context) -> Iterator[Hit]:
    """An alignment 'pass' beside parts of the same story that say it may not hold."""
    if not story.meta.advanced:
        return
    tensions: list[str] = []
    applying = [
        ctx.term_name("failure_modes", mode)
        for mode, entry in story.failure_modes.items()
        if entry.relevance in (Relevance.APPLIES, Relevance.UNSURE)
        and mode in ("deceptive-alignment", "inner-alignment", "mesa-optimization")
    ]
    if applying:
        tensions.append("the story says " + ", ".join(applying) + " may apply")
    catastrophic = [
        n for n, r in enumerate(story.sensitivity, 1) if r.failure is FailureKind.CATASTROPHIC
    ]
    if catastrophic:
        rows = ", ".join(str(n) for n in catastrophic)
        tensions.append(f"sensitivity row {rows} can fail catastrophically")
    for criterion in _ALIGNMENT_CRITERIA:
        entry = story.evaluation.get(criterion)
        if entry is None or entry.verdict is not Verdict.PASS or not tensions:
            continue
        argument = entry.argument or ""
        if reading.find([argument], ctx.terms("tension-acknowledged")):
            continue
        name = ctx.term_name("criteria", criterion)
        yield Hit(
            f"evaluation.{criterion}.verdict",
            {"item": name, "why": "; ".join(tensions)},
            short(argument, reading.QUOTE_LIMIT),
        )


def missing_criterion(story: Story, ctx: Context) -> Iterator[Hit]:
    """An advanced story that evaluates some criteria but leaves others out (one problem)."""
    if not story.meta.advanced or not story.evaluation:
        return
    missing = [c for c in ctx.criteria if c not in story.evaluation]
    if missing:
        names = ", ".join(ctx.term_name("criteria", c) for c in missing)
        yield Hit("evaluation", {"item": names, "n": str(len(missing))})


def weak_verdicts(story: Story, ctx: Context) -> Iterator[Hit]:
    """Failed or uncertain verdicts that do not say what would settle them, as one problem.

    One problem, not one per criterion: an honest "uncertain" on every criterion is one
    open question about the evaluation, and restating it four times would make a careful
    story look worse than a careless one.
    """
    if not story.meta.advanced:
        return
    open_ones = [
        (ctx.term_name("criteria", c), e.verdict.value)
        for c, e in story.evaluation.items()
        if e.verdict in (Verdict.FAIL, Verdict.UNCERTAIN)
        and not reading.find([e.argument or ""], ctx.terms("what-would-settle"))
    ]
    if open_ones:
        yield Hit(
            "evaluation",
            {
                "item": ", ".join(name for name, _ in open_ones),
                "why": ", ".join(f"{name}: {verdict}" for name, verdict in open_ones),
            },
        )


def safe_label_contradicted(story: Story, ctx: Context) -> Iterator[Hit]:
    """A sensitivity row labelled safe whose own consequence describes a dangerous model."""
    for n, row in enumerate(story.sensitivity, 1):
        if row.failure is not FailureKind.SAFE:
            continue
        quote = reading.find([row.if_wrong or ""], ctx.terms("dangerous-outcome"), strict=True)
        if quote:
            yield Hit(
                f"sensitivity[{n - 1}]",
                {"n": str(n), "item": short(row.assumption)},
                quote.sentence,
            )


def supported_on_weak_evidence(story: Story, ctx: Context) -> Iterator[Hit]:
    """A claim marked supported whose test is asking the model or watching its outputs."""
    for n, claim in enumerate(story.claims, 1):
        if claim.status is not ClaimStatus.SUPPORTED:
            continue
        text = claim.test or ""
        weak = reading.find([text], ctx.terms("self-report"))
        if weak and not reading.find([text], ctx.terms("internal-evidence")):
            yield Hit(f"claims[{n - 1}]", {"n": str(n), "item": short(claim.claim)}, weak.sentence)


ARGUMENT_CHECKS = {
    "dismissal-conflates-training-and-goal": dismissal_conflates_training_and_goal,
    "dismissal-by-kind-of-model": dismissal_by_kind_of_model,
    "dismissal-by-zero-sum": dismissal_by_zero_sum,
    "dismissal-by-myopia": dismissal_by_myopia,
    "dismissal-without-grounds": dismissal_without_grounds,
    "thin-pass": thin_pass,
    "pass-despite-story": pass_despite_story,
    "missing-criterion": missing_criterion,
    "weak-verdict": weak_verdicts,
    "safe-label-contradicted": safe_label_contradicted,
    "supported-on-weak-evidence": supported_on_weak_evidence,
}
