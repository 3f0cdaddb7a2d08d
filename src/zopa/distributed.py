"""Cleaning and extraction over large corpora on Dask, with the same results as the single-process run.

Cleaning (raw item -> Document) and extraction (Document -> statements) are
pure functions, so they run on the workers unchanged; reading the inputs and
writing the store stay on the client, in input order, one transaction per
document, so a run is idempotent and a killed run is completed by rerunning it.

    with cluster_client("tcp://scheduler:8786") as client:    # or "local:4"
        results = extract_many(docs, codebook, client=client)
        summary = extract_store_on(client, store, codebook)

`zopa ingest --cluster ADDRESS` and `zopa extract --cluster ADDRESS` do the same
from the command line. Needs ``zopa[cluster]`` (``dask[distributed]``).
"""
from __future__ import annotations

import contextlib
from collections import deque
from typing import Any, Callable, Iterable, Iterator, Sequence

from .codebook import Codebook
from .errors import InputError, ZopaError
from .extract import ExtractSummary, extract_document
from .extract.pipeline import version_for
from .records import Document, ItemError, RawDocument, Statement
from .settings import Settings


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


@contextlib.contextmanager
def cluster_client(address: str) -> Iterator[Any]:
    """A `dask.distributed.Client` of the scheduler at `address`, or of a new LocalCluster for "local:N"."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - exercised only without the extra
        raise ZopaError("Dask is not installed: pip install 'zopa[cluster]'") from exc
    if address.startswith("local:"):
        workers = address.removeprefix("local:")
        if not workers.isdigit() or not 1 <= int(workers) <= 256:
            raise InputError(f"--cluster local:N needs a number of workers from 1 to 256, got {address!r}")
        with LocalCluster(n_workers=int(workers), threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(address, timeout="10s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise ZopaError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    with client:
        yield client


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _ordered_map(client: Any, fn: Callable[..., list[Any]], batches: Iterable[list[Any]], *args: Any,
                 window: int) -> Iterator[list[Any]]:
    """`fn(batch, *args)` for each batch on the cluster, results in input order, at most `window` in flight."""
    pending: deque[Any] = deque()
    shared = [client.scatter(a, broadcast=True) for a in args]
    for batch in batches:
        pending.append(client.submit(fn, batch, *shared, pure=False))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _clean_batch(items: list[RawDocument | ItemError], settings: Settings) -> list[Document | ItemError]:
    from .ingest.pipeline import clean_item

    return [clean_item(item, settings) for item in items]


def clean_on(client: Any, items: Iterable[RawDocument | ItemError], settings: Settings, *,
             batch: int = 50) -> Iterator[Document | ItemError]:
    """Clean raw items on the cluster's workers; documents and errors come back in input order."""
    window = 2 * max(1, len(client.scheduler_info().get("workers", {})))
    for results in _ordered_map(client, _clean_batch, _batches(items, batch), settings, window=window):
        yield from results


def _extract_batch(docs: list[Document], codebook: Codebook, mode: str) -> list[tuple[str, list[Statement] | str]]:
    out: list[tuple[str, list[Statement] | str]] = []
    for doc in docs:
        try:
            out.append((doc.id, extract_document(doc, codebook, mode=mode)))
        except ZopaError as exc:
            out.append((doc.id, str(exc)))
    return out


def extract_store_on(client: Any, store: Any, codebook: Codebook, mode: str = "rules", progress: bool = True,
                     batch: int = 50) -> ExtractSummary:
    """`zopa.extract.extract_store` with extraction on the cluster's workers; the client writes the store.

    Every document's machine statements are replaced as the single-process run does, in the
    store's document order, so the stored statements are identical to that run's.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .review.calibration import calibrate

    version = version_for(mode)
    n_docs = n_statements = 0
    errors: list[ItemError] = []
    names: dict[str, str] = {}
    window = 2 * max(1, len(client.scheduler_info().get("workers", {})))

    def docs() -> Iterator[Document]:
        for doc in store.iter_documents():
            names[doc.id] = doc.name
            yield doc

    columns = (TextColumn("extract"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, disable=not progress, transient=True) as bar:
        task = bar.add_task("extract", total=store.document_count())
        for results in _ordered_map(client, _extract_batch, _batches(docs(), batch), codebook, mode, window=window):
            for doc_id, found in results:
                try:
                    if isinstance(found, str):       # the worker's ZopaError, as text
                        errors.append(ItemError(names.get(doc_id, doc_id), found))
                    else:
                        n_statements += store.replace_machine_statements(doc_id, calibrate(found), version)
                        n_docs += 1
                except ZopaError as exc:
                    errors.append(ItemError(names.get(doc_id, doc_id), str(exc)))
                bar.advance(task)
    return ExtractSummary(n_docs, n_statements, version, tuple(errors))
