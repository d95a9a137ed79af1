"""Fetch one page politely: robots.txt, an identifying User-Agent, retries with backoff, hard limits."""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import HTTPError as Urllib3Error
from urllib3.exceptions import NewConnectionError, ReadTimeoutError
from urllib3.exceptions import TimeoutError as Urllib3Timeout
from urllib3.util.retry import Retry

from scraper import USER_AGENT

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 10.0
DEFAULT_RETRIES = 3
DEFAULT_MAX_BYTES = 20_000_000
DEFAULT_DELAY = 1.0
DEFAULT_DEADLINE = 120.0
MAX_REDIRECTS = 5
# The longest Retry-After or robots.txt Crawl-delay honoured, so that a server cannot park a harvest for hours.
MAX_WAIT = 60
# Backoff between retries: 0, 2, 4, ... times this, plus up to half of it as jitter (urllib3's formula).
BACKOFF_FACTOR = 0.5
RETRY_STATUSES = (429, 500, 502, 503, 504)
HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 64 * 1024


class FetchError(Exception):
    """A page that could not be fetched as a usable HTML page; str() is the one-line reason."""


class _OutOfTime(Exception):
    """The next step of a fetch would end past its deadline; str() says which step."""


@dataclass(frozen=True)
class FetchResult:
    requested_url: str
    final_url: str
    status: int
    headers: dict[str, str]
    body: bytes
    fetched_at: str  # ISO 8601, UTC

    @property
    def content_type(self) -> str:
        return self.headers.get("Content-Type", "")

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass
class Deadline:
    """The monotonic time by which a fetch must be over; the Fetcher restarts it for each fetch."""

    seconds: float
    at: float = math.inf

    def start(self) -> None:
        self.at = time.monotonic() + self.seconds

    def left(self) -> float:
        return self.at - time.monotonic()

    def check(self, wait: float, what: str) -> None:
        """Raise _OutOfTime when `what`, taking `wait` seconds, would end past the deadline."""
        if wait >= self.left():
            raise _OutOfTime(f"{what} would end past the {self.seconds:g} s deadline")


