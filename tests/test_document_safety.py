"""Author text comes out of ``render`` as text: no fence, HTML, TeX or YAML from an answer.

The document is read by CommonMark (markdown-it-py here, as GitHub does) and by pandoc,
whose Markdown passes raw TeX to LaTeX and raw HTML to HTML. Every answer field gets
hostile text; the document must keep its outline and tables, show a marker word put at
the start of each answer as plain text, and carry no raw HTML or TeX from the author.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from storybuilder.bank import Bank
from storybuilder.render import RenderOptions, render_story
from storybuilder.story import Story

from .test_render import SECTIONS, body, outline, tables

MD = MarkdownIt("commonmark").enable("table")

# Fragments that each break some reader when left alone.
FRAGMENTS = [
    "```a`b",
    "```",
    "~~~",
    "```{=latex}",
    "`x`{=latex}",
    "\\input{/etc/passwd}",
    "\\write18{touch /tmp/pwned}",
    "$\\input{m}$",
    "$^^5cinput{q}$",
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "<!--",
    "-->",
    "---",
    "title: pwned",
    "...",
    "::: {.x}",
    ":::",
    "# heading",
    "Setext",
    "===",
    "| a | b |",
    "|---|---|",
    "![x](file:///etc/passwd)",
    "<https://example.org>",
    "\\",
    "\\`",
    "    indented",
    "> quote",
    "- item",
    "1. item",
    "[ref]: https://example.org",
    "<div>",
    "<?php",
    "<![CDATA[",
    "\ufffe\uffff\x1b[2J\x85\u2028",
    "[a](javascript:alert(1))",
    "[b](jav&#x61;script:alert(1))",
    "[c\\\\](JavaScript:alert(1))",
    "[d][r]",
    "[r]: javascript:alert(2)",
    "[e](data:text/html,x)",
    "]( [e](data:text/html,x)",
    "[web](https://example.org/a:b)",
]
hostile_text = st.lists(
    st.sampled_from(FRAGMENTS) | st.text(alphabet="`~<>!-\\$={}:|#*_[]() \nab", max_size=12),
    min_size=1,
    max_size=6,
).map(lambda parts: st_join(parts))


def st_join(parts: list[str]) -> str:
    return "".join(p + ("\n" if i % 2 else " ") for i, p in enumerate(parts))


MARKERS = [f"Marker{n}word" for n in range(20)]
FIELDS = 13
"""Answer fields that hostile_story fills."""


def hostile_story(texts: list[str]) -> Story:
    """Every answer field holds hostile text, each after its own marker word."""
    it = iter(zip(MARKERS, texts, strict=False))

    def field() -> str:
        marker, text = next(it)
        return f"{marker} {text}"

    return Story.model_validate(
        {
            "meta": {"title": "Hostile", "summary": field(), "advanced": True},
            "goal": {"specification": field(), "desirability": field()},
            "rationale": {"constraints": field(), "nudges": field()},
            "failure_modes": {
                "deceptive-alignment": {
                    "relevance": "applies",
                    "reason": field(),
                    "mitigation": field(),
                }
            },
            "evaluation": {"goal-alignment": {"verdict": "pass", "argument": field()}},
            "claims": [{"claim": field(), "test": field()}],
            "sensitivity": [{"assumption": field(), "if_wrong": field(), "failure": "safe"}],
            "problems": [{"title": field()}],
        }
    )


def text_content(markdown: str) -> tuple[str, set[str]]:
    """The document's text outside code, and the raw HTML it has (table cells' <br>)."""
    texts: list[str] = []
    html: set[str] = set()
    for token in MD.parse(body(markdown)):
        if token.type == "html_block":
            html.add(token.content)
        for child in token.children or []:
            if child.type == "html_inline":
                html.add(child.content)
            if child.type == "text":
                texts.append(child.content)
    return " ".join(texts), html


@pytest.fixture(scope="module")
def bank(mini_bank: Bank) -> Bank:
    return mini_bank


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.lists(hostile_text, min_size=FIELDS, max_size=FIELDS))
def test_hostile_answers_stay_text_under_commonmark(bank: Bank, texts: list[str]) -> None:
    document = render_story(hostile_story(texts), bank, RenderOptions(diagram=False))
    assert [h for h in outline(document) if h[0] <= 3] == SECTIONS
    shapes = tables(document)
    assert [2, 2] in shapes and [4, 4] in shapes and [3, 3] in shapes
    shown, html = text_content(document)
    for marker in MARKERS[:FIELDS]:
        assert marker in shown, f"{marker} is not shown as text"
    assert html <= {"<br>"}


def test_a_backtick_line_that_is_no_fence_swallows_nothing(bank: Bank) -> None:
    document = render_story(
        hostile_story(["\n```a`b\nrest"] * FIELDS), bank, RenderOptions(diagram=False)
    )
    assert (2, "Training rationale") in outline(document)
    assert (2, "Open problems") in outline(document)


def test_a_mitigation_starting_with_a_fence_swallows_nothing(bank: Bank) -> None:
    story = Story.model_validate(
        {
            "failure_modes": {
                "deceptive-alignment": {"relevance": "applies", "mitigation": "```\ncode"}
            },
        }
    )
    document = render_story(story, bank, RenderOptions(diagram=False))
    assert (2, "Falsifiable claims") in outline(document)
    assert (2, "Open problems") in outline(document)


# --- pandoc ------------------------------------------------------------------------------

PANDOC = shutil.which("pandoc")
needs_pandoc = pytest.mark.skipif(PANDOC is None, reason="pandoc is not installed (.ci/run does)")


def pandoc(markdown: str, to: str, *extra: str) -> str:
    assert PANDOC is not None
    done = subprocess.run(
        [PANDOC, "-f", "markdown", "-t", to, *extra],
        input=markdown,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout


VERBATIM = re.compile(r"\\begin\{verbatim\}.*?\\end\{verbatim\}", re.S)
RAW_HTML = re.compile(
    # pandoc's own markup for a Markdown line block ("| text") and for a highlighted code
    # block ("~~~ ada") is a div; any other div would be the author's HTML coming through.
    r'<script|<img|<div(?! class="(?:line-block|sourceCode)")|<\?php|<!--|<!\[CDATA'
    r"|<[a-z][^<>]*\bonerror\s*="
    r"|href=\"\s*(?:java|vb)?script|href=\"\s*data:|href=\"[^\"]*&#",
    re.I,
)


def assert_harmless_in_pandoc(document: str) -> None:
    # Code blocks become verbatim environments, whose text TeX does not run (pandoc
    # switches to escaped text when the code holds \end{verbatim}).
    latex = VERBATIM.sub("", pandoc(document, "latex"))
    for command in ("\\input", "\\write18", "^^5c", "\\includegraphics"):
        assert command not in latex, f"{command} reaches LaTeX"
    html = pandoc(document, "html")
    assert not RAW_HTML.findall(html), RAW_HTML.findall(html)
    for _level, title in SECTIONS[1:]:
        assert f">{title}</h" in html, f"section {title!r} was swallowed"


@needs_pandoc
def test_every_fragment_is_harmless_in_pandoc(bank: Bank) -> None:
    texts = ["\n".join(FRAGMENTS), " ".join(FRAGMENTS), *FRAGMENTS[: FIELDS - 2]]
    assert_harmless_in_pandoc(render_story(hostile_story(texts), bank))
    assert_harmless_in_pandoc(render_story(hostile_story(list(reversed(texts))), bank))


def test_a_bracket_closed_only_inside_code_is_escaped(bank: Bank) -> None:
    """In "[`]`" the "]" is code: pandoc keeps the "[" open until a "]" in a later answer
    and drops the sections between, so the "[" is escaped like any unclosed one."""
    texts = ["[`]` a", *["text"] * (FIELDS - 2), "b ]"]
    document = render_story(hostile_story(texts), bank)
    assert "\\[`]` a" in document
    assert "[`a`]" in render_story(hostile_story(["[`a`]", *["text"] * (FIELDS - 1)]), bank)


@needs_pandoc
def test_a_comment_opened_in_one_answer_hides_no_section(bank: Bank) -> None:
    texts = ["a <!-- hidden", *["text"] * (FIELDS - 2), "b --> c"]
    assert_harmless_in_pandoc(render_story(hostile_story(texts), bank))


@needs_pandoc
@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.lists(hostile_text, min_size=FIELDS, max_size=FIELDS))
# Found in CI: an unclosed "~~~ a*(" fence, closed as a code block in language "a", which
# pandoc highlights inside its own div.
@example(["```a`b "] * 7 + ["```a`b ```a`b\n~~~ a*(\n"] + ["```a`b "] * (FIELDS - 8))
# Found by a helper: a destination that runs on into a second link ("]( [e](data:...)")
# hid that link from the check, and pandoc wrote href="data:...".
@example(["]( [e](data:text/html,x)"] * FIELDS)
# Found by hypothesis in a local run: a definition behind pandoc's definition-list marker (": [r]: javascript:")
# was not seen as one, and "[d][r]" in another answer linked to it.
@example(
    ["```a`b "] * 7
    + ["```a`b ```a`b\n: [r]: javascript:alert(2)\n"]
    + ["```a`b "] * 4
    + ["[d][r] "]
)
# Found by hypothesis in CI: "[`]`" looked balanced, but its "]" is inside a code span, so
# pandoc kept the "[" open and dropped the sections up to a "]" in a later answer.
@example(["```a`b "] * 6 + ["[`]` ", "```a`b ```a`b\n[r]: javascript:alert(2) "] + ["```a`b "] * 5)
# The same behind either of pandoc's definition-list markers, ": " and "~ ".
@example(["\n: [r]: javascript:alert(2)\n\n[d][r]"] * FIELDS)
@example(["\n~ [r]: javascript:alert(2)\n\n[d][r]"] * FIELDS)
def test_hostile_answers_are_harmless_in_pandoc(bank: Bank, texts: list[str]) -> None:
    assert_harmless_in_pandoc(render_story(hostile_story(texts), bank))


@needs_pandoc
@pytest.mark.parametrize(
    "title",
    [
        "Non-character \ufffe\uffff in the title",
        "Two\nlines: in a title",
        "Line\u2028separator",
        "---",
        "- a list?",
        "\\input{/etc/passwd}",
    ],
)
def test_titles_and_authors_keep_the_front_matter_whole(
    bank: Bank, title: str, tmp_path: Any
) -> None:
    story = Story.model_validate({"meta": {"title": title, "authors": [title, "Ada\nLovelace"]}})
    document = render_story(story, bank)
    template = tmp_path / "meta.tpl"
    template.write_text("$meta-json$\n")
    meta = json.loads(pandoc(document, "plain", "--template", str(template)))
    words = " ".join(title.replace("\\", " ").split())
    assert meta["title"], meta
    shown = pandoc(document, "plain", "--standalone")
    for word in words.split():
        if word.isalnum():
            assert word in shown
    assert "\\input" not in pandoc(document, "latex", "--standalone")
    assert len(meta["author"]) == 2
