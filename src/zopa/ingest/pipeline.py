"""Orchestration: raw item -> clean Document -> duplicate links -> store."""
from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Iterator, Sequence

import lxml.html
import trafilatura
from htmldate import find_date
from trafilatura import metadata as TM
from trafilatura.settings import DEFAULT_CONFIG, Extractor
from trafilatura.utils import load_html

from ..errors import InputError, ZopaError
from ..records import (EARLIEST_DATE, LATEST_DATE, Document, IngestResult, ItemError, RawDocument, content_hash,
                       document_id, source_identity)
from ..settings import Settings, load_settings
from . import clean as C
from . import metadata as M
from .dates import date_inconsistencies, flag_late_dates, not_after, relative_dates, take_date_stamp
from .dedup import fingerprint, link_duplicates, share_credits

if TYPE_CHECKING:
    from ..store import Store


@dataclass(frozen=True, slots=True)
class _Page:
    """What one page yields before it becomes a Document."""

    text: str
    title: str | None
    byline: M.Byline
    published: dt.date | None
    page_date: dt.date | None
    outlet: str | None
    original: str | None
    host: str | None          # who published this copy (masthead, copyright or author-bio outlet)
    lines: tuple[str, ...]


def _today() -> dt.date:
    return dt.date.today()


def _text_page(raw_text: str, today: dt.date, url: str | None = None) -> _Page:
    stamp, lines = take_date_stamp(C.split_lines(raw_text))
    lines = C.join_split_headline(C.unwrap(lines))
    zones = C.find_zones(lines)
    prose = [i for i in range(zones.body_start, zones.body_end) if C.is_prose(lines[i]) and not C.is_furniture(lines[i])]
    region = lines[: prose[1] if len(prose) > 1 else zones.body_end]
    body = lines[zones.body_start : zones.body_end]
    byline = M.find_byline(region, zones.footer)
    title_line, title_at = _title(lines, region, byline, zones.body_start)
    named = M.slug_title(lines, url)
    if named and named[0] != title_line:
        title_line, title_at = named     # the line the story's address spells, over one the page's shape suggests
    title, site = M.split_site_suffix(C.strip_glued_crumbs(title_line)) if title_line else (None, None)
    dates = M.page_dates(region, title_at, body, today, stamp=stamp, url=url, lines=lines)
    start = _standfirst_start(lines, title_at, zones.body_start)
    body = lines[start : zones.body_end]
    outlet = M.masthead(lines[: title_at if title_at is not None else zones.body_start], title_at, byline.lines) if title_at else None
    outlet = outlet or site or M.copyright_holder(lines) or M.media_site(lines) or M.desk_outlet(region) or M.prompted_site(lines)
    host = outlet or M.bio_outlet(lines, list(byline.names))
    rehost = M.is_rehost(lines) or bool(host and outlet is None)
    original = M.original_source(lines, body, outlet, rehost, bylined=bool(byline.names))
    cleaned = C.clean_body(body, title=title, byline_names=list(byline.names),
                           meta_lines={*byline.lines, *dates.lines, *([title_line] if title_line else [])})
    return _Page(cleaned.text, title, byline, dates.published, dates.page_date, outlet, original, host, tuple(lines))


# a point of a list in running text: a dash or bullet, then eight words or more
_LIST_POINT = re.compile(r"^[–—•·*-]\s+(?:\S+\s+){7,}\S+")


def _standfirst_start(lines: list[str], title_at: int | None, body_start: int) -> int:
    """Move the body start up to running text between headline and first paragraph; on a page without a
    headline, up to a story that opens on a dateline or a sentence running on into the next line."""
    if title_at is None:
        for i in range(body_start):
            s = lines[i].strip()
            if s and not C.is_furniture(s) and not C.is_caption(s) and (M.opens_on_dateline(s) or M.runs_on(lines, i)):
                return i
        # a lead that lost its full stop, the line right above the first paragraph ('Today, as part of the mission,
        # the envoys will meet the leaders in Tarn'): running text, long enough for no headline, where the page opens
        # with it (only furniture, no teaser marker, dates and a line of date and place above it)
        above = next((i for i in range(body_start - 1, -1, -1) if lines[i].strip()), None)
        if (above is not None and C.is_loose_prose(lines[above]) and not C.is_headline_like(lines[above])
                and not C.is_caption(lines[above]) and M.parse_byline(lines[above]) is None
                and all(not ln.strip() or ((C.is_furniture(ln) or M.is_date_line(ln) or M.is_dated_place(ln)) and C.teaser_marker(ln) is None)
                        for ln in lines[:above])):
            return above
        # a copy cut in the middle of a list: the points of running text that open the page right above the
        # first paragraph ('– To keep military aid flowing into Ostland and to keep up the pressure on Vell')
        i = body_start
        while i > 0 and (not lines[i - 1].strip() or _LIST_POINT.match(lines[i - 1].strip())):
            i -= 1
        while i < body_start and not lines[i].strip():
            i += 1
        # only where the page opens with them: under a marker or a headline they are teasers or a summary
        return i if all(not ln.strip() or C.is_furniture(ln) for ln in lines[:i]) else body_start
    for i in range(title_at + 1, body_start):
        s = lines[i].strip()
        if (C.is_loose_prose(s) or (i == title_at + 1 and C.is_standfirst(s))) and not C.is_caption(s) and M.parse_byline(s) is None:
            return i
    return body_start


