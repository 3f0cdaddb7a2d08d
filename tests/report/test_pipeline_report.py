"""The report and the web app over a store filled by zopa's own ingest and extraction of the seeds."""
from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from seedstore import build_seed_store, pipeline_available
from zopa.report import build_report, render_html
from zopa.web import create_app


@pytest.mark.skipif(not pipeline_available(), reason="zopa.ingest.ingest / zopa.extract.extract_store not built")
def test_report_and_app_over_the_real_pipeline(tmp_path: Path, seeds_dir: Path, gold_dir: Path, codebook) -> None:
    url = f"sqlite:///{tmp_path / 'pipeline.db'}"
    with build_seed_store(url, seeds_dir, gold_dir, codebook, pipeline=True) as store:
        statements = store.statements()
        report = build_report(store, codebook)
    assert len(report.provenance.documents) == 5 and report.statement_count == len(statements) > 2
    page = render_html(report)
    assert "No overlap on" in page or "Room for agreement on" in page
    with TestClient(create_app(url, codebook), base_url="http://localhost") as client:
        assert client.get("/").status_code == 200
        st = statements[0]
        doc = client.get(f"/documents/{st.doc_id}", params={"statement": st.id})
        assert doc.status_code == 200 and 'class="focus"' in doc.text
