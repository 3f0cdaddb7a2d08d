"""Extraction over large corpora on Dask, with the same results as the single-process run.

Extraction is a pure function of (document, codebook), so it maps over a Dask
bag unchanged; results come back keyed by document id in input order.

    from dask.distributed import Client
    client = Client("tcp://scheduler:8786")          # or LocalCluster()
    results = extract_many(docs, codebook, client=client)

Needs the optional dependency group ``zopa[cluster]`` (``dask[distributed]``).
"""
from __future__ import annotations

from typing import Any, Sequence

from .codebook import Codebook
from .errors import ZopaError
from .extract import extract_document
from .records import Document, Statement


def _extract_partition(docs: list[Document], codebook: Codebook, mode: str) -> list[tuple[str, list[Statement]]]:
    return [(d.id, extract_document(d, codebook, mode=mode)) for d in docs]


def extract_many(documents: Sequence[Document], codebook: Codebook, *, mode: str = "rules",
                 client: Any = None, scheduler: str | None = None,
                 partition_size: int = 200) -> dict[str, list[Statement]]:
    """Extract statements from every document on Dask; same output as a sequential loop.

    `client` is a `dask.distributed.Client` (a cluster); without one, `scheduler`
    names a local Dask scheduler ("processes", "threads", "synchronous").
    """
    try:
        import dask.bag as db
    except ImportError as exc:  # pragma: no cover - exercised only without the extra
        raise ZopaError("Dask is not installed: pip install 'zopa[cluster]'") from exc
    if not documents:
        return {}
    bag = db.from_sequence(list(documents), partition_size=partition_size)
    pairs = bag.map_partitions(_extract_partition, codebook, mode)
    if client is not None:
        computed = client.compute(pairs, sync=True)
    else:
        computed = pairs.compute(scheduler=scheduler or "processes")
    return dict(computed)
