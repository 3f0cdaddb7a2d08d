"""A learned second pass over the rules: the stance of each finding, or none.

The rule engine finds candidate statements (actor, issue, stance, sentence
span). For each candidate a linear model reads hashed features of its
sentence (words and word pairs, with the holder's mentions masked as ACTOR
and other actors' as OTHER) together with what the rules said (their stance,
whether the holder is a principal, whether the issue is the talks process,
the hedge and red-line flags) and picks a stance from the codebook, or
"none" when the candidate is not a statement at all (the author's voice, a
fact). The candidate then keeps its span and attributes with the model's
stance, or is dropped when "none" wins by a margin.

Training labels come from gold (`data/gold/*.statements.jsonl`):

- a candidate whose sentence covers at least half of a gold quote with the
  same (actor, issue) gets that quote's stance;
- a candidate whose (actor, issue) pair the document's gold does not have is
  "none";
- any other candidate is ambiguous and is left out.

The model is stored as plain arrays in an `.npz` file (no pickle): the
hashed feature columns it uses, their coefficients, the intercepts, and a
JSON record of how it was trained. Inference needs only numpy and is
deterministic; training needs scikit-learn.
"""
from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
import zlib
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import numpy as np

from ..codebook import Codebook
from ..errors import InputError
from .lexicon import MAX_SENTENCE_WORDS
from .rules import Finding, RuleEngine

__all__ = [
    "MODEL_PATH", "MODEL_NAME", "NONE", "StanceModel", "Example", "features", "label_findings",
    "examples_for", "train", "apply", "load_model", "cross_validate", "groups_of", "load_training_data",
    "train_from_paths",
]

MODEL_NAME = "stance-lr-3"
MODEL_PATH = Path(__file__).with_name("models") / "stance.npz"
NONE = "none"
N_FEATURES = 1 << 20
FEATURE_SET = 3          # bump when `features` changes: a stored model only fits the features it was trained on
# Chosen by grouped cross-validation on seeds + dev + news a-c (benchmarks/bench_learned_cv.py shows the grid):
# dropping findings of the rules that the model calls "none" lost more true pairs than false ones, so by default
# nothing is dropped (a margin of 1 is never exceeded); the rules' stance yields only to a clearly better one; a
# candidate of the parse is kept when a stance beats "none" by a clear margin.
DEFAULT_C = 1.0
DEFAULT_DROP_MARGIN = 1.0
DEFAULT_SWITCH_MARGIN = 0.4
DEFAULT_SCALE = 1.0
DEFAULT_ADD_MARGIN = 0.2
_STRUCTURED = ("rs=",)
_QUOTES = ('"', "“", "”")

_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?|\d+")


# -- features ---------------------------------------------------------------------------------------
def _masked_sentence(text: str, f: Finding, mentions: Sequence[Any]) -> str:
    parts, last = [], f.start
    for m in mentions:
        if m.start < f.start or m.end > f.end or m.start < last:
            continue
        parts.append(text[last:m.start])
        parts.append(" zzactor " if m.actor == f.actor else " zzother ")
        last = m.end
    parts.append(text[last:f.end])
    return "".join(parts)


def features(text: str, f: Finding, mentions: Sequence[Any], principals: Iterable[str], process: str | None) -> list[str]:
    """The features of one finding, as strings (hashed later)."""
    masked = _masked_sentence(text, f, mentions)
    words = [w.replace("’", "'") for w in _WORD.findall(masked.lower())]
    principal = f.actor in set(principals)
    is_process = f.issue == process
    rs = f.stance
    out = [
        f"rs={rs}", f"rs={rs}|p={principal:d}", f"rs={rs}|proc={is_process:d}",
        f"p={principal:d}", f"proc={is_process:d}",
        f"hedged={f.hedged:d}", f"red={f.red_line:d}", f"speaker={f.speaker is not None:d}",
        f"target={f.target is not None:d}",
    ]
    out += [f"w={w}" for w in words]
    out += [f"b={a}_{b}" for a, b in zip(words, words[1:])]
    # the words right after the holder carry its verb ("ACTOR rejected", "ACTOR would be ready")
    for i, w in enumerate(words):
        if w == "zzactor":
            out += [f"after={x}" for x in words[i + 1:i + 4]]
            out += [f"before={x}" for x in words[max(0, i - 3):i]]
    return out


