"""Tests for the mechanistic-vs-behavioral check on goal specifications.

Measured: mechanistic MEASURED_M/30, behavioral MEASURED_B/33.
"""

from __future__ import annotations

import pytest

from storybuilder.mechanism import Assessment, assess

# Goal specifications that say how the model works inside: what it computes or
# represents, what it is built from, and what it does not do. Several also mention
# outputs or accuracy, which must not sink them.
MECHANISTIC: list[str] = [
    # protein folding
    "The network should learn an internal representation of residue-residue contact "
    "geometry and refine a 3D structure by iteratively applying learned pairwise distance "
    "constraints; it should not memorise structures from the training set by sequence lookup.",
    # RL for data-centre cooling
    "A learned value function over sensor readings (inlet temperatures, fan speeds, chiller "
    "load) combined with a one-step greedy choice of setpoints. There is no multi-step "
    "planning and no model of anything outside the cooling plant.",
    # code completion
    "Mostly local pattern matching: the model copies and adapts idioms from the surrounding "
    "file and from similar code it saw in training, using features such as variable names and "
    "indentation. It does not run or simulate the program.",
    # medical triage
    "A set of heuristics that map symptom clusters and vital signs to an urgency level, "
    "roughly like the rules a triage nurse uses, with no representation of the patient as "
    "someone it could influence and no goals beyond scoring the current case.",
    # chess value net
    "Implements a learned value function over board features (material, king safety, pawn "
    "structure, mobility) and no lookahead: it scores a single position without searching "
    "over moves.",
    # recommender
    "Internally it should be a factorisation: each user and item is represented as a vector "
    "of taste dimensions, and the score is their similarity. It has no model of how its "
    "recommendations change what users will want later.",
    # robot grasping
    "A visual module that detects graspable edges and surfaces, feeding a motor controller "
    "that maps grasp points to joint angles; the policy is reactive and does not plan beyond "
    "the current grasp.",
    # LLM assistant, truthful question-answerer
    "A world model plus an honest translation of its beliefs into text: when it answers, it "
    "reports what its own world model says rather than predicting what a human rater would "
    "want to hear.",
    # translation
    "It should consist of an encoder that builds a language-neutral representation of "
    "sentence meaning and a decoder that renders that meaning in the target language, "
    "without any optimisation over the reader's reactions.",
    # weather forecasting
    "The model approximates the physical dynamics of the atmosphere: it encodes the current "
    "state on a grid and steps it forward with learned update rules resembling advection and "
    "diffusion, rather than matching past weather patterns.",
    # fraud detection
    "A gradient-boosted ensemble of shallow trees over hand-engineered transaction features "
    "(amount, merchant category, time since last purchase). It keeps no memory across "
    "customers and cannot reason about how fraudsters will adapt.",
    # pure predictor
    "A pure predictor: a world model built from human-understandable concepts plus a "
    "predictor on top, with no optimisation over the world and no preference over which "
    "predictions come true.",
    # myopic, act-based agent
    "An act-based agent that picks only the next action by estimating the overseer's "
    "approval of it; it never searches over long sequences of actions and has no objective "
    "beyond the current step.",
    # spam filter, short
    "A linear combination of token-level features, essentially a weighted word list; nothing "
    "in it represents the sender or the recipient.",
    # very short
    "Shape and texture heuristics; no planning.",
    # cat classifier that also states its output
    "A bundle of edge, fur-texture and ear-shape detectors whose outputs are pooled into a cat "
    "score. It classifies cats, but the point is that it does this with human-like visual "
    "features and without any search or goal.",
    # driving perception
    "The perception stack is composed of separate circuits for lane geometry, object tracking "
    "and free-space estimation; the planner is a hand-written program, so the learned part "
    "does no planning of its own.",
    # narrow theorem prover
    "A narrow agent that searches over proof steps within Lean's formal language only; it has "
    "no representation of humans, the internet, or the physical world.",
    # speech recognition
    "Computes a frame-level phoneme distribution from spectrogram features and combines it "
    "with a language model through beam search; the acoustic part is a stack of convolution "
    "and attention layers that does not keep state across utterances.",
    # content moderation
    "Represents each post as a mix of topic and toxicity features and applies a learned "
    "threshold; it does not model the author's intent or try to anticipate how people will "
    "react to removals.",
    # supply-chain forecasting
    "An autoregressive model of demand that extrapolates seasonal and trend components from "
    "each product's history; internally it is a decomposition into seasonality, trend and "
    "residual, with no awareness of its own forecasts being used to set orders.",
    # drug discovery
    "A scoring function learned from binding assays that depends only on local chemical "
    "substructures of the molecule; it does not generate molecules or optimise anything itself.",
    # Go
    "A policy network proposing candidate moves plus a Monte Carlo tree search that evaluates "
    "them; all search happens in the explicit tree, and the networks themselves contain no "
    "internal search.",
    # simulator LLM
    "A simulator of internet text: it models the distribution of authors who could have "
    "written the prompt and samples a continuation from that mixture, without having goals of "
    "its own about the conversation.",
    # loan underwriting
    "Uses only the applicant's income, debt ratio and repayment history, combined by a small "
    "monotone scoring algorithm; it has no access to protected attributes and no "
    "representation of them, and it doesn't optimise approval rates.",
    # tumour detection: leads with accuracy, then the mechanistic claim
    "We expect around 90% accuracy, but the claim that matters is about how: the model should "
    "recognise tumours through local texture and boundary features in the scan, not through "
    "hospital-specific markers such as scanner artefacts or text labels.",
    # approval-directed assistant
    "The intended model is a corrigible assistant in the approval-directed sense: for each "
    "candidate reply it estimates how much its overseer would endorse that reply on "
    "reflection and chooses the highest, and it never reasons about the training process or "
    "about how to influence its overseer.",
    # industrial anomaly detection
    "An autoencoder that compresses normal sensor traces into a low-dimensional latent space; "
    "anomalies are simply inputs it reconstructs badly. It holds no model of the plant's "
    "operators.",
    # search ranking
    "Relevance is computed as a learned match between query and document embeddings plus a "
    "few click-through features; the ranker does not track individual users over time.",
    # music generation
    "A next-note predictor that has learned local harmonic and rhythmic regularities; it has "
    "no long-range plan for the piece and no model of the listener.",
]

