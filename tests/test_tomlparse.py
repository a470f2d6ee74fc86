"""tomlparse reads TOML as the standard library's tomllib does, only faster.

toml-rs reads first; the tests hold it to tomllib, the reference: whatever text toml-rs
accepts, tomllib accepts too, with the same tables (same keys in the same order, same
values of the same types); whatever tomllib refuses is refused with tomllib's own
message. The nesting check that keeps deep texts away from toml-rs (whose recursion
has no limit) must never let a text through that nests deeper than it says.
"""

from __future__ import annotations

import datetime
import math
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from toml_rs import loads as toml_rs_loads

from storybuilder import shipped, tomlparse
from storybuilder.tomlparse import FAST_DEPTH

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def shape(value: Any) -> Any:
    """A value with everything == would overlook made visible: key order, types, the
    sign of zero, NaN, time zones."""
    if isinstance(value, dict):
        return ("table", [(key, shape(item)) for key, item in value.items()])
    if isinstance(value, list):
        return ("array", [shape(item) for item in value])
    if isinstance(value, float):
        return ("float", "nan" if math.isnan(value) else repr(value))
    if isinstance(value, datetime.datetime | datetime.time):
        return (type(value).__name__, repr(value.replace(tzinfo=None)), value.utcoffset())
    return (type(value).__name__, repr(value))


def reference(text: str) -> Any:
    """tomllib's tables, or its error message."""
    try:
        return shape(tomllib.loads(text))
    except tomllib.TOMLDecodeError as err:
        return f"error: {err}"


def fast(text: str) -> Any:
    """toml-rs's tables, or None where it refuses the text or is never asked (a text
    that starts with a byte-order mark: toml-rs skips it, tomllib refuses it)."""
    if text.startswith("\ufeff"):
        return None
    try:
        return shape(toml_rs_loads(text, toml_version="1.0.0"))
    except ValueError:
        return None


def ours(text: str) -> Any:
    try:
        return shape(tomlparse.loads(text))
    except tomlparse.TOMLDecodeError as err:
        return f"error: {err}"


def assert_agree(text: str) -> None:
    expected = reference(text)
    assert ours(text) == expected
    got = fast(text)
    if got is not None:  # toml-rs accepts only what tomllib accepts, and reads it alike
        assert got == expected


VALID = [
    "",
    "# only a comment\n",
    'a = 1\nb = "two"\nc = 3.0\nd = true\n',
    "n = [0x1F, 0o17, 0b101, 1_000, +7, -0, 9223372036854775807, -9223372036854775808]\n",
    "big = 99999999999999999999\n",
    "f = [1e10, -2.5E-3, 0.0, -0.0, +0.0, inf, -inf, nan, +nan, 6.626e-34]\n",
    'e = "\\b\\t\\n\\f\\r\\"\\\\ \\u00e9 \\U0001F600"\n',
    "lit = 'C:\\Users\\no\\escapes'\n",
    'ml = """\nfirst\n  second \\\n   joined"""\n',
    'quotes = """""a "b" ""c"" """""\n',
    "mll = '''\nraw \\n ''two'' '''''\n",
    '"quoted key" = 1\n\'literal key\' = 2\n"" = 3\n',
    'a.b.c = 1\na.d = 2\n"x.y".z = 3\n',
    "[t]\nx = 1\n[t.sub]\ny = 2\n[other]\n",
    "[[a]]\nx = 1\n[[a]]\nx = 2\n[[a.b]]\ny = 3\n",
    "arr = [\n  1, # one\n  2,\n]\nmixed = [1, 'a', [2], {k = 3}]\n",
    "it = {a = 1, b = {c = [1, {d = 'e'}]}}\n",
    "odt = 1979-05-27T07:32:00Z\nodt2 = 1979-05-27T00:32:00.999999-07:00\n",
    "ldt = 1979-05-27T07:32:00.5\nld = 1979-05-27\nlt = 07:32:00\nsp = 1979-05-27 07:32:00\n",
    "a = 1\r\nb = [\r\n 2,\r\n]\r\n",
    'u = "caf\u00e9 \u2603 \U0001f600"\n"\u00e9l\u00e9ment" = 1\n',
    'brackets = "[[{{]]}}" # [[[\nother = \'"\'\n',
    'x = """ "\'\'\' [ """\ny = \'\'\' """ { \'\'\'\n',
]

