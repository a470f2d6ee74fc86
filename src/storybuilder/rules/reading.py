"""Reading an author's prose: whole-word terms, negation, and the phrase that matched.

The critic's rules ask whether a story *discusses* something (a learned reward model,
outputs that are acted on, what the checks leave out). A substring test is not reading:
"preference comparisons" is not the word "prefer", and "the model will never manipulate
anyone" is a promise, not an argument about manipulation. This module matches terms as
whole words and skips occurrences that a nearby negation turns into a bare denial,
unless the same sentence gives a reason or a check. It returns the sentence it relied on,
so every problem can show the author which words it reacted to.

Term syntax (data in question banks): case-insensitive; words match whole words; a
trailing ``*`` on a word matches any ending (``manipulat*``); a space matches any run of
spaces or hyphens (``reward model`` matches "reward-model"); ``...`` between words lets
up to ``GAP_WORDS`` other words of the same sentence stand there (``retrain* ... every
night`` matches "retrained on the day's labels every night"). A term that starts with a
negation (``no memory``) is itself a statement about what is absent and is never
discounted as negated.
"""

from __future__ import annotations

import marshal
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache, reduce
from itertools import accumulate, chain, compress, count
from operator import itemgetter, methodcaller, not_, or_
from typing import Any, NamedTuple

from storybuilder import shipped_lexicons, shipped_regexes
from storybuilder.rules.abbreviations import not_just_after
from storybuilder.rules.prefilter import Prefiltered

NEGATORS = Prefiltered(
    shipped_regexes.compile(
        r"\b(?:not|never|no|none|nothing|nobody|no one|nor|neither|without|cannot|can't|won't|wouldn't|doesn't|"
        r"don't|isn't|aren't|shouldn't|couldn't|unable|instead of|rather than|avoids?|"
        r"leav(?:e|es|ing) out|left out|dispens(?:e|es|ing) with|unlike|"
        r"than (?:collecting|gathering|buying|paying for|hiring|labell?ing|running|training)|"
        r"removes? the need for|no need for|absence of|free of|eliminates?|eliminating)\b|n't\b",
        re.IGNORECASE,
    )
)
"""Words that turn the phrase after them into a denial."""

REASONS = Prefiltered(
    shipped_regexes.compile(
        r"\b(?:because|since|due to|as a result|so that|therefore|which means|"
        r"we (?:check|test|measure|monitor|verify|probe|audit|ablate|red-team|inspect)\w*|"
        r"(?:checked|tested|measured|monitored|verified|probed|detected) (?:by|with|using)|"
        r"evidence|experiment\w*|ablation\w*)\b",
        re.IGNORECASE,
    )
)
"""Words that turn a denial into an argument: it gives a reason or names a check."""

ADMISSIONS = Prefiltered(
    shipped_regexes.compile(
        r"\b(?:remains? (?:open|unsolved|a risk|a concern|possible)|open (?:problem|question)s?|"
        r"stays? (?:open|unsolved|a risk|a concern)|not worst[- ]case|"
        r"(?:is|are) (?:all |both |still |also )?(?:left )?open\b(?! to\b)|"
        r"neither (?:\w+ ){0,3}(?:is|are) worst[- ]case|"
        r"unsolved|unaddressed|we do not (?:yet )?know|we don't (?:yet )?know|cannot rule out|"
        r"can't rule out|not yet (?:solved|addressed|known)|not solved|"
        r"(?:none|nothing|neither)(?: of (?:them|these|this))? (?:excludes?|rules? (?:it |this |that )?out)|"
        r"(?:does|do) not (?:exclude|rule out) (?:it|this|that)\b|not (?:been )?excluded|"
        r"(?:do not|don't) consider (?:this|it|that) solved|unclear|we have no (?:way|solution|answer|argument)|"
        r"no one knows|nobody knows|no one can (?:say|tell)|nobody can (?:say|tell)|"
        r"no (?:solution|answer) (?:yet|for)|is a risk|a real risk|we worry|we are worried|"
        r"still (?:possible|a risk)|left open|leave open|remains?|remaining|limitations?|weak point|"
        r"weakness(?:es)?|vulnerab\w*|we have not|we haven't|not yet|cannot yet|no defen[cs]e|"
        r"unresolved|unknown whether|may still|could still|might still|can still|"
        r"insufficient|not sufficient|none (?:of (?:them|these) )?(?:is|are) (?:sufficient|enough)|"
        r"(?:do not|don't|cannot|can't) claim (?:that )?(?:these|this|they|it|that|them) "
        r"(?:suffices?|(?:is|are) (?:enough|sufficient))|"
        r"none (?:of (?:them|these|this) )?(?:is|are) an? (?:[\w-]+ )?(?:guarantee|fix|solution|cure)|"
        r"(?:none|neither) (?:of (?:them|these|this) )?would (?:reliably |always |necessarily )?"
        r"(?:catch|stop|prevent|detect|reveal)|"
        r"least able|no general (?:answer|solution|defen[cs]e)|weakest (?:part|link|point)|"
        r"hardest (?:part|problem)|biggest (?:risk|worry|gap)|most worried|"
        r"an assumption,? not a (?:result|guarantee)|(?:still|yet to be|not yet) (?:untested|tested)|"
        r"untested|we rely on(?!\s*:)(?!\s+(?:it|them|this|that)\s+(?:only\s+)?for\b)|we are relying on(?!\s*:)|we hope|is a bet|on faith|"
        r"but (?:\w+ ){0,6}(?:can|could|may|might) (?:still )?\w+|holes?|"
        r"leaves? (?:\w+ ){0,3}gaps?|not (?:a |an )?(?:complete|full|perfect)(?: one)?|incomplete|"
        r"only partly|partial(?:ly)?|nothing (?:\w+ ){0,4}tells us|tells us nothing|"
        r"(?:we have )?no evidence|no account of|no argument (?:that|for)|"
        # A guard its author says falls short: "Neither removes the bias", "this does not fix it".
        r"neither (?:\w+ ){0,3}(?:removes?|solves?|fix(?:es)?|prevents?|eliminates?|closes?)|"
        r"none of (?:this|these|them|it|that) (?:\w+ ){0,2}(?:removes?|solves?|fix(?:es)?|"
        r"prevents?|eliminates?|closes?|rules? out|settles?)|"
        r"(?:does not|doesn't|do not|don't|cannot|can't) (?:fully )?"
        r"(?:remove|solve|fix|prevent|eliminate|close|rule out) (?:it|this|that|them|the)|"
        r"(?:does not|doesn't|do not|don't|cannot|can't|did not|didn't) rule (?:it|this|that|them) "
        r"out|none of (?:this|these|them) rules? (?:\w+ ){1,2}out|"
        r"neither (?:of (?:them|these|the two) )?rules? (?:it|this|that|them) out|"
        r"consider (?:this|it|that|them|these) (?:still |to be )?open|"
        r"(?:do not|don't|does not|doesn't) know how to (?:rule (?:it|this|that|them) out|"
        r"prevent|stop|exclude)|"
        r"(?:treat|treats|treated|leave|leaves|regard|regards|count|counts) (?:\w+ ){0,3}as open)\b|"
        # A text that ends on the one-word sentence "Open." (or "Still open.").
        r"(?:^|[.;:]\s+)(?:still\s+)?open[.!]?\s*$",
        re.IGNORECASE,
    )
)
"""Words that make a mention an admission of an open problem rather than an answer to it."""

REPORTED = shipped_regexes.compile(
    r"\bthe\s+(?:standard|usual|classic|original|textbook|common)\s+(?:[\w-]+\s+){0,2}?argument\b"
    r"|\b(?:proponents|advocates|its\s+authors|the\s+authors)\s+(?:argue|claim|hold)\b",
    re.IGNORECASE,
)
"""Words that report someone else's argument ("the standard argument for debate is that
...", "the usual game-theoretic argument says"): the sentence neither makes the claim nor
answers the question."""

WORRIES = Prefiltered(
    shipped_regexes.compile(
        r"\b(?:worr\w*|concern\w*|fear\w*|might|could|may)\b"
        # "Risk" the quantity a model estimates ("ranks by estimated risk", "a risk score")
        # names no worry.
        r"|(?<!estimated )(?<!predicted )(?<!expected )(?<!absolute )(?<!relative )\brisks?\b"
        r"(?!\s+(?:scores?|estimates?|ratings?|levels?|bands?|models?|rankings?|predictions?|"
        r"categor(?:y|ies)|strata|tiers?)\b)",
        re.IGNORECASE,
    )
)
"""Words that name a problem as a possibility; they admit it unless a guard is named too."""

GUARDS = Prefiltered(
    shipped_regexes.compile(
        r"\b(?:so that|to prevent|prevent\w*|ensur\w*|rules? out|ruling out|mitigat\w*|guards?|"
        r"guarded|defen[cs]es?|we (?:use|train|check|test|measure|require|limit|add|keep|compare|"
        r"separate|run|monitor)|by (?:using|training|checking|keeping|limiting|separating|running)|"
        r"which (?:prevents|stops|limits|catches)|because|since|"
        # "nothing outside the crop it could act on", "nothing a plan could act on",
        # "nothing in its inputs over which a search could be run" deny the possibility
        # they name
        r"(?:nothing|no \w+) (?:\w+ ){0,5}?(?:could|might|may)|"
        r"(?:nothing|no \w+) (?:\w+ ){0,6}?(?:which|that) (?:\w+ ){0,3}(?:could|might|may))\b",
        re.IGNORECASE,
    )
)
"""Words that say what the story does about a problem it names."""

NEGATION_REACH = 5
"""How many words before a match a negation still governs it."""

