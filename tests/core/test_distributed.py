"""Extraction on a real Dask cluster gives exactly the single-process result."""
from __future__ import annotations

import pytest

from zopa.extract import extract_document
from zopa.ingest import load_documents
from zopa.settings import load_settings

distributed = pytest.importorskip("dask.distributed", reason="zopa[cluster] not installed")


@pytest.fixture(scope="module")
def corpus(seeds_dir, dev_dir):
    docs, errors = load_documents([str(seeds_dir), str(dev_dir)], load_settings())
    assert not errors
    return docs


@pytest.mark.slow
def test_local_cluster_matches_sequential(corpus, codebook):
    from zopa.distributed import extract_many

    sequential = {d.id: extract_document(d, codebook) for d in corpus}
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        clustered = extract_many(corpus, codebook, client=client, partition_size=5)
    assert sum(len(v) for v in sequential.values()) > 100
    assert clustered == sequential


def test_local_process_scheduler_matches_sequential(corpus, codebook):
    from zopa.distributed import extract_many

    subset = corpus[:8]
    sequential = {d.id: extract_document(d, codebook) for d in subset}
    assert extract_many(subset, codebook, scheduler="processes", partition_size=3) == sequential
    assert extract_many([], codebook) == {}
