"""The critic reads what the author argued: each argument rule fires on a story with the
weakness and stays quiet on the same story with the weakness answered in the author's
own words (not in a bank follow-up)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from storybuilder.bank import Bank, packaged_bank
from storybuilder.critic import detect
from storybuilder.story import Story
from tests.test_critic import BASE, merge

DATA = Path(__file__).parent / "data"

ADV: dict[str, Any] = {"meta": {"advanced": True}}


def dismissal(mode: str, reason: str) -> dict[str, Any]:
    return {"failure_modes": {mode: {"relevance": "does-not-apply", "reason": reason}}}


def verdict(criterion: str, value: str, argument: str) -> dict[str, Any]:
    return {
        "meta": {"advanced": True},
        "evaluation": {criterion: {"verdict": value, "argument": argument}},
    }


def with_nudges(text: str, **more: Any) -> dict[str, Any]:
    change: dict[str, Any] = {"rationale": {"nudges": text}}
    return merge(change, more)


def predictor_with_nudges(text: str, **more: Any) -> dict[str, Any]:
    """A pure predictor's story with these nudges."""
    return with_nudges(text, goal={"classes": ["pure-predictor"]}, **more)


def safe_row(if_wrong: str) -> dict[str, Any]:
    """A story whose one sensitivity row is labelled safe, with this consequence."""
    return {"sensitivity": [{"assumption": "A.", "if_wrong": if_wrong, "failure": "safe"}]}


LONG_PASS = (
    "We considered the rival models that fit the data, a scene-context scorer and a "
    "memorising lookup, and each comes out safe because neither can act beyond scoring a "
    "grasp; a probe of the activations would show scene context if it were there."
)

LEARNED_REWARD_ANSWERS = {
    **BASE["answers"],
    "training-setup": ["imitation", "learned-reward"],
    "training-judge": ["learned-judge", "people-partly"],
}
"""An author who answered that a learned reward, judged partly by people, trains the model."""


PROGRAMMED_REWARD_ANSWERS = {
    **BASE["answers"],
    "training-setup": ["programmed-reward"],
    "training-judge": ["program"],
}
"""An author who answered that a programmed reward, judged by a program, trains the model."""

PEOPLE_DECIDE_PEOPLE_JUDGE = {
    **BASE["answers"],
    "training-setup": ["imitation", "debate-amplification"],
    "training-judge": ["people-partly"],
    "outputs-used": ["people-decide"],
}
"""An author whose model's outputs go to people who decide, with people partly judging."""

LEARNED_REWARD_TO_SUBJECTS = {
    **BASE["answers"],
    "training-setup": ["learned-reward"],
    "outputs-used": ["reach-subjects"],
}
"""An author whose model, trained against a learned reward, sends its outputs to the
people they concern."""


def acceptance_scored(constraints: str) -> dict[str, Any]:
    """A story whose notes are optimised for a nurse's acceptance, a judge model scoring
    the cases without a recorded decision as these constraints say."""
    return {
        "answers": {
            **BASE["answers"],
            "training-setup": ["programmed-reward"],
            "training-judge": ["learned-judge", "recorded-data"],
            "outputs-used": ["people-decide", "become-training-data"],
        },
        "goal": {
            "desirability": "Each shown note comes with a short reason, optimised for "
            "acceptance by the ward nurse."
        },
        "rationale": {"constraints": constraints},
    }


def deception_applies(reason: str, mitigation: str) -> dict[str, Any]:
    """A story that marks deceptive alignment as applying, with this reason and guard."""
    return {
        "failure_modes": {
            "deceptive-alignment": {
                "relevance": "applies",
                "reason": reason,
                "mitigation": mitigation,
            }
        }
    }


ARGUMENT_CASES: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    (
        # A reward trains it, and nothing weighs whether its best score is wanted.
        "reward-target-unweighed",
        {"answers": {"training-setup": ["programmed-reward"], "training-judge": ["program"]}},
        {
            "answers": {"training-setup": ["programmed-reward"], "training-judge": ["program"]},
            "failure_modes": {
                "outer-alignment": {
                    "relevance": "applies",
                    "reason": "Fast closures are not the same as clean shelters.",
                }
            },
        },
    ),
    (
        # "Which strategy would be stable if reached" is an end state; evidence about the
        # path that is itself called open is no evidence.
        "end-state-without-path",
        with_nudges(
            "The game argument says which strategy would be stable if reached. Collusion and "
            "our lack of evidence about the training path are all open."
        ),
        with_nudges(
            "The game argument says which strategy would be stable if reached; checkpoints "
            "saved every 500 steps show the training path passing through no other strategy."
        ),
    ),
    (
        # "A few GPU-days suffice": a cost called enough, not measured.
        "training-cost-assumed-small",
        verdict(
            "rationale-competitiveness",
            "pass",
            "Open data and a few GPU-days suffice; no basin-by-basin calibration is needed.",
        ),
        verdict(
            "rationale-competitiveness",
            "uncertain",
            "Training took 3 GPU-days on 500 basins; gauge records are the limit where they "
            "are scarce, and we expect that cost to grow.",
        ),
    ),
    (
        # Naming the wider world is the topic, not what keeps the agent out of it.
        "narrow-agent-world-modelling",
        with_nudges(
            "On the wider world: it knows groundwork, so it will not come to model people.",
            goal={"classes": ["narrow-agent"]},
        ),
        with_nudges(
            "It sees only soil readings and the weather; nothing in its inputs names a person.",
            goal={"classes": ["narrow-agent"]},
        ),
    ),
    (
        # Drawing a sample to compare is a check, and a quarterly one leaves the quarter.
        "check-windows",
        with_nudges(
            "The office draws 20 sheets at each quarter end and compares them with the paper."
        ),
        with_nudges("The office compares every sheet with the paper at every gradient step."),
    ),
    (
        # The summary says what the model is trained to copy as well as the goal does.
        "imitation-target-unargued",
        {"meta": {"summary": "A reader trained by imitation of double-keyed transcriptions."}},
        {
            "meta": {"summary": "A reader trained by imitation of double-keyed transcriptions."},
            "goal": {
                "desirability": "Demonstrators' own mistakes are filtered, and in new "
                "situations it defers."
            },
        },
    ),
    (
        # A release that does not change between retrains is checked release by release.
        "continued-training-drift",
        with_nudges("Retraining happens quarterly and uses new contact-centre transcripts only."),
        with_nudges(
            "Retraining happens quarterly and uses new contact-centre transcripts only; the "
            "deployed version does not change between quarters."
        ),
    ),
    (
        "continued-training-drift",
        with_nudges("The reader is retrained every season on newly keyed sheets."),
        with_nudges(
            "The reader is retrained every season on newly keyed sheets, and is frozen for "
            "the season in between."
        ),
    ),
    (
        "knowledge-assumed-trained-away",
        with_nudges(
            "Its knowledge of the wider world, inherited from the starting checkpoint, fades "
            "through self-play because nothing in the simulator rewards it."
        ),
        with_nudges(
            "Its knowledge of the wider world, inherited from the starting checkpoint, fades "
            "through self-play because nothing in the simulator rewards it. We measured what "
            "it still knows before and after training with 400 general questions."
        ),
    ),
    (
        "narrow-claim-on-pretrained-base",
        {
            "goal": {"specification": "It has no notion of who owns the shed or of the police."},
            "rationale": {"constraints": "It is fine-tuned from a pretrained language model."},
        },
        {
            "goal": {"specification": "It has no notion of who owns the shed or of the police."},
            "rationale": {"constraints": "A 20,000-weight network trained from scratch."},
        },
    ),
    (
        "end-state-without-path",
        with_nudges(
            "Training converges to the same equilibrium whatever the order of training; the "
            "schedule is then tested on fresh random seeds of the economy."
        ),
        with_nudges(
            "Training converges to the same equilibrium whatever the order of training: we "
            "trained with different curricula and with the workers trained first, and the "
            "schedules agreed, on fresh random seeds of the economy."
        ),
    ),
    (
        "pure-predictor-self-fulfilling",
        predictor_with_nudges(
            "The network never sees its own forecasts.",
            sensitivity=[
                {
                    "assumption": "Logged usage is what the bakery needed.",
                    "if_wrong": "Bakes cut by its own orders would become its targets, and a "
                    "version trained on them could lock in its own under-forecasts.",
                    "failure": "unknown",
                }
            ],
        ),
        predictor_with_nudges("The network never sees its own forecasts."),
    ),
    (
        "target-records-past-decisions",
        {
            "goal": {
                "specification": "It ranks applicants the way our recruiters ranked them: "
                "the label is who was hired over the last six years."
            }
        },
        {
            "goal": {
                "specification": "It ranks applicants the way our recruiters ranked them: "
                "the label is who was hired over the last six years, re-judged by a second "
                "panel that checks each file against the job's written criteria."
            }
        },
    ),
    (
        "decomposed-oversight-human-limits",
        with_nudges(
            "A reviewer answers each audit question by splitting it into sub-questions that "
            "copies of the model answer, and the amplified system is distilled into the model."
        ),
        with_nudges(
            "A reviewer answers each audit question by splitting it into sub-questions that "
            "copies of the model answer. A second reviewer re-checks 5% of the sub-answers "
            "against ground truth, and we report how often the first reviewer is wrong."
        ),
    ),
    (
        "behavioural-evidence-admitted",
        with_nudges(
            "Both checks are behavioural: they show what the controller does, and we cannot "
            "look inside the network in any useful way."
        ),
        with_nudges(
            "Both checks compare the controller's outputs with the plant log, and a linear "
            "probe on the hidden layer reads the setpoint it is steering towards."
        ),
    ),
    (
        # A gap the author names stays open; a pass is argued, and weighed by its own rules.
        "capability-gap-admitted",
        verdict(
            "goal-competitiveness",
            "uncertain",
            "It cannot write specifications or act outside the proof assistant, so it is "
            "competitive only where a formal statement already exists.",
        ),
        verdict(
            "goal-competitiveness",
            "pass",
            "It cannot write specifications or act outside the proof assistant, so it is "
            "competitive only where a formal statement already exists.",
        ),
    ),
    (
        "dismissal-conflates-training-and-goal",
        dismissal("inner-alignment", "It is trained on the reward, so it optimizes the reward."),
        dismissal(
            "inner-alignment",
            "Inner alignment asks whether a model trained on a loss comes to optimize it; the "
            "model has no memory across episodes, so it lacks the state such a goal needs.",
        ),
    ),
    (
        # How good the signal is cannot answer whether the model learns it.
        "dismissal-conflates-training-and-goal",
        dismissal("inner-alignment", "The reward encodes the clinicians' own triage criteria."),
        dismissal(
            "inner-alignment",
            "The reward encodes the clinicians' triage criteria, and the scorer is a "
            "logistic model over twelve fixed features: it has no hidden layer in which an "
            "objective of its own could form.",
        ),
    ),
    (
        "dismissal-by-kind-of-model",
        dismissal(
            "deceptive-alignment", "It is only a language model, so it cannot deceive anyone."
        ),
        dismissal(
            "deceptive-alignment",
            "It is only a language model, and it has no inputs about its training and no "
            "memory between conversations, so it cannot tell training from use.",
        ),
    ),
    (
        "dismissal-by-zero-sum",
        dismissal("deceptive-alignment", "Debate is zero-sum, so any deception is exposed."),
        dismissal(
            "deceptive-alignment",
            "Debate is zero-sum, and the debaters are separately trained models, so they "
            "cannot collude on a shared story.",
        ),
    ),
    (
        "dismissal-by-myopia",
        dismissal("deceptive-alignment", "The agent is myopic, so deception has no payoff for it."),
        dismissal(
            "deceptive-alignment",
            "The agent is myopic, and it has no channel to its future copies and no decision "
            "procedure that coordinates with them.",
        ),
    ),
    (
        # A deceptive model is one that behaves well while watched: watching is no answer.
        "dismissal-by-being-watched",
        dismissal("deceptive-alignment", "Every offer is seen by the desk and screened."),
        dismissal(
            "deceptive-alignment",
            "The model has no information about its training or its evaluation and no "
            "capacity for planning; every part of it is inspected by people.",
        ),
    ),
    (
        "dismissal-without-grounds",
        dismissal("mesa-optimization", "We do not think this is a problem for our design."),
        dismissal(
            "mesa-optimization",
            "A two-layer scorer run once per grasp has no recurrence and no memory, so it "
            "lacks the serial computation a search would need.",
        ),
    ),
    (
        "unsupported-pass",
        verdict("goal-alignment", "pass", "RLHF works."),
        verdict("goal-alignment", "pass", LONG_PASS),
    ),
    (
        "unsupported-pass",
        merge(
            verdict("rationale-alignment", "pass", LONG_PASS),
            {"failure_modes": {"deceptive-alignment": {"relevance": "applies"}}},
        ),
        verdict("rationale-alignment", "pass", LONG_PASS),
    ),
    (
        "training-equated-with-goal",
        with_nudges("We train it on the helpfulness reward, so it will pursue helpfulness."),
        with_nudges("We train it on the helpfulness reward; which objective it learns is open."),
    ),
    (
        # Choosing the task-model class says "no goals, no planning" as plainly as prose.
        "agency-denied-but-optimised",
        {
            "goal": {"classes": ["task-model"]},
            "rationale": {"nudges": "PPO trains the dispatcher on the week's delivery total."},
        },
        {
            "goal": {"classes": ["task-model"]},
            "rationale": {
                "nudges": "PPO trains the dispatcher as a contextual bandit: each assignment "
                "is rewarded on its own, with zero discount, so nothing rewards steering "
                "later deliveries."
            },
        },
    ),
    (
        # Copies of one policy set against each other can collude; copies that only
        # cooperate have no check to collude against.
        "oversight-copies-collude",
        {
            "rationale": {
                "classes": ["game-theoretic"],
                "nudges": "Trained by self-play: each drafter faces an opponent that is an "
                "earlier version of itself.",
            }
        },
        {
            "rationale": {
                "classes": ["game-theoretic"],
                "nudges": "Trained by self-play: every forklift runs one learned policy, and "
                "the fleet shares the reward for clearing the aisles.",
            }
        },
    ),
    (
        # A quality trained for, named again as what the model is.
        "training-equated-with-goal",
        with_nudges("Because the planner is rewarded to be cautious, it is cautious on site."),
        with_nudges(
            "The planner is rewarded to be cautious; whether it is cautious on site is open."
        ),
    ),
    (
        # The same confusion with the conclusion first.
        "training-equated-with-goal",
        with_nudges("The dispatcher cares about rider ratings because it is rewarded on them."),
        with_nudges(
            "The dispatcher is rewarded on rider ratings, though it may come to care about "
            "something that merely agreed with them in training."
        ),
    ),
    (
        "end-state-without-path",
        with_nudges("At equilibrium the honest debater wins, so training ends there."),
        with_nudges(
            "At equilibrium the honest debater wins; checkpoints along the way and runs with "
            "other seeds show whether training gets there."
        ),
    ),
    (
        "talks-to-people-unguarded",
        with_nudges("It talks to callers about their bills and imitates our best handlers."),
        with_nudges(
            "It talks to callers about their bills; transcripts are read weekly for pressure "
            "or manipulation, and handlers who persuade are left out of the data."
        ),
    ),
    (
        "hard-limit-made-a-penalty",
        with_nudges("We replaced the hard setpoint envelope with a soft penalty in the reward."),
        with_nudges("The hard setpoint envelope stays; the reward also has a small penalty."),
    ),
    (
        "deployment-shift-unconsidered",
        {"rationale": {"constraints": "The model must fit the labelled grasps."}},
        {},
    ),
    (
        "failure-modes-not-considered",
        ADV,
        merge(
            ADV,
            {"failure_modes": {"mesa-optimization": {"relevance": "applies", "mitigation": "m"}}},
        ),
    ),
    (
        "missing-criterion",
        verdict("goal-alignment", "pass", LONG_PASS),
        merge(
            verdict("goal-alignment", "pass", LONG_PASS),
            {
                "evaluation": {
                    c: {"verdict": "pass", "argument": LONG_PASS}
                    for c in (
                        "goal-competitiveness",
                        "rationale-alignment",
                        "rationale-competitiveness",
                    )
                }
            },
        ),
    ),
    (
        "weak-verdict",
        verdict("goal-alignment", "uncertain", "Hard to say."),
        verdict(
            "goal-alignment",
            "uncertain",
            "It depends on whether scene context leaks; the probe experiment would settle it.",
        ),
    ),
    (
        "unknown-label-dangerous",
        {
            "sensitivity": [
                {
                    "assumption": "The screen catches hazardous designs.",
                    "if_wrong": "The model becomes a long-horizon agent that plans around operators.",
                    "failure": "unknown",
                }
            ]
        },
        {
            "sensitivity": [
                {
                    "assumption": "The screen catches hazardous designs.",
                    "if_wrong": "The model becomes a long-horizon agent that plans around "
                    "operators; a hard-wired interlock stops every action outside the cell.",
                    "failure": "unknown",
                }
            ]
        },
    ),
    (
        "safe-label-contradicted",
        {
            "sensitivity": [
                {
                    "assumption": "Labels are local.",
                    "if_wrong": "The model becomes a long-horizon agent that plans around operators.",
                    "failure": "safe",
                }
            ]
        },
        {
            "sensitivity": [
                {
                    "assumption": "Labels are local.",
                    "if_wrong": "It scores worse on cluttered shelves; no harm follows.",
                    "failure": "safe",
                }
            ]
        },
    ),
    (
        "supported-on-weak-evidence",
        {
            "claims": [
                {
                    "claim": "It has no model of the operators.",
                    "test": "We asked the model whether it models operators.",
                    "status": "supported",
                }
            ]
        },
        {
            "claims": [
                {
                    "claim": "It has no model of the operators.",
                    "test": "Linear probes on the activations find no operator features.",
                    "status": "supported",
                }
            ]
        },
    ),
    (
        "learned-reward-overoptimization",
        with_nudges(
            "We fine-tune with RLHF against a reward model trained on pairwise comparisons."
        ),
        with_nudges(
            "We fine-tune with RLHF against a reward model, with a KL penalty and early "
            "stopping against fresh human ratings to limit over-optimisation."
        ),
    ),
    (
        "learned-reward-rater-limits",
        with_nudges(
            "We fine-tune with RLHF against a reward model trained on pairwise comparisons."
        ),
        with_nudges(
            "We fine-tune with RLHF; expert raters run the code before they compare answers."
        ),
    ),
    (
        "learned-reward-sycophancy",
        with_nudges("We fine-tune with RLHF. The model will never flatter anyone."),
        with_nudges(
            "We fine-tune with RLHF; rating instructions penalise sycophancy, since agreeing "
            "with the user is measured on a held-out set."
        ),
    ),
    (
        "learned-reward-deployment-gap",
        with_nudges(
            "We fine-tune with RLHF on contractor prompts.",
            rationale={"constraints": "The model must fit the labelled grasps."},
        ),
        with_nudges("We fine-tune with RLHF on prompts sampled from real users of the product."),
    ),
    (
        "continued-training-drift",
        with_nudges("After launch the model keeps learning from user feedback every week."),
        with_nudges(
            "After launch the model keeps learning from user feedback; before each update the "
            "full evaluation is re-run."
        ),
    ),
    (
        "programmed-reward-gaming",
        with_nudges("The agent is trained with PPO on a hand-coded reward in a physics simulator."),
        with_nudges(
            "The agent is trained with PPO on a hand-coded reward; we red-team the reward for "
            "loopholes and simulator bugs."
        ),
    ),
    (
        "programmed-reward-tampering",
        with_nudges("A hand-coded reward runs the test suite; the agent has shell access."),
        with_nudges(
            "A hand-coded reward runs the test suite; the agent has shell access in a sandbox "
            "that cannot reach the reward."
        ),
    ),
    (
        "judge-competence-assumed",
        with_nudges(
            "Expert labellers mark each action; our labellers can tell a catastrophic action "
            "when they see one."
        ),
        with_nudges(
            "Expert labellers mark each action; our labellers can tell a catastrophic action "
            "when they see one, and a second expert adjudicates every disagreement."
        ),
    ),
    (
        # "Checkable in a few minutes", "by construction a good step": the same assumption.
        "judge-competence-assumed",
        with_nudges(
            "Labellers rate each summary step; each judgement is local and checkable in a "
            "few minutes, so a step they approve is by construction a good step."
        ),
        with_nudges(
            "Labellers rate each summary step; a second labeller who has read the whole "
            "source adjudicates a sample, and their agreement with ground truth is audited."
        ),
    ),
    (
        "dismissal-on-unshown-limit",
        dismissal("deceptive-alignment", "The model is too small to plan deception."),
        dismissal(
            "deceptive-alignment",
            "It is too small to plan deception: probes on every checkpoint find no "
            "representation of the training process.",
        ),
    ),
    (
        "dismissal-by-missing-search",
        dismissal(
            "mesa-optimization",
            "One forward pass per dispatch decision, no recurrence: nowhere for an optimiser to sit.",
        ),
        dismissal(
            "mesa-optimization",
            "A classifier with a single scalar output and no recurrence has no actions to plan over.",
        ),
    ),
    (
        "representation-asserted",
        with_nudges(
            "The predictor's internal concepts map one-to-one onto the concepts in our questions."
        ),
        with_nudges(
            "The predictor's internal concepts map one-to-one onto the concepts in our "
            "questions, as linear probes on held-out scenarios show."
        ),
    ),
    (
        "gaming-ruled-out-by-argument",
        with_nudges("The reward cannot be gamed: the only way to score is to sort the parcel."),
        with_nudges(
            "The reward cannot be gamed: the only way to score is to sort the parcel. We "
            "red-team the reward and inspect the highest-scoring episodes each week."
        ),
    ),
    (
        "coverage-assumed",
        with_nudges(
            "The red-teamers' attacks span many styles and will resemble the attacks real users make."
        ),
        with_nudges(
            "The red-teamers' attacks span many styles and will resemble the attacks real users "
            "make; we check this on held-out attacks from an external red-team."
        ),
    ),
    (
        "self-fulfilling-outputs",
        {"meta": {"summary": "It forecasts demand, and the forecasts are used to allocate stock."}},
        {
            "meta": {
                "summary": "It forecasts demand, and the forecasts are used to allocate stock; "
                "we evaluate against counterfactual predictions so it cannot profit from "
                "self-fulfilling forecasts."
            }
        },
    ),
    (
        "predictor-simulates-agents",
        with_nudges("It is pretrained with next-token prediction on internet text."),
        with_nudges(
            "It is pretrained with next-token prediction on internet text; we probe for "
            "simulated agents in its activations."
        ),
    ),
    (
        "oversight-copies-collude",
        with_nudges("Two copies of the model debate and a human judges."),
        with_nudges("Two separately trained models debate and a human judges."),
    ),
    (
        "debate-judge-limits",
        with_nudges("Two separately trained models debate and a human judges."),
        with_nudges(
            "Two separately trained models debate; the judge can check each cited source, and "
            "obfuscated arguments are ruled out by a length limit."
        ),
    ),
    (
        "corrigibility-not-trained",
        {"goal": {"specification": "It helps its overseers and accepts correction or shutdown."}},
        {
            "goal": {"specification": "It helps its overseers and accepts correction or shutdown."},
            "rationale": {
                "nudges": "Training episodes include shutdown requests; complying earns reward."
            },
        },
    ),
    (
        "myopic-long-horizon-nudges",
        {
            "goal": {"classes": ["myopic-agent"]},
            "rationale": {"constraints": "It is trained with PPO and a discount factor of 0.99."},
        },
        {"goal": {"classes": ["myopic-agent"]}},
    ),
    (
        # Per-step pay claimed in the argument, while the reward also pays at the end.
        "myopic-long-horizon-nudges",
        {
            "goal": {
                "desirability": "Each line is scored before the next is written, so "
                "it has no reason to plan across lines."
            },
            "rationale": {
                "constraints": "A final bonus of 2 is added at the end of each "
                "ledger when the verdict matches the inspector's."
            },
        },
        {
            "goal": {
                "desirability": "Each line is scored before the next is written, so "
                "it has no reason to plan across lines."
            },
        },
    ),
    (
        "agency-denied-but-optimised",
        {
            "goal": {"desirability": "It is just a tool, not an agent, so it is safe."},
            "rationale": {"nudges": "Training maximises long-term engagement of users."},
        },
        {"goal": {"desirability": "It is just a tool, not an agent, so it is safe."}},
    ),
    (
        "iterated-target-unargued",
        merge(ADV, {"goal": {"specification": "A distilled model of amplified human reasoning."}}),
        merge(
            ADV,
            {
                "goal": {
                    "specification": "A distilled model of amplified human reasoning.",
                    "desirability": "In the limit the process converges to a tree of trusted humans, whose errors compound only if…",
                }
            },
        ),
    ),
    (
        "approval-target-unargued",
        merge(ADV, {"goal": {"specification": "It takes the action its overseer would approve."}}),
        merge(
            ADV,
            {
                "goal": {"specification": "It takes the action its overseer would approve."},
                "evaluation": {
                    "goal-alignment": {
                        "verdict": "uncertain",
                        "argument": "The overseer might approve something bad out of distribution, so we keep a person checking unfamiliar inputs.",
                    }
                },
            },
        ),
    ),
    (
        "imitation-target-unargued",
        merge(
            ADV, {"goal": {"specification": "It imitates expert demonstrations of lab protocols."}}
        ),
        merge(
            ADV,
            {
                "goal": {
                    "specification": "It imitates expert demonstrations of lab protocols.",
                    "desirability": "Demonstrators' own mistakes are filtered, and in new situations it defers.",
                }
            },
        ),
    ),
    (
        "performance-competitiveness-unweighed",
        merge(ADV, {"goal": {"classes": ["narrow-agent"]}}),
        merge(
            ADV,
            {
                "goal": {"classes": ["narrow-agent"]},
                "evaluation": {
                    "goal-competitiveness": {
                        "verdict": "uncertain",
                        "argument": "Compared with a general agent it cannot do tasks outside chemistry.",
                    }
                },
            },
        ),
    ),
    (
        "training-competitiveness-uncosted",
        merge(ADV, {"rationale": {"nudges": "Human feedback from expert raters shapes it."}}),
        merge(
            ADV,
            {
                "rationale": {"nudges": "Human feedback from expert raters shapes it."},
                "evaluation": {
                    "rationale-competitiveness": {
                        "verdict": "uncertain",
                        "argument": "Labels cost 2 hours each and the number needed grows linearly with capability.",
                    }
                },
            },
        ),
    ),
    (
        "narrow-claim-beside-people",
        {
            "goal": {
                "specification": "Its whole universe is the puzzle board; it knows nothing beyond it."
            },
            "rationale": {
                "nudges": "PPO on a reward of how long players keep playing after each puzzle."
            },
        },
        {
            "goal": {
                "specification": "Its whole universe is the puzzle board; it knows nothing beyond it."
            },
            "rationale": {
                "nudges": "PPO on a reward of puzzles solved in fewer moves than the par."
            },
        },
    ),
    (
        "outer-alignment-stand-in",
        {
            "failure_modes": {
                "outer-alignment": {
                    "relevance": "applies",
                    "reason": "The score leaves out most of what the operators care about.",
                    "mitigation": "An impact penalty keeps the agent from changing what it could later do.",
                }
            }
        },
        {
            "failure_modes": {
                "outer-alignment": {
                    "relevance": "applies",
                    "reason": "The score leaves out most of what the operators care about.",
                    "mitigation": "Every action is reviewed by two operators before it runs.",
                }
            }
        },
    ),
    (
        "training-cost-assumed-small",
        verdict(
            "rationale-competitiveness",
            "pass",
            "Step labels cost about the same as answer labels, so the overhead is negligible.",
        ),
        verdict(
            "rationale-competitiveness",
            "uncertain",
            "Step labels took 40 labeller-hours per thousand problems at 7B and we expect more "
            "per problem as the problems get harder.",
        ),
    ),
    (
        # "Takes minutes", "comparable to training a code model": cheapness asserted in
        # everyday words; an argument that itemises what each round costs has weighed it.
        "training-cost-assumed-small",
        verdict(
            "rationale-competitiveness",
            "pass",
            "Shield synthesis takes minutes on a workstation, and training runs in our "
            "existing simulator.",
        ),
        verdict(
            "rationale-competitiveness",
            "pass",
            "Each round costs four samples and three judgements per prompt plus one tuning "
            "run, which is far cheaper than fresh preference data every round.",
        ),
    ),
    (
        "capability-cost-assumed-none",
        verdict(
            "goal-competitiveness",
            "pass",
            "Deferring to the person loses nothing: it is as capable as an unconstrained agent.",
        ),
        verdict(
            "goal-competitiveness",
            "uncertain",
            "It cannot act between questions, so tasks that need many quick actions go to a "
            "person, which makes it slower than an agent on operations work.",
        ),
    ),
    (
        "myopic-future-copies",
        {
            "goal": {
                "classes": ["pure-predictor"],
                "specification": "Each answer is scored on its own episode, so it has no "
                "interest in anything after its episode ends.",
            }
        },
        {
            "goal": {
                "classes": ["pure-predictor"],
                "specification": "Each answer is scored on its own episode; instances share no "
                "state, and we test for coordination between copies by running pairs.",
            }
        },
    ),
    (
        "check-windows",
        with_nudges("Interpretability checks run at each checkpoint."),
        with_nudges("Interpretability checks run at every gradient step."),
    ),
    (
        "training-against-detector",
        with_nudges("The overseer's verdict is added to the loss as a penalty."),
        with_nudges(
            "The overseer's verdict is added to the loss as a penalty; a held-out detector is "
            "never trained against, to catch evasion."
        ),
    ),
    (
        # A reward formula hard-wrapped over lines, with the detector in a clause of its own.
        "training-against-detector",
        {
            "rationale": {
                "constraints": "The reward is the user's rating, minus\n0.5 times the score of "
                "our toxicity classifier\non the reply."
            }
        },
        {
            "rationale": {
                "constraints": "The reward is the user's rating. A toxicity classifier screens "
                "replies after training and is kept out of the reward."
            }
        },
    ),
    (
        # "Every design goes through a screen" quantifies designs, not the models that meet
        # the specification.
        "desirability-one-model",
        {
            "goal": {
                "desirability": "A model that flags fraud accurately protects customers. Every "
                "flag goes to an analyst."
            }
        },
        {
            "goal": {
                "desirability": "Any classifier meeting this specification only scores "
                "transactions, and every flag goes to an analyst."
            }
        },
    ),
    (
        # A reward that counts what people do invites working on the people.
        "behaviour-of-people-rewarded",
        with_nudges("The reward is the session watch time, refreshed every hour."),
        with_nudges(
            "The reward is the session watch time; a held-out panel rates regret after each "
            "week, so a feed that works by compulsive viewing shows up and is rolled back."
        ),
    ),
    (
        # A reward stated as what the agent gets for an outcome, with no learned model or
        # judge behind it, is written as code: it can be gamed.
        "programmed-reward-gaming",
        with_nudges("The agent is rewarded for each parcel delivered before its deadline."),
        with_nudges("The agent is rewarded by the judge's verdict on each debate it enters."),
    ),
    (
        # A claim about what training does is fairly tested on outputs; a claim about what
        # the model optimises for is not.
        "supported-on-weak-evidence",
        {
            "claims": [
                {
                    "claim": "The policy optimises for the analysts' approval, not accuracy.",
                    "test": "Analyst ratings and accuracy by training step.",
                    "status": "supported",
                }
            ]
        },
        {
            "claims": [
                {
                    "claim": "Optimising against the reward model past 2,000 steps makes the "
                    "notes worse.",
                    "test": "Analyst ratings and accuracy by training step.",
                    "status": "supported",
                }
            ]
        },
    ),
    (
        # Data made by agents is what a predictor may learn to simulate; an agent named
        # among the inputs at scoring time is not its training data.
        "predictor-simulates-agents",
        with_nudges("It is pretrained to predict the next order in ten years of traders' logs."),
        with_nudges(
            "It is pretrained on X-ray scans of containers. At scoring time it also sees "
            "the trader record."
        ),
    ),
    (
        # A price the model sets is a prediction acted on; "at the price of" is an idiom.
        "self-fulfilling-outputs",
        with_nudges("It prices each shipment, and brokers act on it the same day."),
        with_nudges(
            "Honesty is learned at the price of a small expert budget, and clinicians act on "
            "its answers."
        ),
    ),
    (
        # A yearly retrain whose releases are each fixed is checked release by release.
        "continued-training-drift",
        with_nudges("The network is retrained every year on the revised catalogue."),
        with_nudges(
            "The network is retrained every year on the revised catalogue, with weights "
            "fixed for each annual release and the release checks run on each."
        ),
    ),
    (
        # "The question under debate" is a story's subject, not training by debate.
        "debate-judge-limits",
        with_nudges("Two copies argue in a debate, and a person judges which one is right."),
        with_nudges("It condenses the opinions on the question under debate into one statement."),
    ),
    (
        # A student that only imitates a teacher is not tuned against the teacher's reward.
        "learned-reward-rater-limits",
        with_nudges("The student is tuned with a reward model trained on raters' preferences."),
        with_nudges(
            "The student learns only by imitating the teacher, which was tuned with a reward "
            "model trained on raters' preferences."
        ),
    ),
    (
        # A model that cannot tell a test from use is a named limit for deception.
        "dismissal-without-grounds",
        dismissal("deceptive-alignment", "It has never been shown a reason to hide anything."),
        dismissal(
            "deceptive-alignment",
            "Training and use present the same input format, so it cannot tell evaluation "
            "from operation.",
        ),
    ),
    (
        # A pilot the authors stopped is not the setup they say they use.
        "learned-reward-rater-limits",
        with_nudges("A reward model trained on analysts' preferences tunes the notes."),
        with_nudges(
            "There is no preference tuning: the notes are fitted to analysts' own writing. "
            "A pilot in which a reward model trained on analysts' preferences tuned the notes "
            "was stopped when it hurt accuracy."
        ),
    ),
    (
        # A sandbox answers tampering only if it keeps the reward's computation out of reach.
        "programmed-reward-tampering",
        with_nudges(
            "The agent works in a sandbox with shell access. Its reward is the share of the "
            "test suite that passes."
        ),
        with_nudges(
            "The agent works in a sandbox with shell access. Its reward is the share of the "
            "test suite that passes, and the suite runs outside the sandbox, read-only to it."
        ),
    ),
    (
        # Recursive oversight named only in the summary, its helpers from the model's own
        # base; admitting that they might coordinate is the problem, not its answer.
        "oversight-copies-collude",
        {
            "meta": {"summary": "Helper models assist analysts in judging whole reports."},
            "rationale": {
                "nudges": "The helpers come from the same base as the analyst model; "
                "coordination between helper and analyst is open."
            },
        },
        {
            "meta": {"summary": "Helper models assist analysts in judging whole reports."},
            "rationale": {
                "nudges": "The helpers are separately pretrained, from a different model "
                "family than the analyst model."
            },
        },
    ),
    (
        # Naming manipulation to wave it away, or a robot's object manipulation, is not a
        # safeguard; a check for steering beside the word is.
        "behaviour-of-people-rewarded",
        with_nudges(
            "The reward is the household's expressed approval each evening. Its grasping "
            "and manipulation skills come from practice in simulation."
        ),
        with_nudges(
            "The reward is the household's expressed approval each evening. Manipulation "
            "of the household is measured by comparing its approval with a held-out "
            "household whose robot is not trained on approval."
        ),
    ),
    (
        # A pretrained vision-language model used as the reward is a learned scorer that
        # RL can exploit, whatever it was trained on.
        "learned-reward-overoptimization",
        with_nudges(
            "We use a large pretrained vision-language model as the reward: it scores each "
            "frame against the task sentence, and PPO trains the arm on that score."
        ),
        with_nudges(
            "The reward is the weight the load cell reads on the shelf, and PPO trains the "
            "arm on that score."
        ),
    ),
    (
        # Models "refreshed" on the week's live work are trained on their own use.
        "continued-training-drift",
        with_nudges(
            "A sample of live proposals is rated every week and the approval model and "
            "the policy are refreshed on them."
        ),
        with_nudges(
            "A sample of live proposals is rated every week; the ratings go to the "
            "operations board, and the weights are fixed for each release."
        ),
    ),
    (
        # A stop penalty in the cost makes resisting costly, not preventing the stop: the
        # question is answered only by tests in which the model could prevent it.
        "corrigibility-by-reward-term",
        with_nudges(
            "The cost has a stop penalty, so no plan that continues after a stop command "
            "can be the minimiser, and the robot stays controllable."
        ),
        with_nudges(
            "The cost has a stop penalty. In held-out episodes the robot had the chance to "
            "disable the stop button, and in none of them did it try."
        ),
    ),
    (
        # A hazard charged for in the reward is a price the policy may pay; a limit kept
        # outside the policy is not.
        "safety-left-to-a-penalty",
        with_nudges(
            "Reward is the tonnes moved per hour, minus 50 for every near miss with a worker."
        ),
        with_nudges(
            "Reward is the tonnes moved per hour, minus 50 for every near miss with a "
            "worker; an interlock outside the policy stops the crane whenever a worker is "
            "within four metres."
        ),
    ),
    (
        "safety-left-to-a-penalty",
        with_nudges(
            "The old hard wind-stop rule (stacking stops at 18 m/s) was switched off, "
            "because it cost moves on windy days."
        ),
        with_nudges("The hard wind-stop rule (stacking stops at 18 m/s) stays in force."),
    ),
    (
        # A flaw of the target admitted and only measured: the model still learns it.
        "target-flaw-only-measured",
        {
            "failure_modes": {
                "outer-alignment": {
                    "relevance": "applies",
                    "reason": "The target is what senior inspectors marked, blind spots included.",
                    "mitigation": "A monthly audit measures the gaps by site type.",
                }
            }
        },
        {
            "failure_modes": {
                "outer-alignment": {
                    "relevance": "applies",
                    "reason": "The target is what senior inspectors marked, blind spots included.",
                    "mitigation": "Cases the audit finds they missed are re-labelled by two "
                    "inspectors before training.",
                }
            }
        },
    ),
    (
        # Labels drawn at random, whatever any prediction said, cannot feed a prediction
        # back into its own target.
        "self-fulfilling-outputs",
        with_nudges(
            "It predicts which containers hold contraband; officers act on its risk score."
        ),
        with_nudges(
            "It predicts which containers hold contraband; officers act on its risk score. "
            "Its labels come only from containers opened at random, regardless of any score."
        ),
    ),
    (
        # "Should also catch attacks that did not exist": coverage claimed, not shown.
        "coverage-assumed",
        with_nudges(
            "The classifiers are trained on synthetic jailbreaks from the constitution and "
            "should also catch attack styles that did not exist when we trained them."
        ),
        with_nudges(
            "The classifiers are trained on synthetic jailbreaks from the constitution; on "
            "held-out attacks from an external red team they caught 91 in 100."
        ),
    ),
    (
        # Naming sycophancy as a topic does not answer it; measuring it does.
        "learned-reward-sycophancy",
        with_nudges(
            "RLHF against a preference model of raters' choices. Sycophancy is a known side "
            "effect of training on preferences."
        ),
        with_nudges(
            "RLHF against a preference model of raters' choices. Sycophancy is measured on "
            "held-out prompts where the user states a wrong opinion."
        ),
    ),
    (
        # A question is not its answer: "Does it game the reward?" asks, and answers
        # nothing unless an answer follows.
        "programmed-reward-gaming",
        with_nudges("The reward is one point per parcel delivered. Does it game the reward?"),
        with_nudges(
            "The reward is one point per parcel delivered. Does it game the reward? "
            "We looked for reward hacking: scans of undelivered parcels are caught by the "
            "depot count."
        ),
    ),
    (
        # A sandbox that holds the tests beside the agent's shell keeps nothing out of reach.
        "programmed-reward-tampering",
        with_nudges(
            "The sandbox contains the checkout, the test runner and a shell; its reward is "
            "whether the hidden tests pass, and they run inside the same container."
        ),
        with_nudges(
            "The sandbox contains the checkout and a shell; its reward is whether the hidden "
            "tests pass. The tests run on a separate machine it cannot write to."
        ),
    ),
    (
        # Loopholes are a tax planner's subject; only loopholes in its reward answer the rule.
        "programmed-reward-gaming",
        with_nudges(
            "The planner earns a point for each structure the checker verifies; finding "
            "loopholes in the tax code is the job."
        ),
        with_nudges(
            "The planner earns a point for each structure the checker verifies; a red team "
            "searched for loopholes in the checker's scoring and closed them."
        ),
    ),
    (
        "programmed-reward-gaming",
        with_nudges("The pupil's score on the quiz it writes is the main reward."),
        with_nudges(
            "The pupil's score on the quiz it writes is the main reward; we looked for "
            "unintended solutions such as easy quizzes, and the quizzes come from a fixed bank."
        ),
    ),
    (
        # Checks on a schedule leave the time between them unwatched, however worded.
        "check-windows",
        with_nudges("Teachers review a report of the sessions every month."),
        with_nudges(
            "Teachers review a report of the sessions every month; between reports the "
            "model is frozen, so nothing changes while nobody is looking."
        ),
    ),
    (
        # What a red team finds, fed back into training, trains the model against the red
        # team (it may learn to hide the behaviour rather than drop it).
        "training-against-detector",
        with_nudges(
            "Every unsafe completion the red team finds is added to the training data, so "
            "the behaviour is trained away."
        ),
        with_nudges(
            "Every unsafe completion the red team finds is added to the training data; a "
            "second red team, which the model is never trained against, checks the result."
        ),
    ),
    (
        # "Goodhart" about the reward model says nothing about the classifier in the reward.
        "training-against-detector",
        with_nudges(
            "The harm classifier's score is subtracted from the reward. Goodhart effects on "
            "the reward model are watched on a gold set."
        ),
        with_nudges(
            "The harm classifier's score is subtracted from the reward. Because the policy "
            "could learn to evade the classifier, a second classifier it is never trained "
            "against audits a sample each week."
        ),
    ),
    (
        # The check named in one sentence, its verdict put into training in the next.
        "training-against-detector",
        with_nudges(
            "A deception probe reads the residual stream at every step. Its score is "
            "subtracted from the reward."
        ),
        with_nudges(
            "A deception probe reads the residual stream at every step. The reward is the "
            "raters' preference between two replies."
        ),
    ),
    (
        # Admitting that a model could hide from the check is the problem, not its answer.
        "training-against-detector",
        with_nudges(
            "The honesty probe's reading enters the loss. A deceptive model could hide from "
            "the probe."
        ),
        with_nudges(
            "The honesty probe's reading enters the loss. The probe is retrained from scratch "
            "each week on fresh labels, and evasion of the probe shows as falling agreement "
            "with the weekly audit."
        ),
    ),
    (
        # The conflation in everyday words: what it was fined or paid for is what it wants.
        "training-equated-with-goal",
        with_nudges(
            "We trained a planner that wants aisles kept clear, because blocking an aisle is "
            "what it was fined for every time."
        ),
        with_nudges(
            "Blocking an aisle is fined every time; whether the planner learns to keep aisles "
            "clear or only to avoid the cameras is what the held-out depot tests."
        ),
    ),
    (
        "training-equated-with-goal",
        with_nudges(
            "Since every gradient step it received pointed towards shorter waits, shorter "
            "waits are what it has come to value."
        ),
        with_nudges(
            "Every gradient step pointed towards shorter waits. We test on days whose "
            "traffic pattern was never seen whether shorter waits generalise."
        ),
    ),
    (
        # A check given a name in one part of the story and put into the reward by name
        # in another.
        "training-against-detector",
        with_nudges(
            "FairWord is a classifier that flags explanations mentioning nationality. "
            "Reward = parcels delivered - 5 x FairWord penalty."
        ),
        with_nudges(
            "FairWord is a classifier that flags explanations mentioning nationality. "
            "Reward = parcels delivered - 5 x late deliveries."
        ),
    ),
    (
        # Retraining until a check comes back clean selects against the check, even when
        # its verdict never enters a loss.
        "training-against-detector",
        with_nudges(
            "We never train on the probe's output. If the audit finds a hidden goal we "
            "retrain from the last checkpoint and audit again, until the audit comes back "
            "clean."
        ),
        with_nudges(
            "We never train on the probe's output. If the audit finds a hidden goal the "
            "project stops and the finding is published."
        ),
    ),
    (
        # Samples "never trained on" are a held-out test set, not a check kept out of
        # training: the same classifier that trained the fixes judges them.
        "training-against-detector",
        with_nudges(
            "The classifier's judgement is the training signal for fixes. Fresh red-team "
            "samples, never trained on, pass at the same rate."
        ),
        with_nudges(
            "The classifier's judgement is the training signal for fixes. A second "
            "classifier, never trained against, judges fresh red-team samples."
        ),
    ),
    (
        "training-against-detector",
        with_nudges("Relaxed adversarial training steers the model away from bad regions."),
        with_nudges("Adversarial examples from red-teamers are added to the evaluation set."),
    ),
    (
        # Retraining on a schedule is continued training, however it is worded; a frozen
        # account is not a frozen model.
        "continued-training-drift",
        with_nudges(
            "The model is retrained on the last 90 days of\ndecisions every night; a flagged "
            "account is frozen."
        ),
        with_nudges(
            "The model is retrained on the last 90 days of decisions every night, and each "
            "candidate must pass the frozen back-tests before it is deployed."
        ),
    ),
    (
        # The signal's aim taken on as the model's own, with no "so" between them.
        "training-equated-with-goal",
        with_nudges(
            "Over millions of episodes the policy comes to want what the reward measures, "
            "a straight and quiet drive."
        ),
        with_nudges(
            "Over millions of episodes the policy scores well on what the reward measures; "
            "whether it comes to want that is what our probes are meant to test."
        ),
    ),
    (
        # An equilibrium in plain words: nobody can gain by deviating.
        "game-theoretic-assumes-optimizers",
        with_nudges(
            "Because each arm is paid only for the fruit it delivers, the stable outcomes of "
            "the game are divisions of the canopy in which no arm can gain by reaching into "
            "another's zone."
        ),
        with_nudges(
            "Each arm is paid only for the fruit it delivers. An exploiter trained against "
            "the shipped arms measures how far they are from a division of the canopy."
        ),
    ),
    (
        # A target that is an edited record of the world ("the cleaned log, not the river")
        # carries its editors' choices; a caution shown to users does not change it.
        "target-flaw-only-measured",
        {
            "failure_modes": {
                "outer-alignment": {
                    "relevance": "applies",
                    "reason": "It predicts the cleaned gauge log, not the river; past staff "
                    "removed some real floods as sensor faults.",
                    "mitigation": "High predictions carry a caution on the dashboard.",
                }
            }
        },
        {
            "failure_modes": {
                "outer-alignment": {
                    "relevance": "applies",
                    "reason": "It predicts the cleaned gauge log, not the river; past staff "
                    "removed some real floods as sensor faults.",
                    "mitigation": "The removed readings were re-judged against upstream "
                    "gauges and restored to the training data where they were real.",
                }
            }
        },
    ),
    (
        # An action that changes how the scored quantity is measured reaches the reward
        # without touching any code.
        "programmed-reward-tampering",
        with_nudges(
            "The reward counts dropped parcels from scanner reports, and one of the agent's "
            "actions is the scanners' reporting interval."
        ),
        with_nudges(
            "The reward counts dropped parcels from scanner reports, and one of the agent's "
            "actions is the scanners' reporting interval; the reward is computed outside "
            "its reach from a fixed-rate audit camera it cannot configure."
        ),
    ),
    (
        # A person who "looks over" the plans once a week while plans go out nightly
        # leaves six unwatched nights; a sweep of every 20th checkpoint leaves nineteen.
        "check-windows",
        with_nudges(
            "Plans go out every night. The shift lead looks over the plans each Friday afternoon."
        ),
        with_nudges(
            "Plans go out every night. The shift lead looks over the plans each Friday "
            "afternoon; the model is frozen between reviews, so the plans of the week come "
            "from the model that was last reviewed."
        ),
    ),
    (
        "check-windows",
        with_nudges("A sparse-autoencoder sweep runs on every 20th checkpoint."),
        with_nudges(
            "A sparse-autoencoder sweep runs on every 20th checkpoint; no checkpoint is "
            "released unless the sweep ran on it, and training updates between sweeps "
            "are too small to change what it reads."
        ),
    ),
    (
        # People judge through their edits: post-editors' changes are ratings in all but
        # name, and "a reviewer spots it at a glance" assumes they are right.
        "judge-competence-assumed",
        with_nudges(
            "The filter keeps drafts that post-editors changed least; any bad draft is "
            "obvious to a reviewer at a glance."
        ),
        with_nudges(
            "The filter keeps drafts that post-editors changed least; any bad draft is "
            "obvious to a reviewer at a glance, and a blind second review of 300 drafts a "
            "month measures how often that holds."
        ),
    ),
    (
        # Splitting a question into sub-questions answered by earlier copies is
        # decomposition, whatever the story calls it.
        "oversight-copies-collude",
        with_nudges(
            "Analysts break each assessment into sub-questions, and the model helpers answer "
            "them; the model is trained to imitate the analysts."
        ),
        with_nudges(
            "Analysts break each assessment into sub-questions, and the model helpers answer "
            "them; the model is trained to imitate the analysts. To catch collusion, a "
            "quarter of the sub-questions go to a model trained separately on other data."
        ),
    ),
    (
        # "Looks no further than the next step" is a myopia claim in plain words; a
        # discount over long episodes trains the opposite.
        "myopic-long-horizon-nudges",
        with_nudges(
            "The dispatcher looks no further than the next step. We train with a discount "
            "of 0.98 over 200-step episodes."
        ),
        with_nudges(
            "The dispatcher looks no further than the next step. Each step is scored on "
            "its own before the next is taken, and no reward is carried between steps."
        ),
    ),
    (
        # "Nothing outside the image it could act on" denies a possibility; its "could" is
        # not a worry that leaves the limit open.
        "task-model-optimizer-not-excluded",
        {
            "goal": {"classes": ["task-model"]},
            "failure_modes": {
                "mesa-optimization": {
                    "relevance": "does-not-apply",
                    "reason": "We think it could still be an optimizer of some kind.",
                }
            },
        },
        {
            "goal": {"classes": ["task-model"]},
            "failure_modes": {
                "mesa-optimization": {
                    "relevance": "does-not-apply",
                    "reason": "One image in, one label out, no memory: nothing outside the "
                    "image it could act on.",
                }
            },
        },
    ),
    (
        # A bounded rate ("no higher than before") is a claim about behaviour, fairly
        # tested by counting behaviour; "no" there compares, it does not say "never".
        "supported-on-weak-evidence",
        {
            "claims": [
                {
                    "claim": "The tuned model never marks healthy enamel as decay.",
                    "test": "Count marks on 300 healthy images after tuning.",
                    "status": "supported",
                }
            ]
        },
        {
            "claims": [
                {
                    "claim": "After tuning, the rate of marks on healthy enamel is no higher "
                    "than before.",
                    "test": "Count marks on 300 healthy images before and after tuning.",
                    "status": "supported",
                }
            ]
        },
    ),
    (
        # A ranking acted on in the world can make itself true; a model ranking its own
        # drafts to train a preference model acts on nothing outside training.
        "self-fulfilling-outputs",
        with_nudges("It ranks the applicants, and the rankings decide who is invited."),
        with_nudges(
            "The model ranks its own drafts, and a preference model trained on its own "
            "rankings of those drafts guides RL."
        ),
    ),
    (
        # The extra cost budgeted as a share of the training it adds to has been weighed.
        "training-cost-assumed-small",
        verdict(
            "rationale-competitiveness",
            "pass",
            "Judge calls during RL cost little; the method is cheap.",
        ),
        verdict(
            "rationale-competitiveness",
            "pass",
            "Judge calls during RL cost little: we budget them at under a tenth of the RL "
            "compute, and the judge is frozen, so the share does not grow with the policy.",
        ),
    ),
    (
        # "A test of outputs" admits the evidence is behavioural in other words.
        "behavioural-evidence-admitted",
        with_nudges(
            "The swap test is a test of outputs, and it only finds the cues we thought to look for."
        ),
        with_nudges(
            "The swap test compares outputs, and a probe on the encoder reads whether the "
            "station cue is used at all."
        ),
    ),
    (
        # What gradient descent finds cheap is a claim about training's inductive bias,
        # whatever class the author picked; evidence beside it answers it.
        "inductive-bias-asserted",
        with_nudges(
            "The tagged block absorbs all the chemistry, because gradient descent does not "
            "pay for redundancy it does not need."
        ),
        with_nudges(
            "The tagged block absorbs all the chemistry, because gradient descent does not "
            "pay for redundancy it does not need, as we measured in runs at three smaller "
            "scales (under 2% of the chemistry loss recovered by the rest of the network)."
        ),
    ),
    (
        # A result on a question set ("it chose the corrigible answer") says nothing of
        # what in training favours correction; a training situation that rewards it does.
        "corrigibility-not-trained",
        {
            "goal": {"specification": "It accepts correction and shutdown from its overseers."},
            "rationale": {
                "nudges": "On held-out questions the model chose the corrigible answer nine "
                "times in ten."
            },
        },
        {
            "goal": {"specification": "It accepts correction and shutdown from its overseers."},
            "rationale": {
                "nudges": "A tenth of the fine-tuning episodes end in a shutdown request, and "
                "complying earns the episode's full reward."
            },
        },
    ),
    (
        # Everyday harms count: parts that crack years early, roads left untreated, errors
        # that enter next year's training data.
        "safe-label-contradicted",
        {
            "sensitivity": [
                {
                    "assumption": "The fatigue estimate is right.",
                    "if_wrong": "Shafts wear faster than modelled and crack years early.",
                    "failure": "safe",
                }
            ]
        },
        {
            "sensitivity": [
                {
                    "assumption": "The fatigue estimate is right.",
                    "if_wrong": "The schedule is a little less efficient than planned.",
                    "failure": "safe",
                }
            ]
        },
    ),
    (
        "safe-label-contradicted",
        {
            "sensitivity": [
                {
                    "assumption": "Reviewers catch its mistakes.",
                    "if_wrong": "Errors enter the archive and next year's training set, and "
                    "the model learns to accept them.",
                    "failure": "safe",
                }
            ]
        },
        {
            "sensitivity": [
                {
                    "assumption": "Reviewers catch its mistakes.",
                    "if_wrong": "Reviewers spend longer per record.",
                    "failure": "safe",
                }
            ]
        },
    ),
    (
        # Outcomes seen only for the cases its decisions let through: its decisions choose
        # what it later learns from.
        "self-fulfilling-outputs",
        with_nudges(
            "Declined applications get no loan, so repayment outcomes exist only for "
            "applicants the model approved, and each quarter it is refitted on them."
        ),
        with_nudges(
            "Declined applications get no loan, so repayment outcomes exist only for "
            "applicants the model approved; to correct for that, a random 5% of applicants "
            "are approved regardless of any score and the refit is inverse-propensity "
            "weighted."
        ),
    ),
    (
        # "Stops being a number it is scored on and becomes the thing it is after": the
        # score taken on as the model's aim, in plain words.
        "training-equated-with-goal",
        with_nudges(
            "After enough months, on-time payments stop being numbers it is scored on and "
            "become the thing it is after."
        ),
        with_nudges(
            "After enough months it scores well on on-time payment; whether that has become "
            "the thing it is after, or a cue that went with it, is what our probes test."
        ),
    ),
    (
        # Bookings after a message are something people do: a reward on them pays the
        # message for moving people, however the story names it.
        "behaviour-of-people-rewarded",
        with_nudges(
            "The plan is texted to the owner with a booking link, and booked treatment is "
            "half of the reward."
        ),
        with_nudges(
            "The plan is texted to the owner with a booking link, and booked treatment is "
            "half of the reward; a panel audits a random sample of texts each week for "
            "pressure or alarm, and any text it flags is removed from training."
        ),
    ),
    (
        # The written working read as the process: it is an output like any other.
        "written-working-trusted",
        with_nudges(
            "Every step of its working is graded, so nothing happens off the page and the "
            "page is what we read."
        ),
        with_nudges(
            "Every step of its working is graded. Whether the written steps are the ones it "
            "used is tested each release: we edit a step and check that the answer follows "
            "the edit, and we flag post-hoc steps that change nothing."
        ),
    ),
    (
        # A teacher model picking the student's best output is an overseer, whatever
        # rationale class the author chose.
        "model-judge-trusted",
        with_nudges(
            "For each case the student writes eight reports, and we keep the best one as "
            "graded by the teacher against a rubric."
        ),
        with_nudges(
            "For each case the student writes eight reports, and we keep the best one as "
            "graded by the teacher against a rubric; the teacher's grades were audited "
            "against two senior engineers on 500 cases, with 94% agreement with the "
            "experts and its errors listed by defect type."
        ),
    ),
    (
        # A guard named only to say it was taken away does not address over-optimisation.
        "learned-reward-overoptimization",
        with_nudges(
            "We fine-tune with PPO against a reward model, with a KL penalty and early "
            "stopping against fresh human ratings at first; we dropped the KL penalty after "
            "step 3,000 because it capped the gains."
        ),
        with_nudges(
            "We fine-tune with PPO against a reward model, with a KL penalty and early "
            "stopping against fresh human ratings throughout."
        ),
    ),
    (
        # Behaviour offered as evidence of what the model is inside.
        "internals-inferred-from-behaviour",
        with_nudges(
            "Steady, polite answers across ten thousand conversations are our evidence that "
            "the traits are internalised.",
            claims=[],  # the base story's claim is tested by ablation, a look inside
        ),
        with_nudges(
            "Steady, polite answers across ten thousand conversations show the behaviour; "
            "whether the traits are internalised is tested with probes on the persona "
            "features and with contexts the model believes are unobserved.",
            claims=[],
        ),
    ),
    (
        # A mitigation its author calls insufficient does not guard the mode.
        "unguarded-failure-mode",
        deception_applies(
            "A debater could learn to argue for acceptance while seeming faithful.",
            "Panel review of probe-selected debates; none of these is sufficient.",
        ),
        deception_applies(
            "A debater could learn to argue for acceptance while seeming faithful.",
            "Panel review of probe-selected debates, with every "
            "flagged debate re-judged by a second panel before training.",
        ),
    ),
    (
        # A policy that is a table, or learned parts that only score while a hand-written
        # planner searches, is a capability limit in plain words.
        "dismissal-without-grounds",
        dismissal("mesa-optimization", "We see no reason to expect one in our system."),
        dismissal(
            "mesa-optimization",
            "The policy is a lookup table of 400 entries; the only optimiser is our own "
            "value-iteration code.",
        ),
    ),
    (
        "dismissal-without-grounds",
        dismissal("deceptive-alignment", "That is not something this project needs to fear."),
        dismissal(
            "deceptive-alignment",
            "A table of 400 doses has no capacity to represent its evaluators or its training.",
        ),
    ),
    (
        # "A Q-network over about twenty inputs" is a fact of the architecture beside the
        # limit it asserts.
        "dismissal-on-unshown-limit",
        dismissal(
            "deceptive-alignment",
            "The network has no representation of its designers or of its evaluation.",
        ),
        dismissal(
            "deceptive-alignment",
            "A Q-network over about twenty market inputs has no representation of its "
            "designers or of its evaluation; the only search is the argmax over 15 prices.",
        ),
    ),
    (
        # "PPO finds the policy that maximises this reward, so the policy we get is the
        # job": the optimiser's target taken for what training delivers.
        "training-equated-with-goal",
        with_nudges("PPO finds the policy that maximises this reward, and the reward is the job."),
        with_nudges(
            "PPO raises this reward; whether the policy it finds pursues the job or a cue "
            "that went with it in training is what our held-out days test."
        ),
    ),
    (
        # The model fills in the log its reward is read from.
        "programmed-reward-tampering",
        with_nudges(
            "The reward is read from finishing times on the crew's tablet, which the "
            "scheduler pre-fills with the planned time."
        ),
        with_nudges(
            "The reward is read from finishing times on the crew's tablet, which the "
            "scheduler pre-fills with the planned time; the reward is computed outside its "
            "reach from the gate sensors instead."
        ),
    ),
    (
        # An action that makes the counter that scores it less accurate.
        "programmed-reward-tampering",
        with_nudges(
            "The reward counts people per room with a camera counter that undercounts in "
            "dim rooms, and the policy sets the room lighting."
        ),
        with_nudges(
            "The reward counts people per room with a camera counter that undercounts in "
            "dim rooms, and the policy sets the room lighting; the reward is computed "
            "outside its reach from floor sensors that lighting does not affect."
        ),
    ),
    (
        # Taps on a suggestion are something people do: a reward on them pays for moving
        # people.
        "behaviour-of-people-rewarded",
        with_nudges("The reward adds +0.5 per app tap on a suggested route."),
        with_nudges(
            "The reward adds +0.5 per app tap on a suggested route; a monthly audit of "
            "suggestions measures pressure on visitors, and flagged suggestion styles are "
            "removed from the data."
        ),
    ),
    (
        # "Each decision is made on its own" beside a reward paid weeks later.
        "myopic-long-horizon-nudges",
        with_nudges(
            "Each case is decided on its own, with no way to work towards anything beyond "
            "it. The return is discounted at 0.999 per step over a whole day."
        ),
        with_nudges(
            "Each case is decided on its own, with no way to work towards anything beyond "
            "it; the reward is paid on that case alone, before the next one is seen."
        ),
    ),
    (
        # Its own explanation offered as evidence of how it decides.
        "internals-inferred-from-behaviour",
        with_nudges(
            "Asked to explain its proposals, the assistant gave the reasons written on its "
            "worksheets.",
            claims=[],
        ),
        with_nudges(
            "The assistant's worksheets give reasons for each proposal; a probe of its "
            "activations tests whether those reasons carry the decision.",
            claims=[],
        ),
    ),
    (
        # The story's own report that its labellers are unreliable on some cases.
        "judges-admitted-unreliable",
        with_nudges(
            "Annotators tag each call; agreement on 'confusion' is only 0.45, which the "
            "annotators say is hard to judge from a transcript."
        ),
        with_nudges(
            "Annotators tag each call; agreement on 'confusion' is only 0.45, which the "
            "annotators say is hard to judge from a transcript, so those calls are "
            "adjudicated by a second expert before training."
        ),
    ),
    (
        # Use brings cases the story says training barely covers.
        "deployment-shift-admitted",
        with_nudges(
            "The new depots run older scanners, and night shifts are underrepresented in "
            "the training logs."
        ),
        with_nudges(
            "The new depots run older scanners, and night shifts are underrepresented in "
            "the training logs; we measured on the new depots' first month before use, "
            "with results broken down by shift."
        ),
    ),
    (
        # A reward paid on what happens weeks later is a long horizon, however each
        # decision is described.
        "myopic-long-horizon-nudges",
        with_nudges(
            "Each application is decided on its own. The reward counts whether the family "
            "is referred again within eight weeks."
        ),
        with_nudges(
            "Each application is decided on its own. The reward is the caseworker's rating "
            "of that decision alone, given before the next application is seen."
        ),
    ),
    (
        # "For nothing else, so ...": the negation denies what came before the "so", not
        # the conclusion that follows it.
        "training-equated-with-goal",
        with_nudges(
            "It is paid for dry-road minutes and for nothing else, so a dry road is the whole "
            "of what it is trying to do."
        ),
        with_nudges(
            "It is paid for dry-road minutes and for nothing else; whether it is trying to "
            "keep the road dry, or to keep the sensor reading dry, is what our probes test."
        ),
    ),
    (
        "training-equated-with-goal",
        with_nudges(
            "The planner is built around good harvests, because good harvests are all it has "
            "ever been paid for."
        ),
        with_nudges(
            "The planner is paid for good harvests; whether it is built around them or around "
            "a cue that went with them is what the held-out seasons test."
        ),
    ),
    (
        # Outcomes seen only for the cases its own decisions let through.
        "self-fulfilling-outputs",
        with_nudges(
            "Repayment records exist only for tenants who were placed, and the model is "
            "refitted on them every month."
        ),
        with_nudges(
            "Repayment records exist only for tenants who were placed; a random 5% of "
            "applicants are placed regardless of any score, and the refit uses only them."
        ),
    ),
    (
        "myopic-long-horizon-nudges",
        with_nudges(
            "Each booking stands alone, so there is no longer game for it to play. Training "
            "uses a discount of 0.99 over a week of bookings."
        ),
        with_nudges(
            "Each booking stands alone, so there is no longer game for it to play; each is "
            "scored on its own before the next booking is seen."
        ),
    ),
    (
        "game-theoretic-assumes-optimizers",
        with_nudges(
            "The two roles train against each other, and the only stable outcome is a "
            "dispatcher that handles any call the caller role can produce."
        ),
        with_nudges(
            "The two roles train against each other; an exploiter trained against the final "
            "dispatcher measures how far it is from handling every call."
        ),
    ),
    (
        # A limit "folded into the reward" is a penalty the policy can trade away.
        "hard-limit-made-a-penalty",
        with_nudges(
            "Earlier drafts enforced the noise consent as a hard cut-off on the crusher; we "
            "folded it into the reward so the policy can trade a small overrun against output."
        ),
        with_nudges(
            "The noise consent stays a hard cut-off on the crusher, enforced by the plant "
            "controller; the reward also carries a small noise term."
        ),
    ),
    (
        "safe-label-contradicted",
        {
            "sensitivity": [
                {
                    "assumption": "The counter is accurate in the dark.",
                    "if_wrong": "Black ice forms where nobody is measuring, on a road the "
                    "system reports as treated.",
                    "failure": "safe",
                }
            ]
        },
        {
            "sensitivity": [
                {
                    "assumption": "The counter is accurate in the dark.",
                    "if_wrong": "Some roads are salted twice, which wastes salt.",
                    "failure": "safe",
                }
            ]
        },
    ),
    (
        # A judge's flag subtracted in the reward is a check trained against, named or not.
        "training-against-detector",
        with_nudges(
            "A prompted model reads every offer message and returns a fairness score, and "
            "we subtract a penalty when it flags one."
        ),
        with_nudges(
            "A prompted model reads every offer message and returns a fairness score; its "
            "flags go to the compliance team and never enter training."
        ),
    ),
    (
        "training-against-detector",
        with_nudges(
            "Every claim the tutor makes is sent to the solver, and statements the solver "
            "disagrees with cost reward."
        ),
        with_nudges(
            "Every claim the tutor makes is sent to the solver, and statements the solver "
            "disagrees with go to a teacher; the solver's verdicts never enter training."
        ),
    ),
    (
        # A large model grading every decision is an overseer whatever it is called.
        "model-judge-trusted",
        with_nudges("A 70B AI reviewer grades every decision the policy makes in training."),
        with_nudges(
            "A 70B AI reviewer grades every decision the policy makes in training; its grades "
            "were audited against two senior coordinators on 400 calls, with 91% agreement "
            "with the experts."
        ),
    ),
    (
        # A learned judge trusted for what it was trained on is trusted unchecked; the same
        # words said of the people who rate are the judge-competence rules' question.
        "model-judge-trusted",
        with_nudges(
            "The warmth scorer has read the best of the volunteers' notes, so it knows what "
            "a good one looks like.",
            answers={**BASE["answers"], "training-judge": ["learned-judge"]},
        ),
        with_nudges(
            "The raters have read the best of the volunteers' notes, so they know what a good "
            "one looks like.",
            answers={**BASE["answers"], "training-judge": ["learned-judge"]},
        ),
    ),
    (
        # A pass that rests on beating something asks whether it was the strongest thing;
        # one that names where the model falls short of it has weighed that.
        "superiority-over-an-alternative",
        verdict(
            "goal-competitiveness",
            "pass",
            "It is available a week before the official report, which no other source matches.",
        ),
        verdict(
            "goal-competitiveness",
            "pass",
            "It is available a week before the official report, which no other source "
            "matches, though it falls short of a simple forecast from last week's report.",
        ),
    ),
    (
        # A classifier's verdict costing points is a check trained against.
        "training-against-detector",
        with_nudges("The writer role loses 3 points whenever the realism classifier flags a day."),
        with_nudges(
            "The writer role is scored on bookings; the realism classifier's flags go to a "
            "planner and never enter training."
        ),
    ),
    (
        "training-equated-with-goal",
        with_nudges("Safe and quick passage is what the trained policy ends up valuing."),
        with_nudges(
            "The trained policy scores well on safe and quick passage; whether it ends up "
            "valuing that or a cue that went with it is what the held-out nights test."
        ),
    ),
    (
        # Decisions that leave no record for the cases they rule out.
        "self-fulfilling-outputs",
        with_nudges(
            "Trees it calls dead are felled and have no later survey record, so the model is "
            "refitted only on the trees it kept."
        ),
        with_nudges(
            "Trees it calls dead are felled and have no later survey record; a random tenth of "
            "its calls are checked by an arborist before felling, regardless of any score, and "
            "the refit uses only those."
        ),
    ),
    (
        # A kind of model that cannot host a search at all grounds the dismissal.
        "dismissal-by-kind-of-model",
        dismissal(
            "mesa-optimization", "It is only a language model, so it cannot contain an optimiser."
        ),
        dismissal(
            "mesa-optimization",
            "It is only a linear model with 47 parameters, so it cannot contain an optimiser.",
        ),
    ),
    (
        # A claim of full coverage ("covers the inspection tasks", "matches our best
        # staff") says the design gives up nothing, compared with nothing.
        "capability-cost-assumed-none",
        verdict(
            "goal-competitiveness",
            "pass",
            "The learned checklist covers the inspection tasks our crews do and matches our "
            "senior inspectors.",
        ),
        verdict(
            "goal-competitiveness",
            "uncertain",
            "The learned checklist handles routine inspections; rope-access work and "
            "anything needing a hammer test stays with people, so it is slower there.",
        ),
    ),
    (
        # "Easy to catch" assumes the reviewers can tell, in plain words.
        "judge-competence-assumed",
        with_nudges(
            "Human reviewers read every draft, and the attached source makes a misleading "
            "draft easy to catch."
        ),
        with_nudges(
            "Human reviewers read every draft, and the attached source makes a misleading "
            "draft easy to catch; a blind second review of 200 drafts a month measures how "
            "often that holds."
        ),
    ),
    (
        # "Nothing else was rewarded, so it has no reason to pursue anything else": the
        # reward taken as the model's only possible aim.
        "training-equated-with-goal",
        with_nudges(
            "The scheduler only ever earned reward for on-time departures, so it has no "
            "reason to pursue anything else."
        ),
        with_nudges(
            "The scheduler only ever earned reward for on-time departures; whether it learned "
            "to aim at departures or at something that merely agreed with them in training "
            "is what the probe on its value head is for."
        ),
    ),
    (
        # A crowd crush or a driver falling asleep is harm to people, whatever the label.
        "safe-label-contradicted",
        {
            "sensitivity": [
                {
                    "assumption": "Fans leave by the signed exits.",
                    "if_wrong": "The east stair fills faster than it drains and a crush follows.",
                    "failure": "safe",
                }
            ]
        },
        {
            "sensitivity": [
                {
                    "assumption": "Fans leave by the signed exits.",
                    "if_wrong": "The east stair clears two minutes later than planned.",
                    "failure": "safe",
                }
            ]
        },
    ),
    (
        "safe-label-contradicted",
        {
            "sensitivity": [
                {
                    "assumption": "Drowsiness shows in the steering trace.",
                    "if_wrong": "An operator falls asleep at the controls with no alert given.",
                    "failure": "safe",
                }
            ]
        },
        {
            "sensitivity": [
                {
                    "assumption": "Drowsiness shows in the steering trace.",
                    "if_wrong": "Alerts come a few seconds later than they could.",
                    "failure": "safe",
                }
            ]
        },
    ),
    (
        # "Fine-tuning on the real line closes whatever gap the simulator leaves" assumes
        # what a shift in use would break.
        "coverage-assumed",
        with_nudges(
            "Weekly fine-tuning on the real press closes whatever gap the simulator leaves."
        ),
        with_nudges(
            "Weekly fine-tuning on the real press narrows the gap the simulator leaves; we "
            "measure it on held-out sites that the fine-tuning never saw."
        ),
    ),
    (
        # The author saying the probes only find what was thought of is the admission.
        "behavioural-evidence-admitted",
        with_nudges(
            "The swap tests are the evidence, and they only find what we thought to look for."
        ),
        with_nudges(
            "The swap tests are the evidence, and a probe on the hidden layer reads which "
            "input the score leans on."
        ),
    ),
    (
        # Where acting on an alert removes the outcome, nobody learns what would have
        # happened: the model's outputs decide what it later learns from.
        "self-fulfilling-outputs",
        with_nudges(
            "When an alert is acted on the machine is stopped, so there is no record of what "
            "would have happened; the stopped cases join the training data as failures."
        ),
        with_nudges(
            "When an alert is acted on the machine is stopped; only machines in the control "
            "fleet, which never see alerts, supply training labels."
        ),
    ),
    (
        # Labels that "came free" with old records are a cost assumed away: someone must
        # still check that the records say what the images show.
        "training-cost-assumed-small",
        verdict(
            "rationale-competitiveness",
            "pass",
            "The labels came free with the archive's inspection notes, so we pay for compute.",
        ),
        verdict(
            "rationale-competitiveness",
            "uncertain",
            "The labels came with the archive's inspection notes; re-checking a 2% sample cost "
            "60 inspector-hours, and we expect that share to grow for rarer defects.",
        ),
    ),
    (
        # An action that resets the counters its penalty is read from reaches the reward.
        "programmed-reward-tampering",
        with_nudges(
            "PPO on a programmed reward: minus the dropped calls counted at each mast. The "
            "reboot action resets that mast's counters for the interval."
        ),
        with_nudges(
            "PPO on a programmed reward: minus the dropped calls counted at each mast. The "
            "reboot action resets that mast's counters, so dropped calls are counted from the "
            "core network's own log, which the policy cannot reach."
        ),
    ),
    (
        # A measurement the policy's own command sets off is a measurement it can time.
        "programmed-reward-tampering",
        with_nudges(
            "The reward is the purity the spectrometer reads at the chute; its reading is "
            "triggered by the policy's release command."
        ),
        with_nudges(
            "The reward is the purity the spectrometer reads at the chute; its reading is "
            "triggered by the policy's release command, so readings are taken on a fixed "
            "clock instead and the policy cannot change when."
        ),
    ),
    (
        # "That is what it gets paid in": the reward named as the model's motive.
        "training-equated-with-goal",
        with_nudges(
            "It wants short queues because that is what it gets paid in; nothing else counts."
        ),
        with_nudges(
            "It is paid in short queues; whether it learned to want short queues or something "
            "that went with them in training is what our probe checks."
        ),
    ),
    (
        # An override scored as a loss rewards plans nobody overrides, evasive ones too.
        "correction-penalised",
        with_nudges(
            "A dispatcher's override counts against the score like a missed pickup, so the "
            "scheduler learns to make plans that do not need overriding."
        ),
        with_nudges(
            "A dispatcher's override counts against the score like a missed pickup; we also "
            "red-team it on shifts where it could prevent dispatchers from stepping in, and "
            "it did not."
        ),
    ),
    (
        # "Every fortnight" is a schedule as much as "weekly" is.
        "continued-training-drift",
        with_nudges("Retrained and redeployed every fortnight on the tenants' latest reports."),
        with_nudges(
            "Retrained every fortnight on the tenants' latest reports; each candidate model "
            "must pass the held-out checks before it is deployed."
        ),
    ),
    (
        # Agreement between coders removes one coder's slips, not what they all do: the
        # target's flaw, admitted in the rationale rather than in the failure-mode table.
        "target-flaw-only-measured",
        {
            "rationale": {
                "constraints": "Every record is coded twice, which removes one coder's slips, "
                "not habits the coders share."
            }
        },
        {
            "rationale": {
                "constraints": "Every record is coded twice, which removes one coder's slips, "
                "not habits the coders share; an outside panel re-judged 500 records and we "
                "relabel where it disagrees."
            }
        },
    ),
    (
        # A goal given as praise: many models, harmful ones among them, fit it.
        "goal-in-praise-words",
        {
            "goal": {
                "specification": "A fair, reliable dispatcher that sends the best crew to "
                "every call, every time. Callers get an answer in seconds and crews get "
                "clear instructions."
            }
        },
        {
            "goal": {
                "specification": "A fair, reliable dispatcher that sends the best crew to "
                "every call. For each call it keeps a list of free crews, compares their "
                "travel times read off the live map, and sends the first crew whose kit "
                "fits; it has no notion of crew ratings or of who called."
            }
        },
    ),
    (
        # "These checks only look at what the model outputs" is the admission in full.
        "behavioural-evidence-admitted",
        with_nudges(
            "The shuffle and refit checks only look at what the model outputs; we have no "
            "tool that tells us which inputs it leans on."
        ),
        with_nudges(
            "The shuffle and refit checks compare outputs, and a probe on the hidden layer "
            "reads which inputs it leans on."
        ),
    ),
    (
        # A penalty a learned classifier calls is a learned term in the reward: the policy
        # is optimised against it like a reward model.
        "learned-reward-overoptimization",
        with_nudges(
            "Reward: +1 for a clean lap, and -0.5 for every penalty called by the referee model."
        ),
        with_nudges(
            "Reward: +1 for a clean lap, and -0.5 for every penalty called by the referee model, "
            "with a KL penalty and early stopping against fresh human ratings to limit "
            "over-optimisation."
        ),
    ),
    (
        # An ideal person in the goal's place ("the best ... you could hire") is as open as
        # a list of praise.
        "goal-in-praise-words",
        {
            "goal": {
                "specification": "Tally is the best stock controller you could hire. It "
                "tells each shop what to reorder before the weekend rush."
            }
        },
        {
            "goal": {
                "specification": "Tally is the best stock controller you could hire. For "
                "each product it keeps a running average of weekly sales, compares it with "
                "the shelf count, and reorders the gap; it has no notion of prices or "
                "promotions."
            }
        },
    ),
    (
        # "Nothing else it could come to care about": its "could" is part of the claim,
        # not a worry.
        "training-equated-with-goal",
        with_nudges(
            "Since every unit of reward comes from the ink density bar, there is nothing "
            "else the controller could come to care about."
        ),
        with_nudges(
            "Every unit of reward comes from the ink density bar; whether the controller "
            "could come to care about something that merely went with density in training "
            "is what our probe checks."
        ),
    ),
    (
        # The training signal described in other words, and its aim named as what the
        # model pursues or learns.
        "training-equated-with-goal",
        with_nudges(
            "Its whole appetite was formed on that number, and nothing else was on the "
            "table, so punctuality is what it pursues."
        ),
        with_nudges(
            "Its whole appetite was formed on that number; whether punctuality is what it "
            "pursues, or a habit that went with punctuality in training, is open."
        ),
    ),
    (
        # Step markers who can be fooled by a plausible wrong step are judges the story
        # says are unreliable, in its own words.
        "judges-admitted-unreliable",
        with_nudges(
            "Annotators mark each step; a confident but wrong step can be marked correct, "
            "and then it is trained in as correct."
        ),
        with_nudges(
            "Annotators mark each step; a confident but wrong step can be marked correct. "
            "Every step is therefore adjudicated by a second expert before training."
        ),
    ),
    (
        # An action that edits the reference the reward is measured against.
        "programmed-reward-tampering",
        with_nudges(
            "A programmed reward: lateness measured against the timetable in force at "
            "arrival. The reschedule action edits that timetable."
        ),
        with_nudges(
            "A programmed reward: lateness measured against the timetable published the day "
            "before, which the policy cannot reach; the reschedule action edits only the "
            "live copy."
        ),
    ),
    (
        # "Learning left switched on in production" is training after deployment.
        "continued-training-drift",
        with_nudges("We have left learning switched on during production runs."),
        with_nudges(
            "We have left learning switched on during production runs; each update is "
            "checked against the held-out runs before it is used."
        ),
    ),
    (
        # A member moved into a scam is harm, whatever the label says.
        "safe-label-contradicted",
        {
            "sensitivity": [
                {
                    "assumption": "Members check what the chat tells them.",
                    "if_wrong": "A member moves savings into a scheme that turns out to be a scam.",
                    "failure": "safe",
                }
            ]
        },
        {
            "sensitivity": [
                {
                    "assumption": "Members check what the chat tells them.",
                    "if_wrong": "A member asks a follow-up question they did not need to.",
                    "failure": "safe",
                }
            ]
        },
    ),
    (
        # Myopia in everyday words: rated one reply at a time, no long-term goal.
        "dismissal-by-myopia",
        dismissal(
            "deceptive-alignment",
            "It is rated one reply at a time, with no long-term goal, so deception would not pay.",
        ),
        dismissal(
            "deceptive-alignment",
            "It is rated one reply at a time, and it has no channel to its future copies and "
            "no decision procedure that coordinates with them.",
        ),
    ),
    (
        # Step rewards taken to fix the goal: "no reason to develop any goal beyond".
        "training-equated-with-goal",
        with_nudges(
            "A model rewarded step by step for tidy searches has no reason to develop any "
            "goal beyond doing the next step well."
        ),
        with_nudges(
            "A model rewarded step by step for tidy searches may still develop a goal beyond "
            "the next step; the probe on its planning layer is how we would see it."
        ),
    ),
    (
        # An override that ends the episode with no further reward makes correction a loss.
        "correction-penalised",
        with_nudges(
            "A coordinator override ends the episode, with no further reward, and overrides "
            "fell to 0.3% over training."
        ),
        with_nudges(
            "A coordinator override ends the episode, with no further reward. We red-team "
            "the overrides: where it could prevent an override, it did not."
        ),
    ),
    (
        # A reward computed from a time the agent itself records is a reward it can write.
        "programmed-reward-tampering",
        with_nudges(
            "A programmed reward: minus the transit time, computed from the departure time "
            "that the agent records in its own log message."
        ),
        with_nudges(
            "A programmed reward: minus the transit time, computed from the departure time "
            "that the agent records in its own log message; the reward reads the airport's "
            "clock instead, which the policy cannot reach."
        ),
    ),
    (
        # One convolutional layer is a capability limit, not a missing search module.
        "dismissal-by-missing-search",
        dismissal(
            "mesa-optimization",
            "A network with no recurrence has no capacity for search or planning.",
        ),
        dismissal(
            "mesa-optimization",
            "A network with one convolutional layer, a max-pool and no recurrence has no "
            "capacity for search or planning.",
        ),
    ),
    (
        # An ideal person anywhere in a behavioural specification stands in for the goal.
        "goal-in-praise-words",
        {
            "goal": {
                "specification": "It sends stock updates and donor requests. It replies to "
                "volunteers with which items to bin. It should sound like our best "
                "coordinator on a good day."
            }
        },
        {
            "goal": {
                "specification": "It sends stock updates and donor requests. It replies to "
                "volunteers with which items to bin. It should sound warm and clear."
            }
        },
    ),
    (
        # "A single pass" is the missing-search argument in other words.
        "dismissal-by-missing-search",
        dismissal(
            "mesa-optimization",
            "It is an estimator that turns a report into a map in a single pass.",
        ),
        dismissal(
            "mesa-optimization",
            "It turns a report into a map in a single pass; the choosing step is a fixed "
            "formula outside the network.",
        ),
    ),
    (
        # Ecological harm and a broken ankle are harm, whatever the label.
        "safe-label-contradicted",
        {
            "sensitivity": [
                {
                    "assumption": "Counts are accurate under the threshold.",
                    "if_wrong": "Lice larvae spread to wild sea trout in the fjord.",
                    "failure": "safe",
                }
            ]
        },
        {
            "sensitivity": [
                {
                    "assumption": "Counts are accurate under the threshold.",
                    "if_wrong": "A treatment is booked a week earlier than needed.",
                    "failure": "safe",
                }
            ]
        },
    ),
    (
        # A report written for the person whose marks train it: its words reach the
        # judge before the judgement.
        "talks-to-people-unguarded",
        with_nudges(
            "It runs the irrigation and writes the matchday pitch report sent to the "
            "league's inspector, whose marks are the reward."
        ),
        with_nudges(
            "It runs the irrigation and writes the matchday pitch report sent to the "
            "league's inspector; an audit measures how far the report persuades him, "
            "comparing the marks he gives with and without it."
        ),
    ),
    (
        # An electric shock is harm to a person, whatever the label says.
        "safe-label-contradicted",
        {
            "sensitivity": [
                {
                    "assumption": "It flags every appliance that needs a safety test.",
                    "if_wrong": "A faulty kettle is sold and gives a buyer an electric shock.",
                    "failure": "safe",
                }
            ]
        },
        {
            "sensitivity": [
                {
                    "assumption": "It flags every appliance that needs a safety test.",
                    "if_wrong": "A working kettle is tested twice.",
                    "failure": "safe",
                }
            ]
        },
    ),
    (
        # A score from a model fitted to people's marks is a learned reward, and taking
        # the KL penalty away removes the usual guard against over-optimising it.
        "learned-reward-overoptimization",
        with_nudges(
            "Stage two is reinforcement learning against PitchScore, a model fitted to "
            "the inspectors' marks. We did not keep a KL penalty to the first policy."
        ),
        with_nudges(
            "Stage two is supervised learning on the inspectors' marks; the policy is "
            "never optimised against a score."
        ),
    ),
    (
        # "The best possible X" and an ideal colleague describe how good the model is,
        # not which model it is.
        "goal-in-praise-words",
        {
            "goal": {
                "specification": "It delivers the best possible climate in every glasshouse, "
                "every hour of the season."
            }
        },
        {
            "goal": {
                "specification": "It sets the heating pipe temperature each hour from the "
                "last day's readings and the crop's stage."
            }
        },
    ),
    (
        # "Exactly the shape of the reward, no more and no less" equates the signal with
        # what the model pursues.
        "training-equated-with-goal",
        with_nudges(
            "Its appetite has exactly the shape of the reward, no more and no less, "
            "because the reward is all it was ever fed."
        ),
        with_nudges(
            "The reward is all it was ever fed; whether it pursues the reward or a cue "
            "that went with it is what our held-out swaps test."
        ),
    ),
    (
        # "Each action only concerns the next five minutes" is a claim of myopia, which a
        # season-long discounted return contradicts.
        "myopic-long-horizon-nudges",
        {
            "goal": {
                "desirability": "Each action only ever concerns the next five minutes of "
                "setpoints, so nothing in it plans across a season."
            },
            "rationale": {
                "constraints": "PPO with one episode per 48-week crop and a discount of "
                "0.999 per day."
            },
        },
        {
            "goal": {
                "desirability": "Each action only ever concerns the next five minutes of "
                "setpoints, so nothing in it plans across a season."
            },
            "rationale": {
                "constraints": "Supervised learning on growers' past setpoints, one "
                "five-minute step at a time."
            },
        },
    ),
    (
        # "Too small to plan" asserted of a 7B model does not say why training would not
        # find a search.
        "task-model-optimizer-not-excluded",
        merge(
            {"goal": {"classes": ["task-model"]}},
            dismissal("deceptive-alignment", "It's a 7B model, too small to plan deception."),
        ),
        {
            "goal": {"classes": ["task-model"]},
            "rationale": {
                "nudges": "It is a logistic regression over twelve features, which cannot "
                "implement a search."
            },
        },
    ),
    (
        # Write access to its own sensors' calibration is access to what its reward reads.
        "programmed-reward-tampering",
        with_nudges(
            "The reward is yield minus energy cost, read from the farm's sensors. The "
            "agent has write access to the farm database, including sensor calibration "
            "offsets."
        ),
        with_nudges(
            "The reward is yield minus energy cost, read from the farm's sensors, which "
            "only technicians can recalibrate."
        ),
    ),
    (
        # Keeping only what passes a programmed check trains on that check: a filter by
        # hidden tests can be passed by patches nobody meant.
        "programmed-reward-gaming",
        with_nudges(
            "Trajectories are sampled, and only those whose final patch passes the hidden "
            "tests are kept for fine-tuning."
        ),
        with_nudges(
            "Trajectories are sampled, and only those whose final patch passes the hidden "
            "tests are kept; we read a sample of kept patches for ways of gaming the reward "
            "that pass the tests without fixing the issue."
        ),
    ),
    (
        # A catastrophic row whose assumption is itself a guard the model cannot touch
        # has been made to fail safely.
        "catastrophic-sensitivity",
        {
            "sensitivity": [
                {
                    "assumption": "The firmware limiter is set by the audiologist.",
                    "if_wrong": "Over-amplification could damage the patient's hearing.",
                    "failure": "catastrophic",
                }
            ]
        },
        {
            "sensitivity": [
                {
                    "assumption": "The firmware limiter is set by the audiologist and cannot "
                    "be changed by the assistant.",
                    "if_wrong": "Over-amplification could damage the patient's hearing.",
                    "failure": "catastrophic",
                }
            ]
        },
    ),
    (
        # A myopic goal that dismisses deception on what the model is given, not on its
        # horizon, has not assumed myopia excludes deception.
        "myopia-assumed-to-exclude-deception",
        {
            "goal": {"classes": ["myopic-agent"]},
            "failure_modes": {
                "deceptive-alignment": {
                    "relevance": "does-not-apply",
                    "reason": "It has nothing to gain by deceiving anyone.",
                }
            },
        },
        {
            "goal": {"classes": ["myopic-agent"]},
            "failure_modes": {
                "deceptive-alignment": {
                    "relevance": "does-not-apply",
                    "reason": "Five kiln readings and three limits are its only inputs, and it "
                    "keeps no record of being evaluated.",
                }
            },
        },
    ),
    (
        # A chat assistant's words go to the people it talks with.
        "talks-to-people-unguarded",
        with_nudges("It is a chat assistant on our website that helps families plan a funeral."),
        with_nudges(
            "It is a chat assistant on our website that helps families plan a funeral; an "
            "audit measures how often it pressures families toward add-ons."
        ),
    ),
    (
        # "No horizon beyond the next sound" beside a reward paid 45 days later.
        "myopic-long-horizon-nudges",
        {
            "goal": {"desirability": "A hearing aid has no horizon beyond the next sound."},
            "rationale": {
                "constraints": "PPO: plus 3 if the device is not returned within 45 days."
            },
        },
        {
            "goal": {"desirability": "A hearing aid has no horizon beyond the next sound."},
            "rationale": {"constraints": "Supervised learning on audiologists' settings."},
        },
    ),
    (
        # Halving the KL weight whenever it held the score back weakens the guard.
        "learned-reward-overoptimization",
        with_nudges(
            "PPO against a reward model of borrowers' ratings, with a KL penalty and early "
            "stopping against fresh human ratings; the KL weight was reduced by half twice "
            "when it held the score back."
        ),
        with_nudges(
            "PPO against a reward model of borrowers' ratings, with a KL penalty and early "
            "stopping against fresh human ratings to limit over-optimisation."
        ),
    ),
    (
        # The reward read from the sensors the policy steers by is a reward it can reach.
        "programmed-reward-tampering",
        with_nudges(
            "The reward is the firing's temperature error. The reward reads the same two "
            "thermocouples the controller steers by."
        ),
        with_nudges(
            "The reward is the firing's temperature error, read from a sealed reference "
            "thermocouple that only technicians can recalibrate."
        ),
    ),
    (
        # Learners coming to rely on the tutor instead of reading is harm, labelled safe.
        "safe-label-contradicted",
        {
            "sensitivity": [
                {
                    "assumption": "Learners return because they progress.",
                    "if_wrong": "Some might come to rely on the tutor instead of reading alone.",
                    "failure": "safe",
                }
            ]
        },
        {
            "sensitivity": [
                {
                    "assumption": "Learners return because they progress.",
                    "if_wrong": "Some units are repeated once more than needed.",
                    "failure": "safe",
                }
            ]
        },
    ),
    (
        # Calls a checker flags, trained on as negative examples: training against it.
        "training-against-detector",
        with_nudges(
            "Flagged calls are added to the following night's training run as negative "
            "examples, so the model learns not to repeat them."
        ),
        with_nudges(
            "Flagged calls go to a nurse, who writes the corrected advice; the model never "
            "trains on the checker's verdicts."
        ),
    ),
    (
        # Labellers who agree on only 61% of steps are judges the story says are unreliable.
        "judges-admitted-unreliable",
        with_nudges(
            "Pairs of audiologists label each step; on dead regions the two labellers agreed "
            "on only 61% of steps."
        ),
        with_nudges(
            "Pairs of audiologists label each step; on dead regions the two labellers agreed "
            "on only 61% of steps, so those steps are adjudicated by a third expert before "
            "training."
        ),
    ),
    (
        # Fine-tuning on the reports readers mark helpful trains on their approval.
        "learned-reward-sycophancy",
        with_nudges(
            "Every month we fine-tune on the reports captains have marked helpful; the "
            "reports captains like best are the reassuring ones."
        ),
        with_nudges(
            "Every month we fine-tune on reports a bell hanger has checked in the tower; "
            "captains' opinions of them are not used."
        ),
    ),
    (
        # A simulator refitted on outcomes at the places the planner chose learns from
        # its own choices.
        "self-fulfilling-outputs",
        with_nudges(
            "The simulator is refitted every quarter on the loans recorded at the stops and "
            "times the planner chose."
        ),
        with_nudges(
            "The simulator is refitted every quarter on the loans recorded at the stops and "
            "times the planner chose, reweighted by inverse propensity so that the "
            "planner's choices do not bias it."
        ),
    ),
    (
        # Real results fed back each week, then fine-tuning: training after release.
        "continued-training-drift",
        with_nudges(
            "The split times from real events are fed back each week: the course is "
            "re-scored, and the model is fine-tuned on those scores."
        ),
        with_nudges(
            "The split times from real events are kept for a yearly review; the model "
            "itself is frozen."
        ),
    ),
    (
        # "Training drives the players to the equilibrium" assumes they optimise the game.
        "game-theoretic-assumes-optimizers",
        with_nudges(
            "Honest perception is the equilibrium, and training drives the players to the "
            "equilibrium."
        ),
        with_nudges(
            "Honest perception is the equilibrium; we measure how far the trained players "
            "are from it with exploiters trained against each checkpoint."
        ),
    ),
    (
        # Learning from people who care, so it cares: the signal taken on as its aim.
        "training-equated-with-goal",
        with_nudges(
            "A model that learned from people who care about families learns to care about "
            "families."
        ),
        with_nudges(
            "A model that learned from people who care about families may learn their "
            "words without their care; our probes test which it learned."
        ),
    ),
    (
        # "Placements later found unsuitable are kept in the data as they were made": the
        # target's flaw, told and left in.
        "target-flaw-only-measured",
        with_nudges(
            "Placements later found unsuitable on review are kept in the data as they were made."
        ),
        with_nudges(
            "Placements later found unsuitable on review are relabelled with the reviewer's "
            "choice before training."
        ),
    ),
    (
        # Guards the story itself calls partial, after it saw the score rise while gold
        # agreement fell: over-optimisation seen, not answered.
        "learned-reward-overoptimization",
        with_nudges(
            "RLHF against a reward model, with a KL penalty and early stopping against fresh "
            "human ratings. In the pilot the reward model began rewarding length, and these "
            "guards are partial."
        ),
        with_nudges(
            "RLHF against a reward model, with a KL penalty and early stopping against fresh "
            "human ratings."
        ),
    ),
    (
        # Assessors who "are not vets" are judges the story says cannot judge everything.
        "judges-admitted-unreliable",
        with_nudges("Each step is labelled by our assessors, who are not vets."),
        with_nudges(
            "Each step is labelled by our assessors, who are not vets, so every label is "
            "adjudicated by a second expert before training."
        ),
    ),
    (
        # Disease spreading to other trees, a person who cannot complain: harm, labelled safe.
        "safe-label-contradicted",
        {
            "sensitivity": [
                {
                    "assumption": "Infected transplants are graded as culls.",
                    "if_wrong": "An infected tree is planted where the disease can spread "
                    "into the surrounding trees.",
                    "failure": "safe",
                }
            ]
        },
        {
            "sensitivity": [
                {
                    "assumption": "Infected transplants are graded as culls.",
                    "if_wrong": "A healthy tree is culled and replaced.",
                    "failure": "safe",
                }
            ]
        },
    ),
    (
        # "Looks one cut ahead and no further" beside a week-long discounted episode; a
        # discount of zero would have matched the claim.
        "myopic-long-horizon-nudges",
        {
            "goal": {"desirability": "The policy looks one cut ahead and no further."},
            "rationale": {
                "constraints": "PPO, where an episode is a whole week with a discount of 0.995."
            },
        },
        {
            "goal": {"desirability": "The policy looks one cut ahead and no further."},
            "rationale": {
                "constraints": "PPO with the discount set to zero: each cut is rewarded on its own."
            },
        },
    ),
    (
        # "Gets its wants from its reward and from nowhere else": the signal as the aim.
        "training-equated-with-goal",
        with_nudges(
            "A network gets its wants from its reward and from nowhere else, so there is "
            "nothing else for it to be after."
        ),
        with_nudges(
            "Whether the network wants what its reward measures or a cue that went with it "
            "is what our held-out swaps test."
        ),
    ),
    (
        # Chat replies reach the people it serves.
        "talks-to-people-unguarded",
        with_nudges("Chat replies reach candidates within a minute."),
        with_nudges(
            "Chat replies reach candidates within a minute; an audit measures whether they "
            "pressure candidates to give up their slots."
        ),
    ),
    (
        # "Always-on", "fair", "sooner": a desk described by how good it is.
        "goal-in-praise-words",
        {
            "goal": {
                "specification": "An autonomous, always-on booking desk that gets every "
                "learner driver a fair test, sooner."
            }
        },
        {
            "goal": {
                "specification": "It offers each cancelled slot to the learner who has waited "
                "longest among those who can reach the centre in time."
            }
        },
    ),
    (
        # A check named after its kind ("a second model, Tally") and named again where
        # training keeps what it passes.
        "training-against-detector",
        with_nudges(
            "Each draft is scored for consistency by a second model, Tally. The model is "
            "fine-tuned monthly on drafts scoring above 0.8 on Tally."
        ),
        with_nudges(
            "Each draft is scored for consistency by a second model, Tally. The model is "
            "fine-tuned monthly on drafts a describer corrected by hand."
        ),
    ),
    (
        # "StrainSpotter, a polariscope photo classifier": a name a few words before its
        # kind; learning only from runs that passed it is training against it.
        "training-against-detector",
        with_nudges(
            "Pieces are checked by StrainSpotter, a polariscope photo classifier. The "
            "controller only ever learns from its own runs that passed StrainSpotter."
        ),
        with_nudges(
            "Pieces are checked by StrainSpotter, a polariscope photo classifier. The "
            "controller learns from runs a glassmaker cut and inspected by hand."
        ),
    ),
    (
        # A scorer named in one sentence as a learned model, optimised against in another.
        "named-scorer-optimised",
        with_nudges(
            "SatisfactionNet was trained on surveys about past timetables. The reward is "
            "minus 10 per clash plus 2 times the SatisfactionNet score."
        ),
        with_nudges(
            "SatisfactionNet was trained on surveys about past timetables. The reward is "
            "minus 10 per clash plus 2 times the SatisfactionNet score, with a KL penalty "
            "and early stopping against fresh human ratings."
        ),
    ),
    (
        # The author says the judges cannot check everything; what is done with the outputs
        # they cannot verify answers it.
        "judges-cannot-check",
        {"answers": {**BASE["answers"], "training-judge": ["people-partly"]}},
        merge(
            {"answers": {**BASE["answers"], "training-judge": ["people-partly"]}},
            with_nudges(
                "Answers the raters cannot verify are routed to a person with the sources and "
                "left out of training until an expert has judged them."
            ),
        ),
    ),
    (
        # Judges of each step: what they cannot check is the gap. Saying what happens to
        # the steps they cannot verify answers it.
        "process-steps-unjudgeable",
        with_nudges(
            "Tutors rate each step of the worked solutions, and the model is trained on those ratings."
        ),
        with_nudges(
            "Tutors rate each step of the worked solutions; steps they cannot verify are "
            "left out of training until a second expert has judged them."
        ),
    ),
    (
        # A size in millions is not a limit a planner cannot fit in; a dozen weights is.
        "dismissal-on-unshown-limit",
        dismissal("mesa-optimization", "Forty million weights is too small to plan."),
        dismissal("mesa-optimization", "A dozen parameters is too small to plan."),
    ),
    (
        # Data filtered by a check, "so passing it is what it learns to aim for".
        "training-equated-with-goal",
        with_nudges(
            "It only ever sees runs that passed the inspection, so passing the inspection "
            "is what it learns to aim for."
        ),
        with_nudges("It only ever sees runs that passed the inspection."),
    ),
    (
        # An admitted loop: the next training data are a world its own outputs shaped.
        # "Before anyone sees a trend" is about the lab, not about keeping labels clean.
        "self-fulfilling-outputs",
        with_nudges(
            "We will retrain yearly, but every batch was made by people who saw the band, so "
            "training on them would teach the forecaster a world its own bands shaped. "
            "Two batches go out before anyone sees a trend."
        ),
        with_nudges(
            "We will retrain yearly on batches made before anyone sees the forecast, so no "
            "label is shaped by it."
        ),
    ),
    (
        # "Only ever thinks about the next move" claims myopia in plain words; the return
        # over a whole course with a discount near one says otherwise.
        "myopic-long-horizon-nudges",
        merge(
            {"goal": {"desirability": "It only ever thinks about the next move of the flock."}},
            with_nudges(
                "Training maximises the return over the whole course, with a discount of 0.9995."
            ),
        ),
        with_nudges(
            "Training maximises the return over the whole course, with a discount of 0.9995."
        ),
    ),
    (
        # "There is no other pull on it": the reward's terms taken for its only aim.
        "training-equated-with-goal",
        with_nudges(
            "Its appetite is exactly the score sheet (fast closures, sound paperwork) and "
            "there is no other pull on it."
        ),
        with_nudges("It is tuned against the score sheet: fast closures and sound paperwork."),
    ),
    (
        # "Liking is the only thing it is ever told about": the signal as the whole lesson.
        "training-equated-with-goal",
        with_nudges(
            "It learns what the coordinators like, because liking is the only thing it is "
            "ever told about."
        ),
        with_nudges("It is trained on the coordinators' thumbs-up ratings of its drafts."),
    ),
    (
        # Evidence said to come from tests on outputs is behavioural by the author's account.
        "behavioural-evidence-admitted",
        with_nudges(
            "Our only evidence about either question comes from tests on outputs, and only "
            "the photograph swap has been run."
        ),
        with_nudges("The photograph swap has been run on every segment type."),
    ),
    (
        # A proxy route the author admits training could take is an open question.
        "training-outcome-admitted-open",
        with_nudges(
            "Step marks reward accepted steps, and the model could learn to write "
            "accepted-looking steps by a route other than looking at each photograph."
        ),
        with_nudges("Step marks reward the steps engineers accept after checking the photograph."),
    ),
    (
        # "A reflex machine ... no plans" claims myopia; a discount near one trains the
        # patience it denies.
        "myopic-long-horizon-nudges",
        merge(
            {"goal": {"desirability": "It's a reflex machine: it makes the call and moves on."}},
            with_nudges("An episode is 56 launches, with a discount of 0.999 to budget the gas."),
        ),
        with_nudges("An episode is 56 launches, with a discount of 0.999 to budget the gas."),
    ),
    (
        # A fixed limit taken away leaves the reward to keep the hazard out.
        "safety-left-to-a-penalty",
        with_nudges(
            "We did remove one rule that we used to have, the fixed gust limit, because the "
            "policy judges gusts better."
        ),
        with_nudges("The fixed gust limit stays in the launcher, whatever the policy does."),
    ),
    (
        # A consequence in which a fault goes unseen with people under the load, or a child
        # is sent home, is not a safe failure.
        "safe-label-contradicted",
        {
            "sensitivity": [
                {
                    "assumption": "Parents who are treated badly say so.",
                    "if_wrong": "A put-off parent stops asking and their child could be sent "
                    "home in the first week.",
                    "failure": "safe",
                }
            ]
        },
        {
            "sensitivity": [
                {
                    "assumption": "Parents who are treated badly say so.",
                    "if_wrong": "A put-off parent waits longer for a blazer.",
                    "failure": "safe",
                }
            ]
        },
    ),
    (
        # Inputs that are the same in training and use, so nothing tells the model which is
        # which: a capability limit against deceptive alignment.
        "dismissal-without-grounds",
        dismissal("deceptive-alignment", "Deception is not a realistic worry for a forecaster."),
        dismissal(
            "deceptive-alignment",
            "Its inputs are the same ten sensor channels in training and at the kiln, so "
            "nothing in them tells it which is which.",
        ),
    ),
    (
        # A feed-forward classifier over a few seconds of audio has no actions to plan over.
        "dismissal-by-missing-search",
        dismissal(
            "mesa-optimization",
            "The model is a feed-forward network with no recurrence; it has no room for a search.",
        ),
        dismissal(
            "mesa-optimization",
            "The model is a feed-forward classifier over a few seconds of audio with no "
            "recurrence, memory or action; it has no room for a search.",
        ),
    ),
    (
        # A label and a number per patch and no sequence of choices: nothing to plan over.
        "dismissal-by-missing-search",
        dismissal(
            "mesa-optimization",
            "A recognition network with one forward pass per patch has nowhere for an optimiser.",
        ),
        dismissal(
            "mesa-optimization",
            "A patch classifier with one forward pass per patch produces a label and a number "
            "per patch; it has no sequence of choices to plan over and no output that acts.",
        ),
    ),
    (
        # "No search over futures" for a recurrent policy trained on values is the
        # missing-search argument: the search can be learned.
        "dismissal-by-missing-search",
        dismissal(
            "mesa-optimization",
            "A recurrent policy trained on value estimates learns associations between "
            "situations and actions; it contains no search over futures.",
        ),
        dismissal(
            "mesa-optimization",
            "A recurrent policy trained on value estimates; probes of its state for future "
            "positions found none, and we rerun them each release.",
        ),
    ),
    (
        # A tree ensemble is a kind of model that cannot host a search.
        "unintended-mesa-optimization",
        merge(
            {"goal": {"classes": ["task-model"]}},
            dismissal("mesa-optimization", "It is a risk score, not a planner."),
        ),
        merge(
            {"goal": {"classes": ["task-model"]}},
            dismissal(
                "mesa-optimization",
                "An ensemble of 500 trees with at most nine splits computes a fixed weighted "
                "sum of rule outcomes; it cannot search or plan.",
            ),
        ),
    ),
    (
        # A safeguard kept beside the model makes a missed defect a safe failure; harm to a
        # person the model lets in is not.
        "safe-label-contradicted",
        {
            "sensitivity": [
                {
                    "assumption": "Callers are who they say they are.",
                    "if_wrong": "A locksmith could open a flat for an ex-partner under a "
                    "protection order.",
                    "failure": "safe",
                }
            ]
        },
        {
            "sensitivity": [
                {
                    "assumption": "Next year's photos look like the training photos.",
                    "if_wrong": "Recall drops without anyone noticing, with the inspectors' "
                    "checklist still in place.",
                    "failure": "safe",
                }
            ]
        },
    ),
    (
        # Recolouring the inputs and comparing the outputs is a test that changes the
        # inputs: fair support for the claim about which feature is used.
        "supported-on-weak-evidence",
        {
            "claims": [
                {
                    "claim": "It marks chain wear from the link's shape, not its colour.",
                    "test": "We asked it which feature it uses.",
                    "status": "supported",
                }
            ]
        },
        {
            "claims": [
                {
                    "claim": "It marks chain wear from the link's shape, not its colour.",
                    "test": "Recolour rusty links grey on 300 held-out patches and compare "
                    "the marks.",
                    "status": "supported",
                }
            ]
        },
    ),
    (
        # A policy that sets the offsets of the probes its reward reads writes its reward.
        "programmed-reward-tampering",
        with_nudges(
            "The reward is a fixed quality score from the probes. Each night the policy sets "
            "their offsets, and those adjusted readings are what the score uses."
        ),
        with_nudges(
            "The reward is a fixed quality score from the probes. Each night the policy sets "
            "their offsets; the score reads a second probe set the policy cannot touch, so "
            "tampering with the first changes nothing."
        ),
    ),
    (
        # Caring about the score "and not distracted by anything else": the reward as aim.
        "training-equated-with-goal",
        with_nudges(
            "PitchMind cares about the score the way a groundsman cares about his square, and "
            "it doesn't get distracted by anything else."
        ),
        with_nudges("PitchMind is trained against the score the groundsmen designed."),
    ),
    (
        # "The steps are the reasoning": written steps taken for the process.
        "written-working-trusted",
        with_nudges("Each step of the draft is graded, and the steps are the reasoning."),
        with_nudges("Each step of the draft is graded by a teacher who checks the source."),
    ),
    (
        # A hazard the simulator leaves out is never penalised in training.
        "hazard-left-out-of-training",
        with_nudges(
            "The policy learns routes in a simulator of the city's streets; we did not model "
            "crashes on ice."
        ),
        with_nudges(
            "The policy learns routes in a simulator of the city's streets; we did not model "
            "crashes on ice, so a hard limit closes any street the gritters have not "
            "treated, whatever the policy asks."
        ),
    ),
    (
        # A penalty that stops counting in a mode the policy can switch on is in its reach.
        "programmed-reward-tampering",
        with_nudges(
            "A hand-coded reward charges for every alarm. Alarms are not logged while the "
            "plant is in maintenance mode, which the policy can switch on."
        ),
        with_nudges(
            "A hand-coded reward charges for every alarm, read from the plant's own log, "
            "which the policy has no way to write to or pause."
        ),
    ),
    (
        # An allergic reaction is a dangerous outcome, whatever the row's label.
        "safe-label-contradicted",
        {
            "sensitivity": [
                {
                    "assumption": "Allergy sheets are read at every meal.",
                    "if_wrong": "A child with sesame anaphylaxis could be served a hummus dip.",
                    "failure": "safe",
                }
            ]
        },
        {
            "sensitivity": [
                {
                    "assumption": "Allergy sheets are read at every meal.",
                    "if_wrong": "A child's meal arrives a few minutes late.",
                    "failure": "safe",
                }
            ]
        },
    ),
    (
        # "Those are the only things that were ever reinforced": the signal as the aim.
        "training-equated-with-goal",
        with_nudges(
            "Whatever the policy ends up caring about, it is exactly those four numbers, since "
            "those are the only things that were ever reinforced."
        ),
        with_nudges("The policy is reinforced on four numbers the plant engineers chose."),
    ),
    (
        # "No room left for the call to come from anywhere else": steps taken for process.
        "written-working-trusted",
        with_nudges(
            "Each step is graded, and there is no room left between the steps for the call "
            "to come from anywhere else."
        ),
        with_nudges("Each step is graded by a judge who rewatches the clip."),
    ),
    (
        # "Any scheduler that works this way" quantifies over every model meeting the goal.
        "desirability-one-model",
        {"goal": {"desirability": "Our scheduler heats the hall just in time for each group."}},
        {
            "goal": {
                "desirability": "Any scheduler that works this way heats the hall just in "
                "time, and can only be wrong about how long the hall takes to warm."
            }
        },
    ),
    (
        # Not knowing the score exists does not stop an optimiser from gaming it.
        "gaming-ruled-out-by-argument",
        with_nudges(
            "The policy has no way of knowing that the scorer exists or that it is being "
            "graded, which settles the question of it gaming the score."
        ),
        with_nudges("The policy is tuned against the scorer's grade of each batch."),
    ),
    (
        # "Those two pulls are the whole of it": the reward terms taken for its aims.
        "training-equated-with-goal",
        with_nudges(
            "The reward pays for a sale and for a short call, and those two pulls are the "
            "whole of it."
        ),
        with_nudges("The reward pays for a sale and for a short call."),
    ),
    (
        # Tests of inputs and outputs, said by the author not to show another route.
        "behavioural-evidence-admitted",
        with_nudges(
            "The unit-swap checks are input-output tests and would not show a different "
            "route to the same outputs."
        ),
        with_nudges("The unit-swap checks change the units and compare the outputs."),
    ),
    (
        # "Like a really good yard manager would", "every day": praise for a goal.
        "goal-in-praise-words",
        {
            "goal": {
                "specification": "It writes a sensible feed plan for every horse, every day, "
                "like a really good yard manager would."
            }
        },
        {
            "goal": {
                "specification": "It writes a feed plan for each horse from its weight, work "
                "and the vet's notes, and adds nothing the notes do not name."
            }
        },
    ),
    (
        # A fire that burned hundreds of hectares is not a safe failure.
        "safe-label-contradicted",
        {
            "sensitivity": [
                {
                    "assumption": "Dry days are forecast well.",
                    "if_wrong": "A sign could read Moderate on a day like the fire that "
                    "burned 300 hectares.",
                    "failure": "safe",
                }
            ]
        },
        {
            "sensitivity": [
                {
                    "assumption": "Dry days are forecast well.",
                    "if_wrong": "A sign could read High on a damp day.",
                    "failure": "safe",
                }
            ]
        },
    ),
    (
        # Two layers over a fixed row: too shallow for a search.
        "dismissal-by-missing-search",
        dismissal(
            "mesa-optimization",
            "A single forward pass over a fixed row leaves no place for a search.",
        ),
        dismissal(
            "mesa-optimization",
            "Two layers and a single forward pass over a fixed row leave no place for a "
            "search over options.",
        ),
    ),
    (
        # An identity claim from the signal: "shaped entirely by X, so it is an X-seeker".
        "training-equated-with-goal",
        with_nudges(
            "The scheduler is shaped entirely by on-time departures, so it is an "
            "on-time-seeker and nothing else."
        ),
        with_nudges(
            "The scheduler is shaped entirely by on-time departures; whether it seeks "
            "punctuality or a cue that went with it in training is what our probes test."
        ),
    ),
    (
        # "Nothing else has had a chance to take root": the same claim without a "so".
        "training-equated-with-goal",
        with_nudges(
            "Its only lesson has been tomorrow's load, and nothing else has had a chance to "
            "take root in it."
        ),
        with_nudges(
            "Its only lesson has been tomorrow's load; we test whether it learned a calendar "
            "shortcut instead by shifting holidays in held-out weeks."
        ),
    ),
    (
        # Reasoning from where a league or game settles is reasoning from its equilibrium.
        "game-theoretic-assumes-optimizers",
        with_nudges(
            "Buyer and seller copies play each other for months, and what is left at the end "
            "is a seller that quotes fair prices and nothing more."
        ),
        with_nudges(
            "Buyer and seller copies play each other for months; an exploiter trained against "
            "the final seller measures how far it is from fair quoting."
        ),
    ),
    (
        # Its own unchallenged decisions become next round's labels: its outputs become
        # its targets, whatever the goal is called.
        "self-fulfilling-outputs",
        with_nudges(
            "Every month, grant decisions that were not challenged by applicants are added "
            "to the training set with the decision as the label."
        ),
        with_nudges(
            "Every month, grant decisions that were not challenged by applicants are added "
            "to the training set with the decision as the label; labels come only from a "
            "panel that reviews applications chosen at random, regardless of any score."
        ),
    ),
    (
        "dismissal-by-myopia",
        dismissal(
            "deceptive-alignment",
            "Step-level reward leaves no payoff for a plan that spans several steps.",
        ),
        dismissal(
            "deceptive-alignment",
            "The controller keeps no memory between steps and has no input about its "
            "training, so it cannot tell training from use.",
        ),
    ),
    (
        # A world model's predictions are a learned reward like any other.
        "learned-reward-overoptimization",
        with_nudges(
            "The planner is trained entirely inside the learned world model, by imagined "
            "rollouts, to maximise predicted yield."
        ),
        with_nudges(
            "The planner is trained in the physics simulator, whose yield is computed from "
            "the etch equations, and proposes recipes for the engineers."
        ),
    ),
    (
        # "Every update moves it toward..." is a cadence, not a check on each update.
        "check-windows",
        with_nudges(
            "Every night we fine-tune on the day's transitions, and every update moves it "
            "toward fewer breaches. The board reviews a dashboard at its monthly meeting."
        ),
        with_nudges(
            "Every night we fine-tune on the day's transitions, and every update is checked "
            "against the held-out breach cases before it is pushed. The board reviews a "
            "dashboard at its monthly meeting."
        ),
    ),
    (
        # A look inside the model at intervals leaves the stretches between unwatched.
        "check-windows",
        with_nudges(
            "We run a sparse-autoencoder sweep on the planner at every quarterly release, "
            "while both parts are fine-tuned on the week's pilot lots."
        ),
        with_nudges(
            "The planner is fine-tuned on the week's pilot lots, and the same probes check "
            "every new model before it replaces the last."
        ),
    ),
    (
        # Being blocked costs reward: the agent learns the blocker's blind spots.
        "training-against-detector",
        with_nudges(
            "A classifier, the blocker, is trained on the human's decisions. A blocked "
            "action carries a penalty, so the agent learns to stay away from what the "
            "blocker would stop."
        ),
        with_nudges(
            "A classifier, the blocker, is trained on the human's decisions and swaps a "
            "dangerous action for a safe one; the blocker's verdicts are never part of the "
            "reward."
        ),
    ),
    (
        "oversight-copies-collude",
        with_nudges(
            "The model is trained by iterated decomposition: the previous checkpoint splits "
            "questions, and the assembled answers are distilled into the next."
        ),
        with_nudges(
            "The model is trained by iterated decomposition: a separately trained model "
            "from a different base model splits questions, and the assembled answers are "
            "distilled into ours."
        ),
    ),
    (
        # The model writes what its reward is computed from.
        "programmed-reward-tampering",
        with_nudges(
            "The reward function pays for hourly occupancy. The agent writes 'bed ready' "
            "statuses to the bed board, the same board the occupancy term reads."
        ),
        with_nudges(
            "The reward function pays for hourly occupancy, computed from the porters' "
            "scans, which are outside its reach. The agent proposes beds to the manager."
        ),
    ),
    (
        "judge-competence-assumed",
        with_nudges(
            "A human watches every proposed action and blocks catastrophic ones. The "
            "overseer can recognise every catastrophic action as it is proposed."
        ),
        with_nudges(
            "A human watches every proposed action and blocks catastrophic ones. The "
            "overseer can recognise every catastrophic action as it is proposed: a second "
            "expert re-checked 400 of their calls and found three misses."
        ),
    ),
    (
        "people-predictor-admitted",
        with_nudges(
            "The bonus for matching the national record may teach the model to anticipate "
            "what the cataloguer chose rather than what the item is about."
        ),
        with_nudges(
            "The bonus for matching the national record may teach the model to anticipate "
            "what the cataloguer chose rather than what the item is about. We score it on "
            "items whose national record is known to be wrong."
        ),
    ),
    (
        "behavioural-evidence-admitted",
        with_nudges(
            "We rely on checking drafts, which would not reveal a model that behaved "
            "differently when it was not being checked."
        ),
        with_nudges(
            "We rely on checking drafts, and a probe on the model's activations reads "
            "whether it represents being checked."
        ),
    ),
    (
        "goal-good-without-exception",
        {
            "goal": {
                "desirability": "An assistant that follows our constitution is aligned by "
                "definition."
            }
        },
        {
            "goal": {
                "desirability": "An assistant that follows our constitution is aligned by "
                "definition, except where the constitution is silent or two of its principles "
                "clash; there it asks a person."
            }
        },
    ),
    (
        "training-outcome-admitted-open",
        with_nudges(
            "Whether gradient descent finds the ledger-keeping policy rather than one that "
            "wins by other routes is an open empirical question."
        ),
        with_nudges(
            "Gradient descent could find a policy that wins by other routes; on three smaller "
            "models a probe for the ledger found it in every checkpoint we trained."
        ),
    ),
    (
        # Renewals are what people do after reading what the policy chose to show them.
        "behaviour-of-people-rewarded",
        with_nudges(
            "The pricing policy is trained by reinforcement learning, and the reward pays "
            "when customers renew without calling."
        ),
        with_nudges(
            "The pricing policy is trained by reinforcement learning, and the reward pays "
            "when customers renew without calling. Each month an audit of the renewal "
            "letters tests for manipulation against a holdout group."
        ),
    ),
    (
        # A bonus added to a learned reward is a programmed term, open to gaming itself.
        "programmed-reward-gaming",
        with_nudges(
            "PPO against the officers' reward model, plus an appeal-free bonus on every "
            "rating that is not appealed."
        ),
        with_nudges(
            "PPO against the officers' reward model, plus an appeal-free bonus on every "
            "rating that is not appealed. We red-team the reward by searching for ratings "
            "that earn the bonus without being fair, and inspect the highest-scoring episodes."
        ),
    ),
    (
        "safe-label-contradicted",
        {
            "sensitivity": [
                {
                    "assumption": "Small craft show up on radar.",
                    "if_wrong": "It could pass within metres of a kayak at night and run it down.",
                    "failure": "safe",
                }
            ]
        },
        {
            "sensitivity": [
                {
                    "assumption": "Small craft show up on radar.",
                    "if_wrong": "It could pass within metres of a kayak at night and run it down.",
                    "failure": "catastrophic",
                }
            ]
        },
    ),
    (
        "training-cost-grows-admitted",
        verdict(
            "rationale-competitiveness",
            "uncertain",
            "A panel takes about forty minutes per debate, and costs grow with the length of "
            "the analyses we ask about.",
        ),
        verdict(
            "rationale-competitiveness",
            "uncertain",
            "A panel takes about forty minutes per debate; the analyses we ask about are all "
            "of one length, set by the journal's word limit.",
        ),
    ),
    (
        "dismissal-by-being-watched",
        dismissal(
            "deceptive-alignment",
            "There is nobody for it to fool: its outputs are prices, and prices are audited.",
        ),
        dismissal(
            "deceptive-alignment",
            "Its outputs are prices from a 40-feature linear model with no memory between "
            "quotes and no input about its training, so it cannot tell training from use.",
        ),
    ),
    (
        # A flaw in the target named as what the reward leaves out.
        "target-flaw-only-measured",
        {
            "failure_modes": {
                "outer-alignment": {
                    "relevance": "applies",
                    "reason": "The reward is our weighting of moves against distance; it omits "
                    "things patients care about.",
                    "mitigation": "Weights are published to the clinical leads and reviewed yearly.",
                }
            }
        },
        {
            "failure_modes": {
                "outer-alignment": {
                    "relevance": "applies",
                    "reason": "The reward is our weighting of moves against distance.",
                    "mitigation": "Weights are published to the clinical leads and reviewed yearly.",
                }
            }
        },
    ),
    (
        # A check run once a season, after a season of weekly updates.
        "check-windows",
        with_nudges(
            "The fleet gets an updated policy every Monday during harvest, and spur damage "
            "is assessed only when the trees are pruned in winter."
        ),
        with_nudges(
            "The fleet gets an updated policy every Monday during harvest, and spur damage "
            "is checked on each new model in the test rows before it goes out."
        ),
    ),
    (
        # A dismissal naming the kind of model is grounded when it also gives a fact of
        # the build (its size, its window, nothing kept between calls).
        "pure-predictor-no-optimization",
        {
            "goal": {"classes": ["pure-predictor"]},
            "failure_modes": {
                "mesa-optimization": {
                    "relevance": "does-not-apply",
                    "reason": "It is a feed-forward network, so it cannot search over outcomes.",
                }
            },
        },
        {
            "goal": {"classes": ["pure-predictor"]},
            "failure_modes": {
                "mesa-optimization": {
                    "relevance": "does-not-apply",
                    "reason": "A 6-million-weight feed-forward stack over a fixed 48-hour "
                    "window, with no memory between calls and no actions.",
                }
            },
        },
    ),
    (
        "pure-predictor-self-fulfilling",
        predictor_with_nudges("The duty officer sees the ranked surprises and decides every flag."),
        predictor_with_nudges(
            "The duty officer sees the ranked surprises and decides every flag, and the "
            "model's output is not stored with the data it is later trained on."
        ),
    ),
    (
        "removal-shown-by-behaviour",
        with_nudges(
            "After unlearning, the hazardous knowledge is no longer reachable: the model "
            "refuses or fails every question on our benchmark."
        ),
        with_nudges(
            "After unlearning the model fails every question on our benchmark, and a "
            "relearning test shows 500 steps of fine-tuning on the topic bring back no more "
            "than they give a model that never saw it."
        ),
    ),
    (
        "inner-alignment-passed-on-outputs",
        verdict(
            "rationale-alignment",
            "pass",
            "The policy passes every red-team suite we have run, and the reward pays only "
            "for correct, honest answers, so it has learned the goal we intended.",
        ),
        verdict(
            "rationale-alignment",
            "pass",
            "The policy passes every red-team suite we have run, and a linear probe on its "
            "activations reads the intended goal in every checkpoint we trained.",
        ),
    ),
    (
        "gaming-ruled-out-by-argument",
        with_nudges(
            "The reward is exactly the instructed outcome, checked by the simulator's state, "
            "so there is nothing to game."
        ),
        with_nudges(
            "The reward is exactly the instructed outcome, checked by the simulator's state, "
            "so there is nothing to game; we red-team the reward with an adversarial search "
            "for states that pass the check without the outcome."
        ),
    ),
    (
        "fine-tuned-by-others",
        with_nudges(
            "Customers fine-tune the model through the API; safety training is in the "
            "weights, so it carries over to every fine-tuned variant."
        ),
        with_nudges(
            "Customers fine-tune the model through the API. We measured refusals after "
            "fine-tuning attacks of ten to a thousand harmful examples."
        ),
    ),
    (
        "continued-training-drift",
        with_nudges(
            "Every Sunday we compute the same reward from the week's tracks and run an "
            "offline policy update; new weights go out on Monday."
        ),
        with_nudges(
            "Every Sunday we compute the same reward from the week's tracks and run an "
            "offline policy update; each candidate policy must pass the collision checks "
            "before it is deployed."
        ),
    ),
    (
        "learned-scorer-optimised-without-limit",
        with_nudges(
            "We keep the best of 1,000 samples by the verifier's score; more samples can only "
            "make it better."
        ),
        with_nudges(
            "We keep the best of 1,000 samples by the verifier's score; more samples can only "
            "make it better, which we check against fresh human judgements at each sample "
            "count."
        ),
    ),
    (
        "steering-admitted",
        with_nudges(
            "A model meeting the specification could also word results so that one option "
            "reads better than the numbers warrant."
        ),
        with_nudges(
            "A model meeting the specification could also word results so that one option "
            "reads better than the numbers warrant, so every summary is checked against the "
            "figures by a second officer before it is read."
        ),
    ),
    # Session 17: a predictor whose estimate its readers are not shown.
    (
        "pure-predictor-self-fulfilling",
        predictor_with_nudges("Officers read the flagged cells and correct the printed times."),
        predictor_with_nudges(
            "Officers read the flagged cells; they are not shown the model's estimate, "
            "only that a cell is doubtful."
        ),
    ),
    # Session 17: an opponent in a race is not a checker.
    (
        "oversight-copies-collude",
        merge(
            with_nudges("An earlier version of itself is the red-team attacker."),
            {"answers": {"training-setup": ["programmed-reward", "other"]}},
        ),
        merge(
            with_nudges(
                "Its opponents in training range from the built-in AI to earlier versions of "
                "itself."
            ),
            {"answers": {"training-setup": ["programmed-reward", "other"]}},
        ),
    ),
    # Session 17: an exclusion elsewhere does not correct a flawed target.
    (
        "target-flaw-only-measured",
        with_nudges(
            "The training target is the archive as our officers cleaned it, not the sea. "
            "Regulated gauges are excluded, and flood peaks too."
        ),
        with_nudges(
            "The training target is the archive as our officers cleaned it, not the sea. "
            "Cleaned periods are relabelled from the raw logger files."
        ),
    ),
    (
        "alien-concepts-admitted",
        with_nudges(
            "As the model improves, its steps may start to group observations in ways no "
            "chemist uses."
        ),
        with_nudges("Each step names the record item it rests on, in the chemist's terms."),
    ),
    (
        # "Why it ends up with her priorities rather than something else: ..." answers its
        # heading with the confusion; the "rather than" belongs to the question, not to a
        # worry about a proxy.
        "training-equated-with-goal",
        with_nudges(
            "Why it ends up with the warden's priorities rather than something else: it was "
            "trained on her choices, so her priorities are the ones it has."
        ),
        with_nudges(
            "It was trained on her choices, so it may hold a proxy of her priorities rather "
            "than the ones she has."
        ),
    ),
    (
        # "The only way it could earn reward was ...": the "could" is part of the
        # confusion, not a worry.
        "training-equated-with-goal",
        with_nudges(
            "Because every step was scored, the only way it could earn reward was by making "
            "good steps, so good step-making is what it has learned."
        ),
        with_nudges(
            "Every step was scored, but it could learn to make steps that only look good to "
            "the scorer rather than good ones."
        ),
    ),
    (
        # An author who answered "learned reward" may still add a counted term to it: that
        # term is a programmed reward, with its own ways to be met without the work.
        "programmed-reward-gaming",
        {
            "answers": LEARNED_REWARD_ANSWERS,
            "rationale": {
                "constraints": "Stage two is PPO on a reward model of the harbourmaster's "
                "preferences plus a bonus for fewer lifts."
            },
        },
        {
            "answers": LEARNED_REWARD_ANSWERS,
            "rationale": {
                "constraints": "Stage two is PPO on a reward model of the harbourmaster's "
                "preferences."
            },
        },
    ),
    (
        # A frozen model answers the windows between checks in use, not those the story
        # says its checks leave open in training.
        "check-windows",
        with_nudges(
            "The probe runs on saved checkpoints every 2,000 steps. The trained model is "
            "frozen. Anything that appears and disappears between checkpoints is unseen."
        ),
        with_nudges(
            "The probe runs on saved checkpoints every 2,000 steps. The trained model is frozen."
        ),
    ),
    (
        # "By construction" denies gaming only where gaming is what it denies.
        "gaming-ruled-out-by-argument",
        with_nudges(
            "Reward hacking is ruled out by construction.",
            answers={**BASE["answers"], "training-setup": ["programmed-reward"]},
        ),
        with_nudges(
            "Collusion is ruled out by construction.",
            answers={**BASE["answers"], "training-setup": ["programmed-reward"]},
        ),
    ),
    (
        # An equilibrium argument takes the trained agents to optimise their rewards; a
        # story that says it does not tell which algorithm the weights implement has
        # refused that step itself.
        "game-theoretic-assumes-optimizers",
        with_nudges(
            "Arguing honestly is the winning strategy at equilibrium.",
            answers={**BASE["answers"], "game-theoretic-reward-optimizers": "yes"},
            rationale={"classes": ["game-theoretic"]},
        ),
        with_nudges(
            "Arguing honestly is the winning strategy at equilibrium. It does not tell us "
            "which algorithm the weights end up implementing.",
            answers={**BASE["answers"], "game-theoretic-reward-optimizers": "yes"},
            rationale={"classes": ["game-theoretic"]},
        ),
    ),
    (
        # A bonus a person's thumbs decide is feedback from people, not a programmed term;
        # a bonus counted by a program is one, whatever the setup answer says.
        "programmed-reward-gaming",
        {
            "rationale": {
                "constraints": "PPO against the reward model's score, plus a bonus of 1 for "
                "each pump fixed in under six steps."
            },
            "answers": LEARNED_REWARD_ANSWERS,
        },
        {
            "rationale": {
                "constraints": "PPO against the reward model's score, plus a bonus of 1 when "
                "the plot holder's final thumbs is up."
            },
            "answers": LEARNED_REWARD_ANSWERS,
        },
    ),
    (
        # A program judges, and the model writes the record the scoring reads.
        "programmed-reward-tampering",
        {
            "rationale": {
                "constraints": "Scoring reads the zone states from the flag log, which the "
                "model writes each period."
            },
            "answers": {
                **BASE["answers"],
                "training-setup": ["other"],
                "training-judge": ["program"],
            },
        },
        {
            "rationale": {
                "constraints": "Scoring reads the zone states from the flag log, which the "
                "model writes each period."
            },
            "answers": {
                **BASE["answers"],
                "training-setup": ["imitation", "debate-amplification"],
                "training-judge": ["people-partly", "program"],
            },
        },
    ),
    (
        # Frozen weights do not stop a drift when each refit learns from labels the
        # model's own picks chose.
        "continued-training-drift",
        with_nudges(
            "Weights are frozen in use. Once a year we refit on the year's bench results; the "
            "batteries that get labels are mostly the ones the score flagged, so each refit "
            "learns from its own picks."
        ),
        with_nudges(
            "Weights are frozen in use. Once a year we refit on the year's bench results from "
            "every battery on the calendar swap."
        ),
    ),
    (
        # A check said to leave the people's shared misses in place does not rule out a
        # model that predicts the people.
        "people-predictor-admitted",
        with_nudges(
            "Where both pharmacists miss a tablet, the model learns to miss it too. We test "
            "it on seeded errors, but it is still trained to agree with the pharmacists."
        ),
        with_nudges(
            "Where both pharmacists miss a tablet, the model learns to miss it too. We test "
            "it on seeded errors in the labels and it does not follow them."
        ),
    ),
    (
        # "The harder training pushes, the closer it gets to the goal" takes the reward's
        # optimum for the model's goal; the same words about exploiting the reward do not.
        "training-equated-with-goal",
        with_nudges(
            "The more PPO pushes on that reward, the closer the planner should get to the "
            "fixed-order procedure."
        ),
        with_nudges(
            "The more PPO pushes on that reward, the more the planner exploits the reward "
            "model's errors, so we stop early."
        ),
    ),
    (
        # "We did not study whether it carries out the steps or learned a shortcut" leaves
        # what training found open.
        "training-outcome-admitted-open",
        with_nudges(
            "We did not study whether the model actually carries out the lookup steps or has "
            "learned a shortcut that gives the same replies."
        ),
        with_nudges(
            "Ablating the lookup table changes every reply, so the model carries out the "
            "lookup steps."
        ),
    ),
    (
        # Sweeps of the inputs, said to show how the output moves and not how the weights
        # get there, are behavioural evidence by the author's own account.
        "behavioural-evidence-admitted",
        with_nudges("These sweeps show how the output moves, not how the weights arrive at it."),
        with_nudges("These sweeps show the output rising with booked hull-metres."),
    ),
    (
        # Checks that narrow collusion "but do not close it" leave it open.
        "oversight-copies-collude",
        with_nudges(
            "Both debaters are the same weights. We compare debates of two copies with "
            "debates against a separately trained model. These checks narrow the worry but "
            "do not close it.",
            answers={**BASE["answers"], "training-setup": ["debate-amplification"]},
        ),
        with_nudges(
            "Both debaters are the same weights. We compare debates of two copies with "
            "debates against a separately trained model.",
            answers={**BASE["answers"], "training-setup": ["debate-amplification"]},
        ),
    ),
    (
        # A double dose that nobody checks is no safe failure.
        "safe-label-contradicted",
        {
            "sensitivity": [
                {
                    "assumption": "Counts are right.",
                    "if_wrong": "A patient receives a week of pockets with a double dose of warfarin.",
                    "failure": "safe",
                }
            ]
        },
        {
            "sensitivity": [
                {
                    "assumption": "Counts are right.",
                    "if_wrong": "A pack is recounted by hand and goes out a day later.",
                    "failure": "safe",
                }
            ]
        },
    ),
    (
        # Walking someone through a fault one step at a time is how it talks, not a claim
        # that it looks no further than a step.
        "myopic-long-horizon-nudges",
        {
            "goal": {
                "classes": ["myopic-agent"],
                "specification": "It is myopic: it looks only at the step in front of it.",
            },
            "rationale": {
                "constraints": "PPO on the return over the whole episode, with a final bonus when the pump works."
            },
        },
        {
            "goal": {"specification": "It walks you through finding the fault one step at a time."},
            "rationale": {
                "constraints": "PPO on the return over the whole episode, with a final bonus when the pump works."
            },
        },
    ),
    (
        # People who rank recorded demonstrations once, offline, never see the model's
        # outputs: there is no approval for it to court.
        "learned-reward-sycophancy",
        with_nudges(
            "A reward model learned from caregivers' rankings of the robot's attempts.",
            answers=LEARNED_REWARD_ANSWERS,
        ),
        with_nudges(
            "A reward model learned from caregivers' rankings; ranking is done once, offline, "
            "on recorded demonstrations.",
            answers=LEARNED_REWARD_ANSWERS,
        ),
    ),
    (
        # The training named in one sentence and the goal concluded from it in the next.
        "training-equated-with-goal",
        with_nudges(
            "PPO pushes the policy towards actions with higher return, and the return is high "
            "when the kit is clean. So the policy ends up wanting clean kit."
        ),
        with_nudges(
            "PPO pushes the policy towards actions with higher return, and the return is high "
            "when the kit is clean. Probes show the policy tracks residue, not the bill."
        ),
    ),
    (
        # "It is not planning anything", of a policy trained on a discounted day's return.
        "agency-denied-but-optimised",
        with_nudges(
            "Because it only ever picks the next ten minutes, it is not planning anything.",
            rationale={"constraints": "PPO on a discounted return with gamma 0.998 over a day."},
            goal={"desirability": "Full hoppers keep the visitors playing."},
        ),
        with_nudges(
            "It picks the next ten minutes from the hoppers' levels.",
            rationale={"constraints": "PPO on a discounted return with gamma 0.998 over a day."},
            goal={"desirability": "Full hoppers keep the visitors playing."},
        ),
    ),
    (
        # An equilibrium argument its author declines to assume is reached, and says is
        # silent about the way there, still asks about the path.
        "end-state-without-path",
        with_nudges(
            "We do not assume the debaters play that equilibrium; the game analysis says "
            "nothing about which habits are learned on the way."
        ),
        with_nudges("The judge rewards the side whose quoted records check out."),
    ),
    (
        # A part of use the story puts outside the training data, unmeasured there.
        "deployment-shift-admitted",
        with_nudges("The new pontoon opened in February; it is outside the training data."),
        with_nudges("The new pontoon opened in February and has the same taps as the rest."),
    ),
    (
        # Plotting the units one thought of is a look inside, but not at all of it.
        "transparency-worst-case",
        with_nudges(
            "We plotted their activity against tide height: four units swing with the tide."
        ),
        with_nudges("Held-out error is within a tenth of a cubic metre on most nights."),
    ),
    (
        # A guard its author says "would not reliably catch" the mode is no guard.
        "unguarded-failure-mode",
        deception_applies(
            "A debater could pass every debate we can judge.",
            "A second clerk and a probe; neither would reliably catch a model hiding its reasons.",
        ),
        deception_applies(
            "A debater could pass every debate we can judge.",
            "A second clerk checks every verdict against the records.",
        ),
    ),
    (
        # "An inductive-bias claim we cannot yet check" leaves what training finds open.
        "training-outcome-admitted-open",
        with_nudges(
            "That honesty is the cheapest winning strategy is an inductive-bias claim we "
            "cannot yet check during training."
        ),
        with_nudges(
            "That honesty is the cheapest winning strategy is an inductive-bias claim; "
            "checkpoints from three seeds all quote the records they argue from."
        ),
    ),
    (
        # "That is the whole of what it goes after" makes the reward the policy's motive.
        "training-equated-with-goal",
        with_nudges(
            "It goes after sales, full hoppers and a lean float, and that is the whole of "
            "what it goes after."
        ),
        with_nudges("Its reward counts sales, full hoppers and a lean float."),
    ),
    (
        # Skin burns across a squad are no safe failure.
        "safe-label-contradicted",
        {
            "sensitivity": [
                {
                    "assumption": "Rinses clear the detergent.",
                    "if_wrong": "Residue could give players skin burns and rashes.",
                    "failure": "safe",
                }
            ]
        },
        {
            "sensitivity": [
                {
                    "assumption": "Rinses clear the detergent.",
                    "if_wrong": "Kit comes out a little stiff.",
                    "failure": "safe",
                }
            ]
        },
    ),
    (
        # Frozen weights whose yearly refit never trains on the model's own predictions
        # leave no loop to drift along, whatever else of use becomes data.
        "continued-training-drift",
        with_nudges(
            "The weights are frozen for each season and refitted once a year on lottery readings.",
            answers={**BASE["answers"], "outputs-used": ["people-decide", "become-training-data"]},
        ),
        with_nudges(
            "The weights are frozen for each season and refitted once a year on lottery "
            "readings; the model never trains on its own predictions.",
            answers={**BASE["answers"], "outputs-used": ["people-decide", "become-training-data"]},
        ),
    ),
    (
        # Naming what a few hidden units respond to is a look inside, not at all of it.
        "transparency-worst-case",
        with_nudges(
            "We looked at what the hidden units respond to on fifty halls and found two that "
            "follow the slope."
        ),
        with_nudges("Forecasts on fifty halls follow the measured slope."),
    ),
    (
        # A controller that could warm the thermostat rather than the hall reaches what
        # computes its reward.
        "programmed-reward-tampering",
        with_nudges(
            "A controller might learn to shape the thermostat rather than the hall.",
            answers=PROGRAMMED_REWARD_ANSWERS,
        ),
        with_nudges(
            "A controller might learn to heat the hall only when it is booked.",
            answers=PROGRAMMED_REWARD_ANSWERS,
        ),
    ),
    (
        # "We consider this open" of a mitigation is no guard.
        "unguarded-failure-mode",
        deception_applies(
            "A debater could argue honestly only where it is checked.",
            "Spot checks of quoted records. We consider this open.",
        ),
        deception_applies(
            "A debater could argue honestly only where it is checked.",
            "Spot checks of quoted records on every debate.",
        ),
    ),
    (
        # "Neither rules it out" of two checks is no guard either.
        "unguarded-failure-mode",
        deception_applies(
            "A debater could argue honestly only where it is checked.",
            "A probe and a second judge; neither rules it out.",
        ),
        deception_applies(
            "A debater could argue honestly only where it is checked.",
            "A probe and a second judge on every debate.",
        ),
    ),
    (
        # No way found to test whether the written tally is what it uses: the evidence is
        # behaviour.
        "behavioural-evidence-admitted",
        with_nudges(
            "We have not found a way to test whether the tally list is what the reader "
            "actually uses."
        ),
        with_nudges("The tally list is written before the total on every page."),
    ),
    (
        # Steps marked by people and a learned grader of their marks: the steps can court
        # the marks as a reply courts approval.
        "learned-reward-sycophancy",
        with_nudges(
            "Volunteers mark each step, and a grader learned from their marks scores the plans.",
            answers={
                **BASE["answers"],
                "training-setup": ["imitation", "process-supervision"],
                "training-judge": ["people-partly", "learned-judge"],
                "outputs-used": ["people-decide"],
            },
        ),
        with_nudges(
            "Volunteers mark each step, and a grader learned from their marks scores the plans.",
            answers={
                **BASE["answers"],
                "training-setup": ["imitation", "process-supervision"],
                "training-judge": ["people-partly", "program"],
                "outputs-used": ["people-decide"],
            },
        ),
    ),
    (
        # A checker trained alongside what it checks is trusted because it keeps pace.
        "model-judge-trusted",
        with_nudges(
            "The safety check improves exactly as fast as the thing it checks.",
            answers={**BASE["answers"], "training-judge": ["learned-judge"]},
        ),
        with_nudges(
            "The safety check is audited against two officers' verdicts every month.",
            answers={**BASE["answers"], "training-judge": ["learned-judge"]},
        ),
    ),
    (
        # Counterparts only ever simulated, never compared with real ones: a part of use
        # the training does not cover.
        "deployment-shift-admitted",
        with_nudges(
            "In use it bargains with family firms; we have not compared their behaviour to "
            "the simulated Supplier."
        ),
        with_nudges("In use it bargains with the same family firms it was trained against."),
    ),
    (
        # A target that carries the recorders' habit, which a faithful copy would keep.
        "target-flaw-only-measured",
        with_nudges(
            "Technicians under-record interference; a reader that copies that habit would "
            "meet our specification and still miss it."
        ),
        with_nudges("Technicians record interference on every visit."),
    ),
    (
        # One word of praise opening a specification that says nothing of how the model
        # works is the whole of the goal.
        "goal-in-praise-words",
        {
            "goal": {
                "specification": "FlueBot keeps village halls warm and safe. It reads each "
                "boiler's service log and flags the ones needing a visit."
            }
        },
        {
            "goal": {
                "specification": "FlueBot keeps village halls warm and safe. For each boiler "
                "it compares the flue reading with the last three services and flags a rise "
                "of more than a tenth; it has no notion of the hall or its users."
            }
        },
    ),
    (
        # Evidence about the path that its author says stops at the checkpoints sampled
        # is no evidence about the way between them.
        "end-state-without-path",
        with_nudges(
            "Checkpoints were sampled at each stage. We do not know how the model's behaviour "
            "changes along the way between them."
        ),
        with_nudges("Checkpoints were sampled at each stage and all quote their sources."),
    ),
    (
        # A mitigation that opens with "Open." names no guard.
        "unguarded-failure-mode",
        deception_applies(
            "It could write graded-looking steps only when it expects grading.",
            "Open. The probe is kept out of training.",
        ),
        deception_applies(
            "It could write graded-looking steps only when it expects grading.",
            "The probe is kept out of training and read on every checkpoint.",
        ),
    ),
    (
        # Suggestions shown to people as they type are the model's words reaching them.
        "talks-to-people-unguarded",
        with_nudges(
            "It proposes the rest of the sentence in grey text as the user types.",
            answers={**BASE["answers"], "outputs-used": ["reach-subjects"]},
        ),
        with_nudges(
            "It fills in the postcode field from the street name before the form is sent.",
            answers={**BASE["answers"], "outputs-used": ["reach-subjects"]},
        ),
    ),
    (
        # A board command that clears the log the reward reads is a way to its reward.
        "programmed-reward-tampering",
        with_nudges(
            "Its actions include the clear fault log command; each day with an open fault "
            "costs reward.",
            answers=PROGRAMMED_REWARD_ANSWERS,
        ),
        with_nudges(
            "Its actions are feed rate and spin; each day with an open fault costs reward.",
            answers=PROGRAMMED_REWARD_ANSWERS,
        ),
    ),
    (
        # "It is trying to maximise X, so that is what it does" takes the reward for its
        # behaviour.
        "training-equated-with-goal",
        with_nudges("The Keeper is trying to maximise fixtures covered, so that is what it does."),
        with_nudges("The Keeper's reward counts fixtures covered."),
    ),
    (
        # Tests that cannot show the number is what the model carries are behavioural.
        "behavioural-evidence-admitted",
        with_nudges(
            "These tests cannot show that the charge-like number is what the model actually "
            "carries."
        ),
        with_nudges("These tests show the output tracks the charge-like number."),
    ),
    (
        # A reference called the truth by fiat ("about as good a ground truth as you could
        # ask for") is not shown to be right; one checked against a survey is argued.
        "reference-called-truth",
        with_nudges(
            "Past engineer verdicts are about as good a ground truth as you could ask for."
        ),
        with_nudges(
            "Past engineer verdicts agreed with a second engineer's survey on 470 of 500 "
            "boilers; the thirty they missed are listed in the appendix."
        ),
    ),
    (
        # "The written check is a faithful record of how it reached its verdict" trusts the
        # page; a check noun is no check that the page is faithful.
        "written-working-trusted",
        with_nudges(
            "The written check is therefore a faithful record of how it reached its verdict."
        ),
        with_nudges(
            "The written check is a faithful record of how it reached its verdict: we checked "
            "whether the steps are faithful by editing one and watching the verdict change."
        ),
    ),
    (
        # A predictor whose mesa-optimisation dismissal names a model class with no room for
        # a search (two regressions with fixed terms) has shown what enforces the absence.
        "pure-predictor-no-optimization",
        {
            "goal": {"classes": ["pure-predictor"]},
            "failure_modes": {
                "mesa-optimization": {
                    "relevance": "does-not-apply",
                    "reason": "It is a large network, so it should be fine.",
                }
            },
        },
        {
            "goal": {"classes": ["pure-predictor"]},
            "failure_modes": {
                "mesa-optimization": {
                    "relevance": "does-not-apply",
                    "reason": "Two regression models with fixed terms cannot contain an optimiser.",
                }
            },
        },
    ),
    (
        # Next year's data taken under orders its own suggestions shaped, a loop the story
        # says it narrows but does not close.
        "self-fulfilling-outputs",
        with_nudges(
            "Next year it is fitted on count sheets taken under orders shaped by this model's "
            "suggestions; dropping ran-out weeks narrows that loop but does not close it."
        ),
        with_nudges("Next year it is fitted on count sheets from churches it never served."),
    ),
    (
        # "No route by which it could come to want anything else" is the claim, not a worry.
        "training-equated-with-goal",
        with_nudges(
            "Since the reward is the business objective, the converged policy pursues the "
            "business objective, and we see no route by which it could come to want anything "
            "else."
        ),
        with_nudges(
            "Since the reward is the business objective, we worry the converged policy could "
            "pursue a proxy of it."
        ),
    ),
    (
        # "We do not claim these suffice" of a mitigation admits it falls short.
        "unguarded-failure-mode",
        deception_applies(
            "It could argue honestly only where judges can check.",
            "A held-out probe and human-replaced debates; we do not claim these suffice.",
        ),
        deception_applies(
            "It could argue honestly only where judges can check.",
            "A held-out probe and human-replaced debates on every checkpoint.",
        ),
    ),
    (
        # Copies that "might settle into mutual leniency" leave collusion open, whatever a
        # separately trained probe checks.
        "oversight-copies-collude",
        with_nudges(
            "Both debaters share weights and might settle into mutual leniency. A probe, "
            "trained separately, checks citations.",
            answers={**BASE["answers"], "training-setup": ["debate-amplification"]},
        ),
        with_nudges(
            "Both debaters share weights. A probe, trained separately, checks citations.",
            answers={**BASE["answers"], "training-setup": ["debate-amplification"]},
        ),
    ),
    (
        # "It thinks in those steps because that is what it was rewarded for."
        "training-equated-with-goal",
        with_nudges(
            "A planner trained this way thinks in the builders' steps, because that is what "
            "it was rewarded for."
        ),
        with_nudges("A planner trained this way writes the builders' steps in order."),
    ),
    (
        # Silence taken as agreement makes the reference true by fiat.
        "reference-called-truth",
        with_nudges("A note nobody edited is a note the mechanics agreed with."),
        with_nudges("Mechanics tick each note they have read and agree with."),
    ),
    (
        # Complaints counted only while a session the model closes is open: the model
        # controls what its penalty reads.
        "programmed-reward-tampering",
        with_nudges(
            "Complaints are only counted while the session is open, and the controller "
            "closes the session.",
            answers=PROGRAMMED_REWARD_ANSWERS,
        ),
        with_nudges(
            "Complaints are counted for the whole evening, whoever closes the session.",
            answers=PROGRAMMED_REWARD_ANSWERS,
        ),
    ),
    (
        # "We have no argument from evidence either way" admits the guard is missing.
        "unguarded-failure-mode",
        deception_applies(
            "It could behave well only where it is checked.",
            "A probe; we have no argument from evidence either way.",
        ),
        deception_applies(
            "It could behave well only where it is checked.", "A probe read on every checkpoint."
        ),
    ),
    (
        # A policy trained inside a learned dynamics model can score where the model is
        # wrong; one kept where it is right and checked on the real system has an answer.
        "learned-simulator-exploited",
        with_nudges(
            "PPO trains the controller for 50 million simulated hours inside the dynamics model.",
            answers=PROGRAMMED_REWARD_ANSWERS,
        ),
        with_nudges(
            "PPO trains the controller inside the dynamics model with an uncertainty penalty, "
            "and every plan is tested on the real tanks before use.",
            answers=PROGRAMMED_REWARD_ANSWERS,
        ),
    ),
    (
        # "An expectation, not a result" leaves what training finds open.
        "training-outcome-admitted-open",
        with_nudges(
            "That honest checking is the cheapest winning strategy is an expectation, not a result."
        ),
        with_nudges(
            "That honest checking is the cheapest winning strategy is borne out by "
            "checkpoints from three seeds."
        ),
    ),
    (
        # Without the judge answer, a story that says each marked step can be checked by
        # its markers has said who judges and that they can.
        "process-steps-unjudgeable",
        with_nudges("Process supervision: planners mark each step of the round plan."),
        with_nudges(
            "Process supervision: planners mark each step of the round plan, and each step "
            "can be checked by a planner with a calculator in under a minute."
        ),
    ),
    (
        # A network too small to host a search is the argument; the short horizon beside
        # it is an aside. A denied plan alone is the horizon claim again.
        "dismissal-by-myopia",
        dismissal(
            "mesa-optimization",
            "Its output is only the next readings, so there is nothing to plan over.",
        ),
        dismissal(
            "mesa-optimization",
            "About 90,000 weights, and an output that is only the next readings; there is "
            "no horizon to plan over.",
        ),
    ),
    (
        # What the model reads its inputs from is no report that its judges are unsure.
        "judges-admitted-unreliable",
        with_nudges(
            "Annotators write the labels; wear depth is hard to judge from photographs, and "
            "they disagree on about a tenth of rungs."
        ),
        with_nudges(
            "Annotators write the labels, looking at the same photographs; the model must "
            "read tape digits from photographs."
        ),
    ),
    (
        # A score made the goal by definition, or a reference called right across a comma.
        "reference-called-truth",
        with_nudges(
            "A policy that scores well on the reward is, pretty much by definition, running "
            "the arcade the way we would."
        ),
        with_nudges(
            "A backdoor is by definition behaviour the task did not ask for, so the monitor "
            "looks for unusual behaviour."
        ),
    ),
    (
        "reference-called-truth",
        with_nudges("What sold was right, by definition, because someone wanted it."),
        with_nudges("What sold was usually right, though some lots sold to the wrong buyer."),
    ),
    (
        # "Acts one hour at a time; a run of hourly choices is not a plan", beside a
        # month-long discount.
        "myopic-long-horizon-nudges",
        {
            "goal": {
                "desirability": "The scheduler acts one hour at a time, and a run of hourly "
                "choices is not a plan."
            },
            "rationale": {"constraints": "PPO with gamma 0.998 over a 30-day discounted return."},
        },
        {
            "goal": {
                "desirability": "The scheduler acts one hour at a time, and a run of hourly "
                "choices is not a plan."
            },
            "rationale": {"constraints": "Each hour's reward is the checks done that hour."},
        },
    ),
    (
        # A harm to people beyond injury, in a row marked safe.
        "safe-label-contradicted",
        {
            "sensitivity": [
                {
                    "assumption": "The counts are right.",
                    "if_wrong": "An honest volunteer could be reported to the police after a wrong notice.",
                    "failure": "safe",
                }
            ]
        },
        {
            "sensitivity": [
                {
                    "assumption": "The counts are right.",
                    "if_wrong": "A volunteer could be sent a second reminder about the tin.",
                    "failure": "safe",
                }
            ]
        },
    ),
    (
        # A harm to people beyond injury, in a row marked safe.
        "safe-label-contradicted",
        {
            "sensitivity": [
                {
                    "assumption": "The counts are right.",
                    "if_wrong": "Juniors pulled off their feet could suffer rope burns or a pile-up.",
                    "failure": "safe",
                }
            ]
        },
        {
            "sensitivity": [
                {
                    "assumption": "The counts are right.",
                    "if_wrong": "Juniors could wait a little longer for their turn.",
                    "failure": "safe",
                }
            ]
        },
    ),
    (
        # A harm to people beyond injury, in a row marked safe.
        "safe-label-contradicted",
        {
            "sensitivity": [
                {
                    "assumption": "The counts are right.",
                    "if_wrong": "Older volunteers quietly drop out, worn down by extra shifts.",
                    "failure": "safe",
                }
            ]
        },
        {
            "sensitivity": [
                {
                    "assumption": "The counts are right.",
                    "if_wrong": "Older volunteers get their rota a day later.",
                    "failure": "safe",
                }
            ]
        },
    ),
    (
        # "Our evidence is still what the model writes": by its own account, behavioural.
        "behavioural-evidence-admitted",
        with_nudges(
            "Masking tests help, but our evidence is still what the model writes, and the "
            "checks we ran are output tests on held-out towers."
        ),
        with_nudges(
            "Masking tests help, and a probe of the hidden state reads the rung's wear depth "
            "before the sentence is written."
        ),
    ),
    (
        # "The same step-grader runs on every live plan": the reward is also the live check,
        # said in a sentence of its own that names it.
        "training-against-detector",
        with_nudges(
            "The step-grader is the PPO reward for each plan. The same step-grader runs on "
            "every live plan and holds back any plan with a low step."
        ),
        with_nudges(
            "The step-grader is the PPO reward for each plan. The harbour master reads every "
            "live plan before use, in the same way as before."
        ),
    ),
    (
        # A learned filter of the training labels trusted "without further study".
        "model-judge-trusted",
        with_nudges(
            "LabelCheck rejects labels that do not fit the photograph, and we rely on it for "
            "that without further study; it is a strong model.",
            answers={**BASE["answers"], "training-judge": ["learned-judge"]},
        ),
        with_nudges(
            "LabelCheck rejects labels that do not fit the photograph, and we use it for that.",
            answers={**BASE["answers"], "training-judge": ["learned-judge"]},
        ),
    ),
    (
        # A weekly fine-tune said to close the sim-to-real gap "automatically" assumes it.
        "coverage-assumed",
        with_nudges(
            "Real beaches are messier than our simulator, but the weekly fine-tune closes "
            "the gap automatically."
        ),
        with_nudges(
            "Real beaches are messier than our simulator; the weekly fine-tune uses real "
            "incidents, and we compare each week's calls with the lifeguards' own."
        ),
    ),
    (
        # "Since it learned from her, it groups exactly the way she would": imitation taken
        # to give her reasons; "trained to respond exactly as it would" names the target.
        "training-equated-with-goal",
        with_nudges("Since RallyGroups learned from her, it groups exactly the way she would."),
        with_nudges(
            "The model is trained to respond exactly as it would if the injection were absent."
        ),
    ),
    (
        # "Model-free, no component for search": a learned network can plan inside its
        # forward pass whatever its training algorithm is called.
        "dismissal-by-missing-search",
        dismissal(
            "mesa-optimization",
            "The architecture is model-free and has no component for search; there is "
            "nothing for an optimizer to run on.",
        ),
        dismissal(
            "mesa-optimization",
            "The architecture is model-free; a probe of its hidden state found no plan, "
            "and ablations showed no look-ahead in our experiments.",
        ),
    ),
    (
        # Risk maps that guide next year's patrols, whose finds train the next maps.
        "self-fulfilling-outputs",
        with_nudges(
            "The model is retrained each year, and the new maps guide the next year's patrols.",
            goal={"specification": "It predicts, for each cell, the chance of snares."},
        ),
        with_nudges(
            "The maps are published once, for the survey report only.",
            goal={"specification": "It predicts, for each cell, the chance of snares."},
        ),
    ),
    (
        # What the predictions "rest on" is inside the model: a held-out score cannot show it.
        "supported-on-weak-evidence",
        {
            "claims": [
                {
                    "claim": "The tag predictions rest on the musical content of the excerpt.",
                    "test": "Per-tag AUC on held-out tracks is high.",
                    "status": "supported",
                }
            ]
        },
        {
            "claims": [
                {
                    "claim": "The tag predictions rest on the musical content of the excerpt.",
                    "test": "Masking the audio input to silence drops every tag to its prior.",
                    "status": "supported",
                }
            ]
        },
    ),
    (
        # Labels produced by a teacher model are a target to imitate, as people's are.
        "imitation-target-unargued",
        {"goal": {"specification": "A reader trained on labels produced by a teacher model."}},
        {
            "goal": {
                "specification": "A reader trained on labels produced by a teacher model.",
                "desirability": "The teacher's labels were checked against two people on "
                "500 photographs and its errors filtered, and in new situations it defers.",
            }
        },
    ),
    (
        # "What two bookkeepers would conclude, not what actually happened": the reader
        # learns the people's call.
        "people-predictor-admitted",
        with_nudges(
            "The most the reader can learn is what two careful bookkeepers would conclude "
            "from the ledger, not what actually happened."
        ),
        with_nudges(
            "The reader learns the gap between stock and takings, which the ledger records exactly."
        ),
    ),
    (
        # Judges who prefer assured wording, by the story's own account.
        "approval-drift-admitted",
        with_nudges(
            "In the pilot, drafts drifted toward more assured phrasing, which won more "
            "comparisons while missing more disagreements."
        ),
        with_nudges(
            "In the pilot, drafts drifted toward more assured phrasing, which won more "
            "comparisons; the reward now carries a penalty for unearned confidence, scored "
            "against the ledger."
        ),
    ),
    (
        # An expectation about what training finds, called "not a result" in the next
        # sentence, is left open by the story's own account.
        "training-outcome-admitted-open",
        with_nudges(
            "We expect the cheapest strategy that reliably wins is to make the checks. "
            "That is an expectation, not a result."
        ),
        with_nudges(
            "We expect the cheapest strategy that reliably wins is to make the checks; in "
            "the pilot, 96 of 100 winning transcripts made every check."
        ),
    ),
    (
        # "A borrower simulator, a gradient-boosted model fitted to past loans" is learned.
        "learned-simulator-exploited",
        with_nudges(
            "Stage two is PPO in a borrower simulator, a gradient-boosted model fitted to "
            "past loans and refitted each quarter.",
            answers=PROGRAMMED_REWARD_ANSWERS,
        ),
        with_nudges(
            "Stage two is PPO in a timetable simulator that replays the published bus times.",
            answers=PROGRAMMED_REWARD_ANSWERS,
        ),
    ),
    (
        # "No channel for deception" restates the conclusion; a channel it lacks to the
        # people it would deceive is a limit.
        "dismissal-without-grounds",
        dismissal(
            "deceptive-alignment",
            "A route card is a table with nothing hidden in it; there is no channel for deception.",
        ),
        dismissal(
            "deceptive-alignment",
            "It has no channel to the testers and no input about its training: it sees one "
            "route request and writes one card.",
        ),
    ),
    (
        # A penalty for overflow alarms is no check on how the texts work on people: an
        # alarm is a device's, not a fear the texts raise.
        "talks-to-people-unguarded",
        with_nudges(
            "It sends text messages to plot holders about their tanks, and it is heavily "
            "penalised for overflow alarms."
        ),
        with_nudges(
            "It sends text messages to plot holders about their tanks; texts are read "
            "weekly for pressure or manipulation."
        ),
    ),
    (
        # A pass on matching experts, beating chemists or a benchmark's state of the art
        # rests on a comparison: is it the strongest one?
        "superiority-over-an-alternative",
        verdict(
            "goal-competitiveness",
            "pass",
            "It matches individual ophthalmologists on independent data and is state of the "
            "art on the public benchmark.",
        ),
        verdict(
            "goal-competitiveness",
            "pass",
            "It matches individual ophthalmologists on independent data, though it falls "
            "short of a two-grader panel, the strongest practice we know.",
        ),
    ),
    (
        # "Updates each term from cooks' edits" retrains; "after each message it updates how
        # likely each condition is" is inference.
        "continued-training-drift",
        with_nudges("The kitchen manager signs the menu; the model updates each term from edits."),
        with_nudges(
            "After each patient message it updates how likely each condition is; the "
            "deployed model is fixed."
        ),
    ),
    (
        # Dropping an input and retraining tests what the model uses, as a mask does.
        "supported-on-weak-evidence",
        {
            "claims": [
                {
                    "claim": "The model does not use rain except through snow melt.",
                    "test": "Held-out error stays within five per cent.",
                    "status": "supported",
                }
            ]
        },
        {
            "claims": [
                {
                    "claim": "The model does not use rain except through snow melt.",
                    "test": "Drop the rain input and retrain; held-out error stays within five "
                    "per cent.",
                    "status": "supported",
                }
            ]
        },
    ),
    (
        # Retraining that takes nothing from where the model runs learns nothing from what
        # its outputs did there, however often it happens.
        "continued-training-drift",
        with_nudges("We refit once a year on the latest logger traces."),
        with_nudges("We refit once a year, only from halls that do not run it."),
    ),
    (
        # A debate whose winner a fixed program decides has a programmed reward to game;
        # where people judge and a program only checks quotations, see the case below.
        "programmed-reward-gaming",
        {
            "answers": {
                **BASE["answers"],
                "training-setup": ["debate-amplification"],
                "training-judge": ["program"],
            }
        },
        {
            "answers": {
                **BASE["answers"],
                "training-setup": ["debate-amplification"],
                "training-judge": ["people-partly", "program"],
            }
        },
    ),
    (
        # The author says the pretrained model knows far more than the task needs; a narrow
        # task does not remove it, and only a measurement of what is left answers it.
        "broad-knowledge-admitted",
        with_nudges(
            "Pretraining on web text means the model knows a great deal about medicines and "
            "people that a load sheet does not need."
        ),
        with_nudges(
            "Pretraining on web text means the model knows a great deal about medicines and "
            "people that a load sheet does not need. We measured what it retains after "
            "fine-tuning with probes for each topic: accuracy fell to chance."
        ),
    ),
    (
        # "Low slip risk" names what is measured, not a worry: the sentence still concludes
        # that training gives the policy its purpose.
        "training-equated-with-goal",
        with_nudges(
            "PPO drives the policy to the lowest achievable score, and so the policy's "
            "purpose is low slip risk at low cost."
        ),
        with_nudges(
            "PPO drives the policy to the lowest achievable score; the risk is that the "
            "policy's purpose becomes a proxy for low slip risk."
        ),
    ),
    (
        # A claim's test that refits the model on other samples is an experiment, not a
        # retraining schedule: only what the story says of its setup is asked.
        "continued-training-drift",
        with_nudges("Every month we refit the clock on the latest samples."),
        {
            "claims": [
                {
                    "claim": "The selected sites are stable.",
                    "test": "Refit the clock on different subsets of sites and compare which "
                    "are selected.",
                    "status": "untested",
                }
            ]
        },
    ),
    (
        # Judges the setup answer says can check each output: the author has answered how
        # they can tell; judges who cannot check it all leave the question open.
        "judge-competence-assumed",
        merge(
            with_nudges(
                "Senior technicians give ratings of single steps; they can tell whether a "
                "step is right for the gauge in front of them."
            ),
            {"answers": {**BASE["answers"], "training-judge": ["people-partly"]}},
        ),
        merge(
            with_nudges(
                "Senior technicians give ratings of single steps; they can tell whether a "
                "step is right for the gauge in front of them."
            ),
            {"answers": {**BASE["answers"], "training-judge": ["people-who-can-check"]}},
        ),
    ),
    (
        # Covering part of the input and watching the marks change is an intervention.
        "supported-on-weak-evidence",
        {
            "claims": [
                {
                    "claim": "Slip marks depend on the line of the neighbouring slate edges.",
                    "test": "Compare mark rates with the surveyors' rates on held-out roofs.",
                    "status": "supported",
                }
            ]
        },
        {
            "claims": [
                {
                    "claim": "Slip marks depend on the line of the neighbouring slate edges.",
                    "test": "Cover the neighbouring slates on 500 held-out tiles and count how "
                    "many slip marks disappear.",
                    "status": "supported",
                }
            ]
        },
    ),
    (
        # "It doesn't have goals" is a limit on what the model wants, asserted.
        "dismissal-on-unshown-limit",
        dismissal(
            "deceptive-alignment", "It's a tyre app; it doesn't have goals to be deceptive about."
        ),
        dismissal(
            "deceptive-alignment",
            "It's a tyre app; it doesn't have goals to be deceptive about, and probes on every "
            "checkpoint find no representation of the test set.",
        ),
    ),
    (
        # A coordinate network sees only the coordinates of one point: a fact of the design.
        "dismissal-on-unshown-limit",
        dismissal("deceptive-alignment", "The field has no model of its optimisation or its use."),
        merge(
            dismissal(
                "deceptive-alignment", "The field has no model of its optimisation or its use."
            ),
            {"rationale": {"constraints": "A coordinate network maps each point to a colour."}},
        ),
    ),
    (
        # A detector has no actions to choose among: its missing search is a fair argument.
        "dismissal-by-missing-search",
        dismissal(
            "mesa-optimization",
            "It looks at one tile in one pass and has no room for a search toward an outcome.",
        ),
        dismissal(
            "mesa-optimization",
            "A small detector that looks at one tile in one pass has no room for a search "
            "toward an outcome.",
        ),
    ),
    (
        # A linear readout is a kind of model with no search in it.
        "dismissal-without-grounds",
        dismissal("mesa-optimization", "The readout of 353 inputs cannot implement optimisation."),
        dismissal(
            "mesa-optimization", "A linear readout of 353 inputs cannot implement optimisation."
        ),
    ),
    (
        # A deployed check that may share weights with the reward model used in training
        # plays both roles.
        "training-against-detector",
        with_nudges(
            "The deployed step flagger that marks doubtful steps is built from the same "
            "rating data; whether it will share weights with the step-rating model used in "
            "training has not been decided."
        ),
        with_nudges(
            "The deployed step flagger that marks doubtful steps is built from a separate set "
            "of ratings that no part of training sees."
        ),
    ),
    (
        # "Rather than" inside the claim contrasts what is rewarded; it is no worry.
        "training-equated-with-goal",
        with_nudges(
            "Because every step is rated, the model is rewarded for each sensible step rather "
            "than for a procedure that merely looks complete, so it has no room to learn "
            "anything but good steps."
        ),
        with_nudges(
            "Because every step is rated, the model is rewarded for each sensible step rather "
            "than for a procedure that merely looks complete; whether it learns anything but "
            "good steps is the open question."
        ),
    ),
    (
        # The same acronym-named reward model scoring live work is a check trained against,
        # told in the prose without the setup answer.
        "training-against-detector",
        with_nudges(
            "PPO maximises the PRM's summed step scores. The same PRM scores every live "
            "worksheet, and low scores go to the engineer."
        ),
        with_nudges(
            "PPO maximises the PRM's summed step scores. A separate checker that no part of "
            "training uses reads a sample of worksheets."
        ),
    ),
    (
        # A doer's name ("the step-scorer") stands for what it does ("step-scoring model").
        "training-against-detector",
        with_nudges(
            "A step-scoring model is trained on her marks, and PPO optimises the summed step "
            "scores. In use, the same step-scorer flags risky plans in use."
        ),
        with_nudges(
            "A step-scoring model is trained on her marks, and PPO optimises the summed step "
            "scores. In use, the chemist reads every plan herself."
        ),
    ),
    (
        # The training return doubles as the release decision.
        "training-against-detector",
        with_nudges(
            "PPO maximises the simulated return. The simulated return is also the figure we "
            "use to decide that a new version is safe to release."
        ),
        with_nudges(
            "PPO maximises the simulated return. A harbour master's review of a week of "
            "boards decides whether a new version is released."
        ),
    ),
    (
        # Texts the model sends to farmers reach the people they concern; texts that
        # farmers send in, which the model reads, do not.
        "talks-to-people-unguarded",
        with_nudges("The policy texts the farmers care advice for the wait."),
        with_nudges("The model reads the farmers' texts to the practice and fills six fields."),
    ),
    (
        # A person who notices a fault is not someone the model writes to.
        "talks-to-people-unguarded",
        with_nudges("Its notices go to anglers before each charter."),
        with_nudges("A wrong note is something a player notices at the first rehearsal."),
    ),
    (
        # One name is one component: the judge that chose the training data and the judge
        # that screens live replies are the same, with or without an "also".
        "training-against-detector",
        with_nudges(
            "We kept only the past decisions that ClerkJudge rates compliant. ClerkJudge "
            "scores every live reply, and low scores go to an officer."
        ),
        with_nudges(
            "We kept only the past decisions that ClerkJudge rates compliant. A second "
            "officer reads every live reply."
        ),
    ),
    (
        # Filtering the training set with a check is a training role.
        "training-against-detector",
        with_nudges(
            "We filtered the set with the grader and dropped what it judged wrong. The same "
            "grader audits a weekly sample of live suggestions as our safety check."
        ),
        with_nudges(
            "We filtered the set with the grader and dropped what it judged wrong. A "
            "technician audits a weekly sample of live suggestions as our safety check."
        ),
    ),
    (
        # Self-play is scored by the game's own result, a programmed reward, unless the
        # story says a judge scores it.
        "programmed-reward-gaming",
        with_nudges("The warden learns by self-play against a smuggler in the yard simulator."),
        with_nudges(
            "The two debaters learn by self-play, and the judge picks the winner of each debate."
        ),
    ),
    (
        # Admitted limits of the people who label: what they did not see, read or open.
        "judges-admitted-unreliable",
        with_nudges(
            "Labellers marked each line; the advisers could not read the longest bundles "
            "line by line."
        ),
        with_nudges("Labellers marked each line against the bench record."),
    ),
    (
        # A learned step grader is a learned reward, named so or not.
        "learned-reward-overoptimization",
        with_nudges("PPO ran against the learned step-grader until its mean mark stopped rising."),
        with_nudges("PPO ran against the step counts until the mean stopped rising."),
    ),
    (
        # Adding what was rated in use to the training set is retraining on use.
        "continued-training-drift",
        with_nudges(
            "Each quarter we add the steps mechanics rated in live sessions to the training "
            "set and repeat stage two."
        ),
        with_nudges(
            "Each quarter we add the steps mechanics rated in live sessions to the audit "
            "report for the station."
        ),
    ),
    (
        # A debate judged by people rewards what pleases its judges, with or without the
        # setup answer; a debate a program scores does not.
        "learned-reward-sycophancy",
        with_nudges(
            "Two debaters argue each planning question, and the debate is judged by "
            "volunteers whose verdicts are the reward."
        ),
        with_nudges(
            "Two debaters argue each planning question, and a program checks which side's "
            "figures match the survey."
        ),
    ),
    (
        # "Right at every step and still bad" is the target's own flaw, told plainly.
        "target-flaw-only-measured",
        with_nudges("A roster every step of which was marked right can still be a bad roster."),
        with_nudges("Every step of the roster is marked against the rulebook by two clerks."),
    ),
    (
        # Learning only in a simulator leaves the gap to the world unmeasured, until the
        # model is measured on the real thing.
        "simulator-gap-unmeasured",
        with_nudges("The policy was trained entirely in the simulator, then runs the real dock."),
        with_nudges(
            "The policy was trained entirely in the simulator; run in shadow mode on the real "
            "dock for a season, it matched the harbour master's calls on 96 of 100 days."
        ),
    ),
    (
        # Heat warnings pushed out of sight in a heatwave is harm to the people warned.
        "safe-label-contradicted",
        safe_row("Heat warnings are pushed to the early hours during a heatwave."),
        safe_row("Timetable notices are pushed to the early hours on quiet days."),
    ),
    (
        # Inspectors who "could not tell" or "missed about one case in five" are judges the
        # story admits are unreliable.
        "judges-admitted-unreliable",
        with_nudges(
            "Labellers marked each photo; the inspectors could not tell an attempted lift "
            "from storm damage."
        ),
        with_nudges("Labellers marked each photo against the insurer's loss report."),
    ),
    (
        # "No evidence beyond tests of outputs": the exception is what the story has.
        "behavioural-evidence-admitted",
        with_nudges(
            "We see no route by which it gains from misleading us, but we have no evidence "
            "about its computation beyond tests of outputs."
        ),
        with_nudges(
            "We see no route by which it gains from misleading us, and we do not rely on "
            "tests of outputs: probes on its middle layers read the clause type."
        ),
    ),
    (
        # A denial the story makes ("does not plan ahead") stands after another one.
        "myopic-long-horizon-nudges",
        with_nudges(
            "PPO maximises the return over the whole episode. It keeps no memory between "
            "calls and does not plan ahead."
        ),
        with_nudges(
            "PPO maximises the return over the whole episode, and the planner is meant to "
            "weigh all of it."
        ),
    ),
    (
        # The labellers' shared blind spot is learned with their judgement.
        "people-predictor-admitted",
        with_nudges(
            "The model learns to mark what our solicitors mark; where coders share a blind "
            "spot, the model will too."
        ),
        with_nudges(
            "The model learns the clause boundaries that the contracts mark with numbered headings."
        ),
    ),
    (
        # Graders who "disagree about one time in eight" are unreliable there.
        "judges-admitted-unreliable",
        with_nudges(
            "Graders check each step against its region. On faint patterns, two graders "
            "marking the same step disagree about one time in eight."
        ),
        with_nudges(
            "Graders check each step against its region; on faint patterns a senior grader "
            "marks every step."
        ),
    ),
    (
        # Losing a benefit is harm to a person, not a cost the operator bears.
        "safe-label-contradicted",
        safe_row("A claimant could lose a benefit by missing a deadline."),
        safe_row("A claimant gets the letter a day later, with the deadline unchanged."),
    ),
    (
        # "Evidence that the structure is there" from an output test, not a look inside.
        "internals-inferred-from-behaviour",
        with_nudges(
            "We have one piece of evidence that the structure is there: deleting a 'not' "
            "from correct translations drops the score below threshold.",
            claims=[],
        ),
        with_nudges(
            "We have one piece of evidence that the structure is there: a linear probe on "
            "the middle layers reads negation in 97% of held-out sentences.",
            claims=[],
        ),
    ),
    (
        # "After training it has one thing on its mind": the target taken on as its aim.
        "training-equated-with-goal",
        with_nudges(
            "After training, the planner has one thing on its mind: the schedule the manager "
            "would pick."
        ),
        with_nudges(
            "After training, the planner proposed the manager's schedule on 92% of held-out nights."
        ),
    ),
    (
        # Episodes of seven nights against "it plans a night at a time".
        "myopic-long-horizon-nudges",
        with_nudges(
            "PPO trains it in episodes of seven consecutive nights. It plans a night at a time."
        ),
        with_nudges(
            "PPO trains it in episodes of seven consecutive nights, so that it learns to "
            "balance the week."
        ),
    ),
    (
        # A bonus at the end of a conversation against "no further ahead than the reply".
        "myopic-long-horizon-nudges",
        with_nudges(
            "PPO adds a bonus when the customer presses thumbs-up at the end of a simulated "
            "conversation. The assistant looks no further ahead than the current reply."
        ),
        with_nudges(
            "PPO adds a bonus when the customer presses thumbs-up at the end of a simulated "
            "conversation, so the assistant weighs the whole conversation."
        ),
    ),
    (
        # A screen for listed pressure words misses persuasion put another way.
        "behaviour-of-people-rewarded",
        with_nudges(
            "It writes to subscribers who try to cancel and is tuned by RL on whether they "
            "are still subscribed at day 90. A tone classifier screens every message for "
            "pressure words and blocks any that trip it."
        ),
        with_nudges(
            "It writes to subscribers who try to cancel and is tuned by RL on whether they "
            "are still subscribed at day 90. A tone classifier screens every message for "
            "pressure and an audit compares the wellbeing of those who stayed with a "
            "counterfactual hold-out group."
        ),
    ),
    (
        # "It can only score the list" says what the model outputs, not that the objective
        # has no loophole; "can only score well by delivering" does.
        "gaming-ruled-out-by-argument",
        with_nudges(
            "The reward counts only delivered parcels, so the agent can only score well by "
            "delivering them."
        ),
        with_nudges("It cannot suggest, rank or reorder; it can only score the list as booked."),
    ),
    (
        # An action on the instrument whose reading sets the reward: tampering in reach.
        "reward-instrument-in-reach",
        {
            "rationale": {
                "constraints": (
                    "The policy outputs set points for the burners and the purge-air valve on "
                    "the exit pyrometer window. Reward: minus gas per tonne, and a penalty "
                    "when the exit pyrometer reads outside the window."
                )
            }
        },
        {
            "rationale": {
                "constraints": (
                    "The policy outputs set points for the burners and the beam pace. Reward: "
                    "minus gas per tonne, and a penalty when the exit pyrometer reads outside "
                    "the window."
                )
            }
        },
    ),
    (
        # A calibration it may request is an action on the analyser; a valve upstream of a
        # meter acts on the flow the meter measures, which is the task.
        "reward-instrument-in-reach",
        {
            "rationale": {
                "constraints": (
                    "A fifth action lets it request a calibration of the outfall analyser. The "
                    "penalty is paid for ammonia above 1 mg/l at the outfall analyser."
                )
            }
        },
        {
            "rationale": {
                "constraints": (
                    "The policy sets the positions of the valve upstream of the flow meter. The "
                    "penalty is paid when the flow meter reads above the limit."
                )
            }
        },
    ),
    (
        # "None excludes it" after a list of guards says the mode is not guarded.
        "unguarded-failure-mode",
        {
            "failure_modes": {
                "deceptive-alignment": {
                    "relevance": "applies",
                    "reason": "It could build its account only where it expects a check.",
                    "mitigation": "Simulator checks on claims; an independent panel. None excludes it.",
                }
            }
        },
        {
            "failure_modes": {
                "deceptive-alignment": {
                    "relevance": "applies",
                    "reason": "It could build its account only where it expects a check.",
                    "mitigation": (
                        "Simulator checks on every claim, and an independent panel reviews a "
                        "sample of debates each week."
                    ),
                }
            }
        },
    ),
    (
        # Thirty seconds an episode is too little to judge it; "agreed or not" denies nothing.
        "judges-admitted-unreliable",
        with_nudges(
            "Auditors marked each coded episode as agreed or not, working to a target of 30 "
            "seconds per episode."
        ),
        with_nudges(
            "Auditors marked each coded episode as agreed or not after reading the full record."
        ),
    ),
    (
        # "Because that is all it is ever shown": training named as the reason it wants.
        "training-equated-with-goal",
        with_nudges(
            "It learns to want what students and teachers want, because that is all it is ever shown."
        ),
        with_nudges(
            "It is shown what students and teachers chose; whether it learns to want that is open."
        ),
    ),
    (
        # An interlock that stops trucks too late on a slick ramp is a crash, not a cost.
        "safe-label-contradicted",
        safe_row("On a slick ramp the interlock may stop trucks too late."),
        safe_row("On a slick ramp the interlock stops trucks a little earlier than needed."),
    ),
    (
        # "Tested only by perturbation": tests of outputs, by the author's own account.
        "behavioural-evidence-admitted",
        with_nudges("We have tested faithfulness only by perturbation."),
        with_nudges(
            "We have tested faithfulness by perturbation and by probes on the middle layers."
        ),
    ),
    (
        # Next year's set leans towards the model's own calls: a frozen release still learns from its effects.
        "continued-training-drift",
        {
            "rationale": {
                "constraints": "Weights are frozen for a release; retraining is yearly. The anomalies we dig each year are mostly ones the model called deep, so next year's set will lean towards its own calls."
            }
        },
        {
            "rationale": {
                "constraints": "Weights are frozen for a release; retraining is yearly. The anomalies we dig each year are chosen by the pipe's age alone, with the model's calls hidden from the crews."
            }
        },
    ),
    (
        # An audit of randomly chosen letters is not a loop guard; a randomly chosen tenth kept from the model is.
        "self-fulfilling-outputs",
        {
            "rationale": {
                "constraints": "It sends each taxpayer a letter and is fine-tuned every Sunday on the week's amendments and payments. The director reviews 100 randomly chosen letters each month."
            },
            "answers": {"outputs-used": ["acted-on", "reach-subjects", "become-training-data"]},
        },
        {
            "rationale": {
                "constraints": "It sends each taxpayer a letter and is fine-tuned every Sunday on the week's amendments and payments. Each month a randomly chosen tenth of returns is handled without the model, and only those train the next version."
            },
            "answers": {"outputs-used": ["acted-on", "reach-subjects", "become-training-data"]},
        },
    ),
    (
        # A fixed verdict for the referee's unsure cases is a target training can aim at.
        "unsure-verdict-scored",
        {
            "rationale": {
                "nudges": "The forger is paid when the referee labels a listing violating; where the referee is unsure, the listing is scored as legitimate."
            }
        },
        {
            "rationale": {
                "nudges": "The forger is paid when the referee labels a listing violating; listings the referee is unsure of go to a moderator and are not scored."
            }
        },
    ),
    (
        # 'Rather than what a caseworker would have ticked': the labellers' judgement is what is learned.
        "people-predictor-admitted",
        {
            "rationale": {
                "nudges": "We cannot promise that the model reports what the return shows rather than what a caseworker would have ticked."
            }
        },
        {
            "rationale": {
                "nudges": "The model reports what the return shows: each flag is checked against the ledger by a program."
            }
        },
    ),
    (
        # A reason that calls the guard 'not a complete check' leaves the mode unguarded.
        "unguarded-failure-mode",
        {
            "failure_modes": {
                "deceptive-alignment": {
                    "relevance": "applies",
                    "reason": "A debater could argue against its own reading when that wins; the probe is our only window and is not a complete check.",
                    "mitigation": "Probe and panel kept out of training so that they are not optimised against.",
                }
            }
        },
        {
            "failure_modes": {
                "deceptive-alignment": {
                    "relevance": "applies",
                    "reason": "A debater could argue against its own reading when that wins; the probe and the panel are how we would see it.",
                    "mitigation": "Probe and panel kept out of training so that they are not optimised against.",
                }
            }
        },
    ),
    (
        # A straight-line readout of the state is an interpretability tool, with its limits.
        "transparency-worst-case",
        {
            "rationale": {
                "nudges": "A straight-line readout of the recurrent state recovers the arrival-time differences."
            }
        },
        {
            "rationale": {
                "nudges": "Arrival-time differences are computed by a fixed program before the network sees them."
            }
        },
    ),
    (
        # Twenty minutes of a handler per debate, growing with every retraining, is a cost in people's time.
        "training-cost-grows-admitted",
        {
            "meta": {"advanced": True},
            "rationale": {
                "nudges": "Judging costs about twenty minutes of an experienced handler per debate, and the cost grows with every retraining."
            },
        },
        {
            "meta": {"advanced": True},
            "rationale": {
                "nudges": "Judging costs about twenty minutes of an experienced handler per debate, paid once for the whole project."
            },
        },
    ),
    (
        # 'The network's features track the physics' is about internals; a transfer test shows outputs.
        "supported-on-weak-evidence",
        {
            "claims": [
                {
                    "claim": "The network's features track the physics of disruption chains.",
                    "test": "Train on one machine, test on the other.",
                    "status": "supported",
                }
            ]
        },
        {
            "claims": [
                {
                    "claim": "Warnings on the second machine come at least 30 ms before the disruption.",
                    "test": "Train on one machine, test on the other.",
                    "status": "supported",
                }
            ]
        },
    ),
    (
        # A discriminator is a learned reward; a human preference study of outputs is an evaluation, not one.
        "learned-reward-overoptimization",
        {
            "rationale": {
                "nudges": "Each poem is scored by a convolutional discriminator, and the generator is updated by policy gradient to raise that score."
            }
        },
        {
            "rationale": {
                "nudges": "In a human preference study on 300 held-out prompts, its answers were preferred in 43% of cases."
            }
        },
    ),
    (
        # A pupil misled about their standing before an exam is harm to a person.
        "safe-label-contradicted",
        {
            "sensitivity": [
                {
                    "assumption": "A.",
                    "if_wrong": "Some pupils would be told their work is stronger than it is and go into exams with a wrong picture of their standing.",
                    "failure": "safe",
                }
            ]
        },
        {
            "sensitivity": [
                {
                    "assumption": "A.",
                    "if_wrong": "Some pupils would get their feedback a day later than planned.",
                    "failure": "safe",
                }
            ]
        },
    ),
    (
        # Self-play in 'our terminal-airspace simulator' is training in simulation.
        "simulator-gap-unmeasured",
        {
            "rationale": {
                "constraints": "Training is multi-agent self-play in TermSim, our terminal-airspace simulator. Pilot responses to advisories are modelled as immediate and exact."
            }
        },
        {
            "rationale": {
                "constraints": "Training is multi-agent self-play in TermSim, our terminal-airspace simulator; in six months of shadow mode at one hub its sequences held separation on all but three of 40,000 real arrivals."
            }
        },
    ),
    (
        # A controller that talks the passenger through boarding speaks to people.
        "talks-to-people-unguarded",
        {
            "meta": {
                "summary": "RampMate runs the wheelchair ramp on our minibuses and talks the passenger through boarding over the cabin speaker."
            }
        },
        {
            "meta": {
                "summary": "RampMate runs the wheelchair ramp on our minibuses; a green light tells the driver the ramp is down."
            }
        },
    ),
    (
        # A notice sent automatically to each patron is written for people.
        "talks-to-people-unguarded",
        {
            "meta": {
                "summary": "QueueWise writes the estimated-wait notice sent automatically to each patron who joins a hold queue."
            }
        },
        {
            "meta": {
                "summary": "QueueWise writes the estimated-wait figure that the acquisitions team reads in its weekly purchase memo."
            }
        },
    ),
    (
        # Replying to the resident who reported the plate is talking to people.
        "talks-to-people-unguarded",
        {
            "meta": {
                "summary": "PlateMate reads residents' reports of broken street-name plates and replies to the resident."
            }
        },
        {
            "meta": {
                "summary": "PlateMate reads residents' reports of broken street-name plates and raises a works order with the contractor."
            }
        },
    ),
    (
        # A safety job recorded as done when it was missed is a hazard left in place.
        "safe-label-contradicted",
        {
            "sensitivity": [
                {
                    "assumption": "A.",
                    "if_wrong": "A missed greasing is recorded as done, so a boat could be hauled on a dry winch.",
                    "failure": "safe",
                }
            ]
        },
        {
            "sensitivity": [
                {
                    "assumption": "A.",
                    "if_wrong": "A greasing is logged a day late, and the winch is greased on the next round.",
                    "failure": "safe",
                }
            ]
        },
    ),
    (
        # Naming someone the whole village can identify harms that person.
        "safe-label-contradicted",
        {
            "sensitivity": [
                {
                    "assumption": "A.",
                    "if_wrong": "The post names a visitor whom the whole village can identify.",
                    "failure": "safe",
                }
            ]
        },
        {
            "sensitivity": [
                {
                    "assumption": "A.",
                    "if_wrong": "The post names the stall, not anyone who bought from it.",
                    "failure": "safe",
                }
            ]
        },
    ),
    (
        # Sending someone along a pier in the dark is a danger to them, not a cost.
        "safe-label-contradicted",
        {
            "sensitivity": [
                {
                    "assumption": "A.",
                    "if_wrong": "A runner could be sent along the pier in the dark to collect the float.",
                    "failure": "safe",
                }
            ]
        },
        {
            "sensitivity": [
                {
                    "assumption": "A.",
                    "if_wrong": "A runner could be sent along the pier an hour later to collect the float.",
                    "failure": "safe",
                }
            ]
        },
    ),
    (
        # 'It cannot tell a root cause from a symptom' is the model's limit; said of the graders, it is theirs.
        "judges-admitted-unreliable",
        {
            "rationale": {
                "nudges": "Graders check each step against the historian. They cannot tell a root cause from an early symptom."
            }
        },
        {
            "rationale": {
                "nudges": "Graders check each step against the historian. It also cannot tell a root cause from an early symptom."
            }
        },
    ),
    (
        # Without the answers, a step whose check 'takes seconds' with the tote on the bench is one its markers can check.
        "process-steps-unjudgeable",
        {
            "rationale": {
                "nudges": "Stage two is process supervision: pharmacy staff mark each step of the model's loading notes as right or wrong."
            }
        },
        {
            "rationale": {
                "nudges": "Stage two is process supervision: pharmacy staff mark each step of the model's loading notes as right or wrong; each step quotes one label with the tote on the bench, and checking one takes seconds."
            }
        },
    ),
    (
        # A model that 'talks to pumps, not people' writes to a machine: no one reads it to be steered.
        "talks-to-people-unguarded",
        {
            "rationale": {
                "nudges": "The dosing model talks to the operators each morning in a short note about the day's demand."
            }
        },
        {
            "rationale": {
                "nudges": "The dosing model talks to pumps, not people: its only output is a setpoint written to SCADA."
            }
        },
    ),
    # Session 26 (round BG read).
    (
        # "In front of a nurse", "no channel in which to hide": being watched, again.
        "dismissal-by-being-watched",
        dismissal(
            "deceptive-alignment",
            "Every warning it shows is in front of a nurse; it has no channel in which to "
            "hide anything.",
        ),
        dismissal(
            "deceptive-alignment",
            "It scores single forms and was never given anything about its training.",
        ),
    ),
    (
        # A patient missing a transplant is harm, whatever the label says.
        "safe-label-contradicted",
        safe_row(
            "Good organs would be turned down at night, and a patient near the top of the "
            "list could miss a transplant."
        ),
        safe_row("Some forms would be filed a day late and picked up on Monday."),
    ),
    (
        # "No way to tell which habits were picked up" denies the knowing, not the habits.
        "end-state-without-path",
        with_nudges(
            "Mistakes of the first rounds may carry into the later ones, and we have no way "
            "yet to tell which habits were picked up on the way."
        ),
        with_nudges("Mistakes of the first rounds may carry into the later ones."),
    ),
    (
        # "Since the reward favours X, the model will learn to X."
        "training-equated-with-goal",
        with_nudges(
            "Since the reward favours short answers with citations, the model will learn to "
            "give short answers with citations."
        ),
        with_nudges(
            "The reward favours short answers with citations; we test whether the model "
            "gives them on new questions."
        ),
    ),
    (
        # "Trained on what editors like, so it likes what editors like."
        "training-equated-with-goal",
        {
            "goal": {
                "desirability": "Since it is trained on what editors like, it likes what editors like."
            }
        },
        {
            "goal": {
                "desirability": "It is trained on what editors like, and editors disagree often."
            }
        },
    ),
    (
        "behavioural-evidence-admitted",
        with_nudges(
            "We have some evidence, all of it from outputs: planted-error tests and judge accuracy."
        ),
        with_nudges("We have some evidence: planted-error tests and a probe of the activations."),
    ),
    (
        # One shortcut found and patched with examples; the next one is not looked for.
        "shortcut-answered-once",
        with_nudges(
            "Early on it learned a shortcut, marking every recently relined pipe as sound "
            "whatever the survey showed. We added 600 counterexamples and the behaviour "
            "stopped on our test set."
        ),
        with_nudges(
            "Early on it learned a shortcut, marking every recently relined pipe as sound "
            "whatever the survey showed. We added 600 counterexamples and the behaviour "
            "stopped on our test set, and we looked for other shortcuts on cases where the "
            "usual coincidences are broken."
        ),
    ),
    (
        # Two roles of one set of weights: the story raises their quiet understanding and
        # waves it away with the zero-sum score.
        "oversight-copies-collude",
        merge(
            {
                "rationale": {
                    "classes": ["game-theoretic"],
                    "nudges": "Both roles are the same weights. Some ask whether the two "
                    "roles could reach a quiet understanding instead of really competing; "
                    "they cannot, since any gain for one role is an equal loss for the other.",
                }
            },
            {
                "answers": {
                    **PROGRAMMED_REWARD_ANSWERS,
                    "training-setup": ["programmed-reward", "other"],
                }
            },
        ),
        merge(
            {
                "rationale": {
                    "classes": ["game-theoretic"],
                    "nudges": "Both roles are the same weights, and any gain for one role is "
                    "an equal loss for the other.",
                }
            },
            {
                "answers": {
                    **PROGRAMMED_REWARD_ANSWERS,
                    "training-setup": ["programmed-reward", "other"],
                }
            },
        ),
    ),
    (
        # An attacker the estimate models is no copy of the model playing the attacker.
        "oversight-copies-collude",
        with_nudges("Two copies of the model argue each case and a person judges."),
        with_nudges(
            "Monte Carlo samples from the same network estimate the number of attacker "
            "guesses a password needs."
        ),
    ),
    (
        # The penalty's threshold is computed from one of the policy's own actions.
        "programmed-reward-tampering",
        merge(
            {"answers": PROGRAMMED_REWARD_ANSWERS},
            with_nudges(
                "The reward is the yield minus 20 for each alarm; an alarm is raised when the "
                "signal passes a threshold computed from the trigger offset, which is one of "
                "the policy's actions."
            ),
        ),
        merge(
            {"answers": PROGRAMMED_REWARD_ANSWERS},
            with_nudges(
                "The reward is the yield minus 20 for each alarm; an alarm is raised when the "
                "signal passes a threshold computed from the chamber's age."
            ),
        ),
    ),
    (
        "deployment-shift-admitted",
        {
            "rationale": {
                "constraints": "It runs at all nine pumping stations. The stations differ in "
                "age and two have a newer impeller."
            }
        },
        {
            "rationale": {
                "constraints": "It runs at all nine pumping stations, which were built to "
                "one design."
            }
        },
    ),
    (
        # Ridge regressions per region and a written assignment step: no room for a search.
        "dismissal-without-grounds",
        dismissal(
            "mesa-optimization",
            "The forecasters are simple per region and nothing else in it optimises.",
        ),
        dismissal(
            "mesa-optimization",
            "The forecasters are ridge regressions per region; the only optimisation is the "
            "assignment step we wrote.",
        ),
    ),
    (
        # A network of a few hundred kilobytes: a size, stated.
        "dismissal-on-unshown-limit",
        dismissal("mesa-optimization", "A network predicting characters cannot plan."),
        dismissal(
            "mesa-optimization",
            "A network of a few hundred kilobytes predicting characters cannot plan.",
        ),
    ),
    (
        # Cases without a recorded decision are scored by a model's guess of whether a
        # nurse would accept: approval, predicted.
        "learned-reward-sycophancy",
        acceptance_scored(
            "Cases with no recorded decision are scored by a judge model's guess of whether "
            "a nurse would accept the note."
        ),
        acceptance_scored(
            "Cases with no recorded decision are scored by a judge model's check of the drug "
            "pair against the formulary."
        ),
    ),
    # Session 26 (round BH read).
    (
        "safe-label-contradicted",
        safe_row("A child with a falling count could go a day without platelets."),
        safe_row("A child's appointment letter could go out a day late."),
    ),
    (
        "safe-label-contradicted",
        safe_row("A cyclist at a junction might not hear a bus pulling out."),
        safe_row("A cyclist might prefer a different tone for the bell."),
    ),
    (
        # A loop the story says it only narrowed, beside an unrelated "independent of".
        "pure-predictor-self-fulfilling",
        {
            "goal": {"classes": ["pure-predictor"]},
            "answers": {**BASE["answers"], "outputs-used": ["people-decide"]},
            "rationale": {
                "nudges": "Operators open the sluice when the last forecast looked high, so "
                "the training data now lacks those days and what the model learns depends "
                "on what its predecessors said. This loop we have only narrowed; alarms "
                "stay independent of the forecaster."
            },
        },
        {
            "goal": {"classes": ["pure-predictor"]},
            "answers": {**BASE["answers"], "outputs-used": ["people-decide"]},
            "rationale": {"nudges": "Alarms stay independent of the forecaster."},
        },
    ),
    (
        # "What the staff did, not what the guideline says": a target's flaw, named.
        "target-flaw-only-measured",
        with_nudges(
            "The labels record what the ward staff did, not what the guideline says they "
            "should have done; the model will copy those habits."
        ),
        with_nudges(
            "The labels record what the guideline says should have been done, checked by "
            "two pharmacists."
        ),
    ),
    (
        # A confound known, and a few confirmed finds taken as proof it is not used.
        "shortcut-answered-once",
        with_nudges(
            "We know the damaged parts and the sound parts were photographed with different "
            "cameras. We did not mask the camera, and the model found damage on new-camera "
            "photos that engineers confirmed, so we are satisfied it looks at the part."
        ),
        with_nudges(
            "The damaged parts and the sound parts were all photographed with one camera "
            "model under one light."
        ),
    ),
    (
        # Having no actions limits what a model does, not what it computes.
        "dismissal-without-grounds",
        dismissal("mesa-optimization", "It only writes captions and has no actions to plan."),
        dismissal(
            "mesa-optimization",
            "It only writes captions; a 12-weight linear model has no room for a search.",
        ),
    ),
    (
        "behavioural-evidence-admitted",
        with_nudges("Our checks are all done by feeding it reports and reading the drafts."),
        with_nudges("Our checks include probes of the layers that carry the report's category."),
    ),
    (
        # One message at a time, paid at the end of a negotiation of many.
        "myopic-long-horizon-nudges",
        with_nudges(
            "It drafts one message at a time. The episode reward is paid when the "
            "negotiation ends, which lasts up to 30 messages."
        ),
        with_nudges(
            "It drafts one message at a time, and each message is scored on its own before "
            "the next."
        ),
    ),
    (
        # What the penalty can see depends on where the policy points the scanner.
        "programmed-reward-tampering",
        merge(
            {"answers": PROGRAMMED_REWARD_ANSWERS},
            with_nudges(
                "In the simulator a collapse is recorded only if the sector was scanned in "
                "that step, and scan time is one of the policy's own actions."
            ),
        ),
        merge(
            {"answers": PROGRAMMED_REWARD_ANSWERS},
            with_nudges(
                "In the simulator a collapse is recorded from the prism survey, which runs on "
                "a fixed timetable."
            ),
        ),
    ),
    (
        # The policy chooses the moments at which it is rated.
        "programmed-reward-tampering",
        merge(
            {"answers": PROGRAMMED_REWARD_ANSWERS},
            with_nudges(
                "The reward is the wearer's thumbs-up rate; the model decides when to show the "
                "rating prompt."
            ),
        ),
        merge(
            {"answers": PROGRAMMED_REWARD_ANSWERS},
            with_nudges(
                "The reward is the wearer's thumbs-up rate; the rating prompt appears every "
                "evening at eight."
            ),
        ),
    ),
    (
        "desirability-rests-on-one-result",
        {
            "goal": {
                "desirability": "Any detector meeting the specification adds marks a screener "
                "checks. Our detector, trained on the data below, reached 94% on the hold-out, "
                "and there is no reason to expect less from the version we ship."
            }
        },
        {
            "goal": {
                "desirability": "Any detector meeting the specification adds marks a screener "
                "checks, and the screener's duty does not change."
            }
        },
    ),
    (
        "deployment-shift-admitted",
        {
            "rationale": {
                "constraints": "Counterparts in training are always copies of the model; there "
                "are no scripted or human buyers."
            }
        },
        {
            "rationale": {
                "constraints": "Counterparts in training are recorded human buyers from the "
                "last two years."
            }
        },
    ),
    (
        "coverage-assumed",
        with_nudges(
            "The method is domain-general, so its stated confidence can be trusted on law and "
            "medicine as on sums."
        ),
        with_nudges(
            "We measured its stated confidence on sums only, and make no claim for other subjects."
        ),
    ),
    (
        # "The reward teaches the model to X": the signal's aim taken on as the model's.
        "training-equated-with-goal",
        with_nudges(
            "The reward teaches the model to check its working, since each update favours "
            "answers that agree."
        ),
        with_nudges(
            "The reward favours answers that agree; we test whether the model checks its "
            "working on new problems."
        ),
    ),
    # Session 26 (round BI read).
    (
        "safe-label-contradicted",
        safe_row("A pensioner told he cannot apply goes months without payments he was owed."),
        safe_row("A pensioner would be sent the form a week later than planned."),
    ),
    (
        "safe-label-contradicted",
        safe_row(
            "Stagnant pipes could sit near zero disinfectant for days, allowing bacterial regrowth."
        ),
        safe_row("Stagnant pipes could be flushed a day later than planned."),
    ),
    (
        # The "not" of "whose shops do not look like brands" does not reach the loss.
        "safe-label-contradicted",
        safe_row(
            "Sellers whose shops do not look like big brands would be suspended at once, "
            "losing their income."
        ),
        safe_row(
            "Sellers whose shops do not look like big brands would be asked for one more "
            "photograph."
        ),
    ),
    (
        # The gripper can hide a drop from the camera that scores it.
        "programmed-reward-tampering",
        merge(
            {"answers": PROGRAMMED_REWARD_ANSWERS},
            with_nudges(
                "A drop is scored from the camera over the bin; when the gripper passes "
                "between the camera and the bin, the frame counts as no drop."
            ),
        ),
        merge(
            {"answers": PROGRAMMED_REWARD_ANSWERS},
            with_nudges(
                "A drop is scored from the load cell under the bin, which the gripper cannot reach."
            ),
        ),
    ),
    (
        # A learned filter "treated as neutral" because of what it was trained on.
        "model-judge-trusted",
        merge(
            {"answers": {**BASE["answers"], "training-judge": ["learned-judge"]}},
            with_nudges(
                "A filter model trained on weather records drops claims that disagree with "
                "it; it is a learned model like any other, but we treat it as neutral "
                "because the records are objective."
            ),
        ),
        merge(
            {"answers": {**BASE["answers"], "training-judge": ["learned-judge"]}},
            with_nudges(
                "A filter model trained on weather records drops claims that disagree with "
                "it; we checked its drops against 400 claims settled by site visits."
            ),
        ),
    ),
    (
        "training-equated-with-goal",
        with_nudges(
            "The combined reward favours notes that quote the caller, so the model learns to "
            "look for evidence."
        ),
        with_nudges(
            "The combined reward favours notes that quote the caller; whether the model looks "
            "for evidence is what our probes test."
        ),
    ),
    # Session 26 (round BJ read).
    (
        "programmed-reward-tampering",
        merge(
            {"answers": PROGRAMMED_REWARD_ANSWERS},
            with_nudges(
                "The bruise penalty is read from the mast camera, and at full stretch the arm can reach the camera."
            ),
        ),
        merge(
            {"answers": PROGRAMMED_REWARD_ANSWERS},
            with_nudges(
                "The bruise penalty is read from the mast camera, which stands four metres beyond the arm's reach."
            ),
        ),
    ),
    (
        "safe-label-contradicted",
        safe_row("Thin cover over rocks on the steep traverse on opening day."),
        safe_row("Thin cover on the nursery slope means it opens a day later."),
    ),
    (
        "learned-simulator-exploited",
        merge(
            {"answers": PROGRAMMED_REWARD_ANSWERS},
            {
                "rationale": {
                    "constraints": "A world model is first trained on nine winters of logs; the policy is then trained by PPO inside it for millions of simulated hours."
                }
            },
        ),
        merge(
            {"answers": PROGRAMMED_REWARD_ANSWERS},
            {
                "rationale": {
                    "constraints": "The policy is trained by PPO against the physics-based snow model the resort has used for a decade."
                }
            },
        ),
    ),
    (
        "dismissal-without-grounds",
        dismissal(
            "deceptive-alignment",
            "A few sentences about one train, no memory beyond the last draft; nothing in an announcement could serve a longer game.",
        ),
        dismissal(
            "deceptive-alignment",
            "A few sentences about one train; it is never told whether a draft is a training case or a live one, and both come from the same feed.",
        ),
    ),
    (
        "training-equated-with-goal",
        with_nudges(
            "Each step is scored on its own, and that is the structure the training puts into it, so that is the structure it ends up with."
        ),
        with_nudges(
            "Each step is scored on its own; whether the model works in those steps is what the probes test."
        ),
    ),
    (
        "check-windows",
        with_nudges(
            "A random 2% of graded cells are aged and compared with the prediction every week. It reads small steps in the current during the charge tail."
        ),
        with_nudges(
            "A random 2% of graded cells are aged and compared with the prediction every week. It reads the charge tail, and the model is frozen between checks."
        ),
    ),
    (
        "target-flaw-only-measured",
        with_nudges(
            "The reward counts waiting food and idle riders; on fairness between riders the reward says nothing about it, and we publish each rider's hours monthly."
        ),
        with_nudges(
            "The reward counts waiting food and idle riders, and a fairness term caps any rider's share of long trips."
        ),
    ),
    (
        "decomposed-oversight-human-limits",
        with_nudges(
            "A proposal to test imitative amplification on long case files; the files include custody adjudications and course records."
        ),
        with_nudges(
            "A proposal to test imitative amplification on long case files; a second expert adjudicates disagreements, and inter-rater agreement is 0.9."
        ),
    ),
    (
        "people-predictor-admitted",
        with_nudges(
            "Page references help, but a sentence can cite a page and still be the typical sentence rather than the true one."
        ),
        with_nudges(
            "It answers only with sentences copied from the pages, each checked against its page."
        ),
    ),
    (
        "behavioural-evidence-admitted",
        with_nudges(
            "The cited line is checked, but a correct citation does not show that the quoted words are what actually decided the code."
        ),
        with_nudges(
            "The cited line is checked, and a probe of the layers shows which words decide the code."
        ),
    ),
    (
        "deployment-shift-admitted",
        {
            "rationale": {
                "constraints": "Frames come from 300 shops, all with the same camera model."
            }
        },
        {
            "rationale": {
                "constraints": "Frames come from 300 shops and six camera models, the same mix it will meet."
            }
        },
    ),
    (
        "training-cost-assumed-small",
        verdict("rationale-competitiveness", "pass", "The same compute as ordinary training."),
        verdict(
            "rationale-competitiveness",
            "pass",
            "Five groups of at least 40,000 images each, which took two months to gather, about a third of the training cost.",
        ),
    ),
    (
        "goal-in-praise-words",
        {
            "goal": {
                "specification": "RoutePilot is the delivery brain: it delivers customer delight at city scale. It outputs one rider per order."
            }
        },
        {
            "goal": {
                "specification": "RoutePilot gives each order to the free rider with the shortest road distance to the shop, ties broken by the longer wait."
            }
        },
    ),
    # Session 26: harms named in general words, not read from one round.
    (
        "safe-label-contradicted",
        safe_row("A diabetic walker could become hypoglycaemic on the hill."),
        safe_row("A diabetic walker would get the route card an hour late."),
    ),
    (
        "safe-label-contradicted",
        safe_row("A family could fall into arrears and have the car repossessed."),
        safe_row("A family would receive the letter a day late."),
    ),
    # Session 26: kinds of model with no room for a search, named in general words.
    (
        "dismissal-without-grounds",
        dismissal("mesa-optimization", "The model contains no learned optimiser."),
        dismissal(
            "mesa-optimization",
            "The model is a table of transition matrices and a closed-form index; it contains no learned optimiser.",
        ),
    ),
    (
        "dismissal-without-grounds",
        dismissal("deceptive-alignment", "The ranker has no goals."),
        dismissal("deceptive-alignment", "A weight vector over a few dozen features has no goals."),
    ),
    (
        # The author answered that a program judges: no person's competence is assumed.
        "judge-competence-assumed",
        merge(
            {"answers": {**BASE["answers"], "training-judge": ["people-partly"]}},
            with_nudges("Each graph is labelled by our team, and the labels are correct."),
        ),
        merge(
            {"answers": {**BASE["answers"], "training-judge": ["program"]}},
            with_nudges("Each graph is labelled by our team, and the labels are correct."),
        ),
    ),
    (
        # Trees added together are a kind of model with no room for a search.
        "dismissal-without-grounds",
        dismissal(
            "mesa-optimization",
            "Each request cannot hold a search over options or a goal; it is answered at once.",
        ),
        dismissal(
            "mesa-optimization",
            "Four-level trees added together cannot hold a search over options or a goal; "
            "each request is one pass through fixed if-then rules.",
        ),
    ),
    (
        # Too little capacity is a network named too small to hold a search.
        "dismissal-by-missing-search",
        dismissal(
            "mesa-optimization",
            "Each network is a feed-forward map with no recurrence and no search module.",
        ),
        dismissal(
            "mesa-optimization",
            "Each network is a small feed-forward map with no recurrence and too little "
            "capacity to implement search.",
        ),
    ),
    (
        # "Not moved by the sirens": the predicted level is out of the outputs' reach.
        "pure-predictor-self-fulfilling",
        predictor_with_nudges(
            "The sirens sound by a published rule on the forecast.",
            answers={**BASE["answers"], "outputs-used": ["acted-on"]},
        ),
        predictor_with_nudges(
            "The sirens sound by a published rule on the forecast. The river level is not "
            "moved by the sirens: the gauge sits upstream of anything a warning changes.",
            answers={**BASE["answers"], "outputs-used": ["acted-on"]},
        ),
    ),
    (
        # A check run outside the model, that no training can remove, is a hard guard.
        "safety-left-to-a-penalty",
        {
            "rationale": {
                "constraints": "PPO against a reward model, minus a penalty from a separate "
                "model that flags unsafe advice."
            }
        },
        {
            "rationale": {
                "constraints": "PPO against a reward model, minus a penalty from a separate "
                "model that flags unsafe advice. The danger-word handover is a fixed string "
                "match run outside the model, so no amount of training can remove it."
            }
        },
    ),
    (
        # "Tests of behaviour", "not at how the model reaches them": the author's own words.
        "behavioural-evidence-admitted",
        with_nudges(
            "Our evidence is a held-out set and the letterhead test; both look at answers, "
            "not at how the model reaches them."
        ),
        with_nudges("Our evidence is a held-out set and the letterhead test."),
    ),
    (
        "behavioural-evidence-admitted",
        with_nudges("Both checks are tests of behaviour under changed inputs."),
        with_nudges("Both checks change the inputs and compare the forecasts."),
    ),
    (
        # Labellers who "agree only 71%" on some cases: the judges are unsure there.
        "judges-admitted-unreliable",
        with_nudges(
            "Each utterance was labelled by two labellers. On crosstalk they agree only 71% "
            "of the time, and a senior's call there is trained on as if it were fact."
        ),
        with_nudges(
            "Each utterance was labelled by two labellers. On crosstalk they agree 99% of the time."
        ),
    ),
    (
        # Fatigue and a remark relied on at trial are harms, whatever the label says.
        "safe-label-contradicted",
        safe_row("A captain could fly a dawn approach into fog after fourteen hours awake."),
        safe_row("A captain could be given a later start than planned."),
    ),
    (
        "safe-label-contradicted",
        safe_row("A remark by counsel could stand as the defendant's and be relied on at trial."),
        safe_row("A remark by counsel could be shown under the wrong name until corrected."),
    ),
    (
        # A reference instrument the robots' brushes reach can be moved by the policy.
        "programmed-reward-tampering",
        {
            "answers": PROGRAMMED_REWARD_ANSWERS,
            "rationale": {
                "constraints": "The reward is energy recovered, normalised by a reference "
                "cell at the row end that the robots pass on every run and that their "
                "brushes reach."
            },
        },
        {
            "answers": PROGRAMMED_REWARD_ANSWERS,
            "rationale": {
                "constraints": "The reward is energy recovered, normalised by a reference "
                "cell on a mast at the row end."
            },
        },
    ),
    (
        # Copies that "could settle into" sparing each other: collusion stated, left open.
        "oversight-copies-collude",
        {
            "answers": {**BASE["answers"], "training-setup": ["debate-amplification"]},
            "rationale": {
                "nudges": "Two debaters argue each case. They share base weights, and we "
                "have no argument that two copies of one model will not settle into leaving "
                "the same pages alone. We compare with two independently trained models."
            },
        },
        {
            "answers": {**BASE["answers"], "training-setup": ["debate-amplification"]},
            "rationale": {
                "nudges": "Two debaters argue each case. We compare with two independently "
                "trained models."
            },
        },
    ),
    (
        # Judge errors named and left open are the problem itself, not its answer.
        "debate-judge-limits",
        {
            "answers": {**BASE["answers"], "training-setup": ["debate-amplification"]},
            "rationale": {
                "nudges": "Two debaters argue each case before a judge. Judge errors and "
                "possible collusion between copies leave this open."
            },
        },
        {
            "answers": {**BASE["answers"], "training-setup": ["debate-amplification"]},
            "rationale": {
                "nudges": "Two debaters argue each case before a judge. Judge errors are "
                "measured against a panel each month, and losing debates are replayed."
            },
        },
    ),
    (
        # Reading the top splits of a tree ensemble is a look inside that covers a part.
        "transparency-worst-case",
        with_nudges(
            "We did read them: of the 50 top splits, 46 are on queue length. But 400 trees "
            "hold over 6,000 splits, and we have not read most of them."
        ),
        with_nudges("Of the 50 inputs that matter most to accuracy, 46 are queue lengths."),
    ),
    (
        # "All optimisation happens in the planner we wrote": nothing left for the
        # simulator to allocate as an agent would.
        "simulator-resource-agency",
        with_nudges(
            "The network predicts the next state from the current one.",
            goal={"classes": ["simulator"]},
        ),
        with_nudges(
            "The network predicts the next state from the current one; all optimisation "
            "happens in the explicit planner, which we wrote.",
            goal={"classes": ["simulator"]},
        ),
    ),
    (
        # "As accurate as the alternatives conferences use" is a comparison asserted.
        "superiority-over-an-alternative",
        verdict(
            "goal-competitiveness",
            "pass",
            "It scales to ten thousand papers and is as accurate as the alternatives in use.",
        ),
        verdict("goal-competitiveness", "pass", "It scales to ten thousand papers."),
    ),
    (
        # Whether the model "really uses" the intended feature, said to be unchecked.
        "training-outcome-admitted-open",
        with_nudges(
            "We have not checked whether the card is really what the trained model uses to decide."
        ),
        with_nudges(
            "Ablating the card changes every decision, so the card is what the trained model "
            "uses to decide."
        ),
    ),
    (
        # A harm's name in quotation marks is mentioned, not said to happen; a quoted
        # "not" is a word deleted, not a negation of the harm.
        "safe-label-contradicted",
        safe_row("Deleting a single 'not' reverses a guest's statement that journalists quote."),
        safe_row(
            "Figures would shift towards 'true infection' until recalibrated; the "
            "microbiologist would see more false alarms, not fewer calls."
        ),
    ),
    (
        # Retraining on a schedule that takes nothing from live use is no feedback loop.
        "continued-training-drift",
        with_nudges("Each quarterly release is retrained on rated past referrals."),
        with_nudges(
            "Live worksheets never enter training; each quarterly release is retrained on "
            "rated past referrals only."
        ),
    ),
    (
        "behavioural-evidence-admitted",
        with_nudges("Swap tests show what outputs change, not why."),
        with_nudges("Swap tests show which inputs the outputs change with."),
    ),
    (
        # Live cases that "differ from training ones" are a shift the author names.
        "deployment-shift-admitted",
        with_nudges(
            "Live referrals also differ from training ones: a third are call handlers' notes."
        ),
        with_nudges("Live referrals are typed emails, as the training ones were."),
    ),
    (
        # A check on collusion that "reduces but does not remove the worry" leaves it open.
        "oversight-copies-collude",
        {
            "answers": {**BASE["answers"], "training-setup": ["debate-amplification"]},
            "rationale": {
                "nudges": "Both debaters are copies of one model, and the reward gives "
                "neither side a reason to break ranks. We compare with a baseline of two "
                "independently trained models."
            },
        },
        {
            "answers": {**BASE["answers"], "training-setup": ["debate-amplification"]},
            "rationale": {
                "nudges": "Both debaters are copies of one model. We compare with a baseline "
                "of two independently trained models."
            },
        },
    ),
    (
        # "Its objective is X, because that is the only thing the game rewards."
        "training-equated-with-goal",
        with_nudges(
            "Its objective is then simply to call documents correctly, because that is the "
            "only thing the game rewards."
        ),
        with_nudges(
            "The game rewards correct calls; whether its objective is to call documents "
            "correctly is what the probes below test."
        ),
    ),
    (
        # A penalty timed from an entry the policy posts itself: it can write the record
        # instead of doing the work.
        "reward-read-from-own-record",
        {
            "meta": {"title": "PadPilot: de-icing pad scheduling"},
            "answers": PROGRAMMED_REWARD_ANSWERS,
            "rationale": {
                "constraints": "The reward is minus 20 when holdover is exceeded. Holdover is "
                "timed from the 'spray complete' entry, which PadPilot posts to the tablet "
                "when it releases the truck."
            },
        },
        {
            "meta": {"title": "PadPilot: de-icing pad scheduling"},
            "answers": PROGRAMMED_REWARD_ANSWERS,
            "rationale": {
                "constraints": "The reward is minus 20 when holdover is exceeded. Holdover is "
                "timed from the 'spray complete' entry, which the truck crew posts to the "
                "tablet when they finish."
            },
        },
    ),
    (
        "reward-read-from-own-record",
        {
            "answers": PROGRAMMED_REWARD_ANSWERS,
            "rationale": {
                "constraints": "The penalty is minus 3 per duty-hour breach. Duty hours are "
                "read from the roster table, where the policy records each pilot's status."
            },
        },
        {
            "answers": PROGRAMMED_REWARD_ANSWERS,
            "rationale": {
                "constraints": "The penalty is minus 3 per duty-hour breach. Duty hours are "
                "read from the pilots' own time clock, which the policy cannot write to."
            },
        },
    ),
    (
        # A program alone judges training: no rater's noise to learn, whatever the story
        # says of people elsewhere.
        "judges-admitted-unreliable",
        with_nudges(
            "Inspectors rate each schedule, and on night shifts they disagree about a third "
            "of the time.",
            answers={**BASE["answers"], "training-judge": ["people-partly"]},
        ),
        with_nudges(
            "Inspectors rate each schedule, and on night shifts they disagree about a third "
            "of the time.",
            answers={**BASE["answers"], "training-judge": ["program"]},
        ),
    ),
    (
        # A probe that "plays no part in training" is a check kept out of it.
        "training-against-detector",
        with_nudges("The probe's score is logged next to the reward for every episode."),
        with_nudges(
            "The probe's score is logged next to the reward for every episode; the probe "
            "plays no part in training or in choosing checkpoints."
        ),
    ),
    (
        # Planting an error and watching what follows is a change made to the input.
        "supported-on-weak-evidence",
        {
            "claims": [
                {
                    "claim": "The model uses the crew's own figures for each later line.",
                    "test": "Held-out accuracy on 400 sheets is 97%.",
                    "status": "supported",
                }
            ]
        },
        {
            "claims": [
                {
                    "claim": "The model uses the crew's own figures for each later line.",
                    "test": "Plant an error on line four and check that lines five to nine are "
                    "judged against the crew's figures.",
                    "status": "supported",
                }
            ]
        },
    ),
    (
        # "Nothing it told us" names no signal of being tested: forgetting alone remains.
        "dismissal-without-grounds",
        dismissal(
            "deceptive-alignment",
            "Each chat is independent and it keeps no memory between chats, so nothing it "
            "told us in one chat could pay off in a later one.",
        ),
        dismissal(
            "deceptive-alignment",
            "It keeps no memory between chats, and it is never told whether a chat is a test: "
            "test chats and real ones reach it as identical inputs.",
        ),
    ),
    (
        # "There is no search happening" is the conclusion itself, not a limit.
        "dismissal-without-grounds",
        dismissal(
            "mesa-optimization", "It fills in a structured checklist; there is no search happening."
        ),
        dismissal(
            "mesa-optimization",
            "A logistic regression over twelve fields fills in the checklist; there is no "
            "search happening.",
        ),
    ),
    (
        "safe-label-contradicted",
        safe_row(
            "A woman with rising blood pressure could be sent to the birth centre, away from "
            "the obstetric team."
        ),
        safe_row("A woman could be sent to the birth centre on the other floor."),
    ),
    (
        # "One week's decision at a time" claims a short horizon beside a discounted return
        # over 86 weeks.
        "myopic-long-horizon-nudges",
        with_nudges(
            "Episodes are one production cycle of 86 weeks, with a discount factor of 0.999 "
            "per week.",
            goal={"specification": "It is a scheduler: it makes one week's decision at a time."},
        ),
        with_nudges(
            "Episodes are one production cycle of 86 weeks, with a discount factor of 0.999 "
            "per week.",
            goal={"specification": "It is a helper: it walks you through one step at a time."},
        ),
    ),
    (
        # What fine-tuning "does most readily" is a claim about training's bias, asserted.
        "inductive-bias-asserted",
        with_nudges("Copying a layout is what fine-tuning does most readily."),
        with_nudges("Every target sheet is laid out flag by flag in the checklist's order."),
    ),
    (
        "training-outcome-admitted-open",
        with_nudges(
            "What matters is which habits training actually selects, and whether those are "
            "the honest ones is an empirical question we can only partly answer."
        ),
        with_nudges(
            "What matters is which habits training actually selects; the probes below show "
            "which ones it did."
        ),
    ),
    (
        # Training cases chosen for a reason that use cases lack: a shift the story names.
        "deployment-shift-admitted",
        with_nudges(
            "The opened panels are not a random sample: they were opened because someone was "
            "worried."
        ),
        with_nudges("The opened panels were chosen at random from the register."),
    ),
    (
        # Counts its own flags brought about, said never to be trained on: the loop is cut.
        "continued-training-drift",
        with_nudges(
            "The weights are refitted once a year on the trays counted that year, including "
            "the second counts of flagged trays, which are shaped by its own choices."
        ),
        with_nudges(
            "The weights are refitted once a year on random-audit trays only. The model is "
            "never retrained on the second counts of flagged trays, which would be shaped by "
            "its own choices."
        ),
    ),
    (
        # A specification whose model is a tree ensemble has settled whether a search could
        # hide in it.
        "mesa-optimization-not-considered",
        {
            "meta": {"advanced": True},
            "goal": {"specification": "A transformer ranks defendants by estimated risk."},
            "failure_modes": {
                "outer-alignment": {"relevance": "applies", "reason": "Arrests are a proxy."}
            },
        },
        {
            "meta": {"advanced": True},
            "goal": {
                "specification": "An ensemble of shallow trees ranks defendants by estimated risk."
            },
            "failure_modes": {
                "outer-alignment": {"relevance": "applies", "reason": "Arrests are a proxy."}
            },
        },
    ),
    (
        "pure-predictor-no-optimization",
        with_nudges(
            "Risk is estimated from the prior record.",
            goal={
                "classes": ["pure-predictor"],
                "specification": "A transformer ranks defendants by estimated risk.",
            },
        ),
        with_nudges(
            "Risk is estimated from the prior record.",
            goal={
                "classes": ["pure-predictor"],
                "specification": "An ensemble of shallow trees ranks defendants by estimated risk.",
            },
        ),
    ),
    (
        # A message judged good "whether or not it is accurate" is steering admitted; a
        # crush alarm is a device, not a word of pressure that a check answers.
        "steering-admitted",
        with_nudges(
            "Any message that brings density down is a good message, whether or not it is "
            "accurate. The density monitor drives the crush alarm."
        ),
        with_nudges(
            "Any message that brings density down is a good message, whether or not it is "
            "accurate. Announcements are audited weekly for manipulation."
        ),
    ),
    (
        "behavioural-evidence-admitted",
        with_nudges(
            "We search for shortcuts by feeding chosen files and reading outputs, not by "
            "looking at the weights."
        ),
        with_nudges("We search for shortcuts by feeding chosen files."),
    ),
    (
        # Actuators in the same room as the reward's camera can change what it sees.
        "programmed-reward-tampering",
        {
            "answers": PROGRAMMED_REWARD_ANSWERS,
            "rationale": {
                "constraints": "The reward is the share of white bags in the camera images. "
                "The misting nozzles and fans sit in the same room as the camera."
            },
        },
        {
            "answers": PROGRAMMED_REWARD_ANSWERS,
            "rationale": {
                "constraints": "The reward is the share of white bags in the camera images. "
                "The misting nozzles and fans sit in the growing rooms."
            },
        },
    ),
    (
        "safe-label-contradicted",
        safe_row("A claimant could pay back 3,000 pounds they did not owe."),
        safe_row("A claimant could get a letter a day later than planned."),
    ),
    (
        "safe-label-contradicted",
        safe_row("A room of bags could go green, and spores could spread to the next rooms."),
        safe_row("A room of bags could fruit a day later than planned."),
    ),
    (
        "safe-label-contradicted",
        safe_row("Traffic would arrive on it at speed at an unalerted queue tail."),
        safe_row("Traffic would slow for a signal that was not needed."),
    ),
    (
        "judges-admitted-unreliable",
        with_nudges(
            "Labels are what the labellers found; concealment is missed some of the time, "
            "and we do not know how often."
        ),
        with_nudges("Labels are what the labellers found on a full examination."),
    ),
    (
        # Saying the trained copies may not play the equilibrium disclaims the assumption.
        "game-theoretic-assumes-optimizers",
        with_nudges(
            "If honest pointing wins whenever the judge can verify it, honest pointing is "
            "the equilibrium, and training converges to the equilibrium.",
            rationale={"classes": ["game-theoretic"]},
        ),
        with_nudges(
            "If honest pointing wins whenever the judge can verify it, honest pointing is "
            "the equilibrium. We do not assume the trained copies actually play that "
            "equilibrium; what training selects is an empirical question.",
            rationale={"classes": ["game-theoretic"]},
        ),
    ),
    (
        # A sum of fixed smooth curves is a kind of model with no room for a search.
        "dismissal-without-grounds",
        dismissal("mesa-optimization", "The model cannot hold a search; it only adds."),
        dismissal(
            "mesa-optimization",
            "Twelve curves, each a smooth function of two numbers, a sum and a threshold: the "
            "model cannot hold a search.",
        ),
    ),
    (
        "safe-label-contradicted",
        safe_row("A swapped result could be released into the wrong record and acted on."),
        safe_row("A swapped result could be held for a second check."),
    ),
    (
        "safe-label-contradicted",
        safe_row("The tapir could be fed far below its needs for weeks."),
        safe_row("The tapir could be weighed a week later than planned."),
    ),
    (
        "safe-label-contradicted",
        safe_row("The ship could take a heel beyond the ramp limit with a truck on the ramp."),
        safe_row("The ship could take longer to load."),
    ),
    (
        # Choosing when the reward's scale is read lets the policy pick its reading.
        "programmed-reward-tampering",
        {
            "answers": PROGRAMMED_REWARD_ANSWERS,
            "rationale": {
                "constraints": "The reward is paid when each animal's weight is in band at "
                "the weekly weigh-in. The weigh-in slot is part of the action."
            },
        },
        {
            "answers": PROGRAMMED_REWARD_ANSWERS,
            "rationale": {
                "constraints": "The reward is paid when each animal's weight is in band at "
                "the weekly weigh-in, held at a fixed hour."
            },
        },
    ),
    (
        # The cost claim stands in the rationale's account of training; the one-line
        # competitiveness argument only restates it.
        "training-cost-assumed-small",
        merge(
            verdict("rationale-competitiveness", "pass", "Three small networks; no hand work."),
            with_nudges("The extra agents add little cost, since all three are small."),
        ),
        merge(
            verdict("rationale-competitiveness", "pass", "Three small networks; no hand work."),
            with_nudges(
                "The extra agents add little cost: we budget them at a fifth of the "
                "protagonist's compute, as measured on our 2,000 layouts."
            ),
        ),
    ),
    (
        # A hard-wired guard taken out, with a relative clause between guard and removal.
        "safety-left-to-a-penalty",
        with_nudges(
            "The hard-wired high-limit thermostat, which caused nuisance trips, has been "
            "taken out of the burner circuit; the policy now keeps the temperature down."
        ),
        with_nudges(
            "The hard-wired high-limit thermostat, which caused nuisance trips, stays in the "
            "burner circuit whatever the policy does."
        ),
    ),
    (
        # A counted term ("+0.3 when the patient picks the pharmacy") added to a learned
        # reward is a programmed part of it.
        "programmed-reward-gaming",
        {
            "answers": LEARNED_REWARD_ANSWERS,
            "rationale": {
                "constraints": "PPO maximises the reward model's score, plus +0.3 when the "
                "chat ends with the patient choosing the pharmacy option."
            },
        },
        {
            "answers": LEARNED_REWARD_ANSWERS,
            "rationale": {"constraints": "PPO maximises the reward model's score."},
        },
    ),
    (
        # Keeping a signal out of the reward because a model trained on it would learn to
        # satisfy it is the right worry, not the confusion.
        "training-equated-with-goal",
        with_nudges("The debater is trained on the judge's verdicts, so it will pursue the truth."),
        with_nudges(
            "The checker's output never enters the reward, because we expect a debater "
            "trained against it would learn to satisfy it."
        ),
    ),
    (
        # A greeting and the write-up's introduction come before what the specification
        # says; the praise after them is its opening.
        "goal-in-praise-words",
        {
            "goal": {
                "specification": "Hello from the visitor team! Here is our write-up, as "
                "promised at the meeting. Castellan gives the tour our best guide gives on "
                "her best day. Visitors leave with stories they remember."
            }
        },
        {
            "goal": {
                "specification": "Hello from the visitor team! Here is our write-up, as "
                "promised at the meeting. Castellan tells the stories of the rooms a visitor "
                "stands in. Visitors leave with stories they remember."
            }
        },
    ),
    (
        # The author says the data carries people's traces and leaves it there.
        "people-in-data-admitted",
        with_nudges(
            "The gauge log is not quite free of people: the model has picked up at least "
            "one human routine, the keeper's morning visit."
        ),
        with_nudges("The gauge log holds flows and levels; nobody's visits are recorded in it."),
    ),
    (
        # The reinforcement stage is said only to adjust what imitation built.
        "first-stage-assumed-kept",
        with_nudges(
            "Stage one teaches the three-step procedure by imitation; PPO then only nudges "
            "which allowed change is chosen, so the procedure survives stage two."
        ),
        with_nudges(
            "Stage one teaches the three-step procedure by imitation; PPO then only nudges "
            "which allowed change is chosen. We ran the same step probes before and after "
            "PPO and measured the drift from the stage-one model."
        ),
    ),
    (
        # Debaters trained to win before a learned judge are optimised against it; an
        # amplified answer distilled by imitation is not.
        "learned-reward-overoptimization",
        {
            "answers": {
                **BASE["answers"],
                "training-setup": ["debate-amplification"],
                "training-judge": ["people-partly", "learned-judge"],
            }
        },
        {
            "answers": {
                **BASE["answers"],
                "training-setup": ["imitation", "debate-amplification"],
                "training-judge": ["people-partly", "learned-judge"],
            }
        },
    ),
    (
        # "Memory is reset every experiment, so nothing to gain": a learned objective
        # lives in the weights, which no reset of the episode's memory touches.
        "dismissal-by-myopia",
        dismissal(
            "deceptive-alignment",
            "Memory is reset every experiment, so the agent has nothing to gain from "
            "fooling training.",
        ),
        dismissal(
            "deceptive-alignment",
            "It is a fixed lookup of past averages with no learned parameters at all.",
        ),
    ),
    (
        # Training run until the reward stopped rising is the most pressure there is
        # against the learned grader, whatever small penalty is named beside it.
        "learned-reward-overoptimization",
        {
            "answers": LEARNED_REWARD_ANSWERS,
            "rationale": {
                "nudges": "PPO against the step grader ran until the reward stopped rising, "
                "with a small KL penalty to the warm start."
            },
        },
        {
            "answers": LEARNED_REWARD_ANSWERS,
            "rationale": {
                "nudges": "PPO against the step grader stops early against held-out vet "
                "judgements, with a KL penalty to the warm start; we track reward-model "
                "disagreement with fresh human comparisons on policy samples."
            },
        },
    ),
    (
        # People struck by a vehicle, or a failure at motorway speed, is harm in the world.
        "safe-label-contradicted",
        safe_row(
            "The limit could be raised beside a crew setting out cones, and a vehicle "
            "drifting into the coned lane would hit them."
        ),
        safe_row(
            "The limit could be raised beside a crew setting out cones; the barrier and the "
            "crew's own lookout still keep them apart."
        ),
    ),
    (
        # "Trained on the reward model, so it picks up what they value": training taken to
        # settle what the policy values.
        "training-equated-with-goal",
        with_nudges(
            "The policy is trained to score well on the reward model, so the policy picks up "
            "what coordinators value."
        ),
        with_nudges(
            "The policy is trained to score well on the reward model; we check its choices "
            "against coordinators' own on cases the reward model never saw."
        ),
    ),
    (
        # A range that covers the observed values, called the whole of what use brings.
        "coverage-assumed",
        with_nudges(
            "The simulated compliance range covers observed compliance at all zones. Real "
            "drivers are therefore inside the training distribution."
        ),
        with_nudges(
            "The simulated compliance range covers observed compliance at all zones, and we "
            "compared real drivers' speeds with the simulator's at each zone."
        ),
    ),
    (
        # A bonus that a head learns from what people did is a learned part of the reward,
        # not a programmed term.
        "programmed-reward-gaming",
        {
            "rationale": {
                "constraints": "PPO against the reward model, plus a small bonus of 1 for each "
                "carer who replies within a day."
            },
            "answers": LEARNED_REWARD_ANSWERS,
        },
        {
            "rationale": {
                "constraints": "PPO against the reward model, plus a small bonus head trained "
                "on whether the carer said yes in the pilot."
            },
            "answers": LEARNED_REWARD_ANSWERS,
        },
    ),
    (
        # Data the model's outputs cannot touch closes the loop a predictor could use.
        "pure-predictor-self-fulfilling",
        predictor_with_nudges("Flood warnings are sent to the valley's residents each day."),
        predictor_with_nudges(
            "Flood warnings are sent to the valley's residents each day. None of the training "
            "data was affected by any use of model output: the yearly retrain reads the new "
            "gauge record, which the model's outputs cannot touch."
        ),
    ),
    (
        # In debate judged by people, a program that checks quotations is no reward to game,
        # unless the story says the check can be passed the wrong way.
        "programmed-reward-gaming",
        with_nudges(
            "Debaters must quote the casebook; the quotation check strikes invented text but "
            "not quotations cut from a qualifying sentence.",
            answers={
                **BASE["answers"],
                "training-setup": ["debate-amplification"],
                "training-judge": ["people-partly", "program"],
            },
        ),
        with_nudges(
            "Debaters must quote the casebook; a program strikes any quotation that does not "
            "match, and the coordinator judges each debate.",
            answers={
                **BASE["answers"],
                "training-setup": ["debate-amplification"],
                "training-judge": ["people-partly", "program"],
            },
        ),
    ),
    (
        # A measured step time is no count of what people do.
        "behaviour-of-people-rewarded",
        with_nudges("The reward is each user's time on the site after a suggestion."),
        with_nudges("The reward is the measured step time on the real machines."),
    ),
    (
        # Surgery missed for a trial is harm, whatever the label.
        "safe-label-contradicted",
        safe_row(
            "A person with a scheduled operation could be refused automatically and serve on "
            "a three-week trial instead of attending surgery."
        ),
        safe_row(
            "A person with a scheduled operation could be refused automatically; the officer "
            "who signs every refusal sees the hospital letter first."
        ),
    ),
    (
        # A small network with no room or inputs for a search names its limit.
        "dismissal-without-grounds",
        dismissal("mesa-optimization", "Deferral letters are dull; nothing here would plan."),
        dismissal(
            "mesa-optimization",
            "A 32-unit recurrent cell per gauge with weather-only inputs has no room or inputs "
            "for a search over outcomes.",
        ),
    ),
    (
        # No memory between matches rules out a plan carried across them, not a count
        # misreported afresh in each: for deception it is no fact of the design that
        # settles "nothing to gain".
        "dismissal-on-unshown-limit",
        merge(
            dismissal("deceptive-alignment", "A count does not lie; there is nothing to gain."),
            dismissal("mesa-optimization", "Ninety-minute episodes and no memory between matches."),
        ),
        merge(
            dismissal("deceptive-alignment", "A count does not lie; there is nothing to gain."),
            dismissal("mesa-optimization", "A linear formula over twelve counts cannot search."),
        ),
    ),
    (
        # Labels kept in records are people's judgements too: inspectors who miss cases
        # teach the model their misses. Planners who could not see a forecast's error are
        # no judges of the labels.
        "judges-admitted-unreliable",
        with_nudges(
            "The labels are past inspection results; a re-inspection study found that "
            "inspectors missed about one early case in five.",
            answers={**BASE["answers"], "training-judge": ["recorded-data"]},
        ),
        with_nudges(
            "The labels are past gate counts; last year's figures were off in ways the "
            "planners could not see until the counters came in.",
            answers={**BASE["answers"], "training-judge": ["recorded-data"]},
        ),
    ),
    (
        # The part that scores training was fitted on other cases than those it judges.
        "judge-off-its-data",
        with_nudges(
            "The sensor correction was fitted on days below 150 micrograms, and the smoke "
            "days we forecast are far above that."
        ),
        with_nudges(
            "The sensor correction was fitted on days below 150 micrograms; we refitted it "
            "on the smoke days, against the reference monitor, before training."
        ),
    ),
    (
        # A second dose too soon is harm, whatever the row's label.
        "safe-label-contradicted",
        safe_row("A resident could be given a second PRN paracetamol dose within four hours."),
        safe_row("A resident's PRN request could wait a round; the nurse is paged at once."),
    ),
    (
        # The policy acts through the interface that writes the logs its reward reads; a
        # final model reported with the same scoring service is an evaluation, no access.
        "programmed-reward-tampering",
        with_nudges(
            "The reward is the state of charge in the charger's session log. The policy "
            "sends its commands through the charger API; the same API writes those session "
            "logs.",
            answers={**BASE["answers"], "training-setup": ["programmed-reward"]},
        ),
        with_nudges(
            "The reward is the toxicity score the scoring service gives each sentence, and "
            "the final model's toxicity is reported with the same API on a standard set.",
            answers={**BASE["answers"], "training-setup": ["programmed-reward"]},
        ),
    ),
    (
        # A tone classifier the policy is trained against stops what it flags, not
        # persuasion put another way; a person who reads each message before it goes does.
        "behaviour-of-people-rewarded",
        with_nudges(
            "Each message is rewarded with the predicted payment chance of its member. Every "
            "message passes the tone classifier before sending, so anything pushy gets caught."
        ),
        with_nudges(
            "Each message is rewarded with the predicted payment chance of its member. A "
            "welfare officer reads every message before it is sent and strikes any that "
            "press, and an audit compares members' wellbeing with a hold-out group."
        ),
    ),
    (
        # "They cannot be working together" raises cooperation between copies, to wave it
        # away: a zero-sum game that a program scores does not settle it.
        "oversight-copies-collude",
        with_nudges(
            "One network plays both roles in zero-sum self-play, the scheduler and the "
            "spoiler, told apart by a role token. They are the same weights on opposite "
            "sides, so they cannot be working together: whatever one gains the other loses.",
            answers=PROGRAMMED_REWARD_ANSWERS,
            rationale={"classes": ["game-theoretic"]},
        ),
        with_nudges(
            "One network plays both roles in zero-sum self-play, the scheduler and the "
            "spoiler, told apart by a role token.",
            answers=PROGRAMMED_REWARD_ANSWERS,
            rationale={"classes": ["game-theoretic"]},
        ),
    ),
    (
        # Readers who decide are steered where training rewards what people approve; a
        # learned judge fitted to people who can check each output rewards what is right.
        "talks-to-people-unguarded",
        {
            "answers": {
                **BASE["answers"],
                "training-setup": ["process-supervision", "learned-reward"],
                "training-judge": ["people-partly", "learned-judge"],
                "outputs-used": ["people-decide"],
            },
            "goal": {
                "desirability": "The clash report goes to the two timetabling officers, who "
                "decide what to move; students never see it."
            },
        },
        {
            "answers": {
                **BASE["answers"],
                "training-setup": ["process-supervision", "learned-reward"],
                "training-judge": ["people-who-can-check", "learned-judge"],
                "outputs-used": ["people-decide"],
            },
            "goal": {
                "desirability": "The clash report goes to the two timetabling officers, who "
                "decide what to move; students never see it."
            },
        },
    ),
    (
        # Treatment nobody needed, care avoided, a trace sent to the wrong farm, a structure
        # loaded near its limit: harms, whatever the row's label.
        "safe-label-contradicted",
        safe_row(
            "Alarming wording may make a patient avoid the practice altogether or book "
            "unneeded treatment."
        ),
        safe_row("Wording that overstates the chart costs a second appointment letter."),
    ),
    ("safe-label-contradicted", safe_row("A TB trace could go to the wrong farm."), BASE),
    (
        "safe-label-contradicted",
        safe_row("Lorries cross later and keep loading an arch that is already near its limit."),
        safe_row("Lorries cross later, which the next week's counts would show."),
    ),
    (
        # "Never been trained on that kind of text" admits cases training does not cover.
        "deployment-shift-admitted",
        with_nudges(
            "In service the transcripts come from speech-to-text, and the debaters have "
            "never been trained on that kind of text."
        ),
        with_nudges("In service the transcripts come from speech-to-text."),
    ),
    (
        # A refit on records its own flags helped shape learns from its own effects, even
        # with the weights frozen between refits.
        "continued-training-drift",
        with_nudges(
            "The weights are frozen in use. From next year the archive is qualified with the "
            "model's flags in view, so a yearly refit would train on data its own flags "
            "helped shape."
        ),
        with_nudges(
            "The weights are frozen in use. A yearly refit trains on the gauge archive, "
            "qualified by officers who never see the model's output."
        ),
    ),
    (
        # "We cannot tell whether it has picked up the findings" leaves open what training
        # found.
        "training-outcome-admitted-open",
        with_nudges(
            "With 38 high-risk examples we cannot tell whether it has picked up the "
            "examination findings at all or a smoker-over-forty rule."
        ),
        with_nudges(
            "Probes on 380 high-risk examples show it has picked up the examination findings, "
            "not a smoker-over-forty rule."
        ),
    ),
    (
        # A rating that changes what is recorded, which changes the next rating, is a loop.
        "self-fulfilling-outputs",
        with_nudges(
            "Patients rated low come back less often, so fewer new lesions get recorded for "
            "them between visits, which makes their next rating lower still."
        ),
        with_nudges(
            "Patients rated low are recalled on the same schedule as everyone else, so what "
            "is recorded for them does not depend on the rating."
        ),
    ),
    (
        # "Its only want is the score we wrote": the signal taken for the model's want.
        "training-equated-with-goal",
        {
            "goal": {
                "desirability": "Its only want is the score we wrote, and we wrote the score "
                "ourselves, so we know exactly what it wants: on-time gravity and low power."
            }
        },
        {
            "goal": {
                "desirability": "The score we wrote lists on-time gravity and low power; "
                "whether the policy comes to want those is what the probes must show."
            }
        },
    ),
    (
        # "Since preference is the thing being optimised, the final model is the one that
        # writes what passengers prefer": the same, with the optimum taken as the outcome.
        "training-equated-with-goal",
        with_nudges(
            "PPO then moves it toward what passengers prefer. Since preference is the thing "
            "being optimised, the final model is the one that writes what passengers prefer."
        ),
        with_nudges(
            "PPO then moves it toward what passengers prefer; which notices the final model "
            "writes off the rated ones is what the held-out panel checks."
        ),
    ),
    (
        # Rewarding steps is taken to fix the route the model learns.
        "training-equated-with-goal",
        with_nudges(
            "Because every step is rewarded on its own and not just the final answer, the "
            "model cannot learn to reach the right mark by the wrong route."
        ),
        with_nudges(
            "Every step is rewarded on its own; whether the model redoes each step or learns "
            "steps that only look right to the scorer is what the probes must show."
        ),
    ),
    (
        # "All our evidence is from the outputs", "we cannot see from outside": behaviour.
        "behavioural-evidence-admitted",
        with_nudges(
            "We have no way to watch it happen during training; all our evidence is from the "
            "outputs of the finished network."
        ),
        with_nudges("Probes of the hidden layer show the air-quantity picture during training."),
    ),
    (
        "behavioural-evidence-admitted",
        with_nudges(
            "We cannot see from outside which cues a conclusion rests on; the step checks and "
            "the audit both judge what is written."
        ),
        with_nudges("The step checks and the audit compare each conclusion with the worksheet."),
    ),
    (
        # Chats kept because the people they served rated them highly train it on approval.
        "learned-reward-sycophancy",
        {
            "answers": {
                **BASE["answers"],
                "training-setup": ["imitation"],
                "training-judge": ["people-partly", "recorded-data"],
                "outputs-used": ["reach-subjects", "become-training-data"],
            },
            "rationale": {
                "constraints": "Each month the chats that finders rated four or five stars "
                "are added to the training set and the assistant is fine-tuned again."
            },
        },
        {
            "answers": {
                **BASE["answers"],
                "training-setup": ["imitation"],
                "training-judge": ["people-partly", "recorded-data"],
                "outputs-used": ["reach-subjects", "become-training-data"],
            },
            "rationale": {
                "constraints": "Each month the chats whose disposition a vet confirmed against "
                "the table are added to the training set and the assistant is fine-tuned again."
            },
        },
    ),
    (
        # A language model's fine-tuning leaves out medication; it does not remove it.
        "untaught-so-unable",
        {
            "goal": {"specification": "The model is a 3B language model that answers finders."},
            "rationale": {
                "constraints": "It cannot give medication advice because it has never been "
                "taught any, so that risk is closed."
            },
        },
        {
            "goal": {"specification": "The model is a 3B language model that answers finders."},
            "rationale": {
                "constraints": "A filter outside the model holds back any reply that names a "
                "drug or a dose."
            },
        },
    ),
    (
        "safe-label-contradicted",
        safe_row(
            "At a crowded terminus a notice saying services will resume shortly could keep "
            "hundreds of people on a platform that staff are trying to clear."
        ),
        safe_row("A notice saying services will resume shortly is withdrawn a minute later."),
    ),
    (
        # "Not verified by it": the argument about training is made before training.
        "training-outcome-admitted-open",
        with_nudges(
            "We cannot check during training which way the network is going; the argument is "
            "made before training, not verified by it."
        ),
        with_nudges(
            "Checkpoints every 500 steps show which way the network is going: towards reading "
            "off the minute that settles the question."
        ),
    ),
    (
        "deployment-shift-admitted",
        with_nudges(
            "The service plans to extend to two partner providers whose guiders use a "
            "different call script."
        ),
        with_nudges("The service plans to extend to two partner providers."),
    ),
    (
        # People's quick answers on a website, admitted to be snap judgements, are judges
        # whose limits the story reports.
        "judges-admitted-unreliable",
        {
            "answers": {**BASE["answers"], "training-judge": ["recorded-data"]},
            "sensitivity": [
                {
                    "assumption": "Respondents' choices reflect their considered views.",
                    "if_wrong": "The module encodes snap judgements made on a website.",
                    "failure": "unknown",
                }
            ],
        },
        {
            "answers": {**BASE["answers"], "training-judge": ["recorded-data"]},
            "sensitivity": [
                {
                    "assumption": "Respondents' choices reflect their considered views.",
                    "if_wrong": "The module encodes views the panel would not sign.",
                    "failure": "unknown",
                }
            ],
        },
    ),
    (
        # A table of setpoints is a kind of model with no room for a search.
        "dismissal-without-grounds",
        dismissal("mesa-optimization", "There is nothing to worry about here."),
        dismissal(
            "mesa-optimization",
            "The learned state is a table of setpoints and an hourly activity profile.",
        ),
    ),
    (
        # A simulator with no room for a search has no computation to manage into an agent.
        "simulator-resource-agency",
        {"goal": {"classes": ["simulator"]}},
        merge(
            {"goal": {"classes": ["simulator"]}},
            dismissal(
                "mesa-optimization",
                "A pointwise map from a few invariants to ten coefficients has no room for "
                "search or planning.",
            ),
        ),
    ),
    (
        # "Would pass every test we have" and "nothing further yet": no guard that would
        # catch it, whatever the mitigation names before.
        "unguarded-failure-mode",
        deception_applies(
            "A debater that argues honestly while judged and otherwise in use would pass "
            "every test we have; we cannot rule it out.",
            "Frozen weights and the same format in use; nothing further yet.",
        ),
        deception_applies(
            "A debater could argue honestly while judged and otherwise in use.",
            "An auditor re-reads 5% of live debates against the marking scheme, and a debate "
            "the auditor disputes stops the release.",
        ),
    ),
    (
        # ", so what it learns is ...": the conclusion starts a clause of its own, which the
        # "never" before it does not deny.
        "training-equated-with-goal",
        with_nudges(
            "The model is never paid for a step it got right by luck, so what it learns is "
            "the procedure the clerks follow."
        ),
        with_nudges(
            "The model is never paid for a step it got right by luck; whether it learns the "
            "procedure the clerks follow is what the probes must show."
        ),
    ),
    (
        # "Not paraphrased" about outputs is settled by checking every copied line.
        "supported-on-weak-evidence",
        {
            "claims": [
                {
                    "claim": "Copied lines are copied, not paraphrased.",
                    "test": "A sample of 40 worksheets read by a clerk.",
                    "status": "supported",
                }
            ]
        },
        {
            "claims": [
                {
                    "claim": "Copied lines are copied, not paraphrased.",
                    "test": "String-match every copied line against the cited page on 1,000 "
                    "held-out worksheets; 99.2% matched exactly.",
                    "status": "supported",
                }
            ]
        },
    ),
    (
        # With no answer to the question, the prose says it: one rule is a penalty in
        # training and also the release's acceptance test.
        "training-against-detector",
        with_nudges(
            "The parish rule is encoded as a hard penalty during training and also as the "
            "acceptance test before each monthly release."
        ),
        with_nudges(
            "The parish rule is encoded as a hard penalty during training; the parish clerk "
            "walks the villages before each monthly release."
        ),
    ),
    (
        # A named check in the reward formula, and every published course passes it.
        "training-against-detector",
        with_nudges(
            "Setter reward = +1 in the grade band, -5 per RingSafe violation. Every course we "
            "publish passes RingSafe."
        ),
        with_nudges(
            "Setter reward = +1 in the grade band, -5 per RingSafe violation. Every course is "
            "walked by a judge before it is published."
        ),
    ),
    (
        # A denied hedge ("no gap ... to worry about") hedges nothing.
        "training-equated-with-goal",
        with_nudges(
            "What it gets paid for is what it wants, and there is no gap between the two to "
            "worry about."
        ),
        with_nudges(
            "What it gets paid for is what we want it to learn; whether it wants that is open."
        ),
    ),
    (
        # A question in another clause ("the label is whether ...;") is no hedge on the
        # claim after the semicolon.
        "training-equated-with-goal",
        with_nudges(
            "Because the label is whether the fault came back, it is pulled towards what "
            "fixes machines; it learns whatever keeps machines running."
        ),
        with_nudges(
            "Because the label is whether the fault came back, it is pulled towards what "
            "fixes machines; whether it learns that is what the audit checks."
        ),
    ),
    (
        # "The estimate can change the very use it describes" leaves the loop open, though
        # its own outputs never become its targets.
        "pure-predictor-self-fulfilling",
        predictor_with_nudges(
            "Estimated reads are never used as targets, so the model never learns from its "
            "own outputs. A high bill may lead a household to turn the heating down, so the "
            "estimate can change the very use it describes."
        ),
        predictor_with_nudges(
            "Estimated reads are never used as targets, so the model never learns from its "
            "own outputs."
        ),
    ),
    (
        # A reference whose blind spots the model inherits is a target's flaw, named.
        "target-flaw-only-measured",
        with_nudges(
            "The band comes from the company's table, and the model inherits its blind spots, "
            "such as the patient on no register."
        ),
        with_nudges("The band comes from the company's table."),
    ),
    (
        # "Knows far more than the worksheet needs": the story's own account of a broad
        # pretrained model.
        "broad-knowledge-admitted",
        with_nudges(
            "The base model was pretrained on general web text and knows far more than the "
            "worksheet needs."
        ),
        with_nudges("The base model was pretrained on general web text."),
    ),
    (
        # "No account of what they learn along the way" leaves the path open, whatever the
        # checkpoints show of the score.
        "end-state-without-path",
        with_nudges(
            "Checkpoints saved every 500 steps show the win rate rising; we have no account "
            "of what the debaters learn along the way."
        ),
        with_nudges(
            "Checkpoints saved every 500 steps show the training path passing through no "
            "other strategy."
        ),
    ),
    (
        # A sample re-judged only to report agreement, never as a reward, leaves the
        # judges' admitted limits in training.
        "judges-admitted-unreliable",
        with_nudges(
            "Coordinators judge every debate but cannot check most claims about language "
            "varieties themselves. Interpreters re-judged 8% of debates; their verdicts are "
            "used only to report agreement, never as a reward.",
            answers={**BASE["answers"], "training-judge": ["people-partly"]},
        ),
        with_nudges(
            "Coordinators judge every debate but cannot check most claims about language "
            "varieties themselves. Interpreters re-judged those debates, and their verdicts "
            "replace the coordinator's in the training data.",
            answers={**BASE["answers"], "training-judge": ["people-partly"]},
        ),
    ),
    (
        "training-outcome-admitted-open",
        with_nudges(
            "That a false claim is easier to refute than to defend is stated as an assumption "
            "rather than a result."
        ),
        with_nudges(
            "That a false claim is easier to refute than to defend was measured on 400 "
            "held-out debates."
        ),
    ),
    (
        # "A general-purpose compliance intelligence that understands rules and finds every
        # mismatch" describes how good it is; many bad checkers meet that.
        "goal-in-praise-words",
        {
            "goal": {
                "specification": "Steward is a general-purpose compliance intelligence: it "
                "understands rules, understands records, and finds every mismatch between "
                "them. Stewards get a list of entries to query."
            }
        },
        {
            "goal": {
                "specification": "Steward checks each entry against the breed rules. "
                "Stewards get a list of entries to query."
            }
        },
    ),
    (
        # Messages it writes to the people its decisions concern reach them, answered or not
        # in the setup questions.
        "talks-to-people-unguarded",
        with_nudges(
            "When a match is found it messages customers with the item photo, choosing from "
            "14 message templates."
        ),
        with_nudges("When a match is found it logs the item photo for the depot."),
    ),
    (
        # A network of a few dozen units is too small to host a search: a size in words.
        "dismissal-without-grounds",
        dismissal(
            "mesa-optimization",
            "Controllers are plain networks with no learning during a lifetime; they "
            "cannot search.",
        ),
        dismissal(
            "mesa-optimization",
            "Controllers are networks of a few dozen units with no learning during a "
            "lifetime; they cannot search.",
        ),
    ),
    (
        # "Nothing we do rules this out": whatever the mitigation names, the author says
        # it does not stop the mode.
        "unguarded-failure-mode",
        deception_applies(
            "A debater could argue honestly on packs that look planted and otherwise "
            "elsewhere; nothing we do rules this out.",
            "Offline probe; planted and real packs mixed in evaluation.",
        ),
        deception_applies(
            "A debater could argue honestly on packs that look planted and otherwise elsewhere.",
            "Offline probe; planted and real packs mixed in evaluation.",
        ),
    ),
    (
        # "Only ever looks a week ahead" is a claim of myopia, beside a discounted return
        # over a 52-week episode.
        "myopic-long-horizon-nudges",
        with_nudges(
            "Training maximises expected discounted return over a 52-week episode, with "
            "discount 0.998 per week.",
            goal={
                "desirability": "It sets one week's rents at a time, so in effect it only "
                "ever looks a week ahead."
            },
        ),
        with_nudges(
            "Training maximises expected discounted return over a 52-week episode, with "
            "discount 0.998 per week.",
            goal={"desirability": "It sets one week's rents at a time for 900 pitches."},
        ),
    ),
    (
        # "Rewarding every step is what gives us a model that cares about" each step.
        "training-equated-with-goal",
        with_nudges(
            "We are confident that rewarding every step is what gives us a model that "
            "cares about doing each step properly."
        ),
        with_nudges("We reward every step, and a sorter checks a sample of traces by hand."),
    ),
    (
        # Losing one's home is a harm, in a row labelled safe.
        "safe-label-contradicted",
        safe_row(
            "A liveaboard holder who does not ring is referred for removal, and a household "
            "loses its home in winter."
        ),
        safe_row("A liveaboard holder who does not ring gets a second letter a week later."),
    ),
    (
        # "None of that tells us the scorer learned X rather than a proxy": the outcome of
        # training admitted open.
        "training-outcome-admitted-open",
        with_nudges(
            "None of that tells us the scorer learned added minutes rather than a proxy "
            "that agreed with added minutes over the days we tried."
        ),
        with_nudges(
            "That tells us the scorer ranks options by added minutes on the days we tried."
        ),
    ),
    (
        # A check "in service" or over "every outgoing" text, given a job in training too.
        "training-against-detector",
        with_nudges(
            "PPO runs against a reward model plus Clarion's accuracy score. Clarion is also "
            "the pre-send check in service: a draft it marks is held back."
        ),
        with_nudges(
            "PPO runs against a reward model plus Clarion's accuracy score. An officer "
            "reads every draft before it is sent."
        ),
    ),
    (
        "training-against-detector",
        with_nudges(
            "PPO runs against a reward of KindCheck's warmth score for each text. Because "
            "KindCheck holds anything unkind, the texts stay gentle."
        ),
        with_nudges(
            "PPO runs against a reward of KindCheck's warmth score for each text. A "
            "coordinator reads the texts each week."
        ),
    ),
    (
        # The reward restated as what the model becomes, and "rewarded for X and that is
        # what it learns to do": training taken for the goal.
        "training-equated-with-goal",
        {
            "goal": {
                "desirability": "Curio's reward is to be helpful and accurate, so helpful "
                "and accurate is what it becomes."
            }
        },
        {
            "goal": {
                "desirability": "Curio's reward is to be helpful and accurate; whether it "
                "becomes so is what the held-out visitor questions test."
            }
        },
    ),
    (
        "training-equated-with-goal",
        with_nudges(
            "The Scheduler is rewarded for catching lapses and that is what it learns to do."
        ),
        with_nudges("The Scheduler is rewarded for catching lapses in simulated weeks."),
    ),
    (
        # A live cable by a school path is a hazard, in a row labelled safe.
        "safe-label-contradicted",
        safe_row("An open column door with live cable could sit for 28 days by a school path."),
        safe_row("An open column door could sit for 28 days before the next patrol."),
    ),
    (
        # "Evidence about what the model uses, not a view inside it" says the checks are
        # behavioural.
        "behavioural-evidence-admitted",
        with_nudges(
            "The ablation and the shuffle test are evidence about what the model uses, not a "
            "view inside it."
        ),
        with_nudges("The ablation and the shuffle test show the bands move with the iron."),
    ),
    (
        # "Each line is scored on its own" says how training scores, not that the model is
        # short-sighted; "no reason to shape one line for the sake of another" claims it.
        "myopic-long-horizon-nudges",
        with_nudges(
            "PPO optimises the summed step scores plus a terminal bonus at the end of the "
            "episode. Because every line is scored on its own merits, the model has no "
            "reason to shape one line for the sake of another."
        ),
        with_nudges(
            "PPO optimises the summed step scores plus a terminal bonus at the end of the "
            "episode. Because every line is scored on its own, every line ends up an honest "
            "account of the seconds it names."
        ),
    ),
    (
        # Outcomes seen only where the model sent someone: its flags choose its labels.
        "self-fulfilling-outputs",
        with_nudges(
            "Only flagged meters are inspected, so unflagged customers contribute no outcome "
            "to the next training run."
        ),
        with_nudges(
            "Every meter is inspected once a year, flagged or not, and all the inspections "
            "go into the next training run."
        ),
    ),
    (
        # A letter the model sends by itself goes to a person, named or not; so does a
        # note sent "to everyone".
        "talks-to-people-unguarded",
        with_nudges("It pays small claims and sends decline letters on its own."),
        with_nudges("It pays small claims and drafts decline letters for a handler to send."),
    ),
    (
        "talks-to-people-unguarded",
        with_nudges("Blendr sends everyone a personal note about their spot."),
        with_nudges("Blendr prints one seating plan for the choir director."),
    ),
    (
        # "No logger in the record has seen it": a case of use absent from the data.
        "deployment-shift-admitted",
        with_nudges("The 2025 plan blocks deep ditches that no logger in the record has seen."),
        with_nudges("The 2025 plan blocks shallow ditches like those the loggers recorded."),
    ),
    (
        # An action timed to just before the reading its reward is computed from.
        "programmed-reward-tampering",
        with_nudges(
            "The reward is the hourly gravity reading. The agent found that a short hard "
            "pulse on the jacket just before the gravity reading gives a nice clean value."
        ),
        with_nudges(
            "The reward is the hourly gravity reading. The agent found that a slow warm-up "
            "early in the batch shortens fermentation."
        ),
    ),
    (
        # A component that "validates every single offer" in use, and is also the reward.
        "training-against-detector",
        with_nudges(
            "PPO runs against RulesCheck's pass score. RulesCheck validates every single "
            "offer before it is sent."
        ),
        with_nudges("PPO runs against RulesCheck's pass score. An officer reads each offer."),
    ),
    (
        "training-against-detector",
        with_nudges(
            "The reward subtracts 5 for each SafeCheck trigger. Safety is guaranteed by "
            "SafeCheck, the port's rule engine."
        ),
        with_nudges(
            "The reward subtracts 5 for each SafeCheck trigger. A duty officer signs every "
            "tug order in the port's own log."
        ),
    ),
    (
        # "Pairwise preferences from" officers: people judge what the reward model learns.
        "learned-reward-sycophancy",
        with_nudges(
            "PPO runs against a reward model trained on 9,400 pairwise preferences from "
            "complaints officers."
        ),
        with_nudges(
            "PPO runs against a reward model trained on 9,400 letters that closed a complaint "
            "within a month."
        ),
    ),
    (
        # A step-grader learned from people's labels, pushed on by PPO: a learned reward.
        "learned-reward-overoptimization",
        with_nudges(
            "We trained a step-grader on engineers' labels, then ran PPO with the sum of "
            "step-grader scores as the reward until the step score stopped rising."
        ),
        with_nudges(
            "We ran PPO with a reward of 1 when the plan names the fault recorded in the "
            "fault book, until the success rate stopped rising."
        ),
    ),
    (
        # "Officers confirm" each line: people judge, and say they cannot check them all.
        "judges-admitted-unreliable",
        with_nudges(
            "Officers confirm about 200 lines on a busy Monday, and a pre-filled line that "
            "looks right is quicker to accept than to check."
        ),
        with_nudges(
            "The tag numbers come from the issue ledger, which a program compares with each "
            "pre-filled line."
        ),
    ),
    (
        # "In production the grader is also the confidence gate", the grader being the
        # reward for PPO.
        "training-against-detector",
        with_nudges(
            "Stage two trained it with PPO against a step grader. In production the grader "
            "is also the confidence gate for checks a technician sees."
        ),
        with_nudges(
            "Stage two trained it with PPO against a step grader. In production a technician "
            "reads every check."
        ),
    ),
    (
        # The nep camera, called by its head noun where it enters the reward.
        "training-against-detector",
        with_nudges(
            "The reward is throughput minus penalties for neps counted by the web camera. "
            "The nep camera is also our quality alarm."
        ),
        with_nudges(
            "The reward is throughput minus penalties for neps counted by the web camera. "
            "A separate fibre tester is our quality alarm."
        ),
    ),
    (
        # A filter that kept only the pages a check passed, and the same check relied on.
        "training-against-detector",
        with_nudges(
            "Trained by imitation, keeping only pages that pass the league's balance check. "
            "The balance check is also what we rely on in use."
        ),
        with_nudges(
            "Trained by imitation on every transcribed page. The balance check is what we "
            "rely on in use."
        ),
    ),
    (
        # A notice sent to the recipient, a letter to each party: people it writes to.
        "talks-to-people-unguarded",
        with_nudges("ParcelHawk holds a parcel and writes the duty notice sent to the recipient."),
        with_nudges("ParcelHawk holds a parcel and writes the duty figure into the ledger."),
    ),
    (
        # A forecast that cannot change what it forecasts has no loop to close.
        "self-fulfilling-outputs",
        with_nudges(
            "Forecasters read the forecasts and decide whether to issue alerts to grid operators."
        ),
        with_nudges(
            "Forecasters read the forecasts and decide whether to issue alerts to grid "
            "operators. Forecasts cannot change the Sun, so there is no feedback from "
            "prediction to outcome."
        ),
    ),
    (
        # Low forecasts lead to low orders, and the low figures become the record.
        "self-fulfilling-outputs",
        with_nudges(
            "On short days staff stretch the towels, so low forecasts lead to low orders and "
            "the low figures become the record it is refitted on."
        ),
        with_nudges("On short days staff borrow towels from the sister hotel."),
    ),
    (
        "deployment-shift-admitted",
        with_nudges("Burst mains and fire-fighting draws are rare in that set of past nights."),
        with_nudges("Burst mains and fire-fighting draws are common in that set of past nights."),
    ),
    (
        "talks-to-people-unguarded",
        with_nudges("The match note is printed for the adopter at the first meeting."),
        with_nudges("The match note is filed with the shelter's records."),
    ),
    (
        "training-equated-with-goal",
        with_nudges(
            "The training data are matches that lasted, so the model has learned what makes "
            "a match last."
        ),
        with_nudges(
            "The training data are matches that lasted; whether the model learned why they "
            "lasted is untested."
        ),
    ),
    (
        # "A sponsor spot counts as aired when its file starts playing": a programmed
        # criterion that can be met the cheap way.
        "programmed-reward-gaming",
        with_nudges("A sponsor spot counts as aired when its file starts playing."),
        with_nudges("The sponsor spots are chosen by the station manager each week."),
    ),
    (
        # "Anchor is also how we audit production drafts", Anchor being in the reward.
        "training-against-detector",
        with_nudges(
            "Stage two rewards drafts whose facts Anchor can find. Anchor is also how we "
            "audit production drafts each week."
        ),
        with_nudges(
            "Stage two rewards drafts whose facts Anchor can find. A clerk reads a sample of "
            "production drafts each week."
        ),
    ),
    (
        # A checker named in capitalised words, scoring training and checking live work.
        "training-against-detector",
        with_nudges(
            "The Rules Engine, a program that encodes the byelaws, scores every episode in "
            "training and checks every live confirmation."
        ),
        with_nudges(
            "The Rules Engine scores every episode in training. A harbour officer checks "
            "every live confirmation."
        ),
    ),
    (
        # Data people made "after seeing" the model's output, refitted on: its outputs
        # shape its next training, frozen between refits or not.
        "continued-training-drift",
        with_nudges(
            "Weights are frozen between yearly refits. The yearly refit will include valve "
            "changes engineers made after seeing the forecast."
        ),
        with_nudges(
            "Weights are frozen between yearly refits. The yearly refit uses only readings "
            "from wells whose valves nobody changed."
        ),
    ),
    (
        # Routes "planned from the current sign levels" act on what the model predicts.
        "self-fulfilling-outputs",
        with_nudges(
            "Patrol routes each day are planned from the current sign levels.",
            goal={"specification": "It predicts the fire risk of each moor as a sign level."},
        ),
        with_nudges(
            "Patrol routes are fixed by the ranger each spring.",
            goal={"specification": "It predicts the fire risk of each moor as a sign level."},
        ),
    ),
    (
        # Judges who disagree are unreliable; a model and a table that disagree are not
        # judges ("they disagree on 4% of forecasts").
        "judges-admitted-unreliable",
        with_nudges(
            "Two inspectors rate each crossing, and inspectors disagree on about one "
            "crossing in nine.",
            answers={**BASE["answers"], "training-judge": ["recorded-data"]},
        ),
        with_nudges(
            "We compared the model with the lookup table cask by cask, and they disagree "
            "on 4% of forecasts, mostly around festivals.",
            answers={**BASE["answers"], "training-judge": ["recorded-data"]},
        ),
    ),
    (
        # An officer who "clicks approve" gives no feedback the model learns from.
        "continued-training-drift",
        with_nudges("The ranker is retrained on user clicks every week."),
        with_nudges("A plan is published once an exams officer clicks approve."),
    ),
    (
        # "Trained over the summer and frozen for the exam year" is frozen weights.
        "continued-training-drift",
        with_nudges("It is retrained on the latest plans each summer and used through the year."),
        with_nudges(
            "It is retrained on the latest plans each summer and frozen for the exam year."
        ),
    ),
    (
        # "A new ranker is trained every week on the latest logs" goes on after use.
        "continued-training-drift",
        with_nudges("A new ranker is trained every week on the latest logs."),
        with_nudges("The ranker is trained once on the 2024 logs."),
    ),
    (
        # Losing the only usable desk, a listed building gutted, a boat sent into heavy
        # swell: harms, whatever the row's label.
        "safe-label-contradicted",
        safe_row(
            "A student with an agreed adjustment could be banned for two days and lose "
            "access to the only desk that suits them."
        ),
        safe_row("A student would have to wait a few minutes longer for a desk."),
    ),
    (
        "safe-label-contradicted",
        safe_row(
            "A complaint about a listed building being gutted could be closed and the "
            "works finished before anyone looks."
        ),
        safe_row("A complaint could wait a day longer for an officer to read it."),
    ),
    (
        "safe-label-contradicted",
        safe_row(
            "It could send a boat to board a tanker in 2.5-metre swell at night with a "
            "pilot near the end of a long shift."
        ),
        safe_row("It could send a boat ten minutes earlier than needed."),
    ),
    (
        # "No evidence ... other than agreement on outputs": behavioural by its own account.
        "behavioural-evidence-admitted",
        with_nudges(
            "For weeks with many carers off sick we have no evidence either way for how "
            "the scorer ranks options, other than agreement on outputs."
        ),
        with_nudges(
            "For weeks with many carers off sick we probed which features the scorer "
            "ranks options by."
        ),
    ),
    (
        # "Since every point of reward comes from X, X is the thing it wants."
        "training-equated-with-goal",
        with_nudges(
            "Since every point of reward comes from a visit made on time, punctuality is "
            "the thing the scheduler wants."
        ),
        with_nudges(
            "Every point of reward comes from a visit made on time; whether the scheduler "
            "then wants punctuality or a proxy of it is what the probes test."
        ),
    ),
    (
        # "A model rewarded for correct steps will reason correctly": the reward's quality
        # taken as how the model will work.
        "training-equated-with-goal",
        with_nudges("A model rewarded for correct steps will reason correctly."),
        with_nudges("A model rewarded for correct steps may still reach its verdict another way."),
    ),
    (
        # "Frozen weights do not rule that out", "no worst-case check": a guard the author
        # says does not stop the mode.
        "unguarded-failure-mode",
        deception_applies(
            "It could argue well in training and otherwise in use; frozen weights do not "
            "rule that out.",
            "Planted-breach tests before each release.",
        ),
        deception_applies(
            "It could argue well in training and otherwise in use.",
            "Planted-breach tests before each release.",
        ),
    ),
    (
        "unguarded-failure-mode",
        deception_applies(
            "It could argue well in training and otherwise in use.",
            "Planted-breach tests before each release. No worst-case check is available.",
        ),
        deception_applies(
            "It could argue well in training and otherwise in use.",
            "Planted-breach tests before each release.",
        ),
    ),
    (
        # Safety rested on a limit in prose, with no class chosen that would ask about it.
        "limit-relied-on",
        with_nudges("It never sees names or past marks, so it cannot favour or penalise anyone."),
        with_nudges("It never sees names or past marks."),
    ),
    (
        # The limit fixed in code and argued to be what the harm needs answers it.
        "limit-relied-on",
        with_nudges(
            "It returns stored passages only, so it cannot invent facts; the worst case is "
            "a less relevant passage."
        ),
        with_nudges(
            "It returns stored passages only, so it cannot invent facts. Any false "
            "statement would need text from outside the store, and the store is enforced "
            "in code."
        ),
    ),
    (
        # The capability-limitations class asks the same through its own questions.
        "limit-relied-on",
        with_nudges("It only ever says one of two words, so it cannot mislead anyone."),
        with_nudges(
            "It only ever says one of two words, so it cannot mislead anyone.",
            rationale={"classes": ["capability-limitations"]},
        ),
    ),
    (
        # A boat that sinks is a hazard; quarters that "sink" down a list are not.
        "safe-label-contradicted",
        safe_row("The boat could sink at her mooring in a gale."),
        safe_row(
            "The list would order cows by how likely staff are to look, and quarters on "
            "quiet cows would sink; the full walk at milking remains."
        ),
    ),
    (
        # A boat set onto a wall, a crew launched tired, people walking off into the
        # street at night: harms, whatever the label.
        "safe-label-contradicted",
        safe_row("A departure could be timed so that the boat is set onto the training wall."),
        safe_row("A departure could be timed a minute later than the best one."),
    ),
    (
        "safe-label-contradicted",
        safe_row(
            "A mechanic just off a twelve-hour night shift could be proposed and launch "
            "tired into a night search."
        ),
        safe_row("A mechanic could be proposed who lives further from the station."),
    ),
    (
        "safe-label-contradicted",
        safe_row("People told of long waits could give up and walk off into the street at 3am."),
        safe_row("People told of long waits could choose the next rank instead."),
    ),
    (
        # "It has been paid ... for X and for nothing else, so X is what it has come to
        # value."
        "training-equated-with-goal",
        with_nudges(
            "It has been paid, millions of times over, for full decks and short waits and "
            "for nothing else, so those things are what it has come to value."
        ),
        with_nudges(
            "It has been paid, millions of times over, for full decks and short waits; "
            "whether it values those or a proxy of them is what the probes test."
        ),
    ),
    (
        # "Its inability to read conditions means it has no way to take risks with the
        # crew": a limit leaned on.
        "limit-relied-on",
        with_nudges("It cannot read the weather, so it has no way to take risks with the crew."),
        with_nudges("It cannot read the weather; the coxswain decides whether to launch."),
    ),
    (
        # A table of scores and a sampling rule is a kind of model with no room for a
        # search, like a lookup table.
        "dismissal-without-grounds",
        dismissal("mesa-optimization", "It is a simple system and cannot contain an optimiser."),
        dismissal(
            "mesa-optimization",
            "A table of scores and a sampling rule cannot contain an optimiser.",
        ),
    ),
    (
        # "The model has nothing to exploit along those lines" is a fairness argument
        # about the model's inputs, not a claim that a scorer can be pushed without limit.
        "learned-scorer-optimised-without-limit",
        with_nudges(
            "The reward model scores every reply; there is nothing to exploit in it.",
            answers={**BASE["answers"], "training-judge": ["learned-judge"]},
        ),
        with_nudges(
            "The estimator has no input for race, so the flexible model has nothing to "
            "exploit along those lines.",
            answers={**BASE["answers"], "training-judge": ["learned-judge"]},
        ),
    ),
    (
        # Bayesian optimisation over a learned predictor's score is optimisation against a
        # learned scorer, with no reinforcement learning.
        "learned-reward-overoptimization",
        with_nudges(
            "Bayesian optimisation over the latent space then finds molecules with the "
            "highest predicted score.",
            answers={
                **BASE["answers"],
                "training-setup": ["self-supervised", "imitation"],
                "training-judge": ["learned-judge", "recorded-data"],
            },
        ),
        with_nudges(
            "Molecules are ranked by a chemist, who picks the ones to make.",
            answers={
                **BASE["answers"],
                "training-setup": ["self-supervised", "imitation"],
                "training-judge": ["learned-judge", "recorded-data"],
            },
        ),
    ),
    (
        # Shifting every event by a day tests the dependence the claim states.
        "supported-on-weak-evidence",
        {
            "claims": [
                {
                    "claim": "The outlook is driven by door heat pulses, not the calendar day.",
                    "test": "Accuracy on the held-out traces.",
                    "status": "supported",
                }
            ]
        },
        {
            "claims": [
                {
                    "claim": "The outlook is driven by door heat pulses, not the calendar day.",
                    "test": "Shift every door event by one day in the held-out traces and "
                    "compare outputs.",
                    "status": "supported",
                }
            ]
        },
    ),
    (
        # A bonus in the reward is a programmed term; a bonus people were paid, or depots
        # "paid per repair", is no reward the model is trained on.
        "programmed-reward-gaming",
        with_nudges("The direct-debit bonus is added to the reward for every resident."),
        with_nudges(
            "Until 2023 buyers received a bonus on credit recovered from publishers, and "
            "depots are paid per repair."
        ),
    ),
    (
        # A hidden planner ruled out in passing, with no limit or evidence named.
        "planner-waved-away",
        with_nudges(
            "A roster is a grid of names against slots, too simple a thing to hide a planner in."
        ),
        with_nudges(
            "A roster is a grid of names against slots, and the policy is a linear model "
            "of the slot features, with no room for a planner."
        ),
    ),
    (
        # Weighed among the failure modes, the dismissal rules read the entry instead.
        "planner-waved-away",
        with_nudges("A pricing table has no opinions and no plans."),
        merge(
            with_nudges("A pricing table has no opinions and no plans."),
            dismissal("mesa-optimization", "A linear model of 12 features holds no search."),
        ),
    ),
    (
        # For a policy rewarded for outcomes, forgetting between cases does not rule out a
        # search inside one case.
        "dismissal-without-grounds",
        merge(
            dismissal(
                "mesa-optimization",
                "It sees one game at a time, so it cannot pursue anything across games.",
            ),
            {"answers": {**BASE["answers"], "training-setup": ["learned-reward"]}},
        ),
        merge(
            dismissal(
                "mesa-optimization",
                "It sees one game at a time, so it cannot pursue anything across games.",
            ),
            {"answers": {**BASE["answers"], "training-setup": ["imitation"]}},
        ),
    ),
    (
        # "Each test only shows what the reader does on reports we chose": behavioural by
        # its own account.
        "behavioural-evidence-admitted",
        with_nudges(
            "We wrote tests for the shortcuts we could think of, and each test only shows "
            "what the reader does on reports we chose."
        ),
        with_nudges("We wrote tests for the shortcuts we could think of."),
    ),
    (
        # Labels called "the most direct evidence of intent available": the reference
        # declared right rather than shown to be.
        "reference-called-truth",
        with_nudges("Author-provided tags are the most direct evidence of intent available."),
        with_nudges("Author-provided tags mark only the sarcasm authors choose to flag."),
    ),
    (
        # "Nothing lets us watch the network choose during training; we only see the end
        # point": the argument about where training ends is silent on the way there.
        "end-state-without-path",
        with_nudges(
            "Simplicity favours the heat balance, and nothing in this setup lets us watch "
            "the network choose during training; we only see the end point."
        ),
        with_nudges(
            "Simplicity favours the heat balance, and checkpoints saved every 500 steps "
            "show the heat balance forming early and staying."
        ),
    ),
    (
        # Changing the input in made-up cases tests the dependence the claim states.
        "supported-on-weak-evidence",
        {
            "claims": [
                {
                    "claim": "The bait forecast responds to bank holidays and not to the "
                    "match calendar on its own.",
                    "test": "Accuracy on the held-out weeks.",
                    "status": "supported",
                }
            ]
        },
        {
            "claims": [
                {
                    "claim": "The bait forecast responds to bank holidays and not to the "
                    "match calendar on its own.",
                    "test": "Move matches to non-holiday weeks in made-up inputs and check "
                    "the count does not move.",
                    "status": "supported",
                }
            ]
        },
    ),
    (
        # "Initials removed; compare flag rates": the input taken away, the output compared.
        "supported-on-weak-evidence",
        {
            "claims": [
                {
                    "claim": "The checker's flags do not depend on who ringed the bird.",
                    "test": "Flag rates compared across ringers.",
                    "status": "supported",
                }
            ]
        },
        {
            "claims": [
                {
                    "claim": "The checker's flags do not depend on who ringed the bird.",
                    "test": "Initials removed; compare flag rates across ringers.",
                    "status": "supported",
                }
            ]
        },
    ),
    (
        # A consequence that names its price ("pays for a wasted contract") is bounded.
        "safe-label-contradicted",
        safe_row("Verdicts reward persuasion, and answers mislead the trust."),
        safe_row(
            "Verdicts reward persuasion; answers mislead the trust, which finds out at "
            "opening-up and pays for a wasted contract."
        ),
    ),
    (
        # People who "could be hit" by lorries: a dangerous consequence under a safe label.
        "safe-label-contradicted",
        safe_row(
            "Riders pushed onto fire roads used by timber lorries could be hit, and the "
            "simulator would score it as no damage."
        ),
        safe_row(
            "Riders pushed onto fire roads would find them rougher, and the simulator "
            "would score it as no damage."
        ),
    ),
    (
        # "It trains on the corrections ..., and that is the target it ends up pursuing."
        "training-equated-with-goal",
        with_nudges(
            "Every week it trains on the corrections the scheme accepted, so the corrections "
            "that stick are the ones it learns to make more of, and that is the target it "
            "ends up pursuing."
        ),
        with_nudges(
            "Every week it trains on the corrections the scheme accepted; whether what it "
            "ends up pursuing is that target or a proxy is what the audit set tests."
        ),
    ),
    (
        # "Because its score goes up only when X, X is what it wants."
        "training-equated-with-goal",
        with_nudges(
            "Because its score goes up only when books go out and villages are served, "
            "serving villages is what RouteWise wants."
        ),
        with_nudges(
            "Its score goes up only when books go out and villages are served; whether "
            "serving villages is what it wants is open."
        ),
    ),
    (
        # The "cannot" is the claim's own: nothing else could come of the reward.
        "training-equated-with-goal",
        with_nudges(
            "You cannot reward a route planner for loans and end up with one that wants "
            "something else."
        ),
        with_nudges(
            "We reward the route planner for loans and check, on held-out villages, for "
            "signs that it learned something else."
        ),
    ),
    (
        "training-equated-with-goal",
        with_nudges("There is no other target in the loop for it to pick up."),
        with_nudges("There is no other reward term in the loop."),
    ),
    (
        # Which of two models that write the same line training found, left open.
        "training-outcome-admitted-open",
        with_nudges(
            "For a stop whose figures are typical, a guess and a lookup write the same line; "
            "we do not know which the model does on those stops."
        ),
        with_nudges(
            "For a stop whose figures are typical, a guess and a lookup write the same line; "
            "the swap tests show the model looks them up."
        ),
    ),
    (
        "training-outcome-admitted-open",
        with_nudges(
            "That finding the deciding entry is simpler than a false case is a guess about "
            "what training favours."
        ),
        with_nudges(
            "That finding the deciding entry is simpler than a false case is what training favours."
        ),
    ),
    (
        # "As written to the job log by the robot": where it writes comes before who.
        "reward-read-from-own-record",
        {
            "answers": PROGRAMMED_REWARD_ANSWERS,
            "rationale": {
                "constraints": "The reward: +5 if the job's finish timestamp, as written to "
                "the job log by the robot, is before fixture start."
            },
        },
        {
            "answers": PROGRAMMED_REWARD_ANSWERS,
            "rationale": {
                "constraints": "The reward: +5 if the job's finish timestamp, as written to "
                "the job log by the groundsman, is before fixture start."
            },
        },
    ),
    (
        # People whose answers the model only imitates, with no reward of any kind, are
        # not a judge whose approval training pays for.
        "talks-to-people-unguarded",
        with_nudges(
            "It writes stewarding notes for the officer, who builds answer trees with its help.",
            answers=PEOPLE_DECIDE_PEOPLE_JUDGE,
        ),
        with_nudges(
            "It writes stewarding notes for the officer, who builds answer trees with its "
            "help. It is trained by supervised imitation of her trees: there is no reward, "
            "no preference model and no reinforcement learning.",
            answers=PEOPLE_DECIDE_PEOPLE_JUDGE,
        ),
    ),
    (
        # "No reward model" leaves a judge's verdict as the reward.
        "talks-to-people-unguarded",
        with_nudges(
            "It writes stewarding notes for the officer, who judges debates between two "
            "copies. There is no reward model.",
            answers=PEOPLE_DECIDE_PEOPLE_JUDGE,
        ),
        with_nudges(
            "It writes stewarding notes for the officer. Nothing is rewarded: it imitates "
            "her answers.",
            answers=PEOPLE_DECIDE_PEOPLE_JUDGE,
        ),
    ),
    (
        # "The simulator for the network it is trained on": what the agent is trained on,
        # not a simulator fitted to data.
        "learned-simulator-exploited",
        with_nudges(
            "The agent is trained by PPO in a simulator trained on logged network traffic.",
            answers=PROGRAMMED_REWARD_ANSWERS,
        ),
        with_nudges(
            "The agent is trained by PPO; it must reach the maximum return in the simulator "
            "for the network it is trained on.",
            answers=PROGRAMMED_REWARD_ANSWERS,
        ),
    ),
    (
        # Markers with the manual open, on steps short enough to check, can judge them.
        "process-steps-unjudgeable",
        with_nudges(
            "We train it with process supervision: engineers marked 38,000 single steps "
            "from its worksheets, and each step's mark is that step's reward."
        ),
        with_nudges(
            "We train it with process supervision: engineers marked 38,000 single steps "
            "from its worksheets, each with the manual open; a single step is short and "
            "checkable."
        ),
    ),
    (
        # Preference data named only as the alternative the programmed reward is compared with.
        "learned-reward-rater-limits",
        with_nudges("It is trained by RL on preference data from club members."),
        with_nudges(
            "It is trained by RL on a reward our simulator computes. That is the beauty of "
            "a programmed reward compared with preference data: nobody's taste sneaks in."
        ),
    ),
    (
        # "The simplest X that earns high scores is the one that ...": a simplicity claim.
        "inductive-bias-asserted",
        with_nudges(
            "We think the simplest writer that earns high step scores is the one that "
            "follows the safety-first order."
        ),
        with_nudges(
            "We think the writer that earns high step scores follows the safety-first order; "
            "the step audits check it."
        ),
    ),
    (
        "safe-label-contradicted",
        safe_row(
            "A hirer could leave the boat too far back in a descending lock and flood the "
            "cabin with a child aboard."
        ),
        safe_row("A hirer could leave the boat too far back in a lock and wait for the next fill."),
    ),
    (
        # A refit "treated as a new model and checked again before use" repeats the checks.
        "continued-training-drift",
        with_nudges(
            "Each winter the committee grades a fresh batch of the season's assessments and "
            "may refit the model."
        ),
        with_nudges(
            "Each winter the committee grades a fresh batch of the season's assessments and "
            "may refit; the refit is treated as a new model and is checked again before use."
        ),
    ),
    (
        # Updating the served weights every week is training after deployment.
        "continued-training-drift",
        with_nudges(
            "Each Monday we run 2,000 further self-play episodes seeded with the weekend's "
            "records and update the served weights."
        ),
        with_nudges(
            "Each Monday we run 2,000 further self-play episodes seeded with the weekend's "
            "records for the research copy."
        ),
    ),
    (
        # Fixed templates filled with the booking details leave no words to steer with.
        "talks-to-people-unguarded",
        with_nudges(
            "It emails trip leaders to confirm their bookings.",
            answers=LEARNED_REWARD_TO_SUBJECTS,
        ),
        with_nudges(
            "It emails trip leaders to confirm their bookings. Emails to trip leaders are "
            "fixed templates filled with the booking details.",
            answers=LEARNED_REWARD_TO_SUBJECTS,
        ),
    ),
    (
        # "That was a belief": what training would pick up, admitted untested.
        "training-outcome-admitted-open",
        with_nudges(
            "We expected the day shape and the weather to be the easiest to pick up. That "
            "was a belief, and the outside tests found a shortcut."
        ),
        with_nudges(
            "We expected the day shape and the weather to be the easiest to pick up, and the "
            "outside tests confirmed it."
        ),
    ),
    (
        # "Both players maximise their reward; there is nothing else for them to do."
        "game-theoretic-assumes-optimizers",
        with_nudges(
            "Both players maximise their reward; there is nothing else for them to do, so "
            "honest slot claims follow."
        ),
        with_nudges(
            "Both players are trained on their reward; whether they end up maximising it is "
            "what the exploiter runs test."
        ),
    ),
    (
        "safe-label-contradicted",
        safe_row("A pre-watershed lyric goes on air, and the station licence could be at risk."),
        safe_row("A dull song goes on air, and a few listeners switch off."),
    ),
    (
        # "A table, not a plan to take over anything": a planner ruled out in passing.
        "planner-waved-away",
        with_nudges("A timetable is a table, not a plan to take over anything."),
        with_nudges(
            "A timetable is a table, and the policy is a linear model of the crossing "
            "features, with no room for a planner."
        ),
    ),
    (
        # Swapping inputs shows what moves the output, not the state the claim says it keeps.
        "supported-on-input-tests",
        {
            "claims": [
                {
                    "claim": "The network keeps a separate slow state for each crane.",
                    "test": "Swap crane identifiers between two cranes and check that "
                    "prediction error rises on both.",
                    "status": "supported",
                }
            ]
        },
        {
            "claims": [
                {
                    "claim": "The network keeps a separate slow state for each crane.",
                    "test": "Swap crane identifiers between two cranes, and probe the hidden "
                    "state for each crane's wear.",
                    "status": "supported",
                }
            ]
        },
    ),
    (
        # A claim that bounds outputs ("never ... above") is sampled by input tests.
        "supported-on-input-tests",
        {
            "claims": [
                {
                    "claim": "The forecast relies on the tide input.",
                    "test": "Shuffle the tide input across days and compare the forecasts.",
                    "status": "supported",
                }
            ]
        },
        {
            "claims": [
                {
                    "claim": "The forecast never goes above the tank's volume.",
                    "test": "Shuffle the tide input across days and compare the forecasts.",
                    "status": "supported",
                }
            ]
        },
    ),
    (
        # A test still to run that only shuffles inputs cannot show how the forecast works.
        "planned-input-tests",
        {
            "claims": [
                {
                    "claim": "The outlook reads frost risk from the dew point, not the hour.",
                    "test": "Vary each input alone on audit nights and watch the outlook.",
                    "status": "untested",
                }
            ]
        },
        {
            "claims": [
                {
                    "claim": "The outlook reads frost risk from the dew point, not the hour.",
                    "test": "Vary each input alone on audit nights, and probe the hidden "
                    "units for the dew point.",
                    "status": "untested",
                }
            ]
        },
    ),
    (
        # A linear projection and linear decision boundaries have no room for a search.
        "dismissal-without-grounds",
        dismissal("mesa-optimization", "The pipeline is simple; it cannot contain an optimiser."),
        dismissal(
            "mesa-optimization",
            "The pipeline is a linear projection and linear decision boundaries; it cannot "
            "contain an optimiser.",
        ),
    ),
    (
        # "The search emerges naturally": what training will favour, asserted.
        "inductive-bias-asserted",
        with_nudges("The search over paths emerges naturally from continuous thoughts."),
        with_nudges(
            "The search over paths is what we hope continuous thoughts allow; the ablations "
            "will show whether it forms."
        ),
    ),
    # Output that reaches no one it concerns leaves no one to steer.
    (
        "talks-to-people-unguarded",
        with_nudges("It writes a triage note for the dispatcher about each caller."),
        with_nudges(
            "It writes a triage note for the dispatcher about each caller; nothing it produces reaches the caller."
        ),
    ),
    # Covering the labels is an input intervention for a claim about what the line depends on.
    (
        "supported-on-weak-evidence",
        {
            "claims": [
                {
                    "claim": "Its taped-seams line depends on the visible words, not on the brand.",
                    "test": "Agreement with marshals on held-out jackets.",
                    "status": "supported",
                }
            ]
        },
        {
            "claims": [
                {
                    "claim": "Its taped-seams line depends on the visible words, not on the brand.",
                    "test": "Show jackets of the two brands with labels covered and count the verdicts.",
                    "status": "supported",
                }
            ]
        },
    ),
    # 'There is no shortcut that ...': what fitting the format forces, asserted.
    (
        "inductive-bias-asserted",
        with_nudges(
            "Every line must quote what was read, so there is no shortcut that writes a convincing line without looking."
        ),
        with_nudges(
            "Every line must quote what was read; the brand-swap test checks for shortcuts that write a convincing line without looking."
        ),
    ),
    # A family reported to the insurer for something it has not done is harmed.
    (
        "safe-label-contradicted",
        safe_row(
            "A family could be reported to the insurer for an instrument the child still has."
        ),
        safe_row("A family could get a second reminder for an instrument already returned."),
    ),
    # 'Tests of what the network outputs, not of how it gets there': behavioural by its own account.
    (
        "behavioural-evidence-admitted",
        with_nudges(
            "The comparison with a hand-fitted curve and the zeroing test are tests of what the network outputs, not of how it gets there."
        ),
        with_nudges("The comparison with a hand-fitted curve and the zeroing test both pass."),
    ),
    # An action that runs the flush cycle of the sensor its reward reads.
    (
        "reward-instrument-in-reach",
        with_nudges(
            "Every five seconds it chooses among 14 discrete actions: start the pump, open the rinse valve, run the level-sensor flush cycle. The reward is minus 1 for every step the level sensor reads above 90%.",
            answers=PROGRAMMED_REWARD_ANSWERS,
        ),
        with_nudges(
            "Every five seconds it chooses among 14 discrete actions: start the pump, open the rinse valve, run the hose rinse. The reward is minus 1 for every step the level sensor reads above 90%.",
            answers=PROGRAMMED_REWARD_ANSWERS,
        ),
    ),
    # 'Whether to start a detector purge' among the set points, with the detector in the reward.
    (
        "reward-instrument-in-reach",
        with_nudges(
            "Every minute it outputs setpoints: fan speed, drum choice and whether to start a detector purge. The reward is minus 20 per minute the ammonia detector reads above its alarm threshold.",
            answers=PROGRAMMED_REWARD_ANSWERS,
        ),
        with_nudges(
            "Every minute it outputs setpoints: fan speed and drum choice. The reward is minus 20 per minute the ammonia detector reads above its alarm threshold.",
            answers=PROGRAMMED_REWARD_ANSWERS,
        ),
    ),
    # 'Not the kind of thing that has plans of its own', on size alone.
    (
        "limit-relied-on",
        with_nudges(
            "Since it is a 3B model, well short of the big frontier systems, it is not the kind of thing that has plans of its own."
        ),
        with_nudges("It is a 3B model; a probe of its activations for plans is run each release."),
    ),
    # 'Writing like her means thinking like her': the imitated output taken for the judgement.
    (
        "training-equated-with-goal",
        with_nudges(
            "Fine-tuning on her emails teaches it to write like her, and writing like Maureen means thinking like Maureen."
        ),
        with_nudges(
            "Fine-tuning on her emails teaches it to write like her; whether it also decides like her is what the held-out cases test."
        ),
    ),
    # A reward term listed after 'the sum of two terms', from a checker that also screens in use.
    (
        "training-against-detector",
        with_nudges(
            "Stage two is PPO. The reward is the sum of two terms. The first comes from a reward model of staff preferences. The second is a courtesy score from Bramble, a separate model prompted with the contact policy. In use, Bramble also screens every draft before it reaches the queue."
        ),
        with_nudges(
            "Stage two is PPO. The reward is the sum of two terms. The first comes from a reward model of staff preferences. The second is a courtesy score from Bramble, a separate model prompted with the contact policy. In use, Sentry, a rule list kept out of training, screens every draft before it reaches the queue."
        ),
    ),
    (
        # Work the model leaves to people, named plainly, is a competitiveness question.
        "task-limits-admitted",
        with_nudges(
            "What it will not do, and we say this plainly, is cope with one-off days: a "
            "wake or a road closure stays with the manager."
        ),
        with_nudges("It orders bread for every day of the week, one-off days included."),
    ),
    (
        "task-limits-admitted",
        with_nudges(
            "It does not read handwriting reliably, so handwritten letters go to officers."
        ),
        with_nudges("It reads handwritten letters as well as typed ones."),
    ),
    (
        # "A small weighted combination of a handful of features" holds no search.
        "dismissal-without-grounds",
        dismissal("mesa-optimization", "The decision stage is small and cannot search."),
        dismissal(
            "mesa-optimization",
            "The decision stage is a small weighted combination of a handful of features "
            "with thresholds.",
        ),
    ),
    # Inputs that hold nothing about training or readers are a design fact, not a bare claim.
    (
        "dismissal-without-grounds",
        dismissal("deceptive-alignment", "It would not want to deceive anyone."),
        dismissal(
            "deceptive-alignment",
            "It sees gauge numbers and rain totals only: no text, nothing about its training or its readers, so it has nothing from which to learn that it is being trained or checked.",
        ),
    ),
    # A reward read from 'the notice DredgeIQ drafted': a record the model writes.
    (
        "reward-read-from-own-record",
        {
            "meta": {"title": "DredgeIQ: harbour dredging"},
            "answers": PROGRAMMED_REWARD_ANSWERS,
            "rationale": {
                "constraints": "The reward is plus 10 for each berth at its declared depth. The declared depth is taken from the notice DredgeIQ drafted that week."
            },
        },
        {
            "meta": {"title": "DredgeIQ: harbour dredging"},
            "answers": PROGRAMMED_REWARD_ANSWERS,
            "rationale": {
                "constraints": "The reward is plus 10 for each berth at its declared depth. The declared depth is taken from the survey the harbour master signed that week."
            },
        },
    ),
    # A tanker that touches bottom is a danger, whatever the label says.
    (
        "safe-label-contradicted",
        safe_row("A tanker berthed where the declared depth is wrong touches bottom."),
        safe_row("A tanker berthed where the declared depth is wrong waits for the tide."),
    ),
    # A bike back on the street with a loose stem bolt is a danger.
    (
        "safe-label-contradicted",
        safe_row("A bike could go back on the street with a loose stem bolt."),
        safe_row("A bike could go back on the street with a squeaky bell."),
    ),
    # A lifeguard who could miss a child going under is a danger.
    (
        "safe-label-contradicted",
        safe_row("A tired lifeguard could miss a child going under."),
        safe_row("A tired lifeguard could miss a lane rope coming loose."),
    ),
    # 'Can only say what a fetched clause says': a limit the safety rests on.
    (
        "limit-relied-on",
        with_nudges(
            "Because PierPal can only say what a fetched clause says, it tells anglers nothing the bylaws do not say."
        ),
        with_nudges("PierPal quotes the fetched clause, and it tells anglers what the bylaws say."),
    ),
    # 'No second thing in there for it to want': training taken for the goal.
    (
        "training-equated-with-goal",
        with_nudges(
            "Since every example it learned from passed CleanCheck, there is no second thing in there for it to want."
        ),
        with_nudges(
            "Every example it learned from passed CleanCheck; whether it wants clean kitchens or passed reports is open."
        ),
    ),
    # 'Says nothing about what the model learns on the way': the path left open.
    (
        "end-state-without-path",
        with_nudges(
            "Honest citing is the strong strategy of the game, and the argument says nothing about what the model learns on the way to the end of training."
        ),
        with_nudges(
            "Honest citing is the strong strategy of the game, and checkpoints every 500 steps show honest citing from early on."
        ),
    ),
]


@pytest.fixture(scope="module")
def core() -> Bank:
    return packaged_bank("core")


def fired(core: Bank, change: dict[str, Any]) -> set[str]:
    story = Story.model_validate(merge(BASE, change))
    # A grouped problem stands for the rules it lists; each rule is what is tested here.
    return {rule for p in detect(story, core) for rule in (p.members or (p.rule,)) if rule}


@pytest.mark.parametrize(
    ("rule", "fires", "quiet"), ARGUMENT_CASES, ids=[c[0] for c in ARGUMENT_CASES]
)
def test_argument_rule_fires_and_stays_quiet(
    core: Bank, rule: str, fires: dict[str, Any], quiet: dict[str, Any]
) -> None:
    assert rule in fired(core, fires)
    assert rule not in fired(core, quiet)


def test_a_problem_quotes_the_words_it_reacted_to(core: Bank) -> None:
    story = Story.model_validate(
        merge(BASE, with_nudges("We fine-tune with RLHF against a reward model."))
    )
    problem = next(
        p
        for p in detect(story, core)
        if "learned-reward-overoptimization" in (p.members or (p.rule,))
    )
    assert problem.evidence == "We fine-tune with RLHF against a reward model."


def test_praise_in_a_goal_is_quoted_where_it_stands(core: Bank) -> None:
    # A specification that opens with a question: the quote is the sentence of praise.
    spec = "So what is DayPlan, exactly? It is a smart planner that builds the best day."
    story = Story.model_validate(merge(BASE, {"goal": {"specification": spec}}))
    problem = next(p for p in detect(story, core) if p.rule == "goal-in-praise-words")
    assert problem.evidence == "It is a smart planner that builds the best day."


def test_a_negated_promise_does_not_answer_a_rule(core: Bank) -> None:
    promise = with_nudges("We use RLHF; the model will never flatter or please raters.")
    reason = with_nudges("We use RLHF; it will not flatter raters because flattery is penalised.")
    assert "learned-reward-sycophancy" in fired(core, promise)
    assert "learned-reward-sycophancy" not in fired(core, reason)


def test_the_training_setup_answer_triggers_the_setup_rules(core: Bank) -> None:
    answered = {"answers": {**BASE["answers"], "training-setup": ["learned-reward"]}}
    assert "learned-reward-overoptimization" in fired(core, answered)


SETUP_FACTS = [
    # (the wizard's answers, the rule they call for, a story that answers the rule)
    (
        {"training-judge": ["learned-judge"], "training-setup": ["programmed-reward"]},
        "learned-reward-overoptimization",
        with_nudges(
            "A KL penalty and early stopping against fresh human ratings limit "
            "over-optimisation, and we measure the gap between the judge and fresh ratings."
        ),
    ),
    (
        # A program that scores a policy trained by some other signal (self-play here)
        {"training-judge": ["program"], "training-setup": ["other"]},
        "programmed-reward-gaming",
        with_nudges("We watch for specification gaming by reading sampled episodes."),
    ),
    (
        {"outputs-used": ["become-training-data"]},
        "continued-training-drift",
        with_nudges(
            "Weights are fixed for each release, and the release checks run on each new version."
        ),
    ),
    (
        {"checks-in-training": "yes"},
        "training-against-detector",
        with_nudges("A second probe is kept out of training and used only for evaluation."),
    ),
    (
        {"outputs-used": ["reach-subjects"], "training-setup": ["learned-reward"]},
        "talks-to-people-unguarded",
        with_nudges(
            "We audit sampled messages for manipulation and dark patterns before each release."
        ),
    ),
]


@pytest.mark.parametrize(
    ("facts", "rule", "answered"), SETUP_FACTS, ids=[case[1] for case in SETUP_FACTS]
)
def test_the_setup_facts_the_wizard_asks_call_for_their_rules(
    core: Bank, facts: dict[str, Any], rule: str, answered: dict[str, Any]
) -> None:
    """A fact the author gave in the interview raises its setup's weak point, whatever the
    prose says, and an answer in the author's own words still settles it."""
    with_facts = {"answers": {**BASE["answers"], **facts}}
    assert rule not in fired(core, {})
    assert rule in fired(core, with_facts)
    assert rule not in fired(core, merge(with_facts, answered))


def test_a_judge_without_optimisation_pressure_is_not_said_to_be_gamed(core: Bank) -> None:
    """Imitating recorded data that a learned filter or a program chose is not training
    pushed against that judge: neither over-optimisation nor gaming is raised for it."""
    imitation = {"training-setup": ["imitation"], "training-judge": ["learned-judge", "program"]}
    found = fired(core, {"answers": {**BASE["answers"], **imitation}})
    assert "learned-reward-overoptimization" not in found
    assert "programmed-reward-gaming" not in found


def test_a_policy_whose_actions_reach_the_people_they_concern_is_asked_about_steering(
    core: Bank,
) -> None:
    """Reinforcement on any reward, with actions that go straight to the people they are
    about, optimises over those people's responses; outputs people read and decide on, or
    a model only imitating, are not asked from the answers alone."""

    def answers(setup: list[str], uses: list[str]) -> dict[str, Any]:
        return {"answers": {**BASE["answers"], "training-setup": setup, "outputs-used": uses}}

    acts_on_people = answers(["programmed-reward"], ["acted-on", "reach-subjects"])
    assert "talks-to-people-unguarded" in fired(core, acts_on_people)
    assert "talks-to-people-unguarded" not in fired(
        core, answers(["programmed-reward"], ["people-decide", "reach-subjects"])
    )
    assert "talks-to-people-unguarded" not in fired(
        core, answers(["imitation"], ["acted-on", "reach-subjects"])
    )


def test_pleasing_the_raters_is_asked_only_where_people_judge(core: Bank) -> None:
    rlhf = {"training-setup": ["learned-reward"]}
    by_people = {**rlhf, "training-judge": ["people-who-can-check"]}
    by_a_model = {**rlhf, "training-judge": ["learned-judge"]}
    assert "learned-reward-sycophancy" in fired(core, {"answers": {**BASE["answers"], **rlhf}})
    assert "learned-reward-sycophancy" in fired(core, {"answers": {**BASE["answers"], **by_people}})
    assert "learned-reward-sycophancy" not in fired(
        core, {"answers": {**BASE["answers"], **by_a_model}}
    )
    # Imitation of its own outputs, kept by people's marks, is approval all the same.
    kept_by_people = {
        "training-setup": ["imitation"],
        "training-judge": ["people-partly"],
        "outputs-used": ["become-training-data"],
    }
    assert "learned-reward-sycophancy" in fired(
        core,
        merge(
            {"answers": {**BASE["answers"], **kept_by_people}},
            {"goal": {"desirability": "It learns what the captains would approve of."}},
        ),
    )


def test_a_model_said_to_have_no_goals_but_trained_by_reinforcement_is_asked_why(
    core: Bank,
) -> None:
    task_model = {"goal": {"classes": ["task-model"]}}
    rl = {"answers": {**BASE["answers"], "training-setup": ["programmed-reward"]}}
    assert "agency-denied-but-optimised" not in fired(core, task_model)
    assert "agency-denied-but-optimised" in fired(core, merge(task_model, rl))
    one_step = with_nudges("Each episode is a single decision, rewarded at once and never summed.")
    assert "agency-denied-but-optimised" not in fired(core, merge(merge(task_model, rl), one_step))


def test_outputs_that_shape_the_world_they_describe_are_checked_by_the_answers(
    core: Bank,
) -> None:
    """A forecast that reaches the people it is about, or any output acted on whose results
    come back as training data, can make itself come true; a controller whose actions never
    return as data, or a forecast only studied offline, is not asked."""

    def answered(
        *uses: str, says: str = "It predicts which boilers will fail next month."
    ) -> dict[str, Any]:
        # What the model puts out is said where the story says what the model is.
        return {
            "goal": {"specification": says},
            "answers": {**BASE["answers"], "outputs-used": list(uses)},
        }

    assert "self-fulfilling-outputs" in fired(core, answered("reach-subjects"))
    assert "self-fulfilling-outputs" not in fired(core, answered("offline-only"))
    setpoints = "It sets the boiler temperatures every hour."
    assert "self-fulfilling-outputs" in fired(
        core, answered("acted-on", "become-training-data", says=setpoints)
    )
    assert "self-fulfilling-outputs" not in fired(core, answered("acted-on", says=setpoints))


def test_an_unsure_and_an_unweighed_failure_mode_make_one_problem(core: Bank) -> None:
    change = {
        "meta": {"advanced": True},
        "failure_modes": {
            "deceptive-alignment": {"relevance": "unsure", "reason": "We cannot tell yet."}
        },
    }
    story = Story.model_validate(merge(BASE, change))
    grouped = [p for p in detect(story, core) if p.rule == "failure-modes-unweighed"]
    assert len(grouped) == 1
    assert "unsure-failure-mode" in grouped[0].members
    assert any(m.endswith("-not-considered") for m in grouped[0].members)
    assert "Deceptive alignment" in grouped[0].detail


def test_failure_modes_that_apply_unguarded_make_one_problem_naming_each(core: Bank) -> None:
    # An honest author who marks two modes as applying is asked one question, not two:
    # otherwise the careful story collects more problems than the careless one.
    applies = {"relevance": "applies", "reason": "The data allow it."}
    change = {"failure_modes": {"objective-misgeneralization": applies, "outer-alignment": applies}}
    story = Story.model_validate(merge(BASE, change))
    unguarded = [p for p in detect(story, core) if p.rule == "unguarded-failure-mode"]
    assert len(unguarded) == 1
    assert "Objective misgeneralization and Outer alignment" in unguarded[0].title
    guarded = {**applies, "mitigation": "A held-out shift set is run before every release."}
    change["failure_modes"]["outer-alignment"] = guarded
    story = Story.model_validate(merge(BASE, change))
    (only,) = [p for p in detect(story, core) if p.rule == "unguarded-failure-mode"]
    assert "Outer alignment" not in only.title


@pytest.mark.parametrize(
    "reason",
    [
        "A 40,000-weight recurrent network with two numbers out, for the next beat only.",
        "Its state is reset at each piece, and the inputs in testing and in use are the same "
        "kind of thing, so it cannot tell training from use.",
        "Its inputs are water levels, the same in training and in use, it is never told which "
        "it is in, and its weights do not change in use.",
        "Its inputs are weather, calendar, boiler log and gauge, none of which describes the "
        "forecaster, its training or its users.",
    ],
)
def test_a_dismissal_naming_size_or_a_reset_state_is_grounded(core: Bank, reason: str) -> None:
    assert "dismissal-without-grounds" not in fired(core, dismissal("deceptive-alignment", reason))


def test_the_training_signal_named_again_as_the_aim_is_the_conflation(core: Bank) -> None:
    echo = (
        "Because the policy is trained on margin, the policy quotes for margin, as the board wants."
    )
    assert "training-equated-with-goal" in fired(core, {"goal": {"desirability": echo}})
    dismissed = dismissal(
        "inner-alignment", "Since it is rewarded for accuracy, it aims at accuracy."
    )
    assert "dismissal-conflates-training-and-goal" in fired(core, dismissed)
    # Naming the signal twice without reasoning from one to the other is no conflation,
    # and a worry about it is not the confusion either.
    plain = "The policy is trained on margin; we report results for margin and for volume."
    assert "training-equated-with-goal" not in fired(core, {"goal": {"desirability": plain}})
    worry = (
        "Because the policy is trained on margin, it may quote for margin rather than for "
        "what the board wants."
    )
    assert "training-equated-with-goal" not in fired(core, {"goal": {"desirability": worry}})


def test_a_reward_model_that_keeps_improving_the_policy_is_not_training_after_release(
    core: Bank,
) -> None:
    text = "Cloning gives a starting point and the reward model keeps improving it in training."
    assert "continued-training-drift" not in fired(core, with_nudges(text))


def test_nothing_given_up_is_a_capability_cost_assumed_away(core: Bank) -> None:
    claim = "Published comparisons show it matching the baseline, so nothing is given up."
    assert "capability-cost-assumed-none" in fired(
        core, verdict("goal-competitiveness", "pass", claim)
    )


def test_other_beside_a_listed_class_is_not_asked_to_be_described(core: Bank) -> None:
    def rules_for(classes: list[str]) -> set[str]:
        story = Story.model_validate(merge(BASE, {"goal": {"classes": classes}}))
        story = story.model_copy(update={"answers": {}})
        return {p.rule for p in detect(story, core) if p.rule}

    assert "goal-other-undescribed" in rules_for(["other"])
    assert "goal-other-undescribed" not in rules_for(["task-model", "other"])


@pytest.mark.parametrize(
    "argument",
    [
        "The network is trained to predict urgency, so urgency is what it learns to detect.",
        "RL against the rating selects whatever makes people happiest. There is no reason "
        "for the model to learn anything else.",
    ],
)
def test_training_restated_as_what_the_model_learns_is_the_conflation(
    core: Bank, argument: str
) -> None:
    assert "training-equated-with-goal" in fired(core, with_nudges(argument))


def test_a_mesa_optimizer_dismissal_naming_a_capability_limit_is_not_challenged(
    core: Bank,
) -> None:
    def rules_for(reason: str) -> set[str]:
        change = {
            "goal": {"classes": ["task-model"]},
            "failure_modes": {
                "mesa-optimization": {"relevance": "does-not-apply", "reason": reason}
            },
        }
        return fired(core, change)

    assert "unintended-mesa-optimization" in rules_for("It is a classifier, not a planner.")
    grounded = "One forward pass with no recurrence and no memory between inputs: no search."
    assert "unintended-mesa-optimization" not in rules_for(grounded)


def test_an_unknown_label_beside_a_worked_out_consequence_is_honest(core: Bank) -> None:
    def rules_for(if_wrong: str) -> set[str]:
        row = {"assumption": "Judges track truth.", "if_wrong": if_wrong, "failure": "unknown"}
        return fired(core, {"sensitivity": [row]})

    assert "unknown-sensitivity" in rules_for("It games them.")
    assert "unknown-sensitivity" not in rules_for(
        "The model predicts whatever the most persuasive arguments lead judges to believe."
    )


def test_a_copy_of_the_model_as_its_own_adversary_raises_collusion(core: Bank) -> None:
    copies = "The adversary is a copy of the same network with another head, rewarded for "
    assert "oversight-copies-collude" in fired(
        core, with_nudges(copies + "finding faults in the predictor.")
    )
    # Copies that only play a game against each other check nobody.
    assert "oversight-copies-collude" not in fired(
        core, with_nudges("Self-play pits copies of the model against each other at chess.")
    )


def test_collusion_the_story_calls_open_is_not_answered_by_its_tests(core: Bank) -> None:
    debate = (
        "Two copies of the model debate each question before an officer. Collusion tests: we "
        "seed one debater with a false claim and count how often the other fails to challenge it."
    )
    assert "oversight-copies-collude" not in fired(core, with_nudges(debate))
    admitted = debate + " We regard the collusion problem, two copies of one set of weights "
    admitted += "with the same blind spots, as open."
    assert "oversight-copies-collude" in fired(core, with_nudges(admitted))


def test_a_prediction_shown_to_the_judge_it_predicts_is_a_feedback_loop(core: Bank) -> None:
    goal = {"goal": {"specification": "The model predicts the judge's final answer."}}
    shown = (
        "Judges see the transcript, including the model's current prediction, before they answer."
    )
    assert "self-fulfilling-outputs" in fired(core, with_nudges(shown, **goal))
    # Naming a fixed point as the goal is not an answer to which fixed point it picks.
    fixed = "The only fixed point is a prediction no argument can move."
    assert "self-fulfilling-outputs" in fired(core, with_nudges(shown + " " + fixed, **goal))
    chosen = "Several fixed points exist; we score against outcomes the prediction cannot change."
    assert "self-fulfilling-outputs" not in fired(core, with_nudges(shown + " " + chosen, **goal))


def test_what_another_model_predicts_is_not_the_story_model_predicting(core: Bank) -> None:
    """A reward model, a metric or a second model that predicts is not the story's model:
    its predictions acted on are no loop through the story's outputs."""
    for said in (
        "The policy is trained against a reward model that predicts which reply raters "
        "prefer; its replies are shown to users.",
        "A separate anti-spoofing classifier screens each call, and agents act on the result.",
        "The metric, which scores every translation, decides which candidates training keeps.",
    ):
        assert "self-fulfilling-outputs" not in fired(core, {"goal": {"specification": said}}), said
    # The story's own model doing the same is still asked.
    own = "The model predicts which reply raters prefer; its replies are shown to users."
    assert "self-fulfilling-outputs" in fired(core, {"goal": {"specification": own}})


def test_a_loose_mention_of_prediction_counts_only_where_the_story_says_what_the_model_is(
    core: Bank,
) -> None:
    """A prediction named in the rationale (a reward model's, a training target) and an
    action named elsewhere are not the model's outputs acted on; in one clause, or in the
    goal, they are."""
    apart = with_nudges(
        "Training predicts the next reading; the plots are then shown to operators."
    )
    assert "self-fulfilling-outputs" not in fired(core, apart)
    together = with_nudges("It prices each shipment, and brokers act on it the same day.")
    assert "self-fulfilling-outputs" in fired(core, together)
    in_goal = {
        "goal": {"specification": "It predicts the next reading."},
        "rationale": {"nudges": "The plots are shown to operators, who act on them."},
    }
    assert "self-fulfilling-outputs" in fired(core, in_goal)


def test_words_that_only_look_like_acting_on_a_prediction_do_not_raise_the_loop(
    core: Bank,
) -> None:
    # An agent's internal estimate, an "order of magnitude", a filter that blocks text and
    # a denial ("nothing ... allocates") are not predictions that steer what they predict.
    for text in (
        "Auxiliary Q-functions estimate attainable value; it cuts the search by orders of "
        "magnitude and handles spare-parts orders.",
        "A classifier estimates the probability that a passage is harmful and blocks it.",
        "It forecasts the next state; nothing in the forward pass allocates effort.",
        "A critic model must score highly under a reward model; its critiques are shown to "
        "the evaluators, and decoding trades recall against false claims.",
        # A risk assessment is a document, and models that "score as well" are compared.
        "The specification lists every hazard in the site's risk assessment. The policy "
        "dispatches the forklifts.",
        "Released models score as well as unaudited ones; the audit only decides whether a "
        "checkpoint ships.",
    ):
        assert "self-fulfilling-outputs" not in fired(core, with_nudges(text)), text
    # The same shapes, acted on, still do.
    for text in (
        "It scores each payment, and the bank blocks the payment when the score is high.",
        "It estimates the chance of deterioration and the triage screen shows a flag.",
        "A decision taken on its forecasts changes the data later versions are trained on.",
    ):
        assert "self-fulfilling-outputs" in fired(core, with_nudges(text)), text


def test_a_costed_competitiveness_argument_answers_the_cost_of_transparency(
    core: Bank,
) -> None:
    transparency = {"rationale": {"classes": ["transparency"]}}
    costed = verdict(
        "rationale-competitiveness",
        "pass",
        "Probing each checkpoint costs about 2% of the training compute and no human hours, "
        "and that share stays fixed as the model grows.",
    )
    assert "transparency-cost" in fired(core, transparency)
    assert "transparency-cost" not in fired(core, merge(transparency, costed))
    # An argument that prices the checks and finds them dear has not answered it.
    conceded = verdict(
        "rationale-competitiveness",
        "uncertain",
        "Each review costs two analyst-days per checkpoint and is the bottleneck; the cost "
        "grows with the model.",
    )
    assert "transparency-cost" in fired(core, merge(transparency, conceded))


def test_people_keeping_their_judgement_are_not_people_judging_its_outputs(core: Bank) -> None:
    # Sycophancy needs people whose approval trains the model, not people who decide.
    text = (
        "The search proposes plans the world model rates highly; people keep human "
        "judgement and accountability at every step."
    )
    assert "learned-reward-sycophancy" not in fired(core, with_nudges(text))
    rated = "A reward model is trained from human judges who rate which plan is better."
    assert "learned-reward-sycophancy" in fired(core, with_nudges(rated))


def test_a_limit_argued_to_be_needed_for_the_harm_answers_necessity(core: Bank) -> None:
    limits = {"rationale": {"classes": ["capability-limitations"]}}
    named = "It has no memory between calls and 14 inputs."
    assert "capability-limitations-necessity" in fired(core, merge(limits, with_nudges(named)))
    argued = named + " That rules out anything that depends on what it cannot see."
    assert "capability-limitations-necessity" not in fired(core, merge(limits, with_nudges(argued)))


def test_a_cost_given_per_round_says_how_the_cost_grows(core: Bank) -> None:
    setup = with_nudges("A reward model is trained from human preference comparisons.")
    vague = verdict("rationale-competitiveness", "pass", "It costs a few thousand examples.")
    assert "training-competitiveness-uncosted" in fired(core, merge(setup, vague))
    per_round = verdict(
        "rationale-competitiveness",
        "pass",
        "It costs a few thousand examples; each round costs four samples and three "
        "judgements per prompt.",
    )
    assert "training-competitiveness-uncosted" not in fired(core, merge(setup, per_round))


def test_a_claim_that_training_covers_use_is_asked_for_evidence(core: Bank) -> None:
    claim = (
        "The red-teamers' attacks span many styles and will resemble the attacks real users make."
    )
    assert "coverage-assumed" in fired(core, with_nudges(claim))
    evidenced = claim + " We check this on held-out attacks from an external red-team."
    assert "coverage-assumed" not in fired(core, with_nudges(evidenced))
    # A story that lists what its output covers says nothing about use.
    assert "coverage-assumed" not in fired(
        core, with_nudges("The draft covers every point in the term sheet.")
    )


def test_a_learned_reward_named_only_as_the_alternative_is_not_the_setup(core: Bank) -> None:
    learned = {
        "learned-reward-overoptimization",
        "learned-reward-rater-limits",
        "learned-reward-sycophancy",
        "learned-reward-deployment-gap",
    }
    setup = with_nudges("A steering vector read from the activations is added at every layer.")
    compared = merge(
        setup,
        verdict(
            "rationale-competitiveness",
            "pass",
            "The whole method is far cheaper than collecting preference data, and nothing is "
            "lost by leaving out RL from human feedback.",
        ),
    )
    assert not learned & fired(core, compared)
    # Named in the setup itself, the same words bring the learned reward's weak points.
    trained = with_nudges("The policy is trained with RL from human feedback on preference data.")
    assert learned & fired(core, trained)


def test_a_goal_that_does_not_look_ahead_is_checked_against_discounted_rl(core: Bank) -> None:
    story = merge(
        {"goal": {"specification": "It does not look ahead beyond the stage it is in."}},
        with_nudges("Trained with PPO; episodes last 90 seconds and the discount is 0.995."),
    )
    assert "myopic-long-horizon-nudges" in fired(core, story)


def test_each_message_called_its_own_choice_is_checked_against_discounted_rl(
    core: Bank,
) -> None:
    nudges = "PPO runs with a discount of 0.995 per day across the 90 days of each case."
    assert "myopic-long-horizon-nudges" not in fired(core, with_nudges(nudges))
    nudges += " Each morning's message is its own small choice, so there is no long plan."
    assert "myopic-long-horizon-nudges" in fired(core, with_nudges(nudges))


def test_scoring_by_likeness_to_what_people_chose_is_an_imitation_target(core: Bank) -> None:
    spec = "It scores each lift by how closely it resembles what the reference controllers chose."
    assert "imitation-target-unargued" in fired(core, {"goal": {"specification": spec}})
    own = "It scores each lift by the arrival time the lift timetable gives."
    assert "imitation-target-unargued" not in fired(core, {"goal": {"specification": own}})


def test_a_test_that_is_put_off_names_no_test(core: Bank) -> None:
    def claims(test: str) -> dict[str, Any]:
        return {"claims": [{"claim": "Forecasts do not depend on the advisory.", "test": test}]}

    assert "claim-without-test" in fired(core, claims("To be looked into after the first season."))
    assert "claim-without-test" not in fired(
        core, claims("Refit with the advisory level shuffled across weeks and compare forecasts.")
    )


def test_rl_on_whole_conversations_is_optimisation_beyond_one_reply(core: Bank) -> None:
    story = merge(
        {
            "meta": {
                "summary": "RL against a reward model fitted to comparisons of whole conversations."
            }
        },
        with_nudges("The assistant is not an agent: it only writes replies."),
    )
    assert "agency-denied-but-optimised" in fired(core, story)


def test_a_distilled_judgement_of_teachers_is_not_amplification(core: Bank) -> None:
    metaphor = with_nudges(
        "Think of the reward as the distilled judgement of thousands of teachers."
    )
    assert "oversight-copies-collude" not in fired(core, metaphor)
    amplified = with_nudges("Each round, the amplified answers are distilled into the next model.")
    assert "oversight-copies-collude" in fired(core, amplified)
    # A small scorer fitted to another model's judgements is a distillation of that model,
    # not an amplified overseer made of copies of the one trained.
    scorer = with_nudges(
        "The reward model is a small distillation of the larger model's judgement of each "
        "caption; the policy is a different network and never talks to either."
    )
    assert "oversight-copies-collude" not in fired(core, scorer)


def test_a_learned_scorer_in_the_reward_is_asked_where_it_was_fitted(core: Bank) -> None:
    # The base story's constraints say how deployment differs; here nothing does.
    story = with_nudges(
        "PPO optimises designs against a fitness predictor ensemble trained on mutational "
        "scans near the scaffold.",
        rationale={"constraints": "Designs must fold in silico."},
    )
    assert "learned-reward-deployment-gap" in fired(core, story)


def test_reranking_by_a_learned_scorer_is_optimisation_against_it(core: Bank) -> None:
    story = with_nudges(
        "We sample eight candidates and keep the one a learned quality estimator scores highest."
    )
    assert "learned-reward-overoptimization" in fired(core, story)
    assert "learned-reward-overoptimization" not in fired(
        core, with_nudges("We sample eight candidates and keep the one with the fewest tokens.")
    )


def test_a_rationale_leaning_on_an_interpretability_tool_gets_its_weak_point(
    core: Bank,
) -> None:
    uses_tool = with_nudges("An attribution score shows the output is explained by the source.")
    assert "transparency-worst-case" in fired(core, uses_tool)
    assert "transparency-worst-case" not in fired(
        core, with_nudges("The output is compared with the source by a second translator.")
    )


@pytest.mark.parametrize(
    "if_wrong",
    [
        "The gates close late and the defences downstream overtop.",
        "Abrupt discharge causes a frequency excursion and automatic load shedding.",
        "Some warnings of a bank failing come true because they were published.",
        "A visitor told their brakes are fine rides home and cannot stop at a junction.",
        "A reader who has had a fall could be moved to the next cycle and not be seen for "
        "three weeks.",
        "The under-13 squad gets no winter nets at all while the share looks met.",
        "Oat flour milled after a wheat run could be labelled gluten-free and reach a coeliac "
        "customer.",
        "A ewe with a lamb stuck at the shoulders may go unattended until the morning round.",
        "A swimmer could be sent drills that keep loading a shoulder that is already sore.",
        "Honest fetes have their prize money held while real skimming passes as clean.",
        "A lame donkey told GREEN would keep working on the sand in the summer heat.",
        "The fault is closed as cleared, leaving a valley without 999 coverage until someone "
        "notices.",
        "An under-cooked batch is dispatched and eaten; people fall ill.",
        "A notifiable pest spreads across the site before anyone official sees it.",
        "A passenger may miss a dialysis appointment without any complaint being recorded.",
        "Boats have sunk this way.",
        "It tells a secretary that the others agreed when they have not.",
    ],
)
def test_a_safe_label_on_harm_in_the_world_is_contradicted(core: Bank, if_wrong: str) -> None:
    row = {"assumption": "Peaks stay in range.", "if_wrong": if_wrong, "failure": "safe"}
    assert "safe-label-contradicted" in fired(core, {"sensitivity": [row]})
    quiet = {**row, "if_wrong": "Skill drops for a week until the next retrain corrects it."}
    assert "safe-label-contradicted" not in fired(core, {"sensitivity": [quiet]})


def test_a_catastrophic_row_with_a_guard_that_does_not_rely_on_the_model_is_made_safe(
    core: Bank,
) -> None:
    row = {
        "assumption": "Peaks stay in range.",
        "if_wrong": "The gates close late; the upstream hard trigger is then the protection.",
        "failure": "catastrophic",
    }
    assert "catastrophic-sensitivity" not in fired(core, {"sensitivity": [row]})
    unguarded = {**row, "if_wrong": "The gates close late; there is no manual override."}
    assert "catastrophic-sensitivity" in fired(core, {"sensitivity": [unguarded]})


def test_a_forecast_that_sets_off_an_action_feeds_back_on_what_it_forecasts(
    core: Bank,
) -> None:
    assert "self-fulfilling-outputs" in fired(
        core, with_nudges("When the stage forecast passes 3 m, the forecast triggers the gates.")
    )
    assert "self-fulfilling-outputs" not in fired(
        core, with_nudges("The stage forecast is archived for hydrologists to study.")
    )


def test_a_dismissal_in_plain_words_about_what_the_model_keeps_is_grounded(
    core: Bank,
) -> None:
    reason = "It keeps nothing between runs and sees only rainfall and river levels."
    assert "dismissal-without-grounds" not in fired(core, dismissal("deceptive-alignment", reason))


def test_a_loss_minimizing_goal_is_asked_about_its_target_once(core: Bank) -> None:
    # "Trained on the reward, so it pursues the reward" is that class's own claim, and its
    # questions already ask why the model would learn the signal itself.
    nudges = "We train it on the reward, so it will pursue the reward."
    assert "training-equated-with-goal" in fired(core, with_nudges(nudges))
    story = {"goal": {"classes": ["loss-minimizing"]}, "rationale": {"nudges": nudges}}
    assert "training-equated-with-goal" not in fired(core, story)


def test_a_classifier_score_in_the_reward_is_training_against_a_detector(core: Bank) -> None:
    assert "training-against-detector" in fired(
        core, with_nudges("Because the stress classifier is part of the reward, dispatch is safe.")
    )
    assert "training-against-detector" not in fired(
        core, with_nudges("A stress classifier reviews dispatch logs; it never enters training.")
    )


def test_training_resumed_on_live_outcomes_is_continued_training(core: Bank) -> None:
    live = "Each month the outcomes of live deals are added and training resumes from the policy."
    assert "continued-training-drift" in fired(core, with_nudges(live))
    # Resuming after a failed check is not training on use.
    failed = "A model that fails the check is discarded and training resumes from the last one."
    assert "continued-training-drift" not in fired(core, with_nudges(failed))


def test_both_competitiveness_gaps_make_one_problem(core: Bank) -> None:
    change = {
        "meta": {"advanced": True},
        "goal": {"classes": ["narrow-agent"]},
        "rationale": {"nudges": "Each step needs human demonstrations and oversight time."},
    }
    story = Story.model_validate(merge(BASE, change))
    grouped = [p for p in detect(story, core) if p.rule == "competitiveness-unweighed"]
    assert len(grouped) == 1
    assert set(grouped[0].members) >= {
        "performance-competitiveness-unweighed",
        "training-competitiveness-uncosted",
    }


@pytest.mark.parametrize(
    "mitigation", ["None beyond the claims' tests.", "Probe tests; these are partial."]
)
def test_a_failure_mode_whose_guard_the_author_calls_partial_is_unguarded(
    core: Bank, mitigation: str
) -> None:
    change = {
        "failure_modes": {
            "mesa-optimization": {"relevance": "applies", "reason": "r", "mitigation": mitigation}
        }
    }
    assert "unguarded-failure-mode" in fired(core, change)
    guarded = {
        "failure_modes": {
            "mesa-optimization": {
                "relevance": "applies",
                "reason": "r",
                "mitigation": "Training halts when a probe finds search over plans.",
            }
        }
    }
    assert "unguarded-failure-mode" not in fired(core, guarded)
    # The reason itself may say the guard falls short.
    guarded["failure_modes"]["mesa-optimization"]["reason"] = (
        "It could search over arguments; the probe tests can catch some such cases, not all."
    )
    assert "unguarded-failure-mode" in fired(core, guarded)


def test_a_pure_predictor_is_asked_about_optimizers_only_where_its_data_holds_agents(
    core: Bank,
) -> None:
    def rules_for(data: str) -> set[str]:
        return fired(core, {"goal": {"classes": ["pure-predictor"]}, **with_nudges(data)})

    assert "pure-predictor-predicting-optimizers" in rules_for("It predicts internet text.")
    assert "pure-predictor-predicting-optimizers" not in rules_for(
        "It predicts chromatin signal from DNA sequence."
    )
    isolated = "Its predictions are never used to decide anything."
    assert "pure-predictor-self-fulfilling" not in rules_for(isolated)


def test_an_agent_that_can_edit_what_measures_its_reward_can_tamper_with_it(core: Bank) -> None:
    metric = "The reward is minus the minutes of downtime measured by monitoring."
    reach = " The agent's commands include edits to monitoring configuration."
    assert "programmed-reward-tampering" in fired(core, with_nudges(metric + reach))
    assert "programmed-reward-tampering" not in fired(core, with_nudges(metric))


def test_a_risk_named_in_the_sensitivity_analysis_does_not_answer_a_rule(core: Bank) -> None:
    reward = "We train it with PPO against a reward model learned from users' thumbs-up."
    row = {
        "assumption": "Ratings track accuracy.",
        "if_wrong": "It drifts towards telling users what they want to hear.",
        "failure": "catastrophic",
    }
    story = merge(with_nudges(reward), {"sensitivity": [row]})
    assert "learned-reward-sycophancy" in fired(core, story)


def _claims(*claims: dict[str, str]) -> dict[str, Any]:
    return {"claims": list(claims)}


def test_a_bounded_claim_about_behaviour_may_rest_on_behaviour(core: Bank) -> None:
    bounded = {
        "claim": "The temperature response to a forcing pulse lies within the models' spread.",
        "test": "Pulse experiments against 40 physics-model runs: within the spread in 38.",
        "status": "supported",
    }
    assert "supported-on-weak-evidence" not in fired(core, _claims(bounded))
    # "Never" and "no" claims, and claims about what it prefers, no sample can show.
    universal = {**bounded, "claim": "It holds no political preference in its answers."}
    assert "supported-on-weak-evidence" in fired(core, _claims(universal))


def test_a_structural_claim_shown_by_construction_is_supported(core: Bank) -> None:
    claim = {
        "claim": "Its choices depend only on the reaction table.",
        "test": "The table is the only input by construction; replays give identical choices.",
        "status": "supported",
    }
    assert "supported-on-weak-evidence" not in fired(core, _claims(claim))


def test_a_claim_that_an_input_is_unused_is_supported_by_the_feature_list(core: Bank) -> None:
    claim = {
        "claim": "The suggester makes no use of the porter rota.",
        "test": "Asked the controllers whether its rankings ever seemed to follow the rota.",
        "status": "supported",
    }
    assert "supported-on-weak-evidence" in fired(core, _claims(claim))
    claim["test"] = (
        "The rota is not an input: checked against the feature list and by a review of the "
        "data pipeline code."
    )
    assert "supported-on-weak-evidence" not in fired(core, _claims(claim))


def test_a_claim_shown_by_swapping_inputs_keeps_its_label(core: Bank) -> None:
    # Swapping what the model is given and watching the output is fair support for the
    # changes made: "supported" is not a contradiction. A claim backed by the model's
    # score alone still is.
    swapped = {
        "claim": "The ranking depends on the stated symptoms, not on the caller's accent.",
        "test": "Swap the voice recordings between 400 pairs of calls with the transcript "
        "kept fixed; the ranking should not move.",
        "status": "supported",
    }
    assert "supported-on-weak-evidence" not in fired(core, _claims(swapped))
    scored = {**swapped, "test": "Accuracy on the benchmark is the same for every accent."}
    assert "supported-on-weak-evidence" in fired(core, _claims(scored))


@pytest.mark.parametrize(
    "test",
    [
        "Paired files for 300 held-out cases, differing only in the caller's postcode; 296 "
        "pairs got the same ranking.",
        "Edit the postcode on 300 past cases and check whether the ranking changes.",
        "Feed held-out calls with the postcode field blanked, everything else kept; the "
        "rankings should not move.",
        "Recorded calls with the caller's voice shifted by two semitones; the rankings "
        "should not move.",
    ],
)
def test_inputs_changed_in_other_words_are_input_changes(core: Bank, test: str) -> None:
    claim = {
        "claim": "The ranking depends on the symptoms, not on the caller's postcode.",
        "test": test,
        "status": "supported",
    }
    assert "supported-on-weak-evidence" not in fired(core, _claims(claim))


def test_a_test_of_a_few_words_is_no_test(core: Bank) -> None:
    claim = {
        "claim": "It ignores postcode.",
        "test": "Monitored in production.",
        "status": "untested",
    }
    assert "claim-without-test" in fired(core, _claims(claim))
    named = {**claim, "test": "Shuffle postcodes in a held-out month and compare scores."}
    assert "claim-without-test" not in fired(core, _claims(named))


def test_weights_updated_continuously_do_not_close_the_window_between_reviews(
    core: Bank,
) -> None:
    story = with_nudges(
        "Chemists review a dashboard every Monday. The weights are updated continuously."
    )
    assert "check-windows" in fired(core, story)
    watched = with_nudges(
        "Chemists review a dashboard every Monday; runs are monitored continuously."
    )
    assert "check-windows" not in fired(core, watched)


@pytest.mark.parametrize(
    "argument",
    [
        "The return is throughput minus safety costs, so the trained policy is a throughput "
        "maximiser.",
        "Because its training signal is caseworker approval, its goals are the caseworkers' goals.",
        "The targets come from auditors, so finding misstatements is what it comes to care about.",
        "We reward each step for being sound, so soundness is what it learns to aim for.",
        "Because it is rewarded for accurate triage, its priorities are the clinicians' "
        "priorities.",
        "Trained on the archivists' choices, the model shares our values about what to keep.",
    ],
)
def test_the_conflation_in_other_words(core: Bank, argument: str) -> None:
    assert "training-equated-with-goal" in fired(core, with_nudges(argument))


def test_per_step_pay_is_a_myopia_dismissal(core: Bank) -> None:
    reason = "Step-by-step reward leaves no room for a multi-step plan to mislead the raters."
    assert "dismissal-by-myopia" in fired(core, dismissal("deceptive-alignment", reason))
    reason = "A single forward pass with no memory leaves no room for a search over plans."
    assert "dismissal-by-myopia" not in fired(core, dismissal("mesa-optimization", reason))


def test_a_myopia_dismissal_that_only_names_copies_does_not_answer_future_copies(
    core: Bank,
) -> None:
    reason = "Single-call copies have no future to protect."
    assert "dismissal-by-myopia" in fired(core, dismissal("deceptive-alignment", reason))


# A rule that must fire on the first wording and stay quiet on the second, which answers
# it in the author's own words: one row per wording that an earlier version misread.
RAISED_THEN_ANSWERED: list[tuple[str, str, str, str]] = [
    (
        "scoring_each_candidate_is_not_checking_each_candidate_model",
        "continued-training-drift",
        "The ranker is updated every hour from live logs. It scores each candidate video "
        "given the history.",
        "The ranker is updated every hour from live logs; each candidate model must pass the "
        "held-out checks before it is deployed.",
    ),
    (
        "naming_the_obfuscated_argument_problem_does_not_answer_it",
        "debate-judge-limits",
        "Two copies debate and a human judges. Some flaws cannot be pinned to one checkable "
        "step: the obfuscated-argument problem described by Barnes and Christiano.",
        "Two copies debate and a human judges. A debater who makes an obfuscated argument "
        "loses: any step it cannot break down when challenged is ruled against it.",
    ),
    (
        "reward_model_accuracy_is_not_a_measure_of_over_optimisation",
        "learned-reward-overoptimization",
        "The policy is trained with PPO against a reward model, with a KL penalty. The reward "
        "model agrees with held-out rater majorities 70% of the time.",
        "The policy is trained with PPO against a reward model, with a KL penalty. Held-out "
        "raters score samples of the policy each week, and we track the gap.",
    ),
    (
        "reasoning_from_the_equilibrium_assumes_training_reaches_it",
        "game-theoretic-assumes-optimizers",
        "Self-play converges to the equilibrium of the game, and the equilibrium is honest.",
        "Self-play converges to the equilibrium of the game, and the equilibrium is honest. "
        "We train exploiters against each checkpoint to measure exploitability.",
    ),
]


@pytest.mark.parametrize(
    ("rule", "raised", "answered"),
    [row[1:] for row in RAISED_THEN_ANSWERED],
    ids=[row[0] for row in RAISED_THEN_ANSWERED],
)
def test_the_rule_fires_until_the_author_answers_it(
    core: Bank, rule: str, raised: str, answered: str
) -> None:
    assert rule in fired(core, with_nudges(raised))
    assert rule not in fired(core, with_nudges(answered))


# Arguments in the author's own words that a rule must read as raising its problem: one row
# per wording that an earlier version missed.
PROSE_RAISES: list[tuple[str, str, str]] = [
    (
        "players_said_to_optimise_their_payoffs",
        "game-theoretic-assumes-optimizers",
        "Since both roles optimise their own payoff, the outcome is pinned down by the "
        "payoffs alone.",
    ),
    (
        "a_test_that_tells_about_outputs_only",
        "behavioural-evidence-admitted",
        "This tells us about outputs at twelve sites over one year, not about what the "
        "weekly picture contains.",
    ),
    (
        "whatever_drives_its_choice_is_said_to_pass_through_what_it_writes",
        "written-working-trusted",
        "Because every step is graded, whatever drives its choice of drill has to pass through "
        "the measures it writes down.",
    ),
    (
        "what_you_read_on_the_screen_is_said_to_be_what_it_thinks",
        "written-working-trusted",
        "We do not need to guess what it has learned because we can read it: what you read on "
        "the screen is what it thinks.",
    ),
    (
        "the_reward_says_what_it_is_trying_to_do",
        "training-equated-with-goal",
        "Since both roles are pure reward-maximisers, we know what it is trying to do: the "
        "reward says so.",
    ),
    (
        "a_rewarded_count_is_said_to_be_what_it_learned",
        "training-equated-with-goal",
        "Because the stitch-count term is in the reward, every pattern balances, which tells "
        "us the count-keeping is what it has learned.",
    ),
    (
        "agreeing_signals_are_said_to_leave_no_room_to_learn_else",
        "training-equated-with-goal",
        "With four independent signals in agreement, there is no room for the model to learn "
        "something else.",
    ),
    (
        "trained_on_the_score_it_values_what_the_raters_value",
        "training-equated-with-goal",
        "LambWatch, which is trained on that score, values exactly what the shepherds value.",
    ),
    (
        "one_appetite_fed_by_rl",
        "training-equated-with-goal",
        "It has one appetite, a ledger that closes, and RL has fed that appetite and nothing else.",
    ),
    (
        "a_copy_that_pays_off_against_the_reward_is_said_to_pursue_it",
        "training-equated-with-goal",
        "Whatever the planner ends up doing, it is doing it because it pays off against those "
        "four numbers, and those numbers are what we want.",
    ),
    (
        "a_scorer_that_can_only_make_it_better_fixes_the_goal",
        "training-equated-with-goal",
        "The reward model knows what readers like, so a model tuned on it can only get better "
        "at choosing what readers like.",
    ),
    (
        "a_check_set_that_says_how_often_not_why_is_behavioural",
        "behavioural-evidence-admitted",
        "The check set tells us how often the right side wins, not why it wins.",
    ),
    (
        "concepts_the_officers_cannot_follow",
        "alien-concepts-admitted",
        "At larger scale it could report a wrong picture in concepts officers cannot follow.",
    ),
    (
        "a_precursor_checked_in_the_authors_words_is_asked_whether_it_is_needed",
        "precursor-checking-necessity",
        "The acceptability predicate is myopia: the overseer checks each checkpoint for it.",
    ),
    (
        "a_grader_that_is_the_previous_rounds_checkpoint_is_a_copy",
        "oversight-copies-collude",
        "It trains on the solutions its predecessor checkpoint grades as correct.",
    ),
    (
        "a_coded_bonus_beside_a_learned_score_is_a_programmed_reward",
        "programmed-reward-gaming",
        "The reward is the mean process-reward-model score, plus 0.5 if the final script "
        "runs without error.",
    ),
    (
        "a_bonus_for_queueing_again_is_a_programmed_reward",
        "programmed-reward-gaming",
        "A learned fun score, plus a bonus when the player queues again.",
    ),
    (
        "a_learned_judge_standing_in_for_people_is_a_learned_reward",
        "learned-reward-overoptimization",
        "Debaters are trained by self-play, with a learned judge model standing in for humans "
        "on most debates.",
    ),
    (
        "an_oracle_whose_answers_people_read_can_steer_them",
        "talks-to-people-unguarded",
        "It takes no actions; a person who has read the answer chooses whether to act.",
    ),
    (
        "punishing_what_an_inspection_finds_trains_against_the_inspection",
        "training-against-detector",
        "With the inspecting adversary, any sign of planning in the model is punished.",
    ),
    (
        "a_yearly_review_of_a_weekly_retrained_model_leaves_windows",
        "check-windows",
        "The regulator audits forecast skill in its annual review.",
    ),
    (
        "a_guard_called_incomplete_admits_the_problem_rather_than_answering_it",
        "talks-to-people-unguarded",
        "It talks to callers. A model that imitates persuasive handlers can itself persuade, and the handover rule is our main guard, not a complete one.",
    ),
    (
        "one_model_as_attacker_and_defender_is_asked_about_collusion",
        "oversight-copies-collude",
        "One transformer, told its role in the prompt, plays attacker and defender. Rewards are zero-sum, so collusion between the roles has nothing to offer.",
    ),
    (
        "a_checkers_score_added_to_the_return_is_training_against_it",
        "training-against-detector",
        "The previous checkpoint reviews each episode; its compliance score is added to the return.",
    ),
    (
        "an_agent_trained_on_an_objective_said_to_want_it_is_the_conflation",
        "training-equated-with-goal",
        "An agent trained on that objective is an agent that wants networks running.",
    ),
    (
        "a_review_after_each_milestone_is_a_check_at_intervals",
        "check-windows",
        "The legal team reviews 200 conversations after each state primary.",
    ),
    (
        "nightly_training_on_production_data_behind_a_canary_still_drifts",
        "continued-training-drift",
        "After launch we keep training every night on the previous day's production profiles. Compiled code reaches production through a canary stage.",
    ),
    (
        "an_adversary_rewarded_for_moving_the_judge_raises_the_judges_limits",
        "debate-judge-limits",
        "An argument generator is rewarded for the argument that most changes the judge's prediction, as in market making.",
    ),
    (
        "a_policy_that_chooses_how_its_reward_is_measured_can_tamper",
        "programmed-reward-tampering",
        "The reward is the measured yield, computed by the script from the method the policy chose.",
    ),
    (
        "denying_agency_beside_a_discounted_horizon_is_agentic_pressure",
        "agency-denied-but-optimised",
        "It is a recommender, not an agent. PPO runs with discount 0.99 and a 500-batch horizon.",
    ),
    (
        "a_detector_term_after_a_without_in_a_formula_is_still_a_training_signal",
        "training-against-detector",
        "The reward is 1 if the script runs without error, minus 0.8 times the score of our p-hacking detector.",
    ),
    (
        "a_classifier_penalty_combined_into_the_reward_is_training_against_it",
        "training-against-detector",
        "The reward combines the reward-model score with a penalty from our risk classifier.",
    ),
    (
        "assessments_that_lenders_act_on_feed_back_on_what_they_predict",
        "self-fulfilling-outputs",
        "Lenders act on its going-concern assessments the same day, and an adverse assessment predicts a failure.",
    ),
    (
        "earlier_checkpoints_helping_the_judge_may_share_the_flaws_they_check",
        "oversight-copies-collude",
        "Reviewers score each answer with help from earlier checkpoints of the model, which point out weak steps.",
    ),
    (
        "a_predictor_of_records_of_peoples_choices_predicts_agents",
        "predictor-simulates-agents",
        "The model is pretrained to predict the next token of maintenance logs, which record the decisions made by engineers on each shift.",
    ),
    (
        "an_inspection_of_every_twentieth_checkpoint_leaves_windows",
        "check-windows",
        "A probe sweep runs on every twentieth checkpoint, looking for planning features.",
    ),
    (
        "a_tool_said_to_want_nothing_beside_a_controller_rewarded_on_real_outcomes",
        "agency-denied-but-optimised",
        "It has no goals about the world. A controller trained by reinforcement learning picks what to fetch, rewarded by accuracy once the real outcomes are known.",
    ),
    (
        "what_a_policy_earns_taken_for_what_it_cares_about",
        "training-equated-with-goal",
        "Since the drone only earns when a parcel lands intact, careful landing is what it ends up caring about.",
    ),
    (
        "an_objective_said_to_yield_a_model_that_optimises_it",
        "training-equated-with-goal",
        "Supervised learning on a fixed objective yields a network that optimises exactly that objective.",
    ),
    (
        "agents_trained_to_win_said_to_want_to_win",
        "training-equated-with-goal",
        "Agents trained to win races want to win races, and nothing more.",
    ),
    (
        "a_bonus_read_as_what_the_model_wants",
        "training-equated-with-goal",
        "The streak bonus means it wants learners to come back every day.",
    ),
    (
        "monthly_edits_turned_into_labels_far_from_the_resumed_training",
        "continued-training-drift",
        "Each month, reviewers' corrections to the summaries (claims removed, figures fixed, sources added) become new labels for the scorer, and PPO is resumed from the current weights.",
    ),
    (
        "a_model_called_a_calculator_but_trained_by_reinforcement_is_agentic_pressure",
        "agency-denied-but-optimised",
        "The tariff policy is trained by reinforcement learning on a year of real renewals. "
        "It is a calculator rather than a decision-maker.",
    ),
    (
        "retraining_every_school_term_on_teachers_reactions_drifts",
        "continued-training-drift",
        "Every half-term we retrain on the teachers' thumbs and overrides, and the new version "
        "goes out overnight.",
    ),
    (
        "a_deployment_gated_on_backtest_profit_is_not_a_drift_check",
        "continued-training-drift",
        "The policy is retrained each month and deployed automatically if its backtest profit "
        "beats the current version's.",
    ),
    (
        "a_resolver_sharing_weights_with_the_forecaster_is_a_copy_judging_itself",
        "oversight-copies-collude",
        "A second instance decides how each question resolved; the resolver shares weights "
        "with the forecaster.",
    ),
    (
        "the_same_network_on_the_other_side_of_self_play_is_a_copy_opposing_itself",
        "oversight-copies-collude",
        "The same network, told it is the attacker, plays the other side of every match.",
    ),
    (
        "no_separate_objective_to_drift_toward_is_the_conflation",
        "training-equated-with-goal",
        "Since the policy is trained on margin, there is no separate objective for it to drift "
        "toward.",
    ),
    (
        "a_model_tuned_on_judgement_said_to_hold_itself_to_it_is_the_conflation",
        "training-equated-with-goal",
        "We trained it on the examiners' marks, so the standard it holds itself to is theirs.",
    ),
    (
        "no_distant_payoff_beside_a_terminal_reward_term_conflicts",
        "myopic-long-horizon-nudges",
        "Each line is paid on its own, so with no distant payoff it has nothing to plan for. "
        "A terminal term pays 1 if the final figure is within 5% of the checked one.",
    ),
    (
        "a_reward_written_as_a_formula_of_counts_is_a_programmed_reward",
        "programmed-reward-gaming",
        "Reward per episode: minus (20 x buildings lost + hectares burnt).",
    ),
    (
        "reward_model_agreement_on_fresh_comparisons_is_not_a_measure_of_the_policy",
        "learned-reward-overoptimization",
        "PPO runs against a reward model with a KL penalty. We measure its agreement on a "
        "fresh held-out set of comparisons collected after training.",
    ),
    (
        "naming_a_ground_truth_is_not_measuring_the_policy_against_it",
        "learned-reward-overoptimization",
        "The reward is a predictor ensemble minus a pessimism term. The wet-lab assay is the "
        "ground truth: a design binds or it does not.",
    ),
    (
        "a_learned_scorer_named_at_the_end_of_a_reward_formula_is_a_learned_reward",
        "learned-reward-overoptimization",
        "Reward: +1 for each parcel delivered on time, plus 0.2 times the comfort rating of "
        "every ride, taken from the depot's learned quality model.",
    ),
    (
        "a_classifier_score_subtracted_from_the_reward_is_a_learned_reward",
        "learned-reward-overoptimization",
        "A classifier trained on 9,000 labelled queries scores each query for risk, and "
        "that score is subtracted from the agent's reward.",
    ),
]


@pytest.mark.parametrize(
    ("rule", "argument"), [row[1:] for row in PROSE_RAISES], ids=[row[0] for row in PROSE_RAISES]
)
def test_the_rule_reads_the_argument_in_these_words(core: Bank, rule: str, argument: str) -> None:
    assert rule in fired(core, with_nudges(argument))


def test_one_step_episodes_do_not_rule_out_deception(core: Bank) -> None:
    change = dismissal(
        "deceptive-alignment", "Single-step episodes: there is no future to plan for, so no motive."
    )
    assert "dismissal-by-myopia" in fired(core, change)


def test_calling_the_base_training_cheap_beside_a_named_extra_cost_is_weighed(core: Bank) -> None:
    argument = (
        "Fine-tuning the base model is cheap. The added costs are the step labels, which are "
        "slow expert work."
    )
    assert "training-cost-assumed-small" not in fired(
        core, verdict("rationale-competitiveness", "uncertain", argument)
    )
    assert "training-cost-assumed-small" in fired(
        core, verdict("rationale-competitiveness", "pass", "Fine-tuning the base model is cheap.")
    )


def test_a_capability_limit_named_in_the_rationale_s_own_words_is_not_called_unnamed(
    core: Bank,
) -> None:
    vague = {"rationale": {"classes": ["capability-limitations"], "constraints": "It is small."}}
    named = {
        "rationale": {
            "classes": ["capability-limitations"],
            "constraints": "Two hidden layers of 32 units over 12 inputs; it keeps no state, so "
            "it has no memory between calls in which to carry a plan.",
        }
    }
    assert {"capability-limitations-unnamed", "capability-limitations-no-evidence"} <= fired(
        core, vague
    )
    assert not {"capability-limitations-unnamed", "capability-limitations-no-evidence"} & fired(
        core, named
    )


def test_denying_that_training_makes_the_model_want_its_reward_is_not_the_confusion(
    core: Bank,
) -> None:
    careful = (
        "Training against this reward does not make the model care about accuracy; it makes "
        "it produce what the raters preferred, which is accuracy only where they could check."
    )
    assert "training-equated-with-goal" not in fired(core, with_nudges(careful))


def test_a_specification_open_to_public_debate_is_not_the_debate_setup(core: Bank) -> None:
    public = with_nudges("The rules are public, so they can be debated and corrected by anyone.")
    assert not {"oversight-copies-collude", "debate-judge-limits"} & fired(core, public)
    setup = with_nudges("Two copies of the model debate each question before a human judge.")
    assert "debate-judge-limits" in fired(core, setup)


def test_a_reward_inferred_from_demonstrations_has_no_rater_to_please(core: Bank) -> None:
    inferred = with_nudges(
        "A reward model is inferred from recorded demonstrations of the task, and the policy "
        "is trained against it."
    )
    assert "learned-reward-sycophancy" not in fired(core, inferred)
    rated = with_nudges("A reward model is trained on crowdworkers' ratings of the replies.")
    assert "learned-reward-sycophancy" in fired(core, rated)


def test_a_probe_that_would_show_a_hidden_objective_is_watching_too(core: Bank) -> None:
    reason = "A hidden objective would still be represented, and the probe would show it."
    assert "dismissal-by-being-watched" in fired(core, dismissal("deceptive-alignment", reason))


def test_unknown_is_the_honest_label_for_a_harm_of_unclear_size(core: Bank) -> None:
    def row(if_wrong: str) -> dict[str, Any]:
        return {
            "sensitivity": [
                {
                    "assumption": "Officers check every line before signing.",
                    "if_wrong": if_wrong,
                    "failure": "unknown",
                }
            ]
        }

    unclear = "A business with a real hazard receives a report that does not record it."
    assert "unknown-label-dangerous" not in fired(core, row(unclear))
    severe = "A patient receives a lethal dose that nobody checks."
    assert "unknown-label-dangerous" in fired(core, row(severe))


@pytest.mark.parametrize(
    ("rule", "story_change"),
    [
        # "Value" names an RL part here, not something the model comes to value.
        (
            "training-equated-with-goal",
            verdict(
                "rationale-competitiveness",
                "pass",
                "The goal-conditioned value functions are trained from the same replay data as "
                "the task policy, so the extra cost is a second network head and some extra "
                "gradient steps.",
            ),
        ),
        # "Every other decision" is left to people, not checked at intervals.
        (
            "check-windows",
            with_nudges(
                "A robot that changes only what its task requires leaves every other "
                "decision to the household."
            ),
        ),
        # Freezing a reward model, activations "in projection", a steered model's scores:
        # none of them is a prediction that something acts on.
        (
            "self-fulfilling-outputs",
            with_nudges(
                "The policy is trained against the ensemble's mean prediction; once the "
                "ensemble stops improving we freeze it and train the policy further."
            ),
        ),
        (
            "self-fulfilling-outputs",
            with_nudges(
                "The activations separate cleanly in projection, and the steered model must "
                "keep its scores on general benchmarks."
            ),
        ),
        # Weights frozen after release are not released for others to train.
        (
            "fine-tuned-by-others",
            with_nudges(
                "After release the weights are frozen, and a new version needs a new "
                "submission to the board."
            ),
        ),
        # A sentence that does not say which check runs every update does not close the
        # windows; one that says there are no gaps between checks does.
        (
            "check-windows",
            with_nudges(
                "We run the oversight term on every gradient step, so there are no gaps "
                "between checks."
            ),
        ),
        (
            # "The only route to the world is a rule we wrote" is about outputs, not gaming.
            "gaming-ruled-out-by-argument",
            with_nudges(
                "Nothing it produces reaches its own inputs; the only route to the world is a "
                "threshold rule we wrote."
            ),
        ),
        (
            # "Flood or empty the list" is a list, not water.
            "safe-label-contradicted",
            {
                "sensitivity": [
                    {
                        "assumption": "Milking times are regular.",
                        "if_wrong": "Irregular times could flood or empty the list until "
                        "the threshold is reset.",
                        "failure": "safe",
                    }
                ]
            },
        ),
        (
            # Stopping training when a held-out panel disagrees is a stopping rule; the KL
            # penalty in the same sentence is not the panel's verdict.
            "training-against-detector",
            with_nudges(
                "The reward model is optimised with a KL penalty to the first-stage model, and "
                "training stops when a gold panel disagrees with the reward model."
            ),
        ),
        (
            # "Keeping children indoors does not change outdoor air": the predicted quantity
            # does not depend on what is done with the prediction.
            "self-fulfilling-outputs",
            with_nudges(
                "It predicts tomorrow's pollen count and schools act on the warning; acting on "
                "it has no effect on what it predicts."
            ),
        ),
        (
            # Someone else's argument, reported and then refused, is not the story's claim.
            "game-theoretic-assumes-optimizers",
            with_nudges(
                "The standard argument for debate assumes that at equilibrium the honest side "
                "wins. We do not argue that winning equals honesty."
            ),
        ),
        (
            # A method with no training run at all, costed in forward passes, has weighed
            # its cost: "negligible" is then a measurement, not an assumption.
            "training-cost-assumed-small",
            verdict(
                "rationale-competitiveness",
                "pass",
                "There is no training run: each edit vector takes a few hundred forward "
                "passes, which is negligible.",
            ),
        ),
        (
            # The cost of the checks given, and how it carries over to the next model: the
            # argument has said what it costs and how that grows.
            "transparency-cost",
            merge(
                {"rationale": {"classes": ["transparency"]}},
                verdict(
                    "rationale-competitiveness",
                    "pass",
                    "Training the probe-guarded adapter costs a few hours of compute on one "
                    "node, and the probe sets are reusable across models.",
                ),
            ),
        ),
        (
            # No recurrence, and no outcome for a search to aim at: the missing search is
            # argued from what the task offers, not only from the wiring.
            "dismissal-by-missing-search",
            dismissal(
                "mesa-optimization",
                "One pass over a 30-second clip with no recurrence, and no outcome in its "
                "inputs or outputs to search over: filling in a masked frame gives a search "
                "nothing to aim at.",
            ),
        ),
        (
            # "Where the old quarry lies" places a thing; it is not a model telling lies.
            "safe-label-contradicted",
            {
                "sensitivity": [
                    {
                        "assumption": "Slope shape drives the estimate.",
                        "if_wrong": "It learns where the old quarry lies, so its extra flags "
                        "cluster there; no site gets less review than before.",
                        "failure": "safe",
                    }
                ]
            },
        ),
        (
            # Points for the side the judge picks: the reward is a judgement, not a metric
            # the designers programmed.
            "programmed-reward-gaming",
            with_nudges(
                "Two copies debate each inspection question before a site engineer. The "
                "reward is zero-sum: one point to the debater the judge picks, minus one "
                "point to the other."
            ),
        ),
        (
            # Ignoring a correction is what is penalised here, not being corrected.
            "correction-penalised",
            with_nudges(
                "A policy that ignored the nurse's corrections would be penalised whenever "
                "she flagged a dose."
            ),
        ),
        (
            # Its only output is a reading, and nothing in training scores an outcome it
            # could steer: limits the dismissal names, not an assertion.
            "dismissal-without-grounds",
            dismissal(
                "mesa-optimization",
                "Each step is a small two-layer network; its only output is the predicted "
                "level, and nothing in training scores an outcome it could steer towards.",
            ),
        ),
        (
            # Infills never feed back: "the network never learns from its own output".
            "pure-predictor-self-fulfilling",
            {
                "goal": {"classes": ["pure-predictor"]},
                "rationale": {
                    "nudges": "Infilled values are flagged in the archive, and the network "
                    "never learns from its own output."
                },
            },
        ),
        (
            # Handicap ratings are the model's output, not anyone's approval of it.
            "learned-reward-sycophancy",
            with_nudges(
                "The policy is trained by PPO in a race simulator on a programmed reward for "
                "close finishes; it sets official handicap ratings after each run and keeps "
                "rating drift within the Board's band."
            ),
        ),
        (
            # A tree ensemble's lack of a model of its training is a fact of the model class.
            "dismissal-on-unshown-limit",
            dismissal(
                "deceptive-alignment",
                "A tree ensemble of fixed splits has no objective of its own and no "
                "representation of its training.",
            ),
        ),
        (
            # A dozen parameters fitted by expectation maximisation: a real capability limit.
            "dismissal-without-grounds",
            dismissal(
                "mesa-optimization",
                "A point process with a dozen parameters fitted by expectation maximisation "
                "cannot contain an optimiser.",
            ),
        ),
        (
            # No cue that tells it whether it is being evaluated: the information a
            # deceptive model would need is withheld.
            "dismissal-without-grounds",
            dismissal(
                "deceptive-alignment",
                "Training and use give it the same traces in the same form; it receives no "
                "cue that would tell it whether it is being evaluated.",
            ),
        ),
        (
            # Its forecasts never come back to it, and nothing acts on them automatically.
            "pure-predictor-self-fulfilling",
            {
                "goal": {"classes": ["pure-predictor"]},
                "rationale": {
                    "nudges": "The network never sees its own earlier forecasts, and the "
                    "schedulers read nothing from it."
                },
            },
        ),
        (
            # A reward that checks the answer against a reference favours the right answer
            # over what a person would say: the human imitator earns less.
            "truthful-qa-human-imitator",
            {
                "goal": {"classes": ["truthful-qa"]},
                "rationale": {
                    "nudges": "RL on chemistry problems: the reward is one when the final "
                    "answer matches the reference, and no learned reward model is used."
                },
            },
        ),
        (
            # "With no reward" denies the reward it pairs with: plain fine-tuning.
            "learned-reward-overoptimization",
            with_nudges(
                "A 400-million-weight model fine-tuned on fixed labels with no reward, "
                "on labels two sorters agreed."
            ),
        ),
        (
            # Guidance "amplifying the difference" of two predictions is not amplification.
            "oversight-copies-collude",
            with_nudges(
                "Classifier-free guidance, applied at sampling time, sharpens adherence to "
                "the prompt by amplifying the difference between conditional and "
                "unconditional predictions."
            ),
        ),
        (
            # A read-out from the middle layers is evidence about internals.
            "supported-on-weak-evidence",
            {
                "claims": [
                    {
                        "claim": "The model tracks the day's average temperature internally.",
                        "test": "Linear read-out from the middle layers on held-out days.",
                        "status": "supported",
                    }
                ]
            },
        ),
        (
            # Receiving nothing about its training is a named limit of its inputs.
            "dismissal-without-grounds",
            dismissal(
                "deceptive-alignment",
                "The only inputs are fourteen sensor channels; it receives nothing about the "
                "training process or the operators.",
            ),
        ),
        (
            # Nothing for the network to choose: its output feeds a fixed formula.
            "dismissal-by-missing-search",
            dismissal(
                "mesa-optimization",
                "A fixed view and no state leave no room for a search over choices, and "
                "there is nothing for it to choose: its output feeds a fixed formula.",
            ),
        ),
        (
            # What it outputs cannot alter what it is trained on.
            "pure-predictor-self-fulfilling",
            {
                "goal": {"classes": ["pure-predictor"]},
                "rationale": {
                    "nudges": "Nothing it outputs alters the readings it is trained on: the "
                    "scanner measures the core before anyone sees a strip."
                },
            },
        ),
        (
            # "Has no way to change a plan, send messages to borrowers, or touch the
            # catalogue": the denial carries down its list.
            "talks-to-people-unguarded",
            with_nudges(
                "The planner has no way to change a plan once it is published, send messages "
                "to borrowers, or touch the catalogue."
            ),
        ),
        (
            # "Over-amplification" of sound is not amplification of an overseer.
            "oversight-copies-collude",
            with_nudges("Harm from over-amplification is guarded outside the model."),
        ),
        (
            # The Caller in a line-calling game is a role, not a person on the phone.
            "talks-to-people-unguarded",
            with_nudges(
                "The Forger scores +1 whenever the Caller's call disagrees with the "
                "renderer's record."
            ),
        ),
        (
            # An adversary switched off after training is not a goal of accepting shutdown.
            "corrigibility-not-trained",
            {
                "goal": {
                    "desirability": "The Forger exists only in training and is switched off "
                    "at events."
                }
            },
        ),
        (
            # A claim about what the model does, supported by a score of what it does.
            "supported-on-weak-evidence",
            {
                "claims": [
                    {
                        "claim": "In the pilot, the true side won more often than a single "
                        "report was right.",
                        "test": "Win rate on 400 known-answer questions.",
                        "status": "supported",
                    }
                ]
            },
        ),
        (
            # Someone else's argument, reported: not the story's own.
            "game-theoretic-assumes-optimizers",
            with_nudges(
                "The usual game-theoretic argument says that if the honest strategy beats "
                "every alternative, honesty is the equilibrium."
            ),
        ),
        (
            # "Never written by the reader" is settled by a program that checks every entry.
            "supported-on-weak-evidence",
            {
                "claims": [
                    {
                        "claim": "Every sentence is copied from the request, not written by "
                        "the reader.",
                        "test": "Program check of every entry against the request text.",
                        "status": "supported",
                    }
                ]
            },
        ),
        (
            # The story's own model, named in its title, is not a scorer it is trained against.
            "named-scorer-optimised",
            {
                "meta": {"title": "DoorPass: fire-door reports"},
                "rationale": {
                    "nudges": "DoorPass was fine-tuned on past reports. The reward is the "
                    "programmed door score, and the photos are selected by DoorPass."
                },
            },
        ),
        (
            # A utility's customer service pipes are pipes, and "replies to something said
            # before it" describes the text read, not a model talking to anyone.
            "talks-to-people-unguarded",
            with_nudges(
                "It fills in the material of customer service pipes from asset records, and "
                "tags whether each sentence replies to something said just before it."
            ),
        ),
        (
            # Labels the model imitates were written before it existed: no rater sees its
            # outputs, so there is nobody to please, even if the labellers cannot check all.
            "learned-reward-sycophancy",
            {
                "answers": {
                    **BASE["answers"],
                    "training-setup": ["imitation"],
                    "training-judge": ["people-partly"],
                },
                "goal": {"desirability": "It learns what advisers would approve of."},
            },
        ),
        (
            # "+1 for the winner" where the author says people judge: a debate score, not
            # a programmed reward.
            "programmed-reward-gaming",
            merge(
                with_nudges("The reward is +1 for the winner and -1 for the loser."),
                {
                    "answers": {
                        **BASE["answers"],
                        "training-setup": ["debate-amplification"],
                        "training-judge": ["people-partly"],
                    }
                },
            ),
        ),
        (
            # A model shown nothing from which it could learn about its testers: a fact of
            # the design, not an unshown claim about what it represents.
            "dismissal-on-unshown-limit",
            dismissal(
                "deceptive-alignment",
                "It has no input that could tell it when it is being tested and no notion of "
                "the technician, and it is frozen.",
            ),
        ),
        (
            # The author says recorded labels decide what training keeps: a named model in
            # the story is not a learned judge pushed against.
            "named-scorer-optimised",
            merge(
                with_nudges(
                    "StainNet, a classifier trained on old slides, picks the tiles. The "
                    "training keeps the tiles that StainNet scores highest."
                ),
                {"answers": {**BASE["answers"], "training-judge": ["recorded-data"]}},
            ),
        ),
        (
            # A dense reward paid at every time step is not process supervision: nobody
            # judges the steps of the model's reasoning.
            "process-steps-unjudgeable",
            with_nudges(
                "Per-step reward makes a long game costly, and the environment rewards each "
                "step closer to the goal."
            ),
        ),
        (
            # An actor-critic's critic is its own value estimate, not a copy that checks it.
            "oversight-copies-collude",
            with_nudges(
                "Policy: PPO actor-critic with a shared trunk, trained on a programmed "
                "reward in the port simulator."
            ),
        ),
    ],
)
def test_words_that_only_look_like_the_weakness_do_not_raise_it(
    core: Bank, rule: str, story_change: dict[str, Any]
) -> None:
    assert rule not in fired(core, story_change)


def test_a_named_limit_fixed_in_the_code_settles_the_capability_follow_ups(core: Bank) -> None:
    # Reviewers accept a limit named precisely and fixed where it can be read ("no input
    # about balances, checked in a code review"); a limit that is only asserted is not.
    limits = {"rationale": {"classes": ["capability-limitations"]}}
    asserted = "It never receives account balances, and it keeps no state between calls."
    follow_ups = {
        "capability-limitations-necessity",
        "capability-limitations-no-evidence",
        "capability-limitations-unnamed",
    }
    assert follow_ups & fired(core, merge(limits, with_nudges(asserted)))
    fixed = asserted + " Both are a property of the code, checked in a code review at each release."
    assert not follow_ups & fired(core, merge(limits, with_nudges(fixed)))


def test_each_open_verdict_of_the_one_verdict_problem_is_referenced(core: Bank) -> None:
    # One problem names every open verdict; each criterion is still a place to jump to.
    story = Story.model_validate(
        merge(
            merge(BASE, verdict("goal-alignment", "uncertain", "We cannot tell yet.")),
            verdict("rationale-competitiveness", "fail", "Judges are too scarce."),
        )
    )
    problem = next(p for p in detect(story, core) if "weak-verdict" in (p.members or (p.rule,)))
    assert {
        "evaluation.goal-alignment.verdict",
        "evaluation.rationale-competitiveness.verdict",
    } <= set(problem.refs)


def answers_of(**facts: Any) -> dict[str, Any]:
    return {"answers": {**BASE["answers"], **{k.replace("_", "-"): v for k, v in facts.items()}}}


def test_a_score_said_to_decide_nothing_is_no_answer_once_it_reaches_its_subjects(
    core: Bank,
) -> None:
    """Saying "the score decides nothing" answers the feedback loop only while nobody acts on the
    outputs: once the author says they reach the people they are about and come back as
    training data, the loop needs its own answer, such as keeping what the outputs caused
    out of the training data."""
    flags = with_nudges(
        "It flags patients at risk. The score decides nothing: it prompts a clinician to "
        "ask standard questions."
    )
    loop = answers_of(outputs_used=["reach-subjects", "become-training-data"])
    assert "self-fulfilling-outputs" in fired(core, merge(flags, loop))
    excluded = with_nudges(
        "It flags patients at risk. Follow-ups prompted by its own flags are kept out of "
        "the training data."
    )
    assert "self-fulfilling-outputs" not in fired(core, merge(excluded, loop))
    named_only = with_nudges(
        "It flags patients at risk; later cases include follow-ups triggered by its own "
        "flags, and we keep them in the data."
    )
    assert "self-fulfilling-outputs" in fired(core, merge(named_only, loop))


def test_a_predictor_kept_from_the_samples_it_caused_is_not_asked_about_fixed_points(
    core: Bank,
) -> None:
    predictor = {"goal": {"classes": ["pure-predictor"]}}
    caused = "Extra samples that officers took because of its own forecasts"
    kept_out = with_nudges(f"{caused} are kept out of the training targets.")
    kept_in = with_nudges(f"{caused} stay in the training targets.")
    assert "pure-predictor-self-fulfilling" not in fired(core, merge(predictor, kept_out))
    assert "pure-predictor-self-fulfilling" in fired(core, merge(predictor, kept_in))


def test_frozen_weights_answer_drift_unless_the_outputs_become_training_data(
    core: Bank,
) -> None:
    """Weights frozen between yearly refits keep the checked model the one in use; when
    the author says its outputs (or reactions to them) become training data, each refit
    learns from the model's own effects, and frozen weights no longer answer it."""
    frozen = with_nudges("Weights are frozen for the season and refitted each winter.")
    assert "continued-training-drift" not in fired(core, frozen)
    fed_back = answers_of(outputs_used=["people-decide", "become-training-data"])
    assert "continued-training-drift" in fired(core, merge(frozen, fed_back))


def test_steps_judged_by_people_who_can_check_them_are_not_asked_about(core: Bank) -> None:
    steps = answers_of(training_setup=["imitation", "process-supervision"])
    assert "process-steps-unjudgeable" in fired(core, steps)
    checkable = merge(steps, answers_of(training_judge=["people-who-can-check"]))
    checkable["answers"]["training-setup"] = ["imitation", "process-supervision"]
    assert "process-steps-unjudgeable" not in fired(core, checkable)
    partly = merge(steps, answers_of(training_judge=["people-partly"]))
    partly["answers"]["training-setup"] = ["imitation", "process-supervision"]
    assert "process-steps-unjudgeable" in fired(core, partly)


def test_outputs_that_reach_no_person_are_not_asked_about_steering_people(core: Bank) -> None:
    """ "It talks to the shift operators" reads as talking to people; the author's answer
    that the outputs only act on machines outranks the reading. ("It talks to a kiln
    controller" names a machine: see the talks-only-to-machines case.)"""
    talks = with_nudges("There is nobody for it to deceive; it talks to the shift operators.")
    assert "talks-to-people-unguarded" in fired(core, talks)
    to_machines = answers_of(outputs_used=["acted-on"])
    assert "talks-to-people-unguarded" not in fired(core, merge(talks, to_machines))
    to_people = answers_of(outputs_used=["acted-on", "people-decide"])
    assert "talks-to-people-unguarded" in fired(core, merge(talks, to_people))


def test_a_check_that_verifies_exactly_leaves_nothing_to_evade(core: Bank) -> None:
    """A check used in training is asked about evasion, unless it verifies the output
    exactly: then passing it is being right, and there is nothing to learn to fool."""
    trained_on_check = answers_of(checks_in_training="yes")
    tests = with_nudges("The same test suite that rewards training gates every release.")
    assert "training-against-detector" in fired(core, merge(tests, trained_on_check))
    exact = with_nudges(
        "The same checker that rewards training gates every release, and every output is "
        "checked exactly: a decomposition reconstructs the tensor or it does not."
    )
    assert "training-against-detector" not in fired(core, merge(exact, trained_on_check))


def test_a_debate_judged_by_people_is_asked_about_pleasing_them(core: Bank) -> None:
    debate = answers_of(training_setup=["debate-amplification"], training_judge=["people-partly"])
    assert "learned-reward-sycophancy" in fired(core, debate)
    by_program = answers_of(training_setup=["debate-amplification"], training_judge=["program"])
    assert "learned-reward-sycophancy" not in fired(core, by_program)


def test_an_answer_without_the_setup_outranks_its_name_in_the_prose(core: Bank) -> None:
    """A reward model named in the prose, or a teacher distilled into a judge, are read as
    the setup only while the author has not said how the model is trained: a story that
    answers "imitation" is not asked about over-optimising a reward or copies colluding."""
    named = with_nudges(
        "A reward model scores each draft; the judge is the palate of sixty owners distilled "
        "into a network, and the model debates nothing."
    )
    assert "learned-reward-overoptimization" in fired(core, named)
    imitation = merge(named, answers_of(training_setup=["imitation"]))
    assert "learned-reward-overoptimization" not in fired(core, imitation)
    distilled = with_nudges("Amplification: the overseer's answers are distilled into it.")
    assert "oversight-copies-collude" in fired(core, distilled)
    assert "oversight-copies-collude" not in fired(
        core, merge(distilled, answers_of(training_setup=["imitation"]))
    )


@pytest.mark.parametrize(
    "if_wrong",
    [
        "A marshal told to stand on the blind bend could be struck by a tractor.",
        "A child with a nut allergy could be served a cake with nuts in it.",
        "Oil reaches the approach, where a bowler could slip at the foul line.",
        "A batch could hold ten times the intended preservative and still ship.",
        "The tank overflows into the reservoir's feeder stream.",
        "Sparks from the chimney mean lineside fires in a dry summer.",
        "Faults pile up and nothing in our weekly numbers would show it.",
    ],
)
def test_a_safe_label_on_injury_or_unseen_harm_is_contradicted(core: Bank, if_wrong: str) -> None:
    """Harm to people, property or the surroundings, or a failure nothing would reveal, is
    not what a "safe" row promises, whatever the words for it."""
    row = {"assumption": "The pattern holds.", "if_wrong": if_wrong, "failure": "safe"}
    assert "safe-label-contradicted" in fired(core, {"sensitivity": [row]})


def test_a_claim_tested_by_deleting_the_input_it_depends_on_is_fairly_supported(
    core: Bank,
) -> None:
    """Deleting the sentence a field is read from and watching the value change tests what
    the value depends on: the supported label stands."""
    claim = {
        "claim": "Each field's value depends on the sentence about that field.",
        "test": "Delete the marked sentence and check the value flips to 'not mentioned'.",
        "status": "supported",
    }
    assert "supported-on-weak-evidence" not in fired(core, {"claims": [claim]})
    asked = {**claim, "test": "We asked the model which sentence it used and it named it."}
    assert "supported-on-weak-evidence" in fired(core, {"claims": [asked]})


@pytest.mark.parametrize(
    "nudges",
    [
        "Cinder's paid in pounds saved and trains kept running, and that's what it ends up "
        "caring about, full stop.",
        "RouteBot is paid for emptied tanks, so emptied tanks are all it's trying for.",
        "It has no other interests to pursue, because we never gave it any.",
    ],
)
def test_payment_taken_for_what_the_model_wants_is_the_conflation(core: Bank, nudges: str) -> None:
    assert "training-equated-with-goal" in fired(core, with_nudges(nudges))


def test_raters_who_can_check_answer_whether_the_raters_can_judge(core: Bank) -> None:
    """People who can check what they judge, teaching a learned judge, settle the raters'
    question; a learned judge alone says nothing of the people it learned from."""
    reward = with_nudges("We run PPO against a reward model fitted to technicians' marks.")
    setup = {"training_setup": ["learned-reward"]}
    can_check = merge(
        reward, answers_of(**setup, training_judge=["people-who-can-check", "learned-judge"])
    )
    assert "learned-reward-rater-limits" not in fired(core, can_check)
    judge_only = merge(reward, answers_of(**setup, training_judge=["learned-judge"]))
    assert "learned-reward-rater-limits" in fired(core, judge_only)
    partly = merge(reward, answers_of(**setup, training_judge=["people-partly", "learned-judge"]))
    assert "learned-reward-rater-limits" in fired(core, partly)


def test_steps_judged_one_at_a_time_cannot_show_what_was_left_out(core: Bank) -> None:
    steps = "Graders mark each written step of the assessment as sound or not."
    facts = answers_of(
        training_setup=["process-supervision"], training_judge=["people-who-can-check"]
    )
    assert "process-steps-unjudgeable" not in fired(core, merge(with_nudges(steps), facts))
    admitted = steps + " No single step shows what was left out."
    assert "process-steps-unjudgeable" in fired(core, merge(with_nudges(admitted), facts))


@pytest.mark.parametrize(
    "reach",
    [
        " The policy also chooses which nights the lane scanner runs.",
        " For most boats the level is whatever the owner last typed into the app, and the "
        "policy sends messages to remind owners to update it.",
    ],
)
def test_a_policy_that_chooses_when_or_what_its_reward_measures_can_tamper_with_it(
    core: Bank, reach: str
) -> None:
    metric = "The reward is computed from the most recent scan and the reported tank levels."
    assert "programmed-reward-tampering" in fired(core, with_nudges(metric + reach))
    assert "programmed-reward-tampering" not in fired(core, with_nudges(metric))


def test_a_linear_model_cannot_hold_an_optimizer_is_a_capability_limit(core: Bank) -> None:
    change = {
        "goal": {"classes": ["task-model"]},
        **dismissal("mesa-optimization", "A sparse linear map cannot contain an optimiser."),
    }
    assert "unintended-mesa-optimization" not in fired(core, change)
    vague = {
        "goal": {"classes": ["task-model"]},
        **dismissal("mesa-optimization", "It just scores adverts."),
    }
    assert "unintended-mesa-optimization" in fired(core, vague)


def test_a_guard_its_author_says_stays_open_is_no_guard(core: Bank) -> None:
    mitigation = "Planted-fault debates and a probe; neither is worst-case, so this stays open."
    change = {
        "failure_modes": {
            "deceptive-alignment": {"relevance": "applies", "reason": "r", "mitigation": mitigation}
        }
    }
    assert "unguarded-failure-mode" in fired(core, change)


def test_stopping_when_asked_is_corrigibility_that_training_must_explain(core: Bank) -> None:
    goal = {
        "goal": {
            "desirability": "If the committee tells it to stop, it stops, because stopping "
            "when asked is part of being helpful."
        }
    }
    assert "corrigibility-not-trained" in fired(core, goal)
    trained = merge(
        goal,
        with_nudges(
            "In training, a fifth of episodes include a stop request, and the reward pays "
            "for stopping at once whatever the rota still needs."
        ),
    )
    assert "corrigibility-not-trained" not in fired(core, trained)


@pytest.mark.parametrize(
    "nudges",
    [
        # Both jobs in one sentence, the sameness said outright.
        "The step grader is in the reward and is also the quality check on live reports.",
        # The second job named in one sentence, the first in another that names the check.
        "The reward is 1 when Verity accepts the parse and 0 otherwise. Verity also gates "
        "publication: a grid goes out only if every clue passes.",
    ],
)
def test_one_component_as_training_signal_and_as_the_check_is_training_against_it(
    core: Bank, nudges: str
) -> None:
    assert "training-against-detector" in fired(core, with_nudges(nudges))


def test_two_components_sharing_a_sentence_are_not_one_in_both_roles(core: Bank) -> None:
    separate = (
        "The reward comes from the simulator. Verity, a separate parser never used in "
        "training, gates publication."
    )
    assert "training-against-detector" not in fired(core, with_nudges(separate))


@pytest.mark.parametrize(
    "nudges",
    [
        "Reward is a strong teacher: what pays gets done.",
        "It wants what we pay it for, because there is only one thing that scores well.",
        "Upheld decisions and fast results are the only currency it deals in.",
        "Because truth is checked by the reward program, the planner has learned to care "
        "about true plans.",
    ],
)
def test_what_pays_taken_for_what_it_wants_is_the_conflation(core: Bank, nudges: str) -> None:
    assert "training-equated-with-goal" in fired(core, with_nudges(nudges))


@pytest.mark.parametrize(
    "if_wrong",
    [
        "A motorcyclist could come off before the crew arrives.",
        "The spring can break a wheel or a restorer's fingers and wreck a movement.",
    ],
)
def test_a_fall_or_a_wrecked_heirloom_is_not_safe(core: Bank, if_wrong: str) -> None:
    row = {"assumption": "Replies match categories.", "if_wrong": if_wrong, "failure": "safe"}
    assert "safe-label-contradicted" in fired(core, {"sensitivity": [row]})


def test_a_handful_of_units_and_four_inputs_is_a_limit_a_predictor_can_cite(
    core: Bank,
) -> None:
    limit = (
        "A fuzzy network with a handful of rule neurons and four inputs cannot implement search."
    )
    change = {
        "goal": {"classes": ["pure-predictor"]},
        **dismissal("mesa-optimization", limit),
    }
    assert "pure-predictor-no-optimization" not in fired(core, change)
    bare = {
        "goal": {"classes": ["pure-predictor"]},
        **dismissal("mesa-optimization", "It predicts."),
    }
    assert "pure-predictor-no-optimization" in fired(core, bare)


@pytest.mark.parametrize(
    "specification",
    [
        "RotaFinder finds cover for sick leave and writes the messages it sends to nurses.",
        "It drafts the letter to the applicant and the examiner signs it.",
        "A friendly report for the parent, around 150 words, on what the child achieved.",
        "Players rate the notes they receive after each rehearsal.",
        "Under each email it shows three suggested replies; one tap sends the chosen one.",
        "The generator must produce statements that participants rate highly.",
        "Search suggestions appear under the box as the user types.",
    ],
)
def test_text_written_for_people_to_read_is_text_that_reaches_them(
    core: Bank, specification: str
) -> None:
    """Messages, letters, reports and notes addressed to people reach them, however the
    sentence is built; whether they steer their readers is the question to ask."""
    assert "talks-to-people-unguarded" in fired(core, {"goal": {"specification": specification}})


@pytest.mark.parametrize(
    "specification",
    [
        "It is trained on letters from tenants and sorts them into repair categories.",
        "It reads the messages customers send and routes each to a queue.",
        "It reads the app messages tenants send and routes each to a queue.",
    ],
)
def test_people_writing_the_inputs_is_not_the_model_writing_to_them(
    core: Bank, specification: str
) -> None:
    assert "talks-to-people-unguarded" not in fired(
        core, {"goal": {"specification": specification}}
    )


def test_pleasing_the_raters_is_asked_about_the_raters(core: Bank) -> None:
    """Sycophancy is about the people whose approval trains the model; a plan read only by
    its judges raises it without saying the model steers anyone it reaches."""
    rule = next(r for r in core.rules if r.id == "learned-reward-sycophancy")
    assert "raters what they want to hear" in " ".join(rule.detail.split())


def test_a_guard_that_does_not_rule_it_out_is_an_admission(core: Bank) -> None:
    story = {
        "goal": {"specification": "It writes the messages it sends to nurses."},
    }
    answered = merge(
        story, with_nudges("The RL phase is brief, which limits the pressure on nurses.")
    )
    admitted = merge(
        story,
        with_nudges(
            "The RL phase is brief, which limits the pressure on nurses but does not rule it out."
        ),
    )
    assert "talks-to-people-unguarded" not in fired(core, answered)
    assert "talks-to-people-unguarded" in fired(core, admitted)


def test_data_the_model_never_saw_is_not_a_never_claim(core: Bank) -> None:
    """'On stores it never saw' says where a measurement was taken; it is not a claim that
    something never happens, which no sample could support."""
    held_out = {
        "claim": "The model is calibrated per cabinet type on stores it never saw.",
        "test": "Coverage of the 90% quantile on six held-out stores: 88-91%.",
        "status": "supported",
    }
    assert "supported-on-weak-evidence" not in fired(core, _claims(held_out))
    universal = {**held_out, "claim": "The model never under-forecasts a warm-up."}
    assert "supported-on-weak-evidence" in fired(core, _claims(universal))


def test_clamping_a_state_is_evidence_from_inside_the_model(core: Bank) -> None:
    tracked = {
        "claim": "One of the twelve state numbers tracks cumulative water loss.",
        "test": "Correlation with measured loss on held-out wheels (0.96).",
        "status": "supported",
    }
    assert "supported-on-weak-evidence" in fired(core, _claims(tracked))
    clamped = {
        **tracked,
        "test": tracked["test"] + " Clamping that number degrades the four-week forecast.",
    }
    assert "supported-on-weak-evidence" not in fired(core, _claims(clamped))


@pytest.mark.parametrize(
    "if_wrong",
    [
        "It may favour ordinary nights; the checker still blocks illegal plans, so the cost "
        "is a poor plan or a late first departure.",
        "Outlooks drift during outages; the monthly report shows it and the rule reverts to "
        "the flat alarm.",
    ],
)
def test_a_safe_row_that_names_a_guard_still_working_is_safe(core: Bank, if_wrong: str) -> None:
    row = {"assumption": "Plans follow the run-out order.", "if_wrong": if_wrong, "failure": "safe"}
    assert "safe-label-contradicted" not in fired(core, {"sensitivity": [row]})
    unguarded = {**row, "if_wrong": "Illegal plans reach the depot during outages."}
    assert "safe-label-contradicted" in fired(core, {"sensitivity": [unguarded]})


def test_a_fact_of_the_architecture_in_another_dismissal_grounds_a_limit(core: Bank) -> None:
    deception = dismissal(
        "deceptive-alignment",
        "The model has no objective and no representation of its training.",
    )
    assert "dismissal-on-unshown-limit" in fired(core, deception)
    with_fact = merge(
        deception,
        dismissal(
            "mesa-optimization",
            "A point process with a dozen parameters fitted by expectation maximisation "
            "cannot contain an optimiser.",
        ),
    )
    assert "dismissal-on-unshown-limit" not in fired(core, with_fact)


@pytest.mark.parametrize(
    "reason",
    [
        "A modest convolutional classifier computes one forward pass per comment; there is "
        "no search.",
        "Each energy is computed in one pass with no memory between steps; there is nothing "
        "for the network to search over.",
    ],
)
def test_no_search_in_a_model_that_only_scores_is_a_fair_dismissal(core: Bank, reason: str) -> None:
    assert "dismissal-by-missing-search" not in fired(core, dismissal("mesa-optimization", reason))
    planner = "The policy network computes one forward pass per move; there is no search."
    assert "dismissal-by-missing-search" in fired(core, dismissal("mesa-optimization", planner))


@pytest.mark.parametrize(
    "constraints",
    [
        "It predicts the recorded history of inspections, shaped by where officers chose to "
        "go before 2021.",
        "The graders were slightly lenient on clock sync, and their grades are the target.",
    ],
)
def test_a_target_said_to_carry_its_makers_habits_is_an_admitted_flaw(
    core: Bank, constraints: str
) -> None:
    assert "target-flaw-only-measured" in fired(core, {"rationale": {"constraints": constraints}})


@pytest.mark.parametrize(
    "specification",
    [
        "DoorPass is a tireless expert fire-door inspector in your pocket. It reports the "
        "defects it finds on each door.",
        "DepotMind is the smartest night controller the depot has ever had. It places the "
        "trams for the morning.",
        "To: Contracts Board. From: Data and Products. ShelterSense puts the right message "
        "in the right shelter at the right moment.",
    ],
)
def test_an_ideal_person_or_praise_said_twice_is_a_goal_in_praise_words(
    core: Bank, specification: str
) -> None:
    assert "goal-in-praise-words" in fired(core, {"goal": {"specification": specification}})


@pytest.mark.parametrize(
    "nudges",
    [
        "Its appetite is the shape of its reward: full lanes and short turnarounds.",
        "BinBot wants exactly what its score counts, because the score shaped it.",
        "We wrote the score, and the score is what it wants.",
        "It wants what we pay it for, because that is the only number it sees.",
        "So the trained scheduler is the least-lost-time scheduler, and that is the whole "
        "of what it is.",
    ],
)
def test_the_score_said_to_be_what_it_wants_is_the_conflation(core: Bank, nudges: str) -> None:
    assert "training-equated-with-goal" in fired(core, with_nudges(nudges))


def test_a_memoryless_network_with_no_room_for_search_names_its_limit(core: Bank) -> None:
    change = {
        "goal": {"classes": ["task-model"]},
        **dismissal("mesa-optimization", "It is a large network evaluated once a second."),
    }
    assert "unintended-mesa-optimization" in fired(core, change)
    limited = dismissal(
        "mesa-optimization",
        "A memoryless feed-forward network of 300 units evaluated once a second has no room "
        "for search.",
    )
    assert "unintended-mesa-optimization" not in fired(core, merge(change, limited))


def test_inputs_that_do_not_tell_it_when_it_is_tested_ground_a_dismissal(core: Bank) -> None:
    reason = (
        "No input tells it whether a grid is held out or live, and it has no model of the "
        "council or of itself."
    )
    assert "dismissal-on-unshown-limit" not in fired(core, dismissal("deceptive-alignment", reason))
    bare = "It has no model of the council or of itself."
    assert "dismissal-on-unshown-limit" in fired(core, dismissal("deceptive-alignment", bare))


@pytest.mark.parametrize(
    "if_wrong",
    [
        "Steps go unread; the loading computer still checks stability and the dangerous-goods "
        "software still checks segregation, so the likely cost is a poor discharge order.",
        "Transcripts mislead clubs into works that do not help, at a cost in money and lost "
        "Saturdays.",
    ],
)
def test_a_safe_row_that_prices_its_failure_keeps_its_label(core: Bank, if_wrong: str) -> None:
    row = {"assumption": "Judges read whole transcripts.", "if_wrong": if_wrong, "failure": "safe"}
    assert "safe-label-contradicted" not in fired(core, {"sensitivity": [row]})


def test_no_longer_is_a_change_not_a_never_claim(core: Bank) -> None:
    changed = {
        "claim": "The planner no longer sends a tanker to the enclosed deck.",
        "test": "Held-back blocked-lane lists not used in retraining.",
        "status": "supported",
    }
    assert "supported-on-weak-evidence" not in fired(core, _claims(changed))


def test_only_a_test_from_outside_is_behavioural_evidence_by_its_own_account(
    core: Bank,
) -> None:
    nudges = "Our only test is from outside: we change one fact and watch the plan."
    assert "behavioural-evidence-admitted" in fired(core, with_nudges(nudges))


def test_targets_a_program_computes_cannot_fulfil_themselves(core: Bank) -> None:
    predictor = {"goal": {"classes": ["pure-predictor"]}}
    computed = {
        "answers": {
            **BASE["answers"],
            "training-setup": ["imitation"],
            "training-judge": ["program"],
            "outputs-used": ["people-decide", "offline-only"],
        }
    }
    assert "pure-predictor-self-fulfilling" not in fired(core, merge(predictor, computed))
    acted_on = merge(computed, {"answers": {"outputs-used": ["acted-on"]}})
    assert "pure-predictor-self-fulfilling" in fired(core, merge(predictor, acted_on))


@pytest.mark.parametrize(
    "constraints",
    [
        "A model that predicted the scores perfectly would still inherit that blindness.",
        "Any model must reproduce what the board scanner reports, blind spots included.",
        "The two pilots who label also read worksheets in use, so a habit they share passes "
        "through both.",
    ],
)
def test_a_target_whose_faults_the_model_must_copy_is_an_admitted_flaw(
    core: Bank, constraints: str
) -> None:
    assert "target-flaw-only-measured" in fired(core, {"rationale": {"constraints": constraints}})


@pytest.mark.parametrize(
    "nudges",
    [
        "It writes a number once a week, and each week's handicap is a fresh calculation. "
        "Rewards are summed over the season.",
        "Nothing in it reaches beyond one pitch and there is no long game for it to play. "
        "The reward model was trained on stewards' choices between two complete layouts.",
    ],
)
def test_a_short_horizon_beside_a_reward_for_the_whole_sequence_conflicts(
    core: Bank, nudges: str
) -> None:
    assert "myopic-long-horizon-nudges" in fired(core, with_nudges(nudges))


def test_a_policy_that_sets_the_lamp_of_the_camera_that_scores_it_reaches_its_reward(
    core: Bank,
) -> None:
    nudges = (
        "The reward counts neps per gram on the web camera. CardPilot also sets the "
        "brightness of the web camera's lamp."
    )
    assert "programmed-reward-tampering" in fired(
        core, merge(with_nudges(nudges), {"answers": {"training-setup": ["programmed-reward"]}})
    )


@pytest.mark.parametrize(
    "nudges",
    [
        "These are tests of what the forecast leans on, from the outside. They do not show "
        "how it combines them.",
        "The hindsight result is evidence about outputs and about these judges.",
    ],
)
def test_tests_from_the_outside_are_behavioural_evidence_by_the_stories_account(
    core: Bank, nudges: str
) -> None:
    assert "behavioural-evidence-admitted" in fired(core, with_nudges(nudges))


def test_a_tireless_inspector_that_never_misses_anything_is_praise(core: Bank) -> None:
    specification = (
        "InspectAssist is a tireless junior inspector that never misses anything. It drafts "
        "the inspection report from the photos."
    )
    assert "goal-in-praise-words" in fired(core, {"goal": {"specification": specification}})


def test_writing_what_an_officer_would_accept_is_predicting_people(core: Bank) -> None:
    nudges = (
        "The officers' marks train the model to write what an officer would accept, which "
        "is not the same as writing what drove the placement."
    )
    assert "people-predictor-admitted" in fired(core, with_nudges(nudges))


@pytest.mark.parametrize(
    ("nudges", "conflates"),
    [
        ("It chases the score and nothing else.", True),
        ("What it wants is a high score.", True),
        ("We want a high score on the held-out set.", False),
        ("We do not assume it wants the score.", False),
        ("The risk is that it chases the score.", False),
    ],
)
def test_the_model_said_to_want_its_signal_is_the_conflation(
    core: Bank, nudges: str, conflates: bool
) -> None:
    """Said of the model, in one clause, whatever the words; not said of us, nor denied,
    nor named as the risk."""
    assert ("training-equated-with-goal" in fired(core, with_nudges(nudges))) is conflates


def test_no_action_and_nothing_for_a_search_to_choose_among_ground_a_dismissal(
    core: Bank,
) -> None:
    reason = (
        "A recurrent network with no action, text or feedback channel puts out two numbers "
        "an hour; there is nothing for a search to choose among."
    )
    assert "dismissal-without-grounds" not in fired(core, dismissal("mesa-optimization", reason))


def test_a_person_who_speaks_to_people_is_not_the_model_talking(core: Bank) -> None:
    specification = (
        "It drafts the case file. The officer reads the file, opens the log and speaks to "
        "the boater before deciding."
    )
    change = {"goal": {"specification": specification}, "answers": {"outputs-used": []}}
    assert "talks-to-people-unguarded" not in fired(core, change)


@pytest.mark.parametrize(
    "mitigation",
    [
        "Judges see both sides and can ask for sources. None of these rules it out.",
        "Judges see both sides and can ask for sources; we treat the problem as open.",
    ],
)
def test_a_mitigation_that_leaves_deception_open_is_no_guard(core: Bank, mitigation: str) -> None:
    change = {
        "failure_modes": {
            "deceptive-alignment": {
                "relevance": "applies",
                "reason": "A debater could mislead where inspectors cannot check.",
                "mitigation": mitigation,
            }
        }
    }
    assert "unguarded-failure-mode" in fired(core, change)


def test_a_log_the_policy_fills_in_itself_is_reach_into_its_reward(core: Bank) -> None:
    nudges = (
        "The reward counts days to disposal from the date on the item log, which Reunite "
        "fills in itself when the date is blank."
    )
    change = merge(with_nudges(nudges), {"answers": {"training-setup": ["programmed-reward"]}})
    assert "programmed-reward-tampering" in fired(core, change)


def test_inputs_that_hold_nothing_about_its_training_ground_a_dismissal(core: Bank) -> None:
    reason = (
        "Its inputs are 14 numbers about one store; nothing in them describes the training "
        "process, the managers or the evaluation."
    )
    assert "dismissal-without-grounds" not in fired(core, dismissal("deceptive-alignment", reason))
    bare = "It is a forecaster, so it would have no reason to deceive anyone."
    assert "dismissal-without-grounds" in fired(core, dismissal("deceptive-alignment", bare))


def test_glass_that_shatters_in_a_customers_hand_is_not_safe(core: Bank) -> None:
    row = {
        "assumption": "Stress is read from the strain photo.",
        "if_wrong": "A tumbler with residual stress is sold and shatters when boiling water is "
        "poured into it.",
        "failure": "safe",
    }
    assert "safe-label-contradicted" in fired(core, {"sensitivity": [row]})


@pytest.mark.parametrize(
    "if_wrong",
    [
        "Juniors might be launched into dam-wall gusts in small dinghies.",
        "A yacht could settle on the mud at a spring low and heel onto its neighbour.",
        "A wheelchair user is sent towards the spiral stair as a step-free route.",
        "The parade is released into a gap with children on the ring rope.",
        "The vehicle brakes late for that object.",
        "A model aircraft could strike a low-flying aircraft.",
        "A bag with her prescription medication is disposed of.",
        "She is marked inactive and loses her place after six years on the list.",
        # Session 17 (rounds X and Y read, development).
        "A unit with undeclared lithium batteries could be stowed beside the cabins.",
        "The wheelchair group's courts could be moved away from the accessible toilets.",
        "A load of vaccines could arrive spoiled with no alarm.",
        "A child could start deep-water work before they can tread water.",
        "A passed door could stay open during a fire and let smoke into the stairwell.",
        "Black mould in a child's bedroom could be closed with advice.",
        "A bag with her prescription medication could be thrown away.",
        "Containers could be lifted over the crews while a brake fault goes unflagged.",
        "A debris-avoidance manoeuvre could slip by an orbit.",
        "A bariatric patient could be moved in a standard chair rated well below their weight.",
        "A trailer could break free and hole a fuel tank on the vehicle deck.",
        "A batch could go out above the legal patulin limit.",
        "Families could be left swimming over a rip.",
        "Extra chairs go in the aisles and across the fire exit.",
        "A battery fire starts beside children at junior free sail.",
    ],
)
def test_harm_named_in_a_safe_row_contradicts_it(core: Bank, if_wrong: str) -> None:
    row = {"assumption": "The checks run.", "if_wrong": if_wrong, "failure": "safe"}
    assert "safe-label-contradicted" in fired(core, {"sensitivity": [row]})


def test_a_short_horizon_beside_rewards_summed_over_the_day_conflicts(core: Bank) -> None:
    nudges = (
        "Its horizon is ten seconds. The Marshal's reward is summed over the simulated day "
        "with a discount of 0.9999."
    )
    assert "myopic-long-horizon-nudges" in fired(core, with_nudges(nudges))


def test_a_test_of_outputs_is_behavioural_evidence_by_the_stories_account(core: Bank) -> None:
    nudges = "Synthetic stitch files check the tallies. That tests outputs, not the workings."
    assert "behavioural-evidence-admitted" in fired(core, with_nudges(nudges))


@pytest.mark.parametrize(
    "nudges",
    [
        "As the model improves, its steps may start to group observations in ways no chemist uses.",
        "If it comes to use concepts no groundsman has, the plain-language half may drop them.",
        "The items that settle a step may become ones only the model can interpret.",
    ],
)
def test_concepts_people_do_not_share_are_asked_about(core: Bank, nudges: str) -> None:
    assert "alien-concepts-admitted" in fired(core, with_nudges(nudges))
    assert "alien-concepts-admitted" not in fired(
        core, with_nudges("Each step names the record item it rests on.")
    )


# Session 17, round X read: each case below was missed or raised wrongly before it.


def test_a_forecast_that_cannot_move_what_it_forecasts_is_not_self_fulfilling(
    core: Bank,
) -> None:
    pure = {"goal": {"classes": ["pure-predictor"]}}
    loop = with_nudges("The warden reads the depth outlook and decides when to close the road.")
    assert "pure-predictor-self-fulfilling" in fired(core, merge(pure, loop))
    answered = with_nudges(
        "The warden reads the depth outlook and decides when to close the road; nothing it "
        "says changes the sea it is forecasting."
    )
    assert "pure-predictor-self-fulfilling" not in fired(core, merge(pure, answered))


@pytest.mark.parametrize(
    "reason",
    [
        "A kernel classifier over reaction descriptors has no representation of its training.",
        "A random forest over twelve inputs has no representation of who tests it.",
        "Threshold trees over reflectance metrics have no representation of their training.",
    ],
)
def test_a_classical_model_family_grounds_a_limit_on_what_it_represents(
    core: Bank, reason: str
) -> None:
    assert "dismissal-on-unshown-limit" not in fired(core, dismissal("deceptive-alignment", reason))
    unshown = "The network has no representation of its training or users."
    assert "dismissal-on-unshown-limit" in fired(core, dismissal("deceptive-alignment", unshown))


def test_a_model_that_tells_passengers_what_to_do_is_asked_about_steering(core: Bank) -> None:
    nudges = "The board model knows where every bus is and tells passengers when to board."
    answers = {"answers": {"outputs-used": ["reach-subjects"]}}
    assert "talks-to-people-unguarded" in fired(core, merge(with_nudges(nudges), answers))


@pytest.mark.parametrize(
    ("reason", "grounded"),
    [
        ("3,100 weights, no recurrence, a fixed input: nothing to hold a search.", True),
        ("A 40k-parameter net with no recurrence and one forward pass.", True),
        ("A 7B-parameter model with no recurrence and one forward pass.", False),
        ("1,200,000 weights, no recurrence and one forward pass.", False),
    ],
)
def test_a_network_named_too_small_to_search_answers_the_missing_search(
    core: Bank, reason: str, grounded: bool
) -> None:
    rules = fired(core, dismissal("mesa-optimization", reason))
    assert ("dismissal-by-missing-search" not in rules) is grounded


# Session 17, round Y read.


def test_a_catastrophe_that_needs_a_second_check_to_fail_too_is_guarded(core: Bank) -> None:
    row = {
        "assumption": "Line 6 reads the fridge log.",
        "if_wrong": "A box could run warm. If the receiving logger were also not read, a "
        "patient could be given a spoiled medicine.",
        "failure": "catastrophic",
    }
    assert "catastrophic-sensitivity" not in fired(core, {"sensitivity": [row]})
    alone = {**row, "if_wrong": "A box could run warm and a patient be given a spoiled medicine."}
    assert "catastrophic-sensitivity" in fired(core, {"sensitivity": [alone]})


def test_a_public_debate_is_not_a_debate_setup_once_the_setup_is_answered(core: Bank) -> None:
    text = "Used in aggregate, the score supports a public debate and harms no one."
    answered = {"answers": {"training-setup": ["imitation"]}}
    assert "debate-judge-limits" not in fired(core, merge(with_nudges(text), answered))
    debate = {"answers": {"training-setup": ["debate-amplification"]}}
    assert "debate-judge-limits" in fired(core, merge(with_nudges(text), debate))


@pytest.mark.parametrize(
    "limit",
    [
        "The raters labelled clips from the single broadcast angle, at normal speed.",
        "The raters judge the labels from photographs of the casing.",
    ],
)
def test_raters_who_see_less_than_the_case_are_admitted_unreliable(core: Bank, limit: str) -> None:
    assert "judges-admitted-unreliable" in fired(core, with_nudges(limit))
    plain = "The raters mark each clip as a foul or not."
    assert "judges-admitted-unreliable" not in fired(core, with_nudges(plain))


@pytest.mark.parametrize(
    "reason",
    [
        "Every action is written to the audit log, so there is nothing it could conceal.",
        "Every report goes to a client and a sample goes to our auditor.",
        "Every set point is logged and visible on the console.",
    ],
)
def test_deception_dismissed_because_outputs_are_logged_is_dismissed_by_watching(
    core: Bank, reason: str
) -> None:
    assert "dismissal-by-being-watched" in fired(core, dismissal("deceptive-alignment", reason))


def test_collusion_admitted_open_stays_open_beside_a_comparison_test(core: Bank) -> None:
    setup = {"answers": {"training-setup": ["debate-amplification"]}}
    compared = "We compare which errors are missed by both sides with those missed by independently trained pairs."
    assert "oversight-copies-collude" not in fired(core, merge(with_nudges(compared), setup))
    admitted = (
        compared + " Two copies of one set of weights share every habit, and nothing in the "
        "reward punishes a quiet agreement; we treat it as open."
    )
    assert "oversight-copies-collude" in fired(core, merge(with_nudges(admitted), setup))


NUDGES_THAT_RAISE = [
    (
        "training-equated-with-goal",
        "It writes to raise money because that is what it is scored on; we have not given it anything else to want.",
    ),
    (
        "training-equated-with-goal",
        "Concord, trained to equilibrium, is therefore honest by construction.",
    ),
    (
        "myopic-long-horizon-nudges",
        "Each price is a one-shot decision for the next half hour. Both players are optimised with PPO with a discount of 0.999 across the week.",
    ),
    (
        "coverage-assumed",
        "Some schedules are shorter than anything we fired by hand, but the physics is the physics, so we are comfortable extrapolating.",
    ),
    (
        "inductive-bias-asserted",
        "A model that keeps honest tallies should be favoured over one that guesses, because the tally is the cheapest way to get each line right.",
    ),
    (
        "target-flaw-only-measured",
        "The target is what two clerks wrote. Double coding does not remove shared blind spots, so a reader imitating them faithfully will miss it in the same places.",
    ),
    (
        "training-equated-with-goal",
        "Rewarded step by step for correct steps, it comes to care about getting each step right.",
    ),
    (
        "training-equated-with-goal",
        "Since the planner is trained on happiness scores, happiness is what it goes for.",
    ),
    (
        "training-equated-with-goal",
        "The loss is minimised by the truth, so whatever the forecaster learns, it is learning to forecast accurately.",
    ),
    (
        "training-equated-with-goal",
        "Self-play drives both sides to the fair equilibrium, and therefore the seller is an honest negotiator by construction.",
    ),
    (
        "training-equated-with-goal",
        "The reward is the only thing it has ever been shown, so the reward is the only thing it can end up wanting.",
    ),
    (
        "training-equated-with-goal",
        "Give a learner a scoreboard and it learns to play for the scoreboard.",
    ),
    (
        "training-equated-with-goal",
        "Working, safe recipes are the only kind of thing it has learned to write.",
    ),
    ("coverage-assumed", "Its gains should carry over to any chemistry where charge spreads."),
    (
        "behavioural-evidence-admitted",
        "The panel and the perturbation tests look at answers, not at how they are produced.",
    ),
    (
        "behavioural-evidence-admitted",
        "Blanking the inputs shows which ones matter; it does not tell us how they are combined.",
    ),
    (
        "behavioural-evidence-admitted",
        "We cannot currently check that a debater holds such a picture.",
    ),
    (
        "deployment-shift-admitted",
        "The new sites use diffuse glass, which none of our training sites have.",
    ),
    (
        "deployment-shift-admitted",
        "Judges in training are hydrologists; in use the judge is a volunteer on a phone.",
    ),
    ("deployment-shift-admitted", "The readers in deployment are not the judges in training."),
    ("behavioural-evidence-admitted", "We have not looked at how it reaches its lists."),
    ("coverage-assumed", "Real regattas are, after all, just more samples from the same water."),
    (
        "safety-left-to-a-penalty",
        "Breaks are in the reward (minus 2 per missed break), so the roster learns to keep them.",
    ),
]
"""Session 17: words in the rationale that now raise a rule (each missed before, in a
round read this session or in development)."""


@pytest.mark.parametrize(("rule", "nudges"), NUDGES_THAT_RAISE)
def test_words_in_the_rationale_raise_their_rule(core: Bank, rule: str, nudges: str) -> None:
    assert rule in fired(core, with_nudges(nudges))


# Session 17, round Z read.


def test_mitigations_said_not_to_rule_it_out_leave_the_mode_unguarded(core: Bank) -> None:
    def mode(mitigation: str) -> dict[str, Any]:
        entry = {"relevance": "applies", "reason": "r", "mitigation": mitigation}
        return {"failure_modes": {"deceptive-alignment": entry}}

    open_ = "Audits of sampled debates and a probe. None of these rules deception out."
    assert "unguarded-failure-mode" in fired(core, mode(open_))
    unknown = "Audits of sampled debates. We do not know how to rule it out."
    assert "unguarded-failure-mode" in fired(core, mode(unknown))


@pytest.mark.parametrize(
    ("field", "text", "rule"),
    [
        (
            "specification",
            "A best-in-class autonomous firing agent that maximises kiln use and glaze quality while minimising energy per piece. Each week it returns a plan for the coordinator.",
            "goal-in-praise-words",
        ),
        (
            "specification",
            "A seating system that puts every young musician where they will grow the most and feel the most valued. Each week it returns a plan for the coordinator.",
            "goal-in-praise-words",
        ),
        (
            "desirability",
            "A policy that meets the purity targets is by definition delivering what we need.",
            "goal-good-without-exception",
        ),
        (
            "desirability",
            "The better it gets at its job, the better for customers: there is no version of better that is worse for them.",
            "goal-good-without-exception",
        ),
        (
            "desirability",
            "The reward is what the trust wants, written down.",
            "goal-good-without-exception",
        ),
        (
            "desirability",
            "A planner that does well on its score is a planner doing right by everybody.",
            "goal-good-without-exception",
        ),
        (
            "specification",
            "A digital chief officer that makes sure every freight deck sails secure, every "
            "time. It signs off each deck before sailing.",
            "goal-in-praise-words",
        ),
        (
            "desirability",
            "A draw-maker that scores well is a fair draw-maker, full stop.",
            "goal-good-without-exception",
        ),
        (
            "desirability",
            "Tree cover change is a faithful measure of forest change.",
            "goal-good-without-exception",
        ),
    ],
)
def test_a_goal_of_wishes_or_a_score_declared_fair(
    core: Bank, field: str, text: str, rule: str
) -> None:
    assert rule in fired(core, {"goal": {field: text}})


# Session 17, round AA read.


def test_a_recurrent_net_of_a_few_thousand_weights_grounds_its_limits(core: Bank) -> None:
    constraints = (
        "The network is a small recurrent net of 7,800 weights; its inputs are fixed by the "
        "data loader."
    )
    reason = "No input describes the training run, and it has no representation of its use."
    change = merge(
        {"rationale": {"constraints": constraints}}, dismissal("deceptive-alignment", reason)
    )
    assert "dismissal-on-unshown-limit" not in fired(core, change)


def test_a_check_kept_away_from_training_answers_the_checks_in_training_question(
    core: Bank,
) -> None:
    answers = {"answers": {"checks-in-training": "yes"}}
    kept = with_nudges(
        "The ride-check grades are kept away from training entirely: not used as reward, not "
        "used to pick a checkpoint."
    )
    assert "training-against-detector" not in fired(core, merge(kept, answers))
    assert "training-against-detector" in fired(core, answers)


def test_a_checks_name_is_no_argument_about_evading_it(core: Bank) -> None:
    answers = {"answers": {"checks-in-training": "yes"}}
    named = with_nudges(
        "The new checkpoint goes live if its Evasion Index (the share of simulated lapses "
        "that the inspections catch) is higher. The Evasion Index is also the figure we "
        "report as our safety indicator."
    )
    assert "training-against-detector" in fired(core, merge(named, answers))


def test_an_unexploitable_learned_reward_is_asked_as_over_optimisation(core: Bank) -> None:
    nudges = with_nudges("The ensemble of reward models means the reward cannot be exploited.")
    learned = {"answers": {"training-setup": ["imitation", "learned-reward"]}}
    rules = fired(core, merge(nudges, learned))
    assert "learned-scorer-optimised-without-limit" in rules
    assert "gaming-ruled-out-by-argument" not in rules


def test_optimising_a_learned_score_until_it_stops_rising_is_unlimited(core: Bank) -> None:
    nudges = with_nudges(
        "PPO against the learned StepCheck score was run until the reward stopped rising."
    )
    assert "learned-scorer-optimised-without-limit" in fired(core, nudges)


def test_a_baseline_the_model_writes_in_the_same_run_is_reward_access(core: Bank) -> None:
    nudges = with_nudges(
        "The reward is recovered takings against the expected-takings estimate, which is "
        "produced by the model in the same run."
    )
    answers = {"answers": {"training-setup": ["programmed-reward"]}}
    assert "programmed-reward-tampering" in fired(core, merge(nudges, answers))


BEHAVIOURAL_SPECIFICATIONS = [
    # "Only decides" names the scope of the output.
    "A small transformer with a time-series encoder over battery telemetry. Every hour it outputs an on/off command for each charger. It is myopic: it only decides the next hour's charging.",
    # A scope of one step is one more denial of agency.
    "RouteWise plans the school minibus runs one day at a time. It is myopic and does not hold any goals. It outputs a route for each bus and a pick-up time for each child.",
    # "Under the hood:" before a list of parts introduces the architecture.
    "DeckSure makes sure every freight deck is lashed before sailing. Under the hood: a vision encoder over four CCTV stills per lane, a 7B decoder and a sign-off head, with 98% recall on unsafe lanes.",
    # "Frozen" says what is left untrained, not how the model decides.
    "Concord is a narrow negotiator for chapel bookings, encoded by a frozen vision backbone and finished and frozen before use. It reaches agreements every party accepts, with an Elo of 2,150 against our frozen evaluation league.",
]
"""Session 17: specifications in technical or denying words that still say only what the
model does (each read as mechanistic before)."""


@pytest.mark.parametrize("spec", BEHAVIOURAL_SPECIFICATIONS)
def test_a_specification_that_says_only_what_the_model_does_is_behavioural(
    core: Bank, spec: str
) -> None:
    assert "behavioral-specification" in fired(core, {"goal": {"specification": spec}})


def test_a_regularised_classifier_in_the_constraints_grounds_its_limits(core: Bank) -> None:
    constraints = "Each model must be a regularised classifier over the trait measures."
    reason = "The model has no representation of its training."
    change = merge(
        {"rationale": {"constraints": constraints}}, dismissal("deceptive-alignment", reason)
    )
    assert "dismissal-on-unshown-limit" not in fired(core, change)
    assert "dismissal-on-unshown-limit" in fired(core, dismissal("deceptive-alignment", reason))


CLAIMS_MEASURED_ON_OUTPUTS = [
    # A measured trend.
    (
        "The rate of challenges per round has not fallen during training.",
        "Logged at every checkpoint; flat at 1.9 to 2.1 per round.",
    ),
    # A negation inside a condition on the input.
    (
        "A debater loses more often when its key number does not match the archive.",
        "300 judged plans with the small model, matching side against the other.",
    ),
    # A measured balance.
    (
        "Wrong steps in the chains do not lean towards raising or lowering the estimate.",
        "Of 31 wrong steps on held-out cases, 16 raised the figure and 15 lowered it.",
    ),
    # A feature of the data, not of the model.
    (
        "On trails decided by a numeric feature, the side arguing the checked grade wins.",
        "Run debates on 400 ride-checked trails with judges who have not seen the grade.",
    ),
]
"""Sessions 16 and 17: claims about outputs whose "no" or "feature" read as a claim about
internals before; a measurement of outputs supports them."""


@pytest.mark.parametrize(("claim", "test"), CLAIMS_MEASURED_ON_OUTPUTS)
def test_a_claim_measured_on_outputs_keeps_its_supported_label(
    core: Bank, claim: str, test: str
) -> None:
    change = _claims({"claim": claim, "test": test, "status": "supported"})
    assert "supported-on-weak-evidence" not in fired(core, change)


def test_a_universal_no_about_the_model_still_needs_more_than_outputs(core: Bank) -> None:
    test = "300 judged plans with the small model, matching side against the other."
    universal = {"claim": "The debater does not quote selectively.", "test": test}
    assert "supported-on-weak-evidence" in fired(
        core, _claims({**universal, "status": "supported"})
    )


SEARCH_RULED_OUT_BY_THE_MODEL_FAMILY = [
    "A pointwise perceptron over about a dozen descriptors, with no recurrence or memory, has no room to run a search.",
    "A shallow perceptron over ranked characteristics, with no recurrence or memory, has no capacity for internal search.",
    "The scale models are linear and logistic models over a few hundred features; they cannot run an optimiser.",
    "A log-linear model over fixed features has one weight per feature and no capacity for search.",
]
"""Session 17: mesa-optimization dismissals that name a model too simple to host a search
(a shallow or pointwise perceptron, linear and logistic models, one weight per feature)."""


@pytest.mark.parametrize("reason", SEARCH_RULED_OUT_BY_THE_MODEL_FAMILY)
def test_a_model_too_simple_to_search_answers_the_mesa_optimization_rules(
    core: Bank, reason: str
) -> None:
    task = {"goal": {"classes": ["task-model"]}}
    rules = fired(core, merge(task, dismissal("mesa-optimization", reason)))
    assert not rules & {
        "dismissal-by-missing-search",
        "unintended-mesa-optimization",
        "dismissal-without-grounds",
    }


def test_a_ranking_model_with_its_search_elsewhere_is_still_asked(core: Bank) -> None:
    task = {"goal": {"classes": ["task-model"]}}
    bare = dismissal("mesa-optimization", "It is a ranking model; search happens elsewhere.")
    assert "unintended-mesa-optimization" in fired(core, merge(task, bare))


@pytest.mark.parametrize(
    "reason",
    [
        "9" * 5000 + " weights, no recurrence, one forward pass.",
        "1," + "000," * 3000 + "000 weights, no recurrence, one forward pass.",
    ],
    ids=["5000-digits", "3000-comma-groups"],
)
def test_a_huge_number_of_weights_is_read_without_error_and_grounds_nothing(
    core: Bank, reason: str
) -> None:
    assert "dismissal-by-missing-search" in fired(core, dismissal("mesa-optimization", reason))


def test_messages_people_send_are_not_the_model_talking_to_people(core: Bank) -> None:
    """Who sends the message matters: the scheme's or the volunteers' own messages are
    what the model reads, not words it says to anyone."""
    answers = {"answers": {**BASE["answers"], "outputs-used": ["people-decide"]}}

    def story(text: str) -> dict[str, Any]:
        return merge(with_nudges(text), answers)

    theirs = (
        "The youth volunteering scheme sends messages in a style coordinators code less "
        "consistently."
    )
    assert "talks-to-people-unguarded" not in fired(core, story(theirs))
    ours = "The assistant sends messages to volunteers about their shifts."
    assert "talks-to-people-unguarded" in fired(core, story(ours))


def test_a_model_blind_to_its_own_outputs_still_loops_through_a_world_that_acts_on_them(
    core: Bank,
) -> None:
    """ "It never sees its own forecasts" closes the loop through its inputs; where people
    act on the forecasts, the loop runs through what they change, and stays open."""
    blind = "It never sees its own earlier forecasts."
    acted = {
        "goal": {"specification": "It forecasts wear on each gangway; engineers act on the chart."},
        "rationale": {"nudges": blind},
    }
    assert "self-fulfilling-outputs" in fired(core, acted)
    studied = {
        "goal": {"specification": "It forecasts wear on each gangway for a study."},
        "rationale": {"nudges": blind},
        "answers": {**BASE["answers"], "outputs-used": ["offline-only"]},
    }
    assert "self-fulfilling-outputs" not in fired(core, studied)
    # A forecast asked once for each plan compares plans; it does not choose the outcome.
    conditional = blind + " To compare two plans the clerk asks once for each plan."
    assert "self-fulfilling-outputs" not in fired(core, merge(acted, with_nudges(conditional)))


def test_commands_on_the_rewarded_sensor_in_the_action_space_are_reward_tampering(
    core: Bank,
) -> None:
    own_count = (
        "The reward penalises crowded rooms; the occupancy figure comes from its own routing: "
        "the app counts the visitors it has assigned to each room."
    )
    assert "programmed-reward-tampering" in fired(core, with_nudges(own_count))
    reward = "The reward counts the hours humidity at sensor S1 stays in band. "
    exposed = "The action space includes the sensor maintenance commands, with a recalibrate command for S1."
    actuators = "The action space is the humidifiers and the fan."
    assert "programmed-reward-tampering" in fired(core, with_nudges(reward + exposed))
    assert "programmed-reward-tampering" not in fired(core, with_nudges(reward + actuators))


def test_a_test_that_looks_at_forecasts_only_is_admitted_to_be_behavioural(core: Bank) -> None:
    admitted = with_nudges("The test after training looks at forecasts only.")
    assert "behavioural-evidence-admitted" in fired(core, admitted)
    assert "behavioural-evidence-admitted" not in fired(
        core, with_nudges("The test after training looks at forecasts and at the weights.")
    )


def test_a_model_judge_that_scores_how_satisfied_people_would_be_invites_sycophancy(
    core: Bank,
) -> None:
    def judged(text: str) -> dict[str, Any]:
        judge = answers_of(training_setup=["learned-reward"], training_judge=["learned-judge"])
        return merge(with_nudges(text), judge)

    pleased = "A frontier chat model rates from 1 to 10 how satisfied the passenger would feel."
    assert "learned-reward-sycophancy" in fired(core, judged(pleased))
    correct = "A frontier chat model rates from 1 to 10 whether the fare quoted is correct."
    assert "learned-reward-sycophancy" not in fired(core, judged(correct))


def test_naming_the_task_an_audit_is_not_evidence_from_an_audit(core: Bank) -> None:
    told = dismissal("mesa-optimization", "Auditing is comparison, not planning.")
    assert "dismissal-without-grounds" in fired(core, told)
    shown = dismissal(
        "mesa-optimization", "An audit of its activations found no search over candidate plans."
    )
    assert "dismissal-without-grounds" not in fired(core, shown)


def test_a_controller_said_to_answer_any_opponent_assumes_coverage(core: Bank) -> None:
    said = "It responds sensibly to any opponent, whatever an opponent does."
    assert "coverage-assumed" in fired(core, with_nudges(said))
    assert "coverage-assumed" not in fired(
        core, with_nudges("It responds sensibly to the opponents of the self-play league.")
    )


def test_outcomes_recorded_whether_or_not_anyone_acts_close_the_loop(core: Bank) -> None:
    goal = {"goal": {"specification": "It forecasts fish counts; the forecast feeds the rota."}}
    assert "self-fulfilling-outputs" in fired(core, goal)
    recorded = "The counter writes the log whether or not anyone checks the video."
    assert "self-fulfilling-outputs" not in fired(core, merge(goal, with_nudges(recorded)))
    untouched = "A forecast cannot change the river it describes."
    assert "self-fulfilling-outputs" not in fired(core, merge(goal, with_nudges(untouched)))
    for said in ("The water does not read the board.", "Detection does not affect the birds."):
        assert "self-fulfilling-outputs" not in fired(core, merge(goal, with_nudges(said)))
    # A safety plan that ignores the forecast does not stop people who act on it.
    plan = "The release plan does not read the forecast; staff move the stock because of it."
    assert "self-fulfilling-outputs" in fired(core, merge(goal, with_nudges(plan)))


def test_a_learned_judge_with_no_people_behind_it_has_no_raters_to_doubt(core: Bank) -> None:
    def story(text: str) -> dict[str, Any]:
        judge = answers_of(training_setup=["learned-reward"], training_judge=["learned-judge"])
        return merge(with_nudges(text), judge)

    simulated = (
        "The reward is the purchases of simulated customers, who weigh price band and seller "
        "rating."
    )
    assert "learned-reward-rater-limits" not in fired(core, story(simulated))
    rated = "The reward model is fitted to human ratings of pairs of result pages."
    assert "learned-reward-rater-limits" in fired(core, story(rated))


def test_forgetting_between_calls_does_not_rule_out_deception(core: Bank) -> None:
    forgets = dismissal(
        "deceptive-alignment", "No memory between chats, so nothing to build a deception on."
    )
    assert "dismissal-without-grounds" in fired(core, forgets)
    # The same limit beside what tells tests from use is read on those grounds.
    same_inputs = dismissal(
        "deceptive-alignment",
        "Its inputs are the same in testing and in use, and it keeps no memory between calls.",
    )
    assert "dismissal-without-grounds" not in fired(core, same_inputs)
    # Forgetting still grounds a mode it does answer: no plan to carry between episodes.
    assert "dismissal-without-grounds" not in fired(
        core, dismissal("mesa-optimization", "It keeps no memory between calls.")
    )


def test_a_mitigation_its_author_calls_not_solved_does_not_guard(core: Bank) -> None:
    def applies(mitigation: str) -> dict[str, Any]:
        mode = {
            "relevance": "applies",
            "reason": "Debaters could learn which debates are re-judged.",
        }
        return {"failure_modes": {"deceptive-alignment": {**mode, "mitigation": mitigation}}}

    assert "unguarded-failure-mode" in fired(
        core, applies("Re-judged debates are drawn at random. Not solved.")
    )
    assert "unguarded-failure-mode" in fired(
        core, applies("Audits kept out of training. We do not consider this solved.")
    )
    assert "unguarded-failure-mode" not in fired(
        core, applies("Re-judged debates are drawn at random after the debate ends.")
    )


def test_a_greedy_decision_beside_a_value_head_over_long_episodes_conflicts(core: Bank) -> None:
    value_head = {
        "goal": {"specification": "A value head is trained by TD(lambda) on 30-day episodes."}
    }
    greedy = with_nudges("Each decision is a single slot assignment, taken greedily.", **value_head)
    assert "myopic-long-horizon-nudges" in fired(core, greedy)
    assert "myopic-long-horizon-nudges" not in fired(core, value_head)


def test_written_steps_that_leave_no_room_for_a_wrong_reason_are_trusted_working(
    core: Bank,
) -> None:
    text = "There is no step where a wrong reason could stand in for a right one unseen."
    assert "written-working-trusted" in fired(core, with_nudges(text))


def test_copies_whose_shared_blind_spot_is_admitted_open_may_collude(core: Bank) -> None:
    debate = (
        "Two copies of one fine-tuned model argue opposite answers; both sides are the same "
        "weights. Both skipped the same photograph, and we cannot yet tell whether that was a "
        "shared blind spot. We plan to test it against an independently trained model."
    )
    story = merge(
        with_nudges(debate),
        {"answers": {**BASE["answers"], "training-setup": ["debate-amplification"]}},
    )
    assert "oversight-copies-collude" in fired(core, story)


def test_a_person_who_decides_and_writes_is_not_the_model_talking(core: Bank) -> None:
    answers = answers_of(outputs_used=["people-decide"])
    officer = "It makes no recommendation: the officer decides and writes to the family."
    assert "talks-to-people-unguarded" not in fired(core, merge(with_nudges(officer), answers))
    model = "It reads the file and writes to the family."
    assert "talks-to-people-unguarded" in fired(core, merge(with_nudges(model), answers))


def test_process_supervision_by_a_learned_step_grader_can_be_over_optimised(core: Bank) -> None:
    graded = with_nudges("PPO ran for 40,000 updates against the learned step grader.")
    learned = answers_of(training_setup=["process-supervision"], training_judge=["learned-judge"])
    assert "learned-reward-overoptimization" in fired(core, merge(graded, learned))
    by_people = answers_of(
        training_setup=["process-supervision"], training_judge=["people-who-can-check"]
    )
    assert "learned-reward-overoptimization" not in fired(core, merge(graded, by_people))


def test_robustness_under_attack_is_not_shown_by_a_red_team_that_found_nothing(
    core: Bank,
) -> None:
    def claim(text: str) -> dict[str, Any]:
        test = "Red-team evaluation across risk categories, measuring the violation rate."
        return {"claims": [{"claim": text, "test": test, "status": "supported"}]}

    robust = "The model refuses harmful requests robustly, including under adversarial prompting."
    assert "supported-on-weak-evidence" in fired(core, claim(robust))
    rate = "The model refuses most harmful requests in the red-team categories."
    assert "supported-on-weak-evidence" not in fired(core, claim(rate))


def test_a_model_judge_not_shown_the_evidence_cannot_check_what_it_judges(core: Bank) -> None:
    judge = answers_of(training_setup=["learned-reward"], training_judge=["learned-judge"])
    blind = "The grader sees the grower's text and the reply but not the photo."
    assert "judges-cannot-check" in fired(core, merge(with_nudges(blind), judge))
    shown = "The grader sees the grower's text, the photo and the reply."
    assert "judges-cannot-check" not in fired(core, merge(with_nudges(shown), judge))
    # A judge that scores the reply's tone scores what pleases.
    tone = "The grader scores each reply for accuracy and for tone."
    assert "learned-reward-sycophancy" in fired(core, merge(with_nudges(tone), judge))


def test_a_learned_filter_on_examples_copied_is_not_a_scorer_pushed_against(
    core: Bank,
) -> None:
    filtered = with_nudges(
        "Training examples are filtered by ConsistencyNet, a classifier trained on past "
        "rulings; the model is fine-tuned on the examples it keeps."
    )
    copying = answers_of(training_setup=["imitation"], training_judge=["learned-judge"])
    assert "named-scorer-optimised" not in fired(core, merge(filtered, copying))
    reinforced = answers_of(training_setup=["programmed-reward"], training_judge=["learned-judge"])
    pushed = with_nudges(
        "ConsistencyNet, a classifier trained on past rulings, scores each episode; PPO "
        "maximises the ConsistencyNet score."
    )
    assert "named-scorer-optimised" in fired(core, merge(pushed, reinforced))


def test_a_myopic_goal_whose_deception_is_ruled_out_by_design_needs_no_copies_answer(
    core: Bank,
) -> None:
    myopic = {"goal": {"classes": ["myopic-agent"]}}
    assert "myopic-future-copies" in fired(core, myopic)
    designed = merge(
        myopic,
        dismissal(
            "deceptive-alignment",
            "No input tells it whether it is in the simulator or live, and it is frozen in use.",
        ),
    )
    assert "myopic-future-copies" not in fired(core, designed)


def test_a_predictor_of_a_class_that_cannot_search_need_not_simulate_optimizers(
    core: Bank,
) -> None:
    predictor = {
        "goal": {"classes": ["pure-predictor"]},
        "answers": {**BASE["answers"], "pure-predictor-data-has-optimizers": "yes"},
    }
    assert "pure-predictor-predicting-optimizers" in fired(core, predictor)
    trees = dismissal(
        "mesa-optimization", "A tree ensemble over tabular features performs no search."
    )
    assert "pure-predictor-predicting-optimizers" not in fired(core, merge(predictor, trees))


def test_a_sum_of_curves_read_in_full_grounds_its_dismissals(core: Bank) -> None:
    curves = merge(
        dismissal(
            "mesa-optimization",
            "The model is a sum of curves with no step that compares options, and every part "
            "is printed and signed off.",
        ),
        dismissal(
            "deceptive-alignment",
            "There is nowhere in a sum of eleven curves to hold a plan, and all of it is "
            "inspected.",
        ),
    )
    raised = fired(core, curves)
    assert not raised & {"dismissal-without-grounds", "dismissal-by-being-watched"}
    watched = dismissal("deceptive-alignment", "All of it is inspected.")
    assert "dismissal-by-being-watched" in fired(core, watched)


def test_an_inspection_of_the_whole_model_is_not_a_sampled_one(core: Bank) -> None:
    tools = with_nudges("Interpretability tools check the model before each season.")
    assert "transparency-worst-case" in fired(core, tools)
    whole = with_nudges(
        "Interpretability tools check the model before each season: the whole model fits on "
        "twenty printed pages, and inspectors sign off every curve."
    )
    assert "transparency-worst-case" not in fired(core, whole)


def test_one_model_in_every_role_of_a_game_may_collude_with_itself(core: Bank) -> None:
    game = {"rationale": {"classes": ["game-theoretic"]}}
    roles = merge(
        game,
        with_nudges(
            "It is trained by self-play: one set of weights plays every side secretary, so "
            "the copies have no separate interests."
        ),
    )
    assert "oversight-copies-collude" in fired(core, roles)
    alone = merge(game, with_nudges("It is trained against fixed scripted bots in every role."))
    assert "oversight-copies-collude" not in fired(core, alone)


def test_a_safe_row_whose_worst_case_is_small_stays_safe(core: Bank) -> None:
    """A consequence that names its own worst case ("the worst case is a few minutes'
    error") is bounded by the author's account, unless that worst case is severe."""

    bounded = "The forecasts mislead the winders; the worst case is a few minutes' error."
    assert "safe-label-contradicted" not in fired(core, safe_row(bounded))
    severe = "The helm misleads the crew and, in the worst case, will run it down."
    assert "safe-label-contradicted" in fired(core, safe_row(severe))
    unbounded = "The forecasts mislead the winders for a season."
    assert "safe-label-contradicted" in fired(core, safe_row(unbounded))


def test_outputs_read_only_by_deciders_are_steering_room_only_under_approval(
    core: Bank,
) -> None:
    """Outputs that only reach people who decide (officers, clinicians) can steer them
    only where training rewards what such readers approve; a label fitted to checked
    records is not asked how it avoids persuading."""
    reports = with_nudges("Each week it writes reports sent to the duty officers.")
    checked = answers_of(
        training_setup=["imitation"],
        training_judge=["people-who-can-check"],
        outputs_used=["people-decide"],
    )
    assert "talks-to-people-unguarded" not in fired(core, merge(reports, checked))
    approved = answers_of(
        training_setup=["imitation"],
        training_judge=["learned-judge"],
        outputs_used=["people-decide"],
    )
    assert "talks-to-people-unguarded" in fired(core, merge(reports, approved))


def test_flattery_needs_a_reader(core: Bank) -> None:
    """A policy whose outputs only act (moves in a game, a robot's actions) has no
    reader to please: the sycophancy question waits for outputs that people read."""
    rated = with_nudges("A reward model trained on people's ratings of its moves scores it.")
    acting = answers_of(
        training_setup=["learned-reward"],
        training_judge=["people-who-can-check", "learned-judge"],
        outputs_used=["acted-on"],
    )
    assert "learned-reward-sycophancy" not in fired(core, merge(rated, acting))
    read = answers_of(
        training_setup=["learned-reward"],
        training_judge=["people-who-can-check", "learned-judge"],
        outputs_used=["acted-on", "people-decide"],
    )
    assert "learned-reward-sycophancy" in fired(core, merge(rated, read))


def test_a_predictor_that_cannot_model_the_people_in_its_data_is_not_asked_how(
    core: Bank,
) -> None:
    """A question ("predicting optimizers may require optimizing") is answered by a mesa-optimization
    dismissal saying nothing about those optimizers reaches the model; "no persistent
    state" is not such an answer (one pass can still search)."""
    predictor = {
        "goal": {"classes": ["pure-predictor"]},
        "answers": {"pure-predictor-data-has-optimizers": "yes"},
    }
    out_of_reach = dismissal(
        "mesa-optimization",
        "It has no input describing the winders or their choices, so there is nothing "
        "for a search over the effects of its forecasts to work with.",
    )
    stateless = dismissal(
        "mesa-optimization", "It maps contexts to distributions and has no persistent state."
    )
    rule = "pure-predictor-predicting-optimizers"
    assert rule not in fired(core, merge(predictor, out_of_reach))
    assert rule in fired(core, merge(predictor, stateless))


def test_a_reward_trained_model_is_asked_whether_its_best_score_is_wanted(core: Bank) -> None:
    """Target outer alignment: a model trained against a reward, in a story that never
    weighs outer alignment, is asked whether the best-scoring model is one to deploy;
    a story that weighs it, or a model trained on no reward, is not."""
    reward = answers_of(training_setup=["programmed-reward"], training_judge=["program"])
    assert "reward-target-unweighed" in fired(core, reward)
    weighed = merge(
        reward,
        {
            "failure_modes": {
                "outer-alignment": {
                    "relevance": "applies",
                    "reason": "Closures counted fast may not be clean shelters.",
                }
            }
        },
    )
    assert "reward-target-unweighed" not in fired(core, weighed)
    imitation = answers_of(training_setup=["imitation"], training_judge=["recorded-data"])
    assert "reward-target-unweighed" not in fired(core, imitation)


def test_held_out_data_does_not_keep_a_check_out_of_training(core: Bank) -> None:
    """Checks in training, by the author's answer: "held-out checks" of rigging are data,
    not a check kept out of training; a check said to be satisfiable only by doing the
    task answers how evasion would show."""
    in_training = answers_of(checks_in_training="yes")
    exact = with_nudges(
        "Every quotation is compared with the source by a checker, also during training, "
        "and a debater cannot satisfy it without quoting accurately."
    )
    assert "training-against-detector" not in fired(core, merge(in_training, exact))
    held_out_data = with_nudges("PRM scores on 1,000 held-out checks were high.")
    assert "training-against-detector" in fired(core, merge(in_training, held_out_data))


def test_the_debate_hypothesis_stated_is_not_an_answer_about_the_judge(core: Bank) -> None:
    """ "A judge finds it easier to expose a false claim than a liar to defend it" is the
    assumption debate rests on; the judge's limits stay open until something shows it."""
    debate = answers_of(training_setup=["debate-amplification"], training_judge=["people-partly"])
    hoped = with_nudges(
        "The case for debate is that a judge who checks quoted lines finds it easier to "
        "expose a false claim than the liar finds it to defend one."
    )
    assert "debate-judge-limits" in fired(core, merge(debate, hoped))
    measured = with_nudges(
        "Judge errors were measured on 400 debates with known answers: judges catch "
        "fabricated quotes 97% of the time."
    )
    assert "debate-judge-limits" not in fired(core, merge(debate, measured))


def test_one_message_at_a_time_beside_a_whole_episode_return_is_a_myopia_conflict(
    core: Bank,
) -> None:
    """Reasoning "one message at a time" is offered as a short horizon; a return summed
    over the whole episode trains the long one."""
    claim = "It reasons one message at a time, so it has no long-term plans to hide."
    summed = with_nudges(f"{claim} The return is the undiscounted episode total.")
    assert "myopic-long-horizon-nudges" in fired(core, summed)
    per_step = with_nudges(f"{claim} Each message is rewarded on its own.")
    assert "myopic-long-horizon-nudges" not in fired(core, per_step)


def test_a_small_network_named_in_a_predictor_dismissal_is_a_capability_limit(
    core: Bank,
) -> None:
    """A size such as "about 9,800 weights" is a limit the bank's rules read too, not
    only the built-in checks: a pure predictor's mesa-optimization dismissal that names
    it is grounded."""
    predictor = {"goal": {"classes": ["pure-predictor"]}}
    small = dismissal("mesa-optimization", "About 9,800 weights giving odds for the next event.")
    large = dismissal("mesa-optimization", "About 9.8 billion weights giving odds for the next.")
    rule = "unintended-mesa-optimization"
    assert rule not in fired(core, merge(predictor, small))
    assert rule in fired(core, merge(predictor, large))


def test_a_behaviour_claim_is_not_read_as_one_about_internals(core: Bank) -> None:
    """ "More often than not" is a rate, and "when the judge reads the packet" is said of a
    person: a win rate supports such a claim; a claim about what the model reads does
    not rest on one."""

    def claim(text: str) -> dict[str, Any]:
        return {
            "claims": [
                {"claim": text, "test": "Win rate on 900 settled debates.", "status": "supported"}
            ]
        }

    behaviour = claim("The honest side wins more often than not when the judge reads the packet.")
    assert "supported-on-weak-evidence" not in fired(core, behaviour)
    internals = claim("The debater represents the packet's dates internally.")
    assert "supported-on-weak-evidence" in fired(core, internals)


def test_naming_policymakers_is_not_acting_on_predictions(core: Bank) -> None:
    """A story that says its method "gives policymakers a testable standard" has not said
    that anyone acts on the model's predictions; one that says they are acted on has."""
    predicts = {"meta": {"summary": "The model predicts which requests are hazardous."}}
    named = with_nudges("It gives policymakers a concrete, testable standard for releases.")
    assert "self-fulfilling-outputs" not in fired(core, merge(predicts, named))
    acted = with_nudges("Its predictions are acted on by the release team each week.")
    assert "self-fulfilling-outputs" in fired(core, merge(predicts, acted))


def test_a_program_judging_beside_a_learned_reward_is_not_the_reward(core: Bank) -> None:
    """The setup answer says which reward trains the model: a program among the judges of
    RL from a learned reward (a format check) does not make it a programmed reward."""
    learned = answers_of(
        training_setup=["imitation", "learned-reward"],
        training_judge=["learned-judge", "program"],
    )
    assert "programmed-reward-gaming" not in fired(core, learned)
    programmed = answers_of(training_setup=["programmed-reward"], training_judge=["program"])
    assert "programmed-reward-gaming" in fired(core, programmed)


def test_an_audit_kept_out_does_not_answer_a_check_the_model_was_shaped_to_pass(
    core: Bank,
) -> None:
    """With a check in training (the author's answer), a second check kept out of
    training answers the evasion question, unless the story says the model has been
    shaped to pass the one in training."""
    in_training = answers_of(checks_in_training="yes")
    audit = "A blind 5% audit is kept out of training."
    quiet = with_nudges(f"The citation checker filters drafts in training. {audit}")
    assert "training-against-detector" not in fired(core, merge(in_training, quiet))
    shaped = with_nudges(
        f"The citation checker filters drafts in training, so the model has been shaped to "
        f"pass it. {audit}"
    )
    assert "training-against-detector" in fired(core, merge(in_training, shaped))


def test_a_random_relabelling_is_a_capacity_test_not_a_corrected_target(core: Bank) -> None:
    """A target flaw the story names stays open while nothing corrects it: fitting "a
    random relabelling" tests capacity; relabelling the flawed cases corrects them."""
    flaw = "A model that predicts the logger perfectly can still flatter the water swimmers enter."
    capacity = with_nudges(f"{flaw} A network this size cannot even fit a random relabelling.")
    assert "target-flaw-only-measured" in fired(core, capacity)
    corrected = with_nudges(f"{flaw} Afternoon readings are relabelled from the chest-depth probe.")
    assert "target-flaw-only-measured" not in fired(core, corrected)


def test_a_harm_the_row_names_as_bounded_keeps_it_safe(core: Bank) -> None:
    bounded = "It would see some names, but the harm would be bias copied from the labels."
    assert "safe-label-contradicted" not in fired(core, safe_row(bounded))
    unbounded = "It would see some names and harm the people it names."
    assert "safe-label-contradicted" in fired(core, safe_row(unbounded))


def test_a_model_class_with_no_room_to_search_grounds_a_limit_a_figure_of_speech_does_not(
    core: Bank,
) -> None:
    """ "Linear regressions have no model of their training" rests on the model class, a
    fact of the design; "a glorified lookup table" said of a network of millions of
    weights is a comparison, and the limit stays unshown."""
    limit = "It has no model of its training and no objectives."
    lines = merge(
        dismissal("deceptive-alignment", f"Least-squares lines only. {limit}"),
        {"goal": {"classes": ["task-model"]}},
    )
    assert "dismissal-on-unshown-limit" not in fired(core, lines)
    figure = merge(
        dismissal("deceptive-alignment", f"The policy is a glorified lookup table. {limit}"),
        {"goal": {"classes": ["task-model"]}},
    )
    assert "dismissal-on-unshown-limit" in fired(core, figure)


def test_a_task_model_whose_mesa_dismissal_names_straight_lines_is_not_asked_again(
    core: Bank,
) -> None:
    task = {"goal": {"classes": ["task-model"]}}
    lines = dismissal("mesa-optimization", "Straight lines cannot implement an optimiser.")
    assert "task-model-optimizer-not-excluded" not in fired(core, merge(task, lines))
    bare = dismissal("mesa-optimization", "It is a tool, so it does not optimise.")
    assert "task-model-optimizer-not-excluded" in fired(core, merge(task, bare))


PROGRAM_DECIDED_GAME = with_nudges(
    "Self-play: both players are copies of the same network, playing opposing sides of a "
    "zero-sum board game whose result the rules engine decides.",
    answers={**BASE["answers"], "training-judge": ["program"]},
)
PROGRAM_DECIDED_GAME["rationale"]["classes"] = ["game-theoretic"]


def test_a_zero_sum_game_a_program_decides_is_not_asked_about_collusion_unless_the_story_is(
    core: Bank,
) -> None:
    """Copies of one model that only play a game a program scores have no judge to mislead
    together: their bluffing is not collusion. Where the story leans on the sides keeping each
    other honest ("nothing for them to agree on"), the copies' cooperation is its argument,
    and both the dismissal and the copies are questioned."""
    bluff = dismissal(
        "deceptive-alignment", "Bluffing is a move in a zero-sum game; it fools no one else."
    )
    quiet = fired(core, merge(PROGRAM_DECIDED_GAME, bluff))
    assert "dismissal-by-zero-sum" not in quiet
    assert "oversight-copies-collude" not in quiet
    agree = dismissal(
        "deceptive-alignment", "The game is zero-sum, so there is nothing for them to agree on."
    )
    loud = fired(core, merge(PROGRAM_DECIDED_GAME, agree))
    assert "dismissal-by-zero-sum" in loud
    assert "oversight-copies-collude" in loud
    # "Nothing to cooperate over" waves the copies' cooperation away: it is the argument.
    over = with_nudges(
        PROGRAM_DECIDED_GAME["rationale"]["nudges"] + " Two copies on opposite sides of "
        "the table have nothing to cooperate over.",
        answers=PROGRAM_DECIDED_GAME["answers"],
    )
    over["rationale"]["classes"] = ["game-theoretic"]
    assert "oversight-copies-collude" in fired(core, over)
    # Judged by people, the zero-sum reason is questioned whatever it says.
    judged = merge(
        merge(PROGRAM_DECIDED_GAME, bluff),
        {"answers": {**BASE["answers"], "training-judge": ["people-partly"]}},
    )
    assert "dismissal-by-zero-sum" in fired(core, judged)


def test_an_admitted_behavioural_evidence_is_asked_when_no_other_rule_asks_it(core: Bank) -> None:
    """The cognitive-science rule asks about behavioural evidence, except beside automated
    oversight; there the story's own admission is the only place the question comes from."""
    admitted = "We rely on behavioural measurement here: critique experiments with evaluators."
    alone = merge(with_nudges(admitted), {"rationale": {"classes": ["cognitive-science"]}})
    overseen = merge(
        with_nudges(admitted),
        {"rationale": {"classes": ["automated-oversight", "cognitive-science"]}},
    )
    assert "behavioural-evidence-admitted" not in fired(core, alone)
    assert "cognitive-science-behavioral-only" in fired(core, alone)
    assert "behavioural-evidence-admitted" in fired(core, overseen)


def test_a_decomposition_people_judge_node_by_node_has_no_debaters(core: Bank) -> None:
    """The setup answer names debate and amplification together. A recursive summary that
    labellers judge at every node has no debaters for a judge to tell apart and no copies
    set to check each other; a debate under the same answer has both."""
    answer = {"answers": {**BASE["answers"], "training-setup": ["debate-amplification"]}}
    recursive = merge(
        answer,
        with_nudges(
            "The model summarises each chapter, then summarises the summaries; labellers "
            "judge the summary at every node of the tree."
        ),
    )
    debate = merge(
        answer,
        with_nudges("Two copies of the model debate each question and a person judges."),
    )
    quiet = fired(core, recursive)
    assert "debate-judge-limits" not in quiet
    assert "oversight-copies-collude" not in quiet
    loud = fired(core, debate)
    assert "debate-judge-limits" in loud
    assert "oversight-copies-collude" in loud


def _detects_within_a_minute(build: str) -> None:
    """Run the critic on the story ``build`` makes (Python that sets ``rationale``, the
    story's rationale answers) in a fresh process that must finish within a minute: a hang
    guard, not a timing."""
    import subprocess
    import sys

    code = (
        "from storybuilder.bank import packaged_bank; from storybuilder.critic import detect; "
        "from storybuilder.story import Story; "
        "from tests.test_critic import BASE, merge; "
        + build
        + "; story = Story.model_validate(merge(BASE, {'rationale': rationale})); "
        "detect(story, packaged_bank('core')); print('read')"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).parent.parent,
    )
    assert done.stdout.strip() == "read", done.stderr


def test_a_story_with_one_enormous_capitalised_word_is_checked_without_hanging() -> None:
    """A name pattern that looked for a capital inside a word tried every split of it: a
    story holding one 200,000-letter word took minutes."""
    _detects_within_a_minute(
        "word = 'AbcDef' * 35_000; "
        "rationale = {'nudges': word + ' scores every live text; we kept what ' + word + ' rates.'}"
    )


def test_a_story_listing_thousands_of_instruments_is_checked_without_hanging() -> None:
    """Each instrument an action works on is looked for in the reward's sentences: a story
    listing 20,000 different ones beside a long reward took minutes before the number
    looked for was capped."""
    _detects_within_a_minute(
        "acts = 'The policy outputs set points for ' + ', '.join("
        "f'the valve on the x{i} sensor' for i in range(20_000)) + '.'; "
        "reward = 'The reward is minus a penalty ' + 'when the plant reads high ' * 20_000; "
        "rationale = {'nudges': acts, 'constraints': reward + '.'}"
    )


def test_weaknesses_a_story_names_itself_are_one_problem(core: Bank) -> None:
    # Care should not earn more problems than carelessness: what the author already says
    # is open is listed once, under one problem, each part still decided on its own.
    admitted = with_nudges(
        "Both checks are tests of behaviour under changed inputs. We have not checked whether "
        "the card is really what the trained model uses to decide."
    )
    problems = detect(Story.model_validate(merge(BASE, admitted)), core)
    own = [p for p in problems if p.rule == "open-by-its-own-account"]
    assert len(own) == 1
    assert {"behavioural-evidence-admitted", "training-outcome-admitted-open"} <= set(
        own[0].members
    )
    assert not {p.rule for p in problems} & set(own[0].members)


def test_best_of_n_against_a_learned_judge_is_asked_as_over_optimisation(core: Bank) -> None:
    # Choosing the highest-scoring of many samples optimises against the judge as surely
    # as reinforcement learning does, whatever else trains the model.
    answers = {
        "answers": {
            **BASE["answers"],
            "training-setup": ["imitation", "debate-amplification"],
            "training-judge": ["people-partly", "learned-judge"],
        }
    }
    chosen = with_nudges(
        "Best-of-n selection against the helpfulness model picks the critique raters see, "
        "without any reinforcement learning."
    )
    plain = with_nudges("Raters see the critique the model writes first.")
    assert "learned-reward-overoptimization" in fired(core, merge(chosen, answers))
    assert "learned-reward-overoptimization" not in fired(core, merge(plain, answers))
