#!/usr/bin/env python3
"""The export benchmark (run through bench/export.sh, which installs the tools and builds).

Generates once, on SQLite, a year of N dossiers on the synthetic catalog with two 16 KB PDFs each
(`portal seed --synthetic 40 --dossiers N --years 1 --documents 2`), all moved to the first
synthetic agency so that one agency's export holds them all; then runs `portal export` for that
agency as CSV, as XLSX, and as a ZIP of the CSV and every document. `portal export` writes the
export in its own process exactly as the worker does (rows by pages, documents streamed, the file
sent to the store in parts) and prints its rows, its size, the time it took and the process's
peak resident memory (VmHWM). Prints a Markdown table and writes bench/results/export.md."""

import argparse
import datetime
import os
import re
import sqlite3
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from bench import ROOT, WORK, Portal, say, table  # noqa: E402

OFFICER = "tiepnhan@tai.example"
LINE = re.compile(r"export \d+: (\d+) dossiers, (\d+) bytes in ([\d.]+) s \(([\d.]+) MB/s\), peak memory (\d+) kB")


def prepare(dossiers):
    path = os.path.join(WORK, f"sqlite-export-{dossiers}", "portal.sqlite")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    portal = Portal(f"sqlite-export-{dossiers}", f"sqlite://{path}")
    marker = os.path.join(portal.data_dir, "generated")
    if not os.path.exists(marker):
        say(f"generating {dossiers:,} dossiers with 2 documents each (once; kept in {portal.data_dir})")
        started = time.monotonic()
        portal.run("migrate")
        out = portal.run("seed", "--synthetic", "40", "--dossiers", str(dossiers), "--years", "1",
                         "--documents", "2", timed=True)
        print(out.strip(), file=sys.stderr)
        con = sqlite3.connect(path)
        con.execute("UPDATE dossiers SET agency_id = (SELECT o.agency_id FROM officers o "
                    "JOIN accounts a ON a.id = o.account_id WHERE a.email = ?)", (OFFICER,))
        con.commit()
        con.close()
        with open(marker, "w") as f:
            f.write(f"{out.strip()}\nall seeding took {time.monotonic() - started:.0f} s\n")
    con = sqlite3.connect(path)
    code = con.execute("SELECT g.code FROM agencies g JOIN officers o ON o.agency_id = g.id "
                       "JOIN accounts a ON a.id = o.account_id WHERE a.email = ?", (OFFICER,)).fetchone()[0]
    documents = con.execute("SELECT COUNT(*) FROM dossier_documents").fetchone()[0]
    con.close()
    return portal, code, documents


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dossiers", type=int, default=int(os.environ.get("BENCH_DOSSIERS", 100_000)))
    args = ap.parse_args()
    os.makedirs(WORK, exist_ok=True)
    portal, code, documents = prepare(args.dossiers)
    today = datetime.date.today()
    days = ["--from", (today - datetime.timedelta(days=400)).isoformat(), "--to", today.isoformat()]
    rows = []
    for label, extra in (("CSV", []), ("XLSX", ["--xlsx"]), ("ZIP: CSV and every document", ["--documents"])):
        say(f"exporting {label}")
        out = portal.run("export", "--agency", code, *days, *extra)
        m = LINE.search(out)
        if not m:
            raise RuntimeError(f"unexpected output: {out}")
        count, size, seconds, speed, peak = m.groups()
        rows.append([label, f"{int(count):,}", f"{int(size) / 1_048_576:,.1f} MB", f"{float(seconds):.1f} s",
                     f"{float(speed):.1f}", f"{int(peak) / 1024:.0f} MB"])
    report = [
        "# Export benchmark", "",
        f"{args.dossiers:,} dossiers of one agency, {documents:,} documents of 16 KB, SQLite and the local "
        f"store, on this machine ({os.cpu_count()} cores), {datetime.datetime.now():%Y-%m-%d %H:%M}. "
        "`portal export` writes the export in its own process as the worker does; peak memory is the "
        "process's VmHWM (the whole process: runtime, pools, the catalog's procedure names).", "",
        *table(["Export", "Dossiers", "File", "Time", "MB/s", "Peak memory"], rows),
    ]
    text = "\n".join(report) + "\n"
    print(text)
    os.makedirs(os.path.join(ROOT, "bench", "results"), exist_ok=True)
    with open(os.path.join(ROOT, "bench", "results", "export.md"), "w") as f:
        f.write(text)


if __name__ == "__main__":
    main()
