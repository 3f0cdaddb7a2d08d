"""Inputs an attacker or a broken export could hand to `zopa ingest`: each is refused or flagged
with a message naming the file, and the good items beside it are still stored."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from zopa.ingest import ingest, load_documents, read_sources
from zopa.records import ItemError
from zopa.settings import load_settings
from zopa.store import Store

ARTICLE = (
    "Kyiv and Moscow exchanged proposals on Tuesday in Istanbul, officials said after the meeting ended. "
    "Ukraine's delegation said it wanted binding security guarantees before any ceasefire could take effect. "
    "Both sides agreed to meet again in two weeks, according to the Turkish foreign ministry."
)


def _store(tmp_path: Path) -> Store:
    return Store(f"sqlite:///{tmp_path / 'hostile.db'}")


def test_a_symlink_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("root:x:0:0:root:/root:/bin/bash\n" * 20 + ARTICLE)
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "story.txt").write_text(ARTICLE)
    (folder / "passwd.txt").symlink_to(outside)
    (folder / "sub" / "up.txt").symlink_to(Path("..") / ".." / "secret.txt")
    (folder / "alias.txt").symlink_to(folder / "story.txt")           # inside the folder: fine
    items = list(read_sources([str(folder), str(folder / "*.txt")], load_settings()))
    refused = [i for i in items if isinstance(i, ItemError)]
    assert sorted(Path(e.source).name for e in refused) == ["passwd.txt", "passwd.txt", "up.txt"]
    assert all("outside" in e.message for e in refused)
    assert not any("root:x" in getattr(i, "raw", "") for i in items)
    assert sum(1 for i in items if not isinstance(i, ItemError)) == 4


def test_csv_rows_are_read_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "batch.csv"
    # each row adds two sentences of its own: shingle Jaccard 0.65, well under the near-copy threshold 0.8
    good = [f"{ARTICLE} Row {n} adds its own sentence about talks number {n}, and row {n} then adds a second one of its own."
            for n in range(3)]
    path.write_text("title,text\n"
                    f'"one","{good[0]}"\n'
                    f'"nul","broken\x00row {ARTICLE}"\n'
                    f'"two","{good[1]}"\n'
                    f'"long","{"w" * (csv.field_size_limit() + 10)}"\n'
                    f'"three","{good[2]}"\n', encoding="utf-8")
    with _store(tmp_path) as store:
        result = ingest([str(path)], store, load_settings(), progress=False)
        texts = [d.text for d in store.documents()]
    assert len(result.added) == 3 and len(texts) == 3
    assert sorted(e.source for e in result.errors) == [f"{path}:3", f"{path}:5"]
    assert all(e.message for e in result.errors)


def test_undecodable_bytes_are_flagged(tmp_path: Path) -> None:
    (tmp_path / "latin.txt").write_bytes(ARTICLE.replace("Turkish", "Türkish").encode("cp1252") + b" \x81\x8d\xff")
    (tmp_path / "clean.txt").write_text(ARTICLE.replace("Kyiv", "Kiev"), encoding="utf-8")
    docs, errors = load_documents([str(tmp_path)], load_settings())
    assert errors == []
    flagged = {d.name: d for d in docs}
    assert "encoding_guessed" in flagged["latin.txt"].flags
    assert any("UTF-8" in n for n in flagged["latin.txt"].flag_notes)
    assert "encoding_guessed" not in flagged["clean.txt"].flags


@pytest.mark.parametrize("published", ["9999-12-31", "0001-01-01", "1066-10-14", "2999-01-01"])
def test_an_extreme_publication_date_is_refused_at_ingest(tmp_path: Path, published: str) -> None:
    jsonl = tmp_path / "batch.jsonl"
    jsonl.write_text(json.dumps({"text": ARTICLE, "published": published}) + "\n"
                     + json.dumps({"text": ARTICLE + " More.", "published": "2026-01-02"}) + "\n")
    csv_path = tmp_path / "batch.csv"
    csv_path.write_text(f'text,published\n"{ARTICLE} Again.",{published}\n')
    with _store(tmp_path) as store:
        result = ingest([str(jsonl), str(csv_path)], store, load_settings(), progress=False)
        dates = [d.published for d in store.documents()]
    assert len(result.added) == 1 and [str(d) for d in dates] == ["2026-01-02"]
    assert sorted(e.source for e in result.errors) == [f"{csv_path}:2", f"{jsonl}:1"]
    assert all(published in e.message for e in result.errors)


def test_a_feed_with_a_character_reference_to_a_lone_surrogate_is_that_files_error(tmp_path: Path) -> None:
    (tmp_path / "bad.rss").write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>'
                                      f"<item><title>&#xD800;</title><description>{ARTICLE}</description></item>"
                                      "</channel></rss>")
    (tmp_path / "good.txt").write_text(ARTICLE)
    docs, errors = load_documents([str(tmp_path)], load_settings())
    assert [d.name for d in docs] == ["good.txt"]
    assert [e.source for e in errors] == [str(tmp_path / "bad.rss")] and "malformed feed" in errors[0].message


@pytest.mark.parametrize("link", ["", "/relative/story", "javascript:alert(1)", "mailto:desk@example.org"])
def test_an_item_of_a_feed_file_names_the_file_and_its_place(tmp_path: Path, link: str) -> None:
    """Whatever its link says, a feed item read from a file is traced to that file, as a JSONL record is."""
    text = "The delegations met again on Tuesday and said the talks on a ceasefire would go on next week."
    feed = tmp_path / "wire.rss"
    feed.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
                    f"<item><title>One</title><description>{text}</description><link>{link}</link></item>"
                    f"<item><title>Two</title><description>{text} Both sides agreed.</description></item>"
                    "</channel></rss>", encoding="utf-8")
    docs, errors = load_documents([str(feed)], load_settings(fetch_timeout=0.2))
    assert not errors and [d.path for d in docs] == [f"{feed}#item1", f"{feed}#item2"]
    assert (docs[0].url or "") == link and docs[1].url is None
