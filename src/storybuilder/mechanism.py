"""The mechanistic check: does a goal specification say how the model works inside?

A training goal specification should describe the *algorithm* the model is meant to
implement (what it computes or represents, what it is built from, and what it does not
do), not only the behaviour it shows (what it outputs, how accurately, which task it
performs). "Classifies cats" is behavioral; "a bundle of shape and texture heuristics,
with no planning" is mechanistic.

How the verdict is reached
--------------------------
The text is normalised (Unicode NFKC, case-folded, typographic quotes and hyphens made
plain) and scanned with two lexicons of regular expressions, compiled on first use.

**Mechanism cues** carry a weight; each lexicon entry counts once, however often it
matches.

* 3: a *negated capability*, i.e. what the model does not do or have: "no planning",
  "does not search", "without any optimiser", "has no model of the user", "keeps no
  memory", "is not pursuing a goal", "nothing in it models clinicians". This is the
  sharpest, most falsifiable kind of claim about internals. Negations of outputs ("never
  produces offensive content", "no errors") are not capabilities and do not count.
* 2: words that can only be about internals: "internally", "internal representation",
  "represents X as Y", "world model", "heuristics", "circuits", "value function",
  "latent space", "pattern matching", "tree search", "simulator of", "pure predictor",
  "keeps a map of", and named algorithms whose name says what is computed ("naive
  Bayes", "collaborative filtering", "lookup table", "weighted sum of").
* 1.5: usually about internals but also used loosely: "computes", "implements",
  "encodes", "approximates", "depends only on", "ignores", "hand-written", "frozen",
  "its encoder", "a learned correction", "a decision tree over symptoms".
* 1: weak hints: "algorithm", "mechanism", "features", "module", "embeddings",
  "composed of", "a bundle of", "plus a", "rather than", "maps X to Y", "by
  estimating". Two of them together make a claim.
* 0.5: architecture names ("transformer", "CNN", "layers"). The architecture limits
  what training can produce; it is not the learned algorithm.

Loose uses that look mechanistic are excluded where the wording shows it: "internal
testing", "deployed internally", "RL algorithm", "cutting-edge algorithm", "learned
embeddings" (a part named without saying what it holds).

**Behavior cues** (task verbs such as "classifies", "answers", "predicts"; performance
words such as "accuracy", "95%", "benchmark", "outperforms", "well"; virtues such as
"safe", "helpful") do not move the verdict. They are reported so that the explanation can
say what the text talks about instead.

**Rule.** A specification is flagged as behavioral-only when its mechanism score (the
sum of the weights of the entries found) is below ``THRESHOLD`` (2.0): one strong cue,
or two weaker ones, is enough to count as a claim about internals. Short texts follow
the same rule, so a short text with no mechanism cue is flagged. Text with no word
characters at all (empty, whitespace, punctuation) is not flagged: there is nothing to
judge, and missing answers are another rule's business.

Limits
------
A lexicon cannot know every way of describing a mechanism. On fresh hand-written text
(see tests/test_mechanism.py) it almost never passes a behavioral specification, but it
flags roughly half of the mechanistic ones that are phrased in words it does not know.
The explanation therefore says "we found no clear claim", not "there is none".

Only the first ``MAX_CHARS`` characters from the first word on are read. Every pattern
uses bounded repetition, so the scan is linear in that window, and it never raises on
any string (lone surrogates, control characters and the like included).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Assessment:
    """The verdict on one specification, with the words that led to it."""

    behavioral_only: bool
    """True when the text describes only what the model outputs, not how it works."""
    behavior_cues: tuple[str, ...]
    """Phrases found that describe outputs or performance."""
    mechanism_cues: tuple[str, ...]
    """Phrases found that describe internals: representations, algorithms, what it does not do."""
    explanation: str
    """One or two sentences naming the triggers and what to add; empty when fine."""


THRESHOLD = 2.0
"""A specification whose mechanism score is below this is flagged as behavioral-only."""

MAX_CHARS = 50_000
"""Only this many characters are read, starting at the first word. A real specification
is a few paragraphs; the cap keeps the check fast on pasted junk."""

MAX_CUES = 12
"""At most this many cue phrases are reported on each side."""

_MATCHES_PER_CUE = 3
"""At most this many distinct phrasings are collected for any one lexicon entry."""

_SHOWN_IN_EXPLANATION = 4
"""At most this many cue phrases are quoted in the explanation."""


@dataclass(frozen=True)
class _Cue:
    name: str
    weight: float
    regex: str

    @property
    def pattern(self) -> re.Pattern[str]:
        # Compiled on first use (re caches it), not at import: compiling the whole
        # lexicon costs tens of milliseconds that a command may never need.
        return _compiled(self.regex)


@functools.cache
def _compiled(regex: str) -> re.Pattern[str]:
    return re.compile(regex)


def _cue(name: str, weight: float, regex: str) -> _Cue:
    return _Cue(name, weight, regex)


# --- building blocks --------------------------------------------------------------

# Up to three filler words between a negation and the capability it negates:
# "no explicit long-horizon planning", "does not run or simulate". "to" may not be a
# filler, so "users don't need to learn SQL" is not read as "does not learn".
_FILL = r"(?:(?!to\s)[\w'-]+\s+){0,3}?"

# Capabilities and inner structure (as nouns) whose absence is a claim about internals.
_CAP_NOUNS = (
    r"plan|plans|planning|planner|planners|lookahead|look-ahead|"
    r"search|searches|searching|tree\s+search|"
    r"optimi[sz](?:ation|ations|er|ers|ing)|mesa-optimi[sz]\w*|"
    r"goals?|subgoals?|sub-goals?|objectives?|preferences?|desires?|intentions?|agency|"
    r"world\s+model|self-model|models?|representations?\s+of|"
    r"awareness|situational\s+awareness|knowledge\s+of|access\s+to|"
    r"memory|memories|state|recurrence|rollouts?|simulation|lookup|"
    r"reasoning|deception|scheming|consequentialis[mt]\w*|"
    r"learning|internal\s+[\w-]+|computation|computations|inference|deliberation|"
    r"notion|concept|sense\s+of|understanding|beliefs?|"
    r"dictionary|lexicon|cache|attempts?\s+to|effort\s+to|strategy|strategies|"
    r"stake\s+in|[\w-]+\s+of\s+its\s+own|(?:ability|capacity|capability)\s+to\s+[\w-]+"
)

# Capabilities (as verbs) after "does not", "cannot", "never" and the like.
_CAP_VERBS = (
    r"plan|plans|planned|planning|look\s+ahead|looks\s+ahead|"
    r"search|searches|searched|searching|optimi[sz](?:e|es|ed|ing)|"
    r"simulat(?:e|es|ed|ing)|model|models|modell?ing|"
    r"reason|reasons|reasoning|deceive|deceives|scheme|schemes|pursue|pursues|"
    r"represent|represents|track(?!\s+of)|tracks(?!\s+of)|"
    r"remember|remembers|memori[sz]e|memori[sz]es|store|stores|retain|retains|"
    r"anticipate|anticipates|influence|influences|manipulate|manipulates|"
    r"learn|learns|update\s+itself|updates\s+itself|access|accesses|"
    r"consider|considers|look\s+beyond|looks\s+beyond|decide|decides|steer|steers|"
    r"(?:have|has|form|forms|contain|contains|set|sets|hold|holds|keep|keeps|build|builds)"
    r"\s+" + _FILL + r"(?:" + _CAP_NOUNS + r"|opinions?|views?)"
)

# Gerunds and agent nouns after "is not" / "isn't": "is not pursuing a goal".
_CAP_BEING = (
    r"pursuing|planning|searching|optimi[sz]ing|modell?ing|simulating|reasoning|"
    r"deceiving|scheming|tracking|learning|remembering|trying\s+to|"
    r"an?\s+(?:[\w-]+\s+)?(?:agent|optimi[sz]er|planner|searcher|world\s+model)"
)

# After a negated noun: compounds ("no state-of-the-art") and everyday phrases ("no
# memory leaks", "no search results") look like a negated capability but are not.
_NOT_COMPOUND = (
    r"(?!-)(?!\s+(?:leaks?|results?|engines?|bars?|queries|box|costs?|limits?|cards?|"
    r"curves?|rates?|releases?|updates?|versions?|violations?|usage|footprint)\b)"
)

_NEG_NOUN = (
    r"\b(?:no|without|lacks?|lacking|free\s+of|absence\s+of|nor|not\s+any|never\s+any)"
    r"\s+(?:any\s+|an?\s+|the\s+)?" + _FILL + r"(?:" + _CAP_NOUNS + r")\b" + _NOT_COMPOUND
)

_NEG_VERB = (
    r"\b(?:does\s+not|doesn't|do\s+not|don't|did\s+not|didn't|will\s+not|won't|"
    r"cannot|can\s+not|can't|must\s+not|mustn't|should\s+not|shouldn't|"
    r"is\s+not\s+able\s+to|is\s+unable\s+to|never|"
    r"nothing\s+(?:in|inside)\s+(?:it|the\s+model|the\s+network|the\s+policy))"
    r"\s+(?:even\s+|ever\s+|try\s+to\s+|attempt\s+to\s+)?"
    + _FILL
    + r"(?:"
    + _CAP_VERBS
    + r")\b"
    + _NOT_COMPOUND
)

_NEG_BEING = (
    r"\b(?:is\s+not|isn't|are\s+not|aren't|was\s+not)\s+(?:even\s+|actually\s+)?"
    r"(?:" + _CAP_BEING + r")\b"
)

# "holds no opinion", "is not expected to carry out any planning",
# "nothing resembling an understanding".
_NEG_HOLD = (
    r"\b(?:(?:has|have|holds?|forms?|keeps?|carries|contains?)\s+no|"
    r"not\s+(?:[\w'-]+\s+){0,4}?any|nothing\s+(?:resembling|like))"
    r"\s+(?:an?\s+)?" + _FILL + r"(?:" + _CAP_NOUNS + r"|opinions?|views?|stance|"
    r"interactions?\s+between)\b" + _NOT_COMPOUND
)

# "nothing about human behaviour is in there"
_NEG_NOTHING_IN = (
    r"\bnothing\s+(?:about|of|from)\s+(?:[\w'-]+\s+){1,4}?(?:is|goes|gets)\s+(?:in|into)\s+"
    r"(?:there|it|the\s+model|the\s+weights|the\s+network)\b"
)

_ARCHITECTURE = (
    r"\b(?:transformers?|cnns?|convolutional|convolutions?|neural\s+net(?:work)?s?|"
    r"networks?|lstms?|rnns?|mlps?|gnns?|deep\s+learning|gradient[\s-]boosted|"
    r"random\s+forests?|decision\s+trees?|encoders?|decoders?|autoencoders?|autoregressive|"
    r"layers?|attention|weights|parameters|architecture|llms?|language\s+models?)\b"
)

# Nouns that, after "internal", name a part of the model rather than of the company.
_INTERNAL_NOUNS = (
    r"representations?|states?|models?|computations?|structure|features?|search|"
    r"planning|planner|reasoning|goals?|objectives?|mechanisms?|workings|circuitry|"
    r"circuits?|algorithms?|processing|variables?|memory|optimi[sz]ers?|optimi[sz]ation|"
    r"world\s+model|beliefs?|concepts?|activations?"
)

# Named algorithms whose name already says what is computed. (Neural architectures are
# not here: "a transformer" says what can be learned, not what was.)
_NAMED_ALGORITHMS = (
    r"naive\s+bayes|logistic\s+regression|linear\s+regression|linear\s+models?|"
    r"k-means|k-nn|nearest[\s-]neighbou?rs?|collaborative\s+filtering|"
    r"matrix\s+factori[sz]ation|dot\s+products?|cosine\s+similarity|"
    r"bag[\s-]of[\s-]words|tf-idf|bigrams?|n-grams?|hidden\s+markov|markov\s+chains?|"
    r"kalman\s+filters?|particle\s+filters?|cellular\s+automat(?:on|a)|potential[\s-]fields?|"
    r"occupancy\s+grids?|behaviou?r\s+trees?|finite[\s-]state\s+machines?|rule[\s-]based|"
    r"decision\s+lists?|q-tables?|phrase\s+tables?|lookup\s+tables?|look-up\s+tables?|"
    r"dynamic\s+programming|minimax|alpha-beta|a\*\s+search|a-star|mcts|pid\s+controllers?|"
    r"gaussian\s+process(?:es)?|support\s+vector|principal\s+components?|"
    r"template\s+matching|denois(?:er|ers|ing)|nearest-match|"
    r"distance\s+fields?|survival\s+curves?|equivalent[\s-]circuit|"
    r"(?:weighted\s+)?(?:sum|average)\s+of|weighted\s+product\s+of"
)

_MECHANISM: tuple[_Cue, ...] = (
    # -- What it does not do: the sharpest, most falsifiable claims. (3)
    _cue("negated capability", 3.0, _NEG_NOUN),
    _cue("negated capability", 3.0, _NEG_VERB),
    _cue("negated capability", 3.0, _NEG_BEING),
    _cue("negated capability", 3.0, _NEG_HOLD),
    _cue("negated capability", 3.0, _NEG_NOTHING_IN),
    # -- Words that can only be about internals. (2)
    _cue(
        "internally",
        2.0,
        r"(?<!used )(?<!deployed )(?<!tested )(?<!shared )(?<!hosted )(?<!built )"
        r"(?<!developed )(?<!released )(?<!evaluated )(?<!available )\binternally\b"
        r"(?!\s+(?:at|to|by|within|across|in\s+the\s+(?:company|team|org\w*)))",
    ),
    _cue("internal part", 2.0, r"\binternal\s+(?:[\w-]+\s+)?(?:" + _INTERNAL_NOUNS + r")\b"),
    _cue(
        "inside the model",
        2.0,
        r"\b(?:inside|within)\s+(?:the|its|this)\s+(?:model|network|weights|policy)\b"
        r"|\bunder\s+the\s+hood\b|\bat\s+heart\b",
    ),
    _cue("represents as", 2.0, r"\brepresent(?:s|ed|ing)?\b[^.;:!?\n]{0,60}?\bas\b"),
    _cue("representation", 2.0, r"\brepresentations?\b"),
    _cue("world model", 2.0, r"\bworld[\s-]models?\b"),
    _cue("heuristics", 2.0, r"\bheuristics?\b"),
    _cue("circuits", 2.0, r"\bcircuits?\b|\bcircuitry\b"),
    _cue("value function", 2.0, r"\bvalue\s+functions?\b|\bq-functions?\b"),
    _cue(
        "latent",
        2.0,
        r"\blatent\s+(?:space|spaces|variables?|states?|codes?|factors?|quantit\w+)\b",
    ),
    _cue("pattern matching", 2.0, r"\bpattern[\s-]match(?:ing|er|es)?\b|\bmatches\s+patterns\b"),
    _cue(
        "explicit search",
        2.0,
        r"\b(?:tree|beam|monte\s+carlo|explicit|internal|heuristic|best-first)\s+search\b"
        r"|\bsearch(?:es|ing)?\s+(?:over|through)\b|\blook-?ahead\b",
    ),
    _cue("simulator", 2.0, r"\bsimulat(?:or|ors|es|ion|ions|ing)\s+of\b"),
    _cue("pure predictor", 2.0, r"\bpure\s+predictors?\b"),
    _cue("stateless", 2.0, r"\b(?:stateless|memoryless|purely\s+reactive)\b"),
    _cue("named algorithm", 2.0, r"\b(?:" + _NAMED_ALGORITHMS + r")(?!\w)"),
    _cue(
        "keeps internal state",
        2.0,
        r"\b(?:keeps?|maintains?|stores?|holds?|builds?|tracks?|updates?)\s+"
        r"(?:an?|its|the|one)\s+(?:[\w-]+\s+){0,2}?(?:map|memory|record|model|estimate|"
        r"belief|beliefs|representation|state|table|count|counts|cache|index|graph)\b",
    ),
    # -- Usually about internals, sometimes used loosely. (1.5)
    _cue("computes", 1.5, r"\bcomput(?:e|es|ed|ing)\b"),
    _cue("implements", 1.5, r"\bimplement(?:s|ing)\b"),
    _cue("encodes", 1.5, r"\bencod(?:e|es|ed|ing)\b"),
    _cue("approximates", 1.5, r"\bapproximat(?:e|es|ed|ing|ion|ions)\b"),
    _cue("memorises", 1.5, r"\bmemori[sz](?:e|es|ed|ing|ation)\b"),
    _cue("interpolates", 1.5, r"\binterpolat(?:e|es|ed|ing|ion)\b"),
    _cue("factorisation", 1.5, r"\bfactori[sz](?:ation|ations|es|ed|ing)\b"),
    _cue("beliefs", 1.5, r"\b(?:its|the\s+model's|internal)\s+beliefs?\b"),
    _cue("myopic", 1.5, r"\bmyopic\b|\bact-based\b|\bapproval-directed\b|\breactive\b"),
    _cue("neurons", 1.5, r"\bneurons?\b|\battention\s+heads?\b|\bactivations?\b"),
    _cue("probes", 1.5, r"\bprob(?:e|es|ing)\b|\bread\s*-?outs?\b|\bread\s+out\b"),
    _cue(
        "its part",
        1.5,
        # Naming one of the model's own parts: "its image encoder", "its value head".
        r"\bits\s+(?:own\s+)?(?:[\w-]+\s+)?(?:encoder|decoder|layers?|weights|activations|"
        r"representations?|features|value\s+head|memory|latents?|embeddings?|"
        r"circuits?|modules?|components?)\b",
    ),
    _cue(
        "learned part",
        1.5,
        # Generic parts ("learned weights", "learned embeddings", "learned features") are
        # left out: they name a component without saying what it holds.
        r"\blearn(?:ed|t)\s+(?:[\w-]+\s+){0,2}?(?:functions?|mappings?|rules?|"
        r"representations?|regularities|heuristics|constraints?|thresholds?|match(?:es)?|"
        r"patterns?|filters?|detectors?|associations?|statistics|"
        r"contributions?|fields?|modes|priors?|distributions?|codebooks?|scores?|"
        r"calibrations?|corrections?|terms?|adapters?|relations?|relationships?)\b"
        r"|\b(?:the\s+)?(?:only\s+)?(?:learned|learnt|trained|neural)\s+(?:part|bit|piece|"
        r"portion|component|stage)\b",
    ),
    _cue(
        "depends only on",
        1.5,
        # Restrictions on what it uses or does: "depends only on", "X alone", "only learns".
        r"\b(?:depends?|relies|rely|based|conditioned|looks?|attends?|draws?)\s+"
        r"(?:only|solely|purely|entirely|just|exclusively)\s+(?:on|at|to|from)\b"
        r"|\b(?:uses?|sees?|reads?|gets?|receives?|takes?)\s+only\b|\bonly\s+uses?\b"
        r"|\buses?\s+nothing\s+but\b"
        r"|\b(?:given|from|on)\s+(?:[\w'-]+\s+){1,4}?alone\b"
        r"|\bonly\s+(?:learns?|decides?|sees?|reads?|looks\s+at|attends\s+to|corrects?|"
        r"copies|depends|adjusts|fits|encodes|stores|remembers)\b"
        r"|\b(?:purely|strictly|entirely)\s+local\b",
    ),
    _cue(
        "driven by",
        1.5,
        r"\b(?:decisions?|predictions?|outputs?|scores?|choices?|answers?|classifications?)\s+"
        r"(?:is|are|should\s+be|will\s+be)\s+(?:driven|determined|based|explained)\s+(?:by|on)\b",
    ),
    _cue(
        "fixed structure",
        1.5,
        r"\b(?:hand-?(?:written|coded|crafted|engineered)|hard-?coded|"
        r"written\s+by\s+(?:designers|engineers|hand|people|humans|experts)|"
        r"(?:forced|constrained)\s+to\s+(?:satisfy|obey|copy|follow|respect))\b",
    ),
    _cue(
        "input restriction",
        1.5,
        r"\b(?:never|does\s+not|doesn't|cannot|can't)\s+(?:see|sees|receive|receives)\b"
        r"|\bis\s+(?:never|not)\s+(?:given|shown)\b",
    ),
    _cue(
        "ignores",
        1.5,
        r"\b(?:ignor(?:e|es|ed|ing)|disregard(?:s|ed|ing)?|(?:is|be)\s+(?:blind|indifferent)\s+to|"
        r"pays?\s+no\s+attention\s+to)\b",
    ),
    _cue("nothing else", 1.5, r"\b(?:and|but)\s+nothing\s+(?:else|more)\b|\bnothing\s+beyond\b"),
    # -- Weak hints: a part, a step, a structure. (1) Two of them make a claim.
    _cue(
        "algorithm",
        1.0,
        # "learning algorithm", "RL algorithm", "cutting-edge algorithm" name the training
        # method or sell it; they say nothing about the learned algorithm.
        r"(?<!learning )(?<!training )(?<!rl )(?<!-edge )(?<!-the-art )(?<!advanced )"
        r"(?<!proprietary )(?<!novel )(?<!our )(?<!recommendation )(?<!ai )(?<!ml )"
        r"\balgorithm(?:s|ic)?\b",
    ),
    _cue("mechanism", 1.0, r"\bmechanisms?\b|\bmechanistic(?:ally)?\b"),
    _cue("features", 1.0, r"\bfeatures?\b|\bfeaturi[sz]ation\b|\bcues\b"),
    _cue("module", 1.0, r"\bmodules?\b|\bsubroutines?\b|\bsub-networks?\b"),
    _cue("components", 1.0, r"\bcomponents?\b"),
    _cue("detectors", 1.0, r"\bdetectors?\b"),
    _cue("concepts", 1.0, r"\bconcepts?\b|\babstractions?\b"),
    _cue("regularities", 1.0, r"\bregularities\b|\bcorrelations\b|\bstatistics\b"),
    _cue("estimates", 1.0, r"\bestimat(?:e|es|ing)\b"),
    _cue("extrapolates", 1.0, r"\bextrapolat(?:e|es|ing)\b"),
    _cue("vectors", 1.0, r"\bvectors?\b|\bembed(?:s|ding|dings)?\b"),
    _cue("per-part", 1.0, r"\bper-[a-z]+\b"),
    _cue(
        "function over",
        1.5,
        # Naming a function and its domain: "a decision tree over symptoms",
        # "a distribution over tactics", "a logistic model over six lab values".
        r"\b(?:trees?|functions?|distributions?|classifiers?|models?|tables?|controllers?|"
        r"mixtures?|regressions?|grids?|scores?|probabilit(?:y|ies)|softmax|ensembles?)\s+"
        r"over\s+(?!the\s+(?:years?|course|past|next|long)\b|time\b)",
    ),
    _cue(
        "fixed part",
        1.5,
        r"\b(?:frozen|untouched|unchanged\s+by\s+training|left\s+fixed|kept\s+fixed)\b",
    ),
    _cue(
        "arithmetic",
        1.0,
        r"\bweighted\b|\badd(?:s|ed)?\s+up\b|\bconvolv(?:e|es|ed|ing)\b|\bthresholds?\b"
        r"|\bcorrection\s+(?:term|to)\b|\bfunction\s+of\b|\bdistances?\s+(?:from|to|between)\b"
        r"|\bsimilarit(?:y|ies)\b",
    ),
    _cue(
        "is basically",
        1.0,
        # Analogy framings that introduce what the model *is*.
        r"\b(?:is|be)\s+(?:basically|essentially|in\s+effect)\b|\bworks?\s+like\b"
        r"|\bbehaves?\s+(?:like|as)\b|\bends?\s+up\s+as\b|\bamounts?\s+to\b"
        r"|\bboils?\s+down\s+to\b|\bsomething\s+like\s+an?\b",
    ),
    _cue(
        "learns what",
        1.0,
        r"\blearns?\s+(?:which|what|how\s+\w+\s+(?:co-occur|relate|interact)|"
        r"a\s+(?:catalogue|table|list|map|set|model)\s+of)\b"
        r"|\bwhat\s+(?:we\s+hope|we\s+expect|we\s+want)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?learns\b",
    ),
    _cue(
        "process step",
        1.0,
        r"\b(?:compar(?:es|ing)|looks?\s+up|retriev(?:es|ing|al)|segment(?:s|ing)|"
        r"pars(?:es|ing)|aggregat(?:es|ing)|averag(?:es|ing)|summ(?:ing|ed)|pool(?:s|ed|ing)|"
        r"extract(?:s|ing)|decompos(?:es|ing)|smooth(?:s|ing)|cop(?:ies|ying)|"
        r"propagat(?:es|ing)|message[\s-]passing|messages\s+pass|attends?\s+to|"
        r"finds?\s+the\s+(?:nearest|closest|most\s+similar))\b",
    ),
    _cue(
        "made of",
        1.0,
        r"\b(?:composed|comprised|made\s+up|made|built|assembled)\s+(?:out\s+)?(?:of|from)\b"
        r"|\bconsists?\s+of\b|\bconsist\s+of\b|\bconsisting\s+of\b"
        r"|\bdecompos(?:es|ed|ition)\s+into\b|\bon\s+top\s+of\b|\bwrapped\s+around\b",
    ),
    _cue(
        "collection of",
        1.0,
        r"\b(?:bundle|collection|ensemble|mixture|combination|stack|cascade|hierarchy|"
        r"library|bag|chain|set)\s+of\b",
    ),
    _cue("combines", 1.0, r"\bcombin(?:e|es|ed|ing)\b|\bplus\s+(?:an?|the|its|some|few)\b"),
    _cue("maps to", 1.0, r"\bmaps?\s+(?:[\w-]+\s+){1,5}?(?:to|onto|into)\b|\bmappings?\s+from\b"),
    _cue(
        "only as",
        1.0,
        r"\b(?:acts?|serves?|works?)\s+only\s+as\b|\bonly\s+(?:acts?|serves?)\s+as\b"
        r"|\bis\s+(?:merely|just|simply|nothing\s+more\s+than)\s+an?\b",
    ),
    _cue("contrast", 1.0, r"\brather\s+than\b|\binstead\s+of\b|\bnot\s+(?:through|via|by)\b"),
    _cue(
        "by means of",
        1.0,
        # "by estimating", "by tracking": how, not what. Gerunds that only restate the
        # goal ("by improving", "by reducing") or the training set-up do not count.
        r"\bby\s+(?!(?:using|being|making|helping|providing|giving|keeping|allowing|enabling|"
        r"reducing|increasing|improving|offering|ensuring|delivering|achieving|saving|"
        r"cutting|beating|winning|outperforming|getting|doing|having|following|"
        r"training|fine-tuning|deploying|automating|coordinating|adjusting|learning|"
        r"building|creating|working|taking|bringing|supporting|"
        r"(?:some|any|no|every)thing)\b)[a-z]{3,}ing\b",
    ),
    # -- Architecture only constrains what can be learned. (0.5)
    _cue("architecture", 0.5, _ARCHITECTURE),
)

_BEHAVIOR: tuple[_Cue, ...] = (
    _cue(
        "task verb",
        1.0,
        r"\b(?:classif(?:y|ies|ied|ying|ication|ications|ier|iers)|"
        r"answer(?:s|ed|ing)?|respond(?:s|ed|ing)?|responses?|replies|"
        r"outputs?|outputting|produc(?:e|es|ed|ing)|generat(?:e|es|ed|ing|ion)|"
        r"predict(?:s|ed|ing|ions?)?|recommend(?:s|ed|ing|ations?)?|"
        r"translat(?:e|es|ed|ing)|forecast(?:s|ed|ing)?|nowcasts?|"
        r"detect(?:s|ed|ing|ion)?|flag(?:s|ged|ging)?|identif(?:y|ies|ied|ying)|"
        r"recogni[sz](?:e|es|ed|ing|tion)|label(?:s|led|ling|ed|ing)?|rank(?:s|ed|ing)?|"
        r"summari[sz](?:e|es|ed|ing)|transcrib(?:e|es|ed|ing)|suggest(?:s|ed|ing|ions?)?|"
        r"diagnos(?:e|es|ed|ing|is)|triag(?:e|es|ed|ing)|sorts?|"
        r"picks?\s+up|grasps?|controls?|reduc(?:e|es|ed|ing)|cuts?|cutting|"
        r"maximi[sz](?:e|es|ed|ing)|minimi[sz](?:e|es|ed|ing)|solv(?:e|es|ed|ing)|"
        r"writ(?:e|es|ing)|plays?|wins?|beats?|folds?|completes?|completion|"
        r"follows?\s+(?:user\s+)?instructions|refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|"
        r"alerts?|evaluat(?:e|es|ed|ing)|help(?:s|ed|ing)?|assists?)\b",
    ),
    _cue(
        "performance",
        1.0,
        r"\b(?:accura(?:te|tely|cy)|inaccura(?:te|cy)|correct(?:ly|ness)?|precision|recall|"
        r"f1|auc|auroc|error\s+rates?|(?:success|false[\s-]positive|false[\s-]negative|"
        r"hit|click-through|acceptance)\s+rates?|benchmarks?|scores?|state[\s-]of[\s-]the[\s-]art|"
        r"sota|outperform(?:s|ed|ing)?|human[\s-]level|super-?human|specialist\s+level|"
        r"professional\s+level|top-\d+|perform(?:s|ed|ing|ance)?|effective(?:ly)?|"
        r"efficient(?:ly)?|succe(?:ed|eds|eding|ss|ssful|ssfully)|fail(?:s|ure)?|"
        r"better|best|more\s+accurately|loss|achiev(?:e|es|ed|ing)|reach(?:es|ed|ing)?)\b"
        r"|\b\d+(?:[.,]\d+)?\s*(?:%|percent\b|per\s+cent\b)"
        r"|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:times\s+)?out\s+of\s+"
        r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+hundred)\b"
        r"|(?<!as )\bwell\b(?!\s+as\b)(?!-)",
    ),
    _cue(
        "desirable quality",
        1.0,
        r"\b(?:safe(?:ly|ty)?|helpful(?:ness)?|harmless(?:ness)?|honest(?:y|ly)?|aligned|"
        r"trustworthy|useful|reliabl(?:e|y)|robust(?:ly|ness)?|fair(?:ly|ness)?|unbiased|"
        r"high[\s-]quality|good|fluent(?:ly)?|faithful(?:ly)?|polite(?:ly)?|friendly|"
        r"harmful|offensive|dangerous|toxic|ethical|unethical)\b",
    ),
)


# Typographic characters folded to plain ones so "doesn’t" and "look‑ahead" match.
_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2043": "-",
        "\u00ad": None,  # soft hyphen
        "\u200b": None,  # zero-width space
        "\u200c": None,
        "\u200d": None,
        "\ufeff": None,
    }
)

_HAS_WORD = re.compile(r"\w")


def _normalise(text: str) -> str:
    """The window of ``text`` to read, normalised; empty when it has no word at all."""
    first = _HAS_WORD.search(text)
    if first is None:
        return ""
    window = text[first.start() : first.start() + MAX_CHARS]
    folded = unicodedata.normalize("NFKC", window).casefold()
    return folded.translate(_FOLD)[:MAX_CHARS]


def _scan(text: str, lexicon: Iterable[_Cue]) -> tuple[float, list[tuple[int, int, str]]]:
    """Score one lexicon against ``text``; return the score and (start, end, phrase) hits."""
    score = 0.0
    hits: list[tuple[int, int, str]] = []
    for cue in lexicon:
        seen: set[str] = set()
        for match in cue.pattern.finditer(text):
            phrase = " ".join(match.group(0).split())
            if phrase in seen:
                continue
            seen.add(phrase)
            hits.append((match.start(), match.end(), phrase))
            if len(seen) >= _MATCHES_PER_CUE:
                break
        if seen:
            score += cue.weight
    return score, hits


def _phrases(hits: list[tuple[int, int, str]]) -> tuple[str, ...]:
    """Distinct phrases in reading order, dropping any that sit inside a longer hit."""
    ordered = sorted(hits, key=lambda h: (h[0], -(h[1] - h[0])))
    kept: list[tuple[int, int, str]] = []
    for start, end, phrase in ordered:
        if any(s <= start and end <= e for s, e, _ in kept):
            continue
        kept.append((start, end, phrase))
    result: list[str] = []
    for _, _, phrase in kept:
        if phrase not in result:
            result.append(phrase)
        if len(result) >= MAX_CUES:
            break
    return tuple(result)


def _quoted(phrases: Iterable[str]) -> str:
    shown = list(phrases)[:_SHOWN_IN_EXPLANATION]
    return ", ".join(f"\u201c{p}\u201d" for p in shown)


_ADVICE = (
    "Say what the model computes or represents, what it is built from, and what it does "
    "not do (for example: no planning, no search)."
)


def _explain(behavior: tuple[str, ...], mechanism: tuple[str, ...]) -> str:
    if behavior:
        first = (
            f"It names what the model does or how well ({_quoted(behavior)}), "
            "but we found no clear claim about how it works inside."
        )
    else:
        first = "We found no clear claim about how the model works inside."
    if mechanism:
        words = "The word" if len(mechanism) == 1 else "The words"
        verb = "hints" if len(mechanism) == 1 else "hint"
        first += (
            f" {words} {_quoted(mechanism)} only {verb} at internals: naming an "
            "architecture or a part is not yet saying what the model computes."
        )
    return f"{first} {_ADVICE}"


def assess(text: str) -> Assessment:
    """Judge whether a goal specification is behavioral-only; see the module docstring."""
    normal = _normalise(text)
    if not normal:
        return Assessment(False, (), (), "")
    mech_score, mech_hits = _scan(normal, _MECHANISM)
    _, behav_hits = _scan(normal, _BEHAVIOR)
    mechanism = _phrases(mech_hits)
    behavior = _phrases(behav_hits)
    flagged = mech_score < THRESHOLD
    explanation = _explain(behavior, mechanism) if flagged else ""
    return Assessment(flagged, behavior, mechanism, explanation)
