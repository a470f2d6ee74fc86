"""A bank's tables are checked for depth only when the models refuse them: the models
accept nothing nested deeper than themselves, which is well within the limit."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from storybuilder import bank
from storybuilder.bank import BankFile


def depth(schema: dict[str, Any], defs: dict[str, Any], seen: frozenset[str]) -> int:
    """How deep data the (JSON) schema accepts can nest: tables and arrays count."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        assert name not in seen, f"{name} holds itself: its data could nest without end"
        return depth(defs[name], defs, seen | {name})
    below = [
        depth(s, defs, seen) for key in ("anyOf", "allOf", "oneOf") for s in schema.get(key, [])
    ]
    if schema.get("type") == "object":
        parts = [*schema.get("properties", {}).values()]
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            parts.append(extra)
        below.append(1 + max((depth(p, defs, seen) for p in parts), default=0))
    if schema.get("type") == "array":
        items = [schema["items"]] if "items" in schema else []
        items += schema.get("prefixItems", [])
        below.append(1 + max((depth(i, defs, seen) for i in items), default=0))
    return max(below, default=0)


def model_depth(model: type[BaseModel]) -> int:
    schema = model.model_json_schema()
    return depth(schema, schema.get("$defs", {}), frozenset())


def test_the_models_nest_as_deep_as_said_and_within_the_limit() -> None:
    assert model_depth(BankFile) == bank.MODEL_DEPTH
    assert bank.MODEL_DEPTH < bank._MAX_DEPTH
