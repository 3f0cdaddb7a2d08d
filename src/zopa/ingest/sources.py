"""Reading inputs: files, folders, globs, JSONL/CSV batches, URLs and RSS/Atom feeds.

Every input item becomes a `RawDocument` or an `ItemError` that names the
item and what was wrong; one bad item never stops the batch.

Batch formats (JSONL: one object per line; CSV: a header row). Fields:

    text | html      the article (at least one is required)
    title            headline
    url              where the article lives
    published        publication date (ISO 8601 or a written date)
    byline           author(s)
    outlet           the site that published it
    id               the batch's own identifier (kept in meta)
"""
from __future__ import annotations

import csv
import glob
import io
import json
import os
from pathlib import Path
from typing import Iterable, Iterator, Sequence

import feedparser
import httpx
from charset_normalizer import from_bytes

from ..errors import FetchError, InputError
from ..records import ItemError, RawDocument
from ..settings import Settings
from .frontmatter import read_front_matter

TEXT_EXT = {".txt", ".text", ".md"}
HTML_EXT = {".html", ".htm", ".xhtml"}
JSONL_EXT = {".jsonl", ".ndjson"}
CSV_EXT = {".csv"}
FEED_EXT = {".rss", ".atom", ".xml"}
SUPPORTED = TEXT_EXT | HTML_EXT | JSONL_EXT | CSV_EXT | FEED_EXT
RECORD_FIELDS = ("title", "url", "published", "byline", "outlet", "id")
_BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"RIFF", b"\x7fELF")

Item = RawDocument | ItemError


def decode(data: bytes, source: str) -> str:
    """Bytes to text: UTF-8, else the most likely legacy encoding; binary is an error."""
    return decode_guessed(data, source)[0]


def decode_guessed(data: bytes, source: str, *, nul_is_binary: bool = True) -> tuple[str, str | None]:
    """Bytes to text, and the encoding guessed when the bytes are not UTF-8 (None when they are).

    A NUL byte near the start means binary data, except in a batch (`nul_is_binary=False`),
    where a NUL is one bad record's problem, not the file's.
    """
    if not data.strip():
        raise InputError("empty input", source=source)
    head = data[:8192]
    if head.startswith(_BINARY_MAGIC) or (nul_is_binary and b"\x00" in head):
        raise InputError("binary data, not text or HTML", source=source)
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise InputError("undecodable bytes: neither UTF-8 nor a known text encoding", source=source)
    # Undeclared legacy news text is overwhelmingly Windows-1252 (browsers read
    # "latin-1" as cp1252 too): prefer it when it is as plausible as the best guess.
    western = next((m for m in matches if "cp1252" in m.could_be_from_charset), None)
    chosen = western if western is not None and western.chaos <= best.chaos + 0.1 else best
    return str(chosen), chosen.encoding


