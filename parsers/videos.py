"""Canonical watch URLs for embedded or linked videos (YouTube, Vimeo), however a page embeds them."""

from __future__ import annotations

import html
import re
from urllib.parse import parse_qs, unquote, urlsplit

_YOUTUBE_ID = r"[A-Za-z0-9_-]{6,20}"
_YOUTUBE = re.compile(
    r"(?:youtube(?:-nocookie)?\.com/(?:embed/|v/|shorts/|live/|watch\?(?:[^#\s\"'<>]*?&)?v=)|youtu\.be/)"
    rf"({_YOUTUBE_ID})"
)
_VIMEO = re.compile(  # also a video in a showcase or album: vimeo.com/showcase/10877342/video/907800003
    r"vimeo\.com/(?:video/|channels/[\w-]+/|groups/[\w-]+/videos/|(?:showcase|album)/\d+/video/)?(\d{5,12})"
)
_OEMBED_PROXY = re.compile(r"/oembed\b[^\"'\s<>]*")
_URL_IN_TEXT = re.compile(
    r"""(?:https?:)?//[^\s"'<>]+|/media/oembed[^\s"'<>]*"""
    r"""|(?<![\w./])(?:www\.|m\.)?(?:youtube\.com|youtu\.be|vimeo\.com)/[^\s"'<>]+"""  # written without its scheme
)


# A video file served by the site itself: <video><source src="...mp4">, or a link to one.
VIDEO_FILE = re.compile(r"\.(?:mp4|m4v|webm|ogv|mov)(?:[?#]\S*)?$", re.I)


def canonical_video_url(url: str) -> str | None:
    """The watch URL of a YouTube or Vimeo video named by `url` (embed, player, proxy or watch form), or the URL
    of a video file as written (relative to the page when it is relative)."""
    url = (html.unescape(url) if "&" in url else url).strip()
    if ".translate.goog/" in url:  # Google Translate's proxy writes the host with dashes: www-youtube-com
        url = _TRANSLATE_PROXY.sub(lambda host: "//" + _proxied_host(host.group(1)) + "/", url, count=1)
    proxy = _OEMBED_PROXY.search(url)
    if proxy:
        # Drupal's /media/oembed?url=<watch URL> and similar proxies carry the real URL in a parameter.
        inner = parse_qs(urlsplit(proxy.group(0)).query).get("url")
        if inner:
            return canonical_video_url(inner[0])
    query = parse_qs(urlsplit(url).query) if "?" in url else {}
    target = _redirect_target(query)
    if target:
        return canonical_video_url(target)
    youtube = _YOUTUBE.search(url)
    if youtube:
        return f"https://www.youtube.com/watch?v={youtube.group(1)}"
    vimeo = _VIMEO.search(url)
    if vimeo:
        return f"https://vimeo.com/{vimeo.group(1)}"
    player = _video_of_query(query)
    if player:
        return player
    if VIDEO_FILE.search(url) and not url.startswith(("javascript:", "data:")):
        return url
    return None


_TRANSLATE_PROXY = re.compile(r"//([\w-]+)\.translate\.goog/")


def _proxied_host(host: str) -> str:
    """'www-youtube-com' -> 'www.youtube.com' ("--" stands for a dash of the host's own)."""
    return "-".join(part.replace("-", ".") for part in host.split("--"))


_REDIRECT_PARAMETERS = ("q", "u", "url", "target", "dest", "z")  # z: Tumblr's t.umblr.com/redirect?z=...


def _redirect_target(query: dict[str, list[str]]) -> str | None:
    """The URL a redirect link goes to, from its query: Google Docs' google.com/url?q=..., Facebook's l.php?u=...,
    Outlook's safelinks ?url=..., Tumblr's ?z=..."""
    for name in _REDIRECT_PARAMETERS:
        for value in query.get(name, []):
            if value.startswith(("http://", "https://")):
                return value
    return None


def videos_in_attribute(value: str, holds_address: bool = True) -> list[str]:
    """Video URLs inside an attribute value that may hold a URL, escaped HTML or URL-encoded HTML; a relative path
    to a video file only when the attribute `holds_address` (not a file's name in data-alias="tafel.mp4")."""
    text = html.unescape(value).replace("\\/", "/")  # JSON in an attribute escapes its slashes: https:\/\/...
    if "%3C" in text or "%2F" in text or "%3A" in text:
        text = unquote(text)
    found = []
    candidates = _URL_IN_TEXT.findall(text)
    if not candidates and holds_address and VIDEO_FILE.search(text.strip()) and " " not in text.strip():
        candidates = [text.strip()]  # a relative path to a video file: src="/media/tafel.mp4"
    for candidate in candidates:
        video = canonical_video_url(candidate)
        if video and video not in found:
            found.append(video)
    return found


PLAYER_ID_ATTRIBUTES = ("data-id", "data-video-id", "data-videoid", "data-youtube-id", "data-yt-id", "data-embed-id",
                         "data-vimeo-id", "data-video", "videoid", "video-id",
                         "data-videolazy-id")  # Tilda: data-videolazy-type="youtube" data-videolazy-id="..."
_PLAYER_IDS = frozenset(PLAYER_ID_ATTRIBUTES)
_YOUTUBE_ONLY_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
_VIMEO_ONLY_ID = re.compile(r"^\d{6,12}$")


def video_of_player(attributes: dict[str, object], tag_name: str = "") -> str | None:
    """A lazy player that holds only an id: <div class="youtube-player" data-id="...">, data-vimeo-id="...",
    <lite-youtube videoid="...">."""
    if _PLAYER_IDS.isdisjoint(attributes):
        return None  # most elements: no player id, so no need to read the rest
    values = [v if isinstance(v, str) else " ".join(map(str, v)) for v in attributes.values()
              if isinstance(v, (str, list))]
    # the element's name, class names and attribute names say which player
    return _video_by_id(attributes, PLAYER_ID_ATTRIBUTES, " ".join([tag_name, *attributes, *values]))


# A blog's embed proxy names the video in its query: l.lj-toys.com/?source=youtube&vid=...
_QUERY_ID_PARAMETERS = ("vid", "video_id", "videoid", "video", "id")


def _video_of_query(query: dict[str, list[str]]) -> str | None:
    first = {name: values[0] for name, values in query.items()}
    return _video_by_id(first, _QUERY_ID_PARAMETERS, " ".join(first.values())) if first else None


def _video_by_id(values: dict[str, object], names: tuple[str, ...], context: str) -> str | None:
    """The watch URL of the video whose bare id one of `names` holds, the player named in `context`."""
    context = context.lower()
    for name in names:
        value = values.get(name)
        if not isinstance(value, str):
            continue
        value = value.strip()
        if "youtube" in context and _YOUTUBE_ONLY_ID.match(value):
            return f"https://www.youtube.com/watch?v={value}"
        if "vimeo" in context and _VIMEO_ONLY_ID.match(value):
            return f"https://vimeo.com/{value}"
    return None