def _title(lines: list[str], region: list[str], byline: M.Byline, body_start: int) -> tuple[str | None, int | None]:
    """The headline above the byline, a date line or the body, whichever comes first with one
    above it; never from a summary's points ('Key points' and the lines under it)."""
    end = M.summary_start(lines, body_start)
    end = body_start if end is None else end
    anchors: list[int] = []
    if byline.lines and not byline.from_footer:
        anchors.append(next(i for i, ln in enumerate(region) if ln.strip() == byline.lines[0]))
    anchors += [i for i, ln in enumerate(region[:body_start]) if M.is_date_line(ln)]
    first: tuple[str | None, int | None] = (None, None)
    # a page with no paragraph of prose (a summary's points under the byline) has no body start to bound the search
    limit = end if end > 0 or (lines and C.is_prose(lines[0])) else len(lines)
    for anchor in [*(a for a in anchors if a <= limit), end]:
        title, at = M.find_title(lines, anchor)
        if title and not M.masthead_shaped(title):
            return title, at
        if title and first[0] is None:
            first = (title, at)     # a site's name over a date line ('Harbour News Service' / 'June 2, 2025'): a later one may be the headline
    return first if first[0] else M.first_headline(lines, end)


def _html_page(html: str, source: str) -> _Page:
    meta = _extract(html)
    extracted = meta.text if meta else None
    if not extracted:
        extracted = trafilatura.extract(html, include_comments=False, favor_recall=True) or _plain(html)
    if not extracted or not extracted.strip():
        raise InputError("no article text found in the HTML", source=source)
    lines = C.split_lines(extracted)
    names, ai = _html_authors(meta.author if meta else None)
    byline = M.Byline(tuple(names), (), ai)
    title = (meta.title if meta else None) or None
    outlet = (meta.sitename if meta else None) or _html_site(html, title)
    original = M.original_source(lines, lines, outlet, M.is_rehost(lines), bylined=bool(names))
    cleaned = C.clean_body(lines, title=title, byline_names=names)
    published = M.parse_iso_date(meta.date) if meta and meta.date else None
    return _Page(cleaned.text, title, byline, published, None, outlet, original, outlet, tuple(lines))


_THIN = 1000   # characters: less from the fast pass and the full cascade is tried
_DATE_PARAMS = {"original_date": True, "extensive_search": DEFAULT_CONFIG.getboolean("DEFAULT", "EXTENSIVE_DATE_SEARCH")}


def _extract(html: str):  # type: ignore[no-untyped-def]
    """Text and metadata from one parse of the page: the metadata first (`_page_metadata`), then
    trafilatura's text, in its fast mode without the readability/jusText fallbacks; when that
    finds little, the full cascade, keeping the longer text. None when neither finds text."""
    tree = load_html(html)
    if tree is None:
        return None
    meta = _page_metadata(tree)
    # each call works on its own copy of the tree
    fast = trafilatura.bare_extraction(tree, options=_options(True, meta.url))
    found = len(fast.text or "") if fast is not None else 0
    if found < _THIN:
        full = trafilatura.bare_extraction(tree, options=_options(False, meta.url))
        fast = full if full is not None and len(full.text or "") > found else fast
    if fast is None:
        return None
    meta.text = fast.text
    return meta


@lru_cache(maxsize=2)
def _mode_options(fast: bool) -> Extractor:
    """trafilatura's options for one mode (as `bare_extraction(fast=…, include_comments=False,
    include_tables=True, deduplicate=False)` builds them), built once: building them reads its
    configuration again each time, which cost about a twentieth of a page's extraction."""
    return Extractor(output_format="python", fast=fast, comments=False, tables=True, dedup=False)


