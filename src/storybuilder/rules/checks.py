"""Built-in structural checks that bank rules can name with ``check = "..."``.

Most open-problem rules are conditions in the bank. Some need to look at every item of
a list (each claim, each sensitivity row, each failure mode, each skipped question) and
report each offending item on its own; those are the checks here. A check only reads
the story; the bank supplies the problem's title and explanation, with ``{item}``,
``{n}``, ``{question}`` and ``{why}`` filled in from each hit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from storybuilder import shipped_regexes
from storybuilder.item_ids import row_ids
from storybuilder.rules import reading
from storybuilder.rules.arguments import ARGUMENT_CHECKS
from storybuilder.rules.context import Context, Hit, claim_hit, row_hit, short
from storybuilder.rules.instruments import INSTRUMENT_CHECKS
from storybuilder.rules.mechanism import assess
from storybuilder.story import ClaimStatus, FailureKind, Relevance, Story

__all__ = ["CHECKS", "Check", "Context", "Hit"]


Check = Callable[[Story, Context], Iterator[Hit]]


def claim_without_test(story: Story, ctx: Context) -> Iterator[Hit]:
    watching = ctx.terms("watching-only")
    deferred = ctx.terms("test-deferred")
    for n, claim in enumerate(story.claims, 1):
        if claim.claim.strip() and not _names_a_test(claim.test or "", watching, deferred):
            yield claim_hit(story, n)


VAGUE_TEST_WORDS = 6
"""A test this short that only says someone will watch ("Monitored in production.")
names no procedure."""

DEFERRED_TEST_WORDS = 15
"""A test this short that puts the test off ("To be looked into after the first season.")
names no procedure either."""


def _names_a_test(test: str, watching: Sequence[str], deferred: Sequence[str] = ()) -> bool:
    words = test.split()
    return bool(words) and not (
        (len(words) < VAGUE_TEST_WORDS and reading.find_any([test], watching))
        or (len(words) < DEFERRED_TEST_WORDS and reading.find_any([test], deferred))
    )


def supported_without_evidence(story: Story, ctx: Context) -> Iterator[Hit]:
    """A claim marked supported that does not say where the evidence is."""
    for n, claim in enumerate(story.claims, 1):
        if claim.status is ClaimStatus.SUPPORTED and not (claim.evidence or "").strip():
            yield claim_hit(story, n)


def falsified_claim(story: Story, ctx: Context) -> Iterator[Hit]:
    for n, claim in enumerate(story.claims, 1):
        if claim.status is ClaimStatus.FALSIFIED:
            yield claim_hit(story, n)


def catastrophic_sensitivity(story: Story, ctx: Context) -> Iterator[Hit]:
    # One problem for every such row: the open question is the same (can the story be
    # made to fail safely?). It is decided row by row (items), so that accepting it does
    # not accept a catastrophic row added later.
    # A row that names a guard that does not rely on the model (a hard trigger, an
    # interlock, a limit the model cannot change) has been made to fail safely: that is
    # what the rule asks for. The guard may be the assumption itself ("the limiter is set
    # by the audiologist and cannot be changed by the assistant").
    guards = ctx.terms("independent-guard")
    rows = [
        n
        for n, row in enumerate(story.sensitivity, 1)
        if row.failure is FailureKind.CATASTROPHIC
        and not reading.find([row.assumption, row.if_wrong or ""], guards, strict=True)
    ]
    if rows:
        first = story.sensitivity[rows[0] - 1]
        ids = row_ids(story)
        yield Hit(
            f"sensitivity[{rows[0] - 1}]",
            {
                "n": _numbers(rows),
                "which": ("assumptions " if len(rows) > 1 else "assumption ") + _numbers(rows),
                "is": "are" if len(rows) > 1 else "is",
                "item": short(first.assumption).rstrip(".")
                + (f" and {len(rows) - 1} more" if len(rows) > 1 else ""),
            },
            refs=tuple(f"sensitivity[{n - 1}]" for n in rows),
            items=tuple(ids[n - 1] for n in rows),
        )


def _numbers(ns: list[int]) -> str:
    return ", ".join(str(n) for n in ns[:-1]) + (" and " if len(ns) > 1 else "") + str(ns[-1])


def unknown_sensitivity(story: Story, ctx: Context) -> Iterator[Hit]:
    # A row that already says what training would produce instead is an honest "we do
    # not know how bad that is"; the open problem is a row that has not worked it out.
    for n, row in enumerate(story.sensitivity, 1):
        if (
            row.assumption.strip()
            and row.failure is FailureKind.UNKNOWN
            and len((row.if_wrong or "").split()) < UNKNOWN_ROW_WORDS
        ):
            yield row_hit(story, n)


UNKNOWN_ROW_WORDS = 6
"""A consequence this long or longer says what training would produce instead: an honest
"unknown" about how bad that is, not a row left unworked ("It games them.")."""


def unsure_failure_mode(story: Story, ctx: Context) -> Iterator[Hit]:
    # One problem naming them all: each is the same open question about the story. It
    # is decided mode by mode (items), so that a mode marked unsure later is not covered.
    modes = [m for m, e in story.failure_modes.items() if e.relevance is Relevance.UNSURE]
    if modes:
        yield _modes_hit(ctx, modes, ".relevance", "or")


def unguarded_failure_mode(story: Story, ctx: Context) -> Iterator[Hit]:
    """Failure modes that apply, with no mitigation (or one the author calls partial or
    none) and no sensitivity row about them, as one problem.

    An author who honestly marks several modes as applying asks one question of the
    story (what guards against these?); one problem per mode would make the careful
    story look worse than one that marks nothing. It is decided mode by mode (items)."""
    modes: list[str] = []
    for mode, entry in story.failure_modes.items():
        if entry.relevance is not Relevance.APPLIES or _guards(entry.mitigation, entry.reason):
            continue
        name = ctx.term_name("failure_modes", mode)
        words = {mode.replace("-", " "), name.lower()}
        covered = any(
            any(w in f"{row.assumption} {row.if_wrong or ''}".lower() for w in words)
            for row in story.sensitivity
        )
        if not covered:
            modes.append(mode)
    if modes:
        yield _modes_hit(ctx, modes, "", "and")


def _modes_hit(ctx: Context, modes: list[str], field: str, conjunction: str) -> Hit:
    """One problem about several failure modes, naming each ("A, B or C"), decided mode
    by mode. ``field`` is the part of each mode's entry it concerns (".relevance", or "")."""
    names = [ctx.term_name("failure_modes", m) for m in modes]
    joined = ", ".join(names[:-1]) + (f" {conjunction} " if len(names) > 1 else "") + names[-1]
    return Hit(
        f"failure_modes.{modes[0]}{field}",
        {"item": joined},
        refs=tuple(f"failure_modes.{m}{field}" for m in modes),
        items=tuple(modes),
    )


