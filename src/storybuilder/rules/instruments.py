"""The check that an agent's actions reach the instrument its reward reads.

A reward computed from a reading (a penalty when the exit pyrometer reads out of range,
a bonus per tonne on the weighbridge) can be raised by changing the reading instead of
the thing read: cleaning, recalibrating, covering or resetting the instrument. A story
that lists such an action beside such a reward has given the model the tampering route,
whatever its reason for the action (keeping a window clean, a routine calibration).
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
    r"set\s*points?\s+for|(?:outputs?|outputting|sets?|setting)\s+(?:the\s+)?"
    r"(?:set\s*points?|commands?|settings?|positions?)\s+(?:for|of)|"
    r"(?:lets?|allows?|enables?)\s+(?:it|the\s+(?:agent|policy|model|controller))\s+(?:to\s+)?"
    r"(?:request|trigger|start|switch|reset|open|close|move|adjust|run|schedule)|"
    r"(?:it|the\s+(?:agent|policy|model|controller))\s+(?:can|may)\s+"
    r"(?:request|trigger|switch|reset|adjust|move|open|close|run|schedule))\b",
    re.IGNORECASE,
)
"""Where a sentence starts to list what the model does: its actions, its set points."""

_INSTRUMENT_ACTED_ON = shipped_regexes.compile(
    r"(?<!upstream )(?<!downstream )\b(?:of|on|for|to)\s+the\s+((?:[\w-]+\s+){0,2}?"
    + _INSTRUMENT
    + r")\b",
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
                instrument = " ".join(found.group(1).lower().split())
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


INSTRUMENT_CHECKS = {"reward-instrument-in-reach": reward_instrument_in_reach}
