"""Timing the Pareto frontier on random additive package spaces (``zopa bench pareto``)."""
from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from .pareto import pareto_frontier

__all__ = ["ParetoTiming", "random_issue_utilities", "time_pareto"]


@dataclass(frozen=True, slots=True)
class ParetoTiming:
    """How long the exact frontier took on one random space, and how big it was."""

    parties: int
    issues: int
    options: int
    seed: int
    packages: int        # options ** issues
    frontier_size: int
    seconds: float

    def to_dict(self) -> dict[str, float | int]:
        return {"parties": self.parties, "issues": self.issues, "options": self.options, "seed": self.seed,
                "packages": self.packages, "frontier_size": self.frontier_size, "seconds": self.seconds}


def random_issue_utilities(parties: int, issues: int, options: int, seed: int = 0) -> list[np.ndarray]:
    """Uniform random per-issue utilities in [0, 1): ``issues`` arrays of shape (options, parties)."""
    if min(parties, issues, options) < 1:
        raise ValueError("parties, issues and options must all be at least 1")
    rng = np.random.default_rng(seed)
    return [rng.random((options, parties)) for _ in range(issues)]


def time_pareto(parties: int = 2, issues: int = 12, options: int = 6, seed: int = 0) -> ParetoTiming:
    """Build a random space and time `pareto_frontier` on it (wall clock, one call)."""
    space = random_issue_utilities(parties, issues, options, seed)
    start = time.perf_counter()
    frontier = pareto_frontier(space)
    seconds = time.perf_counter() - start
    return ParetoTiming(parties, issues, options, seed, options ** issues, len(frontier), seconds)
