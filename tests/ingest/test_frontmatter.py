"""Front matter on text and Markdown files: read, cut from the body, winning over detection."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from zopa.ingest import load_documents
from zopa.ingest.frontmatter import FrontMatterError, split_front_matter

BODY = (
    "Negotiators from both sides met in a lakeside hotel on Tuesday and agreed to extend the grain corridor "
    "for another ninety days, officials said.\n\n"
    "The agreement leaves the question of port inspections open, according to a statement from the mediators.\n"
)
PAGE = "Breaking News\n\nGrain corridor extended after lakeside talks\n\nMarch 4, 2024\n\n" + BODY


def test_yaml_block_is_read_and_cut():
    fm = split_front_matter("---\ntitle: Corridor extended\ndate: 2024-03-05\nurl: https://www.example.org/a\n---\n" + BODY)
    assert fm.fields == {"title": "Corridor extended", "published": dt.date(2024, 3, 5), "url": "https://www.example.org/a"}
    assert fm.body == BODY and fm.lines == 5


def test_plain_key_value_header_is_read_and_cut():
    fm = split_front_matter("Title: Corridor extended\nSource: Harbour Gazette\nPublished: 5 March 2024\n---\n" + BODY)
    assert fm.fields == {"title": "Corridor extended", "outlet": "Harbour Gazette", "published": dt.date(2024, 3, 5)}
    assert fm.body == BODY


def test_aliases_and_unknown_keys():
    fm = split_front_matter("---\nheadline: A\nauthors: [Ana Ruiz, Tom Berg]\nlang: en\nlayout: post\nid: x-1\n---\nbody")
    assert fm.fields == {"title": "A", "byline": "Ana Ruiz, Tom Berg", "language": "en", "id": "x-1"}


@pytest.mark.parametrize(
    "text",
    [BODY, "Some opening words of a story\n\n---\n\nMore words after a horizontal rule.",
     "Note: this is a plain paragraph.\nAnd another line of prose without keys.\n---\nrest"],
)
def test_texts_without_front_matter_come_back_whole(text: str):
    fm = split_front_matter(text)
    assert fm.fields == {} and fm.body == text and fm.lines == 0


@pytest.mark.parametrize(
    "text, line",
    [("---\ntitle: A\nauthors:\n  - [Ann\n---\nbody", 4),        # broken YAML
     ("---\ntitle: A\ndate: someday soon\n---\nbody", 3),        # not a date
     ("---\ntitle: A\nbody without an end", 1),                  # never closed
     ("title: A\nurl: https://example.org/a\nthis line is no header\n---\nbody", 3)],
)
def test_malformed_front_matter_names_the_line(text: str, line: int):
    with pytest.raises(FrontMatterError) as err:
        split_front_matter(text)
    assert err.value.line == line and f"line {line}" in str(err.value)


def test_front_matter_wins_over_detection_and_is_not_in_the_text(tmp_path: Path):
    (tmp_path / "story.md").write_text(
        "---\ntitle: Corridor deal extended\ndate: 2024-03-05\nurl: https://www.harbour-gazette.example/x\n"
        "author: Ana Ruiz\nlanguage: en\n---\n" + PAGE, encoding="utf-8")
    (docs, errors) = load_documents([str(tmp_path)])
    assert errors == []
    doc = docs[0]
    assert (doc.title, doc.published, doc.byline, doc.language) == ("Corridor deal extended", dt.date(2024, 3, 5), "Ana Ruiz", "en")
    assert doc.outlet == doc.original_source == "harbour-gazette.example"
    assert doc.url == "https://www.harbour-gazette.example/x"
    assert "title:" not in doc.raw_text and not doc.text.startswith("---")
    assert doc.text.startswith("Negotiators from both sides")


def test_source_key_names_the_outlet_but_a_wire_credit_stays_the_original(tmp_path: Path):
    (tmp_path / "wire.txt").write_text(
        "source: Harbour Gazette\n---\nGENEVA (Reuters) - " + BODY, encoding="utf-8")
    doc = load_documents([str(tmp_path)])[0][0]
    assert doc.outlet == "Harbour Gazette" and doc.original_source == "Reuters"


def test_malformed_front_matter_is_an_error_and_the_file_is_still_ingested(tmp_path: Path):
    (tmp_path / "bad.txt").write_text("---\ntitle: A\nauthors:\n  - [Ann\n---\n" + PAGE, encoding="utf-8")
    docs, errors = load_documents([str(tmp_path)])
    assert len(errors) == 1 and "line 4" in errors[0].message and "ingested as plain text" in errors[0].message
    assert len(docs) == 1 and "lakeside hotel" in docs[0].text


@pytest.mark.parametrize("title", ["Kremlin: no talks without the regions", "Erdogan: Russia must return land: a report"])
def test_a_title_with_colons_is_read_even_though_it_is_not_strict_yaml(title: str):
    fm = split_front_matter(f"---\ntitle: {title}\ndate: 2024-03-05\n---\n" + BODY)
    assert fm.fields == {"title": title, "published": dt.date(2024, 3, 5)}