_LINE_BREAK = r"\n\s*\n|\n(?=[ \t]*(?:[-*+•]|\d+[.)])\s)"
"""A break between paragraphs or list items. A single newline is not one: prose kept in
a TOML file is wrapped by hand, and a sentence runs on over its line ends."""
_CLAUSE_BREAK = shipped_regexes.compile(
    # ", minus 0.8 times the detector's score" starts a new term of a formula: a "without"
    # before it ("runs without error, minus ...") does not deny it.
    # ", those are its aims" takes up what went before as a new clause: the "no" of "no
    # failed trips" before it does not deny it.
    r"[.;:!?]|" + _LINE_BREAK + r"|,\s*(?:but|although|though|yet|whereas|minus|plus|and|so)\b"
    r"|,\s*(?:those|these|that|this|such)\s+(?:are|is|was|were)\b"
)
_CLAUSE_MARKS = shipped_regexes.compile(r"[.;:!?\n,]")
"""Where a clause break may start."""
_SENTENCE_END = shipped_regexes.compile(
    # A full stop that ends an abbreviation is no sentence's end: reading "e.g. the heater
    # spike" as a sentence of its own cut the one it stood in.
    r"(?<=[.!?])" + not_just_after(r"\.") + r"(?<!\bno\.(?=\s\d))\s+|" + _LINE_BREAK,
    re.IGNORECASE,
)
_BREAK_MARKS = shipped_regexes.compile(r"[\n.!?]")
"""Where a sentence break may start: at a line end, or after one of these marks."""
QUOTE_LIMIT = 160
"""Longest quote of the author's words shown with a problem, in characters."""


@dataclass(frozen=True)
class Quote:
    """Where a term matched: the matched words and the sentence around them."""

    matched: str
    sentence: str


_WORD = shipped_regexes.compile(r"\w+")

_AMERICAN = shipped_regexes.compile(
    # optimize, organization, recognizing: -iz- where British writes -is-.
    r"(optim|organ|recogn|general|minim|maxim|priorit|real|summar|internal|character|categor|"
    r"standard|memor|emphas|random|normal|special|stabil|penal|util|rational|incentiv|critic|"
    r"final|visual|author|local|regular|harmon|synchron|formal|central|modern|sanit|apolog|"
    r"jeopard|scrutin|subsid|theor|hospital|legal|neutral|capital|custom)iz"
    # behavior, favorable, neighborhood: -or- where British writes -our-.
    r"|(behavio|favo|colo|hono|labo|neighbo|harbo|rumo|vigo|endeavo|flavo|savo)r"
    r"(?=(?:s|ed|ing|al|ally|able|ably|ite|ites|hood|hoods|ful|less|ist|ists|ism)?$)"
    # labeled, modeling, traveler: one l where British doubles it.
    r"|(label|model|travel|cancel|signal|fuel|level|channel|counsel|tunnel|equal|rival|"
    r"marvel|quarrel|jewel|total|dial|trial)(?=(?:ed|ing|er|ers)$)"
    # judgment, analyze, center, defense, catalog.
    r"|(judg|acknowledg)(?=ments?$)|(anal|paral|catal)yz|(cent|fib|theat)er(?=s?$)"
    r"|(defen|offen)s(?=es?$)|(catalog|dialog)(?=s?$)"
)
"""American spellings that differ from British ones by a fixed part of the word."""


def _british(match: re.Match[str]) -> str:
    iz, our, double, judg, yz, er, se, og = match.groups()
    if iz:
        return iz + "is"
    if our:
        return our + "ur"
    if double:
        return double + "l"
    if judg:
        return judg + "e"
    if yz:
        return yz + "ys"
    if er:
        return er + "re"
    if se:
        return se + "c"
    return og + "ue"


@lru_cache(maxsize=65536)
def _spelled(word: str) -> str:
    """A lower-cased word in British spelling ("behavior" -> "behaviour", "optimizing" ->
    "optimising", "labeled" -> "labelled"): texts and terms are read in one spelling, so a
    term written either way matches a text written either way."""
    return _AMERICAN.sub(_british, word, count=1) if _AMERICAN.search(word) else word


_ASCII_WORDS = bytes(
    code if chr(code).isalnum() or chr(code) == "_" else ord(" ") for code in range(128)
).lower() + bytes([ord(" ")] * 128)
"""Each ASCII byte of a word (a letter, a digit or "_") lower-cased, any other a space."""
_JOINER = shipped_regexes.compile(r"[\s\-'\u2019]+")
"""What may stand between the words of a term in a text: spaces, hyphens, apostrophes."""
_STEM_KEY = 3
"""Stems are indexed by their first letters; shorter stems are checked at every word."""
_STEM_OF = itemgetter(slice(_STEM_KEY))
_BIT_KEY = 6
"""A stem's bit stands for its first letters, up to this many (see _Vocabulary)."""

_MATCHES_KEPT = 256
"""Texts whose matches one lexicon keeps: more than one story holds."""


GAP = "..."
GAP_WORDS = 10
"""How many words a ``...`` in a term may stand for."""
CLAUSE_GAP_WORDS = 25
"""The widest gap a together-concept may allow between its halves (``together_gap``). A
clause may open with one half ("Each month, ...") and end with the other ("... and PPO is
resumed"), with a list of particulars between."""
_GAP_BREAK = shipped_regexes.compile(
    # The full stops of "e.g." and the like end no clause: the first one's as well.
    r"[!?;]|:(?!\d)|(?<!\b[ei])" + not_just_after() + r"\.(?!\d)"
    r"|,\s*(?:so|but|because|since|while|whereas|although|though|yet|which|whose)\b|" + _LINE_BREAK,
    re.IGNORECASE,
)
"""What a gap may not cross: the end of a sentence or clause (not the point of "0.5" or the
colon of "12:30"). A comma alone may sit inside
a phrase ("the transcript, including its prediction"); a comma before a new clause
("every study, so nothing the model ...") ends it."""


class _Term(NamedTuple):
    """One term of a lexicon, parsed (a named tuple: a bank has thousands of terms, made
    in every process, and a tuple is made faster than a frozen dataclass)."""

    words: tuple[str, ...]
    stems: tuple[bool, ...]
    """Per word: whether it matches any word that starts with it (a trailing ``*``)."""
    gaps: tuple[bool, ...] = ()
    """Per word: whether a ``...`` stands before it (empty: a term without gaps)."""
    later_words: frozenset[str] = frozenset()
    """The words after the first that must appear as they are (not stems). Kept, not
    derived on each use: every text a concept is tested against asks for it."""
    marks: tuple[str, ...] = ()
    """Per word: the punctuation the term writes before it ("tried, not", "win/loss",
    "P&L"), which the text may hold there too (empty: a term without any)."""

    def word_matches(self, index: int, token: str) -> bool:
        word = self.words[index]
        return token.startswith(word) if self.stems[index] else token == word


class _Vocabulary:
    """Every word the lexicons of this process look for, each given a bit.

    A text's bits say which of them it holds (:meth:`_Words.bits`), a lexicon's which
    it needs (:meth:`Lexicon.can_match`): most lexicons are ruled out for most texts by
    an ``&`` of two integers, where a set test per lexicon and text cost more than the
    reading that followed. A word with a trailing ``*`` is known by its first
    ``_BIT_KEY`` letters, or all of them if it has fewer (a text holds it when a word of
    the text starts with them). Known by three letters, most stems passed most texts
    ("man" of "manipulat*" is in "many" and "manage"): more than half the texts a lexicon
    was read in for nothing were let through by a stem's first three letters alone.
    """

    def __init__(self) -> None:
        self.words: dict[str, int] = {}
        self.keys: dict[str, int] = {}
        self.added: list[tuple[str, bool]] = []
        """(word or stem key, whether a key) in the order their bits were given."""
        self.known: dict[str, int] = {}
        """Word of a text -> its bits, while the vocabulary is ``known_for`` words long."""
        self.known_for = 0

    def bit(self, word: str, stem: bool) -> int:
        """The bit of a word of a term (0 for a stem shorter than a key: such a lexicon
        may match anywhere and is never ruled out)."""
        if stem:
            if len(word) < _STEM_KEY:
                return 0
            word = word[:_BIT_KEY]
        table = self.keys if stem else self.words
        known = table.get(word)
        if known is None:
            known = table[word] = 1 << len(self.added)
            self.added.append((word, stem))
        return known

    def known_bits(self, term: _Term) -> int:
        """The bits of a term's words that have bits (a word without one, never given
        one or a stem shorter than a key, asks nothing of a text)."""
        bits = 0
        for word, stem in zip(term.words, term.stems, strict=True):
            if stem:
                if len(word) < _STEM_KEY:
                    continue
                bits |= self.keys.get(word[:_BIT_KEY], 0)
            else:
                bits |= self.words.get(word, 0)
        return bits

    def bits(self, words: _Words) -> int:
        """The bits of the words of a text: of each word, known per word (a text's words
        are mostly words other texts of the process held, whatever the story)."""
        known = self.known
        if self.known_for != len(self.added):
            known.clear()  # a lexicon gave new words bits: a word may hold more of them now
            self.known_for = len(self.added)
        word_set = words.word_set
        new = word_set.difference(known)
        if new:
            if len(known) + len(new) > _WORDS_KNOWN:
                known.clear()  # bounded, whatever texts the process reads
                new = word_set
            plain, keys = self.words.get, self.keys.get
            for word in new:
                # A stem's bit stands for its first _STEM_KEY to _BIT_KEY letters (all of
                # them if it has fewer): a word holds the keys of its prefixes that long.
                found = plain(word, 0)
                for size in range(_STEM_KEY, min(len(word), _BIT_KEY) + 1):
                    found |= keys(word[:size], 0)
                known[word] = found
        return reduce(or_, map(known.__getitem__, word_set), 0)


_WORDS_KNOWN = 50_000
"""The most words whose bits the vocabulary keeps (see _Vocabulary.bits)."""


_VOCABULARY = _Vocabulary()

_SHIPPED: list[shipped_lexicons.Record | None] = []
"""The shipped lexicons' record, once looked for (None: none that fits this code)."""
USE_SHIPPED = True
"""False while ``python -m storybuilder.shipped_lexicons`` builds the record."""


