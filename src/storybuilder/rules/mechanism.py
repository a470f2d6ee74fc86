"""The mechanistic check: does a goal specification say how the model works inside?

A training goal specification should describe the *algorithm* the model is meant to
implement (what it keeps track of, what it compares or weighs, what it looks ahead
through, which steps it takes in which order, what it is built from, and what it does not
have), not only the behaviour it shows (what it outputs, how accurately, which task it
performs). "Classifies cats" is behavioral; "a bundle of shape and texture heuristics,
with no planning" is mechanistic. So is the same claim in everyday words: "it looks for
pointed ears and whiskers and adds up the evidence; it has no idea what a cat is".

How the verdict is reached
--------------------------
The text is normalised (Unicode NFKC, case-folded, typographic quotes and hyphens made
plain) and read once, word by word. Every lexicon entry names the words a match can start
with; at each such word its regular expression is tried there (patterns compiled on first
use). Three lexicons:

**Mechanism cues**, by kind, with their weights:

* *absence*, 1.5: what the model does not do, have or use: "no planning", "does not
  search", "has no picture of the user", "knows nothing about the news", "never tries to
  read the other players", "weather plays no part". Negated outputs and promises ("never
  outputs harmful text", "will not manipulate users") are not absences of a capability and
  do not count. A second, separate absence counts again, so two absences make a claim but
  one tacked onto a task ("classifies e-mails; it never plans") does not.
* *state*: what it keeps and updates: "keeps track of", "remembers which", "a running
  tally", "keeps a short list of", "the best so far".
* *search*: what it looks ahead through or tries: "thinks three moves ahead", "tries a few
  candidate edits", "plays each one to the end", "searches over", "lookahead".
* *weighing and comparison*: "weighs X against Y", "leans more on", "discounted by",
  "the further ..., the louder ...", "compares X with Y", "checks each pair against",
  "the closest", "looks like yours".
* *order and decomposition*: "first ..., then", "only then", "in turn", "one at a time",
  "phrase by phrase", "cuts the photo into patches", "each patch on its own", "comes
  from", "is taken to be", "made of", "plus a".
* *vocabulary* that can only be about internals ("heuristics", "world model", "internal
  representation", named algorithms such as "naive Bayes" or "a lookup table"), and
  looser words ("computes", "features", "algorithm").

Weights run from 2 (specific: "weighs X against Y", "heuristics") through 1.5 (a clear
everyday claim) to 1 (a hint that needs company). Each kind of claim counts once (absences
twice; comparison wordings, and order wordings, are one kind each), and phrases that overlap
count once, at the larger weight: one claim worded two ways is still one claim.

**Technical cues** are reported but weigh nothing: architecture names ("transformer",
"CNN", "attention heads"), training set-ups and losses ("trained with cross-entropy",
"RLHF", "Dice loss"), and input/output vocabulary ("maps X to Y", "a distribution over",
"takes ... as input"). They say what the model is built or trained with and what goes in
and out, not what it computes. Words inside a training clause ("trained with the standard
denoising objective") are not read as mechanism cues, nor are any cues in a sentence of a
longer specification that defines the reward or the acceptance targets ("a reward that
encodes items (i) to (iv)", "Targets on the validation set: ..."): those words describe how
the model is scored, not how it works.

**Behavior cues** (task verbs such as "classifies", "answers", "predicts"; performance
words such as "accuracy", "95%", "outperforms"; virtues such as "safe", "helpful") do not
move the verdict. They are reported so that the explanation can say what the text talks
about instead.

**Rule.** A specification is flagged as behavioral-only when its mechanism score is below
``THRESHOLD`` (2.0): one specific cue, or two everyday ones, is enough to count as a claim
about internals. A longer specification (four or more sentences) is also flagged when under
a quarter of its sentences hold a mechanism cue and more than twice as many hold a
behaviour cue: a hint of mechanism in a page about behaviour is not an account of it. Text with no word characters at all (empty, whitespace, punctuation) is
not flagged: there is nothing to judge, and missing answers are another rule's business.

Limits
------
A lexicon cannot know every way of describing a mechanism; the explanation therefore
says "we found no clear claim", not "there is none". Accuracy on the hand-written
development set (tests/data/spec_dev.toml) is recorded in tests/test_mechanism.py.

Only the first ``MAX_CHARS`` characters from the first word on are read. Every pattern
uses bounded repetition and is tried only at words it can start with (an entry stops being
tried after a few matches), so the scan is linear in that window; it never raises on any
string (lone surrogates, control characters and the like included).
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import NamedTuple

from storybuilder import shipped_regexes
from storybuilder.rules.abbreviations import not_just_after
from storybuilder.rules.quotations import QUOTED


class Assessment(NamedTuple):
    """The verdict on one specification, with the words that led to it."""

    behavioral_only: bool
    """True when the text describes only what the model outputs, not how it works."""
    behavior_cues: tuple[str, ...]
    """Phrases found that describe outputs or performance."""
    mechanism_cues: tuple[str, ...]
    """Phrases found that describe internals: state, search, weighing, steps, absences."""
    explanation: str
    """One or two sentences naming the triggers and what to add; empty when fine."""
    technical_cues: tuple[str, ...] = ()
    """Architecture, training and input/output words found: reported, never counted."""


THRESHOLD = 2.0
"""A specification whose mechanism score is below this is flagged as behavioral-only."""

DISCLAIMED_BAR = 3 * THRESHOLD
"""The score a specification that leaves the internals open on purpose must still reach
to count as mechanistic: the words around such a sentence are usually about the objective."""

MAX_CHARS = 50_000
"""Only this many characters are read, starting at the first word. A real specification
is a few paragraphs; the cap keeps the check fast on pasted junk."""

MAX_CUES = 12
"""At most this many cue phrases are reported on each side."""

_MATCHES_PER_CUE = 3
"""At most this many distinct phrasings are collected for any one lexicon entry."""

_SHOWN_IN_EXPLANATION = 4
"""At most this many cue phrases are quoted in the explanation."""

_MECH, _TECH, _BEHAV = 0, 1, 2
"""Which lexicon an entry belongs to."""


class _Cue(NamedTuple):
    name: str
    weight: float
    heads: str
    """Space-separated words a match can start with, in a small notation: letters, and
    groups "(a|b|)" or single letters made optional by "?"; "#num" stands for any number."""
    regex: str
    side: int = _MECH
    counts: int = 1
    """How many separate phrases of this kind add to the score."""
    kind: str = ""
    """Entries of one kind (by default, of one name) count together: they are different
    wordings of the same sort of claim."""
    masks: bool = False
    """A match hides mechanism cues that start inside it (a training clause)."""

    @property
    def pattern(self) -> re.Pattern[str]:
        return _compiled(self.regex)


@functools.cache
def _compiled(regex: str) -> re.Pattern[str]:
    return shipped_regexes.compile(regex)


def _cue(name: str, weight: float, heads: str, regex: str, **kw: object) -> _Cue:
    return _Cue(name, weight, heads, regex, **kw)  # type: ignore[arg-type]


_HEAD_SYNTAX = frozenset("()|?")


def _expand(form: str) -> list[str]:
    """All words a head form stands for: "comput(e|es|ed)" -> compute, computes, computed."""
    if _HEAD_SYNTAX.isdisjoint(form):
        return [form]  # most forms are plain words
    units = _units(form)
    if units is not None:
        return ["".join(parts) for parts in itertools.product(*units)]
    return _expand_nested(form)


def _units(form: str) -> list[list[str]] | None:
    """The choices a form is a sequence of (a run of letters, a group, an optional letter
    or group), or None for a form with nested groups or a "|" outside a group. Expanding
    the units is what :func:`_expand_nested` does one letter at a time."""
    units: list[list[str]] = []
    run = ""
    i = 0
    while i < len(form):
        char = form[i]
        if char == "(":
            end = form.find(")", i)
            if end < 0 or "(" in form[i + 1 : end]:
                return None
            unit = form[i + 1 : end].split("|")
            i = end + 1
        elif char in "|)?":
            return None
        else:
            i += 1
            if i >= len(form) or form[i] != "?":
                run += char
                continue
            unit = [char]
        if i < len(form) and form[i] == "?":
            unit.append("")
            i += 1
        if run:
            units.append([run])
            run = ""
        units.append(unit)
    if run:
        units.append([run])
    return units


def _expand_nested(form: str) -> list[str]:
    """:func:`_expand`, for any form (groups within groups)."""

    def sequence(i: int) -> tuple[list[str], int]:
        words = [""]
        while i < len(form) and form[i] not in "|)":
            if form[i] == "(":
                unit, i = alternatives(i + 1)
            else:
                unit, i = [form[i]], i + 1
            if i < len(form) and form[i] == "?":
                unit, i = [*unit, ""], i + 1
            words = [w + u for w in words for u in unit]
        return words, i

    def alternatives(i: int) -> tuple[list[str], int]:
        found: list[str] = []
        while True:
            words, i = sequence(i)
            found.extend(words)
            if i >= len(form) or form[i] == ")":
                return found, i + 1
            i += 1  # "|"

    return sequence(0)[0]


# --- building blocks --------------------------------------------------------------

# Up to three filler words between a negation and the capability it negates:
# "no explicit long-horizon planning", "does not run or simulate". "to" may not be a
# filler, so "users don't need to learn SQL" is not read as "does not learn".
_FILL = r"(?:(?!to\s)[\w'-]+\s+){0,3}?"

# Capabilities and inner structure (as nouns) whose absence is a claim about internals.
_CAP_NOUNS = (
    # "No planner working route by route could see it" compares with people who plan.
    r"plan|plans|planning|planners?(?!\s+(?:[\w-]+\s+){0,4}?(?:could|would|can)\b)|"
    r"lookahead|look-ahead|"
    r"search|searches|searching|tree\s+search|"
    r"optimi[sz](?:ation|ations|er|ers|ing)|mesa-optimi[sz]\w*|"
    r"goals?|subgoals?|sub-goals?|objectives?|preferences?|desires?|intentions?|agency|"
    r"world\s+model|self-model|models?|representations?\s+of|"
    r"awareness|situational\s+awareness|knowledge\s+of|access\s+to|"
    r"memory|memories|state|recurrence|rollouts?|simulation|lookup|histor(?:y|ies)|"
    r"reasoning|deception|scheming|consequentialis[mt]\w*|"
    r"learning|internal\s+[\w-]+|computation|computations|inference|deliberation|"
    r"notion|concept|sense\s+of|understanding|beliefs?|"
    r"dictionary|lexicon|cache|attempts?\s+to|effort\s+to|strategy|strategies|"
    r"stake\s+in|[\w-]+\s+of\s+its\s+own|(?:ability|capacity|capability|freedom|way)\s+to\s+[\w-]+"
)

# Capabilities (as verbs) after "does not", "cannot", "never" and the like. Verbs of
# conduct ("deceive", "manipulate", "influence", "steer") are not here: "will not manipulate
# users" promises a behaviour. They count after "try to": an aim it lacks.
_CAP_VERBS = (
    r"plan|plans|planned|planning|look\s+ahead|looks\s+ahead|"
    r"look\s+(?:past|beyond|further|forward)|looks\s+(?:past|beyond|further|forward)|"
    r"search|searches|searched|searching|optimi[sz](?:e|es|ed|ing)|"
    r"simulat(?:e|es|ed|ing)|model|models|modell?ing|"
    r"reason|reasons|reasoning|pursue|pursues|"
    r"represent|represents|track(?!\s+of)|tracks(?!\s+of)|"
    r"remember|remembers|memori[sz]e|memori[sz]es|store|stores|retain|retains|"
    r"anticipate|anticipates|infer|infers|guess|guesses|decide|decides|"
    r"learn|learns|update\s+itself|updates\s+itself|access|accesses|"
    r"consider|considers|look\s+beyond|looks\s+beyond|weigh|weighs|"
    r"think\s+(?:about|ahead|through)|thinks\s+(?:about|ahead|through)|"
    r"work\s+out|works\s+out|figure\s+out|figures\s+out|understand|understands|"
    r"depend\s+on|depends\s+on|rely\s+on|relies\s+on|look\s+at|looks\s+at|"
    r"knows?\s+(?:about|of|anything|who|what|where|why|when|whether|which|how|that|"
    r"anyone|any\s+\w+|the\s+\w+|its\s+\w+|their\s+\w+)|"
    r"(?:try|tries|attempt|attempts|aim|aims|seek|seeks)\s+to\s+\w+|"
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
_NEG_NOUN_HEADS = "no without lack(s|ing)? free absence nor not never"

_NEG_VERB = (
    r"\b(?:does\s+not|doesn't|do\s+not|don't|did\s+not|didn't|will\s+not|won't|"
    r"cannot|can\s+not|can't|must\s+not|mustn't|should\s+not|shouldn't|"
    r"is\s+not\s+able\s+to|is\s+unable\s+to|never|"
    r"nothing\s+(?:in|inside)\s+(?:it|the\s+model|the\s+network|the\s+policy))"
    r"\s+(?:even\s+|ever\s+|really\s+|also\s+)?"
    + _FILL
    + r"(?:"
    + _CAP_VERBS
    + r")\b"
    + _NOT_COMPOUND
)
_NEG_VERB_HEADS = (
    "does doesn do don did didn will won cannot can must mustn should shouldn is never nothing"
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

# "nothing about human behaviour is in there", "nothing about the shopper goes in",
# "nothing links patches that are far apart".
_NEG_NOTHING = (
    r"\bnothing\s+(?:about|of|from)\s+(?:[\w'-]+\s+){1,6}?(?:(?:is|goes|gets|comes|enters)\s+"
    r"(?:in|into)\b|(?:enters|reaches|affects)\s+(?:that|the|its|this)\b)"
    r"|\bnothing\s+(?:in\s+it\s+)?(?:links|connects|ties|joins|relates|carries|passes)\b"
)

# "has no picture of the user", "no idea that", "no grasp of what it means".
_NEG_GRASP = (
    r"\bno\s+(?:[\w-]+\s+){0,2}?(?:picture|idea|view|grasp|clue|inkling|map|image|record|"
    r"say|opinion|stake|sense|notion|knowledge|model|concept|understanding|awareness|"
    r"memory|judge?ment|assessment|estimate|history)\s+(?:of|about|beyond|for|in|on|as\s+to|"
    r"how|what|who|whom|where|why|which|"
    r"whether|that)\b"
)

# "knows nothing about the news", "weather plays no part", "do not enter into it",
# "the shape of each beat is not looked at", "without looking further ahead".
_NEG_USE = (
    r"\b(?:knows?|learns?|sees?|remembers?|keeps?|carries|holds?|reads?|retains?|weighs?|"
    r"uses?|considers?)\s+nothing\s+(?:of|about|from|beyond|else|but)\b"
    # "looks at no other part", "considers no other route".
    r"|\b(?:looks?\s+at|considers?|uses?|reads?|weighs?|checks?)\s+no\s+other\b"
    r"|\b(?:plays?|has|have|had|gets?)\s+no\s+(?:part|role|say|bearing|weight)\b"
    r"|\b(?:do|does|did)\s+not\s+(?:enter\s+into|come\s+into|figure\s+in|"
    r"play\s+(?:a|any)\s+(?:part|role))\b"
    r"|\b(?:is|are|was|were)\s+(?:not|never)\s+(?:looked\s+at|considered|consulted|"
    r"taken\s+into\s+account|read|seen|fed\s+to\s+it|given\s+to\s+it)\b"
    r"|\blooks?\s+no\s+(?:further|farther)\s+(?:ahead|forward)\b"
    r"|\bwithout\s+(?:ever\s+|any\s+)?(?:looking|planning|searching|thinking|considering|"
    r"modell?ing|simulating|remembering|tracking|reasoning|knowing|checking|reading)\b"
    r"|\bmakes?\s+no\s+(?:attempt|effort)\s+to\b"
)
_NEG_USE_HEADS = (
    "know(s)? learn(s)? see(s)? remember(s)? keep(s)? carries hold(s)? read(s)? retain(s)? "
    "play(s)? has have had get(s)? do does did is are was were without make(s)? look(s)? "
    "weigh(s)? use(s)? consider(s)? check(s)?"
)

_ARCHITECTURE = (
    r"\b(?:transformers?|cnns?|convolutional|convolutions?|neural\s+net(?:work)?s?|"
    r"networks?|lstms?|grus?|rnns?|mlps?|gnns?|actor[\s-]critics?|deep\s+learning|"
    r"gradient[\s-]boosted|"
    r"random\s+forests?|encoders?|decoders?|autoencoders?|autoregressive|"
    r"layers?|attention(?:\s+heads?)?|self-attention|open[\s-]weights?|weights|parameters|"
    r"architecture|llms?|language\s+models?|chat\s+models?|u-net|resnet(?:-\d+)?|backbone|embeddings?|"
    r"diffusion\s+models?|recurrent|residual|\d+b-parameter|multimodal|"
    r"(?:policy|value|output|softmax|classification)\s+head)\b"
)
_ARCHITECTURE_HEADS = (
    "transformer(s)? cnn(s)? convolutional convolution(s)? neural network(s)? lstm(s)? "
    "gru(s)? actor rnn(s)? mlp(s)? gnn(s)? deep gradient random encoder(s)? decoder(s)? "
    "autoencoder(s)? autoregressive layer(s)? attention self weights parameters "
    "architecture llm(s)? language chat open u resnet backbone embedding(s)? diffusion recurrent "
    "residual #num multimodal policy value output softmax classification"
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
    r"naive\s+bayes|logistic\s+(?:regression|models?)|linear\s+regression|linear\s+models?|"
    r"k-means|k-nn|nearest[\s-]neighbou?rs?|collaborative\s+filtering|"
    r"matrix\s+factori[sz]ation|dot\s+products?|cosine\s+similarity|"
    r"bag[\s-]of[\s-]words|tf-idf|bigrams?|n-grams?|hidden\s+markov|markov\s+chains?|"
    r"kalman\s+filters?|particle\s+filters?|cellular\s+automat(?:on|a)|potential[\s-]fields?|"
    r"occupancy\s+grids?|behaviou?r\s+trees?|finite[\s-]state\s+machines?|"
    # "relative to the rule-based baseline" names what it is compared with, not what it is.
    r"rule[\s-]based(?!\s+(?:baseline|benchmark|system\s+it\s+replaces))|"
    r"decision\s+lists?|q-tables?|phrase\s+tables?|lookup\s+tables?|look-up\s+tables?|"
    r"dynamic\s+programming|minimax(?![\s-]+(?:value|equilibri|optimal|payoff|regret|point))|alpha-beta|(?<=\ba-)star|mcts|pid\s+controllers?|"
    r"gaussian\s+process(?:es)?|support\s+vector|principal\s+components?|"
    r"template\s+matching|denois(?:er|ers|ing)|nearest-match|"
    r"distance\s+fields?|survival\s+curves?|equivalent[\s-]circuit|"
    # Not a target ("an average of 4.7 stars"): a computation.
    r"(?:weighted\s+)?(?:sum|average)\s+of(?!\s+(?:\d|about\s+\d|at\s+least))|"
    r"weighted\s+product\s+of"
)
_NAMED_ALGORITHM_HEADS = (
    "naive logistic linear k nearest collaborative matrix dot cosine bag tf bigram(s)? n "
    "hidden markov kalman particle cellular potential occupancy behaviour behavior finite "
    "rule decision q phrase lookup look dynamic minimax alpha star mcts pid gaussian support "
    "principal template denois(er|ers|ing) distance survival equivalent weighted sum average"
)

_NUMBER = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|many|a\s+couple\s+of)"
)
_CANDIDATES = (
    r"candidates?|continuations?|options?|alternatives?|possibilities|variants?|"
    r"hypothes[ie]s|guesses|moves|edits|routes|plans|sequences|lines|replies|answers|"
    r"actions|branches|scenarios|outcomes|futures?|rollouts?|completions|proofs|paths|"
    r"positions|placements|locations|orderings|orders|schedules|layouts|designs|drafts|"
    r"settings|configurations|choices|splits|parses|readings|interpretations"
)
_COMPARATIVE = (
    r"more|less|fewer|further|farther|closer|nearer|higher|lower|larger|smaller|bigger|"
    r"longer|shorter|older|newer|stronger|weaker|louder|greater|better|worse|likelier"
)

_AGENCY_NOUNS = r"planner|agent|decision-maker|planning"
"""What a contrast sets the model against when it denies agency ("rather than a planner")."""

_MECHANISM: tuple[_Cue, ...] = (
    # -- absence: what it does not do, have or use. (1.5; a second phrase counts again)
    _cue("absence", 1.5, _NEG_NOUN_HEADS, _NEG_NOUN, counts=2),
    _cue("absence", 1.5, _NEG_VERB_HEADS, _NEG_VERB, counts=2),
    _cue("absence", 1.5, "is isn are aren was", _NEG_BEING, counts=2),
    _cue(
        "absence",
        1.5,
        "has have hold(s)? form(s)? keep(s)? carries contain(s)? not nothing",
        _NEG_HOLD,
        counts=2,
    ),
    _cue("absence", 1.5, "nothing", _NEG_NOTHING, counts=2),
    _cue("absence", 1.5, "no", _NEG_GRASP, counts=2),
    # "never goes back to revise an earlier choice": one pass, no backtracking.
    _cue(
        "absence",
        1.5,
        "never no nowhere keep(s)? has have",
        r"\bnever\s+(?:goes\s+back|revis(?:es|its?)|backtracks?|reconsiders?|undoes)\b"
        r"|\bno\s+backtracking\b"
        r"|\b(?:has|have)\s+nowhere\s+to\s+(?:store|keep|put|hold|record)\b"
        r"|\bkeeps?\s+none\s+of\b",
        counts=2,
    ),
    _cue("absence", 1.5, _NEG_USE_HEADS, _NEG_USE, counts=2),
    # -- state: what it keeps and updates.
    # "remembers each borrower only as a running balance", "sketches a rough map of the floor".
    _cue(
        "remembers as",
        2.0,
        "remember(s)?",
        r"\bremembers?\s+(?:[\w'-]+\s+){0,4}?(?:only\s+)?as\b",
    ),
    _cue(
        "map of",
        2.0,
        "sketch(es)? draw(s)? build(s)? keep(s)? hold(s)? form(s)? learn(s)?",
        r"\b(?:sketch(?:es)?|draws?|builds?|keeps?|holds?|forms?|learns?)\s+(?:a\s+|one\s+)?"
        r"(?:rough\s+|mental\s+|internal\s+|coarse\s+)?(?:map|picture)\s+of\b",
    ),
    _cue(
        "keeps track",
        1.5,
        "keep(s|ing)? kept track(s|ing)? follow(s)? note(s)? make(s)? making made hold(s)? "
        "holding held tick(s)?",
        r"\b(?:keep(?:s|ing)?|kept)\s+(?:careful\s+|close\s+)?track\s+of\b"
        r"|\b(?:keep(?:s|ing)?|kept|makes?|making|made)\s+(?:a\s+)?notes?\s+of\b"
        r"|\bnotes\s+(?:which|what|where|who|whom|when)\b"
        # "holds on to the exact words", "keeps hold of the last reading", "ticks each one
        # off as it hears it".
        r"|\b(?:holds?|holding|held)\s+on\s+to\b|\b(?:keeps?|keeping|kept)\s+hold\s+of\b"
        r"|\bticks?\s+(?:[\w'-]+\s+){1,3}?off\b"
        r"|\btrack(?:s|ing)?\s+(?:of\s+)?(?:which|what|where|who|how\s+(?:many|much|long|often)|"
        r"the\s+(?:last|latest|previous|number|position|state)|its\s+own)\b"
        # "keeps only the date they applied", "follows each one across the next frames"
        r"|\bkeeps?\s+only\s+(?:the|its|a|an|one)\b"
        r"|\bfollows?\s+each\s+(?:one|[\w-]+)\s+(?:across|through|over|from)\b",
    ),
    _cue(
        "remembers",
        1.5,
        "remember(s|ing)? recall(s|ing)? forget(s|ting)?",
        r"\b(?:remember(?:s|ing)?|recall(?:s|ing)?)\s+(?:only\s+)?(?:which|what|where|who|whom|when|how|"
        r"the\s+(?:last|previous|most\s+recent|first)|(?:its|her|his|their)\s+(?:last|previous|own))\b"
        r"|\bforget(?:s|ting)?\s+(?:all\s+(?:of\s+)?it|everything|it|them|what|which|the\s+\w+)\b",
    ),
    _cue(
        "running tally",
        1.5,
        "running best",
        r"\brunning\s+(?:tally|tallies|totals?|averages?|means?|sums?|counts?|estimates?|lists?|"
        r"scores?|records?|logs?|medians?|minimum|maximum|best|ledgers?|registers?|checklists?|"
        r"guess|guesses|figures?)\b"
        r"|\bbest\s+so\s+far\b",
    ),
    _cue(
        "keeps state",
        2.0,
        "keep(s)? maintain(s)? store(s)? hold(s)? build(s)? track(s)? update(s)? carries carry form(s)? "
        "remember(s)?",
        # "holds, as it goes, a short memory of the current sentence", "holds just two
        # numbers", "carries forward only two figures".
        r"\b(?:keeps?|maintains?|stores?|holds?|builds?|tracks?|updates?|carries|carry|forms?|"
        r"remembers?)"
        r"(?:\s+forward)?(?:,\s+[\w\s'-]{1,30},)?\s+(?:(?:only|just)\s+)?"
        r"(?:an?|its|the|one|two|three|four|five|six)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:numbers|figures|values|dates|readings|totals|flags|number|figure|value|rate|threshold|"
        r"map|memory|record|model|estimate|"
        r"belief|beliefs|representation|state|table|count|counts|cache|index|graph|tally|"
        r"list|log|history|total|average|picture|summary|profile|baseline|ledger|register|"
        r"checklist|scratchpad|inventory|queue|stack|pile|heap|guess|hypothesis|shortlist|"
        r"agenda|frontier|buffer)\b"
        # "keeps the collision rate below one in 100,000 hours" is a target met, not state.
        r"(?!\s+(?:below|under|above|beneath|within|over)\b)",
    ),
    # "keeps those facts on a short list", "holds the open cases in a queue".
    _cue(
        "keeps on a list",
        1.5,
        "keep(s)? hold(s)? put(s)? store(s)?",
        r"\b(?:keeps?|holds?|puts?|stores?)\s+(?:[\w'-]+\s+){1,4}?(?:on|in)\s+(?:an?|its|the)\s+"
        r"(?:[\w-]+\s+)?(?:list|queue|stack|pile|ledger|table|register|log)\b",
        kind="keeps track",
    ),
    # "moves that guess toward the newest reading by a fixed fraction": an update rule.
    _cue(
        "update rule",
        2.0,
        "move(s)? nudge(s)? shift(s)? adjust(s)? pull(s)? update(s)? add(s)? set(s)? reset(s)? "
        "put(s)?",
        # "adds one to each plot's count, sets a count back to zero when the log shows water"
        r"\badds?\s+one\s+to\b|\b(?:sets?|resets?|puts?)\s+(?:[\w'-]+\s+){0,3}?back\s+to\s+"
        r"(?:zero|nought|nothing)\b|\bresets?\s+(?:[\w'-]+\s+){0,3}?to\s+zero\b"
        r"|\b(?:moves?|nudges?|shifts?|adjusts?|pulls?)\s+(?:that|its|the|this|each)\s+"
        r"(?:[\w-]+\s+)?(?:guess|estimate|figure|number|score|belief|value|prediction|price)\s+"
        r"(?:up|down|toward|towards|closer)\b"
        # "updates it after every heating cycle": a stored value revised by its own rule.
        r"|\bupdates?\s+(?:it|them|(?:that|this|each|the)(?:\s+[\w-]+)?)\s+"
        r"(?:after|at\s+the\s+end\s+of|with)\s+"
        r"(?:every|each|the\s+latest|the\s+newest|the\s+last)\b",
    ),
    # "anything older than eight bars is forgotten", "nothing else in the picture matters to it".
    _cue(
        "absence",
        1.5,
        "is are forget(s)? nothing",
        # Not "it never forgets anything": praise of a reliable helper, not an absence.
        r"\b(?:is|are)\s+forgotten\b|(?<!never\s)\bforgets?\s+(?:anything|everything)\b"
        r"|\bnothing\s+else\b(?:\s+[\w'-]+){0,6}?\s+matters\s+to\s+(?:it|them)\b",
        counts=2,
    ),
    # "writing down each party and what each promises", "goes back to that note".
    _cue(
        "writes down",
        1.5,
        "writ(es|ing) jot(s|ting)? put(s|ting)?",
        r"\b(?:writ(?:es|ing)|jots?|jotting|puts?|putting)\s+down\b",
        kind="keeps track",
    ),
    # "works from a ledger of the analysis", "read off this ledger": what it says comes
    # from a record it holds.
    _cue(
        "works from a record",
        1.5,
        "work(s|ing)? read(s|ing)? written pick(s)? keep(s|ing)? walk(s)? stop(s)? take(s)? "
        "choose(s)?",
        r"\b(?:works?|working|reads?|reading|read|written)\s+(?:[\w-]+\s+){0,7}?(?:from|off)\s+"
        r"(?:a|the|this|that|its)\s+"
        r"(?:[\w-]+\s+)?(?:ledger|note|notes|list|table|record|checklist|register|sheet|"
        r"picture|map)\b"
        # "picks the cue from that list", "keeping the first one in which nobody waits".
        r"|\bpicks?\s+(?:[\w-]+\s+){0,3}?from\s+(?:that|this|the|its)\s+(?:short\s+)?list\b"
        r"|\bkeep(?:s|ing)?\s+the\s+first\s+(?:one\s+)?(?:in\s+which|that|which|where)\b"
        # "takes the first tray in the queue that is within ten degrees of it".
        r"|\b(?:takes?|picks?|chooses?)\s+the\s+first\s+(?:[\w-]+\s+){0,2}?(?:in\s+the\s+"
        r"(?:queue|list|line|pile)|that|whose|which|on\s+the\s+list)\b"
        # "reads off where that path meets the court": a value read from what it built.
        r"|\breads?\s+off\s+(?:where|which|what|how)\b"
        # "walks down that list in date order and stops at the first person whose ..."
        r"|\bwalks?\s+(?:back\s+)?(?:down|through|along)\s+(?:that|this|the|its)\s+"
        r"(?:[\w'-]+\s+){0,2}?list\b"
        r"|\bstops?\s+at\s+the\s+first\s+(?:[\w-]+\s+)?(?:whose|that|which|who|where)\b",
        kind="goes back to",
    ),
    # "at each position chooses one operation from a closed set": a loop over the input
    # with one bounded choice per step says how the output is built, not only what it is.
    _cue(
        "choice per step",
        1.5,
        "at chooses choose picks pick selects select",
        r"\bat\s+each\s+(?:[\w-]+\s+){0,2}?(?:position|step|word|token|frame|turn|stop|junction|"
        r"tick|move|cell|node|row|line|item|stage)\b,?\s+(?:it\s+|the\s+[\w-]+\s+)?"
        r"(?:chooses|picks|selects|decides|applies|makes)\b"
        r"|\b(?:chooses|picks|selects)\s+(?:one|an?)\s+(?:[\w-]+\s+)?(?:operation|action|move|"
        r"step|edit)\s+from\s+(?:a|the|its)\s+(?:closed|fixed|small|short|finite)\s+"
        r"(?:set|list|menu)\b",
    ),
    # "checks three things in order", "looks at three things on each label": a fixed,
    # named set of inputs taken in turn.
    _cue(
        "checks in order",
        2.0,
        "check(s)? look(s)? ask(s)? read(s)?",
        r"\b(?:checks?|looks?\s+at|asks?|reads?)\s+(?:only\s+)?(?:the\s+same\s+)?"
        r"(?:two|three|four|five|2|3|4|5)\s+"
        r"(?:things|questions|fields|facts|signs|values)\b(?:\s+in\s+(?:a\s+fixed\s+)?(?:order|turn))?",
    ),
    # "scales it by the amount per kilogram ..., and caps the result at the ceiling".
    _cue(
        "arithmetic step",
        1.5,
        "scales multiplies divides caps clips rounds subtracts works",
        r"\b(?:scales|multiplies|divides|subtracts)\s+(?:it|them|that|the\s+(?:[\w'-]+\s+){1,6}?)"
        r"\s*by\b"
        # "works out the day the supply runs out": a quantity it computes.
        r"|\bworks\s+out\s+the\s+(?:day|date|time|hour|number|amount|total|sum|distance|"
        r"difference|gap|cost|share|average|rate)\b"
        r"|\b(?:caps|clips)\s+(?:it|them|the\s+result|that)\s+at\b",
    ),
    # "carries nothing over from earlier sentences", "weighs nothing else", "fluency counts
    # for nothing", "forgets each sentence as soon as it moves on", "nothing it decides
    # about one gauge is passed to another".
    _cue(
        "carries nothing over",
        1.5,
        "carries passes weighs counts count forgets forget nothing never",
        r"\b(?:carries|passes)\s+nothing\s+(?:over|forward|on|else|between)\b"
        r"|\bweighs\s+nothing\s+else\b|\bcounts?\s+for\s+nothing\b"
        r"|\bforgets?\s+(?:each|every|the)\s+\w+\s+as\s+soon\s+as\b"
        r"|\bnothing\s+(?:[\w'-]+\s+){1,6}?is\s+passed\s+(?:to|on|between)\b"
        # "nothing from one booking is remembered at the next".
        r"|\bnothing\s+(?:[\w'-]+\s+){1,6}?is\s+(?:remembered|kept|carried|stored)\s+"
        r"(?:at|for|to|into|until)\b"
        r"|\bnever\s+uses\s+(?:[\w'-]+\s+){1,6}?to\s+(?:decide|choose|pick|rank|score)\b",
        kind="absence",
    ),
    # "the rest are ordered by how long it has been since their last visit".
    _cue(
        "ordered by",
        1.5,
        "are is orders sorts ranks",
        # Passive only with a plain criterion: "candidates are sorted by score" is what is
        # done with the outputs.
        r"\b(?:are|is)\s+(?:then\s+)?(?:ordered|sorted|ranked)\s+by\s+(?:how|when|date|age|"
        r"distance|(?:the|their|its)\s+(?:date|time|age|distance|length|number|count))\b"
        r"|\b(?:orders|sorts|ranks)\s+(?:them|the\s+rest|the\s+others|each|those)\s+by\b",
        kind="order",
    ),
    # "Weather and the keeper's notes never enter into it": what plays no part.
    _cue(
        "plays no part",
        1.5,
        "never do does don't doesn't play(s)?",
        r"\b(?:never|do\s+not|does\s+not|don't|doesn't)\s+enters?\s+into\s+(?:it|the\s+\w+)\b"
        r"|\bplays?\s+no\s+part\b",
        kind="absence",
    ),
    # "builds a word from the rest using a fixed list of tricks".
    _cue(
        "fixed list of",
        1.5,
        "using from",
        r"\b(?:using|from)\s+(?:a|its)\s+(?:fixed|short|closed)\s+(?:list|set|table|menu)\s+of\b",
    ),
    # "throws out every berth the boat would not fit, and of those left takes the one
    # nearest": a filter, then a choice among what is left.
    _cue(
        "throws out",
        1.5,
        "throw(s)?",
        r"\bthrows?\s+out\s+(?:any|every|each|all|the)\b",
    ),
    _cue(
        "of those left",
        1.5,
        "from of among",
        r"\b(?:from|of|among)\s+(?:the|those)\s+(?:[\w-]+\s+)?(?:left|remaining|that\s+remain)\b",
        kind="order",
    ),
    # "counts back the days since the row was last turned", "counts back through every row".
    _cue(
        "counts back",
        1.5,
        "count(s)?",
        r"\bcounts?\s+(?:back|up)\s+(?:through|the|how|over|from)\b",
        kind="keeps track",
    ),
    # "asks which of the two sits further outside its band", "asks only whether ...".
    _cue(
        "asks which",
        1.5,
        "ask(s)?",
        r"\basks?\s+(?:itself\s+)?(?:only\s+)?(?:which\s+of|whether)\b",
        kind="comparison",
    ),
    # "takes off a point each time the blob splits": a tally kept by a rule.
    _cue(
        "takes off a point",
        1.5,
        "take(s)? dock(s)? deduct(s)? subtract(s)? add(s)?",
        r"\b(?:takes?\s+off|docks?|deducts?|subtracts?|adds?)\s+(?:a|one|two|half\s+a|\d+)\s+"
        r"points?\b",
        kind="comparison",
    ),
    # "corrects only that one and leaves the other": one of several chosen by a rule.
    _cue(
        "acts on only that one",
        1.0,
        "correct(s)? adjust(s)? change(s)? move(s)? treat(s)? fix(es)? leave(s)?",
        r"\b(?:corrects|adjusts|changes|moves|treats|fixes)\s+only\s+(?:that|this)\s+one\b"
        r"|\bleaves\s+the\s+others?\s+(?:until|for|alone)\b",
        kind="order",
    ),
    # "fits one arc through them", "fits a straight line to the last week".
    _cue(
        "fits a curve",
        1.5,
        "fit(s)? draw(s)?",
        r"\b(?:fits?|draws?)\s+(?:a|an|one|the)\s+(?:[\w-]+\s+)?(?:arc|line|curve|circle|"
        r"parabola|plane)\b",
    ),
    # A procedure in plain words: a walk that stops at a condition ("walks back along the
    # earlier readings until it reaches one it trusts"), a lookup ("finds the make in the
    # maker's table"), a tie rule ("takes the heavier one"), a threshold ("flags it only if
    # it sits more than a fixed gap above"), a weighting ("doubled for jobs with no
    # heating"), inputs dropped before the rule runs ("is skipped before the ranking").
    _cue(
        "walks until",
        2.0,
        "walk(s)? go(es)? step(s)? work(s)? search(es)? read(s)? move(s)? count(s)?",
        r"\b(?:walks?|goes|steps?|works?|searches|reads?|moves?|counts?)\s+(?:back|forward|"
        r"backwards|forwards|down|up|along|through)\b[^.;:!?\n]{0,80}?\buntil\s+(?:it|they)\b",
    ),
    _cue(
        "looks up in a table",
        2.0,
        "find(s)? look(s)? read(s)?",
        r"\b(?:finds|looks\s+up|reads\s+off)\s+(?:[\w'-]+\s+){0,6}?in\s+(?:the|a|its)\s+"
        r"(?:[\w'-]+\s+){0,2}?(?:table|register|index|lookup|look-up)s?\b",
    ),
    _cue(
        "tie rule",
        1.5,
        "take(s)? pick(s)? use(s)?",
        r"\b(?:takes|picks|uses)\s+the\s+(?:heavier|lighter|larger|smaller|higher|lower|"
        r"earlier|later|nearer|closer|longer|shorter|bigger|safer)\s+(?:one|of\s+the\s+two)\b",
    ),
    _cue(
        "threshold rule",
        1.5,
        "only",
        r"\bonly\s+(?:if|when)\s+(?:it|the|its|that|this|they|both|all)\b[^.;:!?\n]{0,60}?"
        r"\b(?:more|less|above|below|exceeds?|greater|higher|lower|fewer)\s+than\b",
    ),
    _cue(
        "weighting rule",
        1.5,
        "doubled halved tripled trebled",
        r"\b(?:doubled|halved|tripled|trebled)\s+(?:for|when|if|where)\b",
    ),
    _cue(
        "dropped before",
        1.5,
        "is are",
        r"\b(?:is|are)\s+(?:skipped|dropped|discarded|removed|ignored)\s+before\b",
    ),
    # "follows the flock as one moving blob and the dog as a single dot".
    _cue(
        "treats as one",
        1.5,
        "follow(s)? treat(s)? see(s)? track(s)? model(s)?",
        r"\b(?:follows|treats|sees|tracks|models)\s+(?:[\w'-]+\s+){1,3}?as\s+(?:one|a\s+single)\b",
    ),
    # "First, the animal ... Second, the clinical picture ...": numbered steps in order.
    _cue(
        "numbered steps",
        1.5,
        "first firstly",
        r"\bfirst(?:ly)?,(?=[^.!?]{0,300}[.!?]\s+second(?:ly)?,)",
    ),
    # "there is no path from the picture to a drug that does not pass through the list":
    # a bottleneck every computation of the output goes through.
    _cue(
        "bottleneck",
        2.0,
        "no every",
        r"\bno\s+(?:path|route|way)\s+from\b[^.!?]{0,120}?\b(?:that|which)\s+(?:does\s+not|"
        r"doesn't)\s+(?:pass|go)\s+through\b"
        r"|\bevery\s+(?:path|route)\s+from\b[^.!?]{0,120}?\b(?:passes|goes)\s+through\b",
    ),
    # "answers every question by going back to that note": a decision read from a record.
    _cue(
        "goes back to",
        1.5,
        "go(es|ing)?",
        r"\b(?:goes|going|go)\s+back\s+to\s+(?:that|the|its|this)\s+(?:[\w-]+\s+)?(?:note|notes|"
        r"list|table|record|summary|sketch|tally|ledger)\b",
        kind="decides from",
    ),
    # -- what a decision is read from: "forms its opinion only from the ledger".
    _cue(
        "decides from",
        1.5,
        "form(s)? base(s)? draw(s)? derive(s)? read(s)? take(s)?",
        r"\b(?:forms?|bases?|draws?|derives?|reads?|takes?)\s+(?:its|their)\s+(?:opinion|"
        r"judge?ment|decision|answer|verdict|conclusion|choice|estimate)s?\s+"
        r"(?:only\s+|solely\s+|entirely\s+|straight\s+)?(?:from|on|off)\b",
    ),
    _cue(
        "counts which",
        1.0,
        "count(s)?",
        r"\bcounts?\s+(?:which|how\s+many|how\s+often|the\s+number\s+of|up)\b",
    ),
    _cue(
        "what it believes",
        1.5,
        "what",
        # "What it has learned to do" introduces its behaviour.
        r"\bwhat\s+it\s+(?:believes|knows|expects|has\s+seen|has\s+learned(?!\s+to\s+do)|"
        r"remembers)\b",
    ),
    # -- search: what it looks ahead through or tries.
    _cue(
        "looks ahead",
        2.0,
        "think(s|ing)? look(s|ing)? plan(s|ning)? see(s)? read(s)? search(es|ing) consider(s)?",
        r"\b(?:thinks?|thinking|looks?|looking|plans?|planning|sees?|reads?|searches|"
        r"searching|considers?)\s+(?:about\s+|only\s+|just\s+|up\s+to\s+|at\s+most\s+|"
        r"roughly\s+|around\s+|some\s+)?" + _NUMBER + r"\s+(?:[\w-]+\s+)?(?:moves?|steps?|"
        r"turns?|plies|ply|actions?|experiments?|trades?|decisions?|frames?|tokens?|words?|"
        r"levels?|positions?|rounds?|hands?|tricks?|minutes?|hours?|days?|weeks?|months?)"
        r"\s+ahead\b",
    ),
    _cue(
        "tries candidates",
        2.0,
        "try tries tried trying test(s|ing)? simulat(e|es|ing) explor(e|es|ing) "
        "consider(s|ing)? weigh(s|ing)? evaluat(e|es|ing) score(s)? compar(es|ing)",
        r"\b(?:tr(?:y|ies|ied|ying)|test(?:s|ing)?|simulat(?:e|es|ing)|explor(?:e|es|ing)|"
        r"consider(?:s|ing)?|weigh(?:s|ing)?|evaluat(?:e|es|ing)|scores?|compar(?:es|ing))\s+(?:out\s+)?"
        r"(?:many|several|a\s+few|a\s+handful\s+of|a\s+number\s+of|dozens\s+of|"
        r"hundreds\s+of|thousands\s+of|each|every|all|all\s+the|some|various|different|"
        r"\d+|two|three|four|five|ten|twenty|(?:at\s+most|up\s+to)\s+[\w-]+)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:" + _CANDIDATES + r")\b",
    ),
    _cue(
        "rollout",
        2.0,
        "play(s|ing)? roll(s|ing)?",
        r"\b(?:plays?|playing|rolls?|rolling)\s+(?:each|it|them|every|all)\s+(?:one\s+)?"
        r"(?:out\s+)?to\s+the\s+end\b",
    ),
    _cue(
        "explicit search",
        2.0,
        "tree beam monte explicit internal heuristic best search(es|ing)? look lookahead",
        r"\b(?:tree|beam|monte\s+carlo|explicit|internal|heuristic|best-first)\s+search\b"
        r"|\bsearch(?:es|ing)?\s+(?:over|through)\b|\blook-?ahead\b",
    ),
    _cue(
        "looks ahead to",
        1.5,
        "look(s|ing)?",
        r"\blook(?:s|ing)?\s+ahead\s+(?:only\s+|just\s+)?(?:to|until|as\s+far\s+as)\b",
    ),
    _cue(
        "looks through",
        1.5,
        "look(s|ing)?",
        r"\blook(?:s|ing)?\s+(?:back\s+)?(?:through|over|across)\s+(?:the|its|a|all|every|"
        r"each|earlier|previous|past)\b",
    ),
    _cue(
        "picks the one that",
        1.0,
        "pick(s)? choose(s)? select(s)? keep(s)? take(s)? return(s)?",
        r"\b(?:picks?|chooses?|selects?|keeps?|takes?|returns?)\s+(?:whichever|"
        r"the\s+(?:[\w-]+\s+){0,2}?(?:one|line|move|edit|option|candidate|action|experiment|"
        r"route|plan|reply|answer|path|step)s?\s+(?:that|whose|which|with\s+the))\b"
        r"|\b(?:picks?|chooses?|selects?)\s+the\s+(?:[\w-]+\s+){1,2}?(?:tied\s+to|linked\s+to|"
        r"closest|nearest|whose|with\s+the\s+(?:most|highest|lowest|least|best|largest|smallest)|"
        r"next\s+to\s+the\s+(?:biggest|largest|highest|lowest|smallest|worst))\b",
    ),
    # -- weighing and comparison.
    _cue(
        "weighs against",
        2.0,
        "weigh(s|ed|ing)? balanc(e|es|ed|ing) trad(e|es|ed|ing) offset(s|ting)? set(s|ting)?",
        r"\b(?:weigh(?:s|ed|ing)?|balanc(?:e|es|ed|ing)|trad(?:e|es|ed|ing)\s+off|"
        r"offset(?:s|ting)?|set(?:s|ting)?)\s+(?:[\w'-]+\s+){0,14}?against\b"
        # "weighs only travel time and battery left": what it weighs, named.
        r"|\bweighs\s+(?:only|just|both)\s+(?:[\w'-]+\s+){1,4}?(?:and|against|with)\b",
    ),
    _cue(
        "leans on",
        1.5,
        "lean(s|ing)? rel(y|ies|ying) trust(s|ing)? give(s)? giving put(s|ting)?",
        r"\b(?:lean(?:s|ing)?|rel(?:y|ies|ying))\s+(?:(?:more|less|most|least|heavily|"
        r"mostly)\s+)?on\s+(?:[\w'-]+\s+){0,4}?(?:more|less|most|least|when|if|than)\b"
        r"|\b(?:lean(?:s|ing)?|rel(?:y|ies|ying))\s+(?:more|less|most|least|heavily)\s+on\b"
        r"|\btrust(?:s|ing)?\s+whichever\b"
        r"|\b(?:gives?|giving|puts?|putting)\s+(?:more|less|extra|most|the\s+most|little)\s+"
        r"weight\s+(?:to|on)\b",
    ),
    _cue(
        "adjusted by",
        1.5,
        "discounted nudged scaled shifted multiplied corrected offset damped",
        r"\b(?:discounted|nudged|scaled|shifted|multiplied|corrected|offset|damped)\s+"
        r"(?:up\s+or\s+down\s+|up\s+|down\s+)?by\b",
    ),
    _cue(
        "the more, the more",
        1.5,
        _COMPARATIVE.replace("|", " "),
        # Started at the comparative (fewer tries than at every "the"). "The more it
        # reads, the better it gets" is about training, not a relation the model computes.
        # Nor "the more photos come in, the more varied the data": what use adds to
        # training, not how the model works.
        r"(?<=\bthe )(?:" + _COMPARATIVE + r")\b"
        r"(?!\s+(?:[\w-]+\s+){0,2}?(?:comes?\s+in|arrives?|(?:is|are)\s+(?:collected|added|"
        r"uploaded)|(?:we|growers|users|people|customers)\s+(?:collect|add|upload|send|use)|"
        r"the\s+(?:data|dataset|training\s+data|examples)"
        r")\b)"
        r"[^.;!?]{1,80}?\bthe\s+(?:" + _COMPARATIVE + r")\b"
        r"(?!\s+(?:it|they|the\s+model|the\s+system)\s+(?:gets?|becomes?|performs?|does)\b)",
    ),
    _cue(
        "compares with",
        1.5,
        "compar(e|es|ed|ing) check(s|ed|ing)? match(es|ed|ing)? test(s|ed|ing)? "
        "hold(s|ing)? held line(s|d)? measur(e|es|ed|ing) rank(s|ed|ing)? scor(e|es|ed|ing) "
        "the lay(s)? set(s)?",
        r"\bcompar(?:e|es|ing)\s+(?!(?:well|favourably|favorably|poorly|badly)\b)"
        r"(?:[\w'-]+\s+){1,8}?(?:with|to|against)\b"
        # "We measure it against the league" or "it is tested against" is our evaluation,
        # not a comparison the model makes.
        r"|\b(?<!we )(?<!We )(?<!is )(?<!are )(?<!be )(?<!was )(?<!been )"
        r"(?!(?:scored|measured|tested|benchmarked)\s+against)"
        r"(?:check(?:s|ed|ing)?|match(?:es|ed|ing)?|test(?:s|ed|ing)?|hold(?:s|ing)?|held|"
        r"line(?:s|d)?\s+up|measur(?:e|es|ed|ing)|rank(?:s|ed|ing)?|scor(?:e|es|ed|ing))\s+"
        r"(?:[\w'-]+\s+){0,8}?(?:up\s+)?against\b"
        # "lines them up with the call sheet", "lays that spot beside the painted line"
        r"|\bline(?:s|d)?\s+(?:them|it|each|these|those)\s+up\s+with\b"
        r"|\b(?:lays?|sets?)\s+(?:that|the|this|it|each|them|those|its)\s+(?:[\w'-]+\s+){0,3}?"
        r"(?:beside|next\s+to|alongside)\b|\blays?\s+(?:that|the|this|it|each|them|those)\s+"
        r"(?:[\w-]+\s+){0,2}?against\b"
        # "reports only the gap between that and today's weight"
        r"|\bthe\s+(?:gap|difference)\s+between\s+(?:that|this|it|its|the)\b",
        kind="comparison",
    ),
    _cue(
        "closest",
        1.5,
        "closest nearest most best look(s)? overlap(s|ping)? share(s)? how",
        # Not a rounding nor a place or an offer ("to the nearest 50 litres", "books a
        # slot at the nearest hub", "offers the closest alternative"): what it does.
        r"(?<!to the )\b(?:closest|nearest)\b(?!\s+(?:\d|whole|hundred|thousand|tenth|"
        r"hub|station|depot|hospital|town|village|stop|branch|office|shop|store|exit|port|"
        r"harbour|harbor|airport|road|street|clinic|school|alternative|available|free|open)\b)"
        r"|\b(?:most\s+similar|best[\s-]matching|most\s+alike)\b"
        r"|\blooks?\s+like\s+(?:yours|theirs|ours|his|hers|its|them|those)\b"
        r"|\boverlap(?:s|ping)?\s+with\b|\bshares?\s+(?:the\s+)?most\b"
        r"|\bhow\s+(?:close|closely|similar|alike|far|much\s+\w+\s+overlaps)\b",
        kind="comparison",
    ),
    # -- order and decomposition.
    _cue(
        "first, then",
        1.5,
        "first only is are if before",
        r"\bfirst\b[^.;!?]{1,150}?\bthen\b|\bonly\s+then\b"
        # "only if the postcode is unreadable does it look at the town": a fallback order.
        r"|\bonly\s+(?:if|after|when|once)\b[^.;!?]{1,80}?\bdoes\s+it\b"
        # "sets aside any stretch it judged faulty before it estimates the surge"
        r"|\bbefore\s+it\s+(?:estimates|decides|picks|chooses|scores|ranks|weighs|answers)\b"
        r"|\b(?:is|are)\s+settled\s+before\b"
        # "if any pair matches it says so; otherwise it says nothing": a rule with a branch.
        r"|\bif\b[^.!?]{3,120}?[;,]\s*otherwise\b",
        kind="order",
        counts=2,
    ),
    # "works out which crews could reach it, and from those picks the one ...".
    _cue(
        "from those",
        1.5,
        "from work(s)?",
        r"\bfrom\s+(?:those|these|them|that\s+(?:list|set|shortlist|group))\s+(?:it\s+)?"
        r"(?:picks?|chooses?|selects?|takes?|keeps?)\b"
        r"|\bworks?\s+out\s+(?:which|whether|what|how|who|where)\b",
        kind="order",
    ),
    _cue(
        "then",
        1.0,
        "then",
        # Not "then waits for the next one": waiting is no step of the working.
        r"\bthen\s+(?:it\s+)?(?!is\b|was\b|has\b|does\b|this\b|its\b|waits\b)[a-z]+s\b",
        kind="order",
    ),
    _cue(
        "step by step",
        1.0,
        "in one step phrase word line token frame cell pixel patch piece clause sentence "
        "move layer stage part case bit point round and then over repeatedly iteratively",
        r"\bin\s+(?:turn|sequence|(?:that|this|the\s+same|their\s+original|its\s+original|"
        r"the\s+original|a\s+fixed|a\s+set|reading)\s+order)\b"
        # "One decision at a time", "one hour at a time" say when it acts, not how it works.
        r"|\bone\s+(?!(?:decision|hour|day|week|month|year|night|morning|evening|season|shift|"
        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|pass|call|visit|booking|"
        r"request|turn|tide)s?\s)(?:[\w-]+\s+)?at\s+a\s+time\b"
        r"|\bone\s+(?:after\s+(?:another|the\s+other)|by\s+one)\b"
        r"|\b(step|phrase|word|line|token|frame|cell|pixel|patch|piece|clause|sentence|move|"
        r"layer|stage|part|case|bit|point|round)\s+(?:by|after)\s+\1\b"
        r"|\b(?:and|then)\s+repeats\b|\bover\s+and\s+over\b|\brepeatedly\b|\biteratively\b",
        kind="order",
    ),
    _cue(
        "breaks into",
        1.5,
        "break(s|ing)? split(s|ting)? cut(s|ting)? divid(e|es|ing) chop(s|ping)? separat(e|es)",
        r"\b(?:break|breaks|breaking|split|splits|splitting|cut|cuts|cutting|divide|divides|"
        r"dividing|chop|chops|chopping|separate|separates)\s+(?:[\w'-]+\s+){0,4}?into\s+"
        r"(?:[\w-]+\s+){0,2}?(?:parts?|pieces?|steps?|patches|tiles|chunks?|regions?|"
        r"segments?|sub-?\w+|stages?|phases?|tokens?|cells?|blocks?|windows?|groups?|"
        r"clusters?|components?|sections?|halves|fragments?|questions?|tasks?)\b",
    ),
    _cue(
        "each on its own",
        1.0,
        "each independently separately",
        r"\beach\s+(?:[\w'-]+\s+){1,4}?(?:on\s+its\s+own|independently|separately|"
        r"in\s+isolation)\b"
        # "Each reply is scored on its own by the reward model" is how training scores.
        r"(?!\s+by\s+(?:the\s+|a\s+|an\s+|our\s+)?(?:reward|judge|grader|rater|human|"
        r"annotator|verifier|evaluator|preference|labell?er))"
        r"|\bindependently\b|\bseparately\b",
    ),
    _cue(
        "comes from",
        1.5,
        "is are come(s)? score(s)? output(s)? prediction(s)? estimate(s)? forecast(s)? "
        "grade(s)? rating(s)? risk bid(s)? price(s)? ranking(s)? alarm(s)?",
        r"\b(?:is|are)\s+(?:treated\s+as|taken\s+(?:to\s+be|as)|found\s+by|worked\s+out\s+"
        r"(?:from|by)|derived\s+from|read\s+off|built\s+up\s+from|calculated\s+from)\b"
        # Not a file it writes ("plans come out as a PDF"), nor "... is where the revenue
        # comes from." (a source of money named at the end of a sentence).
        r"|\bcomes?\s+(?:out\s+)?(?:from|as)\b(?!\s+(?:an?\s+)?(?:pdf|csv|json|files?|"
        r"documents?|reports?|tables?|spreadsheets?|lists?|maps?|images?|emails?|messages?)\b"
        r"|\s*(?:[.;!?]|$))"
        # "the score is the share of ...": the output defined as a computed quantity.
        r"|\b(?:scores?|outputs?|predictions?|estimates?|forecasts?|grades?|ratings?|risk|"
        r"bids?|prices?|rankings?|alarms?)\s+(?:for\s+\w+\s+)?(?:is|are)\s+(?:just\s+|simply\s+)?"
        r"(?:the|a|an)\s+(?:share|fraction|proportion|percentage|number|count|total|median|"
        r"ratio|difference|product|maximum|minimum|distance)\s+(?:of|between)\b",
    ),
    _cue(
        "locality",
        1.0,
        "neighbour(s|ing)? neighbor(s|ing)? nearby",
        # Not "a neighbour or the landlord": a person, where the cue means nearby cells.
        r"\b(?:(?<!\ba\s)(?<!\bthe\s)neighbou?r\b|neighbou?r(?:s|ing)|nearby)\b",
    ),
    _cue(
        "only between",
        1.5,
        "only",
        r"\bonly\s+(?:between|within|among|along|inside)\b",
    ),
    # -- vocabulary that can only be about internals. (2)
    _cue(
        "internally",
        2.0,
        "internally",
        r"(?<!used )(?<!deployed )(?<!tested )(?<!shared )(?<!hosted )(?<!built )"
        r"(?<!developed )(?<!released )(?<!evaluated )(?<!available )\binternally\b"
        r"(?!\s+(?:at|to|by|within|across|in\s+the\s+(?:company|team|org\w*)))",
    ),
    _cue(
        "internal part",
        2.0,
        "internal",
        r"\binternal\s+(?:[\w-]+\s+)?(?:" + _INTERNAL_NOUNS + r")\b",
    ),
    _cue(
        "inside the model",
        2.0,
        "inside within under at",
        r"\b(?:inside|within)\s+(?:the|its|this)\s+(?:model|network|weights|policy)\b"
        # "Under the hood it is a 13B transformer", "under the hood, LaunchCall is a ...",
        # "Under the hood: a ViT encoder, a 7B decoder" introduce the architecture, not a
        # claim; so does a question ("So what is it, under the hood?").
        r"|\b(?:under\s+the\s+hood|at\s+heart)\b(?!\s*[:?]|,?\s+(?:it\s+is|it's|(?:[\w-]+\s+){0,2}?"
        r"(?:is|are)|sits|there\s+is)\s+(?:a|an|just|simply|only)\b"
        # "It is, at heart, a perception model" says what kind of model it is.
        r"|,?\s+an?\s+(?:[\w-]+\s+){0,2}?(?:model|network|system|classifier|detector)\b)",
    ),
    _cue(
        "represents as",
        2.0,
        "represent(s|ed|ing)?",
        r"\brepresent(?:s|ed|ing)?\b[^.;:!?\n]{0,60}?\bas\b",
    ),
    _cue("representation", 2.0, "representation(s)?", r"\brepresentations?\b"),
    _cue("world model", 2.0, "world", r"\bworld[\s-]models?\b"),
    # "A working picture of a buoy in the sea", "a rough map of the building": a model of
    # the world named in everyday words.
    _cue(
        "working picture of",
        2.0,
        "working mental internal rough running",
        r"\b(?:working|mental|internal|rough|running)\s+(?:picture|map|sketch)\s+of\b",
    ),
    _cue("heuristics", 2.0, "heuristic(s)?", r"\bheuristics?\b"),
    _cue(
        "circuits",
        2.0,
        "circuit(s|ry)?",
        # Not wiring: "140 circuits", "a lighting circuit", "circuit isolate"; nor a
        # compound ("track-circuit indications", "closed-circuit cameras").
        r"(?<!\d\s)(?<!lighting\s)(?<!electrical\s)(?<!power\s)(?<!short\s)(?<!mains\s)"
        r"(?<!track\s)(?<!-)"
        r"\bcircuits?\b(?!\s+(?:isolat\w*|breakers?|boards?|diagrams?))|\bcircuitry\b",
    ),
    _cue("value function", 2.0, "value q", r"\bvalue\s+functions?\b|\bq-functions?\b"),
    _cue(
        "latent",
        2.0,
        "latent",
        r"\blatent\s+(?:space|spaces|variables?|states?|codes?|factors?|quantit\w+)\b",
    ),
    _cue(
        "pattern matching",
        2.0,
        "pattern matches",
        r"\bpattern[\s-]match(?:ing|er|es)?\b|\bmatches\s+patterns\b",
    ),
    _cue(
        "simulator",
        2.0,
        "simulat(or|ors|es|ion|ions|ing)",
        r"\bsimulat(?:or|ors|es|ion|ions|ing)\s+of\b",
    ),
    _cue("pure predictor", 2.0, "pure", r"\bpure\s+predictors?\b"),
    _cue(
        "stateless",
        2.0,
        "stateless memoryless purely",
        r"\b(?:stateless|memoryless|purely\s+reactive)\b",
    ),
    _cue(
        "named algorithm",
        2.0,
        _NAMED_ALGORITHM_HEADS,
        r"\b(?:" + _NAMED_ALGORITHMS + r")(?!\w)",
    ),
    # -- usually about internals, sometimes used loosely. (1.5)
    _cue("computes", 1.5, "comput(e|es|ed|ing)", r"\bcomput(?:e|es|ed|ing)\b"),
    _cue("implements", 1.5, "implement(s|ing)", r"\bimplement(?:s|ing)\b"),
    _cue(
        "encodes",
        1.5,
        "encod(e|es|ed|ing)",
        # "A ViT backbone encodes the camera tiles" names what the build does with its input.
        r"(?<!backbone )(?<!encoder )(?<!encoders )(?<!network )(?<!tower )"
        r"\bencod(?:e|es|ed|ing)\b",
    ),
    _cue(
        "approximates",
        1.5,
        "approximat(e|es|ed|ing|ion|ions)",
        r"\bapproximat(?:e|es|ed|ing|ion|ions)\b",
    ),
    _cue(
        "memorises",
        1.5,
        "memori(s|z)(e|es|ed|ing|ation)",
        r"\bmemori[sz](?:e|es|ed|ing|ation)\b",
    ),
    _cue(
        "interpolates",
        1.5,
        "interpolat(e|es|ed|ing|ion)",
        r"\binterpolat(?:e|es|ed|ing|ion)\b",
    ),
    _cue(
        "factorisation",
        1.5,
        "factori(s|z)(ation|ations|es|ed|ing)",
        r"\bfactori[sz](?:ation|ations|es|ed|ing)\b",
    ),
    _cue(
        "beliefs",
        1.5,
        "its model internal",
        r"\b(?:its|model's|internal)\s+beliefs?\b",
    ),
    _cue(
        "myopic",
        1.5,
        "myopic act approval reactive",
        r"\bmyopic\b|\bact-based\b|\bapproval-directed\b|\breactive\b",
    ),
    _cue(
        "neurons",
        1.5,
        "neuron(s)? activation(s)?",
        # "false activations per sign", "standby activations": a device or a crew called
        # out, not the network's units.
        r"\bneurons?\b|(?<!false\s)(?<!standby\s)(?<!alarm\s)(?<!nuisance\s)(?<!spurious\s)"
        r"(?<!sign\s)\bactivations?\b(?!\s+per\b)",
    ),
    _cue(
        "probes",
        1.5,
        "prob(e|es|ing) read readout(s)?",
        # "ready to be read out to the defendant" is said aloud, not read from the model;
        # "soil-moisture probe readings" come from an instrument in the field.
        r"\b(?<!moisture[\s-])(?<!temperature[\s-])(?<!soil[\s-])(?<!humidity[\s-])"
        r"(?<!pressure[\s-])(?<!oxygen[\s-])(?<!meat[\s-])(?<!pH[\s-])(?<!ground[\s-])"
        r"(?<!density[\s-])(?<!level[\s-])(?<!flow[\s-])(?<!gas[\s-])(?<!sample[\s-])"
        # "when the probe blocks": a sampling probe on the plant, not a readout of the model.
        r"prob(?:e|es|ing)\b(?!\s+(?:readings?|data|values?|measurements?|blocks?|blocked|"
        r"clogs?|clogged|fouls?|fouled)\b)"
        r"|\bread-?outs?\b|\bread\s+outs?\b(?!\s+(?:to|in\s+court|aloud))",
    ),
    _cue(
        "its part",
        1.5,
        "its",
        # Naming one of the model's own parts: "its image encoder", "its value head".
        r"\bits\s+(?:own\s+)?(?:[\w-]+\s+)?(?:encoder|decoder|layers?|weights|activations|"
        r"representations?|features|value\s+head|memory|latents?|embeddings?|"
        r"circuits?|modules?|components?)\b",
    ),
    _cue(
        "learned part",
        1.5,
        "learned learnt only trained neural",
        # Generic parts ("learned weights", "learned embeddings", "learned features") are
        # left out: they name a component without saying what it holds.
        r"\blearn(?:ed|t)\s+(?:[\w-]+\s+){0,2}?(?:functions?|mappings?|rules?|"
        r"representations?|regularities|heuristics|constraints?|thresholds?|match(?:es)?|"
        r"patterns?|filters?|detectors?|associations?|statistics|"
        r"contributions?|fields?|modes|priors?|codebooks?|"
        r"calibrations?|corrections?|terms?|adapters?|relations?|relationships?)\b"
        r"|\b(?:only\s+)?(?:learned|learnt|trained|neural)\s+(?:part|bit|piece|"
        r"portion|component|stage)\b",
    ),
    _cue(
        "depends only on",
        1.5,
        "depend(s)? relies rely based conditioned look(s)? attend(s)? draw(s)? use(s)? see(s)? "
        "read(s)? get(s)? receive(s)? take(s)? only given from on purely strictly entirely can "
        "judge(s)? score(s)? rank(s)? rate(s)? sort(s)? pick(s)? choose(s)? decide(s)? order(s)?",
        # Restrictions on what it uses or does: "depends only on", "X alone", "only learns".
        r"\b(?:depends?|relies|rely|based|conditioned|looks?|attends?|draws?)\s+"
        r"(?:only|solely|purely|entirely|just|exclusively)\s+(?:on|at|to|from)\b"
        r"|\b(?:uses?|sees?|reads?|gets?|receives?|takes?)\s+only\b|\bonly\s+uses?\b|\bcan\s+only\b"
        r"|\buses?\s+nothing\s+but\b"
        r"|\b(?:given|from|on)\s+(?:[\w'-]+\s+){1,4}?alone\b"
        r"|\bonly\s+(?:learns?|sees?|reads?|looks\s+at|attends\s+to|corrects?|"
        r"copies|depends|adjusts|fits|encodes|stores|remembers)\b"
        r"|\b(?:purely|strictly|entirely)\s+local\b"
        r"|\b(?:judges?|scores?|ranks?|rates?|sorts?|picks?|chooses?|decides?|orders?)\s+"
        r"(?:[\w'-]+\s+){0,3}?(?:only|solely|purely|entirely|just)\s+(?:by|on|from)\b",
    ),
    _cue(
        "driven by",
        1.5,
        "decision(s)? prediction(s)? output(s)? score(s)? choice(s)? answer(s)? classification(s)?",
        r"\b(?:decisions?|predictions?|outputs?|scores?|choices?|answers?|classifications?)\s+"
        r"(?:is|are|should\s+be|will\s+be)\s+(?:driven|determined|based|explained)\s+(?:by|on)\b",
    ),
    _cue(
        "fixed structure",
        1.5,
        "hand handwritten handcoded handcrafted handengineered hard hardcoded written forced "
        "constrained",
        # A designed part ("hand-written rules"), not a document ("the miller's handwritten
        # notes").
        r"\b(?:hand-?(?:written|coded|crafted|engineered)(?!\s+(?:notes?|forms?|letters?|"
        r"sheets?|records?|logs?|labels?|entries|answers?|pages?|text|digits?|tally))|hard-?coded|"
        r"written\s+by\s+(?:designers|engineers|hand|people|humans|experts)|"
        r"(?:forced|constrained)\s+to\s+(?:satisfy|obey|copy|follow|respect))\b",
    ),
    _cue(
        "input restriction",
        1.5,
        "never does doesn cannot can is",
        # "Downstream systems never see free text": what others are shown, not the model.
        r"(?<!\bsystems\s)(?<!\busers\s)(?<!\bpeople\s)(?<!\bstaff\s)(?<!\bthey\s)"
        r"(?<!\bwe\s)(?<!\byou\s)(?<!\bhumans\s)(?<!\breaders\s)(?<!\bcustomers\s)"
        r"\b(?:never|does\s+not|doesn't|cannot|can't)\s+(?:see|sees|receive|receives)\b"
        r"|\bis\s+(?:never|not)\s+(?:given|shown)\b",
    ),
    _cue(
        "ignores",
        1.5,
        "ignor(e|es|ed|ing) disregard(s|ed|ing)? is be pay(s)? give(s)?",
        r"\b(?:ignor(?:e|es|ed|ing)|disregard(?:s|ed|ing)?|(?:is|be)\s+(?:blind|indifferent)\s+to|"
        r"pays?\s+no\s+attention\s+to|gives?\s+no\s+(?:thought|weight|attention|heed)\s+to)\b",
    ),
    # "calls it a kingfisher when it finds an orange breast and a blue back": what it
    # looks for inside the input, and what it does on finding it.
    _cue(
        "when it finds",
        1.5,
        "when whenever if once each every",
        r"\b(?:when|whenever|if|once|(?:each|every)\s+time)\s+it\s+(?:finds|sees|spots|detects|"
        r"notices|picks\s+up|meets|reaches)\b",
    ),
    # "reads a request once, from start to end": one pass over the input, in order.
    _cue(
        "single pass",
        1.5,
        "read(s)? from",
        r"\breads?\s+(?:[\w'-]+\s+){0,3}?once\b(?!\s+(?:a|an|every|each|per)\b)"
        r"|\bfrom\s+start\s+to\s+(?:end|finish)\b",
    ),
    _cue(
        "nothing else",
        1.5,
        "and but nothing",
        r"\b(?:and|but)\s+(?:on\s+)?nothing\s+(?:else|more)\b"
        r"|\bnothing\s+(?:beyond|far\s+away|further\s+away|outside)\b",
    ),
    _cue(
        "function over",
        1.5,
        "tree(s)? function(s)? table(s)? controller(s)? mixture(s)? regression(s)? grid(s)? "
        "ensemble(s)?",
        # Naming a computed structure and its domain: "a decision tree over symptoms". An
        # output named this way ("a distribution over classes") is input/output wording.
        r"\b(?:trees?|functions?|tables?|controllers?|mixtures?|regressions?|grids?|ensembles?)\s+"
        r"over\s+(?!the\s+(?:years?|course|past|next|long)\b|time\b|\d[\d,]*\s+(?:[\w-]+\s+)?features\b)",
    ),
    _cue(
        "fixed part",
        1.5,
        "untouched unchanged left kept",
        r"\b(?:untouched|unchanged\s+by\s+training|left\s+fixed|kept\s+fixed)\b",
    ),
    # -- weak hints: a part, a step, a structure. (1) Two of them make a claim.
    _cue(
        "algorithm",
        1.0,
        "algorithm(s|ic)?",
        # "learning algorithm", "RL algorithm", "cutting-edge algorithm" name the training
        # method or sell it; they say nothing about the learned algorithm.
        r"(?<!learning )(?<!training )(?<!rl )(?<!-edge )(?<!-the-art )(?<!advanced )"
        r"(?<!proprietary )(?<!novel )(?<!our )(?<!recommendation )(?<!ai )(?<!ml )"
        r"(?<!learning algorithms )\balgorithm(?:s|ic)?\b",
    ),
    _cue(
        "mechanism",
        1.0,
        "mechanism(s)? mechanistic(ally)?",
        r"\bmechanisms?\b|\bmechanistic(?:ally)?\b",
    ),
    _cue(
        "features",
        1.0,
        "feature(s)? featuri(s|z)ation cues",
        r"\bfeatures?\b|\bfeaturi[sz]ation\b|\bcues\b",
    ),
    _cue(
        "module",
        1.0,
        "module(s)? subroutine(s)? sub",
        r"\bmodules?\b|\bsubroutines?\b|\bsub-networks?\b",
    ),
    _cue("components", 1.0, "component(s)?", r"\bcomponents?\b"),
    _cue(
        "detectors",
        1.0,
        "detector(s)?",
        # "The objective gives a detector that is robust": the model itself, not a part.
        # Nor a device in the building or on the line ("dusty detectors", "smoke detector
        # zones"): hardware the model reads, not a part of it.
        r"(?:\bdetectors\b|(?<!\ba )(?<!\ban )(?<!\bthe )\bdetector\b)"
        r"(?<!\bsmoke detectors)(?<!\bheat detectors)(?<!\bdusty detectors)(?<!\bgas detectors)"
        r"(?<!\bsmoke detector)(?<!\bheat detector)(?<!\bgas detector)"
        r"(?!\s+(?:zones?|heads?|panels?|units?|readings?|signals?|alarms?|loops?|circuits?)\b)",
    ),
    _cue("concepts", 1.0, "concept(s)? abstraction(s)?", r"\bconcepts?\b|\babstractions?\b"),
    _cue(
        "regularities",
        1.0,
        "regularities correlations statistics",
        r"\bregularities\b|\bcorrelations\b|\bstatistics\b",
    ),
    _cue(
        "estimates",
        1.0,
        "estimat(e|es|ing|or|ors)",
        # A verb with what it estimates, not "affinity estimates" (the output).
        r"\bestimat(?:es?|ing)\s+(?:the|its|a|an|how|which|what|whether|each|every|where|when|"
        r"for)\b|(?:(?<=that )|(?<=which )|(?<=it )|(?<=and )|(?<=then )|(?<=first )|"
        r"(?<=also )|(?<=to ))estimat(?:e|es|ing)\b"
        r"|\bestimators?\b",
    ),
    _cue("extrapolates", 1.0, "extrapolat(e|es|ing)", r"\bextrapolat(?:e|es|ing)\b"),
    # -- everyday words for what it uses, how it chooses and how it is put together.
    _cue(
        "relies on",
        1.0,
        "rely relies relying rest(s)? resting",
        r"\b(?:rel(?:y|ies|ying)|rests?|resting)\s+(?:only\s+|solely\s+|mainly\s+|chiefly\s+)?"
        r"on\b",
    ),
    _cue(
        "chooses by",
        1.5,
        "pick(s)? choose(s)? choosing select(s|ing)? keep(s)? rank(s|ing)? sort(s|ing)?",
        r"\b(?:picks?|chooses?|choosing|selects?|selecting|keeps?)\s+(?:the\s+)?(?:likeliest|"
        r"most\s+likely|best|highest|lowest|top|cheapest|closest|nearest)\b"
        r"|\b(?:choos(?:es|ing)|rank(?:s|ing)?|sort(?:s|ing)?)\s+(?:[\w-]+\s+){0,3}?by\s+"
        r"(?:its\s+|their\s+)?(?:estimated\s+|predicted\s+|expected\s+)?[\w-]+",
    ),
    _cue(
        "knows which",
        1.0,
        "knows",
        # "knows its place" is an idiom for deference, not a claim about what it knows;
        # "knows what good feeding looks like" is praise.
        r"\bknows\s+(?:the|which|what(?!\s+(?:good|great|a\s+good|the\s+best|best)\b)|how|"
        r"about|its(?!\s+place\b)|only)\b",
    ),
    _cue(
        "adds up parts",
        1.0,
        "sum(s)? plus concatenat(es|ing) independently",
        r"\bsums?\s+(?:[\w-]+\s+){0,3}?(?:terms|scores|contributions|evidence|votes)\b"
        r"|\bplus\s+a\s+(?:learned|small|fixed|simple)\b|\bconcatenat(?:es|ing)\b"
        # Tried at "independently": "it" and "them" are too common to start from.
        r"|(?:(?<=\beach\s)|(?<=\bthem\s)|(?<=\bit\s))independently\b",
    ),
    _cue(
        "vectors",
        1.0,
        "vector(s)? embed(s)?",
        # "embeds the ticket" is a step; "text embeddings" only names a part.
        r"\bvectors?\b|\bembeds?\s+(?:the|each|every|its|all|both)\b",
    ),
    # "per-pixel", "per-token": the model's parts; "per-patient cost" is an accounting.
    _cue(
        "per-part",
        1.0,
        "per",
        r"\bper-[a-z]+\b(?!\s+(?:costs?|prices?|fees?|charges?|spend|budget|basis)\b)",
    ),
    _cue(
        "arithmetic",
        1.0,
        "weighted add(s|ed|ing)? convolv(e|es|ed|ing) threshold(s)? correction function "
        "distance(s)? similarit(y|ies) more less higher lower greater set fixed preset majority "
        "vote(s)? "
        "voting",
        r"\bweighted\b|\badd(?:s|ed|ing)?\s+up\b|\bconvolv(?:e|es|ed|ing)\b"
        # "precision at the operating threshold" reports a metric's setting.
        # An accreditation or regulatory threshold is a bar the results clear, not a step.
        r"|(?<!operating )(?<!decision )(?<!accreditation )(?<!regulatory )(?<!passing )"
        r"\bthresholds?\b"
        r"|\bcorrection\s+(?:term|to)\b|\bfunction\s+of\b|\bdistances?\s+(?:from|to|between)\b"
        r"|\bsimilarit(?:y|ies)\b"
        r"|\b(?:more|less|higher|lower|greater)\s+than\s+a\s+(?:set|fixed|given|preset)\b"
        r"|(?<=\ba )(?:set|fixed|preset)\s+(?:gap|amount|limit|level|distance|number|margin)\b"
        r"|\bmajority\b|\bvot(?:e|es|ing)\b",
    ),
    # "subtracts the old one, divides by the years between", "takes the middle one":
    # a calculation the model carries out, in plain words.
    _cue(
        "calculation step",
        1.5,
        "subtract(s|ed|ing)? divid(es|ed|ing) multipl(ies|ied|ying) halv(es|ed|ing) "
        "averag(es|ed|ing) take(s)? took taking",
        r"\bsubtract(?:s|ed|ing)?\b"
        r"|\b(?:divid|multipl)(?:es|ed|ing|ies|ied|ying)\s+(?:it|them|that|this|the|by|each|its)\b"
        r"|\bhalv(?:es|ed|ing)\s+(?:it|them|that|this|the|each|its)\b"
        r"|\baverag(?:es|ed|ing)\s+(?:it|them|the|each|its|over)\b"
        r"|\b(?:takes?|took|taking)\s+the\s+(?:difference|mean|average|median|middle\s+one|sum|"
        r"ratio|larger|smaller|maximum|minimum|highest|lowest)\b",
    ),
    # "fills the hardest shifts first", "moves the tune down until both ends fit", "pairs
    # each document with its page range", "lines up each link with the as-built size":
    # an order, a loop or a matching the model works by.
    _cue(
        "procedure step",
        1.5,
        "fill(s)? take(s)? pick(s)? handle(s)? serve(s)? place(s)? assign(s)? tr(y|ies) "
        "visit(s)? move(s)? shift(s)? repeat(s)? pair(s)? line(s)?",
        r"\b(?:fills|takes|picks|handles|serves|places|assigns|tries|visits|moves)\s+"
        r"(?:[\w'-]+\s+){1,6}?first\b(?!\s+time)"
        r"|\b(?:moves?|shifts?|repeats?)\s+(?:[\w'-]+\s+){0,6}?until\b"
        r"|\bpairs?\s+(?:each|every)\b|\blines?\s+up\s+(?:each|every|the|its)\b",
    ),
    # Rules that decide, in plain words: "crosses off every species that does not fit",
    # "picks the longest show that fits", "raises a flag only when the gap is larger than
    # the usual gap", "ties go to the ladder returned longest ago", "the first row that
    # matches decides the bin".
    _cue(
        "eliminates",
        1.5,
        "cross(es|ed|ing)? rule(s)? strike(s)?",
        r"\bcross(?:es|ed|ing)?\s+(?:out|off)\b"
        r"|\b(?:rules?|strikes?)\s+(?:out|off)\s+(?:every|each|any|all)\b",
    ),
    _cue(
        "picks the extreme",
        1.5,
        "pick(s)? offer(s)? take(s)? choose(s)? give(s)? hand(s)? send(s)? start(s)?",
        r"\b(?:picks|offers|takes|chooses|gives|hands\s+over|sends|starts\s+with)\s+the\s+"
        r"(?:\w+est(?:-[\w]+)?|most\s+\w+|least\s+\w+|nearest|closest)\s+"
        r"(?:[\w'-]+\s+){0,4}?(?:that|which|whose|not|still|left)\b",
    ),
    _cue(
        "threshold rule",
        1.5,
        "only",
        r"\bonly\s+(?:when|if|where)\s+(?:[\w'-]+\s+){0,8}?(?:(?:larger|smaller|bigger|"
        r"higher|lower|greater|more|fewer|less|longer|shorter|wider|older|newer)\s+than|"
        r"below|above|exceeds?|passes)\b",
    ),
    _cue(
        "breaks ties",
        1.5,
        "tie(s)? break(s|ing)? to",
        r"\bties?\s+(?:go|goes|are\s+broken|is\s+broken)\b|\bbreak(?:s|ing)?\s+ties\b",
    ),
    _cue(
        "orders by",
        1.0,
        "sort(s)? order(s)?",
        # Not "the sorted litter", "its orders": an adjective or a noun, not its step.
        r"(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bnew\s)\b(?:sorts|orders)\s+"
        r"(?:[\w'-]+\s+){1,5}?by\b(?!\s+(?:hand|post|phone)\b)",
    ),
    _cue(
        "holds tallies",
        1.5,
        "keep(s)? hold(s)? carr(y|ies) track(s)?",
        r"\b(?:keeps?|holds?|carry|carries|tracks?)\s+(?:just\s+|only\s+)?(?:two|three|four|five|"
        r"a\s+running|one)\s+(?:[\w-]+\s+)?(?:tall(?:y|ies)|counts?|numbers?|facts|things|"
        r"figures|dates|totals?)\b",
    ),
    _cue(
        "first match decides",
        1.5,
        "the",
        r"\bthe\s+first\s+(?:[\w'-]+\s+){0,3}?(?:that|which|to)\s+(?:matches|fits|applies)\b",
    ),
    _cue(
        "is basically",
        1.0,
        "is be work(s)? behave(s)? end(s)? amount(s)? boil(s)? something",
        # Analogy framings that introduce what the model *is*.
        # Not "the idea is basically that ...": the author's plan, not what the model is.
        r"(?:(?<!idea\s)(?<!point\s)(?<!plan\s)\b(?:is|be)\s+(?:basically|essentially|in\s+effect)\b"
        r"|\bworks?\s+like\b"
        r"|\bbehaves?\s+(?:like|as)\b|\bends?\s+up\s+as\b|\bamounts?\s+to\b"
        r"|\bboils?\s+down\s+to\b|\bsomething\s+like\s+an?\b)"
        # Not a skilled worker praised ("is basically a very good picker that never tires"):
        # how well it does the job, not how it does it.
        r"(?!\s+(?:an?\s+)?(?:very\s+|really\s+)?(?:good|great|excellent|"
        r"brilliant|perfect|skilled|expert|experienced|seasoned|tireless|diligent|careful|"
        r"reliable|better|faster)\b)"
        # Nor one of the staff ("is basically our librarian on a good day"): whose work it
        # does, not how.
        r"(?!\s+(?:our|your|their)\s+(?:[\w-]+\s+)?(?:librarian|clerk|secretary|manager|"
        r"dispatcher|planner|receptionist|warden|steward|officer|nurse|keeper|coordinator|"
        r"organi[sz]er|treasurer|volunteer|colleague|assistant)s?\b)"
        # Nor a kind of product ("is basically a classifier with a few extra outputs"):
        # what job it does, not how.
        r"(?!\s+(?:an?\s+)?(?:classifier|regressor|predictor|forecaster|recommender|ranker|"
        r"chatbot|assistant|agent|tool|app|product|service)s?\b)",
    ),
    _cue(
        "learns what",
        1.0,
        "learn(s|ing)? what",
        r"\blearns?\s+(?:which|what|how\s+\w+\s+(?:co-occur|relate|interact)|"
        r"how\s+(?:much|many|often|quickly|fast|far|long|strongly|likely)|"
        r"a\s+(?:catalogue|table|list|map|set|model)\s+of)\b"
        r"|\blearn(?:s|ing)?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:modes|components|factors|"
        r"patterns|regularities|structure|rules|associations)\s+of\b"
        r"|\bwhat\s+(?:we\s+hope|we\s+expect|we\s+want)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?learns\b",
    ),
    _cue(
        "process step",
        1.0,
        "compar(es|ing) look(s|ing)? retriev(es|ing|al) segment(s|ing) pars(es|ing) "
        "aggregat(es|ing) averag(es|ing) summ(ing|ed) pool(s|ed|ing) extract(s|ing) "
        "decompos(es|ing) smooth(s|ing) cop(ies|ying|y) propagat(es|ing) message messages "
        "attend(s)? find(s)?",
        r"\b(?:compar(?:es|ing)|look(?:s|ing)?\s+(?:\w+\s+){0,2}?up|retriev(?:es|ing|al)|"
        r"segment(?:s|ing)|pars(?:es|ing)|aggregat(?:es|ing)|averag(?:es|ing)|summ(?:ing|ed)|"
        r"pool(?:s|ed|ing)|extract(?:s|ing)|decompos(?:es|ing)|smooth(?:s|ing)|"
        # "A full copy of the same network" is the build of a self-play role, not a step.
        r"cop(?:ies|ying|y)(?!\s+of\s+(?:the\s+)?(?:same\s+)?(?:network|model|weights|policy))|"
        r"propagat(?:es|ing)|messages\s+pass|"
        # "a message-passing graph network" names an architecture; passing messages is a step.
        r"message[\s-]passing(?!\s+(?:graph\s+)?(?:neural\s+)?(?:networks?|nets?|gnns?|layers?|models?))|"
        r"attends?\s+to|finds?\s+the\s+(?:nearest|closest|most\s+similar))\b",
        kind="comparison",
    ),
    _cue(
        "has two parts",
        1.5,
        "has have in two three four",
        r"\b(?:has|have|in)\s+(?:two|three|four)\s+(?:parts|stages|components|halves)\b",
        kind="order",
    ),
    _cue(
        "made of",
        1.0,
        "composed comprised made built assembled consist(s|ing)? decompos(es|ed|ition) on wrapped",
        r"\b(?:composed|comprised|made\s+up|made|built|assembled)\s+(?:out\s+)?(?:of|from)\b"
        r"|\bconsists?\s+of\b|\bconsist\s+of\b|\bconsisting\s+of\b"
        r"|\bdecompos(?:es|ed|ition)\s+into\b|\bon\s+top\s+of\b|\bwrapped\s+around\b",
    ),
    _cue(
        "collection of",
        1.0,
        "bundle collection ensemble mixture combination stack cascade hierarchy library bag "
        "chain set",
        # Not "a bag of a different feed": a bag of tricks, rules or features.
        # Nor the act of collecting ("lifts collection of reservations"): a collection
        # held is "a", "the" or "its" collection.
        r"\b(?:bundle|(?:(?<=\ba )|(?<=\bthe )|(?<=\bits ))collection|ensemble|mixture|"
        r"combination|stack|cascade|hierarchy|"
        # Nor a chain of thought it writes out: that is an output.
        r"library|bag(?=\s+of\s+(?!an?\b|the\b|\d))|chain(?!\s+of\s+(?:thought|reasoning)\b)|"
        # Nor a test or training set of examples: that is data, not the model.
        r"(?<!\btest\s)(?<!\btraining\s)(?<!\bvalidation\s)(?<!\bheld-out\s)(?<!\bdata\s)"
        r"set)\s+of\b",
    ),
    _cue(
        "combines",
        1.0,
        "combin(e|es|ed|ing) plus",
        r"\bcombin(?:e|es|ed|ing)\b|\bplus\s+(?:an?|the|its|some|few)\b",
    ),
    _cue(
        "only as",
        1.0,
        "act(s)? serve(s)? work(s)? only is",
        r"\b(?:acts?|serves?|works?)\s+only\s+as\b|\bonly\s+(?:acts?|serves?)\s+as\b"
        r"|\bis\s+(?:merely|just|simply|nothing\s+more\s+than)\s+an?\b",
    ),
    _cue(
        "contrast",
        1.0,
        "rather instead not",
        # "in two minutes instead of the current six weeks" compares performance.
        # So does "instead of weeks later": a time, not a way of working.
        # With what it is set against when that is agency ("a reactive router rather than
        # a planner"), which makes the contrast a denial of agency.
        rf"\brather\s+than(?:\s+(?:an?\s+)?(?:{_AGENCY_NOUNS})\b)?\b|"
        r"\binstead\s+of\b(?!\s+(?:the\s+)?(?:current|usual|present|old|"
        r"existing|today's|\d|waiting\s+(?:[\w-]+\s+){0,2}?(?:minutes|hours|days|weeks|months|years)\b|(?:[\w-]+\s+)?(?:later|earlier|sooner|"
        r"(?:minutes|hours|days|weeks|months|years)\b)))|\bnot\s+(?:through|via|by)\b",
    ),
    _cue(
        "by means of",
        1.0,
        "by",
        # "by estimating", "by tracking": how, not what. Gerunds that only restate the
        # goal ("by improving", "by reducing") or the training set-up do not count.
        r"\bby\s+(?!(?:using|being|making|helping|providing|giving|keeping|allowing|enabling|"
        r"reducing|increasing|improving|offering|ensuring|delivering|achieving|saving|"
        r"cutting|beating|winning|outperforming|getting|doing|having|following|"
        r"training|fine-tuning|deploying|automating|coordinating|adjusting|learning|"
        r"building|creating|working|taking|bringing|supporting|predicting|classifying|"
        r"generating|producing|outputting|minimi[sz]ing|maximi[sz]ing|optimi[sz]ing|"
        # "by watching the numbers": that it uses its inputs, not how.
        r"watching|seeing|observing|monitoring|"
        r"(?:some|any|no|every)thing)\b)[a-z]{3,}ing\b",
    ),
)

_TECHNICAL: tuple[_Cue, ...] = (
    _cue(
        "training set-up",
        0.0,
        "trained pre pretrained fine finetuned optimised optimized tuned learned learnt supervised",
        # The clause hides mechanism words inside it: "trained with the standard denoising
        # objective" names a training target, not what the model does.
        r"\b(?:pre-?trained|trained|fine-?tuned|optimi[sz]ed|tuned|supervised|learn(?:ed|t))\s+"
        r"(?:end\s+to\s+end\s+)?(?:(?:with|on|by|using|via|through|against|under|for)\b"
        r"[^.;:,()\n]{0,160}|(?=to\s))",
        side=_TECH,
        masks=True,
    ),
    _cue(
        "loss",
        0.0,
        "cross mean mse negative log hinge dice contrastive kl rlhf ppo dpo behaviour behavior "
        "teacher self loss(es)? objective(s)? sgd adam backprop backpropagation",
        r"\b(?:cross[\s-]entropy|mean[\s-]squared[\s-]error|mse|negative\s+log[\s-]likelihood|"
        r"log[\s-]loss|hinge\s+loss|dice\s+loss|contrastive\s+(?:loss|objective|learning)|"
        r"kl[\s-]\w+|rlhf|ppo|dpo|behaviou?r\s+cloning|teacher\s+forcing|self-play|"
        r"loss(?:es)?|objectives?|sgd|adam|backprop(?:agation)?)\b",
        side=_TECH,
    ),
    _cue(
        "input/output",
        0.0,
        "map(s|ping|pings)? emit(s|ting)? take(s)? as input(s)? "
        "distribution(s)? probabilit(y|ies) softmax logits score(s)? given",
        r"\bmaps?\s+(?:[\w-]+\s+){1,5}?(?:\([^()]{0,300}\)\s+)?(?:to|onto|into)\b"
        r"|\bmappings?\s+from\b"
        r"|\b(?:emits?|emitting)\b"
        r"|\btakes?\s+(?:[\w'-]+\s+){1,8}?as\s+inputs?\b|\bas\s+inputs?\b"
        r"|\binputs?\s+(?:and|to)\s+outputs?\b"
        r"|\b(?:distributions?|probabilit(?:y|ies)|softmax|logits|scores?)\s+(?:over|for\s+each|"
        r"that|of)\b"
        r"|\bgiven\s+(?:an?|the|its)\s+[\w-]+(?:\s+[\w-]+)?\b",
        side=_TECH,
    ),
    _cue("architecture", 0.0, _ARCHITECTURE_HEADS, _ARCHITECTURE, side=_TECH),
)

_BEHAVIOR: tuple[_Cue, ...] = (
    _cue(
        "task verb",
        1.0,
        "classif(y|ies|ied|ying|ication|ications|ier|iers) answer(s|ed|ing)? "
        "respond(s|ed|ing)? response(s)? replies output(s)? outputting "
        "produc(e|es|ed|ing) generat(e|es|ed|ing|ion) predict(s|ed|ing|ion|ions)? "
        "recommend(s|ed|ing|ation|ations)? translat(e|es|ed|ing) forecast(s|ed|ing)? "
        "nowcast(s)? detect(s|ed|ing|ion)? flag(s|ged|ging)? identif(y|ies|ied|ying) "
        "recogni(s|z)(e|es|ed|ing|tion) label(s|led|ling|ed|ing)? rank(s|ed|ing)? "
        "summari(s|z)(e|es|ed|ing) transcrib(e|es|ed|ing) suggest(s|ed|ing|ion|ions)? "
        "diagnos(e|es|ed|ing|is) triag(e|es|ed|ing) sort(s)? pick(s)? grasp(s)? control(s)? "
        "reduc(e|es|ed|ing) cut(s)? cutting maximi(s|z)(e|es|ed|ing) minimi(s|z)(e|es|ed|ing) "
        "solv(e|es|ed|ing) writ(e|es|ing) play(s)? win(s)? beat(s)? fold(s)? complete(s)? "
        "completion follow(s)? refus(e|es|ed|ing) declin(e|es|ed|ing) alert(s)? "
        "evaluat(e|es|ed|ing) help(s|ed|ing)? assist(s)?",
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
        side=_BEHAV,
    ),
    _cue(
        "performance",
        1.0,
        "accura(te|tely|cy) inaccura(te|cy) correct(ly|ness)? precision recall f1 auc auroc "
        "error success false hit click acceptance benchmark(s)? score(s)? state sota "
        "outperform(s|ed|ing)? human super superhuman specialist professional top "
        "perform(s|ed|ing|ance)? effective(ly)? efficient(ly)? succe(ed|eds|eding|ss|ssful|"
        "ssfully) fail(s|ure)? better best more loss achiev(e|es|ed|ing) reach(es|ed|ing)? "
        "#num one two three four five six seven eight nine ten well iou mae rmse brier mean",
        r"\b(?:accura(?:te|tely|cy)|inaccura(?:te|cy)|correct(?:ly|ness)?|precision|recall|"
        r"f1|auc|auroc|iou|mae|rmse|brier|mean\s+(?:absolute|squared)\s+error|error\s+rates?|(?:success|false[\s-]positive|false[\s-]negative|"
        r"hit|click-through|acceptance)\s+rates?|benchmarks?|scores?|state[\s-]of[\s-]the[\s-]art|"
        r"sota|outperform(?:s|ed|ing)?|human[\s-]level|super-?human|specialist\s+level|"
        r"professional\s+level|top-\d+|perform(?:s|ed|ing|ance)?|effective(?:ly)?|"
        r"efficient(?:ly)?|succe(?:ed|eds|eding|ss|ssful|ssfully)|fail(?:s|ure)?|"
        r"better|best|more\s+accurately|loss|achiev(?:e|es|ed|ing)|reach(?:es|ed|ing)?)\b"
        r"|\b\d+(?:[.,]\d+)?\s*(?:%|percent\b|per\s+cent\b)"
        r"|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:times\s+)?out\s+of\s+"
        r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+hundred)\b"
        r"|(?<!as )\bwell\b(?!\s+as\b)(?!-)",
        side=_BEHAV,
    ),
    _cue(
        "desirable quality",
        1.0,
        "safe(ly|ty)? helpful(ness)? harmless(ness)? honest(y|ly)? aligned trustworthy useful "
        "reliabl(e|y) robust(ly|ness)? fair(ly|ness)? unbiased high fluent(ly)? faithful(ly)? "
        "polite(ly)? friendly good harmful offensive dangerous toxic ethical unethical",
        r"\b(?:safe(?:ly|ty)?|helpful(?:ness)?|harmless(?:ness)?|honest(?:y|ly)?|aligned|"
        r"trustworthy|useful|reliabl(?:e|y)|robust(?:ly|ness)?|fair(?:ly|ness)?|unbiased|"
        r"high[\s-]quality|good|fluent(?:ly)?|faithful(?:ly)?|polite(?:ly)?|friendly|"
        r"harmful|offensive|dangerous|toxic|ethical|unethical)\b",
        side=_BEHAV,
    ),
)


_ALL: tuple[_Cue, ...] = _TECHNICAL + _MECHANISM + _BEHAVIOR
"""Every entry, training clauses first: at a word they hide what follows them before the
mechanism entries are tried there."""


@functools.cache
def _dispatch() -> dict[str, tuple[int, ...]]:
    """Word -> indices into ``_ALL`` of the entries whose match can start there. Built,
    like the patterns, on first use: import stays cheap."""
    table: dict[str, list[int]] = {}
    for index, cue in enumerate(_ALL):
        for form in cue.heads.split():
            for word in _expand(form):
                entries = table.get(word)
                if entries is None:
                    table[word] = [index]
                elif entries[-1] != index:  # entries are added in order: a repeat is last
                    entries.append(index)
    return {word: tuple(entries) for word, entries in table.items()}


def patterns() -> list[str]:
    """Every entry's pattern (compiled on first use; see storybuilder.shipped_regexes)."""
    return [cue.regex for cue in _ALL]


