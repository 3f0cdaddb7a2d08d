"""Exact and near-duplicate detection.

Exact copies share a content hash. Near copies (a syndicated story under a new
headline with other furniture) share most of their word 5-shingles; their
Jaccard similarity is estimated with MinHash signatures (`datasketch`) and
candidates are found with locality-sensitive hashing, so linking stays fast
on large batches. A document's `fingerprint` is its MinHash signature in hex
after a scheme tag. Each word is hashed once (CRC-32) and the shingle hashes
are combined from them in numpy, so no per-shingle string or digest is made.
"""
from __future__ import annotations

import datetime as dt
import re
import zlib
from typing import Mapping, Sequence

import numpy as np
from datasketch import MinHash, MinHashLSH

from ..records import Document
from .lexicon import word_runs

NUM_PERM = 128
SHINGLE = 5
DEFAULT_THRESHOLD = 0.8
SCHEME = "affine32"  # 32-bit hash values: a signature is NUM_PERM * 4 bytes
# fingerprints of this scheme start with this tag; an untagged one (datasketch's SHA-1 of each
# shingle, before store revision 0003) is not comparable and is recomputed by that migration
TAG = "m2:"
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_DTYPE = np.dtype(">u4")
_TEMPLATE = MinHash(num_perm=NUM_PERM, scheme=SCHEME)  # permutations are shared: computing them per document is costly
_PERMUTATIONS = tuple(np.asarray(p, dtype=np.uint32)[:, None] for p in _TEMPLATE.permutations)   # columns: a row per permutation
# fixed constants (fingerprints are stored and compared across runs): a word hash's offset, the fold's multiplier
_SALT = np.uint64(0x9E3779B97F4A7C15)
_FOLD = np.uint64(0xC2B2AE3D27D4EB4F)


def _token_hashes(text: str) -> np.ndarray:
    """A 32-bit hash (CRC-32 of the UTF-8 bytes) of each word of the case-folded text, in order: the
    words of ASCII are `word_runs` as they come, the other runs are case-folded and split by `_TOKEN`."""
    runs = word_runs(text)
    if not all(map(bytes.isascii, runs)):
        tokens: list[bytes] = []
        for r in runs:
            if r.isascii():
                tokens.append(r)
            else:
                tokens += map(str.encode, _TOKEN.findall(r.decode().casefold()))
        runs = tokens
    return np.fromiter(map(zlib.crc32, runs), dtype=np.uint64, count=len(runs))


def _shingle_hashes(text: str) -> np.ndarray:
    """A 32-bit hash of each word 5-shingle (of all the words when there are fewer than five), in
    numpy without Python code per shingle: the word hashes, mixed (MurmurHash3's 64-bit finaliser),
    folded in one position at a time (h * C + word, mod 2^64), mixed again, the high 32 bits kept."""
    words = _fmix64(_token_hashes(text) + _SALT)
    n = max(len(words) - SHINGLE + 1, 1)
    h = np.zeros(n, dtype=np.uint64)
    for k in range(min(SHINGLE, len(words))):
        h *= _FOLD
        h += words[k : k + n]
    return (_fmix64(h) >> np.uint64(32)).astype(np.uint32)


def _signature(text: str) -> np.ndarray:
    """The MinHash signature of the text's shingle hashes: a * h + b (mod 2^32) per permutation
    (datasketch's "affine32" permutations), then the minimum over shingles."""
    products = _PERMUTATIONS[0] * _shingle_hashes(text)
    products += _PERMUTATIONS[1]        # in place: one (permutations x shingles) array, not two
    return products.min(axis=1)         # each row's minimum, over contiguous memory


def _fmix64(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finaliser, in place on a new array `h`."""
    h ^= h >> np.uint64(33)
    h *= np.uint64(0xFF51AFD7ED558CCD)
    h ^= h >> np.uint64(33)
    h *= np.uint64(0xC4CEB9FE1A85EC53)
    h ^= h >> np.uint64(33)
    return h


def fingerprint(text: str) -> str:
    """MinHash signature of the text's word 5-shingles: the tag, then hex."""
    return TAG + _signature(text).astype(_DTYPE).tobytes().hex()


def _from_hex(fp: str) -> MinHash | None:
    if not fp.startswith(TAG):
        return None     # another scheme's fingerprint: not comparable
    try:
        values = np.frombuffer(bytes.fromhex(fp[len(TAG):]), dtype=_DTYPE)
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
