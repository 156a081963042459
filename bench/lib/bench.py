#!/usr/bin/env python3
"""The portal's benchmark suite (run through bench/run.sh, which installs the tools and builds).

For each database backend: generate (once, then reused) the provincial-scale data, start the
release `portal serve`, and measure the journeys with wrk at 1, 16 and 64 connections; the
references of the same machine in the same run (nginx serving the same rendered HTML, pgbench
running the lookup's SELECTs); uploads against dd; the full filing flow; the footprint. Prints a
Markdown report and writes it to bench/results/latest.md."""

import argparse
import gzip
import os
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

sys.path.insert(0, os.path.dirname(__file__))
from client import Client, version_of  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BIN = os.environ.get("BENCH_PORTAL_BIN") or os.path.join(ROOT, "target", "release", "portal")
WORK = os.path.join(ROOT, "bench", "data")
LIB = os.path.dirname(os.path.abspath(__file__))
OFFICER = "tiepnhan@tai.example"
OFFICER_TOTP = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
CITIZEN = "nguoidan000000@tai.example"
PG = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432")
LEVELS = (1, 16, 64)

report = []  # Markdown lines


def say(msg):
    print(f"\033[1;34m==>\033[0m {msg}", file=sys.stderr, flush=True)


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def kb(pid, key):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0


class Portal:
    """One `portal serve` process on a backend."""

    def __init__(self, name, database_url, extra=None):
        self.name = name
        self.data_dir = os.path.join(WORK, name)
        os.makedirs(self.data_dir, exist_ok=True)
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.env = dict(
            os.environ,
            DATABASE_URL=database_url,
            PORTAL_DATA_DIR=self.data_dir,
            PORTAL_LISTEN=f"127.0.0.1:{self.port}",
            PORTAL_BASE_URL=self.base,
            PORTAL_SITE_ROOT=os.path.join(ROOT, "target", "site"),
            # The lookup journeys come "from" many addresses through a trusted local proxy, as
            # citizens do through the province's load balancer.
            PORTAL_TRUSTED_PROXIES="127.0.0.1",
            PORTAL_UPLOAD_MAX_MB="128",
            RUST_LOG="warn",
            **(extra or {}),
        )
        self.proc = None

    def run(self, *args, timed=False):
        """Runs a `portal` command; `timed` adds its peak memory from GNU time."""
        cmd = (["/usr/bin/time", "-v"] if timed else []) + [BIN, *args]
        out = subprocess.run(cmd, env=self.env, capture_output=True, text=True)
        if out.returncode != 0:
            raise RuntimeError(f"portal {' '.join(args)}: {out.stderr}")
        if timed:
            m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", out.stderr)
            return out.stdout + (f"peak memory of the generator {int(m.group(1)) / 1024:.0f} MB\n" if m else "")
        return out.stdout

    def start(self):
        log = open(os.path.join(self.data_dir, "serve.log"), "a")
        started = time.monotonic()
        self.proc = subprocess.Popen([BIN, "serve"], env=self.env, stdout=log, stderr=log)
        while True:
            try:
                with urllib.request.urlopen(self.base + "/readyz", timeout=1) as r:
                    if r.status == 200:
                        break
            except Exception:
                pass
            if self.proc.poll() is not None:
                raise RuntimeError(f"portal serve exited; see {log.name}")
            time.sleep(0.02)
        self.startup = time.monotonic() - started
        return self

    def rss_mb(self):
        return kb(self.proc.pid, "VmRSS") / 1024

    def reset_peak(self):
        with open(f"/proc/{self.proc.pid}/clear_refs", "w") as f:
            f.write("5")

    def peak_mb(self):
        return kb(self.proc.pid, "VmHWM") / 1024

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()


# ---------------------------------------------------------------------------------------- wrk

