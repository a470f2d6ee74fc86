"""The wizard's stylesheets parsed ahead of time.

Textual parses the wizard's CSS (``app.tcss`` and every widget's ``DEFAULT_CSS``) in
every process, before the first frame: about a sixth of the time from the app's start to
its first frame went to Textual's CSS tokenizer, more than to laying the screen out.
What the parser makes of a text depends only on the text, where it was read from, the
theme's variables and Textual's version, so it can be made once, when the CSS is
written, and trusted afterwards, as the core's regular expressions are
(``shipped_regexes``). ``python -m storybuilder.tui.shipped_css`` starts the wizard
headless on an example story (at 120 and at 80 columns), keeps what Textual parsed, and
writes it to ``shipped_css.pickle`` beside this module; tests/tui/test_shipped_css.py
fails until the record is current.

At start-up, :func:`seed` hands the record to the app's stylesheet as already parsed,
for exactly the texts, places, theme variables and Textual version it was made from;
anything else (an edited widget's CSS, another theme, another Textual) is parsed by
Textual as before, so a stale or missing record costs time, never a different look.

The record is a pickle of Textual's rule sets, read with an unpickler that builds only
classes of Textual and Rich (and a few of Python's own), named directly; file paths in
it (where each text was read from) are written relative to their package and read back
under the packages of the running installation.
"""

from __future__ import annotations

import enum
import functools
import io
import os
import pickle
import types
from pathlib import Path
from typing import Any

import rich
import textual
from textual.css import model
from textual.css.stylesheet import Stylesheet

import storybuilder

RECORD = Path(__file__).with_name("shipped_css.pickle")

FORMAT = 1

_PACKAGES = {
    "textual": str(Path(textual.__file__).parent),
    "rich": str(Path(rich.__file__).parent),
    "storybuilder": str(Path(storybuilder.__file__).parent),
}
"""Where the packages whose files the CSS is read from are installed here."""

_BUILTIN_CLASSES = frozenset({"frozenset", "set", "tuple", "list", "dict", "str", "int", "float"})


@functools.cache
def _textual_version() -> str:
    """Textual's version, from the name of its ``.dist-info`` folder beside the package
    (what ``importlib.metadata`` finds there too, without reading and parsing its
    metadata: an email parser imported in the first frame), else from the metadata."""
    folder = Path(textual.__file__).parent
    prefix = f"{folder.name}-"
    try:
        found = [
            name[len(prefix) : -len(".dist-info")]
            for name in os.listdir(folder.parent)
            if name.startswith(prefix) and name.endswith(".dist-info")
        ]
    except OSError:
        found = []
    if len(found) == 1 and found[0] and "-" not in found[0]:
        return found[0]
    import importlib.metadata  # only for this fallback: the record needs no package metadata

    return importlib.metadata.version("textual")


def _selector_check(kind: model.SelectorType, name: str) -> Any:
    """A selector's test (Textual keeps it as a partial of one of its check functions)."""
    return functools.partial(model._CHECKS[kind], name)


def _enum_member(cls: type[enum.Enum], name: str) -> enum.Enum:
    if not (isinstance(cls, type) and issubclass(cls, enum.Enum)):
        raise pickle.UnpicklingError(f"{cls!r} is not an enumeration")
    return cls[name]


_DICT_METHODS = frozenset({"get", "__contains__"})


def _dict_method(mapping: dict[Any, Any], name: str) -> Any:
    """A dict's lookup method (Textual's styles keep their rules' as attributes)."""
    if type(mapping) is not dict or name not in _DICT_METHODS:
        raise pickle.UnpicklingError(f"{name} of {type(mapping)!r} is not allowed")
    return getattr(mapping, name)


_HELPERS = {
    "_selector_check": _selector_check,
    "_enum_member": _enum_member,
    "_dict_method": _dict_method,
}


class _Writer(pickle.Pickler):
    def reducer_override(self, obj: Any) -> Any:
        if isinstance(obj, functools.partial) and len(obj.args) == 1 and not obj.keywords:
            for kind, check in model._CHECKS.items():
                if obj.func is check:
                    return _selector_check, (kind, obj.args[0])
        if isinstance(obj, enum.Enum):
            return _enum_member, (type(obj), obj.name)
        if (
            isinstance(obj, types.BuiltinMethodType)
            and type(obj.__self__) is dict
            and obj.__name__ in _DICT_METHODS
        ):
            return _dict_method, (obj.__self__, obj.__name__)
        return NotImplemented

    def persistent_id(self, obj: Any) -> Any:
        if type(obj) is str:
            for name, folder in _PACKAGES.items():
                if obj.startswith(folder + "/"):
                    return ("path", name, obj[len(folder) + 1 :])
        return None


