"""Review what matters first: calibrated confidence, and the analyst's queue ordered by expected change.

    from zopa.review import ReviewQueue
    queue = ReviewQueue(store, codebook)
    item = queue.next()                       # the statement whose review pays most
    queue.act(item.statement.id, "confirm", who="analyst")
"""
from __future__ import annotations

from .calibration import Calibrator, calibrate, expected_calibration_error, fit_from_paths, load_calibrator, reliability
from .queue import ACTIONS, ReviewItem, ReviewOutcome, ReviewQueue, rank_statements

__all__ = ["ACTIONS", "Calibrator", "ReviewItem", "ReviewOutcome", "ReviewQueue", "calibrate",
           "expected_calibration_error", "fit_from_paths", "load_calibrator", "rank_statements", "reliability"]
