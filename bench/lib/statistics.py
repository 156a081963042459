#!/usr/bin/env python3
"""The statistics benchmark (run through bench/statistics.sh, which installs the tools and builds).

For each backend: generate once a year of N dossiers on the synthetic catalog (2,000
procedures), counted into `daily_stats` and `monthly_stats` by the seeder, start the release
`portal serve`, check that the page shows the year's N dossiers, and measure with wrk at 1 and 16
connections the public statistics page (the province, and one agency) and its CSV and JSON. The
page is never in the page cache (only the home, catalog, procedure and accessibility pages are),
so every request is rendered from the sums. Prints a Markdown table, writes
bench/results/statistics.md, and says whether every p99 is under the target."""

import argparse
import os
import re
import sqlite3
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from bench import ROOT, WORK, fmt, say, settle, table, wrk  # noqa: E402
from bench import prepare as bench_prepare  # noqa: E402
from client import Client  # noqa: E402

LEVELS = (1, 16)
TARGET_P99_MS = 200.0


def prepare(backend, dossiers):
    """A database with the demo and a year of synthetic dossiers; generated once per size."""
    return bench_prepare(backend, dossiers, kind="stats", extra=("--years", "1"))


def stat_rows(backend, url):
    """(day rows, month rows) of the precomputed statistics."""
    sql = "SELECT (SELECT COUNT(*) FROM daily_stats), (SELECT COUNT(*) FROM monthly_stats)"
    if backend == "postgres":
        out = subprocess.run(["psql", url, "-tA", "-F", " ", "-c", sql], capture_output=True, text=True, check=True)
        return tuple(int(x) for x in out.stdout.split())
    con = sqlite3.connect(url.removeprefix("sqlite://"))
    row = con.execute(sql).fetchone()
    con.close()
    return row


def year_received(portal, year, agency=""):
    """The year's received dossiers as the CSV gives them (its last line is the year)."""
    status, _, body = Client(portal.base).request("GET", f"/thong-ke.csv?nam={year}&co_quan={agency}")
    assert status == 200, status
    return int(body.decode("utf-8-sig").strip().splitlines()[-1].split(",")[1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dossiers", type=int, default=int(os.environ.get("BENCH_DOSSIERS", 1_000_000)))
    ap.add_argument("--seconds", type=int, default=int(os.environ.get("BENCH_SECONDS", 10)))
    ap.add_argument("--backends", default=os.environ.get("BENCH_BACKENDS", "postgres,sqlite"))
    args = ap.parse_args()
    os.makedirs(WORK, exist_ok=True)
    report = ["# Statistics benchmark", "",
              f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; {os.cpu_count()} cores; release build; "
              f"a year of {args.dossiers:,} dossiers on 2,000 procedures; {args.seconds} s per measurement; "
              "wrk with 2 threads on the same machine. Latencies in ms; target: p99 under "
              f"{TARGET_P99_MS:.0f} ms.", ""]
    failures = []
    for backend in args.backends.split(","):
        portal, url = prepare(backend, args.dossiers)
        generation = open(os.path.join(portal.data_dir, "generated")).read().strip().replace("\n", "; ")
        portal.start()
        try:
            year = time.gmtime(time.time() + 7 * 3600).tm_year
            status, _, page = Client(portal.base).request("GET", "/thong-ke")
            assert status == 200, status
            agency = re.search(rb'<option value="([^"]*\.H99)"', page).group(1).decode()
            # Dossiers of the last 365 days: most in this year, the rest in the last.
            received = year_received(portal, year) + year_received(portal, year - 1)
            assert received >= args.dossiers * 0.5, f"the page counts {received:,} dossiers"
            days, months = stat_rows(backend, url)
            plan = [
                ("/thong-ke (the province)", f"/thong-ke?nam={year}"),
                ("/thong-ke (one agency)", f"/thong-ke?nam={year}&co_quan={agency}"),
                ("/thong-ke.csv (the province)", f"/thong-ke.csv?nam={year}"),
                ("/thong-ke.json (the province)", f"/thong-ke.json?nam={year}"),
            ]
            rows = []
            for name, path in plan:
                results = []
                for c in LEVELS:
                    settle(portal)
                    r = wrk(portal.base + path, c, args.seconds)
                    results.append(r)
                    if r["p99"] >= TARGET_P99_MS or r["errors"]:
                        failures.append(f"{backend} {name} at {c} conn: p99 {r['p99']:.1f} ms, {r['errors']} errors")
                rows.append([name] + [x for r in results for x in fmt(r)])
                say(f"{backend}: {name}: " + " / ".join(f"{r['rps']:,.0f} rps p99 {r['p99']:.1f} ms" for r in results))
            report.append(f"## {backend}")
            report.append("")
            report.append(f"Data: {generation}. {received:,} dossiers received in the last two calendar years; "
                          f"{days:,} day rows, {months:,} month rows of statistics.")
            report.append("")
            header = ["request"] + [h for c in LEVELS for h in (f"{c} conn rps", "p50", "p99", "err")]
            report.extend(table(header, rows))
            report.append("")
        finally:
            portal.stop()
    report.append("Every p99 under the target." if not failures else "Over the target: " + "; ".join(failures) + ".")
    text = "\n".join(report) + "\n"
    os.makedirs(os.path.join(ROOT, "bench", "results"), exist_ok=True)
    with open(os.path.join(ROOT, "bench", "results", "statistics.md"), "w") as f:
        f.write(text)
    print(text)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
