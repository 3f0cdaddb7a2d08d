"""`ingest` into a real SQLite store: idempotent reruns, interruption, errors kept per item."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zopa.cli import app
from zopa.ingest import ingest
from zopa.records import Document
from zopa.settings import load_settings
from zopa.store import Store


def test_ingest_stores_documents_and_links_syndicated_copies(sqlite_url: str, seeds_dir: Path, dev_dir: Path):
    with Store(sqlite_url) as store:
        result = ingest([str(seeds_dir), str(dev_dir)], store, load_settings(), progress=False)
        assert result.errors == ()
        assert len(result.added) == 26 and len(result.duplicates) == 2
        stored = {d.name: d for d in store.documents()}
        assert len(stored) == 28 == store.document_count()
    copy = stored["dev2_09_witkoff-kushner-moscow-syndicated.txt"]
    assert copy.duplicate_of == stored["dev2_08_witkoff-kushner-moscow.txt"].id and copy.dup_kind == "near"
    # an exact copy from another outlet is a document of its own, linked to the first
    original = stored["dev1_01_istanbul-neutrality-offer.txt"]
    exact = stored["dev1_02_istanbul-neutrality-syndicated.txt"]
    assert exact.id in result.duplicates and exact.id != original.id
    assert exact.duplicate_of == original.id and exact.dup_kind == "exact" and original.duplicate_of is None
    assert stored["002_2ca43d52e0bca40b.txt"].flags == ("ai_generated", "inconsistent_dates")
    assert result.bytes_read > 150_000


def test_reingesting_the_same_input_changes_nothing(sqlite_url: str, seeds_dir: Path, dev_dir: Path):
    sources = [str(seeds_dir), str(dev_dir)]
    with Store(sqlite_url) as store:
        ingest(sources, store, load_settings(), progress=False)
        before = [(d.id, d.duplicate_of, d.flags) for d in store.documents()]
        again = ingest(sources, store, load_settings(), progress=False)
        after = [(d.id, d.duplicate_of, d.flags) for d in store.documents()]
    assert again.added == () and again.duplicates == () and len(again.unchanged) == 28
    assert before == after


class _Interrupting(Store):
    """A real store whose process is interrupted after `limit` documents."""

    def __init__(self, url: str, limit: int) -> None:
        super().__init__(url)
        self.limit = limit

    def add_document(self, doc: Document) -> tuple[str, str]:
        if self.limit == 0:
            raise KeyboardInterrupt
        self.limit -= 1
        return super().add_document(doc)


def test_interrupted_ingest_leaves_a_consistent_db_and_a_rerun_completes(sqlite_url: str, seeds_dir: Path, dev_dir: Path):
    sources = [str(seeds_dir), str(dev_dir)]
    store = _Interrupting(sqlite_url, limit=10)
    with pytest.raises(KeyboardInterrupt):
        ingest(sources, store, load_settings(), progress=False)
    store.close()
    with Store(sqlite_url) as store:
        partial = store.documents()
        assert len(partial) == 10 and all(d.text for d in partial)
        result = ingest(sources, store, load_settings(), progress=False)
        assert len(result.unchanged) == 10 and len(result.added) + len(result.duplicates) == 18
        ids = [d.id for d in store.documents()]
    assert len(ids) == len(set(ids)) == 28


def test_bad_items_are_reported_and_stored_documents_stay(sqlite_url: str, seeds_dir: Path, tmp_path: Path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00binary")
    with Store(sqlite_url) as store:
        ingest([str(seeds_dir)], store, load_settings(), progress=False)
        result = ingest([str(bad), str(seeds_dir), str(tmp_path / "missing.html")], store, load_settings(), progress=False)
        assert len(store.documents()) == 4
    assert [e.source for e in result.errors] == [str(bad), str(tmp_path / "missing.html")]
    assert len(result.unchanged) == 4


def test_cli_ingest_exit_codes_and_summary(sqlite_url: str, seeds_dir: Path, tmp_path: Path):
    runner = CliRunner()
    ok = runner.invoke(app, ["ingest", str(seeds_dir), "--db", sqlite_url, "--no-progress"])
    assert ok.exit_code == 0, ok.output
    assert "added" in ok.output and "4" in ok.output
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    failed = runner.invoke(app, ["ingest", str(seeds_dir), str(empty), "--db", sqlite_url, "--no-progress"],
                           env={"COLUMNS": "250"})  # the table must not wrap the long temporary path
    assert failed.exit_code == 1
    assert "empty.txt" in failed.output and "empty input" in failed.output
    bracketed = tmp_path / "scan[draft].txt"   # a name in brackets is printed as given, not read as console markup
    bracketed.write_bytes(bytes(range(256)) * 4)
    failed = runner.invoke(app, ["ingest", str(bracketed), "--db", sqlite_url, "--no-progress"], env={"COLUMNS": "250"})
    assert failed.exit_code == 1 and "scan[draft].txt" in failed.output, failed.output


def _gold(gold_dir: Path, name: str) -> dict:
    rows = [json.loads(line) for line in (gold_dir / "dev.documents.jsonl").read_text().splitlines() if line.strip()]
    return next(r for r in rows if r["doc"] == name)


def test_exact_syndicated_copy_is_kept_with_its_own_metadata(sqlite_url: str, dev_dir: Path, gold_dir: Path,
                                                             tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    names = ("dev1_01_istanbul-neutrality-offer.txt", "dev1_02_istanbul-neutrality-syndicated.txt")
    folder = tmp_path / "wire"
    folder.mkdir()
    for name in names:
        shutil.copy(dev_dir / name, folder / name)
    with Store(sqlite_url) as store:
        first = ingest([str(folder)], store, load_settings(), progress=False)
        docs = {d.name: d for d in store.documents()}
        original, copy = docs[names[0]], docs[names[1]]
        assert original.content_hash == copy.content_hash and original.id != copy.id
        assert first.added == (original.id,) and first.duplicates == (copy.id,)
        assert copy.duplicate_of == original.id and copy.dup_kind == "exact" and original.duplicate_of is None
        for doc in (original, copy):  # each keeps the metadata of its own page
            gold = _gold(gold_dir, doc.name)
            assert (doc.title, doc.byline, doc.original_source) == (gold["title"], gold["byline"],
                                                                      gold["original_source"])
            assert str(doc.published) == gold["date"]
        assert original.title != copy.title and original.byline != copy.byline
        assert store.has_document(copy.content_hash) == original.id
        assert store.get_document(copy.id).name == names[1]

        again = ingest([str(folder)], store, load_settings(), progress=False)
        assert again.added == () and again.duplicates == () and set(again.unchanged) == {original.id, copy.id}
        monkeypatch.chdir(tmp_path)  # the same files under another spelling of their folder
        relative = ingest(["wire", str(folder / names[1])], store, load_settings(), progress=False)
        assert relative.added == () and relative.duplicates == () and len(relative.unchanged) == 2
        assert store.document_count() == 2
        hits = {h.document.id for h in store.search("neutrality")}
    assert hits == {original.id, copy.id}
