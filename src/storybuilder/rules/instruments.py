"""The checks that what an agent's reward reads is within the agent's reach.

A reward computed from a reading (a penalty when the exit pyrometer reads out of range,
a bonus per tonne on the weighbridge) can be raised by changing the reading instead of
the thing read: cleaning, recalibrating, covering or resetting the instrument. A story
that lists such an action beside such a reward has given the model the tampering route,
whatever its reason for the action (keeping a window clean, a routine calibration).

The same holds for a reward read from a record the model itself writes (a log entry it
posts, a table where it records a status, a flag it sets): what it writes down counts,
whether or not it happened.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from storybuilder import shipped_regexes
from storybuilder.fields import PROSE
from storybuilder.rules import reading
from storybuilder.rules.context import Context, Hit, short
from storybuilder.story import Story

_INSTRUMENT = (
    r"(?:analy[sz]ers?|pyrometers?|thermometers?|thermocouples?|sensors?|gauges?|meters?|"
    r"flowmeters?|cameras?|probes?|detectors?|counters?|loggers?|weighbridges?|scales?)"
)

_ACTION = shipped_regexes.compile(
    r"\b(?:actions?\s+(?:lets?|allows?|includes?|can)|action\s+(?:set|space)|"
    r"set\s*points?\s+for|(?:outputs?|outputting)\s+(?:the\s+)?set\s*points?\s*:|"
    r"(?:outputs?|outputting|sets?|setting)\s+(?:the\s+)?"
    r"(?:set\s*points?|commands?|settings?|positions?)\s+(?:for|of)|"
    r"(?:lets?|allows?|enables?)\s+(?:it|the\s+(?:agent|policy|model|controller))\s+(?:to\s+)?"
    r"(?:request|trigger|start|switch|reset|open|close|move|adjust|run|schedule)|"
    r"(?:it|the\s+(?:agent|policy|model|controller))\s+(?:can|may)\s+"
    r"(?:request|trigger|switch|reset|adjust|move|open|close|run|schedule)|"
    # "chooses among 14 discrete actions: ...", "Actions: ..."
    r"(?:chooses?|choosing|picks?|selects?)\s+(?:among|from|between)\s+(?:[\w-]+\s+){0,3}?"
    r"actions|actions?\s*:)",
    re.IGNORECASE,
)
"""Where a sentence starts to list what the model does: its actions, its set points."""

_INSTRUMENT_ACTED_ON = shipped_regexes.compile(
    r"(?<!upstream )(?<!downstream )\b(?:of|on|for|to|"
    # "flush the level sensor", "purge the detector": the action names the instrument.
    r"(?:flush|purge|clean|wipe|rinse|calibrate|recalibrate|reset|zero)(?:es|s|ing)?)"
    r"\s+the\s+((?:[\w-]+\s+){0,2}?" + _INSTRUMENT + r")\b"
    # "the ammonia detector's purge cycle", "the level-sensor flush cycle", "start a
    # detector purge": the instrument's own maintenance, handed over.
    # Words joined by a space or a hyphen, a hyphen never inside a word: a hyphenated
    # run can then be split only one way (no quadratic backtracking on a long one).
    r"|\b(?:a|an|the)\s+((?:\w+[\s-]){0,2}?"
    + _INSTRUMENT
    + r")(?:'s\s+|[\s-])(?:purge|flush|cleaning|calibration|reset|zeroing)\b",
    re.IGNORECASE,
)
"""An instrument that an action works on ("a calibration of the outfall analyser", "the
valve on the exit pyrometer window"); one upstream of something is where the process
is acted on, not the instrument."""

_REWARD_WORD = shipped_regexes.compile(
    r"\b(?:rewards?|rewarded|penalt(?:y|ies)|penali[sz]e[sd]?|bonus(?:es)?|minus)\b",
    re.IGNORECASE,
)


def reward_instrument_in_reach(story: Story, ctx: Context) -> Iterator[Hit]:
    """An instrument named among the model's actions and in the sentence of its reward."""
    # The actions first: few stories list one that works on an instrument, and only for
    # those are the reward's sentences looked for.
    acted_on = list(_instruments_acted_on(story))
    if not acted_on:
        return
    if reading.find(PROSE["story.argument"](story), ctx.terms("tampering-addressed")):
        return
    # The reward's sentences, lower-cased with spaces made single, one to a line: an
    # instrument's name (words and single spaces) can match only within one of them.
    rewarded = "\n".join(
        " ".join(s.lower().split())
        for text in PROSE["story.prose"](story)
        if text and _REWARD_WORD.search(text)
        for s in reading.sentences(text)
        if _REWARD_WORD.search(s)
    )
    for source, instrument, sentence in acted_on:
        if re.search(r"\b" + re.escape(instrument) + r"\b", rewarded):
            yield Hit(
                source, {"item": instrument}, short(" ".join(sentence.split()), reading.QUOTE_LIMIT)
            )
            return


def _instruments_acted_on(story: Story) -> Iterator[tuple[str, str, str]]:
    """(field, instrument, sentence) for each instrument an action in the story works on,
    each named once, at most _MOST_INSTRUMENTS of them."""
    tried: set[str] = set()
    for source, text in _action_fields(story):
        if not text or not _ACTION.search(text):
            continue
        for sentence in reading.sentences(text):
            action = _ACTION.search(sentence)
            if action is None:
                continue
            for found in _INSTRUMENT_ACTED_ON.finditer(sentence, action.end()):
                named = (found.group(1) or found.group(2)).replace("-", " ")
                instrument = " ".join(named.lower().split())
                if instrument in tried:
                    continue
                if len(tried) >= _MOST_INSTRUMENTS:
                    return  # no plant lists more: a text built to make this read forever
                tried.add(instrument)
                yield source, instrument, sentence


_MOST_INSTRUMENTS = 40
"""The most instruments looked for in the reward's sentences (each is a scan of them)."""


def _action_fields(story: Story) -> list[tuple[str, str | None]]:
    """The fields that say what the model does, where its actions are listed."""
    return [
        ("meta.summary", story.meta.summary),
        ("goal.specification", story.goal.specification),
        ("rationale.constraints", story.rationale.constraints),
        ("rationale.nudges", story.rationale.nudges),
    ]


def reward_read_from_own_record(story: Story, ctx: Context) -> Iterator[Hit]:
    """A reward, penalty or measure read from a record the model writes itself: "holdover
    is timed from the spray-complete entry, which PadPilot posts to the tablet", "duty
    hours are read from the roster table, where BoardWise records each pilot's status",
    "the ledger is updated by Bunker" (the reward named in the text)."""
    writer: re.Pattern[str] | None = None  # made only for a text that names a reward
    for source, text in _action_fields(story):
        if not text or not _REWARD_WORD.search(text) or not _RECORD.search(text):
            continue
        writer = writer or _writer_pattern(_model_names(story))
        sentences = reading.sentences(text)
        for n, sentence in enumerate(sentences):
            if not _RECORD.search(sentence) or not writer.search(sentence):
                continue
            before = sentences[n - 1] if n else ""
            if _MEASURED_FROM.search(sentence) or _REWARD_WORD.search(sentence + " " + before):
                if reading.find(PROSE["story.argument"](story), ctx.terms("tampering-addressed")):
                    return
                yield Hit(source, {}, short(" ".join(sentence.split()), reading.QUOTE_LIMIT))
                return


_RECORD = shipped_regexes.compile(
    r"\b(?:entry|entries|logs?|ledgers?|table|records?|timestamps?|time\s+stamps?|flags?|"
    r"clock|counters?|tally|tallies|register|roster|sheets?|notices?)\b",
    re.IGNORECASE,
)
"""Something written down that a measure can be read from."""

_MEASURED_FROM = shipped_regexes.compile(
    r"\b(?:read|counted|timed|computed|calculated|measured|checked|taken|scored)\s+"
    r"(?:from|off|against)\b|\breads\s+the\b",
    re.IGNORECASE,
)
"""Where a sentence says what a measure is read from ("timed from the entry")."""

_WRITES = r"(?:writes|posts|records|logs|enters|updates|sets|stamps|fills\s+in|edits|drafts)"
_WRITTEN = (
    r"(?:written|posted|recorded|logged|entered|updated|set|stamped|filled\s+in|edited|drafted)"
)
_GENERIC_WRITERS = (r"it", r"the\s+(?:policy|agent|model|controller|robot)")


def _model_names(story: Story) -> list[str]:
    """What the story calls the model: the name before the title's colon ("PadPilot: ...")
    and the first word of the summary or the specification where it is a name, that is,
    capitalised again inside a sentence ("updated by Bunker"); "The" and "We" never are."""
    found: list[str] = []
    head = (story.meta.title or "").split(":", 1)
    if len(head) == 2 and 0 < len(head[0].split()) <= 2:
        found.append(head[0].strip())
    texts = [t for t in (story.meta.summary, story.goal.specification) if t]
    for text in texts:
        first = _FIRST_NAME.match(text)
        if first and any(
            re.search(r"[a-z,;]\s+" + re.escape(first.group(1)) + r"\b", t) for t in texts
        ):
            found.append(first.group(1))
    return [n for n in dict.fromkeys(found) if _NAME_LIKE.fullmatch(n)]


_FIRST_NAME = shipped_regexes.compile(r"\s*([A-Z][\w-]*)\b")
_NAME_LIKE = shipped_regexes.compile(r"[A-Z][\w-]*(?: [A-Z][\w-]*)?")


def _writer_pattern(names: list[str]) -> re.Pattern[str]:
    """The model, by name or as "it" or "the policy", writing something down: "which
    PadPilot posts", "where it records", "updated by Bunker", "SwellPlay sets that flag",
    "as written to the job log by the robot"."""
    who = "|".join([*(re.escape(n) for n in names), *_GENERIC_WRITERS])
    return re.compile(
        rf"\b(?:which|that|where)\s+(?:{who})\s+(?:itself\s+)?{_WRITES}\b"
        # "the notice DredgeIQ drafted that week": the record, then who wrote it.
        rf"|\b(?:notice|entry|log|record|sheet|report)s?\s+(?:{who})\s+{_WRITTEN}\b"
        # "written to the job log by the robot": where it is written may come first.
        rf"|\b{_WRITTEN}\s+(?:(?:to|in|into|on)\s+(?:[\w'-]+\s+){{1,3}}?)?by\s+(?:{who})\b"
        rf"|\b(?:{who})\s+(?:itself\s+)?{_WRITES}\s+(?:that|the|this|its|each)\s+"
        rf"(?:[\w'-]+\s+){{0,2}}?(?:entry|log|ledger|table|record|timestamp|flag|clock|"
        rf"counter|tally|register|roster|sheet)\b",
        re.IGNORECASE,
    )


INSTRUMENT_CHECKS = {
    "reward-instrument-in-reach": reward_instrument_in_reach,
    "reward-read-from-own-record": reward_read_from_own_record,
}