def code_digest() -> str:
    """The SHA-256 of this module's source: a record stands only for the code it was made by."""
    import hashlib

    # Through the module's loader: it reads inside a zip too. A module without its
    # source (bytecode only) hashes to no record's digest, and builds every lexicon.
    get_data = getattr(__spec__.loader if __spec__ else None, "get_data", None)
    source = get_data(__file__) if get_data is not None else None
    if not isinstance(source, bytes):
        raise OSError(f"no source for {__name__}")
    return hashlib.sha256(source).hexdigest()


def _shipped() -> shipped_lexicons.Record | None:
    if not _SHIPPED:
        try:
            found = shipped_lexicons.load(code_digest()) if USE_SHIPPED else None
        except Exception:  # noqa: BLE001 - no source to compare (a build without it): none
            found = None
        if found is not None and not _seed(found.words, found.stems):
            found = None
        _SHIPPED.append(found)
    return _SHIPPED[0]


def _seed(words: tuple[str, ...], stems: tuple[bool, ...]) -> bool:
    """Number the vocabulary as the record did, if what this process numbered so far is
    where the record starts (always, unless a lexicon was built before the record was
    looked for); False, leaving the vocabulary as it was, if not."""
    vocabulary = _VOCABULARY
    known = len(vocabulary.added)
    if list(zip(words[:known], stems[:known], strict=True)) != vocabulary.added:
        return False
    words, stems = words[known:], stems[known:]
    bits = list(map((1).__lshift__, range(known, known + len(words))))
    plain = dict(vocabulary.words)
    plain.update(
        zip(compress(words, map(not_, stems)), compress(bits, map(not_, stems)), strict=True)
    )
    keys = dict(vocabulary.keys)
    keys.update(zip(compress(words, stems), compress(bits, stems), strict=True))
    if len(plain) + len(keys) != known + len(words):
        return False  # a word twice: not a numbering this module makes
    vocabulary.words, vocabulary.keys = plain, keys
    vocabulary.added.extend(zip(words, stems, strict=True))
    return True


def _prebuilt(terms: Sequence[str]) -> Any:
    """The recorded state of the lexicon of exactly these terms, or None."""
    record = _shipped()
    if record is None:
        return None
    return record.entry(terms)


class _Unreadable(Exception):
    """A recorded lexicon's entry that is not what this module records: built instead."""


class _Lazy(dict[Any, Any]):
    """A table whose entries are made on first use (a restored lexicon's buckets)."""

    @classmethod
    def of(cls, make: Callable[[Any], Any]) -> _Lazy:
        table = cls()
        table.make = make
        return table

    __slots__ = ("make",)
    make: Callable[[Any], Any]

    def __missing__(self, key: Any) -> Any:
        value = self[key] = self.make(key)
        return value


