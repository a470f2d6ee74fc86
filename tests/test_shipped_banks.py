"""Shipped banks are validated here, in full, and trusted at run time only as validated.

A shipped bank whose text has the hash recorded in ``storybuilder.shipped_banks`` is
built from the recorded tables without parsing or checking it again. These tests are
what make that safe: each shipped bank must pass every check, and its record must hold
the hash of the text just checked and exactly the tables that text parses to; any other
text of a shipped bank is checked in full when it is loaded.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from storybuilder import shipped, shipped_banks
from storybuilder.bank import BankError, packaged_bank, packaged_bank_ids, parse_bank
from storybuilder.conditions import Condition


def shipped_text(bank_id: str) -> str:
    resource = shipped.folder("question_banks") / f"{bank_id}.toml"
    return resource.read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def fresh_banks(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # No cached validation result may stand in for the checks.
    monkeypatch.setenv("STORYBUILDER_NO_CACHE", "1")
    packaged_bank.cache_clear()
    yield
    packaged_bank.cache_clear()


@pytest.mark.parametrize("bank_id", packaged_bank_ids())
def test_each_shipped_bank_passes_every_check_and_is_recorded(bank_id: str) -> None:
    text = shipped_text(bank_id)
    parse_bank(text, bank_id)  # raises BankError naming every problem
    assert shipped_banks.validated_tables(bank_id, text) == tomllib.loads(text), (
        f"question bank {bank_id!r} changed: run `python -m storybuilder.shipped_banks`"
    )


@pytest.mark.parametrize("bank_id", packaged_bank_ids())
def test_each_recorded_condition_is_what_the_parser_makes_of_its_text(bank_id: str) -> None:
    text = shipped_text(bank_id)
    found = shipped_banks.validated_record(bank_id, text)
    assert found is not None, f"run `python -m storybuilder.shipped_banks` ({bank_id!r})"
    recorded = found[1]
    bank = parse_bank(text, bank_id)
    wanted = {q.when for q in bank.questions if q.when} | {r.when for r in bank.rules if r.when}
    assert set(recorded) == wanted, "run `python -m storybuilder.shipped_banks`"
    for source, data in recorded.items():
        assert Condition.from_data(source, data) == Condition.parse(source), (
            f"the parser reads {source!r} differently now: run `python -m storybuilder.shipped_banks`"
        )


def test_only_shipped_banks_are_recorded() -> None:
    folder = Path(shipped_banks.__file__).parent
    assert {p.stem for p in folder.glob("*.json")} <= set(packaged_bank_ids())


def test_a_record_serves_only_the_exact_text_it_was_made_from() -> None:
    text = shipped_text("core")
    assert shipped_banks.validated_tables("core", text) is not None
    assert shipped_banks.validated_tables("core", text + "\n") is None
    assert shipped_banks.validated_tables("no-such-bank", text) is None


@pytest.mark.parametrize("bank_id", packaged_bank_ids())
def test_a_trusted_bank_is_the_bank_that_validation_gives(bank_id: str) -> None:
    trusted = packaged_bank(bank_id)
    checked = parse_bank(shipped_text(bank_id), bank_id)
    assert trusted.data == checked.data
    assert [trusted.condition(q) for q in trusted.questions] == [
        checked.condition(q) for q in checked.questions
    ]
    assert [trusted.rule_condition(r) for r in trusted.rules] == [
        checked.rule_condition(r) for r in checked.rules
    ]
    assert [hash(q) for q in trusted.questions] == [hash(q) for q in checked.questions]


def test_an_edited_shipped_bank_is_checked_in_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The core bank with one broken question appended: its hash is not the recorded one.
    broken = shipped_text("core") + (
        '\n[[questions]]\nid = "late"\nsection = "project"\nprompt = "?"\n'
        'kind = "text"\nfield = "answers.late"\nwhen = "no-such-question is answered"\n'
    )
    (tmp_path / "question_banks").mkdir()
    (tmp_path / "question_banks" / "core.toml").write_text(broken, encoding="utf-8")
    monkeypatch.setattr(shipped, "folder", lambda kind: tmp_path / kind)
    with pytest.raises(BankError) as caught:
        packaged_bank("core")
    assert any("no-such-question" in p for p in caught.value.problems)
