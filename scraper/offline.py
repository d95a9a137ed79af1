"""Replay the bundled cassette through the real fetch code, for machines without network."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CASSETTE_DIR = Path(__file__).resolve().parent.parent / "cassettes"
SEED_CASSETTE = CASSETTE_DIR / "vng_dialoogtafels.yaml"


@contextmanager
def replay(cassette: Path = SEED_CASSETTE) -> Iterator[None]:
    """Serve every HTTP request from `cassette`; a request it does not hold fails instead of going out."""
    import vcr

    if not cassette.exists():
        raise FileNotFoundError(f"the cassette {cassette} is missing; --offline needs a source checkout")
    with vcr.use_cassette(str(cassette), record_mode="none", decode_compressed_response=True):
        yield