def _hash(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) % N_FEATURES


def _hashed(feats: Iterable[str], scale: float = 1.0) -> tuple[tuple[int, float], ...]:
    """Sorted (column, value) pairs; the rules' own judgement gets `scale`, so that the
    penalty leaves it room to dominate the words."""
    out: dict[int, float] = {}
    for x in feats:
        out[_hash(x)] = scale if x.startswith(_STRUCTURED) else 1.0
    return tuple(sorted(out.items()))


# -- the parse: features of a finding's sentence, and candidates the rules did not read ----------------
@dataclass(frozen=True)
class _Parsed:
    """A sentence that names an issue, its parse, the actor mentions and the (pruned) issue hits in it."""

    sent: Any
    doc: Any
    mentions: tuple[Any, ...]
    hits: tuple[Any, ...]


def _parsed_sentences(engine: RuleEngine, text: str) -> list[_Parsed]:
    from .parse import parse
    from .sentences import split_sentences

    mentions = engine._with_joint_parties(text, engine.actors.mentions(text))
    hits = engine.issues.scan(text)
    sents = [s for s in split_sentences(text) if any(s.start <= h.start and h.end <= s.end for h in hits)
             and len(s.text.split()) <= MAX_SENTENCE_WORDS]   # (what the rules do not read, the model does not either)
    out = []
    for s, doc in zip(sents, parse([s.text for s in sents])):
        out.append(_Parsed(s, doc, tuple(m for m in mentions if s.start <= m.start and m.end <= s.end),
                           tuple(engine.issues.prune([h for h in hits if s.start <= h.start and h.end <= s.end]))))
    return out