def _options(fast: bool, url: str | None) -> Extractor:
    """A page's own copy of the mode's options, with its URL."""
    options = copy.copy(_mode_options(fast))
    options.url = url
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")
    return options


def _page_metadata(tree):  # type: ignore[no-untyped-def]
    """trafilatura's `extract_metadata`, as `bare_extraction(with_metadata=True)` runs it, up to the
    fields ingest uses (title, author, URL, date, site name): without its category, tag and
    licence searches, which took about half its time."""
    meta = TM.examine_meta(tree)
    if meta.author and " " not in meta.author:
        meta.author = None
    try:
        meta = TM.extract_meta_json(tree, meta)
    except Exception:  # noqa: BLE001 - as trafilatura: its JSON-LD reader has bugs
        pass
    meta.title = meta.title or TM.extract_title(tree)
    meta.author = meta.author or TM.extract_author(tree)
    meta.url = meta.url or TM.extract_url(tree, None)
    if meta.url:
        meta.hostname = TM.extract_domain(meta.url, fast=True)
    meta.date = find_date(tree, **_DATE_PARAMS, url=meta.url, max_date=dt.datetime.now().astimezone().strftime("%Y-%m-%d"))
    if not meta.sitename:
        meta.sitename = TM.extract_sitename(tree)
    if meta.sitename:
        meta.sitename = meta.sitename.lstrip("@")
        if meta.sitename and "." not in meta.sitename and not meta.sitename[0].isupper():
            meta.sitename = meta.sitename.title()
    elif meta.url and (m := TM.META_URL.match(meta.url)):
        meta.sitename = m[1]
    meta.clean_and_trim()
    return meta


def _plain(html: str) -> str:
    try:
        return lxml.html.fromstring(html).text_content()
    except (ValueError, lxml.etree.ParserError):
        return ""


def _html_authors(author: str | None) -> tuple[list[str], bool]:
    if not author:
        return [], False
    names, ai = [], False
    for part in re.split(r"\s*(?:;|,|\band\b)\s*", author):
        parsed = M.parse_byline(part.strip())
        if parsed:
            names += parsed[0]
            ai = ai or parsed[1]
        elif part.strip():
            names.append(part.strip())
    return names, ai


def _html_site(html: str, title: str | None) -> str | None:
    m = re.search(r"<title>([^<]+)</title>", html, re.I)
    if m and title:
        rest = m.group(1).replace(title, "").strip(" |–—-:")
        if rest and len(rest) < 60:
            return rest
    return M.copyright_holder(re.findall(r">([^<]{3,200})<", html))


def _flags(page: _Page) -> tuple[list[str], list[str]]:
    flags: list[str] = []
    notes: list[str] = []
    byline = page.byline.text
    if page.byline.ai or M.mentions_ai_writing(page.lines[:80]):
        flags.append("ai_generated")
        notes.append(f"the byline {byline or ''} is marked as machine-written".replace("  ", " "))
    credits = [n.lower() for n in M.wire_credit_names(list(page.lines))]
    if (
        byline
        and page.original
        and page.host
        and not M.same_source(page.original, page.host)
        and not any(n.lower() in credits for n in page.byline.names)
    ):
        flags.append("republisher_byline")
        notes.append(f"the byline {byline} belongs to {page.host}, which republished a story from {page.original}")
    return flags, notes


def clean_document(raw: RawDocument, settings: Settings | None = None) -> Document:
    """Clean one raw item into a Document: body without furniture, title,
    byline, dates, original source, flags, resolved relative dates, id and
    near-duplicate fingerprint. Raises InputError when no article text is left."""
    fields = raw.fields or {}
    page = _html_page(raw.raw, raw.source) if _is_html(raw) else _text_page(raw.raw, _today(), raw.url)
    page = _apply_fields(page, fields, raw)
    if len(page.text) < 400 and len(C.words(page.text)) < 5:   # a longer text has five words
        raise InputError("no article text left after removing page furniture", source=raw.source)
    flags, notes = _flags(page)
    published, future = not_after(page.published, _today())
    if future:
        page = dataclasses.replace(page, published=published)
        flags.append("future_date")
        notes.append(future)
    if fields.get("encoding"):
        flags.append("encoding_guessed")
        notes.append(f"the bytes are not valid UTF-8; read as {fields['encoding']} (a guess): "
                     "accented letters and quotes may be wrong")
    inconsistent = date_inconsistencies(page.text, page.published)
    if inconsistent:
        flags.append("inconsistent_dates")
        notes += inconsistent
    digest = content_hash(page.text)
    meta: dict[str, object] = {"relative_dates": relative_dates(page.text, page.published)}
    if fields.get("id"):
        meta["source_id"] = fields["id"]
    identity = source_identity(raw.path, raw.url, meta)
    return Document(
        id=document_id(identity, digest), content_hash=digest, text=page.text, raw_text=raw.raw, path=raw.path, url=raw.url,
        outlet=page.outlet, title=page.title, language=fields.get("language"), byline=page.byline.text,
        published=page.published, page_date=page.page_date, original_source=page.original or page.outlet,
        flags=tuple(flags), flag_notes=tuple(notes), fingerprint=fingerprint(page.text), meta=meta,
    )