class Lexicon:
    """A list of terms, indexed by first word, matched against a text's words.

    Compiling one regular expression per concept cost more than the rest of ``check``
    together; words are looked up in a dictionary instead, so reading a story costs a
    dictionary lookup per word and concept.

    The lexicon of a shipped bank's concept is restored from the record of
    ``storybuilder.shipped_lexicons`` instead of being built: its words, its bits and
    which terms start with which word come from the record, and the terms of a first
    word are parsed only when a text holds that word (most are never looked at).
    """

    def __init__(self, terms: Sequence[str]) -> None:
        self._found: dict[str, list[tuple[int, int]]] = {}
        self._gapped_needs: list[int] | None = None
        """The bits each term with gaps needs (see _Vocabulary.known_bits), when first
        read."""
        self._quotes: dict[tuple[str, bool, bool], Quote | None] = {}
        self._can: dict[int, bool] = {}
        """can_match's answer per text's bits: rules ask after one concept in the same
        texts again and again (four times in five, over the development stories)."""
        self._terms = terms
        state = _prebuilt(terms)
        if state is None or not self._restore(state):
            self._build(terms)

    def _build(self, terms: Sequence[str]) -> None:
        self.exact: dict[str, list[_Term]] = {}
        self.stem_index: dict[str, list[_Term]] = {}
        self.short_stems: list[_Term] = []
        self.gapped: list[_Term] | None = []
        """Terms with gaps, matched over the whole text at once (see _gapped_spans);
        None until first needed in a restored lexicon (see :meth:`_gapped_terms`)."""
        for raw in terms:
            term = _parse_term(raw)
            if term is None:
                continue
            if term.gaps:
                self.gapped.append(term)
                continue
            first = term.words[0]
            if not term.stems[0]:
                self.exact.setdefault(first, []).append(term)
            elif len(first) >= _STEM_KEY:
                self.stem_index.setdefault(first[:_STEM_KEY], []).append(term)
            else:
                self.short_stems.append(term)
        for bucket in (*self.exact.values(), *self.stem_index.values()):
            bucket.sort(key=lambda t: -len(t.words))  # the longest term wins at a word
        self.first_words = frozenset(self.exact)
        self.stem_keys = frozenset(self.stem_index)
        self.exact_later = {w: [t.later_words for t in ts] for w, ts in self.exact.items()}
        self.stem_later = {k: [t.later_words for t in ts] for k, ts in self.stem_index.items()}
        self.gapped_words, self.gapped_stems = _heads(self._gapped_terms())
        self._triggers()
        # The bits: built for every lexicon a process reads with, so kept to one pass
        # over the terms (a bank has thousands, most of several words). A stem shorter
        # than a key has no bit, and its lexicon matches anywhere (never ruled out).
        single = 0
        needs: dict[int, set[int]] = {}
        bit = _VOCABULARY.bit
        gapped = self._gapped_terms()
        for term in chain(gapped, *self.exact.values(), *self.stem_index.values()):
            words, stems = term.words, term.stems
            head = bit(words[0], stems[0])
            if len(words) == 1:
                single |= head
                continue
            # A longer term is keyed by its longest word with a bit, not its first: a
            # text must hold every word, and a long word is in fewer texts than "the"
            # or "model", so fewer texts get as far as testing the term's other bits.
            need = key = head
            longest = len(words[0])
            for n in range(1, len(words)):
                word_bit = bit(words[n], stems[n])
                need |= word_bit
                if word_bit and len(words[n]) > longest:
                    key, longest = word_bit, len(words[n])
            known = needs.get(key)
            if known is None:
                needs[key] = {need}
            else:
                known.add(need)
        self.single_bits = single
        """The bits of the one-word terms: a text holding any of them may match."""
        self.needs: dict[int, tuple[int, ...]] = {
            key.bit_length() - 1: tuple(each) for key, each in needs.items()
        }
        """A key word's bit (its index) -> the bits each longer term keyed by it needs
        (all of them)."""
        self.key_bits = reduce(or_, needs, 0)

    def _triggers(self) -> None:
        # What any term, with gaps or not, must find in a text to start there: most texts
        # hold none of it, and are passed over with two set tests.
        gapped_stems = self.gapped_stems
        self.trigger_words = self.first_words.union(self.gapped_words)
        self.trigger_stems = self.stem_keys | {w[:_STEM_KEY] for w in gapped_stems}
        self.anywhere = bool(self.short_stems) or any(len(w) < _STEM_KEY for w in gapped_stems)
        """A term may start at any word (a stem shorter than a stem key): no text is
        passed over."""

    def _gapped_terms(self) -> list[_Term]:
        """The terms with gaps (a restored lexicon parses them when first needed)."""
        gapped = self.gapped
        if gapped is None:
            gapped = self.gapped = _parse_recorded(self._raw_gapped, gaps=True)
        return gapped

    def state(self) -> tuple[Any, ...] | None:
        """What :meth:`_restore` restores this lexicon from, as plain data in a fixed
        order (the record of ``shipped_lexicons``): each first word's (and stem key's)
        terms as written, longest first and joined by NULs; the terms with gaps, their
        first words, and the short stems; the bits of the one-word terms and of the
        key words of the longer ones, and per such key word (its bit's index) the
        indices of the bits each of the longer terms it keys needs (marshalled on its
        own: read only if a text holds that word). None for terms that hold a NUL themselves."""
        if any(SEPARATOR in raw for raw in self._terms):
            return None
        written = {_parse_term(raw): raw for raw in self._terms}
        written.pop(None, None)

        def raw(terms: Iterable[_Term]) -> str:
            return SEPARATOR.join(written[term] for term in terms)

        return (
            {word: raw(bucket) for word, bucket in self.exact.items()},
            {key: raw(bucket) for key, bucket in self.stem_index.items()},
            raw(self._gapped_terms()),
            tuple(sorted(self.gapped_words)),
            self.gapped_stems,
            raw(self.short_stems),
            self.single_bits,
            self.key_bits,
            {
                index: marshal.dumps(tuple(sorted(map(_bit_indices, each))))
                for index, each in self.needs.items()
            },
        )

    def _restore(self, state: Any) -> bool:
        """Take the lexicon from a recorded :meth:`state`, numbered as the vocabulary is
        (see ``_seed``); False if the entry is not of that shape (it is built instead).

        Only the tables are taken here: a first word's terms are parsed when a text
        first holds it, the terms with gaps when a text may hold one, and the bits a
        longer term needs when a text first holds its first word. An entry that turns
        out unreadable then is built from the terms (see :meth:`_rebuild`), never read
        into a lexicon that fails later.
        """
        if type(state) is not tuple or len(state) != 9:
            return False
        exact, stems, gapped, gapped_words, gapped_stems, short, single, keys, needs = state
        if not (
            type(needs) is dict
            and type(exact) is dict
            and type(stems) is dict
            and type(gapped) is str
            and type(gapped_words) is tuple
            and type(gapped_stems) is tuple
            and set(map(type, gapped_words + gapped_stems)) <= {str}
            and type(short) is str
            and type(single) is int
            and type(keys) is int
            and single >= 0
            and keys >= 0
        ):
            return False
        try:
            self.short_stems = _parse_recorded(short, gaps=False)
        except _Unreadable:
            return False
        self.gapped = None if gapped else []
        self._raw_gapped = gapped
        self.gapped_words, self.gapped_stems = frozenset(gapped_words), gapped_stems
        self._raw_exact, self._raw_stems = exact, stems
        self.exact = _Lazy.of(self._exact_terms)
        self.stem_index = _Lazy.of(self._stem_terms)
        self.exact_later = _Lazy.of(self._exact_later)
        self.stem_later = _Lazy.of(self._stem_later)
        self.first_words = frozenset(exact)
        self.stem_keys = frozenset(stems)
        self._triggers()
        self.single_bits = single
        self.key_bits = keys
        self._raw_needs = needs
        self.needs = _Lazy.of(self._needs_at)
        return True

    def _exact_terms(self, word: str) -> list[_Term]:
        return _parse_recorded(self._raw_exact[word], gaps=False)

    def _stem_terms(self, key: str) -> list[_Term]:
        return _parse_recorded(self._raw_stems[key], gaps=False)

    def _exact_later(self, word: str) -> list[frozenset[str]]:
        return [t.later_words for t in self.exact[word]]

    def _stem_later(self, key: str) -> list[frozenset[str]]:
        return [t.later_words for t in self.stem_index[key]]

    def _needs_at(self, index: int) -> tuple[int, ...]:
        """What ``needs`` holds for a key word's bit: the recorded bits each longer term
        it keys needs (see :meth:`state`), its terms left unparsed."""
        blob = self._raw_needs.get(index)
        try:
            recorded = () if blob is None else marshal.loads(blob)
        except Exception as error:  # noqa: BLE001 - not a recorded entry: build instead
            raise _Unreadable(index) from error
        limit = len(_VOCABULARY.added)
        needs = set()
        if type(recorded) is not tuple:
            raise _Unreadable(index)
        for indices in recorded:
            if type(indices) is not tuple or not all(
                type(n) is int and 0 <= n < limit for n in indices
            ):
                raise _Unreadable(index)
            needs.add(reduce(or_, map(_ONE.__lshift__, indices), 0))
        return tuple(needs)

    def _rebuild(self) -> None:
        """Build the lexicon from its terms: its record could not be read after all."""
        self._found.clear()
        self._quotes.clear()
        self._can.clear()
        self._gapped_needs = None
        self._build(self._terms)

    def can_match(self, bits: int) -> bool:
        """False when no term can match in a text of these bits (see _Vocabulary)."""
        if bits & self.single_bits:
            return True
        known = self._can.get(bits)
        if known is not None:
            return known
        if len(self._can) >= _MATCHES_KEPT:
            self._can.clear()  # a new story: the old texts will not come back
        answer = self._can[bits] = self._can_match(bits)
        return answer

    def _can_match(self, bits: int) -> bool:
        hit = bits & self.key_bits
        if not hit or self.anywhere:
            return self.anywhere  # no longer term's key word: only a short stem may match
        try:
            while hit:
                index = hit.bit_length() - 1
                for need in self.needs[index]:
                    if bits & need == need:
                        return True
                hit ^= 1 << index
        except _Unreadable:
            self._rebuild()
            return self.can_match(bits)
        return False

    def may_match(self, words: _Words) -> bool:
        """False when no term can match in a text of these words (True may still find none)."""
        return (
            self.anywhere
            or not self.trigger_words.isdisjoint(words.word_set)
            or not self.trigger_stems.isdisjoint(words.stem_set)
        )

    def matches(self, text: str) -> Iterator[tuple[int, int]]:
        """(start, end) of each match in the text, in order, at most one per word."""
        return iter(self.match_list(text))

    def match_list(self, text: str) -> list[tuple[int, int]]:
        """The matches in the text, as :meth:`matches` gives them.

        Many rules read one concept in the same texts (a section's prose, the whole
        story's, its argument), so the matches are kept per text for a while.
        """
        cache = self._found
        found = cache.get(text)
        if found is None:
            if len(cache) >= _MATCHES_KEPT:
                cache.clear()  # a new story: the old texts will not come back
            found = cache[text] = self._match_list(text)
        return found

    def first_quote(self, text: str, *, strict: bool, admissions: bool) -> Quote | None:
        """The first match in the text that a negation does not deny (see :func:`find`).

        Kept per text: a story's prose paths share their texts (``story.argument`` is
        most of ``story.prose``), and rules ask after one concept in several of them.
        """
        cache = self._quotes
        key = (text, strict, admissions)
        if key in cache:
            return cache[key]
        quote = None
        for start, end in self.match_list(text):
            matched = text[start:end]
            if not is_negated(text, start, matched, strict=strict, admissions=admissions):
                quote = Quote(matched, _sentence_around(text, start, end))
                break
        if len(cache) >= _MATCHES_KEPT:
            cache.clear()  # a new story: the old texts will not come back
        cache[key] = quote
        return quote

    def _match_list(self, text: str) -> list[tuple[int, int]]:
        words = _words_of(text)
        if not self.may_match(words):
            return []
        try:
            found = self._plain_matches(words, text)
        except _Unreadable:
            self._rebuild()
            return self._match_list(text)
        gapped = self.gapped
        if gapped is None:
            try:
                gapped = self._gapped_terms()
            except _Unreadable:
                self._rebuild()
                return self._match_list(text)
        if not gapped:
            return found
        ends = dict(found)
        needs = self._gapped_needs
        if needs is None or len(needs) != len(gapped):
            needs = self._gapped_needs = [_VOCABULARY.known_bits(term) for term in gapped]
        bits = words.bits()
        for term, need in zip(gapped, needs, strict=True):
            if bits & need != need:
                continue  # a word it needs is not in the text: most terms, most texts
            for start, end in _gapped_spans(term, words, text):
                ends[start] = max(end, ends.get(start, end))
        return sorted(ends.items())

    def _plain_matches(self, words: _Words, text: str) -> list[tuple[int, int]]:
        if self.short_stems:
            starts: Iterable[int] = range(len(words.words))
        elif self.first_words.isdisjoint(words.word_set) and self.stem_keys.isdisjoint(
            words.stem_set
        ):
            return []  # no word of the text can start a term: most texts, most concepts
        else:
            # Only the words a term can start at are visited: a handful in thousands.
            # A term whose later words are not all in the text cannot match anywhere.
            present = words.word_set
            holds = present.issuperset
            heads = {
                word
                for word in self.first_words & present
                if any(map(holds, self.exact_later[word]))
            }
            keys = {
                key
                for key in self.stem_keys & words.stem_set
                if any(map(holds, self.stem_later[key]))
            }
            if not heads and not keys:
                return []
            starts = words.starts(heads, keys)
        found_words = words.words
        in_order = words.in_order
        offsets: list[int] | None = None
        result: list[tuple[int, int]] = []
        for i in starts:
            token = found_words[i]
            # Asked only for the words it has: a restored lexicon parses a word's terms
            # when first asked for them (see _Lazy).
            candidates = self.exact[token] if token in self.first_words else []
            if len(token) >= _STEM_KEY and (key := token[:_STEM_KEY]) in self.stem_keys:
                candidates = candidates + self.stem_index[key]
            if self.short_stems:
                candidates = candidates + self.short_stems
            for term in candidates:
                # Its words first: where they stand in the text (and what lies between
                # them) is looked up only for a term whose words are all there, in order.
                # A term without stems is its words, compared at once (most terms).
                term_words = term.words
                if True in term.stems:
                    if not _words_at(term, found_words, i):
                        continue
                elif in_order[i : i + len(term_words)] != term_words:
                    continue
                if offsets is None:
                    offsets = words.offsets
                end = _joined_at(term, offsets, i, text)
                if end is not None:
                    result.append((offsets[2 * i], end))
                    break
        return result


def _parse_term(raw: str) -> _Term | None:
    raw = _WORD.sub(lambda word: _spelled(word.group()), raw.lower())
    parts = raw.split()
    if not parts:
        return None
    # Most terms of a bank are plain words, some with their endings: each part is
    # alphanumeric (str.isalnum is \w without "_") once its "*" is cut, and no part is
    # only "*". A run of non-empty parts is all alphanumeric when their concatenation is.
    if "*" not in raw:
        if "".join(parts).isalnum():
            words = tuple(parts)
            return _Term(words, (False,) * len(words), (), frozenset(words[1:]))
        return _parse_words(raw)  # a gap ("..." is not alphanumeric), or punctuation
    bodies = [part.rstrip("*") for part in parts]
    if "" in bodies or not "".join(bodies).isalnum():
        return _parse_words(raw)
    later = frozenset([w for w, part in zip(bodies[1:], parts[1:], strict=True) if part[-1] != "*"])
    return _Term(tuple(bodies), tuple(part[-1] == "*" for part in parts), (), later)


SEPARATOR = shipped_lexicons.SEPARATOR
"""Between the terms of a recorded bucket (see Lexicon.state)."""


def _parse_recorded(raw: Any, *, gaps: bool) -> list[_Term]:
    """The terms of a recorded bucket (see Lexicon.state), each as written; raises
    _Unreadable for anything this module would not have recorded there."""
    if type(raw) is not str:
        raise _Unreadable(raw)
    if not raw:
        return []
    terms = []
    for text in raw.split(SEPARATOR):
        term = _parse_term(text)
        if term is None or bool(term.gaps) != gaps:
            raise _Unreadable(text)
        terms.append(term)
    return terms


_ONE = 1


def _bit_indices(bits: int) -> tuple[int, ...]:
    """The indices of the bits set in a number."""
    return tuple(n for n in range(bits.bit_length()) if bits >> n & 1)


def _heads(gapped: list[_Term]) -> tuple[frozenset[str], tuple[str, ...]]:
    """The first words of terms with gaps: plain ones, and stems (in order)."""
    return (
        frozenset(t.words[0] for t in gapped if not t.stems[0]),
        tuple(t.words[0] for t in gapped if t.stems[0]),
    )