def _token(doc: Any, offset: int, start: int, end: int) -> Any | None:
    n = len(doc.text)
    span = doc.char_span(max(0, start - offset), min(n, end - offset), alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _up(t: Any) -> list[Any]:
    out = [t]
    while t.head.i != t.i:
        t = t.head
        out.append(t)
    return out


def _path(a: Any, b: Any) -> tuple[list[Any], list[Any], Any] | None:
    """The tokens from `a` and from `b` up to their lowest common head, and that head."""
    ua, ub = _up(a), _up(b)
    at = {x.i: k for k, x in enumerate(ub)}
    k = next((k for k, x in enumerate(ua) if x.i in at), None)
    return None if k is None else (ua[:k], ub[:at[ua[k].i]], ua[k])


def parse_features(engine: RuleEngine, p: _Parsed, f: Finding, reading: Any) -> list[str]:
    """What the parse says of a finding: where its holder stands in the tree relative to the issue mention
    (dependency path, the common head's class, rank among the sentence's actors by tree distance), what the
    tree reader makes of the mention, and the predicates above it (lemmas, negation, modality)."""
    off, doc = p.sent.start, p.doc
    hit = next((h for h in p.hits if h.issue == f.issue), None)
    itok = _token(doc, off, hit.start, hit.end) if hit is not None else None
    quoted = any(q in p.sent.text for q in _QUOTES)
    out = [f"t:nact={min(len({m.actor for m in p.mentions}), 4)}", f"t:quote={quoted:d}",
           f"t:para={min(p.sent.block, 5)}"]
    if reading is not None:
        out += [f"t:src={reading.source}", f"t:st={reading.stance}", f"t:pred={reading.predicate}",
                f"t:neg={reading.negated:d}", f"t:obl={reading.obligation:d}", f"t:n={min(len(reading.actors), 2)}"]
        out.append(f"t:has|{reading.stance}" if f.actor in reading.actors else ("t:other" if reading.actors else "t:none"))
    if itok is None:
        return out + ["t:nohit"]
    for x in _up(itok)[1:6]:
        if x.pos_ in ("VERB", "ADJ", "NOUN", "AUX"):
            out.append(f"t:anc={x.lemma_.lower()}")
            if any(c.dep_ == "neg" for c in x.children):
                out.append(f"t:ancneg={x.lemma_.lower()}")
    out.append(f"t:idep={itok.dep_}")
    dist: dict[str, int] = {}
    best = None
    for m in p.mentions:
        t = _token(doc, off, m.start, m.end)
        path = _path(t, itok) if t is not None else None
        if path is None:
            continue
        n = len(path[0]) + len(path[1])
        dist[m.actor] = min(dist.get(m.actor, 99), n)
        if m.actor == f.actor and (best is None or n < best[0]):
            best = (n, t, *path)
    if best is None:
        return out + ["t:carried"]
    n, t, pa, pi, head = best
    ranks = sorted(set(dist.values()))
    klass = engine.tree.stance_class(head)
    out += [f"t:adep={t.dep_}", f"t:ahead={t.head.pos_}", f"t:pa={'>'.join(x.dep_ for x in pa[:3])}",
            f"t:pa1={pa[-1].dep_ if pa else 'self'}", f"t:pi1={pi[-1].dep_ if pi else 'self'}",
            f"t:lca={head.pos_}", f"t:lcak={klass}", f"t:plen={min(n, 8)}", f"t:before={t.i < itok.i:d}",
            f"t:rank={min(ranks.index(dist[f.actor]), 2)}",
            f"t:rootsubj={t.dep_ in ('nsubj', 'nsubjpass') and t.head.dep_ == 'ROOT':d}"]
    return out


def _sentence_of(parsed: Sequence[_Parsed], f: Finding) -> _Parsed | None:
    return next((p for p in parsed if p.sent.start <= f.start < p.sent.end), None)


def _reading(engine: RuleEngine, p: _Parsed, issue: str) -> Any:
    hit = next((h for h in p.hits if h.issue == issue), None)
    return None if hit is None else engine.tree.read(p.doc, p.sent.start, hit.start, hit.end, p.mentions)


def candidates(engine: RuleEngine, text: str, findings: Sequence[Finding],
               parsed: Sequence[_Parsed]) -> list[Finding]:
    """Statements the rules did not make: each actor named in a sentence with each issue named there, when
    the rules read no statement of that actor on that issue from the sentence. Their stance is the tree's
    where it names the actor, else a demand; the model decides whether they are statements at all."""
    from .stance import is_hedged

    have = {(f.actor, f.issue, f.start) for f in findings}
    out = []
    for p in parsed:
        hedged = is_hedged(p.sent.text)
        for h in p.hits:
            reading = None
            for actor in dict.fromkeys(m.actor for m in p.mentions):
                if (actor, h.issue, p.sent.start) in have:
                    continue
                if reading is None:
                    reading = _reading(engine, p, h.issue) or False
                stance = reading.stance if reading and reading.stance and actor in reading.actors else "demand"
                value = engine.values.place(h.issue, stance, actor, p.sent.text, None)
                out.append(Finding(actor, h.issue, stance, p.sent.start, p.sent.end, value, False, hedged,
                                   None, None, 0.0))
                have.add((actor, h.issue, p.sent.start))
    return out


# -- labels -----------------------------------------------------------------------------------------
def _locate(text: str, quote: str) -> tuple[int, int] | None:
    from ..evaluate import _locate as locate

    return locate(text, quote)


def label_findings(text: str, findings: Sequence[Finding], gold: Sequence[Any]) -> list[str | None]:
    """Gold stance, "none", or None (ambiguous) for each finding of one document.

    `gold` holds objects with actor, issue, stance and quote (e.g. `evaluate.GoldStatement`).
    """
    pairs = {(g.actor, g.issue) for g in gold}
    quotes: dict[tuple[str, str], list[tuple[int, int, str]]] = defaultdict(list)
    for g in gold:
        loc = _locate(text, g.quote)
        if loc is not None:
            quotes[(g.actor, g.issue)].append((loc[0], loc[1], g.stance))
    out: list[str | None] = []
    for f in findings:
        key = (f.actor, f.issue)
        if key not in pairs:
            out.append(NONE)
            continue
        covered = {st for a, b, st in quotes.get(key, ()) if (min(b, f.end) - max(a, f.start)) * 2 >= b - a}
        if len(covered) == 1:
            out.append(covered.pop())
        elif f.stance in covered:       # both sides of one sentence: the rules' stance is one of the gold ones
            out.append(f.stance)
        else:
            out.append(None)
    return out


# -- the model --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class StanceModel:
    """A linear model over hashed features: columns used, their weights per class, intercepts."""

    classes: tuple[str, ...]
    columns: np.ndarray        # (k,) sorted hashed feature indices
    weights: np.ndarray        # (k, n_classes)
    intercept: np.ndarray      # (n_classes,)
    drop_margin: float = DEFAULT_DROP_MARGIN
    switch_margin: float = DEFAULT_SWITCH_MARGIN
    scale: float = DEFAULT_SCALE
    add_margin: float = DEFAULT_ADD_MARGIN
    meta: Mapping[str, Any] | None = None

    def scores(self, x: Sequence[tuple[int, float]]) -> np.ndarray:
        if not x:
            return self.intercept.copy()
        h = np.fromiter((c for c, _ in x), dtype=np.int64, count=len(x))
        v = np.fromiter((w for _, w in x), dtype=np.float64, count=len(x))
        idx = np.searchsorted(self.columns, h)
        inside = idx < len(self.columns)
        idx, v, h = idx[inside], v[inside], h[inside]
        hit = self.columns[idx] == h
        return self.intercept + v[hit] @ self.weights[idx[hit]]

    def proba(self, x: Sequence[tuple[int, float]]) -> np.ndarray:
        z = self.scores(x)
        z = z - z.max()
        e = np.exp(z)
        return e / e.sum()

    def save(self, path: str | Path) -> None:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        meta = dict(self.meta or {})
        meta.update({"model": MODEL_NAME, "feature_set": FEATURE_SET, "n_features": N_FEATURES,
                     "classes": list(self.classes), "drop_margin": self.drop_margin,
                     "switch_margin": self.switch_margin, "scale": self.scale, "add_margin": self.add_margin})
        arrays = {"columns": self.columns.astype(np.int64), "weights": self.weights.astype(np.float32),
                  "intercept": self.intercept.astype(np.float32),
                  "meta": np.array(json.dumps(meta, sort_keys=True, ensure_ascii=False))}
        # an .npz written by hand with fixed entry dates: the same model gives the same bytes
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for name, arr in arrays.items():
                buf = io.BytesIO()
                np.lib.format.write_array(buf, arr, allow_pickle=False)
                info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, buf.getvalue())


