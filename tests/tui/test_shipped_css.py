"""The wizard's CSS parsed ahead of time (tui/shipped_css.py): current, and the same as
what Textual parses."""

from __future__ import annotations

import functools
import io
import os
import pickle
from pathlib import Path

import pytest
from textual.css.parse import parse
from textual.css.stylesheet import Stylesheet

from storybuilder.tui import shipped_css

REGENERATE = "run `python -m storybuilder.tui.shipped_css`"


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Stylesheet]:
    """What Textual parses when the wizard starts, at 120 and at 80 columns (without the
    record: parsed here)."""
    import asyncio

    monkeypatch.setattr(shipped_css, "_seeding", False)
    return [
        asyncio.run(shipped_css._parsed_at_start(size, tmp_path)) for size in ((120, 40), (80, 24))
    ]


def _values(rules: object) -> dict[str, str]:
    assert isinstance(rules, dict)
    return {name: repr(value) for name, value in rules.items()}


def _keys(stylesheet: Stylesheet) -> set[tuple[object, ...]]:
    return set(stylesheet._parse_cache.keys())


def test_the_record_holds_every_text_the_wizard_parses_at_start(
    parsed: list[Stylesheet],
) -> None:
    entries = shipped_css.loads(shipped_css.RECORD.read_bytes(), parsed[0]._variables)
    assert entries is not None, f"the record is for another Textual or theme: {REGENERATE}"
    recorded = {key for key, _ in entries}
    missing = set().union(*map(_keys, parsed)) - recorded
    assert not missing, f"CSS changed since the record was made ({len(missing)}): {REGENERATE}"


def test_what_the_record_holds_is_what_textual_parses(parsed: list[Stylesheet]) -> None:
    stylesheet = parsed[0]
    entries = shipped_css.loads(shipped_css.RECORD.read_bytes(), stylesheet._variables)
    assert entries
    for (css, read_from, is_default, tie_breaker, scope), rules in entries:
        fresh = list(
            parse(
                scope,
                css,
                read_from,
                variable_tokens=stylesheet._variable_tokens,
                is_default_rules=is_default,
                tie_breaker=tie_breaker,
            )
        )
        assert len(rules) == len(fresh), read_from
        for mine, theirs in zip(rules, fresh, strict=True):
            assert repr(mine.selector_set) == repr(theirs.selector_set), read_from
            assert mine.selector_names == theirs.selector_names, read_from
            assert (mine.is_default_rules, mine.tie_breaker) == (
                theirs.is_default_rules,
                theirs.tie_breaker,
            )
            assert mine.pseudo_classes == theirs.pseudo_classes, read_from
            for ours, textuals in zip(mine.selector_set, theirs.selector_set, strict=True):
                for a, b in zip(ours.selectors, textuals.selectors, strict=True):
                    ours_check, textuals_check = a._check, b._check
                    assert isinstance(ours_check, functools.partial)
                    assert isinstance(textuals_check, functools.partial)
                    assert ours_check.func is textuals_check.func
                    assert ours_check.args == textuals_check.args
        # Values compared by their text: a layout is an object without equality.
        assert [_values(r.styles._rules) for r in rules] == [
            _values(r.styles._rules) for r in fresh
        ], read_from


def test_the_wizard_starts_with_the_record_and_parses_nothing_it_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import asyncio

    parsed_here: list[object] = []
    real = Stylesheet._parse_rules

    def counting(
        self: Stylesheet,
        css: str,
        read_from: tuple[str, str],
        is_default_rules: bool = False,
        tie_breaker: int = 0,
        scope: str = "",
    ) -> object:
        if (css, read_from, is_default_rules, tie_breaker, scope) not in self._parse_cache:
            parsed_here.append(read_from)
        return real(self, css, read_from, is_default_rules, tie_breaker, scope)

    monkeypatch.setattr(Stylesheet, "_parse_rules", counting)
    asyncio.run(shipped_css._parsed_at_start((120, 40), tmp_path))
    assert not parsed_here, REGENERATE


def test_a_record_for_another_theme_is_not_used() -> None:
    other = {"primary": "#ff0000"}
    assert shipped_css.loads(shipped_css.RECORD.read_bytes(), other) is None
    assert shipped_css.seed(Stylesheet(variables=other)) == 0


def test_the_record_builds_only_textual_and_rich_classes() -> None:
    for payload in (pickle.dumps(os.system), pickle.dumps(print), pickle.dumps(eval)):
        with pytest.raises(pickle.UnpicklingError):
            shipped_css._Reader(io.BytesIO(payload)).load()
    stylesheet = Stylesheet(variables={"primary": "#ff0000"})
    assert shipped_css.seed(stylesheet) == 0  # a record it cannot use leaves it as it was
