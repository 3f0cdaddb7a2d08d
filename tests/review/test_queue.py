"""The review queue over a real SQLite store: order, actions as corrections, incremental updates."""
from __future__ import annotations

import numpy as np
import pytest

from zopa.errors import InputError
from zopa.review.queue import ReviewQueue, rank_statements, review_changes
from zopa.store import Store


def test_queue_is_ordered_by_expected_change(review_url, codebook):
    with Store(review_url, codebook=codebook) as store:
        items = ReviewQueue(store, codebook).items()
        statements = store.statements()
    assert len(items) == len(statements) > 0
    scores = [it.score for it in items]
    assert scores == sorted(scores, reverse=True)
    for it in items:
        assert it.score == pytest.approx((1 - it.confidence) * it.influence)
        assert it.influence == pytest.approx(it.position + it.gap + it.forecast)
        assert it.confidence == it.statement.confidence


def test_each_action_is_a_correction_and_leaves_the_queue(review_url, codebook):
    with Store(review_url, codebook=codebook) as store:
        queue = ReviewQueue(store, codebook)
        first, second, third = queue.items(3)
        queue.act(first.statement.id, "confirm", who="ana")
        queue.act(second.statement.id, "reject", who="ana", note="not a position")
        stance = next(s for s in codebook.stances if s != third.statement.stance)
        outcome = queue.act(third.statement.id, "fix", who="ana", fields={"stance": stance, "value": 40.0})
        left = {it.statement.id for it in queue.items()}
        log = {c.statement_id: c for c in store.corrections()}
        assert not {first.statement.id, second.statement.id, third.statement.id} & left
        assert log[first.statement.id].changes == {"confidence": 1.0} and log[first.statement.id].who == "ana"
        assert log[second.statement.id].action == "delete" and log[second.statement.id].note == "not a position"
        assert log[third.statement.id].changes == {"stance": stance, "value": 40.0, "confidence": 1.0}
        assert outcome.statement is not None and outcome.statement.origin == "corrected"
        assert store.get_statement(third.statement.id).stance == stance


def test_incremental_queue_equals_a_fresh_one(review_url, codebook):
    with Store(review_url, codebook=codebook) as store:
        queue = ReviewQueue(store, codebook)
        for k in range(3):
            it = queue.next()
            queue.act(it.statement.id, ("confirm", "reject", "fix")[k], who="ana",
                      fields={"value": 10.0} if k == 2 else None)
        kept = queue.ranking()
        fresh = ReviewQueue(store, codebook).ranking()
        assert [it.statement.id for it in kept.items()] == [it.statement.id for it in fresh.items()]
        assert np.allclose([it.score for it in kept.items()], [it.score for it in fresh.items()])


def test_a_write_from_elsewhere_is_seen(review_url, codebook):
    with Store(review_url, codebook=codebook) as store, Store(review_url, codebook=codebook) as other:
        queue = ReviewQueue(store, codebook)
        top = queue.next()
        other.delete_statement(top.statement.id, who="elsewhere")
        assert top.statement.id not in {it.statement.id for it in queue.items()}


def test_skip_passes_over_statements(review_url, codebook):
    with Store(review_url, codebook=codebook) as store:
        queue = ReviewQueue(store, codebook)
        first, second = queue.items(2)
        assert queue.next(skip=[first.statement.id]).statement.id == second.statement.id


def test_review_changes_reject_bad_input():
    with pytest.raises(InputError, match="unknown review action"):
        review_changes("approve")
    with pytest.raises(InputError, match="cannot fix"):
        review_changes("fix", {"quote": "x"})
    with pytest.raises(InputError, match="at least one field"):
        review_changes("fix", {})
    assert review_changes("reject") == (None, "review: rejected")


def test_reviewed_statements_are_not_ranked(review_url, codebook):
    with Store(review_url, codebook=codebook) as store:
        statements = store.statements()
    reviewed = [s.replace(origin="corrected") if k % 2 else s for k, s in enumerate(statements)]
    ranked = rank_statements(reviewed, codebook)
    assert {it.statement.id for it in ranked} == {s.id for s in reviewed if s.origin == "machine"}