_MATCHERS: list[Callable[[str, int], re.Match[str] | None] | None] = [None] * len(_ALL)
"""Each entry's compiled ``match``, filled the first time the entry is tried: compiling all
of them took longer than reading a long specification, and a text tries only the entries
whose head words it contains."""


def _matcher(index: int) -> Callable[[str, int], re.Match[str] | None]:
    found = _MATCHERS[index]
    if found is None:
        found = _MATCHERS[index] = _ALL[index].pattern.match
    return found


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

_HAS_WORD = shipped_regexes.compile(r"\w")
_WORD = shipped_regexes.compile(r"\w+")


def _normalise(text: str) -> str:
    """The window of ``text`` to read, normalised; empty when it has no word at all."""
    first = _HAS_WORD.search(text)
    if first is None:
        return ""
    window = text[first.start() : first.start() + MAX_CHARS]
    folded = unicodedata.normalize("NFKC", window).casefold()
    return folded.translate(_FOLD)[:MAX_CHARS]


class _Hit(NamedTuple):
    start: int
    end: int
    phrase: str
    cue: _Cue


_TRIES_AFTER_HIT = 12
"""After this many matches an entry is not tried again (repeated text would otherwise make
it match the same phrase over and over)."""


_PERSON_BEFORE = shipped_regexes.compile(
    r"\b(?:I|he|she|we|they|you|people|users?|staff|members?|customers?|clients?|visitors?|"
    r"regulars|players?|officers?|engineers?|operators?|volunteers?|clerks?|drivers?|"
    r"passengers?|residents?|families|parents?|pupils?|students?|teachers?|readers?|"
    r"committees?|boards?|councils?|trustees|managers?|rangers?|farmers?|everyone|everybody)"
    r"(?:\s+(?:also|then|only|still|never|often|usually|always))?\s+$",
    re.IGNORECASE,
)
"""A person as the doer just before a mechanism cue: what people keep, learn or see ("now he
only sees the held batches", "regulars can't learn courses", "so the committee knows what
it is") is not the model's workings."""


