"""The critic on the core bank: every class rule, structural rule and cross-section rule,
each shown to fire on a story that has the problem and to stay quiet on one that does not."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from storybuilder import critic
from storybuilder.bank import Bank, packaged_bank
from storybuilder.critic import detect, report
from storybuilder.problem import OpenProblem
from storybuilder.story import CORE_VOCABULARY, Claim, ProblemStatus, Story, Triage

GOAL_CLASSES = sorted(CORE_VOCABULARY.goal_classes)
RATIONALE_CLASSES = sorted(CORE_VOCABULARY.rationale_classes)

# A story with nothing for the structural rules to find: the class-specific and
# cross-section cases below each change one thing about it.
BASE: dict[str, Any] = {
    "meta": {"title": "Warehouse picker", "advanced": False, "training_step": True},
    "goal": {
        "classes": ["other"],
        "specification": (
            "A grasp-scoring network built from local geometric features of the point cloud; "
            "it contains no planner and no model of the people in the warehouse."
        ),
        "desirability": "Any model meeting this specification only scores grasps, so it cannot pursue goals.",
    },
    "rationale": {
        "classes": ["other"],
        "constraints": (
            "The model must fit the labelled grasps, which local features can do because grasps "
            "are local; deployment warehouses differ from training ones only in layout, so new "
            "situations look like the old ones."
        ),
        "nudges": "Local features are the simplest fit, since the labels depend only on nearby geometry.",
    },
    "claims": [
        {"claim": "Scores depend only on points within 10 cm.", "test": "Ablate distant points."}
    ],
    "sensitivity": [
        {
            "assumption": "Labels are local.",
            "if_wrong": "It learns scene context.",
            "failure": "safe",
        }
    ],
    "answers": {
        "goal-other-describe": "A perception-only scorer; its weak point is learning scene context.",
        "rationale-other-describe": "Locality of the labels; weak if labels leak global context.",
    },
}


def merge(base: dict[str, Any], change: dict[str, Any]) -> dict[str, Any]:
    result = copy.deepcopy(base)
    for key, value in change.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = merge(result[key], value)
        else:
            result[key] = value
    return result


@pytest.fixture(scope="module")
def core() -> Bank:
    return packaged_bank("core")


def fired(core: Bank, change: dict[str, Any], *, follow_ups: bool = True) -> set[str]:
    data = merge(BASE, change)
    if not follow_ups:
        data["answers"] = {}  # the class tests start from unanswered follow-ups
    story = Story.model_validate(data)
    # A grouped problem stands for the rules it lists; each rule is what is tested here.
    return {rule for p in detect(story, core) for rule in (p.members or (p.rule,)) if rule}


def test_the_base_story_raises_nothing(core: Bank) -> None:
    assert fired(core, {}) == set()


def prefix_of(class_id: str, kind: str) -> tuple[str, ...]:
    special = {
        ("goal", "other"): ("goal-other-",),
        ("rationale", "other"): ("rationale-other-",),
        ("goal", "myopic-agent"): ("myopic-", "myopia-"),
        ("goal", "fully-aligned-agent"): ("fully-aligned-",),
        ("goal", "corrigible-agent"): ("corrigible-",),
        ("rationale", "capability-limitations"): ("capability-limit",),
    }
    return special.get((kind, class_id), (class_id + "-",))


@pytest.mark.parametrize("goal_class", GOAL_CLASSES)
def test_each_goal_class_raises_its_weak_point(core: Bank, goal_class: str) -> None:
    prefixes = prefix_of(goal_class, "goal")
    chosen = {
        r
        for r in fired(core, {"goal": {"classes": [goal_class]}}, follow_ups=False)
        if r.startswith(prefixes)
    }
    assert chosen, f"choosing {goal_class} raised none of its rules"
    others = [c for c in GOAL_CLASSES if c != goal_class]
    not_chosen = fired(core, {"goal": {"classes": others}}, follow_ups=False)
    assert not {r for r in not_chosen if r.startswith(prefixes)}


@pytest.mark.parametrize("rationale_class", RATIONALE_CLASSES)
def test_each_rationale_class_raises_its_weak_point(core: Bank, rationale_class: str) -> None:
    prefixes = prefix_of(rationale_class, "rationale")
    chosen = {
        r
        for r in fired(core, {"rationale": {"classes": [rationale_class]}}, follow_ups=False)
        if r.startswith(prefixes)
    }
    assert chosen, f"choosing {rationale_class} raised none of its rules"
    others = [c for c in RATIONALE_CLASSES if c != rationale_class]
    assert not {
        r
        for r in fired(core, {"rationale": {"classes": others}}, follow_ups=False)
        if r.startswith(prefixes)
    }


@pytest.mark.parametrize(
    ("goal_class", "rule", "answers"),
    [
        (
            "simulator",
            "simulator-resource-agency",
            {
                "simulator-resource-management": "A fixed compute budget per step, set outside the model."
            },
        ),
        (
            "task-model",
            "task-model-optimizer-not-excluded",
            {"task-model-no-optimizer": "Depth two network: too shallow for search."},
        ),
        (
            "pure-predictor",
            "pure-predictor-self-fulfilling",
            {"pure-predictor-outputs-isolated": "yes"},
        ),
        (
            "myopic-agent",
            "myopic-future-copies",
            {"myopic-copies": "Copies cannot coordinate: no shared memory across episodes."},
        ),
        (
            "truthful-qa",
            "truthful-qa-human-imitator",
            {"truthful-qa-human-imitator": "Questions where annotators are known to be wrong."},
        ),
    ],
)
def test_answering_the_follow_up_settles_the_class_rule(
    core: Bank, goal_class: str, rule: str, answers: dict[str, str]
) -> None:
    assert rule in fired(core, {"goal": {"classes": [goal_class]}})
    assert rule not in fired(core, {"goal": {"classes": [goal_class]}, "answers": answers})


STRUCTURAL: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    ("missing-specification", {"goal": {"specification": None}}, {}),
    ("missing-desirability", {"goal": {"desirability": None}}, {}),
    ("missing-constraints", {"rationale": {"constraints": None}}, {}),
    ("missing-nudges", {"rationale": {"nudges": None}}, {}),
    (
        "desirability-one-model",
        {"goal": {"desirability": "Our model is a good and harmless grasp scorer."}},
        {},
    ),
    (
        "rationale-no-argument",
        {
            "rationale": {
                "constraints": "We use a CNN with dropout.",
                "nudges": "We train with SGD for ten epochs.",
            }
        },
        {},
    ),
    (
        "inductive-bias-only",
        {"rationale": {"classes": ["inductive-bias"]}},
        {"rationale": {"classes": ["inductive-bias", "transparency"]}},
    ),
    (
        "behavioral-specification",
        {"goal": {"specification": "It picks items from shelves quickly and with 99% accuracy."}},
        {},
    ),
    (
        "unsure-failure-mode",
        {"failure_modes": {"mesa-optimization": {"relevance": "unsure"}}},
        {
            "failure_modes": {
                "mesa-optimization": {"relevance": "applies", "mitigation": "Depth limit."}
            }
        },
    ),
    ("claim-without-test", {"claims": [{"claim": "No planning."}]}, {}),
    (
        "falsified-claim",
        {"claims": [{"claim": "No planning.", "test": "Probe.", "status": "falsified"}]},
        {"claims": [{"claim": "No planning.", "test": "Probe.", "status": "supported"}]},
    ),
    (
        "supported-without-evidence",
        {"claims": [{"claim": "No planning.", "test": "Probe.", "status": "supported"}]},
        {
            "claims": [
                {
                    "claim": "No planning.",
                    "test": "Probe.",
                    "status": "supported",
                    "evidence": "Run 2026-03-probe-17",
                }
            ]
        },
    ),
    ("no-claims", {"claims": []}, {}),
    ("no-sensitivity-analysis", {"sensitivity": []}, {}),
    (
        "catastrophic-sensitivity",
        {
            "sensitivity": [
                {"assumption": "Labels are local.", "if_wrong": "x", "failure": "catastrophic"}
            ]
        },
        {},
    ),
    (
        "unknown-sensitivity",
        {
            "sensitivity": [
                {"assumption": "Labels are local.", "if_wrong": "x", "failure": "unknown"}
            ]
        },
        {},
    ),
    ("advanced-no-evaluation", {"meta": {"advanced": True}}, {"meta": {"advanced": False}}),
    (
        "weak-verdict",
        {
            "meta": {"advanced": True},
            "evaluation": {"goal-alignment": {"verdict": "uncertain", "argument": "Unclear."}},
        },
        {
            "meta": {"advanced": True},
            "evaluation": {"goal-alignment": {"verdict": "pass", "argument": "It only scores."}},
        },
    ),
    (
        "goal-alignment-unargued",
        {"evaluation": {"goal-alignment": {"verdict": "pass"}}},
        {"evaluation": {"goal-alignment": {"verdict": "pass", "argument": "It only scores."}}},
    ),
    (
        "skipped-question",
        {"interview": {"bank": "core", "skipped": ["summary"]}},
        {"interview": {"bank": "core", "skipped": ["record-anyway"]}},
    ),
    (
        "unsure-answer",
        {"goal": {"classes": ["narrow-agent"]}, "answers": {"narrow-agent-outside-info": "unsure"}},
        {"goal": {"classes": ["narrow-agent"]}, "answers": {"narrow-agent-outside-info": "no"}},
    ),
]

CROSS_SECTION: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    (
        "myopic-long-horizon-nudges",
        {
            "goal": {"classes": ["myopic-agent"]},
            "rationale": {
                "nudges": "Training maximizes the discounted return over the whole episode, so it learns to plan."
            },
        },
        {"goal": {"classes": ["myopic-agent"]}},
    ),
    (
        "unguarded-failure-mode",
        {"failure_modes": {"objective-misgeneralization": {"relevance": "applies"}}},
        {
            "failure_modes": {"objective-misgeneralization": {"relevance": "applies"}},
            "sensitivity": [
                {
                    "assumption": "No objective misgeneralization across warehouses.",
                    "if_wrong": "x",
                    "failure": "safe",
                }
            ],
        },
    ),
    (
        "pure-predictor-acting-desirability",
        {
            "goal": {
                "classes": ["pure-predictor"],
                "desirability": "Any such model is safe because it can take actions to stop misuse.",
            }
        },
        {"goal": {"classes": ["pure-predictor"]}},
    ),
    (
        "transparency-no-claims",
        {"rationale": {"classes": ["transparency"]}, "claims": []},
        {"rationale": {"classes": ["transparency"]}},
    ),
    (
        "capability-limits-yet-deception-applies",
        {
            "rationale": {"classes": ["capability-limitations"]},
            "failure_modes": {"deceptive-alignment": {"relevance": "applies"}},
        },
        {
            "rationale": {"classes": ["capability-limitations"]},
            "failure_modes": {
                "deceptive-alignment": {
                    "relevance": "applies",
                    "mitigation": "The protocol assumes a scheming model; nothing relies on it "
                    "being honest.",
                }
            },
        },
    ),
    (
        "myopia-assumed-to-exclude-deception",
        {
            "goal": {"classes": ["myopic-agent"]},
            "failure_modes": {
                "deceptive-alignment": {"relevance": "does-not-apply", "reason": "It cannot be."}
            },
        },
        {
            "goal": {"classes": ["myopic-agent"]},
            "failure_modes": {
                "deceptive-alignment": {"relevance": "applies", "mitigation": "Checks."}
            },
        },
    ),
    (
        "deceptive-alignment-dismissed",
        {
            "meta": {"advanced": True},
            "failure_modes": {"deceptive-alignment": {"relevance": "does-not-apply"}},
        },
        {
            "meta": {"advanced": True},
            "failure_modes": {
                "deceptive-alignment": {
                    "relevance": "does-not-apply",
                    "reason": "No model of training.",
                }
            },
        },
    ),
    (
        "deception-behavioral-checks-only",
        {
            "rationale": {"classes": ["inductive-bias"]},
            "failure_modes": {"deceptive-alignment": {"relevance": "applies", "mitigation": "m"}},
        },
        {
            "rationale": {"classes": ["inductive-bias", "transparency"]},
            "failure_modes": {"deceptive-alignment": {"relevance": "applies", "mitigation": "m"}},
        },
    ),
    (
        "unintended-mesa-optimization",
        {
            "goal": {"classes": ["task-model"]},
            "failure_modes": {"mesa-optimization": {"relevance": "does-not-apply"}},
        },
        {
            "goal": {"classes": ["task-model"]},
            "rationale": {"classes": ["capability-limitations"]},
            "failure_modes": {"mesa-optimization": {"relevance": "does-not-apply"}},
        },
    ),
    (
        "loss-minimizing-outer-alignment",
        {
            "goal": {"classes": ["loss-minimizing"]},
            "failure_modes": {"outer-alignment": {"relevance": "does-not-apply"}},
        },
        {
            "goal": {"classes": ["loss-minimizing"]},
            "failure_modes": {"outer-alignment": {"relevance": "applies", "mitigation": "m"}},
        },
    ),
]


@pytest.mark.parametrize(
    ("rule", "fires", "quiet"),
    STRUCTURAL + CROSS_SECTION,
    ids=[c[0] for c in STRUCTURAL + CROSS_SECTION],
)
def test_rule_fires_and_stays_quiet(
    core: Bank, rule: str, fires: dict[str, Any], quiet: dict[str, Any]
) -> None:
    assert rule in fired(core, fires)
    assert rule not in fired(core, quiet)


def test_every_rule_of_the_core_bank_is_tested(core: Bank) -> None:
    from tests.test_critic_arguments import ARGUMENT_CASES

    tested = {rule for rule, _, _ in STRUCTURAL + CROSS_SECTION + ARGUMENT_CASES}
    class_rules = {
        r.id
        for r in core.rules
        if any(r.id.startswith(prefix_of(c, "goal")) for c in GOAL_CLASSES)
        or any(r.id.startswith(prefix_of(c, "rationale")) for c in RATIONALE_CLASSES)
    }
    failure_mode_rules = {r.id for r in core.rules if r.id.endswith("-not-considered")}
    untested = {r.id for r in core.rules} - tested - class_rules - failure_mode_rules
    assert untested <= {
        "goal-class-not-chosen",
        "rationale-class-not-chosen",
        "rationale-alignment-unargued",
        "goal-competitiveness-unargued",
        "rationale-competitiveness-unargued",
        "goal-alignment-pass-unspecified",
    }


@pytest.mark.parametrize(
    "mode",
    [
        "objective-misgeneralization",
        "mesa-optimization",
        "outer-alignment",
        "inner-alignment",
        "deceptive-alignment",
    ],
)
def test_each_failure_mode_must_be_considered_in_an_advanced_proposal(
    core: Bank, mode: str
) -> None:
    rule = f"{mode}-not-considered"
    # With no failure mode considered at all there is one problem for all five; once the
    # author has answered one, each missing one is its own problem.
    assert fired(core, {"meta": {"advanced": True}}) >= {"failure-modes-not-considered"}
    other = "deceptive-alignment" if mode != "deceptive-alignment" else "mesa-optimization"
    another_answered = {
        "meta": {"advanced": True},
        "failure_modes": {other: {"relevance": "applies", "mitigation": "m"}},
    }
    assert rule in fired(core, another_answered)
    considered = merge(
        another_answered, {"failure_modes": {mode: {"relevance": "applies", "mitigation": "m"}}}
    )
    assert rule not in fired(core, considered)


def test_triage_changes_status_not_detection(core: Bank) -> None:
    story = Story.model_validate(
        merge(
            BASE,
            {
                "claims": [],
                "triage": {"no-claims": {"status": "addressed", "note": "See appendix."}},
            },
        )
    )
    [problem] = [p for p in detect(story, core) if p.rule == "no-claims"]
    assert problem.status.value == "addressed" and problem.note == "See appendix."


def test_no_training_step_reports_scope_not_problems(core: Bank) -> None:
    story = Story.model_validate({"meta": {"training_step": False}})
    result = report(story, core, "x.toml")
    assert result.applicable is False
    assert result.problems == []


def test_check_rules_name_the_offending_item(core: Bank) -> None:
    story = Story.model_validate(
        merge(BASE, {"claims": [{"claim": "A"}, {"claim": "B", "test": "t"}, {"claim": "C"}]})
    )
    titles = sorted(p.title for p in detect(story, core) if p.rule == "claim-without-test")
    sources = sorted(p.source or "" for p in detect(story, core) if p.rule == "claim-without-test")
    assert len(titles) == 2 and sources == ["claims[0]", "claims[2]"]
    assert any("1" in t for t in titles) and any("3" in t for t in titles)


def _claims_story(*texts: str, triage: dict[str, Triage] | None = None) -> Story:
    return Story(claims=[Claim(claim=t) for t in texts], triage=triage or {})


def test_each_untested_claim_has_its_own_key_that_survives_deleting_another() -> None:
    bank = packaged_bank()
    before = [p.key for p in detect(_claims_story("Uses shape", "Ignores texture"), bank)]
    after = [p.key for p in detect(_claims_story("Ignores texture"), bank)]
    assert "claim-without-test:uses-shape" in before
    assert "claim-without-test:ignores-texture" in before
    assert "claim-without-test:ignores-texture" in after


def test_two_problems_of_one_rule_are_triaged_apart() -> None:
    bank = packaged_bank()
    accepted = Triage(status=ProblemStatus.ACCEPTED, note="Tested after training.")
    story = _claims_story(
        "Uses shape", "Ignores texture", triage={"claim-without-test:uses-shape": accepted}
    )
    found = {p.key: p for p in detect(story, bank) if p.rule == "claim-without-test"}
    assert found["claim-without-test:uses-shape"].status is ProblemStatus.ACCEPTED
    assert found["claim-without-test:uses-shape"].note == "Tested after training."
    assert found["claim-without-test:ignores-texture"].status is ProblemStatus.OPEN


def test_a_decision_under_the_bare_rule_id_still_covers_every_problem_of_the_rule() -> None:
    bank = packaged_bank()
    accepted = Triage(status=ProblemStatus.ACCEPTED, note="All later.")
    story = _claims_story("Uses shape", "Ignores texture", triage={"claim-without-test": accepted})
    statuses = {p.status for p in detect(story, bank) if p.rule == "claim-without-test"}
    assert statuses == {ProblemStatus.ACCEPTED}


def _problem(rule: str, evidence: str | None = None) -> OpenProblem:
    return OpenProblem(
        rule=rule,
        title=f"Title of {rule}",
        detail="Detail.",
        status=ProblemStatus.OPEN,
        note=None,
        source="goal-specification",
        evidence=evidence,
    )


def test_past_fifteen_problems_the_rest_are_one_list_of_further_questions(core: Bank) -> None:
    # Twelve that quote the story, eight that only ask what is missing.
    quoting = [_problem(f"quoting-{n}", evidence="the author's sentence") for n in range(12)]
    asking = [_problem(f"asking-{n}") for n in range(8)]
    shown = critic._capped(Story(), core, quoting + asking)
    assert len(shown) == critic.MOST_PROBLEMS
    further = shown[-1]
    assert further.rule == critic.FURTHER_QUESTIONS
    # Nothing is dropped: the six folded problems are listed, and the ones that quote the
    # story keep their own lines.
    assert further.members == tuple(f"asking-{n}" for n in range(2, 8))
    assert [p.rule for p in shown[:-1]] == [
        *(p.rule for p in quoting),
        "asking-0",
        "asking-1",
    ]
    assert "Title of asking-7" in further.detail


def test_fifteen_problems_or_fewer_are_shown_as_they_are(core: Bank) -> None:
    problems = [_problem(f"rule-{n}") for n in range(15)]
    assert critic._capped(Story(), core, problems) == problems


def test_decided_problems_keep_their_lines_and_the_list_is_triaged_once(core: Bank) -> None:
    decided = [_problem(f"decided-{n}")._replace(status=ProblemStatus.ACCEPTED) for n in range(17)]
    # A decided problem keeps its own line: only open ones are folded.
    assert critic._capped(Story(), core, decided) == decided
    problems = [_problem(f"rule-{n}") for n in range(17)]
    story = Story(
        triage={critic.FURTHER_QUESTIONS: Triage(status=ProblemStatus.ACCEPTED, note="Later.")}
    )
    shown = critic._capped(story, core, problems)
    assert len(shown) == 15
    assert shown[-1].status is ProblemStatus.ACCEPTED and shown[-1].note == "Later."


def test_skipped_questions_are_listed_one_by_one_past_the_limit(core: Bank) -> None:
    # The author's own skipped questions are their to-do list, not the critic's findings.
    skipped = [_problem("skipped-question") for _ in range(10)]
    findings = [_problem(f"rule-{n}") for n in range(15)]
    assert critic._capped(Story(), core, skipped + findings) == skipped + findings


def test_a_rule_stays_quiet_when_the_story_discusses_it_elsewhere(core: Bank) -> None:
    # simulator-target-unspecified fires on an unanswered follow-up, unless the story's
    # prose says what is simulated anywhere (unless_discussed).
    simulator = {"goal": {"classes": ["simulator"]}}
    assert "simulator-target-unspecified" in fired(core, simulator, follow_ups=False)
    said = {
        "goal": {
            "classes": ["simulator"],
            "specification": "It simulates the plant's thermal response to each control move.",
        }
    }
    assert "simulator-target-unspecified" not in fired(core, said, follow_ups=False)
