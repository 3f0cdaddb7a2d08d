"""Property-based fuzzing of every reader: whatever bytes a file holds, reading and cleaning it never
raises; each failure is an item error that names the file (and the line, for batches)."""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zopa.ingest import load_documents
from zopa.settings import load_settings

pytestmark = pytest.mark.slow

EXAMPLES = 40          # per test; each test is one reader (or family), see the strategies below
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
SETTINGS = load_settings(fetch_timeout=0.2)

WORDS = st.sampled_from(["Kyiv", "Moscow", "said", "ceasefire", "Donetsk", "the", "talks", "rejects", "—", "«",
                         "\u200b", "\x00", "\ud7ff", "é", "\\", '"', ",", "\n", "\r\n", "<p>", "</p>", "<script>",
                         "&amp;", "&#0;", "&#xD800;", "]]>", "<![CDATA[", "9999-12-31", "0001-01-01", "2026-02-30"])
PROSE = st.lists(WORDS, max_size=80).map(" ".join)
SCALAR = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), PROSE,
                   st.sampled_from(["9999-12-31", "0001-01-01", "-5-01-01", "2026-13-45", "yesterday", ""]))


def _read(suffix: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"fuzzed{suffix}"
        path.write_bytes(data)
        docs, errors = load_documents([str(path)], SETTINGS)          # must not raise
        for err in errors:
            assert err.source.startswith(str(path)) and err.message.strip(), err
        for doc in docs:
            assert doc.text.strip() and doc.path and doc.path.startswith(str(path))


@FUZZ
@given(suffix=st.sampled_from([".txt", ".md", ".html", ".jsonl", ".csv", ".rss", ".atom", ".xml", ".bin"]),
       data=st.binary(max_size=4000))
def test_random_bytes_in_any_reader(suffix: str, data: bytes) -> None:
    _read(suffix, data)


@FUZZ
@given(suffix=st.sampled_from([".txt", ".md"]), front=st.dictionaries(st.sampled_from(["title", "date", "by"]),
                                                                     PROSE, max_size=3),
       body=PROSE, encoding=st.sampled_from(["utf-8", "cp1252", "utf-16", "latin-1"]))
def test_text_and_front_matter(suffix: str, front: dict, body: str, encoding: str) -> None:
    head = "---\n" + "".join(f"{k}: {v}\n" for k, v in front.items()) + "---\n" if front else ""
    _read(suffix, (head + body).encode(encoding, "surrogatepass" if encoding.startswith("utf") else "replace"))


@FUZZ
@given(tags=st.lists(st.sampled_from(["<html>", "<body>", "<article>", "<p>", "</p>", "<div>", "</div>", "<title>",
                                      "</title>", "<meta name='author' content='", "'>", "<script>", "</script>",
                                      "<!--", "-->", "<table><tr><td>", "<br/>", "<time datetime='9999-12-31'>"]),
                     max_size=40),
       words=st.lists(PROSE, max_size=40))
def test_html_tag_soup(tags: list[str], words: list[str]) -> None:
    parts = [x for pair in zip(tags, words) for x in pair]
    _read(".html", "".join(parts).encode("utf-8", "surrogatepass"))


@FUZZ
@given(rows=st.lists(st.one_of(st.dictionaries(st.sampled_from(["text", "html", "title", "published", "url",
                                                                 "byline", "outlet", "id", "x"]), SCALAR, max_size=6),
                               SCALAR, st.lists(SCALAR, max_size=3)), max_size=12),
       broken=st.lists(st.sampled_from(["{", "[1,", '{"text": "\x00"}', "NaN", '{"text": 1e999}', "\x00"]),
                       max_size=3))
def test_jsonl_records(rows: list, broken: list[str]) -> None:
    lines = [json.dumps(r, ensure_ascii=False) for r in rows] + broken
    _read(".jsonl", "\n".join(lines).encode("utf-8", "surrogatepass"))


@FUZZ
@given(header=st.lists(st.sampled_from(["text", "html", "title", "published", "url", "id", "", "text"]),
                       min_size=1, max_size=5),
       cells=st.lists(st.lists(PROSE, max_size=6), max_size=10))
def test_csv_rows(header: list[str], cells: list[list[str]]) -> None:
    def line(values: list[str]) -> str:
        return ",".join('"' + v.replace('"', '""') + '"' if "," in v or '"' in v or "\n" in v else v for v in values)

    _read(".csv", "\n".join([line(header), *(line(c) for c in cells)]).encode("utf-8", "surrogatepass"))


@FUZZ
@given(kind=st.sampled_from(["rss", "atom"]),
       items=st.lists(st.tuples(PROSE, PROSE, st.sampled_from(["", "9999-12-31", "Tue, 02 Jun 2026 10:00:00 GMT",
                                                               "garbage", "0001-01-01T00:00:00Z"]),
                                st.sampled_from(["", "ftp://x", "mailto:a@b", "javascript:alert(1)", "/relative"])),
                      max_size=6))
def test_feeds(kind: str, items: list[tuple[str, str, str, str]]) -> None:
    if kind == "rss":
        body = "".join(f"<item><title>{t}</title><description>{d}</description><pubDate>{p}</pubDate>"
                       f"<link>{link}</link></item>" for t, d, p, link in items)
        xml = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>{body}</channel></rss>'
    else:
        body = "".join(f"<entry><title>{t}</title><content>{d}</content><updated>{p}</updated>"
                       f"<link href='{link}'/></entry>" for t, d, p, link in items)
        xml = f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>{body}</feed>'
    _read(f".{kind}", xml.encode("utf-8", "surrogatepass"))