def _scan(text: str) -> list[_Hit]:
    """Every cue hit in ``text``, found by trying each entry only where it can start."""
    table = _dispatch()
    numeric = table.get("#num", ())
    matchers = _MATCHERS
    count = len(_ALL)
    phrases: list[set[str]] = [set() for _ in range(count)]
    free_from = [0] * count  # where an entry's next match may start (no overlaps)
    tries_left = [_TRIES_AFTER_HIT] * count
    live = [True] * count
    hits: list[_Hit] = []
    masked_until = -1
    for word in _WORD.finditer(text):
        token = word.group()
        entries = table.get(token)
        if entries is None:
            if not token[0].isdigit():
                continue
            entries = numeric
        start = word.start()
        for index in entries:
            if not live[index] or start < free_from[index]:
                continue
            cue = _ALL[index]
            if start < masked_until and cue.side == _MECH:
                continue
            match = (matchers[index] or _matcher(index))(text, start)
            if match is None or match.end() == start:
                continue
            if cue.side == _MECH and _PERSON_BEFORE.search(text, max(0, start - 40), start):
                continue  # "regulars can't learn courses by heart" is said of people
            free_from[index] = match.end()
            if cue.masks:
                masked_until = max(masked_until, match.end())
                phrase = " ".join(match.group(0).split()[:4])
            else:
                phrase = " ".join(match.group(0).split())
            found = phrases[index]
            if phrase not in found:
                found.add(phrase)
                hits.append(_Hit(start, match.end(), phrase, cue))
            tries_left[index] -= 1
            if len(found) >= _MATCHES_PER_CUE or tries_left[index] <= 0:
                live[index] = False
    return hits


