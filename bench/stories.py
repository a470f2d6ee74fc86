"""Generated stories of a given length, for the benchmarks."""

from __future__ import annotations

from pathlib import Path

from storybuilder import storefile
from storybuilder.story import Story

PARAGRAPH = (
    "The model is a stack of attention layers whose residual stream carries a compressed "
    "estimate of the rack temperatures, and the policy head reads only that estimate; "
    "nothing in it represents the operators or plans beyond the next control step. "
)


def long_story(words: int = 5000) -> Story:
    """A complete-looking story of about ``words`` words, spread over its answers."""
    per_field = max(1, words // 12 // len(PARAGRAPH.split()))
    text = "\n\n".join([PARAGRAPH] * per_field)
    return Story.model_validate(
        {
            "meta": {
                "title": "Cooling controller",
                "authors": ["A. Researcher"],
                "summary": text,
                "advanced": True,
                "training_step": True,
            },
            "goal": {
                "classes": ["narrow-agent", "myopic-agent"],
                "specification": text,
                "desirability": text,
            },
            "rationale": {
                "classes": ["inductive-bias", "transparency"],
                "constraints": text,
                "nudges": text,
            },
            "failure_modes": {
                mode: {"relevance": "applies", "reason": text, "mitigation": text}
                for mode in ("objective-misgeneralization", "deceptive-alignment")
            },
            "evaluation": {
                crit: {"verdict": "uncertain", "argument": text}
                for crit in ("goal-alignment", "goal-competitiveness")
            },
            "claims": [{"claim": "No lookahead.", "test": text}],
            "sensitivity": [
                {
                    "assumption": "The simplest fit is myopic.",
                    "if_wrong": text,
                    "failure": "catastrophic",
                }
            ],
        }
    )


def write_long_story(path: Path, words: int = 5000) -> Path:
    storefile.save(long_story(words), path)
    return path
