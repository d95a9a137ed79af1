"""Fetch one page politely: robots.txt, an identifying User-Agent, retries with backoff, hard limits."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urlsplit, urlunsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from scraper import USER_AGENT

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 10.0
DEFAULT_RETRIES = 3
DEFAULT_MAX_BYTES = 20_000_000
DEFAULT_DELAY = 1.0
DEFAULT_DEADLINE = 120.0
MAX_REDIRECTS = 5
MAX_RETRY_AFTER = 60.0
RETRY_STATUSES = (429, 500, 502, 503, 504)
HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 64 * 1024


class FetchError(Exception):
    """A page that could not be fetched as a usable HTML page; str() is the one-line reason."""


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


class _CappedRetry(Retry):
    """urllib3's Retry, with Retry-After capped so that a server cannot park the harvest for hours."""

    def parse_retry_after(self, retry_after: str) -> float:
        return min(super().parse_retry_after(retry_after), MAX_RETRY_AFTER)


def utc_now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def make_session(retries: int = DEFAULT_RETRIES) -> requests.Session:
    """One session: the identifying User-Agent, retries with exponential backoff and jitter on the adapter."""
    session = requests.Session()
    session.headers["User-Agent"] = USER_AGENT
    session.headers["Accept"] = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"
    session.max_redirects = MAX_REDIRECTS
    retry = _CappedRetry(
        total=retries,
        connect=retries,
        read=retries,
        status=retries,
        other=0,
        redirect=MAX_REDIRECTS,
        status_forcelist=RETRY_STATUSES,
        allowed_methods=frozenset({"GET", "HEAD"}),
        backoff_factor=0.5,
        backoff_jitter=0.25,
        backoff_max=30.0,
        respect_retry_after_header=True,
        raise_on_status=False,
        raise_on_redirect=False,
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
    _last_request: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.session is None:
            self.session = make_session(self.retries)

    def fetch(self, url: str, *, etag: str = "", last_modified: str = "") -> FetchResult:
        """GET `url` as HTML; a conditional GET when `etag` or `last_modified` are given (304 comes back as is)."""
        _check_scheme(url)
        started = time.monotonic()
        if self.respect_robots:
            self._check_robots(url)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        response = self._get(url, headers)
        with response:
            _check_response(url, response)
            body = b"" if response.status_code == 304 else self._read_body(url, response, started)
            return FetchResult(
                requested_url=url,
                final_url=response.url,
                status=response.status_code,
                headers=dict(response.headers),
                body=body,
                fetched_at=utc_now(),
            )

    def _wait_turn(self, url: str) -> None:
        host = urlsplit(url).netloc
        last = self._last_request.get(host)
        if last is not None:
            pause = self.delay - (time.monotonic() - last)
            if pause > 0:
                time.sleep(pause)
        self._last_request[host] = time.monotonic()

    def _get(self, url: str, headers: dict[str, str]) -> requests.Response:
        self._wait_turn(url)
        log.info("GET %s", url)
        try:
            return self.session.get(url, headers=headers, timeout=(self.timeout, self.timeout), stream=True)
        except requests.exceptions.TooManyRedirects:
            raise FetchError(f"more than {MAX_REDIRECTS} redirects (a redirect loop?) for {url}") from None
        except requests.exceptions.InvalidSchema as error:
            raise FetchError(f"redirect to a URL that is not http(s) from {url}: {error}") from None
        except requests.exceptions.RetryError as error:
            raise FetchError(f"gave up on {url} after {self.retries} retries: {_reason(error)}") from None
        except requests.exceptions.Timeout:
            raise FetchError(
                f"no answer from {url} within {self.timeout:g} s (after {self.retries} retries); "
                "try --timeout or later"
            ) from None
        except requests.exceptions.ConnectionError as error:
            raise FetchError(f"could not connect to {url}: {_reason(error)}") from None
        except requests.exceptions.RequestException as error:
            raise FetchError(f"request for {url} failed: {_reason(error)}") from None

    def _read_body(self, url: str, response: requests.Response, started: float) -> bytes:
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(f"{url} is {int(declared):,} bytes, more than --max-bytes {self.max_bytes:,}")
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in response.iter_content(_CHUNK):
                size += len(chunk)
                if size > self.max_bytes:
                    raise FetchError(f"{url} sent more than --max-bytes {self.max_bytes:,} bytes; stopped reading")
                if time.monotonic() - started > self.deadline:
                    raise FetchError(f"{url} took longer than the {self.deadline:g} s deadline; stopped reading")
                chunks.append(chunk)
        except (requests.exceptions.ChunkedEncodingError, requests.exceptions.ConnectionError) as error:
            raise FetchError(f"the body of {url} was cut short: {_reason(error)}") from None
        return b"".join(chunks)

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
            self.delay = max(self.delay, float(crawl_delay))

    def _robots_txt(self, robots_url: str) -> str:
        """The robots.txt text; a missing file allows everything (RFC 9309), an unreachable one nothing."""
        response = self._get(robots_url, {})
        with response:
            if 400 <= response.status_code < 500:
                return ""
            if response.status_code >= 500:
                raise FetchError(
                    f"robots.txt at {robots_url} answered HTTP {response.status_code}; "
                    "try later or use --ignore-robots"
                )
            body = self._read_body(robots_url, response, time.monotonic())
            return body.decode("utf-8", errors="replace")


def _check_scheme(url: str) -> None:
    if urlsplit(url).scheme not in ("http", "https"):
        raise FetchError(f"not an http(s) URL: {url}")


def _check_response(url: str, response: requests.Response) -> None:
    if response.status_code == 304:
        return
    if response.status_code >= 400:
        raise FetchError(f"{url} answered HTTP {response.status_code} {response.reason}")
    if 300 <= response.status_code < 400:
        raise FetchError(f"{url} answered HTTP {response.status_code} without a usable Location")
    if urlsplit(response.url).scheme not in ("http", "https"):
        raise FetchError(f"{url} redirected to {response.url}, which is not http(s)")
    media_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if media_type and media_type not in HTML_TYPES:
        raise FetchError(f"{url} is {media_type}, not an HTML page")


def _reason(error: Exception) -> str:
    """The innermost cause of a requests/urllib3 error, on one line."""
    while error.__context__ is not None and str(error.__context__):
        error = error.__context__  # type: ignore[assignment]
    return " ".join(str(error).split())[:200]