_SCOPE_OF_ONE = r"\bone\s+(?:[\w-]+\s+){1,2}?at\s+a\s+time\b|\bstands?\s+on\s+its\s+own\b"
"""A scope of one step: a denial of a long horizon that also says how the model works
through its input ("one sentence at a time")."""

_AGENCY_DENIED = shipped_regexes.compile(
    r"\b(?:goals?|aims?|intentions?|agenda|stake|grudges?|ambitions?|motives?|desires?|"
    r"long[- ]term|long[- ]range|schem\w*|myopic|reactive|act-based|approval-directed)\b|"
    # "does not plan", "isn't planning", "no plans"; not "never plans more than one
    # assignment ahead", a horizon stated.
    r"\b(?:no|not\s+a|isn't|is\s+not|doesn't|does\s+not)\s+(?:plans?|planning|planner)\b|"
    r"\b(?:isn't|is\s+not|not)\s+trying\s+to\b|"
    r"\b(?:isn't|is\s+not|not)\s+an?\s+agent\b|"
    rf"\b(?:rather\s+than|instead\s+of)\s+(?:an?\s+)?(?:{_AGENCY_NOUNS})\b|"
    # A scope of one step ("one complaint at a time", "each decision stands on its own")
    # is the same claim: nothing it does reaches past the step.
    f"{_SCOPE_OF_ONE}"
)
"""What a denial of agency names: goals, aims, a stake, a long horizon, planning as such."""


