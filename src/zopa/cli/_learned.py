"""`zopa train-stance`: train the learned stance pass (extract mode "learned") on gold annotations."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from ..codebook import load_codebook
from ..errors import InputError
from ..extract.learned import (DEFAULT_ADD_MARGIN, DEFAULT_C, DEFAULT_DROP_MARGIN, DEFAULT_SCALE, DEFAULT_SWITCH_MARGIN, MODEL_PATH,
                               train_from_paths)
from . import app
from ._common import CodebookOption, DbOption, JsonOption, console, handle_errors, settings_from


@app.command("train-stance")
@handle_errors
def train_stance_cmd(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files or folders of the annotated documents.")] = None,
    gold: Annotated[list[Path] | None, typer.Option(
        "--gold", help="Gold statements (JSONL); repeat for several files.")] = None,
    out: Annotated[Path | None, typer.Option(
        "--out", help="Model file to write (.npz; default: the shipped model, or beside the store with "
                      "--with-corrections).")] = None,
    with_corrections: Annotated[bool, typer.Option(
        "--with-corrections", help="Add the analyst's reviews in the store (--db) to the training data.")] = False,
    db: DbOption = None,
    codebook: CodebookOption = None,
    c: Annotated[float, typer.Option("--C", help="Inverse L2 penalty of the logistic regression.")] = DEFAULT_C,
    drop_margin: Annotated[float, typer.Option(
        "--drop-margin", help="Drop a candidate when 'none' beats the best stance by more than this (1 = never).")
    ] = DEFAULT_DROP_MARGIN,
    switch_margin: Annotated[float, typer.Option(
        "--switch-margin", help="Replace the rules' stance only when the model's best beats it by more than this.")
    ] = DEFAULT_SWITCH_MARGIN,
    add_margin: Annotated[float, typer.Option(
        "--add-margin", help="Keep a statement the parse proposes (the rules did not) when its best stance beats "
                             "'none' by more than this.")] = DEFAULT_ADD_MARGIN,
    cv: Annotated[bool, typer.Option("--cv/--no-cv", help="Cross-validate by document group first.")] = True,
    as_json: JsonOption = False,
) -> None:
    """Train the stance model on the rules' findings in annotated documents and write it.

    With --cv (the default) the model is first cross-validated leaving out one
    document group at a time (a document and its syndicated copies); the
    figures, set against the rules alone on the same documents, are printed and
    stored in the model file.
    """
    if with_corrections:
        _train_with_corrections(paths or [], gold or [], out, db, codebook, c, as_json)
        return
    if not paths or not gold:
        raise InputError("give the annotated documents and --gold (or train on reviews with --with-corrections)")
    out = out or MODEL_PATH
    cb = load_codebook(settings_from(None, codebook).codebook)
    model = train_from_paths(paths, gold, cb, C=c, drop_margin=drop_margin, switch_margin=switch_margin,
                             scale=DEFAULT_SCALE, add_margin=add_margin, cv=cv)
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


def _train_with_corrections(paths: list[Path], gold: list[Path], out: Path | None, db: str | None,
                            codebook: str | None, c: float, as_json: bool) -> None:
    from ..review.training import analyst_model_path, train_with_corrections
    from ..store import Store

    settings = settings_from(db, codebook)
    cb = load_codebook(settings.codebook)
    with Store(settings.db_url, codebook=cb) as store:
        model = train_with_corrections(store, cb, paths, gold, C=c)
    target = out or analyst_model_path(settings.db_url)
    model.save(target)
    meta = dict(model.meta or {})
    if as_json:
        typer.echo(json.dumps({"out": str(target), **meta}, ensure_ascii=False))
        return
    trained = meta["trained_on"]
    console.print(f"wrote {target} ({meta['extractor_version']}): {trained['reviewed_examples']} reviewed examples "
                  f"from {len(trained['reviewed_documents'])} documents"
                  + (f", with {', '.join(trained['gold'])}" if trained["gold"] else ""), highlight=False)
    console.print("examples: " + ", ".join(f"{k}={v}" for k, v in meta["examples"].items()), highlight=False)
