"""The shipped banks' concept lexicons are built ahead of time and trusted at run time.

A concept's lexicon whose terms are exactly a recorded list is restored from the record
of ``python -m storybuilder.shipped_lexicons`` instead of being built. These tests are
what make that safe: the record must be what the generator makes of today's banks and
today's ``rules/reading.py``, a restored lexicon must be, part for part, the lexicon built
from its terms, and anything else (an edited concept, a record that is missing, corrupt
or hostile) must read a story exactly as if there were no record.
"""

from __future__ import annotations

import marshal
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from storybuilder import shipped_lexicons
from storybuilder.rules import reading
from storybuilder.shipped_lexicons.__main__ import term_lists

RECORD = Path(shipped_lexicons.__file__).parent / shipped_lexicons.RECORD_FILE
EXAMPLES = Path(reading.__file__).parents[1] / "examples"
STALE = "run `python -m storybuilder.shipped_lexicons`"


def _texts() -> list[str]:
    """Every piece of prose of the example stories: texts a concept is read in."""
    found: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str) and len(value.split()) > 3:
            found.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for path in sorted(EXAMPLES.glob("*.toml")):
        walk(tomllib.loads(path.read_text(encoding="utf-8")))
    return found


TEXTS = _texts()


def _reset() -> None:
    reading._BY_IDENTITY.clear()
    reading._lexicon_by_value.cache_clear()
    reading._words_of.cache_clear()
    reading._sentences.cache_clear()
    reading._PROSE.clear()


