"""A threaded HTTP server on 127.0.0.1 that serves the faults of the web, and logs every request it gets.

Each path has a responder: a function of the request handler and of how many earlier requests the path had,
so that a path can answer 503, 503, then 200. Tests read the log (path, headers, monotonic arrival time) to
count requests and measure the waits between them, and may swap a path's responder between two harvests.
"""

from __future__ import annotations

import gzip
import re
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import pairwise

Responder = Callable[["Handler", int], None]

ETAG = '"v1"'
LAST_MODIFIED = "Thu, 22 Apr 2021 14:05:09 GMT"
ROBOTS_TXT = b"User-agent: *\nDisallow: /private/\n"
HUGE = 200_000_000
# Names whose letters are not ASCII: in windows-1252 each of them is one byte that is not valid UTF-8.
ACCENTED_NAMES = ("René Brüning", "Joël Kiel")


@dataclass(frozen=True)
class Hit:
    path: str
    headers: dict[str, str]
    at: float  # time.monotonic() when the request arrived


class Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        faults = self.server.faults
        earlier = faults.record(Hit(self.path, dict(self.headers), time.monotonic()))
        # The client may hang up, as it should on a body that is too large or too slow.
        with suppress(BrokenPipeError, ConnectionResetError):
            faults.routes.get(self.path, status(404))(self, earlier)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the tests read FaultServer.log instead."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    faults: FaultServer


class FaultServer:
    """The server on a random port; use it as a context manager."""

    def __init__(self, routes: dict[str, Responder]) -> None:
        self.routes = routes
        self.log: list[Hit] = []
        self.sent: dict[str, int] = {}  # body bytes written, per path
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._httpd = _Server(("127.0.0.1", 0), Handler)
        self._httpd.faults = self

    def __enter__(self) -> FaultServer:
        threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()  # ends the responders that hold a request open
        self._httpd.shutdown()
        self._httpd.server_close()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self._httpd.server_port}{path}"

    def record(self, hit: Hit) -> int:
        """Log a request; returns how many requests for the same path came before it."""
        with self._lock:
            earlier = sum(1 for old in self.log if old.path == hit.path)
            self.log.append(hit)
            return earlier

    def hits(self, path: str) -> list[Hit]:
        with self._lock:
            return [hit for hit in self.log if hit.path == path]

    def count_sent(self, path: str, size: int) -> None:
        with self._lock:
            self.sent[path] = self.sent.get(path, 0) + size


def _head(handler: Handler, code: int, headers: dict[str, str]) -> None:
    handler.send_response(code)
    for name, value in headers.items():
        handler.send_header(name, value)
    handler.end_headers()


def page(body: bytes, content_type: str = "text/html; charset=utf-8", etag: str = "",
         last_modified: str = "", headers: dict[str, str] | None = None) -> Responder:
    """200 with `body` and `headers`; with an ETag or Last-Modified, 304 to a request that revalidates them."""
    validators = {name: value for name, value in (("ETag", etag), ("Last-Modified", last_modified)) if value}
    headers = {"Content-Type": content_type, "Content-Length": str(len(body)), **validators, **(headers or {})}

    def respond(handler: Handler, earlier: int) -> None:
        revalidated = (etag and handler.headers.get("If-None-Match") == etag) or (
            last_modified and handler.headers.get("If-Modified-Since") == last_modified
        )
        if revalidated:
            _head(handler, 304, validators)
            return
        _head(handler, 200, headers)
        handler.wfile.write(body)

    return respond


def status(code: int, headers: dict[str, str] | None = None) -> Responder:
    """An error page with `code` and `headers`."""
    body = f"<html><body><h1>HTTP {code}</h1></body></html>".encode()

    def respond(handler: Handler, earlier: int) -> None:
        _head(handler, code, {"Content-Type": "text/html", "Content-Length": str(len(body)), **(headers or {})})
        handler.wfile.write(body)

    return respond


def retry_at(seconds: float) -> Responder:
    """503 with Retry-After as an HTTP date `seconds` from now (rounded up to the next whole second)."""

    def respond(handler: Handler, earlier: int) -> None:
        status(503, {"Retry-After": formatdate(time.time() + seconds + 1, usegmt=True)})(handler, earlier)

    return respond


def sequence(*responders: Responder) -> Responder:
    """The n-th request gets the n-th responder; the last one answers every request after that."""

    def respond(handler: Handler, earlier: int) -> None:
        responders[min(earlier, len(responders) - 1)](handler, earlier)

    return respond


def redirect(location: str, code: int = 301) -> Responder:
    def respond(handler: Handler, earlier: int) -> None:
        _head(handler, code, {"Location": location, "Content-Length": "0"})

    return respond


def silent(handler: Handler, earlier: int) -> None:
    """Accept the request and never answer (until the server stops)."""
    handler.server.faults.stopping.wait(30)


