"""User templates: plain data only, files from their own folder only, and bounded work.

Each test renders a hostile template through the real command and checks what a user
would see: exit 2, a message naming the template, and no side effect. The resource
attacks run in a subprocess with a timeout and a memory limit, so that a regression
shows up as a failed test rather than a hung or killed test run.
"""

from __future__ import annotations

import pickle
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storybuilder import cli, template_sandbox
from storybuilder.bank import packaged_bank
from storybuilder.examples import load_example
from storybuilder.render import RenderError, RenderOptions, render_story

EXAMPLE = Path(__file__).parents[1] / "src" / "storybuilder" / "examples" / "cat-classifier.toml"


class _Touch:
    """Unpickling this runs ``touch PATH``: what a template must never manage to do."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __reduce__(self) -> tuple[object, tuple[str, ...]]:
        import os

        return (os.system, (f"touch {self.path}",))


def render_with(template: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(["render", str(EXAMPLE), "--template", str(template)])
    out, err = capsys.readouterr()
    return code, out, err


# --- 1. templates are given plain data ------------------------------------------------


def test_a_template_cannot_unpickle_through_the_story_model(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    marker = tmp_path / "PWNED"
    payload = pickle.dumps(_Touch(marker), protocol=0).decode("ascii")
    template = tmp_path / "evil.md.j2"
    template.write_text(
        "{{ story.parse_raw("
        + repr(payload)
        + ", content_type='application/pickle', allow_pickle=True) }}\n",
        encoding="utf-8",
    )
    code, out, err = render_with(template, capsys)
    assert not marker.exists(), "the template ran a command"
    assert code == 2
    assert "evil.md.j2" in err
    assert out == ""


@pytest.mark.parametrize(
    "expression",
    [
        "story.model_dump()",
        "story.meta.model_copy()",
        "doc.problems[0].as_json()",
        "story.meta.title.format(story)",
        "story.meta.title.replace('a', 'b')",
        "h.__call__(1)",
        "story.items.__self__",
    ],
)
def test_a_template_reaches_only_plain_data(expression: str, tmp_path: Path) -> None:
    template = tmp_path / "t.md.j2"
    template.write_text("{{ " + expression + " }}\n", encoding="utf-8")
    with pytest.raises(RenderError, match="t.md.j2"):
        render_story(
            load_example("cat-classifier"), packaged_bank(), RenderOptions(template=template)
        )


def test_plain_data_is_enough_for_a_useful_template(tmp_path: Path) -> None:
    template = tmp_path / "t.md.j2"
    template.write_text(
        "{{ h(0) }} {{ doc.title | upper }}\n"
        "{% for key, value in story.meta.items() if key == 'title' %}{{ value }}{% endfor %}\n"
        "{{ story.get('goal').classes | join(', ') }}; {{ doc.problems | length }} problems;"
        " first {{ doc.problems[0].status }}\n",
        encoding="utf-8",
    )
    text = render_story(
        load_example("cat-classifier"), packaged_bank(), RenderOptions(template=template)
    )
    assert text == "# CAT CLASSIFIER\nCat classifiertask-model; 4 problems; first accepted\n"


def test_jinja_idioms_still_work(tmp_path: Path) -> None:
    template = tmp_path / "t.md.j2"
    template.write_text(
        "{% for mode in doc.failure_modes %}{{ loop.cycle('a', 'b') }}{% endfor %};"
        "{% for g in doc.failure_modes | groupby('relevance') %}{{ g.grouper }}={{ g.list | length }} {% endfor %};"
        "{% macro m(x) %}<{{ x }}{{ caller() }}>{% endmacro %}{% call m(1) %}!{% endcall %};"
        "{% set ns = namespace(n=0) %}{% for c in doc.evaluation %}{% set ns.n = ns.n + 1 %}{% endfor %}{{ ns.n }}\n",
        encoding="utf-8",
    )
    text = render_story(
        load_example("cat-classifier"), packaged_bank(), RenderOptions(template=template)
    )
    assert text == "ababa;applies=2 does not apply=3 ;<1!>;4\n"


# --- 2. include, import and extend stay in the template's folder --------------------


@pytest.mark.parametrize(
    "tag", ["{% include 'leak' %}", "{% import 'leak' as x %}", "{% extends 'leak' %}"]
)
def test_a_link_out_of_the_folder_is_not_followed(
    tag: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET\n", encoding="utf-8")
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "leak").symlink_to(secret)
    template = folder / "evil.md.j2"
    template.write_text(tag + "\n", encoding="utf-8")
    code, out, err = render_with(template, capsys)
    assert code == 2
    assert "TOP SECRET" not in out + err
    assert "evil.md.j2" in err and "'leak'" in err


@pytest.mark.parametrize("name", ["/etc/hostname", "../secret.txt", "sub/../../secret.txt"])
def test_absolute_and_parent_names_are_refused(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "secret.txt").write_text("TOP SECRET\n", encoding="utf-8")
    folder = tmp_path / "templates"
    (folder / "sub").mkdir(parents=True)
    template = folder / "evil.md.j2"
    template.write_text("{% include " + repr(name) + " %}\n", encoding="utf-8")
    code, out, err = render_with(template, capsys)
    assert code == 2
    assert "TOP SECRET" not in out
    assert "not a template" in err


def test_files_and_links_inside_the_folder_still_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "templates"
    (folder / "parts").mkdir(parents=True)
    (folder / "parts" / "title.j2").write_text("Title: {{ doc.title }}", encoding="utf-8")
    (folder / "alias.j2").symlink_to(folder / "parts" / "title.j2")
    template = folder / "main.md.j2"
    template.write_text(
        "{% include 'parts/title.j2' %}\n\n{% include 'alias.j2' %}\n", encoding="utf-8"
    )
    code, out, _ = render_with(template, capsys)
    assert code == 0
    assert out == "Title: Cat classifier\nTitle: Cat classifier\n"


# --- 3. bounded work ----------------------------------------------------------------

MEMORY_LIMIT = 2 * 1024**3


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


HEAVY = [
    pytest.param("{{ 'x' * 10**10 }}", id="string-repeat"),
    pytest.param("{{ ([1]*100000)*100000 }}", id="list-repeat"),
    pytest.param(
        "{% for i in range(10**5) %}{% for j in range(10**5) %}{% endfor %}{% endfor %}",
        id="nested-loops",
    ),
    pytest.param("{{ range(10**6) | length }}", id="big-range"),
    pytest.param("{{ 7 ** 100000000 }}", id="power"),
    pytest.param("{{ '%0999999999d' % 1 }}", id="percent-width"),
    pytest.param("{{ 'x' | center(10**10) }}", id="center"),
    pytest.param("{{ range(100000) | join('x' * 100000) }}", id="join"),
    pytest.param(
        "{% set ns = namespace(s='xy') %}{% for i in range(64) %}"
        "{% set ns.s = ns.s ~ ns.s %}{% endfor %}",
        id="doubling-concat",
    ),
    pytest.param(
        "{% set a = [1,2,3,4,5,6,7,8,9,10] %}"
        + "".join(
            "{% set " + new + " = [" + ",".join([old] * 10) + "] %}"
            for old, new in zip("abcdefgh", "bcdefghi", strict=True)
        )
        + "{{ i }}",
        id="nested-literals",
    ),
    pytest.param(
        "{% for i in range(1000) %}{% set x %}{% for j in range(1000) %}"
        "{{ 'y' * 100000 }}{% endfor %}{% endset %}{% endfor %}",
        id="captured-output",
    ),
    pytest.param("{% for i in range(100000) %}{{ 'y' * 100000 }}{% endfor %}", id="output-size"),
    pytest.param("{% set s = 'ab' * 1000000 %}{{ s | replace('a', s) }}", id="replace"),
]


@pytest.mark.parametrize("template_text", HEAVY)
def test_heavy_templates_stop_with_an_error(template_text: str, tmp_path: Path) -> None:
    template = tmp_path / "heavy.md.j2"
    template.write_text(template_text + "\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "storybuilder", "render", str(EXAMPLE), "--template", str(template)],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=_limit_memory,
    )
    assert result.returncode == 2, result.stderr[-2000:]
    assert result.stderr.startswith("storybuilder: heavy.md.j2:")
    assert "Traceback" not in result.stderr


_PLAIN = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(st.text(max_size=4) | st.integers(), inner, max_size=4)
    ),
    max_leaves=30,
)


@given(_PLAIN)
def test_a_render_weighs_its_data_as_any_value_is_weighed(value: object) -> None:
    # A render walks its data once, for its types and its size together: the size is
    # the one every value a template builds is weighed by.
    assert template_sandbox.weight(value, limit=2**62, plain_only=True) == template_sandbox.weight(
        value, limit=2**62
    )


@pytest.mark.parametrize("odd", [b"bytes", {1, 2}, _Touch(Path("x")), True.__class__])
def test_a_render_refuses_data_that_is_not_plain_wherever_it_sits(odd: object) -> None:
    with pytest.raises(TypeError, match="plain data only"):
        template_sandbox.weight(
            {"doc": [{"rows": ["fine", (1, odd)]}]}, limit=2**62, plain_only=True
        )