_PARTIAL_GUARD = shipped_regexes.compile(
    r"\b(?:catch|stop|find|detect|block)(?:e?s)? "
    r"(?:only some\b|some\b[^.;]{0,60}\bnot (?:all|every|the rest)\b)|"
    r"\bnot (?:a )?(?:complete|full|sufficient|reliable) (?:check|guard|window|defen[cs]e|test)\b|"
    # "would pass every test we have", "nothing further yet": no guard that would catch it.
    r"\bwould pass (?:every|all|each|any) (?:of )?(?:the )?(?:tests?|checks?)\b|"
    r"\bnothing (?:further|more|else) yet\b|"
    # "nothing in the setup rules this out", "we cannot rule it out": whatever is named
    # as a guard, the author says it does not stop the mode.
    r"\bnothing (?:we do|we have|here|(?:in|about) (?:the|our) (?:setup|design|training|method))"
    r" rules (?:this|it|that) out\b|"
    r"\b(?:cannot|can't|could not|(?:do|does|did|would|will)(?: not|n't)|won't)"
    r" rule (?:this|it|that) out\b|"
    # "No worst-case check is available": the guards named hold on average at best.
    r"\bno worst[- ]case (?:check|test|guarantee|guard|bound)s?\b",
    re.IGNORECASE,
)
"""A reason that says the guards against its mode work only sometimes, that one of them
"is not a complete check", that the mode "would pass every test we have", that nothing
"rules this out" or a fact "does not rule that out", or a mitigation that ends "nothing
further yet" or admits "no worst-case check"."""