def load_model(path: str | Path | None = None) -> StanceModel:
    """Read a stance model file; a missing or malformed file raises InputError naming it."""
    p = Path(path) if path is not None else MODEL_PATH
    return _load_cached(str(p.resolve()))


@lru_cache(maxsize=4)
def _load_cached(path: str) -> StanceModel:
    try:
        with np.load(path, allow_pickle=False) as z:
            meta = json.loads(str(z["meta"]))
            model = StanceModel(tuple(meta["classes"]), z["columns"].astype(np.int64), z["weights"].astype(np.float64),
                                z["intercept"].astype(np.float64), float(meta["drop_margin"]),
                                float(meta["switch_margin"]), float(meta["scale"]),
                                float(meta.get("add_margin", DEFAULT_ADD_MARGIN)), meta)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise InputError(f"cannot read stance model: {exc}", source=path) from None
    if meta.get("feature_set") != FEATURE_SET or meta.get("n_features") != N_FEATURES:
        raise InputError(f"stance model was trained on feature set {meta.get('feature_set')} "
                         f"({meta.get('n_features')} columns); this zopa uses {FEATURE_SET} ({N_FEATURES}); "
                         "retrain it with `zopa train-stance`", source=path)
    if model.weights.shape != (len(model.columns), len(model.classes)):
        raise InputError("stance model arrays do not match its classes", source=path)
    return model


