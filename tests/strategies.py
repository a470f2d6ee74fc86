"""Hypothesis strategies for valid stories (ids from the core vocabulary)."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import strategies as st

from storybuilder.story import (
    CORE_VOCABULARY,
    ClaimStatus,
    FailureKind,
    ProblemStatus,
    Relevance,
    Story,
    Verdict,
)

# Any Unicode TOML can hold: everything but lone surrogates.
text = st.text(st.characters(exclude_categories=("Cs",)), max_size=120)
optional_text = st.none() | text
ids = st.from_regex(r"[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,6}){0,2}", fullmatch=True)
stamps = st.none() | st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
).map(lambda d: d.replace(microsecond=0))


def _subset(values: frozenset[str]) -> st.SearchStrategy[list[str]]:
    return st.lists(st.sampled_from(sorted(values)), unique=True, max_size=4)


@st.composite
def stories(draw: st.DrawFn) -> Story:
    vocab = CORE_VOCABULARY
    data = {
        "meta": {
            "title": draw(optional_text),
            "authors": draw(st.lists(text, max_size=3)),
            "summary": draw(optional_text),
            "advanced": draw(st.none() | st.booleans()),
            "training_step": draw(st.none() | st.booleans()),
            "created": draw(stamps),
            "updated": draw(stamps),
        },
        "goal": {
            "classes": draw(_subset(vocab.goal_classes)),
            "specification": draw(optional_text),
            "desirability": draw(optional_text),
        },
        "rationale": {
            "classes": draw(_subset(vocab.rationale_classes)),
            "constraints": draw(optional_text),
            "nudges": draw(optional_text),
        },
        "failure_modes": {
            mode: {
                "relevance": draw(st.none() | st.sampled_from(list(Relevance))),
                "reason": draw(optional_text),
                "mitigation": draw(optional_text),
            }
            for mode in draw(_subset(vocab.failure_modes))
        },
        "evaluation": {
            crit: {
                "verdict": draw(st.none() | st.sampled_from(list(Verdict))),
                "argument": draw(optional_text),
            }
            for crit in draw(_subset(vocab.criteria))
        },
        "claims": draw(
            st.lists(
                st.fixed_dictionaries(
                    {
                        "claim": text,
                        "test": optional_text,
                        "status": st.sampled_from(list(ClaimStatus)),
                    }
                ),
                max_size=3,
            )
        ),
        "sensitivity": draw(
            st.lists(
                st.fixed_dictionaries(
                    {
                        "assumption": text,
                        "if_wrong": optional_text,
                        "failure": st.sampled_from(list(FailureKind)),
                    }
                ),
                max_size=3,
            )
        ),
        "triage": draw(
            st.dictionaries(
                ids,
                st.fixed_dictionaries(
                    {"status": st.sampled_from(list(ProblemStatus)), "note": optional_text}
                ),
                max_size=3,
            )
        ),
        "problems": draw(
            st.lists(
                st.fixed_dictionaries(
                    {
                        "title": text,
                        "detail": optional_text,
                        "status": st.sampled_from(list(ProblemStatus)),
                    }
                ),
                max_size=2,
            )
        ),
        "answers": draw(
            st.dictionaries(ids, text | st.booleans() | st.lists(text, max_size=3), max_size=3)
        ),
        "interview": {
            "bank": "core",
            "at": draw(st.none() | ids),
            "skipped": draw(st.lists(ids, max_size=2)),
        },
    }
    return Story.model_validate(data)
