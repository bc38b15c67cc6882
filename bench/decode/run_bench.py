#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Camera decoding benchmark: our pipeline vs ZXingReader vs zbarimg on the same frames.

Usage: bench/decode/run_bench.py [--build build] [--corpus DIR] [--count 300] [--seed N] [--reuse]

Generates the corpus (decode_corpus_generator), runs decode_bench (our decoder, timed in
process on one core) and then ZXingReader (package zxing-cpp-tools) and zbarimg (package
zbar-tools) once per frame, pinned to one core with taskset. A frame counts as read when the
ground-truth text is among the texts a tool prints. Not part of ctest.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time


def percentile(values, p):
    if not values:
        return 0.0
    v = sorted(values)
    pos = p * (len(v) - 1)
    lo = int(pos)
    hi = min(lo + 1, len(v) - 1)
    return v[lo] + (v[hi] - v[lo]) * (pos - lo)


def pinned(cmd):
    return ["taskset", "-c", "0"] + cmd


def zxing_texts(output):
    texts = []
    for line in output.splitlines():
        if line.startswith("Bytes:"):
            hexes = line.split(":", 1)[1].split()
            try:
                texts.append(bytes(int(h, 16) for h in hexes).decode("utf-8", "replace"))
            except ValueError:
                pass
    return texts


def run_tool(cmd, parse):
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True)
    ms = (time.perf_counter() - start) * 1000
    out = proc.stdout.decode("utf-8", "replace")
    return parse(out), ms, proc.returncode


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--corpus", default="/tmp/station-decode-corpus")
    ap.add_argument("--count", type=int, default=300)
    ap.add_argument("--seed", type=int, default=20210521)
    ap.add_argument("--reuse", action="store_true",
                    help="use the corpus already in --corpus (made with the same count and seed)")
    args = ap.parse_args()

    gen = os.path.join(args.build, "bench/decode/decode_corpus_generator")
    bench = os.path.join(args.build, "bench/decode/decode_bench")
    if not (args.reuse and os.path.exists(os.path.join(args.corpus, "truth.jsonl"))):
        subprocess.run([gen, args.corpus, str(args.count), str(args.seed)], check=True,
                       stderr=subprocess.DEVNULL)
    truth = [json.loads(l) for l in open(os.path.join(args.corpus, "truth.jsonl"), encoding="utf-8")]

    ours_jsonl = os.path.join(args.corpus, "ours.jsonl")
    load_before = " ".join(f"{x:.2f}" for x in os.getloadavg())
    summary = subprocess.run(pinned([bench, args.corpus, ours_jsonl]), check=True,
                             capture_output=True, text=True).stdout
    load_after = " ".join(f"{x:.2f}" for x in os.getloadavg())
    ours = {o["file"]: o for o in (json.loads(l) for l in open(ours_jsonl, encoding="utf-8"))}

    tools = {
        "ZXingReader (defaults)": (lambda f: pinned(["ZXingReader", f]), zxing_texts),
        "ZXingReader -format QRCode,Code128": (
            lambda f: pinned(["ZXingReader", "-format", "QRCode,Code128", f]), zxing_texts),
        "zbarimg (QR + Code 128)": (
            lambda f: pinned(["zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable",
                              "-Scode128.enable", f]),
            lambda out: [l for l in out.splitlines() if l]),
    }
    results = {}
    for name, (cmd, parse) in tools.items():
        read, times, crashes, by_scene = 0, [], 0, {}
        for t in truth:
            texts, ms, rc = run_tool(cmd(os.path.join(args.corpus, t["file"])), parse)
            times.append(ms)
            if rc < 0:  # killed by a signal (zbarimg exits 4 when it finds nothing)
                crashes += 1
            ok = t["text"] in texts
            read += ok
            scene = by_scene.setdefault(t["scene"], [0, 0])
            scene[0] += ok
            scene[1] += 1
        results[name] = (read, times, crashes, by_scene)

    ours_scene = {}
    ours_single = 0
    for t in truth:
        o = ours[t["file"]]
        s = ours_scene.setdefault(t["scene"], [0, 0, 0, 0])
        s[0] += o["found"]
        s[1] += 1
        s[2] += o["foundSingleFrame"]
        s[3] += o["zxingDefaults"]
        ours_single += o["foundSingleFrame"]
    ours_read = sum(o["found"] for o in ours.values())

    print(f"load average before / after decode_bench: {load_before} / {load_after}\n")
    print("## Our pipeline (decode_bench, one core)\n")
    print("```\n" + summary.strip() + "\n```\n")
    zx = results["ZXingReader (defaults)"][0]
    print(f"Frames: {len(truth)}\n")
    print("| reader | frames read | vs ZXingReader | wall ms per file median / p90 | crashed |")
    print("|---|---|---|---|---|")
    ratio = (ours_read / zx) if zx else float("inf")
    ours_all = sum(o["foundAll"] for o in ours.values())
    print(f"| ours, code in view for k frames (plain + each camera strategy) | {ours_read} | "
          f"{ratio:.2f}x | (decode only, see above) | 0 |")
    print(f"| ours, still image (all strategies, as the CLI) | {ours_all} | "
          f"{(ours_all / zx) if zx else float('inf'):.2f}x | (decode only) | 0 |")
    print(f"| ours, one frame (camera path: plain, then what the survey picks) | {ours_single} | "
          f"{(ours_single / zx) if zx else float('inf'):.2f}x | (decode only) | 0 |")
    for name, (read, times, crashes, _) in results.items():
        print(f"| {name} | {read} | {(read / zx) if zx else float('inf'):.2f}x | "
              f"{statistics.median(times):.1f} / {percentile(times, 0.9):.1f} | {crashes} |")
    print("\n| scene | frames | ours, one frame | ours, k frames | ZXing defaults in process | "
          + " | ".join(results.keys()) + " |")
    print("|---|---|---|---|---|" + "---|" * len(results))
    for scene in sorted(ours_scene):
        n = ours_scene[scene][1]
        row = [str(ours_scene[scene][2]), str(ours_scene[scene][0]), str(ours_scene[scene][3])]
        row += [str(r[3].get(scene, [0, 0])[0]) for r in results.values()]
        print(f"| {scene} | {n} | " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
