"""The shipped question banks that passed every check, by the hash of their text.

Validating the core bank (pydantic, then every check of :func:`storybuilder.bank.validate`)
cost more than the rest of ``render``, in every process that had no cache yet. Shipped
data can be checked once, when it is written, and trusted afterwards: the test suite
validates each shipped bank in full and fails until its hash here is the hash of the
text it validated (tests/test_shipped_banks.py). At run time a shipped bank whose text
has exactly that hash is loaded without repeating the checks; any other text (an
edited bank, a bank of another version) is validated in full, as every user's bank is.
"""

from __future__ import annotations

VALIDATED: dict[str, str] = {
    "core": "839ef62977c8ca963f4f88c8a53669b00c313e6ad41f08091169f8a99d583d56",
}
"""Bank id -> SHA-256 (hex) of the UTF-8 text of the shipped bank that passed every check."""