_SCOPED_TO_ONE = shipped_regexes.compile(_SCOPE_OF_ONE)
"""A denial that is a scope of one step, which still counts beside nothing the model does."""

_NOT_A_DOING = frozenset({"absence", "contrast", "knows which"})
"""Cues that say nothing the model does: what it lacks, what it is set against ("rather
than", "instead of"), what it is said to know."""


_KNOWS_BEFORE = shipped_regexes.compile(r"\bknows\b[^.;!?]*$")
"""What a narrowness claim opens with ("it knows lanes, vehicles and sailings, and ...")."""


def _knows_only(text: str, hit: _Hit) -> bool:
    """Whether a hit closes a claim about what the model knows ("it knows lanes and
    sailings, and nothing else"): the claim that it is narrow, which a story has to show,
    like a denial of goals, not a limit on how it works."""
    return hit.cue.name == "nothing else" and bool(
        _KNOWS_BEFORE.search(text, max(0, hit.start - 120), hit.start)
    )


def _only_agency_denied(text: str, hits: list[_Hit]) -> str | None:
    """Why the specification falls short when its score rests on denials of goals, plans
    or a long horizon ("no long-term goals", "it isn't planning", "myopic"). What a model
    wants is the question a specification is asked, not an account of how it works: the
    denials count once, as one claim, and only beside something the model is said to do
    ("a module that detects edges ... reactive"; "each frame is judged on its own"). Beside
    absences, contrasts and what it knows alone ("myopic, no memory, no plan", "reactive,
    instead of ...") only a scope of one step counts. None when the other cues, so
    counted, reach the bar."""
    denying = [
        h
        for h in hits
        if h.cue.side == _MECH and (_AGENCY_DENIED.search(h.phrase) or _knows_only(text, h))
    ]
    if not denying:
        return None
    rest = [h for h in hits if h not in denying]
    does = any(h.cue.side == _MECH and (h.cue.kind or h.cue.name) not in _NOT_A_DOING for h in rest)
    # Beside nothing it does, only a scope of one step still says how it works.
    counted = denying if does else [h for h in denying if _SCOPED_TO_ONE.search(h.phrase)]
    if counted:
        rest.append(max(counted, key=lambda h: h.cue.weight))
    if _score(rest) >= THRESHOLD:
        return None
    return (
        f"It says only what the model does not want or plan ({_quoted(_phrases(denying))}), "
        "which is what a story has to show, not how the model works."
    )


