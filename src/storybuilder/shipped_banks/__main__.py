"""Validate every shipped bank in full and record it: ``python -m storybuilder.shipped_banks``.

It then records the banks' concept lexicons too (``python -m storybuilder.shipped_lexicons``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from storybuilder import tomlparse
from storybuilder.errors import BankError


def main() -> int:
    os.environ["STORYBUILDER_NO_CACHE"] = "1"  # every check runs: nothing from a cache
    from storybuilder import shipped
    from storybuilder.bank import packaged_bank_ids, parse_bank
    from storybuilder.conditions import Condition
    from storybuilder.shipped_banks import record

    folder = Path(__file__).parent
    status = 0
    for bank_id in packaged_bank_ids():
        resource = shipped.folder("question_banks") / f"{bank_id}.toml"
        text = resource.read_text(encoding="utf-8")
        target = folder / f"{bank_id}.json"
        try:
            bank = parse_bank(text, f"question_banks/{bank_id}.toml")
        except BankError as err:
            print(f"{err}\nnot recorded: {bank_id}", file=sys.stderr)
            target.unlink(missing_ok=True)
            status = 1
            continue
        sources = [q.when for q in bank.questions] + [r.when for r in bank.rules]
        conditions = {s: Condition.parse(s).as_data() for s in sources if s is not None}
        target.write_text(record(text, tomlparse.loads(text), conditions) + "\n", encoding="utf-8")
        print(f"wrote {target}")
    # The banks' concept lexicons are recorded from the banks as they are now.
    from storybuilder.shipped_lexicons.__main__ import main as record_lexicons

    return record_lexicons() or status


if __name__ == "__main__":
    raise SystemExit(main())