def _looks_like_feed(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith("<?xml") and ("<rss" in head or "<feed" in head or "<rdf" in head) or head.startswith(("<rss", "<feed"))


def _looks_like_html(text: str) -> bool:
    head = text[:4000].lower()
    return "<html" in head or "<!doctype html" in head or "<body" in head or ("<p>" in head and "</p>" in head)


def _kind_of(text: str) -> str:
    return "html" if _looks_like_html(text) else "text"


# --- files ------------------------------------------------------------------------


def _read_bytes(path: Path, settings: Settings) -> bytes:
    size = path.stat().st_size
    if size > settings.max_file_bytes:
        raise InputError(f"file too large: {size} bytes (limit {settings.max_file_bytes})", source=str(path))
    return path.read_bytes()


def _record(fields: dict[str, object], source: str, path: str | None, encoding: str | None = None) -> RawDocument:
    html = fields.get("html")
    text = fields.get("text")
    body = html if isinstance(html, str) and html.strip() else text
    if not isinstance(body, str) or not body.strip():
        raise InputError("record has no 'text' or 'html' field with content", source=source)
    kept = {k: fields[k] for k in RECORD_FIELDS if fields.get(k) not in (None, "")}
    kept["format"] = "html" if body is html else "text"
    if encoding:
        kept["encoding"] = encoding
    url = kept.get("url")
    return RawDocument(source=source, raw=body, kind="record", url=str(url) if url else None, path=path, fields=kept)


def _jsonl(text: str, source: str, encoding: str | None = None) -> Iterator[Item]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ItemError(where, f"malformed JSON: {exc.msg} (column {exc.colno})")
            continue
        if not isinstance(obj, dict):
            yield ItemError(where, f"expected a JSON object, got {type(obj).__name__}")
            continue
        if "\x00" in line:
            yield ItemError(where, "the record contains a NUL character")
            continue
        yield from _safe(lambda: _record(obj, where, f"{source}#{lineno}", encoding), where)


def _csv(text: str, source: str, encoding: str | None = None) -> Iterator[Item]:
    """One item per row; a row the CSV reader cannot parse (or with a NUL) is that row's error only."""
    reader = csv.DictReader(io.StringIO(text))
    try:
        header = reader.fieldnames
    except csv.Error as exc:
        yield ItemError(f"{source}:1", f"malformed CSV header: {exc}")
        return
    if not header or not {"text", "html"} & set(header):
        yield ItemError(source, "CSV needs a header row with a 'text' or 'html' column")
        return
    while True:
        lineno = reader.line_num + 1
        where = f"{source}:{lineno}"
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield ItemError(where, f"malformed CSV row: {exc}")
            continue
        if any("\x00" in str(v) for v in row.values()):
            yield ItemError(where, "the row contains a NUL character")
            continue
        yield from _safe(lambda: _record(dict(row), where, f"{source}#{lineno}", encoding), where)


def _safe(make, where: str) -> Iterator[Item]:  # type: ignore[no-untyped-def]
    try:
        yield make()
    except InputError as exc:
        yield ItemError(where, exc.message)


def _read_file(path: Path, settings: Settings) -> Iterator[Item]:
    source = str(path)
    ext = path.suffix.lower()
    try:
        text, encoding = decode_guessed(_read_bytes(path, settings), source,
                                        nul_is_binary=ext not in JSONL_EXT | CSV_EXT)
    except InputError as exc:
        yield ItemError(source, exc.message)
        return
    except OSError as exc:
        yield ItemError(source, f"cannot read file: {exc.strerror or exc}")
        return
    try:
        yield from _parse_file(path, text, encoding, settings)
    except Exception as exc:  # a file that breaks a parser is that file's error; the batch goes on
        yield ItemError(source, f"could not read: {exc.__class__.__name__}: {str(exc)[:200]}")


def _parse_file(path: Path, text: str, encoding: str | None, settings: Settings) -> Iterator[Item]:
    source, ext = str(path), path.suffix.lower()
    if ext in JSONL_EXT:
        yield from _jsonl(text, source, encoding)
    elif ext in CSV_EXT:
        yield from _csv(text, source, encoding)
    elif ext in FEED_EXT or _looks_like_feed(text):
        yield from _feed(text, source, settings)
    else:
        kind = "html" if ext in HTML_EXT else ("text" if ext in TEXT_EXT else _kind_of(text))
        yield from read_front_matter(RawDocument(source=source, raw=text, kind=kind, path=source,
                                                 fields={"encoding": encoding} if encoding else {}))


def _expand(source: str) -> Iterator[Path | ItemError] | None:
    """The files a glob or a folder names; a link that leads out of the folder is an error, not a file."""
    if any(ch in source for ch in "*?["):
        files = [Path(p) for p in sorted(glob.glob(source, recursive=True)) if os.path.isfile(p)]
        return _inside(_glob_root(source), files)
    path = Path(source)
    if path.is_dir():
        return _inside(path, [p for p in sorted(path.rglob("*")) if p.is_file() and p.suffix.lower() in SUPPORTED])
    return None


def _glob_root(pattern: str) -> Path:
    """The folder a glob pattern searches: its path up to the first wildcard."""
    parts = Path(pattern).parts
    fixed = next((i for i, part in enumerate(parts) if any(ch in part for ch in "*?[")), len(parts))
    return Path(*parts[:fixed]) if fixed else Path(".")


def _inside(root: Path, files: list[Path]) -> Iterator[Path | ItemError]:
    top = root.resolve()
    for path in files:
        target = path.resolve()
        if target.is_relative_to(top):
            yield path
        else:
            yield ItemError(str(path), f"a link to {target}, outside the folder {root}; not read")


# --- URLs and feeds ------------------------------------------------------------------


def fetch(url: str, settings: Settings, client: httpx.Client | None = None) -> tuple[bytes, str]:
    """GET a URL with the configured timeout, streaming at most `fetch_max_bytes`.

    Returns (body, content type). Raises FetchError naming the URL.
    """
    own = client is None
    client = client or httpx.Client(
        timeout=settings.fetch_timeout, follow_redirects=True, headers={"User-Agent": settings.user_agent}
    )
    try:
        with client.stream("GET", url) as resp:
            if resp.status_code >= 400:
                raise FetchError(f"HTTP {resp.status_code} {resp.reason_phrase}", source=url)
            declared = resp.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > settings.fetch_max_bytes:
                raise FetchError(f"too large: {declared} bytes (limit {settings.fetch_max_bytes})", source=url)
            chunks, total = [], 0
            for chunk in resp.iter_bytes():
                total += len(chunk)
                if total > settings.fetch_max_bytes:
                    raise FetchError(f"too large: more than {settings.fetch_max_bytes} bytes", source=url)
                chunks.append(chunk)
            return b"".join(chunks), resp.headers.get("content-type", "")
    except httpx.TimeoutException:
        raise FetchError(f"timed out after {settings.fetch_timeout:g} s", source=url) from None
    except httpx.HTTPError as exc:
        raise FetchError(f"unreachable: {exc.__class__.__name__}: {exc}", source=url) from None
    finally:
        if own:
            client.close()


def _read_url(url: str, settings: Settings, client: httpx.Client) -> Iterator[Item]:
    try:
        data, ctype = fetch(url, settings, client)
        text, encoding = decode_guessed(data, url)
    except InputError as exc:
        yield ItemError(url, exc.message)
        return
    if "xml" in ctype and ("rss" in ctype or "atom" in ctype) or _looks_like_feed(text):
        yield from _feed(text, url, settings, client)
        return
    kind = "html" if "html" in ctype or _looks_like_html(text) else "text"
    yield RawDocument(source=url, raw=text, kind=kind, url=url, fields={"encoding": encoding} if encoding else {})


_MIN_FEED_TEXT = 1500


def _entry_fields(entry: feedparser.FeedParserDict, feed_title: str | None) -> dict[str, object]:
    fields: dict[str, object] = {}
    if entry.get("title"):
        fields["title"] = entry["title"]
    for key in ("published", "updated", "created"):
        if entry.get(key):
            fields["published"] = entry[key]
            break
    if entry.get("author"):
        fields["byline"] = entry["author"]
    if feed_title:
        fields["outlet"] = feed_title
    if entry.get("link"):
        fields["url"] = entry["link"]
    if entry.get("id"):
        fields["id"] = entry["id"]
    return fields


def _feed(text: str, source: str, settings: Settings, client: httpx.Client | None = None) -> Iterator[Item]:
    """Items of an RSS/Atom feed: the full content when the feed carries it, else the linked page."""
    try:
        parsed = feedparser.parse(text)
    except (UnicodeError, ValueError) as exc:      # e.g. a character reference to a lone surrogate
        yield ItemError(source, f"malformed feed: {exc.__class__.__name__}: {exc}")
        return
    if parsed.bozo and not parsed.entries:
        yield ItemError(source, f"malformed feed: {parsed.get('bozo_exception', 'unparseable')}")
        return
    feed_title = parsed.feed.get("title")
    own = client is None
    client = client or _client(settings)
    try:
        for n, entry in enumerate(parsed.entries, 1):
            yield from _feed_item(entry, n, source, feed_title, settings, client)
    finally:
        if own:
            client.close()


def _feed_item(entry, n: int, source: str, feed_title: str | None, settings: Settings, client: httpx.Client) -> Iterator[Item]:  # type: ignore[no-untyped-def]
    fields = _entry_fields(entry, feed_title)
    where = f"{source}#item{n}"
    content = " ".join(c.get("value", "") for c in entry.get("content", [])) or entry.get("summary", "")
    link = entry.get("link")
    if link and link.startswith(("http://", "https://")) and len(content) < _MIN_FEED_TEXT:
        for item in _read_url(link, settings, client):
            if isinstance(item, RawDocument):
                yield RawDocument(source=item.source, raw=item.raw, kind=item.kind, url=link, fields={**item.fields, **fields, "format": item.kind})
            else:
                yield item
        return
    if not content.strip():
        yield ItemError(where, "feed item has neither content nor a fetchable link")
        return
    fields["format"] = _kind_of(content) if "<" in content else "text"
    # like a JSONL or CSV record, an item of a feed file is named by the file and its place in it
    path = None if source.startswith(("http://", "https://")) else where
    yield RawDocument(source=where, raw=content, kind="record", url=link, path=path, fields=fields)


def _client(settings: Settings) -> httpx.Client:
    return httpx.Client(timeout=settings.fetch_timeout, follow_redirects=True, headers={"User-Agent": settings.user_agent})


def read_sources(sources: Sequence[str], settings: Settings) -> Iterator[RawDocument | ItemError]:
    """Expand and read every source, yielding raw documents and per-item errors.

    A source is a file (.txt, .html/.htm, .jsonl, .csv, .rss/.atom/.xml), a
    folder (read recursively), a glob pattern, or an http(s) URL (a page or an
    RSS/Atom feed, whose items are fetched).
    """
    with _client(settings) as client:
        for source in sources:
            yield from _read_one(source, settings, client)


def _read_one(source: str, settings: Settings, client: httpx.Client) -> Iterable[Item]:
    if source.startswith(("http://", "https://")):
        return _read_url(source, settings, client)
    expanded = _expand(source)
    if expanded is not None:
        return _read_many(source, expanded, settings)
    path = Path(source)
    if not path.exists():
        return [ItemError(source, "no such file, folder or URL")]
    return _read_file(path, settings)


def _read_many(source: str, paths: Iterator[Path | ItemError], settings: Settings) -> Iterator[Item]:
    any_file = False
    for path in paths:
        any_file = True
        if isinstance(path, ItemError):
            yield path
        else:
            yield from _read_file(path, settings)
    if not any_file:
        yield ItemError(source, "no readable files matched")