# -- examples, training, prediction -----------------------------------------------------------------
@dataclass(frozen=True)
class Example:
    doc: str
    finding: Finding
    x: tuple[tuple[int, float], ...]
    label: str | None
    added: bool = False      # a candidate from the parse, not a finding of the rules


def _doc_features(engine: RuleEngine, text: str, findings: Sequence[Finding], scale: float = DEFAULT_SCALE,
                  parsed: Sequence[_Parsed] | None = None, n_rules: int | None = None) -> list[tuple[tuple[int, float], ...]]:
    """Encoded features of each finding; those from `n_rules` on are the parse's candidates."""
    mentions = engine.actors.mentions(text)
    principals = engine.principals
    process = engine.issues.process
    parsed = _parsed_sentences(engine, text) if parsed is None else parsed
    n_rules = len(findings) if n_rules is None else n_rules
    per_pair: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    for f in findings[:n_rules]:
        per_pair[(f.actor, f.issue)].append(f)
    readings: dict[tuple[int, str], Any] = {}
    out = []
    for i, f in enumerate(findings):
        same = per_pair.get((f.actor, f.issue), [])
        doc = [f"npair={min(len(same), 4)}", f"nstances={len({g.stance for g in same})}",
               f"first={bool(same) and same[0] is f:d}", f"conf={f.confidence:.2f}", f"added={i >= n_rules:d}"]
        doc += [f"also={g.stance}" for g in same if g.stance != f.stance]
        p = _sentence_of(parsed, f)
        if p is not None:
            key = (p.sent.start, f.issue)
            if key not in readings:
                readings[key] = _reading(engine, p, f.issue)
            doc += parse_features(engine, p, f, readings[key])
        out.append(_hashed(features(text, f, mentions, principals, process) + doc, scale))
    return out


def examples_for(engine: RuleEngine, name: str, text: str, gold: Sequence[Any] | None,
                 scale: float = DEFAULT_SCALE, title: str | None = None) -> list[Example]:
    """The rules' findings in one document (read as extraction reads it, title included), then the parse's
    candidates, as examples (label None when gold is not given or ambiguous)."""
    findings = engine.run(text, title=title)
    parsed = _parsed_sentences(engine, text)
    every = findings + candidates(engine, text, findings, parsed)
    labels = label_findings(text, every, gold) if gold is not None else [None] * len(every)
    xs = _doc_features(engine, text, every, scale, parsed, len(findings))
    return [Example(name, f, h, y, i >= len(findings)) for i, (f, h, y) in enumerate(zip(every, xs, labels))]


def train(examples: Sequence[Example], stances: Sequence[str], *, C: float = DEFAULT_C,
          drop_margin: float = DEFAULT_DROP_MARGIN, switch_margin: float = DEFAULT_SWITCH_MARGIN,
          scale: float = DEFAULT_SCALE, add_margin: float = DEFAULT_ADD_MARGIN,
          meta: Mapping[str, Any] | None = None) -> StanceModel:
    """Fit a multinomial logistic regression on the labelled examples."""
    try:
        from scipy.sparse import csr_matrix
        from sklearn.linear_model import LogisticRegression
    except ImportError as exc:   # an optional extra
        raise InputError("training the stance model needs scikit-learn: pip install 'zopa[learn]'") from exc

    rows = [e for e in examples if e.label is not None]
    if not rows:
        raise InputError("no labelled examples to train on (do the gold files match the documents?)")
    present = sorted({e.label for e in rows})
    if len(present) < 2:
        raise InputError(f"need at least two labels to train on, got {present}")
    used = sorted({c for e in rows for c, _ in e.x})
    col = {c: i for i, c in enumerate(used)}
    indptr, indices, values = [0], [], []
    for e in rows:
        indices.extend(col[c] for c, _ in e.x)
        values.extend(v for _, v in e.x)
        indptr.append(len(indices))
    X = csr_matrix((np.asarray(values), indices, indptr), shape=(len(rows), len(used)))
    y = np.array([e.label for e in rows])
    from threadpoolctl import threadpool_limits

    clf = LogisticRegression(C=C, solver="newton-cg", max_iter=1000, tol=1e-6)
    with threadpool_limits(1):      # a few hundred rows: threads only add overhead
        clf.fit(X, y)
    classes = tuple(str(c) for c in clf.classes_)
    coef = clf.coef_.T
    intercept = clf.intercept_
    if len(classes) == 2:      # sklearn keeps one row for two classes
        coef = np.hstack([-coef / 2, coef / 2])
        intercept = np.array([-intercept[0] / 2, intercept[0] / 2])
    valid = set(stances) | {NONE}
    bad = [c for c in classes if c not in valid]
    if bad:
        raise InputError(f"gold uses stance(s) {bad} that the codebook does not define")
    return StanceModel(classes, np.asarray(used, dtype=np.int64), np.asarray(coef, dtype=np.float64),
                       np.asarray(intercept, dtype=np.float64), drop_margin, switch_margin, scale, add_margin,
                       dict(meta or {}))


