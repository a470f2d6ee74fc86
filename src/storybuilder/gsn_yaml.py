"""An argument (:mod:`storybuilder.argument`) as GSN in gsn2x's YAML dialect.

Written by hand rather than with a YAML library (storybuilder has none, and needs only
this): each element is a block mapping keyed by its id, in the argument's order, with
one attribute per line, and a list of references as a block sequence, one id per line,
so that a link added or removed is one line of a diff. Every value is a string as a
JSON-compatible double-quoted scalar, or ``true``. Double quotes leave
nothing in an author's text for YAML to interpret (``: ``, ``#``, a leading ``-``,
``yes``, anchors, tags): its escapes are JSON's, which YAML's double-quoted style reads
the same. Characters YAML does not allow in a stream at all (C0 and C1 controls, lone
surrogates, U+FFFE/U+FFFF) and the ones YAML 1.1 reads as line breaks are escaped too.
"""

from __future__ import annotations

import json
import re

from storybuilder.argument import Argument

HEADER = (
    "# GSN argument exported by storybuilder (gsn2x YAML dialect).\n"
    "# Generated from the training story: edit the story and export again.\n"
)
# Outside YAML's printable set, or a line break to YAML 1.1 (U+0085, U+2028, U+2029),
# or a byte-order mark, which YAML reads only at the start of a stream.
_NOT_PRINTABLE = re.compile("[\x7f-\x9f\ufeff\ufffe\uffff\u2028\u2029]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def quoted(text: str) -> str:
    """``text`` as a YAML double-quoted scalar that reads back as exactly ``text``
    (a lone surrogate, which no UTF-8 file can hold, becomes U+FFFD)."""
    dumped = json.dumps(_SURROGATE.sub("\ufffd", text), ensure_ascii=False)
    return _NOT_PRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped)


def to_yaml(argument: Argument) -> str:
    lines = [HEADER]
    for element in argument.elements.values():
        lines.append(f"{element.id}:")
        lines.append(f"  text: {quoted(element.text)}")
        for key, ids in (
            ("supportedBy", element.supported_by),
            ("inContextOf", element.in_context_of),
        ):
            if ids:
                lines.append(f"  {key}:")
                lines += [f"    - {quoted(i)}" for i in ids]
        if element.challenges:
            lines.append(f"  challenges: {quoted(element.challenges)}")
        if element.undeveloped:
            lines.append("  undeveloped: true")
        lines.append("")
    return "\n".join(lines)
