#!/usr/bin/env python3
"""Prints the closing line of a test run, `N passed, N failed`, counting
the TAP test points of every meson test (a test that failed without
reporting any point counts as one failure)."""
import json
import re
import sys

passed = failed = skipped = 0
with open(sys.argv[1]) as f:
    for line in f:
        t = json.loads(line)
        out = t.get("stdout") or ""
        oks = len(re.findall(r"^ok \d+", out, re.M))
        todo = len(re.findall(r"^not ok \d+[^\n]*# TODO", out, re.M))
        bad = len(re.findall(r"^not ok \d+", out, re.M)) - todo
        skipped += todo  # TAP: a TODO point is a known gap, not a failure
        result = t.get("result")
        if result == "SKIP":
            skipped += 1
            continue
        if oks + bad + todo == 0:
            if result in ("OK", "EXPECTEDFAIL"):
                passed += 1
            else:
                failed += 1
            continue
        passed += oks
        failed += bad
        if bad == 0 and result not in ("OK", "EXPECTEDFAIL"):
            failed += 1  # e.g. a crash or a timeout after its last point
summary = f"{passed} passed, {failed} failed"
if skipped:
    summary += f", {skipped} skipped"
print(summary)
