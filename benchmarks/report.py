#!/usr/bin/env python3
"""Turns JMH's JSON results (-rf json) into a Markdown table of scores and ratios.

Benchmark methods are named <operation>_<implementation>; the implementations are acplan ("ours"),
bare-array or hand-written lower bounds ("floor", "baseline") and peer libraries (anything else).
For each operation (and JMH parameters) it prints every implementation's median over the measured
iterations with the range [min-max] (the machine may be shared: the median resists a disturbed
iteration better than JMH's mean, which stays in JMH's own output), then
ours/floor and ours/baseline (how far above the limit acplan is: lower is better, 1.0 is the limit)
and peer/ours (how many times faster acplan is than the peer: higher is better).

Usage: report.py results.json
"""
import json
import statistics
import sys
from collections import OrderedDict

LOWER_BOUNDS = ("floor", "baseline", "floor3")
ORDER = ("ours", "floor", "baseline", "floor3")


def fmt(x):
    if x >= 1000:
        return f"{x:,.0f}"
    if x >= 10:
        return f"{x:.1f}"
    return f"{x:.2f}"


def ratio(x):
    return f"{x:,.0f}×" if x >= 100 else f"{x:.2f}×"


def main(path):
    with open(path, encoding="utf-8") as f:
        runs = json.load(f)
    groups = OrderedDict()
    for run in runs:
        full = run["benchmark"]
        cls, method = full.split(".")[-2:]
        op, _, impl = method.rpartition("_")
        if not op:
            op, impl = method, "ours"
        params = ", ".join(f"{k}={v}" for k, v in (run.get("params") or {}).items())
        metric = run["primaryMetric"]
        key = (cls, op, params)
        groups.setdefault(key, {"unit": metric["scoreUnit"], "impls": OrderedDict()})
        raw = sorted(x for fork in metric.get("rawData", [[metric["score"]]]) for x in fork)
        groups[key]["impls"][impl] = (statistics.median(raw), raw[0], raw[-1])

    print("| Benchmark | Params | Unit | Median [min–max] of the measured iterations | Ratios of medians |")
    print("|---|---|---|---|---|")
    for (cls, op, params), g in groups.items():
        impls = g["impls"]
        names = [n for n in ORDER if n in impls] + sorted(n for n in impls if n not in ORDER)
        scores = "; ".join(
            f"{n} {fmt(impls[n][0])} [{fmt(impls[n][1])}–{fmt(impls[n][2])}]" for n in names)
        ratios = []
        if "ours" in impls:
            ours = impls["ours"][0]
            for n in names:
                if n == "ours":
                    continue
                if n in LOWER_BOUNDS:
                    ratios.append(f"ours/{n} {ratio(ours / impls[n][0])}")
                else:
                    ratios.append(f"{n}/ours {ratio(impls[n][0] / ours)}")
        print(f"| {cls}.{op} | {params} | {g['unit']} | {scores} | {'; '.join(ratios)} |")

    # Growth with size: for operations with one numeric parameter, each implementation's time at every
    # size and the factor from one size to the next (10x the size at 10x the time is linear growth).
    series = OrderedDict()
    for (cls, op, params), g in groups.items():
        name, _, value = params.partition("=")
        if "," in params or not value.isdigit():
            continue
        for impl, (score, _, _) in g["impls"].items():
            series.setdefault((cls, op, name, impl, g["unit"]), []).append((int(value), score))
    if any(len(p) > 1 for p in series.values()):
        print()
        print("| Growth | Implementation | Unit | Time by size | Factor per step |")
        print("|---|---|---|---|---|")
        for (cls, op, name, impl, unit), points in series.items():
            if len(points) < 2:
                continue
            points.sort()
            times = "; ".join(f"{n:,}: {fmt(t)}" for n, t in points)
            steps = "; ".join(
                f"×{b[0] / a[0]:g} size → ×{b[1] / a[1]:.1f} time" for a, b in zip(points, points[1:]))
            print(f"| {cls}.{op} ({name}) | {impl} | {unit} | {times} | {steps} |")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
