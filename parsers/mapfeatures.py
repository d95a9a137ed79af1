"""A map page's places as blocks: the GeoJSON (RFC 7946) that a map page carries in a script (uMap, Leaflet), each
feature's name and description as its pop-up shows them: the table's title, its text and its video."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from lxml import etree

from parsers.blocks import PSEUDO_HEADING_LEVEL, Block, clean_text
from parsers.videos import videos_in_attribute

_COLLECTION = re.compile(r"\{\s*\"type\"\s*:\s*\"FeatureCollection\"")
# uMap's text markup: "{{{https://...}}}" embeds a player, "[[url|label]]" links, "**bold**", "# title"
_EMBED = re.compile(r"\{\{\{?([^{}|]+)(?:\|[^{}]*)?\}?\}\}")
_LINK = re.compile(r"\[\[([^\[\]|]+)(?:\|([^\[\]]*))?\]\]")
_MARKS = re.compile(r"\*\*|^#+\s*", re.M)
_PARAGRAPHS = re.compile(r"\n\s*\n")


def feature_blocks(root: etree._Element) -> list[Block]:
    """The named features of the first feature collection in the page's scripts, in their order."""
    for script in root.iter("script"):
        text = script.text or ""
        found = _COLLECTION.search(text)
        if found is None:
            continue
        try:
            collection, _ = json.JSONDecoder().raw_decode(text, found.start())
        except ValueError:
            continue
        return list(_blocks_of(collection))
    return []


def _blocks_of(collection: dict) -> Iterator[Block]:
    for feature in collection.get("features") or []:
        properties = feature.get("properties") if isinstance(feature, dict) else None
        name = properties.get("name") if isinstance(properties, dict) else None
        if not isinstance(name, str) or not clean_text(name):
            continue
        yield Block("heading", clean_text(name), level=PSEUDO_HEADING_LEVEL)
        description = properties.get("description")
        if isinstance(description, str):
            yield from _description_blocks(description)


def _description_blocks(description: str) -> Iterator[Block]:
    for part in _PARAGRAPHS.split(description):
        videos = videos_in_attribute(part)
        text = clean_text(_MARKS.sub("", _LINK.sub(lambda m: m.group(2) or "", _EMBED.sub("", part))))
        if text:
            yield Block("paragraph", text)
        yield from (Block("media", url=video) for video in videos)
