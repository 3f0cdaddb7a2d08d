"""The public namespace of zopa.ingest."""
from __future__ import annotations

import zopa.ingest as ingest_pkg


def test_all_lists_exactly_the_public_names():
    public = {name for name in dir(ingest_pkg) if not name.startswith("_")} - {
        "clean", "dates", "dedup", "frontmatter", "lexicon", "metadata", "pipeline", "sources", "annotations"}
    assert set(ingest_pkg.__all__) == public
    for name in ingest_pkg.__all__:
        assert getattr(ingest_pkg, name).__doc__
