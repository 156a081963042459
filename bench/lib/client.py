"""A small HTTP client for the benchmark's journeys: a cookie jar, the portal's CSRF double
submit, sign-in (with the officer's TOTP code), multipart uploads. Standard library only, so the
benchmark needs nothing from PyPI."""

import base64
import hashlib
import hmac
import http.client
import re
import struct
import time
import urllib.parse
import uuid

PASSWORD = "hoa ban nở trắng núi rừng Tây Bắc"


class Client:
    def __init__(self, base):
        u = urllib.parse.urlsplit(base)
        self.base = base
        self.host, self.port = u.hostname, u.port
        self.jar = {}
        self.conn = None

    def _conn(self):
        if self.conn is None:
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=120)
        return self.conn

    def request(self, method, path, body=None, headers=None):
        h = {"Origin": self.base}
        if self.jar:
            h["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.jar.items())
        h.update(headers or {})
        for attempt in (0, 1):
            try:
                c = self._conn()
                c.request(method, path, body=body, headers=h)
                r = c.getresponse()
                data = r.read()
                break
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.conn = None
                if attempt:
                    raise
        for k, v in r.getheaders():
            if k.lower() == "set-cookie":
                name, _, rest = v.partition("=")
                value = rest.split(";", 1)[0]
                if value:
                    self.jar[name.strip()] = value
                else:
                    self.jar.pop(name.strip(), None)
        return r.status, r.getheader("Location"), data

    def csrf(self):
        if "csrf" not in self.jar:
            self.request("GET", "/dang-nhap")
        return self.jar["csrf"]

    def post_form(self, path, fields):
        body = urllib.parse.urlencode([("csrf", self.csrf())] + list(fields)).encode()
        return self.request("POST", path, body, {"Content-Type": "application/x-www-form-urlencoded"})

    def post_multipart(self, path, fields, files):
        boundary = uuid.uuid4().hex
        parts = []
        for k, v in [("csrf", self.csrf())] + list(fields):
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode())
        for k, name, data in files:
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"; filename="{name}"\r\n'
                f"Content-Type: application/pdf\r\n\r\n".encode() + data + b"\r\n"
            )
        parts.append(f"--{boundary}--\r\n".encode())
        return self.request("POST", path, b"".join(parts), {"Content-Type": f"multipart/form-data; boundary={boundary}"})

    def sign_in(self, email, totp_secret=None):
        status, location, _ = self.post_form("/dang-nhap", [("dinh_danh", email), ("mat_khau", PASSWORD)])
        if status != 303:
            raise RuntimeError(f"sign-in of {email}: HTTP {status}")
        if totp_secret:
            status, location, _ = self.post_form("/dang-nhap/ma-xac-thuc", [("ma", totp(totp_secret))])
            if status != 303:
                # Each code is good once: a second sign-in in the same 30 s waits for the next.
                time.sleep(30 - time.time() % 30 + 1)
                status, location, _ = self.post_form("/dang-nhap/ma-xac-thuc", [("ma", totp(totp_secret))])
            if status != 303:
                raise RuntimeError(f"second factor of {email}: HTTP {status}")
        # Follow the redirect as a browser does: the first page of the session brings the CSRF
        # token bound to it (the visitor's token is no longer accepted once signed in).
        self.request("GET", location.replace(self.base, "") if location else "/")
        return self

    def cookie_header(self):
        return "; ".join(f"{k}={v}" for k, v in self.jar.items())


def totp(secret, at=None):
    """RFC 6238 with the portal's parameters (SHA-1, 6 digits, 30 s)."""
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    step = int((at or time.time()) // 30)
    mac = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest()
    offset = mac[-1] & 0x0F
    return f"{(struct.unpack('>I', mac[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000:06d}"


def version_of(page):
    m = re.search(rb'name="phien_ban" value="(\d+)"', page)
    return m.group(1).decode() if m else None
