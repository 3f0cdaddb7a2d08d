"""`zopa train-stance`: train the learned stance pass (extract mode "learned") on gold annotations."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from ..codebook import load_codebook
from ..extract.learned import (DEFAULT_C, DEFAULT_DROP_MARGIN, DEFAULT_SCALE, DEFAULT_SWITCH_MARGIN, MODEL_PATH,
                               train_from_paths)
from . import app
from ._common import CodebookOption, JsonOption, console, handle_errors, settings_from


@app.command("train-stance")
@handle_errors
def train_stance_cmd(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of the annotated documents.")],
    gold: Annotated[list[Path], typer.Option("--gold", help="Gold statements (JSONL); repeat for several files.")],
    out: Annotated[Path, typer.Option("--out", help="Model file to write (.npz).")] = MODEL_PATH,
    codebook: CodebookOption = None,
    c: Annotated[float, typer.Option("--C", help="Inverse L2 penalty of the logistic regression.")] = DEFAULT_C,
    drop_margin: Annotated[float, typer.Option(
        "--drop-margin", help="Drop a candidate when 'none' beats the best stance by more than this (1 = never).")
    ] = DEFAULT_DROP_MARGIN,
    switch_margin: Annotated[float, typer.Option(
        "--switch-margin", help="Replace the rules' stance only when the model's best beats it by more than this.")
    ] = DEFAULT_SWITCH_MARGIN,
    cv: Annotated[bool, typer.Option("--cv/--no-cv", help="Cross-validate by document group first.")] = True,
    as_json: JsonOption = False,
) -> None:
    """Train the stance model on the rules' findings in annotated documents and write it.

    With --cv (the default) the model is first cross-validated leaving out one
    document group at a time (a document and its syndicated copies); the
    figures, set against the rules alone on the same documents, are printed and
    stored in the model file.
    """
    cb = load_codebook(settings_from(None, codebook).codebook)
    model = train_from_paths(paths, gold, cb, C=c, drop_margin=drop_margin, switch_margin=switch_margin,
                             scale=DEFAULT_SCALE, cv=cv)
    model.save(out)
    meta = dict(model.meta or {})
    if as_json:
        typer.echo(json.dumps({"out": str(out), **meta}, ensure_ascii=False))
        return
    console.print(f"wrote {out} ({len(model.columns)} features, classes {', '.join(model.classes)})", highlight=False)
    console.print("examples: " + ", ".join(f"{k}={v}" for k, v in meta["examples"].items()), highlight=False)
    missing = meta["trained_on"]["documents_without_gold"]
    if missing:
        console.print(f"documents with no gold statement (all their candidates are 'none'): {', '.join(missing)}",
                      highlight=False)
    report = meta.get("cross_validation")
    if report:
        s = report["sets"]["all"]
        console.print(f"cross-validation ({report['folds']} folds over {report['documents']} documents): "
                      f"triple F1 rules {s['rules']['triples']['f1']:.4f} -> learned {s['learned']['triples']['f1']:.4f} "
                      f"({s['triple_f1_gain']:+.4f}); pair F1 {s['rules']['pairs']['f1']:.4f} -> "
                      f"{s['learned']['pairs']['f1']:.4f}", highlight=False)
