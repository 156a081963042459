"""A flood of sign-ins with made-up identifiers, each from another address (as a botnet would
send them, through the trusted proxy's X-Forwarded-For), while a real user signs in from a
browser the portal has never seen, again and again. Prints how often the real user got in and how
long it took, and how many flood attempts the portal answered. Standard library only.

    python3 bench/lib/signin_flood.py BASE_URL [SECONDS] [FLOOD_THREADS]
"""

import random
import sys
import threading
import time
import urllib.parse

from client import PASSWORD, Client

BASE = sys.argv[1]
SECONDS = float(sys.argv[2]) if len(sys.argv) > 2 else 15
THREADS = int(sys.argv[3]) if len(sys.argv) > 3 else 16
REAL_USER = "congdan@demo.sonla.vn"


def random_address():
    return "10.%d.%d.%d" % (random.randrange(256), random.randrange(256), random.randrange(1, 255))


def sign_in(client, who, password, address):
    body = urllib.parse.urlencode([("csrf", client.csrf()), ("dinh_danh", who), ("mat_khau", password)]).encode()
    headers = {"Content-Type": "application/x-www-form-urlencoded", "X-Forwarded-For": address}
    return client.request("POST", "/dang-nhap", body, headers)


def flood(stop, answered):
    client = Client(BASE)
    while not stop.is_set():
        who = "nobody%d@example.vn" % random.randrange(10**9)
        sign_in(client, who, "sai-%f" % random.random(), random_address())
        answered[0] += 1


def real_sign_in():
    client = Client(BASE)  # a new browser: no device cookie
    started = time.monotonic()
    _, location, _ = sign_in(client, REAL_USER, PASSWORD, "192.0.2.10")
    return location == "/tai-khoan", time.monotonic() - started


def main():
    stop = threading.Event()
    answered = [0]
    threads = [threading.Thread(target=flood, args=(stop, answered), daemon=True) for _ in range(THREADS)]
    for t in threads:
        t.start()
    time.sleep(1)
    results = []
    deadline = time.monotonic() + SECONDS
    while time.monotonic() < deadline:
        results.append(real_sign_in())
        time.sleep(0.5)
    stop.set()
    ok = [d for success, d in results if success]
    durations = sorted(d for _, d in results)
    p50 = durations[len(durations) // 2] * 1000 if durations else 0
    worst = durations[-1] * 1000 if durations else 0
    print(
        "real user signed in %d of %d times during the flood (p50 %.0f ms, slowest %.0f ms); "
        "flood: %.0f attempts/s answered from %d threads"
        % (len(ok), len(results), p50, worst, answered[0] / (SECONDS + 1), THREADS)
    )
    sys.exit(0 if len(ok) == len(results) else 1)


if __name__ == "__main__":
    main()
