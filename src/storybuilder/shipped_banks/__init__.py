"""The shipped question banks that passed every check, parsed ahead of time.

Loading the core bank (parsing its TOML, pydantic, then every check of
:func:`storybuilder.bank.validate`) cost more than the rest of ``render``, in every
process that had no cache yet. Shipped data can be checked once, when it is written, and
trusted afterwards. ``python -m storybuilder.shipped_banks`` validates each shipped bank
in full and only then writes ``<id>.json`` here: the SHA-256 of the bank's text and its
parsed tables. The test suite fails until that record is current
(tests/test_shipped_banks.py).

At run time a shipped bank whose text has exactly the recorded hash is built from the
recorded tables without parsing or checking it again; any other text (an edited bank, a
record left behind) is parsed and validated in full, as every user's bank is.

The record also holds each condition of the bank (question and rule ``when``), parsed:
a command that reads every rule spent more on parsing them than on evaluating them. A
recorded tree stands only for the exact condition text it was parsed from, and the test
suite checks that each is what the parser makes of that text today.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from storybuilder.shipped import ShippedFile


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def text_of(file: ShippedFile) -> str:
    """A bank file's text, as ``read_text(encoding="utf-8")`` reads it (universal newlines);
    raises UnicodeDecodeError."""
    text = file.data.decode("utf-8")
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def text_digest(file: ShippedFile) -> str:
    """:func:`digest` of :func:`text_of` the file, without decoding it when that is the
    hash of its bytes (no carriage return to translate; bytes that are not UTF-8 have no
    text, and their hash is no recorded text's)."""
    if b"\r" not in file.data:
        return file.sha256
    return digest(text_of(file))


def _read(name: str) -> str:
    here = Path(__file__).parent
    if here.is_dir():
        # Read from disk: importlib.resources cost a few milliseconds on its first use.
        return (here / name).read_text(encoding="utf-8")
    from importlib import resources  # imported from a zip: only resources reads inside it

    return (resources.files(__name__) / name).read_text(encoding="utf-8")


def validated_record(bank_id: str, text: str) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """The parsed tables of a shipped bank's text if exactly that text passed every check,
    with its parsed conditions (condition text -> tree, see Condition.as_data)."""
    return validated_record_of(bank_id, digest(text))


def validated_record_of(
    bank_id: str, text_sha256: str
) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """:func:`validated_record` for the text of this :func:`digest`."""
    try:
        found = json.loads(_read(f"{bank_id}.json"))
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(found, dict) or found.get("source_sha256") != text_sha256:
        return None
    tables = found.get("bank")
    conditions = found.get("conditions")
    if not isinstance(tables, dict):
        return None
    return tables, conditions if isinstance(conditions, dict) else {}


def validated_tables(bank_id: str, text: str) -> dict[str, Any] | None:
    """The parsed tables of a shipped bank's text if exactly that text passed every check."""
    found = validated_record(bank_id, text)
    return found[0] if found is not None else None


def record(text: str, tables: dict[str, Any], conditions: dict[str, Any]) -> str:
    """The text of the record for a bank that passed every check."""
    return json.dumps(
        {"source_sha256": digest(text), "bank": tables, "conditions": conditions},
        ensure_ascii=False,
        indent=0,
    )