INVALID = [
    "a = ",
    "a = 1\na = 2\n",
    "[t]\n[t]\n",
    "a = 'unterminated\n",
    'a = "unterminated\n',
    'a = """never closed\n',
    'a = "\\q"\n',
    'a = "\\x41"\n',
    "a = {b = 1,}\n",
    "a = {\nb = 1}\n",
    "t = 07:32\n",
    "a = 1979-13-01\n",
    "a = 01\n",
    "a = 1__0\n",
    "a = .5\n",
    "a = [1 2]\n",
    "a = 1 b = 2\n",
    "a = \x00\n",
    'a = "\x01"\n',
    "a = 1\r b = 2\n",
    "\ufeffa = 1\n",
    "[a]\nb = 1\n[a.b]\n",
    "a = [1]\n[[a]]\n",
    "a.b = 1\n[a]\nb = 2\n",
    "a = {b = 1}\n[a]\nc = 2\n",
    "= 1\n",
    "[]\n",
    "a = truee\n",
    "a = +inf0\n",
    "\u00e9l\u00e9ment = 1\n",  # a bare key of TOML 1.1, not 1.0
]


@pytest.mark.parametrize("text", VALID + INVALID)
def test_the_same_tables_or_the_same_error(text: str) -> None:
    assert_agree(text)


@pytest.mark.parametrize("text", VALID)
def test_valid_texts_are_read_by_the_fast_parser(text: str) -> None:
    assert fast(text) is not None


def test_a_syntax_error_is_tomllibs_with_its_line_and_column() -> None:
    with pytest.raises(tomlparse.TOMLDecodeError) as raised:
        tomlparse.loads('a = 1\nb = "x"\nc = \n')
    assert str(raised.value) == "Invalid value (at line 3, column 5)"


def shipped_texts() -> list[Path]:
    tests = Path(__file__).parent
    return sorted(
        [
            *(
                Path(str(bank))
                for bank in shipped.folder("question_banks").iterdir()
                if bank.name.endswith(".toml")
            ),
            *(Path(tomlparse.__file__).parent / "examples").glob("*.toml"),
            *(tests / "data").rglob("*.toml"),
        ]
    )


@pytest.mark.parametrize("path", shipped_texts(), ids=lambda p: p.name)
def test_shipped_banks_and_stories_read_alike(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert_agree(text)


# --- generated documents ------------------------------------------------------------

scalars = st.one_of(
    st.text(max_size=30),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(),
    st.booleans(),
    st.datetimes(timezones=st.none() | st.timezones()),
    st.dates(),
    st.times(),
)
names = st.text(min_size=0, max_size=8)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(names, inner, max_size=4),
    max_leaves=20,
)
documents = st.dictionaries(names, values, max_size=6)


@FAST
@given(documents, st.booleans())
def test_written_documents_read_alike(document: dict[str, Any], multiline: bool) -> None:
    try:
        text = tomli_w.dumps(document, multiline_strings=multiline)
    except (TypeError, ValueError):  # what TOML cannot hold (a time zone it has no word for)
        return
    assert_agree(text)
    if not isinstance(reference(text), str):  # tomli-w writes offsets in seconds too
        assert fast(text) is not None


SEEDS = [
    '[bank]\nid = "b"\ntitle = "T"\n\n[[questions]]\nid = "q1"\nwhen = \'q0 == "a"\'\n'
    'options = [{id = "a", label = "A"}, {id = "b", label = "B"}]\n',
    'help = """\nSome *Markdown*, a "quote" and a \\\n continued line.\n"""\n'
    "terms = ['reward', \"goal [x]\", '''raw \"\"\" text''']\n",
    "[meta]\ntitle = \"A story\"\n# a comment\n[[claims]]\ntext = 'c'\nscore = 0.5\n"
    "created = 2024-01-02T03:04:05Z\n",
    'a = [\n  [1, 2], # c\n  {x = [true, false]},\n  "s",\n]\n',
]
EDITS = list("[]{}\"'#=.,\n\r\t \\-_:+0123456789aeEtfxobzZT") + [
    '"""',
    "'''",
    "\\u",
    "\ufeff",
    "\x00",
    "\x7f",
    "\u00e9",
    "nan",
    "inf",
    "1979-05-27",
    "07:32:00",
]


