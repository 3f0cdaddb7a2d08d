"""Near-duplicate fingerprints of the tagged scheme ("m2:"): recomputed from each stored text.

Up to 0002 a fingerprint was datasketch's MinHash of the SHA-1 of each word
5-shingle, in hex. Ingest now hashes each word once and combines the shingle
hashes in numpy, and tags the result; an untagged fingerprint is not
comparable with a tagged one, so every stored document's fingerprint is
recomputed from its text here and near copies stay linkable across the
upgrade. The downgrade recomputes the untagged SHA-1 fingerprints.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""
from __future__ import annotations

import re

import numpy as np
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


_BATCH = 500


def _rewrite(compute) -> None:  # type: ignore[no-untyped-def]
    """Every fingerprinted document's fingerprint from its text, a batch of texts in memory at a time."""
    bind = op.get_bind()
    pks = bind.execute(sa.text("SELECT pk FROM documents WHERE fingerprint IS NOT NULL ORDER BY pk")).scalars().all()
    select = sa.text("SELECT pk, text FROM documents WHERE pk IN :pks").bindparams(sa.bindparam("pks", expanding=True))
    update = sa.text("UPDATE documents SET fingerprint = :fp WHERE pk = :pk")
    for i in range(0, len(pks), _BATCH):
        rows = bind.execute(select, {"pks": pks[i:i + _BATCH]}).all()
        bind.execute(update, [{"fp": compute(body or ""), "pk": pk} for pk, body in rows])


def upgrade() -> None:
    from zopa.ingest.dedup import fingerprint

    _rewrite(fingerprint)


def _sha1_fingerprint(template):  # type: ignore[no-untyped-def]
    """The fingerprint as revisions 0001–0002 stored it: datasketch's MinHash (its default SHA-1,
    the "affine32" scheme) of the distinct word 5-shingles, in hex."""
    from datasketch import MinHash

    def compute(text: str) -> str:
        tokens = re.findall(r"[^\W_]+", text.casefold())
        shingles = ({" ".join(tokens).encode()} if len(tokens) < 5 else
                    {" ".join(tokens[i : i + 5]).encode() for i in range(len(tokens) - 4)})
        m = MinHash(num_perm=128, scheme="affine32", permutations=template.permutations)
        m.update_batch(list(shingles))
        return np.asarray(m.hashvalues, dtype=">u4").tobytes().hex()

    return compute


def downgrade() -> None:
    from datasketch import MinHash

    _rewrite(_sha1_fingerprint(MinHash(num_perm=128, scheme="affine32")))