def truncated(body: bytes) -> Responder:
    """Declare the whole body's Content-Length, send half of it, then close the connection."""

    def respond(handler: Handler, earlier: int) -> None:
        _head(handler, 200, {"Content-Type": "text/html; charset=utf-8", "Content-Length": str(len(body))})
        handler.wfile.write(body[: len(body) // 2])
        handler.close_connection = True

    return respond


def endless(size: int = HUGE, declare: bool = False) -> Responder:
    """A `size`-byte HTML body made as it is sent, never held in memory; Content-Length only if `declare`."""
    chunk = b"<p>" + b"x" * (64 * 1024 - 7) + b"</p>\n"

    def respond(handler: Handler, earlier: int) -> None:
        headers = {"Content-Type": "text/html; charset=utf-8"}
        if declare:
            headers["Content-Length"] = str(size)
        _head(handler, 200, headers)
        handler.wfile.write(b"<html><body>")
        left = size
        while left > 0 and not handler.server.faults.stopping.is_set():
            piece = chunk[:left]
            handler.wfile.write(piece)
            handler.server.faults.count_sent(handler.path, len(piece))
            left -= len(piece)

    return respond


def drip(body: bytes, interval: float) -> Responder:
    """Declare the whole body, then send it one byte every `interval` seconds."""

    def respond(handler: Handler, earlier: int) -> None:
        _head(handler, 200, {"Content-Type": "text/html; charset=utf-8", "Content-Length": str(len(body))})
        for index in range(len(body)):
            if handler.server.faults.stopping.wait(interval):
                return
            handler.wfile.write(body[index : index + 1])
            handler.wfile.flush()
            handler.server.faults.count_sent(handler.path, 1)

    return respond


def accented(html: str) -> str:
    """The seed page with two hosts renamed to ACCENTED_NAMES."""
    rene, joel = ACCENTED_NAMES
    return html.replace("Anton Ederveen", rene).replace("Ederveen", rene.split()[1]).replace("Patrick Kiel", joel)


_META_CHARSET = re.compile(r"<meta charset=[\"']?utf-8[\"']?\s*/?>", re.IGNORECASE)


def with_meta(html: str, meta: str) -> str:
    """The page with its <meta charset> replaced by `meta` (empty: removed)."""
    replaced, count = _META_CHARSET.subn(meta, html)
    assert count == 1, "the seed page declares its charset once"
    return replaced


def without_sections(html: str, keep: int) -> str:
    """The page with only its first `keep` text-and-video sections."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    sections = soup.select("div.paragraph--type--text-video")
    assert len(sections) > keep, "the seed page has more sections than are kept"
    for section in sections[keep:]:
        section.decompose()
    return str(soup)


def routes(seed_html: str) -> dict[str, Responder]:
    """Every fault at its own path; /page is the seed page with an ETag and Last-Modified."""
    seed = seed_html.encode("utf-8")
    names = accented(seed_html)
    seed_page = page(seed)
    return {
        "/robots.txt": page(ROBOTS_TXT, "text/plain"),
        "/page": page(seed, etag=ETAG, last_modified=LAST_MODIFIED),
        "/private/page": seed_page,
        "/flaky": sequence(status(503), status(503), seed_page),
        "/throttled": sequence(status(429, {"Retry-After": "2"}), seed_page),
        "/throttled-until": sequence(retry_at(1), seed_page),
        "/throttled-long": sequence(status(503, {"Retry-After": "3600"}), seed_page),
        "/broken": status(500),
        "/missing": status(404),
        "/forbidden": status(403),
        "/silent": silent,
        "/cut": truncated(seed),
        "/huge": endless(),
        "/huge-declared": endless(declare=True),
        "/drip": drip(seed, 0.1),
        "/report.pdf": page(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n%%EOF\n", "application/pdf"),
        "/cp1252-header": page(with_meta(names, "").encode("cp1252"), "text/html; charset=windows-1252"),
        "/latin1-header": page(with_meta(names, "").encode("latin-1"), "text/html; charset=ISO-8859-1"),
        "/cp1252-meta": page(with_meta(names, '<meta charset="windows-1252">').encode("cp1252"), "text/html"),
        "/cp1252-http-equiv": page(
            with_meta(names, '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">')
            .encode("cp1252"),
            "text/html",
        ),
        "/bom": page(b"\xef\xbb\xbf" + names.encode("utf-8"), "text/html; charset=windows-1252"),
        "/empty": page(b""),
        "/gzipped": page(gzip.compress(seed), headers={"Content-Encoding": "gzip"}),
        # 30 MB of markup in 30 kB on the wire: only the decompressed size can enforce --max-bytes.
        "/gzip-bomb": page(gzip.compress(b"<p>" * 10_000_000), headers={"Content-Encoding": "gzip"}),
        "/loop": redirect("/loop-back"),
        "/loop-back": redirect("/loop"),
        "/moved": redirect("/page"),
        "/to-ftp": redirect("ftp://127.0.0.1/page"),
    }


def iter_gaps(hits: list[Hit]) -> Iterator[float]:
    """Seconds between consecutive requests."""
    return (later.at - earlier.at for earlier, later in pairwise(hits))
