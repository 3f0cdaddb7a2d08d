"""Exact and near-duplicate detection.

Exact copies share a content hash. Near copies (a syndicated story under a new
headline with other furniture) share most of their word 5-shingles; their
Jaccard similarity is estimated with MinHash signatures (`datasketch`) and
candidates are found with locality-sensitive hashing, so linking stays fast
on large batches. A document's `fingerprint` is its MinHash signature in hex.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from operator import methodcaller
from typing import Mapping, Sequence

import numpy as np
from datasketch import MinHash, MinHashLSH

from ..records import Document

NUM_PERM = 128
SHINGLE = 5
DEFAULT_THRESHOLD = 0.8
SCHEME = "affine32"  # 32-bit hash values: a signature is NUM_PERM * 4 bytes
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_DTYPE = np.dtype(">u4")
_TEMPLATE = MinHash(num_perm=NUM_PERM, scheme=SCHEME)  # permutations are shared: computing them per document is costly
_DIGEST = methodcaller("digest")
_PERMUTATIONS = tuple(np.asarray(p, dtype=np.uint32) for p in _TEMPLATE.permutations)


def _shingles(text: str) -> set[bytes]:
    """The distinct word 5-shingles of a text, as UTF-8 bytes ("w1 w2 w3 w4 w5")."""
    tokens = _TOKEN.findall(text.casefold())
    if len(tokens) < SHINGLE:
        return {" ".join(tokens).encode()}
    # each shingle joined from SHINGLE staggered token runs with map() and zip(): no Python code per shingle
    runs = zip(*(tokens[k:] for k in range(SHINGLE)))
    return set(map(str.encode, map(" ".join, runs)))


def _signature(text: str) -> np.ndarray:
    """The MinHash signature datasketch computes for these shingles with its default
    SHA-1 hash and the "affine32" scheme, in numpy without Python code per shingle:
    32-bit hashes (the first four digest bytes, little-endian), the MurmurHash3
    finaliser, then a * h + b (mod 2^32) per permutation and the minimum."""
    digests = b"".join(map(_DIGEST, map(hashlib.sha1, _shingles(text))))
    hv = np.frombuffer(digests, dtype="<u4")[::5].astype(np.uint32)   # 20-byte digests: every fifth word
    hv = _fmix32(hv)[:, None]
    a, b = _PERMUTATIONS
    products = hv * a
    products += b        # in place: one (shingles x permutations) array, not two
    return products.min(axis=0)


def _fmix32(h: np.ndarray) -> np.ndarray:
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def fingerprint(text: str) -> str:
    """MinHash signature of the text's word 5-shingles, as hex."""
    return _signature(text).astype(_DTYPE).tobytes().hex()


def _from_hex(fp: str) -> MinHash | None:
    try:
        values = np.frombuffer(bytes.fromhex(fp), dtype=_DTYPE)
    except ValueError:
        return None
    if values.size != NUM_PERM:
        return None
    return MinHash(num_perm=NUM_PERM, hashvalues=values, scheme=SCHEME, permutations=_TEMPLATE.permutations)


def similarity(a: str, b: str) -> float:
    """Estimated Jaccard similarity of two fingerprints (0 when either is unusable)."""
    ma, mb = _from_hex(a), _from_hex(b)
    return float(ma.jaccard(mb)) if ma is not None and mb is not None else 0.0


def _order_key(item: tuple[int, Document]) -> tuple[dt.date, int]:
    index, doc = item
    return (doc.published or dt.date.max, index)