@pytest.fixture
def fresh_reading(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A process that has read nothing yet: no vocabulary, no record looked for."""
    monkeypatch.setattr(reading, "_VOCABULARY", reading._Vocabulary())
    monkeypatch.setattr(reading, "_SHIPPED", [])
    _reset()
    yield
    _reset()  # nothing read with this vocabulary may outlive it


def _readings(terms: tuple[str, ...]) -> list[Any]:
    """What the reading functions find of the terms in every example text."""
    return [
        (
            reading.find([text], terms),
            reading.find([text], terms, strict=True),
            reading.find([text], terms, admissions=True),
            reading.find_any([text], terms),
            reading.lexicon(terms).match_list(text),
        )
        for text in TEXTS
    ]


def _restored(lexicon: reading.Lexicon) -> bool:
    return isinstance(lexicon.exact, reading._Lazy)


def _parts(lexicon: reading.Lexicon) -> dict[str, Any]:
    """Everything a lexicon reads with, its lazily made tables made in full."""
    exact = {word: lexicon.exact[word] for word in lexicon.first_words}
    stems = {key: lexicon.stem_index[key] for key in lexicon.stem_keys}
    keys = lexicon.key_bits
    needs = {}
    while keys:
        index = keys.bit_length() - 1
        needs[index] = set(lexicon.needs[index])
        keys ^= 1 << index
    return {
        "gapped": lexicon._gapped_terms(),
        "gapped_words": set(lexicon.gapped_words),
        "gapped_stems": lexicon.gapped_stems,
        "exact": exact,
        "stems": stems,
        "exact_later": {word: lexicon.exact_later[word] for word in exact},
        "stem_later": {key: lexicon.stem_later[key] for key in stems},
        "needs": needs,
        **{
            name: getattr(lexicon, name)
            for name in (
                "short_stems",
                "first_words",
                "stem_keys",
                "trigger_words",
                "trigger_stems",
                "anywhere",
                "single_bits",
                "key_bits",
            )
        },
    }


def test_the_record_is_what_the_generator_makes_of_the_banks_and_the_code_today() -> None:
    assert RECORD.is_file(), STALE
    made = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from storybuilder.shipped_lexicons.__main__ import record; "
            "sys.stdout.buffer.write(record())",
        ],
        check=True,
        capture_output=True,
    ).stdout
    assert marshal.loads(RECORD.read_bytes()) == marshal.loads(made), STALE


def test_every_concept_of_a_shipped_bank_is_restored_as_the_lexicon_its_terms_build() -> None:
    lists = term_lists()
    assert lists
    for terms in lists:
        restored = reading.Lexicon(terms)
        assert _restored(restored), f"{STALE} ({terms[:3]!r})"
        built = reading.Lexicon.__new__(reading.Lexicon)
        built._terms = terms
        built._build(terms)
        assert _parts(restored) == _parts(built), terms[:3]


@pytest.mark.usefixtures("fresh_reading")
def test_a_restored_lexicon_reads_every_text_as_a_built_one() -> None:
    lists = term_lists()[:: max(1, len(term_lists()) // 25)]  # a spread of concepts
    restored = [_readings(terms) for terms in lists]
    assert all(_restored(reading.lexicon(terms)) for terms in lists)
    _reset()
    reading._SHIPPED[:] = [None]  # as if there were no record
    built = [_readings(terms) for terms in lists]
    assert not any(_restored(reading.lexicon(terms)) for terms in lists)
    assert restored == built
    assert any(found[0] for reading_of_list in built for found in reading_of_list)


@pytest.mark.usefixtures("fresh_reading")
def test_an_edited_concept_is_built_from_its_terms() -> None:
    terms = term_lists()[0]
    edited = (*terms, "preference comparisons")
    lexicon = reading.lexicon(edited)
    assert not _restored(lexicon)
    assert reading.find(["We learn from preference comparisons."], edited) is not None


def _most_read() -> tuple[str, ...]:
    """A recorded term list that matches in many example texts."""
    return max(term_lists(), key=lambda terms: sum(bool(found[4]) for found in _readings(terms)))


def _hostile_records(first: tuple[str, ...]) -> list[bytes]:
    good = marshal.loads(RECORD.read_bytes())
    entries = good["lexicons"]
    state = marshal.loads(entries[shipped_lexicons.key(first)])

    def with_entry(entry: Any) -> bytes:
        key = shipped_lexicons.key(first)
        return marshal.dumps({**good, "lexicons": {**entries, key: marshal.dumps(entry)}})

    exact, stems, gapped, gapped_words, gapped_stems, short, single, keys, needs = state
    some_word = next(iter(exact))

    def changed(**parts: Any) -> bytes:
        named = dict(zip(FIELDS, state, strict=True))
        return with_entry(tuple({**named, **parts}.values()))

    return [
        b"",
        b"not marshal at all",
        RECORD.read_bytes()[:1000],  # cut short
        marshal.dumps(compile("raise SystemExit('ran code from a record')", "x", "exec")),
        marshal.dumps({**good, "reading_sha256": "0" * 64}),  # made by other code
        marshal.dumps({**good, "format": 0}),
        marshal.dumps({**good, "words": good["words"][:-1]}),  # words and kinds disagree
        marshal.dumps({**good, "words": (good["words"][0],) * len(good["words"])}),
        marshal.dumps({**good, "lexicons": {shipped_lexicons.key(first): b"\xff\x00"}}),
        with_entry(None),
        with_entry(state[:5]),
        changed(single=-1),
        changed(short=("a tuple",)),
        changed(gapped_words=(1, 2)),
        # Read only when a text needs them: the lexicon is built from its terms then.
        changed(gapped="no gap here"),
        changed(exact={**exact, some_word: ("not", "a", "string")}),
        changed(exact={**exact, some_word: ""}),
        changed(exact=dict.fromkeys(exact, "with ... a gap")),
        changed(exact=dict.fromkeys(exact, 7)),
        changed(stems=dict.fromkeys(stems, "x\0")),
        changed(keys=keys | 1 << 10**5),  # the bit of no word
        changed(keys=keys | single),  # first words of no longer term
        changed(needs=dict.fromkeys(needs, marshal.dumps(((10**9,),)))),  # the bit of no word
        changed(needs=dict.fromkeys(needs, marshal.dumps(("x",)))),
        changed(needs=dict.fromkeys(needs, b"\xff")),
        changed(needs=dict.fromkeys(needs, 3)),
        changed(needs=[]),
    ]


FIELDS = (
    "exact",
    "stems",
    "gapped",
    "gapped_words",
    "gapped_stems",
    "short",
    "single",
    "keys",
    "needs",
)


@pytest.mark.usefixtures("fresh_reading")
def test_a_missing_corrupt_or_hostile_record_reads_as_no_record(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reading._SHIPPED[:] = [None]
    target = _most_read()  # the list the hostile entries are made for
    lists = [target, *term_lists()[:: max(1, len(term_lists()) // 12)]]
    expected = [_readings(terms) for terms in lists]
    rebuilt = 0
    for record in _hostile_records(target):
        _reset()
        monkeypatch.setattr(reading, "_VOCABULARY", reading._Vocabulary())
        monkeypatch.setattr(reading, "_SHIPPED", [])
        monkeypatch.setattr(shipped_lexicons, "_read", lambda name, record=record: record)
        assert [_readings(terms) for terms in lists] == expected, record[:40]
        lexicon = reading.lexicon(target)
        rebuilt += not _restored(lexicon) and hasattr(lexicon, "_raw_exact")
    assert rebuilt >= 2  # entries found unreadable only when a text needed them

    def missing(name: str) -> bytes:
        raise FileNotFoundError(name)

    _reset()
    monkeypatch.setattr(reading, "_VOCABULARY", reading._Vocabulary())
    monkeypatch.setattr(reading, "_SHIPPED", [])
    monkeypatch.setattr(shipped_lexicons, "_read", missing)
    assert [_readings(terms) for terms in lists] == expected


@pytest.mark.usefixtures("fresh_reading")
def test_a_vocabulary_numbered_before_the_record_was_read_is_kept() -> None:
    # A word numbered before the record is looked for (not something the core does)
    # takes the bit the record gave another word: the record is not used then, and
    # every lexicon is built, reading as it would with the record.
    terms = term_lists()[0]
    reading._SHIPPED[:] = [None]
    expected = _readings(terms)
    _reset()
    reading._SHIPPED.clear()
    reading._VOCABULARY.bit("zzzz", False)
    assert not _restored(reading.lexicon(terms))
    assert _readings(terms) == expected