REPORT_LUA = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("BENCH %d %d %d %d %d\\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(99), e.connect + e.read + e.write + e.status + e.timeout))
end
"""


def wrk(url, conns, seconds, lua="", sampler=None):
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(lua + REPORT_LUA)
        script = f.name
    cmd = ["wrk", "-t", str(min(2, conns)), "-c", str(conns), "-d", f"{seconds}s", "--timeout", "10s", "-s", script, url]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0.0
    while proc.poll() is None:
        if sampler:
            peak = max(peak, sampler())
        time.sleep(0.2)
    out = proc.stdout.read()
    os.unlink(script)
    m = re.search(r"BENCH (\d+) (\d+) (\d+) (\d+) (\d+)", out)
    if not m:
        raise RuntimeError(f"wrk printed no result: {out} {proc.stderr.read()}")
    n, dur, p50, p99, errors = map(int, m.groups())
    return {"rps": n / (dur / 1e6), "p50": p50 / 1000, "p99": p99 / 1000, "errors": errors, "requests": n, "peak": peak}


def fmt(r):
    return [f"{r['rps']:,.0f}", f"{r['p50']:.1f}", f"{r['p99']:.1f}", str(r["errors"])]


def settle(portal):
    """Waits until the portal has worked off what the last measurement left queued (wrk stops
    sending, but requests already accepted still run), so one journey does not pay for another."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        started = time.monotonic()
        try:
            urllib.request.urlopen(portal.base + "/readyz", timeout=10).read()
        except Exception:
            pass
        if time.monotonic() - started < 0.05:
            return
        time.sleep(0.5)


def cookie_lua(cookie):
    return f'wrk.headers["Cookie"] = "{cookie}"\n'


def lookup_lua(pairs, path):
    rows = ",".join(f'{{"{c}","{k}"}}' for c, k in pairs)
    return f"""
local codes = {{{rows}}}
init = function(args) math.randomseed(os.time() + math.floor(os.clock() * 1000000)) end
request = function()
  local c = codes[math.random(#codes)]
  local ip = "10." .. math.random(0, 255) .. "." .. math.random(0, 255) .. "." .. math.random(1, 254)
  return wrk.format("GET", "{path}" .. c[1] .. "&{'check' if 'api' in path else 'kiem_tra'}=" .. c[2], {{["X-Forwarded-For"] = ip}})
end
"""


def sign_in_lua(base, csrf, emails):
    rows = ",".join(f'"{e}"' for e in emails)
    return f"""
local emails = {{{rows}}}
local pw = "hoa%20ban%20n%E1%BB%9F%20tr%E1%BA%AFng%20n%C3%BAi%20r%E1%BB%ABng%20T%C3%A2y%20B%E1%BA%AFc"
init = function(args) math.randomseed(os.time() + math.floor(os.clock() * 1000000)) end
request = function()
  local body = "csrf={csrf}&dinh_danh=" .. emails[math.random(#emails)] .. "&mat_khau=" .. pw
  return wrk.format("POST", "/dang-nhap", {{["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = "csrf={csrf}", ["Origin"] = "{base}"}}, body)
end
"""


# -------------------------------------------------------------------------------- data set-up


def prepare(backend, dossiers, queue=0, kind="", extra=()):
    """A database with the demo and the synthetic scale data; generated once per size (and
    `kind`, with `extra` arguments to the generator: the statistics benchmark's year)."""
    name = f"{kind}-{dossiers}" if kind else str(dossiers)
    if backend == "postgres":
        db = f"portal_bench_{name.replace('-', '_')}"
        url = f"{PG}/{db}"
        exists = subprocess.run(
            ["psql", PG + "/postgres", "-tAc", f"SELECT 1 FROM pg_database WHERE datname = '{db}'"],
            capture_output=True, text=True).stdout.strip() == "1"
        if not exists:
            subprocess.run(["psql", PG + "/postgres", "-qc", f"CREATE DATABASE {db}"], check=True)
    else:
        path = os.path.join(WORK, f"sqlite-{name}", "portal.sqlite")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        url = f"sqlite://{path}"
    portal = Portal(f"{backend}-{name}", url)
    marker = os.path.join(portal.data_dir, "generated")
    if not os.path.exists(marker):
        say(f"{backend}: generating {dossiers:,} dossiers (once; kept in {portal.data_dir})")
        started = time.monotonic()
        portal.run("migrate")
        portal.run("seed")
        portal.run("seed", "--synthetic", "2000")
        out = portal.run("seed", "--synthetic", "2000", "--dossiers", str(dossiers), "--queue", str(queue),
                         *extra, timed=True)
        print(out.strip(), file=sys.stderr)
        with open(marker, "w") as f:
            f.write(f"{out.strip()}\nall seeding took {time.monotonic() - started:.0f} s\n")
    # Vacuumed and analysed before each run, as autovacuum keeps a production database: the
    # previous run's filing flows added rows (open tasks, queued dossiers), and this machine's
    # PostgreSQL runs without autovacuum. With a table's statistics from when it was empty the
    # queue's join became a nested loop over every open task (10 ms instead of 1 ms a page);
    # without the visibility map the queue's index-only walk fetched thousands of heap pages.
    if backend == "postgres":
        subprocess.run(["psql", url, "-qc", "VACUUM ANALYZE"], check=True)
    else:
        con = sqlite3.connect(url.removeprefix("sqlite://"))
        con.execute("ANALYZE")
        con.close()
    return portal, url


def sample_codes(backend, url, n=5000):
    sql = ("SELECT code, substr(owner_id_number, 9, 4) FROM dossiers WHERE code LIKE '%.H99-%' "
           f"ORDER BY random() LIMIT {n}")
    if backend == "postgres":
        out = subprocess.run(["psql", url, "-tA", "-F", " ", "-c", sql], capture_output=True, text=True, check=True).stdout
        return [tuple(line.split(" ")) for line in out.splitlines() if line]
    con = sqlite3.connect(url.removeprefix("sqlite://"))
    rows = con.execute(sql).fetchall()
    con.close()
    return rows


def db_size(backend, url):
    if backend == "postgres":
        out = subprocess.run(["psql", url, "-tAc", "SELECT pg_database_size(current_database())"],
                             capture_output=True, text=True).stdout.strip()
        return int(out or 0) / 1e9
    return os.path.getsize(url.removeprefix("sqlite://")) / 1e9


# ------------------------------------------------------------------------------------ journeys


def journeys(backend, url, portal, seconds, static_dir):
    citizen = Client(portal.base).sign_in(CITIZEN)
    officer = Client(portal.base).sign_in(OFFICER, OFFICER_TOTP)
    pairs = sample_codes(backend, url)
    # The pages as a visitor receives them, saved for nginx (which serves them as they are).
    pages = {
        "catalog search page": "/thu-tuc?q=giay+phep+xay+dung",
        "procedure detail page": "/thu-tuc/9.000123",
    }
    status, _, home = Client(portal.base).request("GET", "/")
    assert status == 200, ("home", status)
    pages["stylesheet (static file)"] = re.search(rb'href="(/pkg/[^"]+\.css)"', home).group(1).decode()
    for name, path in pages.items():
        status, _, body = Client(portal.base).request("GET", path)
        assert status == 200, (name, status)
        with open(os.path.join(static_dir, name.replace(" ", "_") + ".html"), "wb") as f:
            f.write(body)
    rows = []
    q = officer.cookie_header()
    # A browser whose session has expired still sends its cookie: the page is rendered for it,
    # never taken from the anonymous visitors' cache, so these rows measure the rendering.
    expired = cookie_lua("phien=" + "0" * 64)
    plan = [
        ("catalog search page", portal.base + pages["catalog search page"], ""),
        ("catalog search page, rendered (not from the page cache)", portal.base + pages["catalog search page"], expired),
        ("procedure detail page", portal.base + pages["procedure detail page"], ""),
        ("procedure detail page, rendered (not from the page cache)", portal.base + pages["procedure detail page"], expired),
        ("stylesheet (static file)", portal.base + pages["stylesheet (static file)"], ""),
        ("lookup (HTML page)", portal.base + "/", lookup_lua(pairs, "/tra-cuu?ma=")),
        ("lookup (JSON API)", portal.base + "/", lookup_lua(pairs, "/api/v1/lookup?code=")),
        ("reception queue, page 1 of 20,000", portal.base + "/can-bo", cookie_lua(q)),
        ("reception queue, page 200", portal.base + "/can-bo?trang=200", cookie_lua(q)),
        ("citizen's dossier list", portal.base + "/ho-so", cookie_lua(citizen.cookie_header())),
    ]
    # The queue really is the 20,000-dossier one.
    status, _, page = officer.request("GET", "/can-bo?trang=200")
    assert status == 200 and b"H99-" in page, "page 200 of the queue has rows"
    peak_rss = 0.0
    for name, target, lua in plan:
        results = []
        for c in LEVELS:
            settle(portal)
            r = wrk(target, c, seconds, lua, sampler=portal.rss_mb if c == 64 else None)
            peak_rss = max(peak_rss, r["peak"])
            results.append(r)
        rows.append((name, results))
        say(f"{backend}: {name}: " + " / ".join(f"{r['rps']:,.0f} rps p99 {r['p99']:.1f} ms" for r in results))
    # Sign-in: Argon2id is the cost; reported apart.
    csrf = Client(portal.base).csrf()
    emails = [f"nguoidan{n:06d}@tai.example" for n in range(1, 200)]
    results = [wrk(portal.base + "/", c, seconds, sign_in_lua(portal.base, csrf, emails),
                   sampler=portal.rss_mb if c == 64 else None) for c in LEVELS]
    sign_in_peak = max(r["peak"] for r in results)
    rows.append(("sign-in (Argon2id 19 MiB, t=2)", results))
    return rows, peak_rss, sign_in_peak


def nginx_reference(static_dir, seconds):
    port = free_port()
    conf = os.path.join(static_dir, "nginx.conf")
    with open(conf, "w") as f:
        f.write(f"""
worker_processes 2;
pid {static_dir}/nginx.pid;
error_log {static_dir}/nginx-error.log;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  default_type text/html;
  server {{ listen 127.0.0.1:{port}; root {static_dir}; }}
}}
""")
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    subprocess.run([nginx, "-c", conf, "-p", static_dir], check=True)
    try:
        time.sleep(0.3)
        out = {}
        for file in sorted(os.listdir(static_dir)):
            if file.endswith(".html"):
                name = file.removesuffix(".html").replace("_", " ")
                out[name] = [wrk(f"http://127.0.0.1:{port}/{file}", c, seconds) for c in LEVELS]
        return out
    finally:
        subprocess.run([nginx, "-c", conf, "-p", static_dir, "-s", "stop"])


PGBENCH_SQL = """\\set id random(1, :maxid)
SELECT d.id, d.status, d.owner_id_number, d.owner_phone, p.name, a.name, d.submitted_at FROM dossiers d JOIN procedures p ON p.id = d.procedure_id JOIN agencies a ON a.id = d.agency_id WHERE d.id = :id;
SELECT at, to_status FROM dossier_events WHERE dossier_id = :id AND public ORDER BY id;
"""


def pgbench_reference(url, seconds):
    maxid = subprocess.run(["psql", url, "-tAc", "SELECT MAX(id) FROM dossiers"], capture_output=True, text=True).stdout.strip()
    with tempfile.NamedTemporaryFile("w", suffix=".sql", delete=False) as f:
        f.write(PGBENCH_SQL)
        script = f.name
    out = []
    for c in LEVELS:
        r = subprocess.run(["pgbench", "-n", "-c", str(c), "-j", str(min(2, c)), "-T", str(seconds), "-D", f"maxid={maxid}",
                            "-f", script, "-r", url], capture_output=True, text=True)
        m = re.search(r"tps = ([\d.]+)", r.stdout)
        lat = re.search(r"latency average = ([\d.]+) ms", r.stdout)
        out.append({"rps": float(m.group(1)) if m else 0.0, "avg": float(lat.group(1)) if lat else 0.0})
    os.unlink(script)
    return out


# ------------------------------------------------------------------------------ uploads, flows


def make_pdf(path, size):
    with open(path, "wb") as f:
        f.write(b"%PDF-1.7\n")
        block = os.urandom(1024 * 1024)
        left = size - 9
        while left > 0:
            f.write(block[:left])
            left -= len(block)


def upload(portal, big):
    c = Client(portal.base).sign_in(CITIZEN)
    status, location, _ = c.post_form("/ho-so/tao", [("thu_tuc", "9.000000")])
    assert status == 303, status
    path = location.replace(portal.base, "")
    portal.reset_peak()
    before = portal.peak_mb()
    started = time.monotonic()
    r = subprocess.run(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "-H", f"Origin: {portal.base}",
                        "-H", f"Cookie: {c.cookie_header()}", "-F", f"csrf={c.csrf()}", "-F", "hanh_dong=luu",
                        "-F", f"tep.1=@{big};type=application/pdf", portal.base + path], capture_output=True, text=True)
    elapsed = time.monotonic() - started
    time.sleep(0.3)
    assert r.stdout in ("303", "200"), f"upload answered {r.stdout}"
    size_mb = os.path.getsize(big) / 1e6
    return {"mbps": size_mb / elapsed, "growth": portal.peak_mb() - before, "seconds": elapsed}