_NO_GUARD = shipped_regexes.compile(
    r"\s*(?:none|nothing|no mitigation|n/a|(?:still\s+)?open(?=\s*[.:;,]))\b", re.IGNORECASE
)


def _guards(mitigation: str | None, reason: str | None) -> bool:
    """Whether a mitigation claims to guard: "None beyond the tests", "Open. The probe is
    kept out of training" or "these are partial"
    says it does not, nor does a reason that says the guards "catch some such cases, not
    all"."""
    text = (mitigation or "").strip()
    return (
        bool(text)
        and not _NO_GUARD.match(text)
        and not reading.ADMISSIONS.search(text)
        and not _PARTIAL_GUARD.search(reason or "")
        and not _PARTIAL_GUARD.search(text)
    )


def skipped_question(story: Story, ctx: Context) -> Iterator[Hit]:
    for qid in story.interview.skipped:
        if qid in ctx.reachable:
            yield Hit(qid, {"question": ctx.prompts.get(qid, qid), "item": qid}, item=qid)


def unsure_answer(story: Story, ctx: Context) -> Iterator[Hit]:
    for qid in sorted(ctx.yes_no_unsure & ctx.reachable):
        if story.answers.get(qid) == "unsure":
            yield Hit(qid, {"question": ctx.prompts.get(qid, qid), "item": qid}, item=qid)


def _corrigible_unexplained(story: Story) -> bool:
    """A corrigible goal whose follow-up on the mechanism is unanswered."""
    answer = story.answers.get("corrigible-mechanism")
    return "corrigible-agent" in story.goal.classes and not (
        isinstance(answer, str) and answer.strip()
    )


def corrigible_behavioural(story: Story, ctx: Context) -> Iterator[Hit]:
    """Corrigibility given as behaviours: a corrigible goal with a behavioural specification
    and no mechanism described in the follow-up (replaces the general behavioural check)."""
    text = story.goal.specification or ""
    if not _corrigible_unexplained(story) or not text.strip():
        return
    verdict = assess(text)
    if verdict.behavioral_only:
        cues = ", ".join(f"“{c}”" for c in verdict.behavior_cues) or "(no mechanism words)"
        yield Hit(
            "corrigible-mechanism", {"why": verdict.explanation, "item": cues}, short(text, 160)
        )


def behavioral_specification(story: Story, ctx: Context) -> Iterator[Hit]:
    text = story.goal.specification or ""
    if not text.strip() or _corrigible_unexplained(story):
        return  # a corrigible goal's behavioural specification has its own, sharper problem
    verdict = assess(text)
    if verdict.behavioral_only:
        cues = ", ".join(f"“{c}”" for c in verdict.behavior_cues) or "(no mechanism words)"
        yield Hit("goal.specification", {"why": verdict.explanation, "item": cues})


CHECKS: dict[str, Check] = {
    "claim-without-test": claim_without_test,
    "falsified-claim": falsified_claim,
    "supported-without-evidence": supported_without_evidence,
    "catastrophic-sensitivity": catastrophic_sensitivity,
    "unknown-sensitivity": unknown_sensitivity,
    "unsure-failure-mode": unsure_failure_mode,
    "unguarded-failure-mode": unguarded_failure_mode,
    "skipped-question": skipped_question,
    "unsure-answer": unsure_answer,
    "behavioral-specification": behavioral_specification,
    "corrigible-behavioural": corrigible_behavioural,
    **ARGUMENT_CHECKS,
    **INSTRUMENT_CHECKS,
}
"""Check name (as written in a bank rule) -> the check."""