def _score(hits: list[_Hit]) -> float:
    """Sum the weights of the mechanism hits: each kind counts up to ``counts`` times, and
    hits that overlap count once, at the larger weight."""
    taken: list[tuple[int, int]] = []
    used: dict[str, int] = {}
    score = 0.0
    for hit in sorted(hits, key=lambda h: (-h.cue.weight, h.start)):
        if hit.cue.side != _MECH:
            continue
        kind = hit.cue.kind or hit.cue.name
        if used.get(kind, 0) >= hit.cue.counts:
            continue
        if any(hit.start < e and s < hit.end for s, e in taken):
            continue
        taken.append((hit.start, hit.end))
        used[kind] = used.get(kind, 0) + 1
        score += hit.cue.weight
    return score


def _phrases(hits: Iterable[_Hit]) -> tuple[str, ...]:
    """Distinct phrases in reading order, dropping any that sit inside a longer hit."""
    ordered = sorted(hits, key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[_Hit] = []
    for hit in ordered:
        if any(k.start <= hit.start and hit.end <= k.end for k in kept):
            continue
        kept.append(hit)
    result: list[str] = []
    for hit in kept:
        if hit.phrase not in result:
            result.append(hit.phrase)
        if len(result) >= MAX_CUES:
            break
    return tuple(result)


def _quoted(phrases: Iterable[str]) -> str:
    shown = list(phrases)[:_SHOWN_IN_EXPLANATION]
    return ", ".join(f"\u201c{p}\u201d" for p in shown)


_ADVICE = (
    "Say what the model keeps track of, what it compares or weighs, what it looks ahead "
    "through, in which steps it works, and what it does not do (for example: no planning, "
    "no memory of past users)."
)


def _explain(
    behavior: tuple[str, ...], mechanism: tuple[str, ...], technical: tuple[str, ...]
) -> str:
    if behavior:
        first = (
            f"It names what the model does or how well ({_quoted(behavior)}), "
            "but we found no clear claim about how it works inside."
        )
    else:
        first = "We found no clear claim about how the model works inside."
    if technical:
        first += (
            f" {_quoted(technical)} say what it is built or trained with, or what goes in "
            "and out, not what it computes."
        )
    if mechanism:
        words = "The phrase" if len(mechanism) == 1 else "The phrases"
        verb = "is" if len(mechanism) == 1 else "are"
        first += (
            f" {words} {_quoted(mechanism)} {verb} a start, but one hint is not yet an "
            "account of how it works."
        )
    return f"{first} {_ADVICE}"


def assess(text: str) -> Assessment:
    """Judge whether a goal specification is behavioral-only; see the module docstring.

    The verdicts on the last few texts are kept (they are immutable): one confirmed
    specification is judged at the answer, for advice, and by several of the critic's
    rules. Texts too long to keep around are judged afresh.
    """
    if len(text) > _KEPT_UP_TO:
        return _assess(text)
    return _assess_kept(text)


_KEPT_UP_TO = 20_000
"""Longest text whose verdict is kept (characters)."""


def _assess(text: str) -> Assessment:
    normal = _normalise(text)
    if not normal:
        return Assessment(False, (), (), "")
    hits = _baseline_dropped(normal, _scan(normal))
    hits = _incidental_dropped(normal, _quoted_dropped(normal, hits))
    mechanism = _phrases(h for h in hits if h.cue.side == _MECH)
    technical = _phrases(h for h in hits if h.cue.side == _TECH)
    behavior = _phrases(h for h in hits if h.cue.side == _BEHAV)
    disclaimer = _DISCLAIMS_INTERNALS.search(normal)
    # An author who says the internals are left open has said the goal is behaviour,
    # whatever mechanism-sounding words sit around that sentence.
    # Only a full account of the mechanism (three times the bar) outweighs that sentence.
    flagged = _score(hits) < (DISCLAIMED_BAR if disclaimer else THRESHOLD)
    outweighed = None if flagged else _behaviour_outweighs(normal, hits)
    flagged = flagged or outweighed is not None
    denied = None if flagged else _only_agency_denied(normal, hits)
    flagged = flagged or denied is not None
    explanation = _explain(behavior, mechanism, technical) if flagged else ""
    if outweighed is not None:
        explanation = outweighed + " " + explanation
    if denied is not None:
        explanation = denied + " " + explanation
    if flagged and disclaimer:
        said = " ".join(disclaimer.group(0).split())
        explanation = f"It leaves the internals open (“{said}”). " + explanation
    return Assessment(flagged, behavior, mechanism, explanation, technical)


_BASELINE = shipped_regexes.compile(
    r"\b(?:than|against|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the|our|their|an?)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:controllers?|systems?|rules|profiles?|baselines?|methods?|"
    r"schedules?|approach|process|heuristics?|tools?|models?|policies|planners?|"
    r"dispatchers?|schedulers?|allocators?|routers?|software|engines?|operators?|staff|team)\b"
)
"""What a result is measured against ("11% less energy than our hand-written temperature
profiles", "against the incumbent rule-based controller"): the thing compared with."""


def _baseline_dropped(text: str, hits: list[_Hit]) -> list[_Hit]:
    """The hits less the mechanism cues inside what a result is compared with: "than our
    hand-written profiles" describes the old way, not how the model works."""
    if not any(h.cue.side == _MECH for h in hits):
        return hits
    return _mechanism_outside(hits, [(m.start(), m.end()) for m in _BASELINE.finditer(text)])


def _mechanism_outside(hits: list[_Hit], spans: list[tuple[int, int]]) -> list[_Hit]:
    """The hits less the mechanism cues that lie wholly inside one of the spans."""
    if not spans:
        return hits
    return [
        h
        for h in hits
        if h.cue.side != _MECH or not any(s <= h.start and h.end <= e for s, e in spans)
    ]


_QUOTED_WORDS = 4
"""A quotation of at least this many words is someone's words (a symptom, a question, a
complaint), not the author's account of how the model works."""


def _quoted_dropped(text: str, hits: list[_Hit]) -> list[_Hit]:
    """The hits less the mechanism cues inside a quotation: "it walks you through 'the
    fader comes up and then trips'" quotes what a user says, and its "then trips" is no
    step of the model's."""
    if not any(h.cue.side == _MECH for h in hits):
        return hits
    spans = [
        (found.start(), found.end())
        for found in QUOTED.finditer(text)
        if len(found.group().split()) >= _QUOTED_WORDS
    ]
    return _mechanism_outside(hits, spans)


# Not after an abbreviation ("e.g.", "vs."): the text is case-folded.
_SENTENCE_BREAK = shipped_regexes.compile(not_just_after() + r"[.!?;]+(?=\s|$)|\n\s*\n")


_FULL_STOP = shipped_regexes.compile(not_just_after() + r"[.!?]+(?=\s|$)|\n\s*\n")
"""A sentence break that leaves clauses joined by semicolons together."""


def _sentences(text: str, breaks: re.Pattern[str] = _SENTENCE_BREAK) -> list[tuple[int, int]]:
    """(start, end) of each sentence of more than three words."""
    bounds = []
    start = 0
    for found in breaks.finditer(text):
        bounds.append((start, found.end()))
        start = found.end()
    bounds.append((start, len(text)))
    return [(s, e) for s, e in bounds if len(text[s:e].split()) > 3]


_INTERFACE_LABEL = shipped_regexes.compile(
    r"\s*(?:[-*\u2022]\s*)?(?:inputs?|outputs?|observations?|actions?|interface|returns|"
    r"architecture|(?:[\w-]+\s+)?head|(?:[\w-]+\s+)?features)\s*:"
    r"|\s*(?:its\s+|the\s+)?(?:inputs?|outputs?)\s+(?:is|are)\s"
)
"""A sentence that opens by labelling what goes in or out ("Output: a score plus ...",
"Output is a flag for each section plus a short notice")."""

_RECEIVES = shipped_regexes.compile(
    r"\b(?:receives|observes|is\s+given|are\s+given|takes\s+as\s+(?:its\s+)?inputs?|"
    r"sees\s+only|is\s+fed|are\s+fed|it\s+gets\s+(?:the|its)\s|(?:its|the)\s+(?:inputs?|observations?)\s+(?:are|is)|"
    r"(?:transformer|network|model)\s+over\s+(?:the\s+)?tokens|"
    # "every six hours it emits one recommendation and nothing else": what comes out.
    r"emits|outputs\s+(?:a|an|one|the)|returns\s+(?:a|an|one))\b"
)
"""A sentence that says what the model is given ("each copy receives its own readings and
those of the six nearest sites"): its light cues describe the inputs, not the workings."""

_DESCRIBES_OUTPUT = shipped_regexes.compile(
    r"\s*(?:the|its|each|every|this)\s+(?:[\w-]+\s+)?(?:trace|report|note|summary|"
    r"explanation|answer|reply|letter|message|output|worksheet|label|sheet|step|decision)s?"
    r"\s+(?:has|have|is|are|contains?|lists?|holds?|gives?|shows?|comes?\s+with|reads?)\b"
)
"""A sentence that opens by saying what the model's written output holds ("The trace has
six steps: identify the item, check it against the recall list, ...", "Every decision
comes with its reasons, step by step"): the steps it writes down, not how it works."""

_MEASUREMENT = shipped_regexes.compile(
    r"\b(?:acceptance|success\s+criteria|success\s+looks\s+like|what\s+good\s+looks\s+like|"
    r"targets?\s*:|targets?\s+on\s+the|validation\s+set|"
    r"hold-out|held-out|measured\s+(?:by|in|on|against)|reward\s+(?:per\s+step|that|is|"
    r"function|at\s+each|for\s+\w+\s+per|for\s+each)|'s\s+reward\s+is|"
    r"required\s+behaviou?r|behaviou?r\s+(?:we\s+)?require|"
    r"(?:sum|total)\s+of\s+(?:a|the)\s+(?:\w+\s+)?reward|"
    r"(?:optimi[sz]ed|trained)\s+(?:with|on|against)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:objective|reward|loss))\b"
)
"""Words of a sentence that says how the model is scored or accepted."""

_REPLACED = shipped_regexes.compile(
    r"\breplac(?:es|ed|ing)\s+(?:a|an|the|our|their|what)\b"
    # "replaces each missing reading with the last one" is a step of the model's own.
    r"(?!(?:\s+[\w'-]+){1,5}\s+(?:with|by)\b)"
)
"""Words of a sentence about what the model replaces ("it replaces a rota that relied on
the harbour master remembering which kits were opened"): its cues describe the old way."""

_LEAST_FOR_INCIDENTAL = 3
"""Sentences a specification needs before a sentence of it can be about something else."""

_BUILD_OR_INTERFACE = frozenset({"architecture", "input/output"})
"""The technical cues that say what the model is built from or what goes in and out
(training words say how it was made, which a sentence about how it works may mention)."""

_AMBIGUOUS_TECHNICAL = frozenset({"weights", "weight", "network", "layer", "layers", "residual"})
"""Technical words that also name a model's plain parts ("the network", "fixed weights",
"a nerve fibre layer"): alone they do not make a sentence one about the build."""

_SPECIFIC = 2.0
"""The weight of a specific mechanism cue ("weighs X against Y"): one that counts even in a
sentence that only says what the model is given."""

_INCIDENTAL_BELOW = 1.5
"""Mechanism cues lighter than this ("plus the", "set of", "features", "weighted") are
incidental in a sentence about something else."""


def _incidental_dropped(text: str, hits: list[_Hit]) -> list[_Hit]:
    """The hits less the mechanism cues that describe something other than how the model
    works: light cues in a sentence about its build or its interface, and any cue in a
    sentence that defines its reward or acceptance targets.

    "Input: the CV plus the vacancy's site", "a 52-number observation vector", "one set of
    weights": in a sentence that names the architecture or labels what goes in and out,
    and says nothing heavier about how the model works, such words describe the interface,
    not the mechanism. Heavier cues (search, weighing, an absence) count wherever they
    stand.
    """
    if not any(h.cue.side == _MECH for h in hits):
        return hits
    sentences = _sentences(text, _FULL_STOP)
    if len(sentences) < _LEAST_FOR_INCIDENTAL:
        # The one sentence is the account: its interface words are part of it, unless it
        # is an architecture with its scores ("a gradient-boosted ensemble of 600 trees over
        # 140 features that predicts readmission with AUROC 0.81"): there light words
        # ("ensemble of", "features") only name the build.
        if not _architecture_with_scores(hits):
            return hits
        return [h for h in hits if h.cue.side != _MECH or h.cue.weight >= _INCIDENTAL_BELOW]
    # "Weights" alone also means the weights of a sum ("fixed weights"), and a technical
    # word inside a mechanism phrase ("pays no attention to") is part of that phrase.
    technical = [
        h
        for h in hits
        if h.cue.side == _TECH
        and h.cue.name in _BUILD_OR_INTERFACE
        and h.phrase not in _AMBIGUOUS_TECHNICAL
        and not any(m.cue.side == _MECH and m.start <= h.start < m.end for m in hits)
    ]
    heavy = [h for h in hits if h.cue.side == _MECH and h.cue.weight >= _INCIDENTAL_BELOW]
    busy = [
        (s, e)
        for s, e in sentences
        if (any(s <= h.start < e for h in technical) or _INTERFACE_LABEL.match(text, s))
        # A sentence that also says how the model works is about that.
        and not any(s <= h.start < e for h in heavy)
    ]
    # A sentence that defines the reward, the loss or the acceptance targets describes
    # the measurement, not the model: "a reward that encodes items (i) to (iv)", "TaxSim
    # computes liability", "that our rule-based extractor recovers".
    measuring = [
        (s, e)
        for s, e in sentences
        if _MEASUREMENT.search(text, s, e) or _REPLACED.search(text, s, e)
    ]

    def within(hit: _Hit, spans: list[tuple[int, int]]) -> bool:
        return any(s <= hit.start < e for s, e in spans)

    # A sentence that says what the model is given ("each copy receives the readings of
    # the six nearest sites") or what its written output holds ("the trace has six
    # steps: ...") names its interface: only a specific cue there is about workings.
    interface = [
        (s, e)
        for s, e in sentences
        if _RECEIVES.search(text, s, e) or _DESCRIBES_OUTPUT.match(text, s)
    ]
    return [
        h
        for h in hits
        if h.cue.side != _MECH
        or (
            not within(h, measuring)
            and (h.cue.weight >= _INCIDENTAL_BELOW or not within(h, busy))
            and (h.cue.weight >= _SPECIFIC or not within(h, interface))
        )
    ]


_MEASURED_SCORE = shipped_regexes.compile(
    r"\d|\b(?:auc|auroc|iou|accura\w*|f1|precision|recall|error|mae|rmse|brier|loss)\b"
)
"""A behaviour phrase that reports a measured score ("AUROC", "97%"), not just "score"."""


def _architecture_with_scores(hits: list[_Hit]) -> bool:
    """A short text naming an architecture and a measured score, with no heavier account
    of how the model works than light words."""
    return (
        any(h.cue.side == _TECH and h.cue.name in _BUILD_OR_INTERFACE for h in hits)
        and any(h.cue.side == _BEHAV and _MEASURED_SCORE.search(h.phrase) for h in hits)
        and not any(h.cue.side == _MECH and h.cue.weight >= _INCIDENTAL_BELOW for h in hits)
    )


_LEAST_SENTENCES = 4
"""A specification shorter than this (in sentences of more than three words) is judged by
its score alone: a short one has too few sentences to say what most of them do."""


def _behaviour_outweighs(text: str, hits: list[_Hit]) -> str | None:
    """Why a specification with some mechanism words is still mostly behaviour, or None.

    A long specification collects a mechanism hint or two by chance ("it compares",
    "first ... then"), so its score alone would pass it. A reviewer reads the whole: when
    under a quarter of its sentences say anything about how the model works, and more
    than twice as many say what it does, the specification is a description of behaviour
    with a hint of mechanism ("one hint is not yet an account").
    """
    sentences = _sentences(text)
    if len(sentences) < _LEAST_SENTENCES:
        return None

    def holding(side: int) -> int:
        return sum(any(h.cue.side == side and s <= h.start < e for h in hits) for s, e in sentences)

    how, what = holding(_MECH), holding(_BEHAV)
    if how * 4 >= len(sentences) or what <= 2 * how:
        return None
    said = {0: "none says", 1: "only one says"}.get(how, f"only {how} say")
    return (
        f"Of its {len(sentences)} sentences, {what} say what the model does or how well, "
        f"and {said} anything about how it works."
    )


_DISCLAIMS_INTERNALS = shipped_regexes.compile(
    r"(?:\b(?:not|never)|n't)\s+(?:\w+\s+){0,6}(?:prescriptive|specify|specifying|say(?:ing)?|"
    r"describ\w*|dictat\w*|constrain\w*)\s+(?:\w+\s+){0,4}?(?:how\b|internal\w*|"
    r"inside|its\s+(?:internals|mechanism|workings))|"
    r"\b(?:internals|workings|mechanism)\s+(?:do|does|is|are)\s+not\s+(?:matter|important|"
    r"our\s+concern)|\bblack[\s-]box\b|\bleft\s+to\s+(?:training|the\s+optimi[sz]er|"
    r"gradient\s+descent)|\bagnostic\s+(?:about|as\s+to|on)\s+(?:how|what|which|its|the\s+internals)|"
    # "We do not need to know more about its internals than that."
    r"\b(?:not|no)\s+(?:\w+\s+){0,4}?(?:know|understand|care)\s+(?:\w+\s+){0,3}?(?:about\s+)?"
    r"(?:its|the\s+model's|the\s+network's)\s+(?:internals|workings|insides)|"
    # "We characterise the goal operationally", "we describe it by what its answers must
    # be", "better than speculating about what the layers compute".
    r"\b(?:characteri[sz]e|describe|define|specify)\s+(?:the\s+goal\s+|it\s+|[\w-]+\s+)?"
    r"(?:operationally|behaviou?rally|by\s+what\s+(?:it|its|the)\b)|"
    r"\bwould\s+be\s+speculation\b|\bspeculat\w*\s+about\s+(?:what|how)\b|"
    # "We do not require any particular internal organisation beyond this."
    r"\b(?:not|never)\s+(?:\w+\s+){0,2}(?:require|need|ask\s+for|insist\s+on)\s+(?:any\s+)?"
    r"(?:particular\s+|specific\s+)?(?:internal|inner)\s+(?:organi[sz]ation|structure|"
    r"mechanism|workings)|"
    # "The four numbers are the spec."
    r"\b(?:numbers|metrics|scores|thresholds|targets|kpis)\s+are\s+the\s+(?:spec|specification|goal)\b|"
    # "If a policy hits them on our validation farms, it meets spec."
    r"\b(?:it|they)\s+meets?\s+(?:the\s+|our\s+)?spec(?:ification)?\b|"
    # "Any network that meets these scores is acceptable": the goal is the scores.
    r"\bany\s+(?:network|model|policy|architecture|system|predictor)\s+that\s+(?:meets|achieves|"
    r"reaches|satisfies|passes|scores|hits)\b|"
    r"\b(?:do(?:es)?\s+not|don't|doesn't)\s+(?:care|mind)\s+(?:how|what)\s+(?:it|the\s+\w+)\s+"
    r"(?:computes|does|works|represents)",
    re.IGNORECASE,
)
"""A sentence that leaves the model's internals open on purpose."""

_assess_kept = functools.lru_cache(maxsize=16)(_assess)
