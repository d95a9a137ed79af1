"""Raw snapshots: every fetched body, gzip-compressed, with its metadata, under DIR/snapshots/."""

from __future__ import annotations

import gzip
import hashlib
import json
import zlib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from scraper.atomic import write_bytes_atomic

if TYPE_CHECKING:  # `parse` reads snapshots without importing requests
    from scraper.fetch import FetchResult

SNAPSHOT_SUFFIX = ".html.gz"
META_SUFFIX = ".json"


@dataclass(frozen=True)
class Snapshot:
    requested_url: str
    final_url: str
    status: int
    headers: dict[str, str]
    fetched_at: str
    sha256: str
    path: str  # the compressed body, relative to the snapshots folder

    @property
    def etag(self) -> str:
        return _header(self.headers, "ETag")

    @property
    def last_modified(self) -> str:
        return _header(self.headers, "Last-Modified")

    @property
    def content_type(self) -> str:
        return _header(self.headers, "Content-Type")


def _header(headers: dict[str, str], name: str) -> str:
    return next((value for key, value in headers.items() if key.lower() == name.lower()), "")


def snapshot_dir(out_dir: Path) -> Path:
    return out_dir / "snapshots"


def save_snapshot(out_dir: Path, result: FetchResult) -> Snapshot:
    """Store the body and its metadata, named for the fetch's time and the body's sha256."""
    digest = hashlib.sha256(result.body).hexdigest()
    folder = snapshot_dir(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = result.fetched_at.replace(":", "").replace("-", "")
    name = f"{stamp}-{digest[:12]}"
    body_path = folder / f"{name}{SNAPSHOT_SUFFIX}"
    # mtime=0 keeps the gzip bytes a function of the body alone.
    write_bytes_atomic(body_path, gzip.compress(result.body, mtime=0))
    snapshot = Snapshot(
        requested_url=result.requested_url,
        final_url=result.final_url,
        status=result.status,
        headers=result.headers,
        fetched_at=result.fetched_at,
        sha256=digest,
        path=body_path.name,
    )
    write_bytes_atomic(folder / f"{name}{META_SUFFIX}", json.dumps(asdict(snapshot), indent=2).encode("utf-8"))
    return snapshot


def all_snapshots(out_dir: Path) -> list[Snapshot]:
    """Every snapshot in DIR whose metadata can be read."""
    folder = snapshot_dir(out_dir)
    if not folder.is_dir():
        return []
    return [snapshot for path in sorted(folder.glob(f"*{META_SUFFIX}")) if (snapshot := load_meta(path))]


def find_snapshot(out_dir: Path, url: str, sha256: str) -> Snapshot | None:
    """The most recent snapshot in DIR of `url` with the body `sha256`, if any."""
    candidates = [s for s in all_snapshots(out_dir) if s.requested_url == url and s.sha256 == sha256]
    return max(candidates, key=lambda s: s.fetched_at, default=None)


def load_meta(meta_path: Path) -> Snapshot | None:
    try:
        return Snapshot(**json.loads(meta_path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def read_body(out_dir: Path, snapshot: Snapshot) -> bytes:
    return _gunzip(snapshot_dir(out_dir) / snapshot.path)


def _gunzip(path: Path) -> bytes:
    """A snapshot body; ValueError when the file is not whole gzip (cut short, or not a snapshot at all)."""
    try:
        return gzip.decompress(path.read_bytes())
    except (EOFError, zlib.error, gzip.BadGzipFile) as error:
        raise ValueError(f"{path} is not a whole gzip file ({error})") from None


def read_snapshot_file(path: Path) -> tuple[bytes, Snapshot | None]:
    """A snapshot given on the command line: the .html.gz body or its .json metadata."""
    if path.name.endswith(META_SUFFIX):
        snapshot = load_meta(path)
        if snapshot is None:
            raise ValueError(f"{path} is not snapshot metadata")
        return _gunzip(path.parent / snapshot.path), snapshot
    meta_path = path.parent / (path.name.removesuffix(SNAPSHOT_SUFFIX) + META_SUFFIX)
    return _gunzip(path), load_meta(meta_path) if meta_path.exists() else None