class _DeadlineRetry(Retry):
    """urllib3's Retry, giving up instead of sleeping past the fetch's deadline, and logging each retry."""

    def __init__(self, *args: Any, deadline: Deadline | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.deadline = deadline or Deadline(math.inf)

    def new(self, **kw: Any) -> _DeadlineRetry:
        kw.setdefault("deadline", self.deadline)
        return super().new(**kw)

    def sleep(self, response: Any = None) -> None:
        # The same choice as Retry.sleep: a Retry-After header, else the backoff.
        wait = (response is not None and self.get_retry_after(response)) or self.get_backoff_time()
        last = self.history[-1]
        why = f"HTTP {last.status}" if last.status else type(last.error).__name__
        self.deadline.check(wait, f"waiting {wait:.1f} s to retry after {why}")
        log.info("retry %d of %s after %s, in %.2f s", len(self.history), last.url, why, wait)
        super().sleep(response)


def utc_now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def make_session(retries: int = DEFAULT_RETRIES, deadline: Deadline | None = None) -> requests.Session:
    """One session: the identifying User-Agent, retries with exponential backoff and jitter on the adapter."""
    session = requests.Session()
    session.headers["User-Agent"] = USER_AGENT
    session.headers["Accept"] = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"
    # requests follows redirects itself (urllib3's redirect handling is off on its adapter).
    session.max_redirects = MAX_REDIRECTS
    retry = _DeadlineRetry(
        total=retries,
        connect=retries,
        read=retries,
        status=retries,
        other=0,
        status_forcelist=RETRY_STATUSES,
        allowed_methods=frozenset({"GET", "HEAD"}),
        backoff_factor=BACKOFF_FACTOR,
        backoff_jitter=BACKOFF_FACTOR / 2,
        backoff_max=30.0,
        respect_retry_after_header=True,
        retry_after_max=MAX_WAIT,
        # The last answer comes back as is, so that the error message can name its status.
        raise_on_status=False,
        deadline=deadline,
    )
    adapter = HTTPAdapter(max_retries=retry)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


@dataclass
class Fetcher:
    """Fetches pages one at a time per host, at least `delay` seconds apart, within the given limits."""

    timeout: float = DEFAULT_TIMEOUT
    retries: int = DEFAULT_RETRIES
    max_bytes: int = DEFAULT_MAX_BYTES
    delay: float = DEFAULT_DELAY
    deadline: float = DEFAULT_DEADLINE
    respect_robots: bool = True
    session: requests.Session = field(default=None)  # type: ignore[assignment]
    _clock: Deadline = field(init=False)
    _last_request: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._clock = Deadline(self.deadline)
        if self.session is None:
            self.session = make_session(self.retries, self._clock)

    def fetch(
        self, url: str, *, etag: str = "", last_modified: str = "", types: tuple[str, ...] = HTML_TYPES
    ) -> FetchResult:
        """GET `url` as one of `types`; conditional when `etag` or `last_modified` are given (304 comes back as is)."""
        _check_scheme(url)
        self._clock.start()
        try:
            if self.respect_robots:
                self._check_robots(url)
            headers = {}
            if etag:
                headers["If-None-Match"] = etag
            if last_modified:
                headers["If-Modified-Since"] = last_modified
            with self._request(url, headers) as response:
                self._check_response(url, response, conditional=bool(headers), types=types)
                body = b"" if response.status_code == 304 else self._read_body(url, response)
        except _OutOfTime as error:
            raise FetchError(f"gave up on {url}: {error}; try a longer --deadline, or later") from None
        log.info("%s: HTTP %d, %d bytes from %s", url, response.status_code, len(body), response.url)
        return FetchResult(
            requested_url=url,
            final_url=response.url,
            status=response.status_code,
            headers=dict(response.headers),
            body=body,
            fetched_at=utc_now(),
        )

    @contextmanager
    def _request(self, url: str, headers: dict[str, str]) -> Iterator[requests.Response]:
        """One exchange with the host, at least `delay` seconds after the end of the last one."""
        host = urlsplit(url).netloc
        last = self._last_request.get(host)
        if last is not None:
            pause = self.delay - (time.monotonic() - last)
            if pause > 0:
                self._clock.check(pause, f"waiting {pause:.1f} s between requests to {host}")
                time.sleep(pause)
        try:
            with self._get(url, headers) as response:
                yield response
        finally:
            self._last_request[host] = time.monotonic()

    def _get(self, url: str, headers: dict[str, str]) -> requests.Response:
        self._clock.check(0, "the request")
        # No single wait may outlast the deadline either.
        timeout = min(self.timeout, self._clock.left())
        log.info("GET %s", url)
        try:
            return self.session.get(url, headers=headers, timeout=(timeout, timeout), stream=True)
        except requests.exceptions.TooManyRedirects:
            raise FetchError(f"more than {MAX_REDIRECTS} redirects (a redirect loop?) from {url}") from None
        except requests.exceptions.InvalidSchema as error:
            raise FetchError(f"{url} redirected to a URL that is not http(s): {_reason(error)}") from None
        except requests.exceptions.RequestException as error:
            raise FetchError(self._describe_failure(url, error)) from None

    def _describe_failure(self, url: str, error: requests.exceptions.RequestException) -> str:
        # After its retries, urllib3 reports a read timeout as a MaxRetryError that requests wraps in ConnectionError.
        cause = getattr(error.args[0], "reason", None) if error.args else None
        # urllib3's NewConnectionError (refused, no route, DNS) subclasses its timeout error; it is no timeout.
        timed_out = isinstance(cause, Urllib3Timeout) and not isinstance(cause, NewConnectionError)
        if isinstance(error, requests.exceptions.Timeout) or timed_out:
            return (
                f"no answer from {url} within --timeout {self.timeout:g} s ({self.retries} retries); "
                "try a longer --timeout, or later"
            )
        if isinstance(error, requests.exceptions.ConnectionError):
            return f"could not connect to {url}: {_reason(error)}; check the URL and the network, or try later"
        return f"request for {url} failed: {_reason(error)}"

    def _check_response(
        self, url: str, response: requests.Response, conditional: bool, types: tuple[str, ...] = HTML_TYPES
    ) -> None:
        status = response.status_code
        if status == 304 and not conditional:
            raise FetchError(f"{url} answered 304 Not Modified to a request that was not conditional")
        if status in RETRY_STATUSES:
            raise FetchError(
                f"{url} answered HTTP {status} {response.reason} after {self.retries} retries; try later"
            )
        if status >= 400:
            raise FetchError(f"{url} answered HTTP {status} {response.reason}; check the URL")
        if 300 <= status < 400 and status != 304:
            raise FetchError(f"{url} answered HTTP {status} without a usable Location")
        media_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if status != 304 and media_type and media_type not in types:
            if types != HTML_TYPES:
                raise FetchError(f"{url} is {media_type}, not {' or '.join(types)}")
            raise FetchError(f"{url} is {media_type}, not an HTML page; give the URL of the page itself")

    def _read_body(self, url: str, response: requests.Response) -> bytes:
        """The (decompressed) body, read as it arrives, within --max-bytes and the deadline."""
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(f"{url} is {int(declared):,} bytes, more than --max-bytes {self.max_bytes:,}")
        body = bytearray()
        # Count and keep the decompressed bytes (a gzip bomb stops at --max-bytes too); set as an attribute,
        # not passed to read1, because vcrpy's stand-in response (--offline) takes no such argument.
        response.raw.decode_content = True
        try:
            # read1 returns whatever has arrived, so that a slow drip still meets the deadline check.
            while chunk := response.raw.read1(_CHUNK):
                body += chunk
                if len(body) > self.max_bytes:
                    raise FetchError(f"{url} sent more than --max-bytes {self.max_bytes:,} bytes; stopped reading")
                self._clock.check(0, "reading the body")
        except ReadTimeoutError:
            raise FetchError(
                f"the body of {url} stalled for more than --timeout {self.timeout:g} s; try later"
            ) from None
        except (Urllib3Error, OSError) as error:
            raise FetchError(f"the body of {url} was cut short ({_reason(error)}); try later") from None
        return bytes(body)

    def _check_robots(self, url: str) -> None:
        from protego import Protego

        parts = urlsplit(url)
        robots_url = urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))
        if robots_url not in self._robots:
            self._robots[robots_url] = Protego.parse(self._robots_txt(robots_url))
        robots = self._robots[robots_url]
        if not robots.can_fetch(url, USER_AGENT):  # type: ignore[attr-defined]
            raise FetchError(f"robots.txt of {parts.netloc} disallows {url}; use --ignore-robots to fetch it anyway")
        crawl_delay = robots.crawl_delay(USER_AGENT)  # type: ignore[attr-defined]
        if crawl_delay:
            self.delay = max(self.delay, min(float(crawl_delay), MAX_WAIT))

    def _robots_txt(self, robots_url: str) -> str:
        """The robots.txt text: a missing one (4xx) allows everything, one the server cannot give (5xx, 429) nothing.

        This is RFC 9309, section 2.3.1: a server error may hide rules that the site wants kept.
        """
        with self._request(robots_url, {}) as response:
            status = response.status_code
            if status == 429 or status >= 500:
                raise FetchError(
                    f"robots.txt at {robots_url} answered HTTP {status} after {self.retries} retries, so it is "
                    "not known what the site allows; try later, or use --ignore-robots"
                )
            if status >= 400:
                return ""
            return self._read_body(robots_url, response).decode("utf-8", errors="replace")


def _check_scheme(url: str) -> None:
    if urlsplit(url).scheme not in ("http", "https"):
        raise FetchError(f"not an http(s) URL: {url}; give a URL that starts with https://")


def _reason(error: BaseException) -> str:
    """The innermost cause of a requests/urllib3 error, on one line."""
    while error.__context__ is not None and str(error.__context__):
        error = error.__context__
    return " ".join(str(error).split())[:200]
