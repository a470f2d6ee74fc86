"""Reading TOML: every module reads it through here.

The standard library's tomllib is the reference: what it reads is what a file means,
and what it refuses is refused with its message, line and column. toml-rs (a compiled
parser of TOML 1.0, the version tomllib reads) reads the same text into the same
tables about twenty times faster: a 10,000-question bank took tomllib more than three
times as long as starting Python with storybuilder's libraries. So a text is read by
toml-rs first, and by tomllib whenever toml-rs does not read it:

* toml-rs refuses it: tomllib reads it again, and raises its own error (or, should the
  two ever disagree, returns its own tables);
* it starts with a byte-order mark, which toml-rs skips and tomllib refuses;
* its arrays and inline tables might nest deeper than :data:`FAST_DEPTH`: toml-rs
  recurses without a limit on the thread's stack, and a deep enough text (a few
  hundred levels on a worker thread's small stack) would end the process, where
  tomllib raises RecursionError, which the readers report as too deep.

tests/test_tomlparse.py checks that both give the same tables, in the same order, and
refuse the same texts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from toml_rs import loads as _fast_loads

from storybuilder import shipped_regexes

if TYPE_CHECKING:
    from tomllib import TOMLDecodeError as TOMLDecodeError

FileRead = tuple[bytes, dict[str, Any]]
"""A TOML file's bytes and the tables of their text, as read once and handed on."""

FAST_DEPTH = 64
"""Deepest nesting of arrays and inline tables handed to toml-rs (a bank or a story
allows 16): a tenth of what a 512 KiB thread stack holds."""


def loads(text: str) -> dict[str, Any]:
    """The tables of a TOML text, as tomllib reads them; raises TOMLDecodeError."""
    if not text.startswith("\ufeff") and _nesting_within(text):
        try:
            tables: dict[str, Any] = _fast_loads(text, toml_version="1.0.0")
            return tables
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException:  # noqa: BLE001 - a refusal, or a Rust panic (a BaseException)
            pass  # tomllib reads the text, or says what is wrong with it
    import tomllib  # imported only for a text toml-rs does not read (see the docstring)

    return tomllib.loads(text)


def __getattr__(name: str) -> Any:
    # TOMLDecodeError is tomllib's: looked up only when it is needed (an ``except``
    # clause names it only once an exception reaches it), so that reading a text
    # toml-rs reads never imports tomllib and its parser (a few regular expressions
    # compiled on import).
    if name == "TOMLDecodeError":
        from tomllib import TOMLDecodeError

        return TOMLDecodeError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# What the nesting check skips, as TOML's lexer reads it: strings (multi-line basic,
# multi-line literal, basic, literal) and comments. A quote left over is a string this
# does not read as TOML does (one not closed): such a text goes to tomllib.
_SKIPPED = (
    r'"""[^"\\]*+(?:(?:\\[\s\S]|""?(?!"))[^"\\]*+)*+"{3,5}'
    r"|'''[^']*+(?:''?(?!')[^']*+)*+'{3,5}"
    r'|"[^"\\\n]*+(?:\\[^\n][^"\\\n]*+)*+"'
    r"|'[^'\n]*+'"
    r"|\#[^\n]*+"
)
_PLAIN = r"""[^"'#\[\]{}]++"""


def _bracketed(inner: str) -> str:
    body = f"(?:{_SKIPPED}|{_PLAIN}{'|' + inner if inner else ''})*+"
    return rf"\[{body}\]|\{{{body}\}}"


_ABSORBED_DEPTH = 3
"""How deep the closed brackets the pattern below removes can nest."""
_SHALLOW = shipped_regexes.compile(
    f"(?:{_SKIPPED}|{_PLAIN}|{_bracketed(_bracketed(_bracketed('')))})++"
)
"""Everything but the brackets nested deeper than ``_ABSORBED_DEPTH`` (and stray quotes)."""
_ONE_KIND = str.maketrans("{}", "[]")


def _nesting_within(text: str, limit: int = FAST_DEPTH) -> bool:
    """Whether the text's arrays and inline tables surely nest at most ``limit`` deep
    (an upper bound: a text it cannot bound is not within)."""
    if text.count("[") + text.count("{") <= limit:
        return True
    left = _SHALLOW.sub("", text)
    if '"' in left or "'" in left:
        return False
    # Only brackets are left, the pairs nested at most _ABSORBED_DEPTH deep removed.
    # Each pass removes the innermost pairs: one level.
    brackets = left.translate(_ONE_KIND)
    depth = _ABSORBED_DEPTH
    while "[]" in brackets:
        brackets = brackets.replace("[]", "")
        depth += 1
        if depth > limit:
            return False
    # What remains is unpaired: closing brackets, then opening ones.
    return depth + brackets.count("[") <= limit