def _is_html(raw: RawDocument) -> bool:
    return raw.kind == "html" or (raw.fields or {}).get("format") == "html"


def _apply_fields(page: _Page, fields: dict, raw: RawDocument) -> _Page:  # type: ignore[type-arg]
    """Batch/feed fields and front matter override what the page itself says."""
    changes: dict[str, object] = {}
    if fields.get("title"):
        changes["title"] = M.shown_title(M.given_title(str(fields["title"]), raw.url), page.lines)
    if fields.get("published"):
        changes["published"] = _field_date(fields["published"], raw.source) or page.published
    outlet = M.site_name(fields.get("outlet"), raw.url, page.outlet, prefer_url=not _is_html(raw))
    if outlet != page.outlet:
        changes["outlet"] = outlet
        # a page that shows a listed outlet as its own ('… | Harbour Post', a masthead) on another site is that outlet's copy
        elsewhere = bool(page.outlet and M.listed_outlet(page.outlet)) and not M.same_source(page.outlet, outlet)
        if page.original is None or (page.original == page.outlet and not elsewhere):
            changes["original"] = outlet   # no credit found: the site is the source
        elif M.listed_outlet(outlet) and page.original in M.lexicon().shared_house_styles and page.original == M.house_style(page.lines):
            changes["original"] = outlet   # a listed sister site in the style it shares ('Details:', 'Quote:' on European Pravda)
    if fields.get("byline"):
        parsed = M.parse_byline(str(fields["byline"]))
        names = tuple(parsed[0]) if parsed else (str(fields["byline"]).strip(),)
        changes["byline"] = M.Byline(names, (), bool(parsed and parsed[1]))
    if not _in_range(changes.get("published", page.published)):
        changes["published"] = None          # a date read off the page that no archive holds: not a date
    if not _in_range(page.page_date):
        changes["page_date"] = None
    return dataclasses.replace(page, **changes) if changes else page


def _in_range(date: dt.date | None) -> bool:
    return date is None or EARLIEST_DATE <= date <= LATEST_DATE


_ISO_YEAR = re.compile(r"^\s*([+-]?\d{1,6})-\d{1,2}-\d{1,2}")


def _field_date(value: object, source: str) -> dt.date | None:
    """A batch or feed record's publication date; one outside 1900–2100 is the record's error."""
    parsed = M.parse_iso_date(value)
    year = parsed.year if parsed else (int(m.group(1)) if (m := _ISO_YEAR.match(str(value))) else None)
    if year is not None and not EARLIEST_DATE.year <= year <= LATEST_DATE.year:
        raise InputError(f"published date {str(value)[:40]!r} is outside {EARLIEST_DATE}–{LATEST_DATE}",
                         source=source)
    return parsed


def clean_item(item: RawDocument | ItemError, settings: Settings) -> Document | ItemError:
    """One read item cleaned into a Document, or the error that names it (never an exception)."""
    if isinstance(item, ItemError):
        return item
    try:
        return clean_document(item, settings)
    except ZopaError as exc:
        return ItemError(item.source, exc.message)
    except Exception as exc:  # a page that breaks the parser must not stop the batch
        return ItemError(item.source, f"could not clean: {exc.__class__.__name__}: {exc}")