def _retarget(f: Finding, stance: str, engine: RuleEngine, text: str, mentions: Sequence[Any]) -> Finding:
    """The finding with a new stance: value placed again, target kept only for pressure and support."""
    target = f.target
    if stance in ("pressure", "support"):
        if target is None or target == f.actor:
            others = [m.actor for m in mentions if f.start <= m.start < f.end and m.actor != f.actor]
            prin = [a for a in others if a in engine.principals]
            target = (prin or others or [None])[0]
    else:
        target = None
    value = engine.values.place(f.issue, stance, f.actor, text[f.start:f.end], target)
    return replace(f, stance=stance, target=target, value=value)


def apply(model: StanceModel, engine: RuleEngine, text: str, findings: Sequence[Finding],
          encoded: Sequence[Sequence[tuple[int, float]]] | None = None,
          added: Sequence[bool] | None = None) -> list[Finding]:
    """The findings with the model's stance, and the parse's candidates the model takes for statements.

    A finding of the rules keeps its stance unless the model's best stance beats it by more than
    `switch_margin`, and is dropped only when "none" wins by `drop_margin`. A candidate (`added`) is kept when
    its best stance beats "none" by more than `add_margin`. Without `encoded`, the candidates are made here.
    """
    if encoded is None:
        parsed = _parsed_sentences(engine, text)
        n = len(findings)
        findings = list(findings) + candidates(engine, text, findings, parsed)
        encoded = _doc_features(engine, text, findings, model.scale, parsed, n)
        added = [i >= n for i in range(len(findings))]
    added = added if added is not None else [False] * len(findings)
    mentions = None
    out = []
    classes = model.classes
    none_at = classes.index(NONE) if NONE in classes else None
    for f, x, new in zip(findings, encoded, added):
        p = model.proba(x)
        order = np.argsort(-p, kind="stable")
        best = int(order[0])
        if new:
            if best == none_at:
                best = int(order[1])
            if none_at is not None and p[best] - p[none_at] <= model.add_margin:
                continue
        elif best == none_at:
            if p[best] - p[int(order[1])] > model.drop_margin:
                continue
            best = int(order[1])
        if not new and f.stance in classes and p[best] - p[classes.index(f.stance)] <= model.switch_margin:
            best = classes.index(f.stance)
        stance = classes[best]
        conf = round(float(p[best]), 2)
        if stance == f.stance and not new:
            out.append(replace(f, confidence=conf))
            continue
        if mentions is None:
            mentions = engine.actors.mentions(text)
        out.append(replace(_retarget(f, stance, engine, text, mentions), confidence=conf))
    return sorted(out, key=lambda f: f.start)


