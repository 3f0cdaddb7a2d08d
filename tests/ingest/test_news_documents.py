"""Document checks on real news page starts, plain and with front matter, pinned as floors.

The texts are third-party and not bundled: they are read from `../shared/corpus/news/`
next to the repository, and these tests skip when they are absent. Their gold (without
the texts) is `data/gold/news.documents.jsonl`.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from zopa.evaluate import evaluate_documents
from zopa.ingest import load_documents
from zopa.ingest.metadata import url_host

ROOT = Path(__file__).resolve().parents[2]
NEWS = ROOT.parent / "shared" / "corpus" / "news"
GOLD = ROOT / "data" / "gold" / "news.documents.jsonl"

pytestmark = pytest.mark.skipif(not (NEWS / "meta.json").exists(),
                                reason="real-news texts not present in ../shared/corpus/news (third-party, not bundled)")


@pytest.fixture(scope="module")
def with_front_matter(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    out = tmp_path_factory.mktemp("news-fm")
    metas = [m for m in json.loads((NEWS / "meta.json").read_text(encoding="utf-8")) if (NEWS / m["slice"] / m["doc"]).exists()]
    for m in metas:
        fields = {k: m[k] for k in ("title", "url", "date") if m.get(k)}
        text = (NEWS / m["slice"] / m["doc"]).read_text(encoding="utf-8")
        (out / m["doc"]).write_text("---\n" + yaml.safe_dump(fields, allow_unicode=True) + "---\n" + text, encoding="utf-8")
    return out, metas


def _slices() -> list[str]:
    return [str(p) for p in sorted(NEWS.iterdir()) if p.is_dir()]


def test_plain_page_dumps_keep_their_floor():
    checks = evaluate_documents(_slices(), GOLD)
    assert checks["n"] >= 59 and checks["all"] >= 0.80 and checks["must_keep"] == 1.0


def test_with_front_matter_keep_their_floor(with_front_matter):
    checks = evaluate_documents([str(with_front_matter[0])], GOLD)
    assert checks["all"] >= 0.91 and checks["must_keep"] == 1.0


def test_front_matter_values_are_always_taken(with_front_matter):
    folder, metas = with_front_matter
    docs, errors = load_documents([str(folder)])
    assert errors == []
    by_name = {d.name: d for d in docs}
    for m in metas:
        doc = by_name[m["doc"]]
        assert doc.title == (m["title"] or doc.title)
        assert (doc.published.isoformat() if doc.published else None) == (m["date"] or (doc.published and doc.published.isoformat()))
        assert doc.outlet == url_host(m["url"])
        assert not doc.text.startswith("---") and "url:" not in doc.text[:200]