class _Reader(pickle.Unpickler):
    def persistent_load(self, pid: Any) -> Any:
        kind, name, relative = pid
        if kind != "path" or name not in _PACKAGES or not isinstance(relative, str):
            raise pickle.UnpicklingError(f"unexpected reference {pid!r}")
        return f"{_PACKAGES[name]}/{relative}"

    def find_class(self, module: str, name: str) -> Any:
        # Only classes, named directly, of Textual and Rich (and a few builtins): never
        # a function, nor anything reached through a module's attributes.
        if module == __name__ and name in _HELPERS:
            return _HELPERS[name]
        top = module.split(".", 1)[0]
        if "." not in name and (
            top in ("textual", "rich") or (module == "builtins" and name in _BUILTIN_CLASSES)
        ):
            found = super().find_class(module, name)
            if isinstance(found, type):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in the CSS record")


def _header(variables: dict[str, str]) -> dict[str, Any]:
    return {"format": FORMAT, "textual": _textual_version(), "variables": dict(variables)}


def dumps(stylesheets: list[Stylesheet]) -> bytes:
    """The record of what these stylesheets parsed (all with the same variables)."""
    entries: dict[tuple[Any, ...], Any] = {}
    variables = stylesheets[0]._variables
    for stylesheet in stylesheets:
        if stylesheet._variables != variables:
            raise ValueError("stylesheets with other theme variables")
        cache = stylesheet._parse_cache
        for key in cache.keys():  # noqa: SIM118 - Textual's LRUCache is not iterable
            entries.setdefault(key, cache.get(key))
    out = io.BytesIO()
    writer = _Writer(out, protocol=5)
    writer.dump(_header(variables))
    writer.dump(sorted(entries.items(), key=lambda item: repr(item[0][1:])))
    return out.getvalue()


def loads(data: bytes, variables: dict[str, str]) -> list[tuple[tuple[Any, ...], Any]] | None:
    """The entries of a record made for these variables by this Textual (None: made for
    something else)."""
    reader = _Reader(io.BytesIO(data))
    if reader.load() != _header(variables):
        return None
    entries = reader.load()
    if not isinstance(entries, list):
        return None
    return entries


def seed(stylesheet: Stylesheet) -> int:
    """Give the stylesheet the record's parsed CSS (used only for the exact texts it was
    made from); returns how many texts it holds. Any problem with the record: none."""
    if not _seeding:
        return 0
    try:
        entries = loads(RECORD.read_bytes(), stylesheet._variables)
    except Exception:  # missing, unreadable or foreign record: Textual parses as before
        return 0
    if not entries:
        return 0
    cache = stylesheet._parse_cache
    for key, rules in entries:
        cache.set(key, rules)
    return len(entries)


_seeding = True
"""Off while the record is being made (it must hold only what Textual parses)."""


async def _parsed_at_start(size: tuple[int, int], folder: Path) -> Stylesheet:
    """The stylesheet of the wizard once started on an example story, at a text question,
    with the preview drawn when the terminal is wide enough."""
    from storybuilder.bank import packaged_bank
    from storybuilder.examples import start_from_example
    from storybuilder.session import create_story, open_story
    from storybuilder.tui.app import StorybuilderApp
    from storybuilder.tui.editor import StoryEditor

    path = folder / f"story-{size[0]}.toml"
    story = start_from_example("cat-classifier")
    story = story.model_copy(
        update={"interview": story.interview.model_copy(update={"at": "goal-specification"})}
    )
    create_story(path, story, packaged_bank("core"))
    app = StorybuilderApp(editor=StoryEditor(open_story(path, None)))
    async with app.run_test(size=size) as pilot:
        for _ in range(200):
            await pilot.pause(0.02)
            previews = app.screen.query("#preview")
            if size[0] < 110 or (previews and not getattr(previews.first(), "_rest", True)):
                break
        await pilot.pause(0.2)
        return app.stylesheet


def main() -> None:
    import asyncio
    import os
    import tempfile

    global _seeding
    _seeding = False
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_STATE_HOME"] = folder
        os.environ["XDG_CONFIG_HOME"] = folder
        stylesheets = [
            asyncio.run(_parsed_at_start(size, Path(folder))) for size in ((120, 40), (80, 24))
        ]
    RECORD.write_bytes(dumps(stylesheets))
    print(f"wrote {RECORD}")


if __name__ == "__main__":
    # Through the module's own name: the record names its helpers by it.
    from storybuilder.tui import shipped_css

    shipped_css.main()