def _parse_words(raw: str) -> _Term | None:
    """:func:`_parse_term` for any term (several words, gaps, punctuation inside words)."""
    words: list[str] = []
    stems: list[bool] = []
    gaps: list[bool] = []
    marks: list[str] = []
    gap = False
    pending = ""  # punctuation written after the last word, before the next
    for part in raw.strip().lower().split():
        if part == GAP:
            gap = bool(words)  # a gap before the first word means nothing
            pending = ""
            continue
        stem = part.endswith("*")
        body = part.rstrip("*")
        # A plain word is its own single piece (str.isalnum is \w without "_").
        pieces = [(0, len(body))] if body.isalnum() else [m.span() for m in _WORD.finditer(body)]
        last = 0
        for n, (start, end) in enumerate(pieces):
            words.append(body[start:end])
            stems.append(stem and n == len(pieces) - 1)
            gaps.append(gap and n == 0)
            marks.append(pending + _mark(body[last:start]))
            pending, last = "", end
        pending += _mark(body[last:]) if pieces else _mark(body)
        gap = False
    if not words:
        return None
    later = frozenset(w for w, stem in zip(words[1:], stems[1:], strict=True) if not stem)
    marks[0] = ""  # what stands before the first word is not part of a match
    return _Term(
        tuple(words),
        tuple(stems),
        tuple(gaps) if any(gaps) else (),
        later,
        tuple(marks) if any(marks) else (),
    )


def _mark(between: str) -> str:
    """The punctuation in what stands between two words of a term, less the joiners."""
    return "" if not between or _JOINER.fullmatch(between) else _JOINER.sub("", between)


def _adjacent(between: str, mark: str) -> bool:
    """Whether two words of a term stand next to each other with this between them: only
    joiners, or the punctuation the term itself writes there ("tried, not")."""
    return bool(_JOINER.fullmatch(between)) or (bool(mark) and _mark(between) == mark)


def _words_at(term: _Term, words: list[str], i: int) -> bool:
    """Whether the term's words match the text's words from the i-th on (what
    :func:`_match_at` tests first, without the places of the words)."""
    size = len(term.words)
    if i + size > len(words):
        return False
    stems = term.stems
    for k, word in enumerate(term.words):
        token = words[i + k]
        if not (token.startswith(word) if stems[k] else token == word):
            return False
    return True


def _joined_at(term: _Term, offsets: list[int], i: int, text: str) -> int | None:
    """Where a term whose words stand from the i-th word on (as :func:`_words_at` found)
    ends, if only joiners (or the term's own punctuation) stand between them; else None."""
    size = len(term.words)
    marks = term.marks
    for n, k in enumerate(range(2 * i + 1, 2 * (i + size) - 1, 2), 1):
        if not _JOINER.fullmatch(text, offsets[k], offsets[k + 1]) and not (
            marks and _adjacent(text[offsets[k] : offsets[k + 1]], marks[n])
        ):
            return None
    return offsets[2 * (i + size) - 1]


def _gapped_spans(term: _Term, words: _Words, text: str) -> list[tuple[int, int]]:
    """(start, end) of the matches of a term with gaps, at most one per start word.

    Word by word over the whole text, the tokens each word of the term can stand at (and
    where its match began): a bank's term with many gaps costs (words x tokens x gap)
    steps, never a search over every way to fill the gaps.
    """
    if not term.later_words <= words.word_set:
        return []  # a word the term needs is not in the text: most texts, most terms
    if not _in_reach(term, words):
        return []  # its words never stand close enough: most of the rest
    tokens = words.tokens
    reach = {i: i for i in _starts_of(term, words)}
    for word in range(1, len(term.words)):
        gap = term.gaps[word]
        following: dict[int, int] = {}
        for place in sorted(reach):
            end = tokens[place][2]
            for nxt in range(place + 1, min(len(tokens), place + 2 + (GAP_WORDS if gap else 0))):
                if (
                    # Up to the next word's first character: the point of "0.3" is no
                    # full stop, which the look-ahead can tell only if it sees the "3".
                    _GAP_BREAK.search(text, end, tokens[nxt][1] + 1)
                    if gap
                    else not _adjacent(
                        text[end : tokens[nxt][1]], term.marks[word] if term.marks else ""
                    )
                ):
                    break  # a gap stays in its clause; plain words are next to each other
                if term.word_matches(word, tokens[nxt][0]):
                    following.setdefault(nxt, reach[place])
        reach = following
        if not reach:
            return []
    first_end: dict[int, int] = {}
    for place, begin in sorted(reach.items()):
        first_end.setdefault(begin, place)
    return [(tokens[begin][1], tokens[place][2]) for begin, place in first_end.items()]


def _in_reach(term: _Term, words: _Words) -> bool:
    """False when no word of the text that a word of the term matches stands within
    reach of one the term's previous word matches (the next word, or within the gap):
    the walk of :func:`_gapped_spans` would find nothing. Read from the index of the
    text's words alone, without where they stand in it or what lies between them."""
    reach = _places(term, 0, words)
    for index in range(1, len(term.words)):
        if reach is None:
            return True  # a short stem: it may stand anywhere
        places = _places(term, index, words)
        if places is None:
            return True
        limit = 1 + GAP_WORDS if term.gaps[index] else 1
        reach = [
            place
            for place in places
            if (before := bisect_left(reach, place - limit)) < len(reach) and reach[before] < place
        ]
        if not reach:
            return False
    return True


def _places(term: _Term, index: int, words: _Words) -> list[int] | None:
    """The indices of the words of the text a word of the term matches, in order; None
    for a stem shorter than a stem key (not indexed)."""
    word = term.words[index]
    if not term.stems[index]:
        return words.places(word, False)
    if len(word) < _STEM_KEY:
        return None
    return words.places(word, True)


def _starts_of(term: _Term, words: _Words) -> Iterable[int]:
    """The indices of the tokens the term's first word matches, in order."""
    return words.places(term.words[0], term.stems[0])


