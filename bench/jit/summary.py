#!/usr/bin/env python3
"""What the JIT compiled, and how long it took, from a JFR recording made with compilations.jfc.

    SLICES=10 LABEL=jit JAVA_OPTS="-XX:StartFlightRecording:filename=/tmp/jit.jfr,settings=$PWD/bench/jit/compilations.jfc" \
      bench/warmup.sh
    bench/jit/summary.py /tmp/jit.jfr

Prints, per 15 s after the JVM started: the wall time C2 spent compiling (a C2 thread that compiles
without a break shows about 15 s) and the number of methods; then the C2 time after the first 10 s
(start-up) by library, and the longest single C2 compilations. Needs the JDK's `jfr` tool.
"""
import collections
import datetime
import json
import re
import subprocess
import sys

SLICE = 15
LIBRARIES = [
    "org.springframework", "org.apache.ibatis", "org.mybatis", "com.mysql", "org.apache.catalina",
    "org.apache.coyote", "org.apache.tomcat", "io.micrometer", "tools.jackson", "ch.qos.logback",
    "com.zaxxer", "dev.notes", "jakarta", "java", "jdk", "sun",
]


def seconds(iso_duration):
    match = re.fullmatch(r"PT(?:(\d+)M)?([\d.]+)S", iso_duration)
    return int(match.group(1) or 0) * 60 + float(match.group(2))


def instant(iso_time):
    whole, _, fraction = iso_time.rstrip("Z").partition(".")
    return datetime.datetime.fromisoformat(whole + "+00:00").timestamp() + float("0." + (fraction or "0"))


def library(method):
    return next((lib for lib in LIBRARIES if method.startswith(lib + ".")), "other")


def main(recording):
    out = subprocess.run(["jfr", "print", "--json", "--events", "jdk.Compilation", recording],
                         check=True, capture_output=True, text=True).stdout
    events = [e["values"] for e in json.loads(out)["recording"]["events"]]
    start = min(instant(e["startTime"]) for e in events)
    compiles = []
    for e in events:
        method = e["method"]["type"]["name"].replace("/", ".") + "." + e["method"]["name"]
        compiles.append((instant(e["startTime"]) - start, seconds(e["duration"]), e["compiler"], method))
    c2 = [c for c in compiles if c[2] == "c2"]
    per_slice = collections.defaultdict(lambda: [0.0, 0])
    for at, took, _, _ in c2:
        per_slice[int(at // SLICE)][0] += took
        per_slice[int(at // SLICE)][1] += 1
    print(f"C2: {len(c2)} compilations, {sum(c[1] for c in c2):.1f} s in all")
    print(f"{'after':>6} {'C2 s':>6} {'methods':>8}")
    for s in sorted(per_slice):
        print(f"{(s + 1) * SLICE:>5}s {per_slice[s][0]:>6.1f} {per_slice[s][1]:>8}")
    by_library = collections.Counter()
    for at, took, _, method in c2:
        if at > 10:
            by_library[library(method)] += took
    print("\nC2 seconds after the first 10 s, by library:")
    for lib, took in by_library.most_common(12):
        print(f"{took:7.1f}  {lib}")
    print("\nlongest C2 compilations:")
    for at, took, _, method in sorted(c2, key=lambda c: -c[1])[:15]:
        print(f"{took:6.2f} s at {at:4.0f} s  {method}")


if __name__ == "__main__":
    main(sys.argv[1])
