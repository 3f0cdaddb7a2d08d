"""A stand-alone ingest loop used by the robustness tests: `python store_writer.py URL N`.

Writes N synthetic documents (each with two machine statements) one
transaction at a time and prints the index of each document once stored.
"""
from __future__ import annotations

import sys

from zopa.records import Document, Statement, content_hash
from zopa.store import Store


def document(i: int) -> Document:
    text = (f"Report {i}. Russia demands that Ukraine withdraw from Donetsk, officials said in round {i}. "
            f"Kyiv rejects any territorial concessions. " + "Negotiators met again. " * 40)
    h = content_hash(text)
    return Document(id=h[:16], content_hash=h, text=text, raw_text=text, path=f"w/{i:05d}.txt",
                    title=f"Round {i}")


def statements(doc: Document) -> list[Statement]:
    out = []
    for actor, issue, stance, quote in (("RUS", "territory.donetsk", "demand", "Russia demands"),
                                        ("UKR", "territory", "reject", "Kyiv rejects")):
        start = doc.text.index(quote)
        out.append(Statement(doc_id=doc.id, actor=actor, issue=issue, stance=stance, start=start,
                             end=start + len(quote), quote=quote))
    return out


def main(url: str, n: int) -> None:
    with Store(url) as store:
        for i in range(n):
            doc = document(i)
            doc_id, _ = store.add_document(doc)
            store.replace_machine_statements(doc_id, statements(doc), "writer-1")
            print(i, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