def link_duplicates(
    docs: Sequence[Document],
    existing: Sequence[tuple[str, str | None]] = (),
    *,
    threshold: float = DEFAULT_THRESHOLD,
    existing_hashes: Mapping[str, str] | None = None,
) -> list[Document]:
    """Mark exact and near duplicates; returns the documents in their input order.

    The earlier copy wins: documents already stored (`existing`, pairs of id
    and fingerprint; `existing_hashes`, content hash → id of the first stored
    document with that text) come first, then the batch by publication date
    and input order. A later copy gets `duplicate_of` (the earlier copy's id)
    and `dup_kind` "exact" (same content hash) or "near" (estimated Jaccard
    of shingles at least `threshold`). Copies keep their own ids: an exact
    copy from another source is a document of its own, linked to the first.
    """
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    signatures: dict[str, MinHash] = {}
    seen_ids: dict[str, str] = dict(existing_hashes or {})
    for doc_id, fp in existing:
        m = _from_hex(fp) if fp else None
        if m is not None and doc_id not in signatures:
            lsh.insert(doc_id, m)
            signatures[doc_id] = m
    order = {doc_id: rank for rank, (doc_id, _) in enumerate(existing)}
    out: dict[int, Document] = {}
    for index, doc in sorted(enumerate(docs), key=_order_key):
        out[index] = _link_one(doc, lsh, signatures, seen_ids, order, threshold)
    return [out[i] for i in range(len(docs))]


def _link_one(
    doc: Document,
    lsh: MinHashLSH,
    signatures: dict[str, MinHash],
    seen_ids: dict[str, str],
    order: dict[str, int],
    threshold: float,
) -> Document:
    first = seen_ids.get(doc.content_hash)
    if first == doc.id:  # the very same document again: nothing to link
        return doc
    if first is not None:
        return doc.replace(duplicate_of=first, dup_kind="exact")
    seen_ids[doc.content_hash] = doc.id
    m = _from_hex(doc.fingerprint) if doc.fingerprint else None
    if m is None:
        return doc
    matches = [
        (order[c], c) for c in lsh.query(m) if c in signatures and signatures[c].jaccard(m) >= threshold
    ]
    lsh.insert(doc.id, m)
    signatures[doc.id] = m
    order[doc.id] = len(order)
    if not matches:
        return doc.replace(duplicate_of=None, dup_kind=None)
    return doc.replace(duplicate_of=min(matches)[1], dup_kind="near")


SYNDICATED_THRESHOLD = 0.6   # Jaccard of shingles: one story run by two sites, each with its own edits


def share_credits(docs: Sequence[Document], *, threshold: float = SYNDICATED_THRESHOLD) -> list[Document]:
    """Copies of one story on several sites share the wire that one of them credits.

    A document whose original source is only its own site (no credit found) takes the
    original source of the copies of its story (Jaccard of shingles at least `threshold`)
    that credit a source other than their own site, when they all credit the same one;
    `meta["original_source_from"]` names the copy it came from (the first in input order). Returns the documents in
    their input order.
    """
    from .metadata import same_source

    def credited(d: Document) -> bool:
        return bool(d.original_source) and not same_source(d.original_source, d.outlet)

    sources = [i for i, d in enumerate(docs) if credited(d) and d.fingerprint]
    if not sources or len(sources) == len(docs):
        return list(docs)
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    signatures: dict[str, MinHash] = {}
    for i in sources:
        m = _from_hex(docs[i].fingerprint or "")
        if m is not None:
            key = str(i)
            lsh.insert(key, m)
            signatures[key] = m
    out = list(docs)
    for i, doc in enumerate(docs):
        if credited(doc) or not doc.fingerprint:
            continue
        m = _from_hex(doc.fingerprint)
        if m is None:
            continue
        copies = [docs[int(k)] for k in sorted(lsh.query(m), key=int)   # input order: the same copy every run
                  if signatures[k].jaccard(m) >= threshold and docs[int(k)].id != doc.id]
        names = {c.original_source for c in copies}
        if len(names) == 1 or (copies and all(same_source(c.original_source, copies[0].original_source) for c in copies)):
            out[i] = doc.replace(original_source=copies[0].original_source,
                                 meta={**doc.meta, "original_source_from": copies[0].id})
    return out
