"""Reading files, folders, globs and batches; each bad item becomes a clear per-item error."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from zopa.ingest import load_documents, read_sources
from zopa.records import ItemError, RawDocument
from zopa.settings import load_settings

ARTICLE = (
    "Kyiv and Moscow exchanged proposals on Tuesday in Istanbul, officials said after the meeting ended.\n\n"
    "Ukraine's delegation said it wanted binding security guarantees before any ceasefire could take effect, "
    "while Russia repeated its demand for the whole of the Donetsk region.\n\n"
    "Both sides agreed to meet again in two weeks, according to the Turkish foreign ministry.\n"
)


def read(paths, **overrides):
    return list(read_sources([str(p) for p in paths], load_settings(**overrides)))


def errors_of(items):
    return [i for i in items if isinstance(i, ItemError)]


def test_folder_is_read_recursively_in_name_order(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b" / "c.txt").write_text(ARTICLE.replace("Tuesday", "Monday"), encoding="utf-8")
    (tmp_path / "b" / "ignored.bin").write_bytes(b"\x00\x01")
    items = read([tmp_path])
    assert [Path(i.path).name for i in items] == ["a.txt", "c.txt"]
    assert all(isinstance(i, RawDocument) and i.kind == "text" for i in items)


def test_glob_pattern_expands(tmp_path: Path, seeds_dir: Path):
    items = read([f"{seeds_dir}/00[01]*.txt"])
    assert [Path(i.path).name[:3] for i in items] == ["000", "001"]


def test_glob_matching_nothing_is_an_error(tmp_path: Path):
    (err,) = read([f"{tmp_path}/*.txt"])
    assert isinstance(err, ItemError) and "no readable files" in err.message


def test_jsonl_records_carry_their_fields(tmp_path: Path):
    rows = [
        {"id": "r1", "text": ARTICLE, "title": "Talks in Istanbul", "published": "2025-06-02", "byline": "Anna Keller",
         "outlet": "Example Wire", "url": "https://example.org/a"},
        {"id": "r2", "html": f"<html><body><article><p>{ARTICLE}</p></article></body></html>"},
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    docs, errors = load_documents([str(path)], load_settings())
    assert errors == []
    first = docs[0]
    assert (first.title, first.published.isoformat(), first.byline, first.outlet, first.url) == (
        "Talks in Istanbul", "2025-06-02", "Anna Keller", "Example Wire", "https://example.org/a")
    assert first.meta["source_id"] == "r1"
    assert "binding security guarantees" in docs[1].text


def test_jsonl_bad_lines_are_errors_and_the_rest_goes_on(tmp_path: Path):
    path = tmp_path / "batch.jsonl"
    path.write_text(
        json.dumps({"text": ARTICLE}) + "\n{not json\n" + json.dumps([1, 2]) + "\n" + json.dumps({"title": "no body"}) + "\n",
        encoding="utf-8",
    )
    items = read([path])
    errs = errors_of(items)
    assert [e.source for e in errs] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert "malformed JSON" in errs[0].message and "JSON object" in errs[1].message and "'text' or 'html'" in errs[2].message
    assert sum(isinstance(i, RawDocument) for i in items) == 1


def test_csv_batch(tmp_path: Path):
    path = tmp_path / "batch.csv"
    path.write_text('title,text,published\n"Talks","' + ARTICLE.replace('"', '""') + '",2025-06-02\n,,\n', encoding="utf-8")
    items = read([path])
    assert isinstance(items[0], RawDocument) and items[0].fields["title"] == "Talks"
    line = path.read_text(encoding="utf-8").splitlines().index(",,") + 1        # the row's line in the file
    assert isinstance(items[1], ItemError) and items[1].source == f"{path}:{line}"


def test_csv_without_text_column_is_an_error(tmp_path: Path):
    path = tmp_path / "batch.csv"
    path.write_text("title,url\nA,https://example.org\n", encoding="utf-8")
    (err,) = read([path])
    assert "'text' or 'html' column" in err.message


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"text with a \x00 NUL byte in it", "binary"),
    ],
    ids=["empty", "blank", "png", "nul"],
)
def test_empty_and_binary_files_are_errors(tmp_path: Path, content: bytes, message: str):
    path = tmp_path / "item.txt"
    path.write_bytes(content)
    (err,) = read([path])
    assert isinstance(err, ItemError) and err.source == str(path) and message in err.message


def test_cp1252_text_is_decoded(tmp_path: Path):
    path = tmp_path / "legacy.txt"
    path.write_bytes(ARTICLE.replace("Ukraine's", "Ukraine\u2019s").replace("Kyiv", "Kyiv \u2013 d\u00e9j\u00e0").encode("cp1252"))
    (item,) = read([path])
    assert isinstance(item, RawDocument) and "Ukraine\u2019s" in item.raw and "d\u00e9j\u00e0" in item.raw


def test_file_over_size_limit_is_an_error(tmp_path: Path):
    path = tmp_path / "huge.txt"
    path.write_text(ARTICLE * 50, encoding="utf-8")
    (err,) = read([path], max_file_bytes=1000)
    assert "too large" in err.message


def test_missing_path_is_an_error(tmp_path: Path):
    (err,) = read([tmp_path / "nope.txt"])
    assert err.message == "no such file, folder or URL"


def test_truncated_html_still_yields_text(tmp_path: Path):
    path = tmp_path / "cut.html"
    path.write_text(f"<html><head><title>Cut</title></head><body><article><p>{ARTICLE}</p><p>And then the pa", encoding="utf-8")
    docs, errors = load_documents([str(path)], load_settings())
    assert errors == [] and "binding security guarantees" in docs[0].text


def test_html_without_article_text_is_an_error(tmp_path: Path):
    path = tmp_path / "empty.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav><div></div></body></html>", encoding="utf-8")
    docs, errors = load_documents([str(path)], load_settings())
    assert docs == [] and errors[0].source == str(path) and "no article text" in errors[0].message


def test_one_bad_item_does_not_stop_the_batch(tmp_path: Path, seeds_dir: Path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x00")
    docs, errors = load_documents([str(bad), str(seeds_dir)], load_settings())
    assert len(docs) == 4 and [e.source for e in errors] == [str(bad)]