# -- cross-validation -------------------------------------------------------------------------------
def groups_of(documents: Sequence[Any]) -> dict[str, str]:
    """Document name -> group: a copy (ingest's `duplicate_of`) joins the group of its original."""
    by_id = {d.id: d for d in documents}
    out = {}
    for d in documents:
        root = d
        seen = set()
        while root.duplicate_of and root.duplicate_of in by_id and root.id not in seen:
            seen.add(root.id)
            root = by_id[root.duplicate_of]
        out[d.name] = root.name
    return out


def _score(gold: set, pred: set) -> tuple[int, int, int]:
    return len(gold & pred), len(pred - gold), len(gold - pred)


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def _tally(names: Sequence[str], gold: Mapping[str, Sequence[Any]], pred: Mapping[str, Sequence[Finding]]) -> dict:
    t = [0, 0, 0]
    pr = [0, 0, 0]
    for n in names:
        g = {(x.actor, x.issue, x.stance) for x in gold.get(n, ())}
        p = {(x.actor, x.issue, x.stance) for x in pred.get(n, ())}
        for i, v in enumerate(_score(g, p)):
            t[i] += v
        for i, v in enumerate(_score({x[:2] for x in g}, {x[:2] for x in p})):
            pr[i] += v
    return {"triples": _prf(*t), "pairs": _prf(*pr)}


def cross_validate(documents: Sequence[Any], gold: Mapping[str, Sequence[Any]], codebook: Codebook, *,
                   subsets: Mapping[str, Sequence[str]] | None = None, C: float = DEFAULT_C,
                   drop_margin: float = DEFAULT_DROP_MARGIN, switch_margin: float = DEFAULT_SWITCH_MARGIN,
                   scale: float = DEFAULT_SCALE, add_margin: float = DEFAULT_ADD_MARGIN,
                   engine: RuleEngine | None = None, n_folds: int | None = None,
                   examples: Mapping[str, Sequence[Example]] | None = None) -> dict[str, Any]:
    """Grouped cross-validation of the learned stance pass against the rules alone.

    Document groups (a document and its syndicated copies) are dealt in reading order into `n_folds` folds
    (default: one group per fold); each fold is held out in turn, the model trained on the others and
    applied to it. `examples` (by document name) saves encoding them again for several settings. Rules-only and learned
    scores are summed over the same held-out documents, for all documents and
    for each named subset (a list of document names).
    """
    engine = engine or RuleEngine(codebook)
    stances = tuple(codebook.stances)
    names = [d.name for d in documents]
    group = groups_of(documents)
    ex = dict(examples) if examples is not None else {
        d.name: examples_for(engine, d.name, d.text, gold.get(d.name, ()), scale, d.title) for d in documents}
    rules_pred = {n: [e.finding for e in ex[n] if not e.added] for n in names}
    learned_pred: dict[str, list[Finding]] = {}
    groups = sorted(set(group.values()), key=names.index)
    k = len(groups) if n_folds is None else max(2, min(n_folds, len(groups)))
    fold_of = {g: i % k for i, g in enumerate(groups)}
    for held in range(k):
        test = [n for n in names if fold_of[group[n]] == held]
        training = [e for n in names if fold_of[group[n]] != held for e in ex[n]]
        model = train(training, stances, C=C, drop_margin=drop_margin, switch_margin=switch_margin, scale=scale,
                      add_margin=add_margin)
        text = {d.name: d.text for d in documents}
        for n in test:
            learned_pred[n] = apply(model, engine, text[n], [e.finding for e in ex[n]], [e.x for e in ex[n]],
                                    [e.added for e in ex[n]])
    subsets = dict(subsets or {})
    out: dict[str, Any] = {
        "folds": k, "documents": len(names),
        "labelled": {k: sum(1 for n in names for e in ex[n] if e.label == k)
                     for k in sorted({e.label for n in names for e in ex[n] if e.label is not None})},
        "ambiguous": sum(1 for n in names for e in ex[n] if e.label is None),
        "C": C, "drop_margin": drop_margin, "switch_margin": switch_margin, "scale": scale,
        "add_margin": add_margin, "sets": {},
    }
    for label, members in [("all", names), *subsets.items()]:
        members = [n for n in names if n in set(members)]
        rules = _tally(members, gold, rules_pred)
        learned = _tally(members, gold, learned_pred)
        out["sets"][label] = {
            "documents": len(members), "rules": rules, "learned": learned,
            "triple_f1_gain": round(learned["triples"]["f1"] - rules["triples"]["f1"], 4),
            "pair_f1_gain": round(learned["pairs"]["f1"] - rules["pairs"]["f1"], 4),
        }
    return out