class _Words:
    """A text's words, and where they stand.

    The sets come first and the rest only when asked for: most concepts are ruled out
    for a text by its sets alone, and never need to know where its words stand. Where a
    word stands is found by a scan of the words (in C, a few nanoseconds a word) when a
    term asks: an index of every word cost more to build than the scans it saved.
    """

    __slots__ = (
        "text",
        "words",
        "word_set",
        "stem_set",
        "_tokens",
        "_offsets",
        "_in_order",
        "_places",
        "_bits",
        "_bits_known",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        # Lower-casing keeps an ASCII text's length, so its words can be found in the
        # lower-cased text at once; other text is lower-cased word by word, as tokens are.
        # An ASCII text's words are its runs of letters, digits and "_" (what \w is in
        # ASCII): each other character made a space, and the text split at spaces, in C,
        # several times faster than the pattern.
        found = (
            text.encode().translate(_ASCII_WORDS).decode().split()
            if text.isascii()
            else [w.lower() for w in _WORD.findall(text)]
        )
        changed = {word: spelled for word in set(found) if (spelled := _spelled(word)) != word}
        if changed:
            found = [changed.get(word, word) for word in found]
        self.words = found
        """The lower-cased words, in order (the words of ``tokens``), in British spelling
        (see _spelled)."""
        self.word_set = frozenset(found)
        self.stem_set = frozenset(map(_STEM_OF, self.word_set))
        """The first ``_STEM_KEY`` letters of each word (the whole of a shorter word, which
        no stem key equals)."""
        self._tokens: list[tuple[str, int, int]] | None = None
        self._offsets: list[int] | None = None
        self._in_order: tuple[str, ...] | None = None
        self._places: dict[tuple[str, bool], list[int]] | None = None
        self._bits = 0
        self._bits_known = -1

    def bits(self) -> int:
        """Which words of the lexicons' vocabulary the text holds (see _Vocabulary)."""
        known = len(_VOCABULARY.added)
        if self._bits_known != known:
            self._bits = _VOCABULARY.bits(self)
            self._bits_known = known
        return self._bits

    @property
    def in_order(self) -> tuple[str, ...]:
        """The words as a tuple: a slice of it is compared with a term's words at once."""
        found = self._in_order
        if found is None:
            found = self._in_order = tuple(self.words)
        return found

    @property
    def offsets(self) -> list[int]:
        """Where each word starts and ends, flat: word k spans ``offsets[2 * k]`` to
        ``offsets[2 * k + 1]`` (and the list ends with the text's length)."""
        found = self._offsets
        if found is None:
            # The text split at its words: the lengths of the pieces, added up, are where
            # each word starts and ends (no match object per word). Lower-casing keeps an
            # ASCII text's length; other text is split as it is.
            text = self.text
            pieces = _WORD_PIECES.split(text.lower() if text.isascii() else text)
            found = self._offsets = list(accumulate(map(len, pieces)))
        return found

    @property
    def tokens(self) -> list[tuple[str, int, int]]:
        """(lower-cased word, start, end), in order."""
        if self._tokens is None:
            ends = self.offsets
            self._tokens = list(zip(self.words, ends[0:-1:2], ends[1::2], strict=True))
        return self._tokens

    def places(self, word: str, stem: bool) -> list[int]:
        """The indices of the words that are ``word`` (that start with it, for a stem), in
        order."""
        known = self._places
        if known is None:
            known = self._places = {}
        key = (word, stem)
        found = known.get(key)
        if found is None:
            test = word.__eq__ if not stem else methodcaller("startswith", word)
            found = known[key] = list(compress(count(), map(test, self.words)))
        return found

    def starts(self, words: Collection[str], keys: Collection[str]) -> list[int]:
        """The indices of the words that are one of ``words`` or start with one of the
        stem ``keys`` (each ``_STEM_KEY`` letters long), in order."""
        found = self.words
        if not keys:
            return list(compress(count(), map(words.__contains__, found)))
        flags = map(keys.__contains__, map(_STEM_OF, found))
        if words:
            flags = map(or_, flags, map(words.__contains__, found))
        return list(compress(count(), flags))


_WORD_PIECES = shipped_regexes.compile(r"(\w+)")
"""Splits a text into the runs between words and the words (see _Words.tokens)."""


@lru_cache(maxsize=512)
def _words_of(text: str) -> _Words:
    # The same prose is read by every concept: split it into words once, with an index
    # of where each word occurs, so that a concept visits only the words it can start at.
    return _Words(text)


class Together(tuple[str, ...]):
    """A concept's own terms, plus two term lists of which a clause must hold one term
    each, within ``gap`` words (``GAP_WORDS`` unless the concept says) and in either order
    ("retrained" ... "every night").

    Writing the pairs out as gapped terms would make thousands of terms per concept;
    matching each list once and pairing the matches costs two lookups.
    """

    first: tuple[str, ...]
    second: tuple[str, ...]
    gap: int
    unless: tuple[str, ...]
    """Doers that void a match, as for :class:`Scoped` (none when empty)."""

    def __new__(
        cls,
        own: Sequence[str],
        first: Sequence[str],
        second: Sequence[str],
        gap: int = GAP_WORDS,
        unless: Sequence[str] = (),
    ) -> Together:
        made = super().__new__(cls, own)
        made.first, made.second, made.gap = tuple(first), tuple(second), gap
        made.unless = tuple(unless)
        return made

    def __bool__(self) -> bool:
        # Callers skip empty term lists; pairs are terms too, even with no own terms.
        return bool(len(self) or (self.first and self.second))

    def __reduce__(self) -> tuple[Any, ...]:
        return (Together, (tuple(self), self.first, self.second, self.gap, self.unless))


class Scoped(tuple[str, ...]):
    """A concept's terms, which do not count where one of ``unless`` stands just before
    them as the doer ("the reward model predicts ...", "the volunteering scheme sends
    messages ..."): the clause says it of something other than the story's model.

    Between the doer and the match may stand a relative word or an adverb ("a reward model
    that predicts", "coordinators then send").
    """

    unless: tuple[str, ...]

    def __new__(cls, own: Sequence[str], unless: Sequence[str]) -> Scoped:
        made = super().__new__(cls, own)
        made.unless = tuple(unless)
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (Scoped, (tuple(self), self.unless))


class Sized(tuple[str, ...]):
    """A concept's terms, which a stated network size also matches when it counts fewer
    weights than ``below`` ("9,800 weights", "a 2,400-parameter net", "40k parameters"): a
    size is a number, which no list of phrases can hold."""

    below: int

    def __new__(cls, own: Sequence[str], below: int) -> Sized:
        made = super().__new__(cls, own)
        made.below = below
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (Sized, (tuple(self), self.below))

    @property
    def read_with(self) -> tuple[str, ...]:
        """The terms its lexicon is built from: its own, and the words a size ends in
        (which let the quick word test through; a bare "weights" is not a match)."""
        return (*self, *SIZE_WORDS)


class EitherWay(tuple[str, ...]):
    """A concept's terms that count negated or not: a topic the story raises, most often
    to wave it away ("they cannot be working together"), not a claim it makes."""

    def __reduce__(self) -> tuple[Any, ...]:
        return (EitherWay, (tuple(self),))


class _EitherWayLexicon(Lexicon):
    """The lexicon of an :class:`EitherWay`: its first match, whatever negates it."""

    def first_quote(self, text: str, *, strict: bool, admissions: bool) -> Quote | None:
        for start, end in self.match_list(text):
            return Quote(text[start:end], _sentence_around(text, start, end))
        return None


SIZE_WORDS = ("weight", "weights", "parameter", "parameters")
"""The words a stated network size ends in (see :class:`Sized`)."""

NETWORK_SIZE = shipped_regexes.compile(
    # At most fifteen digits: a longer number is no small network, and turning an author's
    # thousand-digit run into an int would raise.
    r"(?<![\d,.])\b(\d{1,3}(?:,\d{3}){1,4}|\d{1,15})"
    r"(?:\s*(k|thousand))?[\s-]+(?:weights?|parameters?)\b",
    re.IGNORECASE,
)
"""A network's size stated as a count of weights or parameters."""


def network_sizes(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, end, count) of each network size the text states."""
    for match in NETWORK_SIZE.finditer(text):
        count = int(match.group(1).replace(",", ""))
        if match.group(2):
            count *= 1000
        yield match.start(), match.end(), count


class _SizedLexicon(Lexicon):
    """The lexicon of a :class:`Sized`: its terms' matches, and each stated size below its
    limit (the size words alone are only there for the quick word test)."""

    def __init__(self, terms: Sized) -> None:
        super().__init__(terms.read_with)
        self.below = terms.below

    def _match_list(self, text: str) -> list[tuple[int, int]]:
        found = [
            (start, end)
            for start, end in super()._match_list(text)
            if text[start:end].lower() not in SIZE_WORDS
        ]
        small = [(start, end) for start, end, count in network_sizes(text) if count < self.below]
        return sorted(found + small) if small else found


_BEFORE_THE_VERB = shipped_regexes.compile(
    r"(?:,\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?,)?"
    r"(?:,?\s+(?:that|which|who))?(?:\s+(?:also|then|now|only|still|already|automatically|"
    r"always|usually|often|sometimes|each|every|all|will|would|can|could|may|might|should|"
    r"must|has|have|had|does|do|did))*(?:\s+[a-z]+(?:s|ed)\s+and(?:\s+then)?)?"
    r"(?:,?\s+(?:trained|built|designed|fitted|tuned|meant)\s+to)?\s*$",
    re.IGNORECASE,
)
"""What may stand between a doer and its verb: its name set off by commas ("a learned
step-grader, StepScore, scores every step"), a relative word, adverbs, modal and
auxiliary verbs ("the raters have read"), another verb it does first ("the officer decides
and writes to the family"), or what it was made to do ("a quality metric trained to predict
ratings"). A bare comma may not: "..., negotiating with them" is said of the sentence's
subject."""


class _ScopedLexicon(Lexicon):
    """The lexicon of a :class:`Scoped` (or of a :class:`Together` with ``unless``): its
    matches, less those said of another doer."""

    def __init__(self, terms: Scoped | Together) -> None:
        super().__init__(terms)
        self.unless = lexicon(terms.unless)

    def _match_list(self, text: str) -> list[tuple[int, int]]:
        return self._kept(text, super()._match_list(text))

    def _kept(self, text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
        return [(start, end) for start, end in found if not self._done_by_another(text, start)]

    def _done_by_another(self, text: str, start: int) -> bool:
        head = _clause_before(text, start)
        trailing = _BEFORE_THE_VERB.search(head)
        doer_end = trailing.start() if trailing else len(head)
        return any(end == doer_end for _, end in self.unless.match_list(head))


class _PairedLexicon(Lexicon):
    """The lexicon of a :class:`Together`: its own terms, and pairs of the two lists."""

    def __init__(self, terms: Together) -> None:
        super().__init__(terms)
        self.pair = (lexicon(terms.first), lexicon(terms.second))
        self.gap = terms.gap

    def may_match(self, words: _Words) -> bool:
        first, second = self.pair
        return super().may_match(words) or (first.may_match(words) and second.may_match(words))

    def can_match(self, bits: int) -> bool:
        # Each lexicon's commonest answers first, without a call: a one-word term, or no
        # key word of a longer one.
        if bits & self.single_bits or (bits & self.key_bits and super().can_match(bits)):
            return True
        if self.anywhere:
            return True
        first, second = self.pair
        return bool(
            (
                bits & first.single_bits
                or first.anywhere
                or (bits & first.key_bits and first.can_match(bits))
            )
            and (
                bits & second.single_bits
                or second.anywhere
                or (bits & second.key_bits and second.can_match(bits))
            )
        )

    def _kept(self, text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The matches of a half that count (all, unless a subclass says otherwise)."""
        return found

    def _match_list(self, text: str) -> list[tuple[int, int]]:
        found = super()._match_list(text)
        left = self._kept(text, self.pair[0].match_list(text))
        right = self._kept(text, self.pair[1].match_list(text)) if left else []
        if left and right:
            starts = [token[1] for token in _words_of(text).tokens]
            paired = _pairs(text, starts, left, right, self.gap) + _pairs(
                text, starts, right, left, self.gap
            )
            # One half's words inside the other's ("sends every skipper a message"): the
            # clause discusses both.
            nested = _holding(text, left, right) + _holding(text, right, left)
            found = sorted(set(found + paired + nested))
        return found


class _ScopedPairedLexicon(_ScopedLexicon, _PairedLexicon):
    """The lexicon of a :class:`Together` with ``unless``: its pairs and terms, less the
    matches said of another doer."""


def _holding(
    text: str, outer: list[tuple[int, int]], inner: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The spans of ``outer`` that hold a whole span of ``inner`` as words of their own
    after their first word (both lists sorted by start): "sends every skipper a message"
    holds the skipper; "self-critique" is one word, not a critique said of a self."""
    starts = [start for start, _ in inner]
    held = []
    for start, end in outer:
        i = bisect_left(starts, start + 1)
        # Spans starting inside this one, in order: the first that also ends inside it.
        while i < len(starts) and starts[i] < end:
            if inner[i][1] <= end and text[starts[i] - 1].isspace():
                held.append((start, end))
                break
            i += 1
    return held


def _denies_next(between: str) -> bool:
    """Whether the word just before a match denies it ("no reward", "without a judge")."""
    words = between.split()[-2:]
    if words and words[-1].lower() in ("a", "an", "any", "the"):
        words = words[:-1]
    return bool(words) and NEGATORS.fullmatch(words[-1]) is not None


def _pairs(
    text: str,
    starts: list[int],
    before: list[tuple[int, int]],
    after: list[tuple[int, int]],
    gap: int,
) -> list[tuple[int, int]]:
    """Spans from a match in ``before`` to the first match in ``after`` that follows it
    within the gap, in the same clause."""
    spans = []
    after_starts = [start for start, _ in after]
    for first_start, first_end in before:
        # Only the nearest match that follows can be within the gap.
        index = bisect_left(after_starts, first_end)
        if index == len(after):
            continue
        second_start, second_end = after[index]
        between = bisect_left(starts, second_start) - bisect_left(starts, first_end)
        if between <= gap and not _clause_breaks(text, first_end, second_start):
            # "a model fine-tuned on fixed labels with no reward": the second half denied
            # where it stands is not paired with the first.
            if _denies_next(text[first_end:second_start]):
                continue
            spans.append((first_start, second_end))
    return spans


_ASIDE = shipped_regexes.compile(r",\s*(?:which|who|whose)\b[^,.;:!?\n]*,", re.IGNORECASE)
"""A relative clause set off by commas inside a clause ("the thermostat, which tripped
often, was taken out"): the clause goes on after it."""


def _clause_breaks(text: str, start: int, end: int) -> bool:
    """Whether the text between start and end crosses the end of a clause (_GAP_BREAK),
    not counting a relative clause set off by commas (_ASIDE)."""
    # Up to the next word's first character, as in _gapped_spans.
    if not _GAP_BREAK.search(text, start, end + 1):
        return False
    between = text[start : end + 1]
    return "," not in between or bool(_GAP_BREAK.search(_ASIDE.sub(" ", between)))


_BY_IDENTITY: dict[int, tuple[Sequence[str], Lexicon]] = {}
_IDENTITY_LIMIT = 1024


def lexicon(terms: Sequence[str]) -> Lexicon:
    """The lexicon of a term list, built once per list.

    Looked up by the list's identity first: a bank's concept lists live as long as the
    bank, and hashing a long tuple on every test of every rule added up.
    """
    known = _BY_IDENTITY.get(id(terms))
    if known is not None and known[0] is terms:
        return known[1]
    if isinstance(terms, Together):
        built: Lexicon = _ScopedPairedLexicon(terms) if terms.unless else _PairedLexicon(terms)
    elif isinstance(terms, Scoped):
        built = _ScopedLexicon(terms)
    elif isinstance(terms, Sized):
        built = _SizedLexicon(terms)
    elif isinstance(terms, EitherWay):
        built = _EitherWayLexicon(terms)
    else:
        built = _lexicon_by_value(tuple(terms))
    if len(_BY_IDENTITY) >= _IDENTITY_LIMIT:
        _BY_IDENTITY.clear()  # lists made on the fly (a rule's own terms) must not pile up
    _BY_IDENTITY[id(terms)] = (terms, built)
    return built


@cache
def _lexicon_by_value(terms: tuple[str, ...]) -> Lexicon:
    return Lexicon(terms)


def _clause_before(text: str, start: int) -> str:
    head = text[max(0, start - 200) : start]
    # The last clause break of the head: a break starts at one of a few characters, and
    # is tried only there, in order (see _sentence_span).
    last = resume = 0
    for mark in _CLAUSE_MARKS.finditer(head):
        at = mark.start()
        if at >= resume and (found := _CLAUSE_BREAK.match(head, at)) is not None:
            last = resume = found.end()
    return head[last:]


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence around ``text[start:end]`` begins and ends: after the last
    sentence break before ``start`` (as a scan of ``text[:start]`` finds them), and at
    the first one from ``end``.

    A break starts at a line end, or just after a full stop, question or exclamation
    mark: it is tried only there (found by a scan for those few characters), where a
    scan of the break's pattern tried it at every character; it is tried with the same
    bounds, in the same order, so the breaks found are the same. The breaks of a text are
    found once (:func:`_breaks`): a text with thousands of matches asks for thousands of
    spans, and a scan from its start for each would take time in the square of its length.
    """
    if not (0 <= start <= len(text) and 0 <= end <= len(text)):
        left = 0
        for m in _SENTENCE_END.finditer(text, 0, start):
            left = m.end()
        right_match = _SENTENCE_END.search(text, end)
        return left, right_match.start() if right_match else len(text)
    ends, tried, begins = _breaks(text)
    # Breaks that end well before ``start`` are found alike by a scan that stops there;
    # the scan resumes after the last of them, over the last stretch only.
    known = bisect_right(ends, start - _SCAN_MARGIN)
    # A list-item break looks ahead after it ("\n   12) "): where that reaches ``start``,
    # a scan that stops there does not find it.
    if (
        known
        and (ahead := _LIST_ITEM_AHEAD.match(text, ends[known - 1]))
        and ahead.end() + 2 > start
    ):
        known -= 1
    left = resume = ends[known - 1] if known else 0
    for mark in _BREAK_MARKS.finditer(text, max(left - 1, 0), start):
        at = mark.start() if mark.group() == "\n" else mark.end()
        if at >= resume and (found := _SENTENCE_END.match(text, at, start)) is not None:
            left = resume = found.end()
    following = bisect_left(tried, end)
    return left, begins[following] if following < len(tried) else len(text)


_SCAN_MARGIN = 512
"""Characters before a match that the scan for its sentence's start reads afresh: a break
whose match ends before them is not changed by a scan that stops at the match."""
_LIST_ITEM_AHEAD = shipped_regexes.compile(r"[ \t]*(?:[-*+\u2022]|\d+[.)]?)?\s?")
"""As far as a list-item break looks after its line end ("   12) ")."""


@lru_cache(maxsize=16)
def _breaks(text: str) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """The sentence breaks of a text, found once: where each break a scan from the start
    finds ends (each skips the marks inside the one before), and every place a break can
    be tried with where it begins (in order)."""
    ends: list[int] = []
    tried: list[int] = []
    begins: list[int] = []
    resume = 0
    for mark in _BREAK_MARKS.finditer(text):
        at = mark.start() if mark.group() == "\n" else mark.end()
        found = _SENTENCE_END.match(text, at)
        if found is None:
            continue
        tried.append(at)
        begins.append(found.start())
        if at >= resume:
            ends.append(found.end())
            resume = found.end()
    # Kept in a cache and shared by every caller: tuples, so none can change them.
    return tuple(ends), tuple(tried), tuple(begins)


def _sentence_around(text: str, start: int, end: int) -> str:
    left, right = _sentence_span(text, start, end)
    sentence = " ".join(text[left:right].split())
    if len(sentence) <= QUOTE_LIMIT:
        return sentence
    # Centre the quote on the match when the sentence is long.
    offset = len(" ".join(text[left:start].split()))
    lo = max(0, offset - QUOTE_LIMIT // 2)
    hi = min(len(sentence), lo + QUOTE_LIMIT)
    lo = max(0, hi - QUOTE_LIMIT)
    return ("…" if lo else "") + sentence[lo:hi].strip() + ("…" if hi < len(sentence) else "")


_COORDINATE_BREAK = shipped_regexes.compile(
    r"[;:]|,\s+(?:and|but|while|whereas|yet)\s+|\s+(?:but|whereas)\s+", re.IGNORECASE
)
"""Where one coordinate clause of a sentence ends and the next begins."""


def _coordinate_clause(sentence: str, start: int, end: int) -> str:
    """The coordinate clause of the sentence that holds ``start:end``."""
    left, right = 0, len(sentence)
    for found in _COORDINATE_BREAK.finditer(sentence):
        if found.end() <= start:
            left = found.end()
        elif found.start() >= end:
            right = found.start()
            break
    return sentence[left:right]


def is_negated(
    text: str, start: int, matched: str, *, strict: bool = False, admissions: bool = False
) -> bool:
    """Whether a negation in the same clause, shortly before, denies the match.

    Lenient (the default) is for asking whether an author *addressed* something: a
    denial with a reason or a check in its sentence still counts as addressing it. With
    admissions, a mention in a sentence that admits the problem is open, or names it as a
    worry without a guard, does not.
    Strict is for asking whether a story *does* something: any denial means it does not.
    """
    reported = _reported_spans(text)
    if reported:
        left, right = _sentence_span(text, start, start + len(matched))
        if any(left <= at < right for at in reported):
            return True  # someone else's argument, reported: not the story's own words
    if admissions and not strict:
        # The whole sentence, not the quote cut from it: "...; but we have not found them"
        # may stand far from the words matched.
        left, right = _sentence_span(text, start, start + len(matched))
        sentence = text[left:right]
        # A worry counts in its own coordinate clause: in "it is frozen once released, and
        # a new version may be trained each year" the "may" is about the next version.
        worried = _coordinate_clause(sentence, start - left, start - left + len(matched))
        if ADMISSIONS.search(sentence) or (WORRIES.search(worried) and not GUARDS.search(sentence)):
            return True  # naming a problem as open, or as a worry, does not address it
        if sentence.rstrip().endswith("?"):
            return True  # "Could it learn to game the reward?" asks; the answer may follow
    if NEGATORS.search(" ".join(matched.split()[:2])):
        # A denial matched as a term ("does not plan ahead") is the story's own: a
        # negation before it ("It keeps no notes and does not plan ahead") adds to it.
        # Only a term's opening words count: a negation further in may be in a gap.
        return False
    # A term that opens with the word of a clause break (", so what it learns is") starts
    # the new clause itself: the break is read with that word, as after any other match.
    opening = _OPENS_A_CLAUSE.match(matched)
    clause = _clause_before(text, start + opening.end() if opening else start)
    # "It keeps no notes but plans ahead": a "but" turns to what the model does do, with or
    # without a comma before it ("not X but Y" denies X, not Y). So does an exception: in
    # "we have no evidence beyond tests of outputs" the tests are what the story has.
    turn = _EXCEPTION_TURN.match(clause)
    if turn is not None:
        clause = clause[turn.end() :]
    words = clause.split()[-(NEGATION_REACH * 2 if strict else NEGATION_REACH) :]
    before = " ".join(words)
    if _AFFIRMING.search(before):
        before = _AFFIRMING.sub(" ", before)
    negation = NEGATORS.search(before)
    # Looked for only beside a negation (is_negated is asked thousands of times a story).
    if negation is not None and (predicate := _NEW_PREDICATE.search(before)) is not None:
        # "Makers whose listings do not look like brands would be suspended": the
        # negation is the relative clause's; the sentence's own verb starts after it.
        negation = NEGATORS.search(before[predicate.end() :])
    if negation is not None:
        # "The dentist may not look closely and the decay progresses": a new subject with
        # its own verb after "and" starts a clause the negation does not reach.
        joined = _NEW_SUBJECT.search(f"{before} {text[start : start + _NEW_SUBJECT_AHEAD]}")
        if joined is not None and joined.end() <= len(before) + 1:
            negation = NEGATORS.search(before[joined.end() :])
    if negation is None and not _in_denied_list(text, start, clause):
        return False
    if strict:
        return True
    sentence = _sentence_around(text, start, start + len(matched))
    return not REASONS.search(sentence)


_OPENS_A_CLAUSE = shipped_regexes.compile(
    r"(?:but|although|though|yet|whereas|and|so)\b", re.IGNORECASE
)
"""A term's first word that, after a comma, starts a clause (see _CLAUSE_BREAK)."""


_NEW_PREDICATE = shipped_regexes.compile(
    r"\b(?:not|n't)\s+(?:[\w'-]+\s+){2,6}?(?=(?:would|will|could|might|may)\s+be\s+\w+)",
    re.IGNORECASE,
)
"""A negation, a few words, then a predicate of its own ("sellers whose listings do not
look like brands | would be suspended"): the negation ends where that predicate starts."""


_NEW_SUBJECT = shipped_regexes.compile(
    r"\b(?:not|n't|never)\s+(?:[\w'-]+\s+){1,6}?and\s+"
    r"(?=(?:the|a|an|its|their|this|that|his|her)\s+[\w-]+\s+"
    r"(?:[\w-]+(?:s|ed)|is|are|was|were|has|have|had|will|would|can|could|may|might|must)\b)"
    r"|\b(?:not|n't|never)\s+[^,;:.]{1,80},\s+(?:and\s+)?"
    r"(?=(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must)\s)",
    re.IGNORECASE,
)
"""A negated verb, a few words, then "and" and a new subject with its own verb ("may not
look closely and | the decay progresses"), or a comma and a verb of its own ("never
touches dosing, | is frozen between refits"): the negation ends there."""

_NEW_SUBJECT_AHEAD = 60
"""How far past a match the new subject's verb is looked for (the match may be the
subject, or the subject and its verb)."""


_AFFIRMING = shipped_regexes.compile(
    r"\b(?:not\s+(?:only|just|merely|simply)|no\s+doubt|never\s+fails?\s+to|without\s+(?:exception|fail)|"
    r"nothing\s+(?:stops|prevents|keeps)\s+(?:[\w'-]+\s+){1,3}?from|or\s+not|"
    r"no\s+way\s+(?:yet\s+)?(?:to|of)\s+(?:tell|telling|know|knowing|check|checking|see|seeing)"
    r"\s+(?:which|whether|what|how|if))\b",
    re.IGNORECASE,
)
"""Negative words that affirm what follows ("it not only plans ahead", "nothing stops it
from gaming the reward", "it never fails to"), or deny nothing ("marked as agreed or not,
working to a target", "no way to tell which traits were picked up": the knowing is
denied, not what is known): no denial of the words after them."""

_EXCEPTION_TURN = shipped_regexes.compile(
    r"(?s).*\b(?:but|beyond|other\s+than|except|apart\s+from|besides|(?<!not\s)(?<!only\s)because)\s",
    re.IGNORECASE,
)
"""The last word in a clause after which a negation before it no longer denies ("no notes
but", "no evidence beyond", "nothing other than"; "it copies nothing because the simplest
way is ...", where the reason is the story's own, unless "not because" denies it):
greedy, so the match ends at the last."""

_LIST_END = shipped_regexes.compile(r",?\s+(?:or|nor)\s")


def _in_denied_list(text: str, start: int, clause: str) -> bool:
    """Whether the match is an item of a list that a negation opens: "it has no way to
    change a plan, send messages to borrowers, or touch the catalogue". The negation is
    further back than it reaches, but a comma list closed by "or" carries it."""
    if "," not in clause:
        return False
    denial = NEGATORS.search(clause)
    if denial is None or "," not in clause[denial.end() :]:
        return False
    after = text[start : start + 200]
    stop = _CLAUSE_BREAK.search(after)
    rest = after[: stop.start()] if stop else after
    return bool(_LIST_END.search(clause[denial.end() :]) or _LIST_END.search(rest))


@lru_cache(maxsize=512)
def _reported_spans(text: str) -> tuple[int, ...]:
    """Where a text reports someone else's argument (see REPORTED); read once per text."""
    return tuple(found.start() for found in REPORTED.finditer(text))


class _Prose:
    """Texts read together (a prose path of a story), with the bits of each."""

    __slots__ = ("texts", "words", "each", "union", "known")

    def __init__(self, texts: tuple[str, ...]) -> None:
        self.texts = texts
        self.words = [_words_of(text) for text in texts]
        self.each: list[int] = []
        self.union = 0
        self.known = -1

    def bits(self) -> int:
        """The bits of all the texts (see _Vocabulary); each text's are in ``each``."""
        known = len(_VOCABULARY.added)
        if self.known != known:
            self.each = [w.bits() for w in self.words]
            self.union = reduce(or_, self.each, 0)
            self.known = known
        return self.union

    def readable(self, words: Lexicon) -> Iterator[str]:
        """The texts in which the lexicon may match, in order."""
        if not words.can_match(self.bits()):
            return iter(())
        can_match = words.can_match
        texts = zip(self.texts, self.each, strict=True)
        if type(words) is Lexicon and not words.anywhere:
            # can_match, its commonest answers first: a one-word term, or no key word.
            single, keys = words.single_bits, words.key_bits
            return (t for t, bits in texts if bits & single or (bits & keys and can_match(bits)))
        return (text for text, bits in texts if can_match(bits))


_PROSE: dict[tuple[str, ...], _Prose] = {}
_PROSE_KEPT = 256


def _prose_of(texts: Iterable[str | None]) -> _Prose:
    """The texts, kept per list: the rules read a story's prose paths again and again."""
    key = tuple(filter(None, texts))
    prose = _PROSE.get(key)
    if prose is None:
        if len(_PROSE) >= _PROSE_KEPT:
            _PROSE.clear()  # a new story: the old texts will not come back
        prose = _PROSE[key] = _Prose(key)
    return prose


def find(
    texts: Iterable[str | None],
    terms: Sequence[str],
    *,
    strict: bool = False,
    admissions: bool = False,
) -> Quote | None:
    """The first occurrence of any term that a negation does not deny, or None."""
    words = lexicon(terms)
    for text in _prose_of(texts).readable(words):
        quote = words.first_quote(text, strict=strict, admissions=admissions)
        if quote is not None:
            return quote
    return None


def find_any(texts: Iterable[str | None], terms: Sequence[str]) -> Quote | None:
    """The first occurrence of any term, negated or not (for words that are cues either way)."""
    words = lexicon(terms)
    for text in _prose_of(texts).readable(words):
        for start, end in words.match_list(text):
            return Quote(text[start:end], _sentence_around(text, start, end))
    return None


def words(text: str) -> list[str]:
    """The lower-cased words of a text, in order (read once per text, as concepts read it)."""
    return _words_of(text).words


def sentences(text: str) -> list[str]:
    return list(_sentences(text))


@lru_cache(maxsize=512)
def _sentences(text: str) -> tuple[str, ...]:
    # Kept: every argument a rule looks for in a text splits it again.
    return tuple(s for s in _SENTENCE_END.split(text) if s.strip())


def sentences_holding(text: str, terms: Sequence[str], *, admissions: bool = False) -> list[int]:
    """The indices (into :func:`sentences`) of the sentences that hold a term a negation
    does not deny, read as :func:`find` reads. For rules that pair sentences ("the check
    named in one, its verdict trained on in the next"): one pass, no per-sentence lists."""
    words = lexicon(terms)
    if not words.can_match(_words_of(text).bits()):
        return []
    return [
        n
        for n, sentence in enumerate(_sentences(text))
        if words.can_match(_words_of(sentence).bits())
        and words.first_quote(sentence, strict=False, admissions=admissions) is not None
    ]


def find_sequence(texts: Iterable[str | None], steps: Sequence[Sequence[str]]) -> Quote | None:
    """A sentence holding a term of each step, in order ("trained on ... so ... pursues").

    An argument's shape is an order of ideas within one sentence; requiring the order
    keeps a definition ("inner alignment asks whether a model trained on X pursues X")
    from reading as the argument it defines.
    """
    lexicons = [lexicon(step) for step in steps]
    prose = _prose_of(texts)
    if not _all_may_match(lexicons, prose.bits()):
        return None  # a text holds no word the texts together lack: most calls end here
    for n, text in enumerate(prose.texts):
        prose.bits()  # current, should reading a text have given words new bits
        if not _all_may_match(lexicons, prose.each[n]):
            continue  # a sentence holds no word its text lacks: no sentence can hold every step
        for sentence in _sentences(text):
            if not _all_may_match(lexicons, _words_of(sentence).bits()):
                continue
            position = 0
            first: tuple[int, int] | None = None
            for words in lexicons:
                found = next(
                    (
                        (start, end)
                        for start, end in words.match_list(sentence)
                        if start >= position
                        and (
                            sentence[start:end].lower() in _CONNECTIVES
                            or not is_negated(sentence, start, sentence[start:end], strict=True)
                        )
                    ),
                    None,
                )
                if found is None:
                    break
                first = first or found
                position = found[1]
            else:
                if first is not None:
                    return Quote(
                        sentence[first[0] : first[1]], _sentence_around(sentence, 0, len(sentence))
                    )
    return None


_CONNECTIVES = frozenset({"so", "therefore", "thus", "hence", "because", "since", "as", "and so"})
"""Words that join the steps of an argument: a negation before "so" ("for nothing else,
so ...") denies what came before, not the step that follows."""


def _all_may_match(lexicons: list[Lexicon], bits: int) -> bool:
    # A loop, not all() over a generator: asked hundreds of times per story.
    for words in lexicons:  # noqa: SIM110
        if not words.can_match(bits):
            return False
    return True


def word_count(text: str | None) -> int:
    return len((text or "").split())