def _clean_all(items: Iterable[RawDocument | ItemError], settings: Settings, progress: object = None,
               client: object = None) -> tuple[list[Document], list[ItemError], int]:
    """Clean every item, here or (with a Dask `client`) on the cluster's workers, keeping input order."""
    docs: list[Document] = []
    errors: list[ItemError] = []
    sizes = [0]

    def measured() -> Iterator[RawDocument | ItemError]:
        for item in items:
            if isinstance(item, RawDocument):
                sizes[0] += len(item.raw.encode("utf-8", "replace"))
            yield item

    if client is None:
        cleaned: Iterable[Document | ItemError] = (clean_item(item, settings) for item in measured())
    else:
        from ..distributed import clean_on

        cleaned = clean_on(client, measured(), settings)
    for result in cleaned:
        if isinstance(result, ItemError):
            errors.append(result)
        else:
            docs.append(result)
        if progress is not None:
            progress.advance()  # type: ignore[attr-defined]
    return docs, errors, sizes[0]


def load_documents(sources: Sequence[str], settings: Settings | None = None) -> tuple[list[Document], list[ItemError]]:
    """Read, clean and link duplicates in memory (no store)."""
    from .sources import read_sources

    settings = settings or load_settings()
    docs, errors, _ = _clean_all(read_sources(sources, settings), settings)
    docs = share_credits(flag_late_dates(_distinct(docs)))
    return link_duplicates(docs, threshold=settings.near_duplicate_threshold), errors


def _distinct(docs: list[Document]) -> list[Document]:
    """The first of each (source, text): the same item read twice is one document."""
    seen: set[tuple[str, str]] = set()
    out = []
    for d in docs:
        key = (d.source_key, d.content_hash)
        if key not in seen:
            seen.add(key)
            out.append(d)
    return out


class _Progress:
    """A Rich progress bar over items, or nothing."""

    def __init__(self, enabled: bool, label: str) -> None:
        self._bar = None
        if enabled:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self._bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), transient=True)
            self._task = self._bar.add_task(label, total=None)

    def __enter__(self) -> "_Progress":
        if self._bar is not None:
            self._bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()

    def advance(self) -> None:
        if self._bar is not None:
            self._bar.advance(self._task)

    def relabel(self, label: str, total: int) -> None:
        if self._bar is not None:
            self._bar.update(self._task, description=label, total=total, completed=0)


def ingest(sources: Sequence[str], store: "Store", settings: Settings | None = None, *, progress: bool = True,
           client: object = None) -> IngestResult:
    """Read, clean, link duplicates against the store and store each document.

    Every source is kept as its own document, an exact copy of an earlier
    text (another outlet running the same wire story) too: it is stored with
    its own title, byline, outlet and dates and linked to the first stored
    document with the same content hash (`dup_kind` "exact"). A source that
    is already stored with the same text is left alone, so re-ingesting the
    same input changes nothing (all "unchanged"). Each document is written
    in its own transaction, earliest copy first, so an interrupted run leaves
    a consistent database and a rerun completes it. With a Dask `client`
    (see `zopa.distributed.cluster_client`) the cleaning runs on its workers.
    """
    from .sources import read_sources

    settings = settings or load_settings()
    with _Progress(progress, "reading") as bar:
        docs, errors, size = _clean_all(read_sources(sources, settings), settings, bar, client)
        docs = share_credits(flag_late_dates(_distinct(docs)))
        found = {id(d): store.stored_id(d) for d in docs}
        new = [d for d in docs if found[id(d)] is None]
        firsts = store.first_ids_by_content_hash({d.content_hash for d in new})
        linked = link_duplicates(new, store.fingerprints(), threshold=settings.near_duplicate_threshold,
                                 existing_hashes=firsts)
        bar.relabel("storing", len(linked))
        added, unchanged, dups = _store_all(linked, store, errors, bar)
    unchanged += [i for d in docs if (i := found[id(d)]) is not None]
    return IngestResult(tuple(added), tuple(dict.fromkeys(unchanged)), tuple(dups), tuple(errors), size)


def _store_all(docs: list[Document], store: "Store", errors: list[ItemError], bar: _Progress) -> tuple[list[str], list[str], list[str]]:
    added: list[str] = []
    unchanged: list[str] = []
    dups: list[str] = []
    order = sorted(range(len(docs)), key=lambda i: (docs[i].published or dt.date.max, i))
    for i in order:
        doc = docs[i]
        try:
            doc_id, status = store.add_document(doc)
        except ZopaError as exc:
            errors.append(ItemError(doc.path or doc.url or doc.id, exc.message))
            continue
        finally:
            bar.advance()
        if status != "added":
            unchanged.append(doc_id)
        elif doc.duplicate_of:
            dups.append(doc_id)
        else:
            added.append(doc_id)
    return added, unchanged, dups
