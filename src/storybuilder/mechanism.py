"""The mechanistic check: does a goal specification say how the model works inside?

Placeholder interface; the full classifier replaces it.
"""

from __future__ import annotations

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


def assess(text: str) -> Assessment:
    lowered = text.lower()
    mech = tuple(w for w in ("internally", "composed of", "represent", "heuristic") if w in lowered)
    behav = tuple(w for w in ("classif", "answer", "output", "predict") if w in lowered)
    flagged = bool(text.strip()) and not mech
    explanation = "It says what the model outputs but not how it works inside." if flagged else ""
    return Assessment(flagged, behav, mech, explanation)