def dd_speed(directory, sync):
    """dd writing 100 MB into the store's folder (best of three), to the page cache or synced."""
    target = os.path.join(directory, "dd.bin")
    args = ["dd", "if=/dev/zero", f"of={target}", "bs=1M", "count=100"] + (["conv=fsync"] if sync else [])
    best = 0.0
    for _ in range(3):
        r = subprocess.run(args, capture_output=True, text=True)
        os.unlink(target)
        m = re.search(r"(\d+) bytes .* copied, ([\d.]+) s", r.stderr)
        best = max(best, int(m.group(1)) / float(m.group(2)) / 1e6)
    return best


def filing_flow(portal, users, seconds, receive):
    """Each user: create a draft, upload two 1 MB documents, submit (and, with `receive`, the
    counter opens the dossier and accepts it). Returns dossiers per second and failures."""
    small = os.urandom(1024 * 1024)
    pdf = b"%PDF-1.7\n" + small
    officer = Client(portal.base).sign_in(OFFICER, OFFICER_TOTP) if receive else None
    jar = dict(officer.jar) if officer else None
    done, failed = [0], [0]
    lock = threading.Lock()
    deadline = [0.0]
    clients = [Client(portal.base).sign_in(f"nguoidan{n:06d}@tai.example") for n in range(1000, 1000 + users)]

    def one(c, clerk):
        status, location, _ = c.post_form("/ho-so/tao", [("thu_tuc", "9.000000")])
        if status != 303:
            return False
        path = location.replace(portal.base, "")
        for slot in (1, 2):
            status, _, _ = c.post_multipart(path, [("hanh_dong", "luu"), ("f.noi_dung", "Đề nghị (đo tải)")],
                                            [(f"tep.{slot}", f"giay-to-{slot}.pdf", pdf)])
            if status != 303:
                return False
        # The draft page is one multipart form (its files and its buttons).
        status, location, _ = c.post_multipart(path, [("hanh_dong", "nop"), ("f.noi_dung", "Đề nghị (đo tải)")], [])
        if status != 303 or "da_nop" not in (location or ""):
            return False
        if clerk:
            status, _, page = clerk.request("GET", path)
            version = version_of(page)
            if status != 200 or not version:
                return False
            dossier = path.rsplit("/", 1)[1]
            status, _, _ = clerk.post_form(f"/can-bo/ho-so/{dossier}", [("hanh_dong", "tiep_nhan"), ("phien_ban", version)])
            if status != 303:
                return False
        return True

    def user(c):
        clerk = None
        if jar is not None:
            clerk = Client(portal.base)
            clerk.jar = dict(jar)
        while time.monotonic() < deadline[0]:
            ok = one(c, clerk)
            with lock:
                (done if ok else failed)[0] += 1

    deadline[0] = time.monotonic() + seconds
    started = time.monotonic()
    threads = [threading.Thread(target=user, args=(c,)) for c in clients]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return {"per_s": done[0] / (time.monotonic() - started), "done": done[0], "failed": failed[0]}


