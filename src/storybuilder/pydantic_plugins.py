"""Pydantic's plugin discovery, skipped in storybuilder's own process.

The first model pydantic validates asks which plugins are installed: it imports
``importlib.metadata`` (which parses e-mail headers) and reads the entry points of every
installed distribution, some 15 ms of each command's start, for plugins (observability
hooks) that storybuilder's models have no use for. So the storybuilder command tells
pydantic there are none, as ``PYDANTIC_DISABLE_PLUGINS=__all__`` would, without that
import. Whoever configures pydantic's plugins (``PYDANTIC_DISABLE_PLUGINS`` set to a list
of names, or to the empty string to keep them all) gets pydantic's own discovery.
"""

from __future__ import annotations

import importlib
import os
import sys
import types
from importlib.machinery import ModuleSpec
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from importlib.abc import Loader

LOADER = "pydantic.plugin._loader"
"""The module pydantic asks for its plugins (``get_plugins``) when it builds a validator."""

_ALL_DISABLED = ("__all__", "1", "true")
"""The values of PYDANTIC_DISABLE_PLUGINS that turn every plugin off (pydantic's own)."""


def skip_discovery() -> None:
    """From now on, an import of pydantic's plugin loader gets a stand-in that knows no
    plugins; unless plugins are configured, or pydantic has already looked."""
    setting = os.environ.get("PYDANTIC_DISABLE_PLUGINS")
    if setting is not None and setting not in _ALL_DISABLED:
        return  # configured: pydantic reads the setting as it always does
    if LOADER in sys.modules or any(isinstance(f, _StandIn) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _StandIn())


class _StandIn:
    """Finds and makes the stand-in loader module, by the ordinary import protocol (so
    its package is imported first, and holds it, as for the real one)."""

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> ModuleSpec | None:
        return ModuleSpec(name, cast("Loader", self)) if name == LOADER else None

    def create_module(self, spec: ModuleSpec) -> types.ModuleType:
        module = types.ModuleType(
            spec.name, "No pydantic plugins: see storybuilder.pydantic_plugins."
        )
        module.get_plugins = _no_plugins  # type: ignore[attr-defined]
        module.__getattr__ = _from_pydantic  # type: ignore[method-assign]
        return module

    def exec_module(self, module: types.ModuleType) -> None:
        pass


def _no_plugins() -> tuple[()]:
    return ()


def _from_pydantic(name: str) -> Any:
    """Anything else a later pydantic asks of its loader: from the real one, loaded now in
    the stand-in's place. (Python's own questions of a module, such as ``__path__``
    during an import, get the plain answer.)"""
    if name.startswith("__"):
        raise AttributeError(name)
    sys.meta_path[:] = [f for f in sys.meta_path if not isinstance(f, _StandIn)]
    sys.modules.pop(LOADER, None)
    return getattr(importlib.import_module(LOADER), name)
