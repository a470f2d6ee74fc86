"""Run every benchmark and print one table: ``python -m bench``.

Each figure is a median over repeated runs with its min and max, and each ratio is to
a floor measured in the same run on the same machine (these machines are shared and
noisy, so absolute times mean little). Targets are those of the product's quality bars.
"""

from __future__ import annotations

import sys

from bench import autosave, bank_load, headless, preview_refresh, wizard
from bench.common import Row, print_table


def main() -> int:
    rows: list[Row] = []
    for module in (headless, bank_load, autosave, preview_refresh, wizard):
        print(f"running {module.__name__} ...", file=sys.stderr, flush=True)
        rows.extend(module.rows())
    print_table(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