# ------------------------------------------------------------------------------------- report


def site_sizes(base):
    """The first page a citizen loads: its HTML, then CSS, JS and wasm, raw and gzipped."""
    html = urllib.request.urlopen(base + "/").read()
    assets = re.findall(rb'(?:href|src)="(/pkg/[^"]+)"', html)
    sizes = {"HTML": (len(html), len(gzip.compress(html, 6)))}
    seen = set()
    for a in assets:
        a = a.decode()
        if a in seen:
            continue
        seen.add(a)
        body = urllib.request.urlopen(base + a).read()
        kind = "CSS" if a.endswith(".css") else "JS" if a.endswith(".js") else "wasm" if a.endswith(".wasm") else a
        sizes[kind] = (len(body), len(gzip.compress(body, 6)))
    wasm = [os.path.join(ROOT, "target", "site", "pkg", f) for f in os.listdir(os.path.join(ROOT, "target", "site", "pkg")) if f.endswith(".wasm")]
    if "wasm" not in sizes and wasm:
        body = open(wasm[0], "rb").read()
        sizes["wasm"] = (len(body), len(gzip.compress(body, 9)))
    return sizes


def table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return out


def profile(backends, dossiers, queue, seconds=10):
    """CPU profiles (perf, call stacks from line tables) of pages under 16 connections, drawn as
    flame graphs into docs/profiles/ (bench/profile.sh)."""
    out_dir = os.path.join(ROOT, "docs", "profiles")
    os.makedirs(out_dir, exist_ok=True)
    expired = cookie_lua("phien=" + "0" * 64)
    for backend in backends:
        portal, _ = prepare(backend, dossiers, queue)
        portal.start()
        try:
            officer = Client(portal.base).sign_in(OFFICER, OFFICER_TOTP)
            plan = [
                ("catalog", "/thu-tuc?q=giay+phep+xay+dung", expired),
                ("procedure", "/thu-tuc/9.000123", expired),
                ("queue", "/can-bo", cookie_lua(officer.cookie_header())),
            ]
            for name, path, lua in plan:
                settle(portal)
                data = os.path.join(portal.data_dir, f"perf-{name}.data")
                perf = subprocess.Popen(["perf", "record", "-e", "cpu-clock", "-F", "199", "--call-graph", "dwarf,16384", "-p",
                                         str(portal.proc.pid), "-o", data, "--", "sleep", str(seconds)],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                r = wrk(portal.base + path, 16, seconds, lua)
                perf.wait()
                svg = os.path.join(out_dir, f"{backend}-{name}.svg")
                # --no-inline: resolving inlined frames runs addr2line over the whole binary (minutes).
                script = subprocess.run(["perf", "script", "--no-inline", "-i", data], capture_output=True, check=True).stdout
                folded = subprocess.run(["inferno-collapse-perf"], input=script, capture_output=True, check=True).stdout
                title = f"{backend}: {path} at 16 connections, {r['rps']:,.0f} rps, p99 {r['p99']:.1f} ms"
                drawn = subprocess.run(["inferno-flamegraph", "--title", title, "--width", "1400", "--minwidth", "0.3"],
                                       input=folded, capture_output=True, check=True).stdout
                # The embedded script's comment lines (inferno's own notes) are not needed to draw.
                drawn = b"\n".join(line for line in drawn.split(b"\n") if not line.strip().startswith(b"//"))
                with open(svg, "wb") as f:
                    f.write(drawn)
                os.unlink(data)
                say(f"{backend}: {name}: {r['rps']:,.0f} rps, p99 {r['p99']:.1f} ms -> {svg}")
        finally:
            portal.stop()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dossiers", type=int, default=int(os.environ.get("BENCH_DOSSIERS", 1_000_000)))
    ap.add_argument("--queue", type=int, default=20_000)
    ap.add_argument("--seconds", type=int, default=int(os.environ.get("BENCH_SECONDS", 10)))
    ap.add_argument("--backends", default=os.environ.get("BENCH_BACKENDS", "postgres,sqlite"))
    ap.add_argument("--s3", default=os.environ.get("BENCH_S3_ENDPOINT", ""))
    ap.add_argument("--profile", action="store_true", help="flame graphs instead of the report (bench/profile.sh)")
    args = ap.parse_args()
    os.makedirs(WORK, exist_ok=True)
    if args.profile:
        profile(args.backends.split(","), args.dossiers, args.queue)
        return
    cpu = open("/proc/cpuinfo").read()
    model = re.search(r"model name\s*: (.*)", cpu)
    report.append("# Benchmark results")
    report.append("")
    report.append(f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; {os.cpu_count()} cores "
                  f"({model.group(1) if model else 'unknown CPU'}); git {git_head()}; release build; "
                  f"{args.seconds} s per measurement; wrk with 2 threads on the same machine (it takes CPU from the portal, "
                  "as it does from nginx). Latencies in ms; rps = requests per second; errors = non-2xx/3xx and socket errors.")
    footprint = []
    for backend in args.backends.split(","):
        portal, url = prepare(backend, args.dossiers, args.queue)
        generation = open(os.path.join(portal.data_dir, "generated")).read().strip().replace("\n", "; ")
        portal.start()
        try:
            time.sleep(1)
            idle = portal.rss_mb()
            static_dir = tempfile.mkdtemp(prefix="bench-static-")
            rows, peak_rss, sign_in_peak = journeys(backend, url, portal, args.seconds, static_dir)
            ref = nginx_reference(static_dir, args.seconds)
            pg = pgbench_reference(url, args.seconds) if backend == "postgres" else None
            report.append("")
            report.append(f"## {backend}: {args.dossiers:,} dossiers ({db_size(backend, url):.1f} GB on disk)")
            report.append("")
            report.append(f"Data: {generation}.")
            report.append("")
            header = ["journey"] + [h for c in LEVELS for h in (f"{c} conn rps", "p50", "p99", "err")]
            report.extend(table(header, [[name] + [x for r in rs for x in fmt(r)] for name, rs in rows]))
            report.append("")
            ref_rows = []
            by_name = dict(rows)
            for name, rs in ref.items():
                ref_rows.append([f"nginx, same bytes: {name}"] + [f"{r['rps']:,.0f} rps, p99 {r['p99']:.1f}" for r in rs])
                for journey in (j for j in by_name if j.startswith(name)):
                    ref_rows.append([f"portal / nginx: {journey}"] + [f"{p['rps'] / r['rps']:.0%}" for p, r in zip(by_name[journey], rs)])
            if pg:
                ref_rows.append(["pgbench, the lookup's two SELECTs"] + [f"{r['rps']:,.0f} tps, avg {r['avg']:.2f}" for r in pg])
                ref_rows.append(["portal JSON lookup / pgbench"] + [f"{p['rps'] / r['rps']:.0%}" for p, r in zip(by_name["lookup (JSON API)"], pg)])
            report.extend(table(["reference"] + [f"{c} conn" for c in LEVELS], ref_rows))
            shutil.rmtree(static_dir, ignore_errors=True)
            flows = []
            for receive in (False, True):
                r = filing_flow(portal, 16, max(args.seconds, 10), receive)
                flows.append(["create + 2 × 1 MB uploads + submit" + (" + reception" if receive else ""),
                              f"{r['per_s']:.1f}", r["done"], r["failed"]])
            report.append("")
            report.extend(table(["filing flow, 16 users", "dossiers/s", "completed", "failed"], flows))
            footprint.append([backend, f"{idle:.1f}", f"{peak_rss:.1f}", f"{sign_in_peak:.1f}", f"{portal.startup:.2f}"])
            # Start-up on the big database, measured again on a fresh process.
            portal.stop()
            times = []
            for _ in range(3):
                portal.start()
                times.append(portal.startup)
                portal.stop()
            footprint[-1][-1] = f"{min(times):.2f} (best of 3)"
            portal.start()
            if backend == args.backends.split(",")[0]:
                sizes = site_sizes(portal.base)
                uploads(portal, args.s3, url)
        finally:
            portal.stop()
    report.append("")
    report.append("## Footprint")
    report.append("")
    report.extend(table(["backend", "idle RSS (MB)", "RSS under 64-conn page load (MB)", "RSS under 64-conn sign-in (MB)",
                         "start-up to ready /readyz (s)"], footprint))
    report.append("")
    first = sum(v[0] for k, v in sizes.items() if k in ("HTML", "CSS"))
    first_gz = sum(v[1] for k, v in sizes.items() if k in ("HTML", "CSS"))
    report.extend(table(["first page (/) part", "bytes", "gzip bytes"],
                        [[k, f"{v[0]:,}", f"{v[1]:,}"] for k, v in sizes.items()] +
                        [["HTML + CSS (before the wasm)", f"{first:,}", f"{first_gz:,}"]]))
    text = "\n".join(report) + "\n"
    os.makedirs(os.path.join(ROOT, "bench", "results"), exist_ok=True)
    with open(os.path.join(ROOT, "bench", "results", "latest.md"), "w") as f:
        f.write(text)
    print(text)


def uploads(portal, s3, url):
    big = os.path.join(WORK, "upload-100mb.pdf")
    if not os.path.exists(big) or os.path.getsize(big) != 100 * 1000 * 1000:
        make_pdf(big, 100 * 1000 * 1000)
    rows = []
    local = upload(portal, big)
    dd_cache, dd_sync = dd_speed(portal.data_dir, False), dd_speed(portal.data_dir, True)
    rows.append(["local folder", f"{local['mbps']:.0f}", f"{local['growth']:.1f}",
                 f"{local['mbps'] / dd_cache:.0%} of {dd_cache:.0f} / {local['mbps'] / dd_sync:.0%} of {dd_sync:.0f}"])
    if s3:
        portal.stop()
        bucket = "bench"
        subprocess.run(["curl", "-s", "-X", "PUT", f"{s3}/{bucket}"], capture_output=True)
        s3_portal = Portal(portal.name, url, {
            "PORTAL_STORAGE": "s3", "PORTAL_S3_ENDPOINT": s3, "PORTAL_S3_BUCKET": bucket,
            "AWS_ACCESS_KEY_ID": "bench", "AWS_SECRET_ACCESS_KEY": "bench"})
        s3_portal.start()
        try:
            r = upload(s3_portal, big)
            rows.append([f"S3 protocol ({s3}, moto)", f"{r['mbps']:.0f}", f"{r['growth']:.1f}",
                         f"{r['mbps'] / dd_cache:.0%} of {dd_cache:.0f} / {r['mbps'] / dd_sync:.0%} of {dd_sync:.0f}"])
        finally:
            s3_portal.stop()
        portal.start()
    report.append("")
    report.append("## Upload of one 100 MB document")
    report.append("")
    report.extend(table(["store", "MB/s", "peak RSS growth (MB)", "vs dd 100 MB (page cache / fsync), MB/s"], rows))


def git_head():
    return subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()


if __name__ == "__main__":
    main()
