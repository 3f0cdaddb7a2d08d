"""Front matter: a small header of known facts at the top of a text or Markdown file.

Two forms are read, both ended by a line `---`:

    ---                                   title: Talks end without a deal
    title: Talks end without a deal       url: https://example.org/news/talks
    url: https://example.org/news/talks   date: 2025-03-11
    date: 2025-03-11                      ---
    source: Example News
    ---                                   Body text starts here ...

    Body text starts here ...

The first is a YAML block (the Jekyll/Hugo/Pandoc convention, also closed by
`...`); the second is plain `key: value` lines. Recognised keys (others are
ignored): title, url, source/outlet, author/byline, date/published, language,
id. The values win over what is detected in the body, and the block is cut
from the text, so everything downstream (cleaning, extraction, quote offsets)
sees the body only.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Iterator

import yaml

from ..records import ItemError, RawDocument

__all__ = ["FrontMatter", "FrontMatterError", "read_front_matter", "split_front_matter"]

# front-matter key -> record field (the names JSONL/CSV batches use)
_KEYS = {
    "title": "title", "headline": "title",
    "url": "url", "link": "url", "canonical_url": "url",
    "source": "outlet", "outlet": "outlet", "site": "outlet", "publisher": "outlet",
    "author": "byline", "authors": "byline", "byline": "byline",
    "date": "published", "published": "published", "pubdate": "published", "publication_date": "published",
    "language": "language", "lang": "language",
    "id": "id",
}
_FENCE = re.compile(r"^---\s*$")
_YAML_END = re.compile(r"^(?:---|\.\.\.)\s*$")
_KEY_LINE = re.compile(r"^(?P<key>[A-Za-z][\w-]{0,30})\s*:\s*(?P<value>.*?)\s*$")
_MAX_HEADER_LINES = 40


class FrontMatterError(ValueError):
    """Front matter that cannot be read; `line` is 1-based in the file."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"front matter, line {line}: {message}")
        self.line = line


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """The recognised fields of a front-matter block and the body after it."""

    fields: dict[str, Any] = field(default_factory=dict)   # record field names: title, url, outlet, ...
    body: str = ""
    lines: int = 0          # how many lines of the file the block took (0: no front matter)


def split_front_matter(text: str) -> FrontMatter:
    """The front matter of `text` and the body after it.

    A text without front matter comes back whole with no fields. A block that
    opens like front matter but cannot be read raises `FrontMatterError`
    naming the line, so the caller can report it and fall back to plain text.
    """
    lines = text.split("\n")
    if lines and _FENCE.match(lines[0].lstrip("\ufeff")):
        return _yaml_block(lines)
    return _plain_block(lines) or FrontMatter(body=text)


def _yaml_block(lines: list[str]) -> FrontMatter:
    end = next((i for i in range(1, min(len(lines), _MAX_HEADER_LINES * 5)) if _YAML_END.match(lines[i])), None)
    if end is None:
        raise FrontMatterError(1, "a '---' block is opened here but never closed by '---'")
    keyed = _key_lines(lines[1:end], first=2)
    try:
        data = yaml.safe_load("\n".join(lines[1:end])) or {}
    except yaml.YAMLError as exc:
        if keyed and all(n in keyed for n, ln in enumerate(lines[1:end], 2) if ln.strip()):
            data = {key: value for key, value in keyed.values()}   # 'title: Kremlin: no talks' is plain key: value
        else:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 2 if mark else 2
            raise FrontMatterError(line, f"not valid YAML ({getattr(exc, 'problem', None) or exc})") from None
    if not isinstance(data, dict):
        raise FrontMatterError(2, f"expected 'key: value' lines, got a YAML {type(data).__name__}")
    where = {key.lower(): n for n, (key, _) in keyed.items()}
    fields = _fields({str(k): v for k, v in data.items()}, where)
    return FrontMatter(fields, "\n".join(lines[end + 1 :]), end + 1)


def _key_lines(lines: list[str], first: int) -> dict[int, tuple[str, str]]:
    """Line number -> (key, value) for the lines shaped 'key: value'."""
    return {n: (m["key"], m["value"]) for n, ln in enumerate(lines, first) if (m := _KEY_LINE.match(ln))}


def _plain_block(lines: list[str]) -> FrontMatter | None:
    """`key: value` lines up to a `---` line; None when the text does not open that way."""
    end = next((i for i, ln in enumerate(lines[: _MAX_HEADER_LINES + 1]) if _FENCE.match(ln)), None)
    if end is None or end == 0:
        return None
    keyed = _key_lines(lines[:end], first=1)
    filled = [n for n, ln in enumerate(lines[:end], 1) if ln.strip()]
    opens = bool(filled) and filled[0] in keyed and keyed[filled[0]][0].lower() in _KEYS
    if not opens or len(keyed) * 2 < len(filled):
        return None     # ordinary text above a horizontal rule, not a header
    odd = next((n for n in filled if n not in keyed), None)
    if odd is not None:
        raise FrontMatterError(odd, "expected 'key: value' (the header ends with a line '---')")
    pairs = {key: value for key, value in keyed.values()}
    where = {key.lower(): n for n, (key, _) in keyed.items()}
    return FrontMatter(_fields(pairs, where), "\n".join(lines[end + 1 :]), end + 1)


def _fields(pairs: dict[str, Any], where: dict[str, int]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs.items():
        name = _KEYS.get(key.lower())
        if name is None or value is None or value == "":
            continue
        line = where.get(key.lower(), 1)
        if name == "published":
            out[name] = _date(value, line)
        elif name == "byline" and isinstance(value, list):
            out[name] = ", ".join(str(v) for v in value)
        elif isinstance(value, (dict, list)):
            raise FrontMatterError(line, f"'{key}' should be a single value, not a {type(value).__name__}")
        else:
            out[name] = str(value).strip().strip("\"'")
    return out


def _date(value: Any, line: int) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    from .metadata import parse_iso_date

    found = parse_iso_date(str(value).strip().strip("\"'"))
    if found is None:
        raise FrontMatterError(line, f"'{value}' is not a date (expected e.g. 2025-03-11)")
    return found


def read_front_matter(raw: RawDocument) -> Iterator[RawDocument | ItemError]:
    """A text file's item with its front matter taken out into fields.

    Malformed front matter yields an error naming the line, then the whole
    file as plain text.
    """
    if raw.kind != "text":
        yield raw
        return
    try:
        fm = split_front_matter(raw.raw)
    except FrontMatterError as exc:
        yield ItemError(raw.source, f"{exc}; the file was ingested as plain text")
        yield raw
        return
    if not fm.lines:
        yield raw
        return
    url = fm.fields.get("url")
    yield RawDocument(source=raw.source, raw=fm.body, kind="text", url=url or raw.url, path=raw.path,
                      fields={**raw.fields, **fm.fields, "format": "text", "front_matter": True})