# -- from files -------------------------------------------------------------------------------------
def load_training_data(paths: Sequence[str | Path], gold_paths: Sequence[str | Path]) -> tuple[list[Any], dict[str, list[Any]]]:
    """Documents through ingest (as `zopa eval` reads them) and gold statements by document name.

    Every document is used; one with no gold line counts as having no statement.
    """
    from ..evaluate import load_gold
    from ..ingest import load_documents

    if not gold_paths:
        raise InputError("no gold statements file given")
    gold: dict[str, list[Any]] = defaultdict(list)
    for gp in gold_paths:
        for g in load_gold(gp):
            gold[g.doc].append(g)
    documents, _errors = load_documents([str(p) for p in paths])
    if not documents:
        raise InputError("no documents could be loaded", source=", ".join(map(str, paths)))
    names = {d.name for d in documents}
    if not names & set(gold):
        raise InputError("no gold statement names any of the documents", source=", ".join(map(str, gold_paths)))
    return documents, dict(gold)


def _sha256(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def train_from_paths(paths: Sequence[str | Path], gold_paths: Sequence[str | Path], codebook: Codebook, *,
                     C: float = DEFAULT_C, drop_margin: float = DEFAULT_DROP_MARGIN,
                     switch_margin: float = DEFAULT_SWITCH_MARGIN, scale: float = DEFAULT_SCALE,
                     add_margin: float = DEFAULT_ADD_MARGIN, cv: bool = True,
                     subsets: Mapping[str, Sequence[str]] | None = None, n_folds: int | None = 10) -> StanceModel:
    """Cross-validate (optional), then train on every document; the model's meta records how."""
    try:
        import sklearn
    except ImportError as exc:   # an optional extra
        raise InputError("training the stance model needs scikit-learn: pip install 'zopa[learn]'") from exc

    from .. import __version__ as zopa_version
    from .pipeline import EXTRACTOR_VERSION, LEARNED_VERSION

    documents, gold = load_training_data(paths, gold_paths)
    engine = RuleEngine(codebook)
    stances = tuple(codebook.stances)
    by_doc = {d.name: examples_for(engine, d.name, d.text, gold.get(d.name, ()), scale, d.title) for d in documents}
    report = cross_validate(documents, gold, codebook, subsets=subsets, C=C, drop_margin=drop_margin,
                            switch_margin=switch_margin, scale=scale, add_margin=add_margin, engine=engine,
                            n_folds=n_folds, examples=by_doc) if cv else None
    examples = [e for d in documents for e in by_doc[d.name]]
    labels: dict[str, int] = defaultdict(int)
    for e in examples:
        labels[e.label if e.label is not None else "(ambiguous)"] += 1
    meta = {
        "trained_on": {"gold": [{"file": Path(p).name, "sha256": _sha256(p)} for p in gold_paths],
                       "documents": sorted(d.name for d in documents),
                       "documents_without_gold": sorted(d.name for d in documents if d.name not in gold)},
        "rules_version": EXTRACTOR_VERSION, "extractor_version": LEARNED_VERSION,
        "zopa_version": zopa_version, "sklearn_version": sklearn.__version__, "codebook": codebook.name,
        "examples": dict(sorted(labels.items())),
        "hyperparameters": {"C": C, "drop_margin": drop_margin, "switch_margin": switch_margin, "scale": scale,
                            "add_margin": add_margin},
        "cross_validation": report,
    }
    return train(examples, stances, C=C, drop_margin=drop_margin, switch_margin=switch_margin, scale=scale,
                 add_margin=add_margin, meta=meta)