# Goal specifications that only say what the model outputs, how well, or what task it
# does. Several use a mechanism-sounding word loosely ("algorithm", "represents",
# "internal", "features", "module", "consists of", "mechanism", "plans").
BEHAVIORAL: list[str] = [
    "A model that classifies cats.",
    "The system answers customer questions correctly and politely.",
    "Predicts the next token well.",
    "Achieves 95% accuracy on the held-out test set.",
    "A model that is safe and helpful.",
    # protein folding
    "Given an amino-acid sequence, the model outputs a predicted 3D structure with a median "
    "GDT score above 85 on the CASP benchmark.",
    # data-centre cooling
    "The RL controller reduces cooling energy by at least 30% while keeping every rack below "
    "its temperature limit.",
    # code completion
    "Suggests the next few lines of code as developers type, with suggestions accepted more "
    "than a third of the time.",
    # medical triage
    "Sorts incoming emergency patients into five urgency categories and should never "
    "under-triage a life-threatening case.",
    # chess
    "A chess engine that beats grandmasters and evaluates positions accurately.",
    # recommender
    "Recommends movies users will enjoy, increasing watch time and keeping churn low.",
    # robot grasping
    "The robot picks up unfamiliar household objects from a cluttered bin without dropping "
    "them, succeeding on nine out of ten attempts.",
    # translation
    "Translates English news articles into fluent, faithful German that professional "
    "translators rate as publishable.",
    # weather
    "Forecasts temperature and rainfall ten days ahead more accurately than the current "
    "operational models.",
    # fraud
    "Flags fraudulent transactions in real time with high recall and a false-positive rate "
    "under 0.1%.",
    # loose "algorithm"
    "Our recommendation algorithm should show each shopper products they are likely to buy.",
    # loose "represents"
    "The chatbot represents our brand in customer conversations and always responds in a "
    "friendly, on-message tone.",
    # loose "internal" / "internally"
    "After internal testing, the model should reach human-level performance on our triage "
    "benchmark and be deployed internally to clinicians.",
    # loose "features"
    "A code assistant that supports all the features developers expect: completion, "
    "refactoring suggestions and docstring generation.",
    # behavioural negations, not capability negations
    "The assistant gives no harmful advice, never produces offensive content, and refuses "
    "dangerous requests.",
    # loose "module"
    "The triage module outputs an urgency score for each patient that matches a senior "
    "nurse's judgement.",
    # loose "consists of" (about the project, not the model)
    "The project consists of collecting labelled scans and training a network that detects "
    "tumours as well as radiologists do.",
    # positive "plans" as a task, not a claim about internals
    "An agent that plans delivery routes for our fleet, cutting fuel use by 15%.",
    # longer weather nowcasting
    "The system should produce hourly precipitation nowcasts for the whole country, updated "
    "every five minutes, that outperform radar extrapolation for lead times up to ninety "
    "minutes and remain reliable during extreme storms.",
    # LLM assistant, list of virtues
    "The assistant should be honest, harmless and helpful, follow user instructions, decline "
    "clearly unethical tasks, and admit when it does not know an answer.",
    # architecture named, algorithm not
    "A transformer that summarises legal contracts accurately.",
    # speech
    "Transcribes meeting audio with a word error rate below 5% across accents.",
    # manufacturing
    "Detects defects on the production line and alerts operators before faulty parts ship.",
    # vague, no cue at all
    "A good model that generalizes to new users.",
    # "world" without "world model"
    "The best forecasting model in the world for energy prices, used by traders every day.",
    # "deep learning" named, nothing about what it learns
    "It uses deep learning to diagnose diabetic retinopathy from retinal photographs at "
    "specialist level.",
    # game playing
    "The agent should learn to play StarCraft at a professional level and win most of its "
    "games against top human players.",
    # loose "mechanism"
    "Provides a feedback mechanism so users can correct wrong answers, and keeps its answers "
    "short and on topic.",
]