@FAST
@given(
    st.sampled_from(SEEDS),
    st.lists(
        st.tuples(
            st.floats(min_value=0, max_value=1),
            st.sampled_from(["insert", "delete", "replace"]),
            st.sampled_from(EDITS),
        ),
        min_size=1,
        max_size=3,
    ),
)
def test_edited_documents_read_alike(seed: str, edits: list[tuple[float, str, str]]) -> None:
    """Near-valid texts: where the parsers' edge cases are."""
    text = seed
    for where, how, what in edits:
        at = int(where * len(text))
        if how == "insert":
            text = text[:at] + what + text[at:]
        elif how == "delete":
            text = text[:at] + text[at + len(what) :]
        else:
            text = text[:at] + what + text[at + 1 :]
    assert_agree(text)


# --- the nesting check --------------------------------------------------------------

tricky = st.text(alphabet="[]{}\"'#\\ \nab", max_size=6)


def string_literal(text: str, style: int) -> str:
    """The text as a TOML string, in one of the four kinds."""
    if style == 1 and "'" not in text and "\n" not in text:
        return f"'{text}'"
    if style == 2 and "'''" not in text and not text.endswith("'"):
        return f"'''{text}'''"
    if style == 3:
        escaped = text.replace("\\", "\\\\").replace('"', '\\"')
        return f'"""{escaped}"""'
    return tomli_w.dumps({"v": text})[4:-1]  # a basic string, escaped as tomli-w does


@st.composite
def nested(draw: st.DrawFn, depth: int) -> tuple[str, int]:
    """A TOML value of arrays and inline tables, and how deep it nests."""
    if depth == 0 or draw(st.booleans()):
        return string_literal(draw(tricky), draw(st.integers(0, 3))), 0
    items = [draw(nested(depth - 1)) for _ in range(draw(st.integers(1, 3)))]
    deepest = 1 + max(d for _, d in items)
    if draw(st.booleans()):
        comment = draw(st.sampled_from(["", " # ]]] ' \""]))
        return "[" + ", ".join(t for t, _ in items) + "," + comment + "\n]", deepest
    return "{" + ", ".join(f"k{i} = {t}" for i, (t, _) in enumerate(items)) + "}", deepest


@FAST
@given(st.lists(nested(7), min_size=1, max_size=3))
def test_the_nesting_check_never_underestimates(values: list[tuple[str, int]]) -> None:
    text = "".join(f"v{i} = {t}\n" for i, (t, _) in enumerate(values))
    depth = max(d for _, d in values)
    tomllib.loads(text)  # the generator writes TOML
    for limit in range(depth):
        assert not tomlparse._nesting_within(text, limit)


def test_a_shallow_text_with_many_brackets_is_within() -> None:
    text = "".join(f'[[q]]\nid = "q{i}"\no = [{{a = "[[["}}, {{b = "]"}}]\n' for i in range(500))
    assert tomlparse._nesting_within(text)


@pytest.mark.parametrize(
    "text",
    [
        "a = " + "[" * 100_000 + "]" * 100_000,
        "a = " + "{b = " * 100_000 + "1" + "}" * 100_000,
        "a = " + "[" * 100_000,
        'a = "]]]]"\n' * 10 + "b = " + "[" * 1000,
        "a = '" + "]" * 1000 + "\nb = " + "[" * 1000,
        # toml-rs reads on past an error: a string left open must not hide what follows.
        'a = "' + "]" * 1000 + "\nb = " + "[" * 100_000 + '\nc = "\n',
        'a = """' + "]" * 1000 + "\nb = " + "[" * 100_000 + "\n",
    ],
    ids=[
        "arrays",
        "tables",
        "never-closed",
        "closing-in-strings",
        "open-literal-string",
        "open-basic-string",
        "open-multiline-string",
    ],
)
def test_a_deep_text_goes_to_tomllib(text: str) -> None:
    assert not tomlparse._nesting_within(text)
    with pytest.raises((RecursionError, tomlparse.TOMLDecodeError)):
        tomlparse.loads(text)


def test_the_fast_parser_reads_the_deepest_text_it_is_given_on_a_small_stack() -> None:
    """FAST_DEPTH levels fit a 512 KiB thread stack (macOS's default for threads)."""
    code = (
        "import threading\n"
        "from storybuilder import tomlparse\n"
        f"text = 'a = ' + '[{{b = ' * {FAST_DEPTH // 2} + '1' + '}}]' * {FAST_DEPTH // 2}\n"
        "assert tomlparse._nesting_within(text)\n"
        "threading.stack_size(512 * 1024)\n"
        "done = []\n"
        "worker = threading.Thread(target=lambda: done.append(tomlparse.loads(text)))\n"
        "worker.start(); worker.join()\n"
        "assert done\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
