"""Per-issue acceptable ranges, ZOPA and gap.

A principal's acceptable range on an issue is the interval between its ideal
and its reservation value. The zone of possible agreement (ZOPA) is the overlap
of all the principals' ranges, ``[low, high]`` (a single point counts); the gap
is the distance between the ranges: 0 where they overlap, the width of the
space between them where they do not. Where a principal has no position on an
issue, both are unknown (None).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

from ..records import Position

__all__ = ["IssueGap", "issue_gap", "overlap", "gaps"]


@dataclass(frozen=True, slots=True)
class IssueGap:
    """ZOPA and gap of one issue between the principals."""

    issue: str
    zopa: tuple[float, float] | None
    gap: float | None
    positions: Mapping[str, Position]     # principal -> its position (those that have one)
    missing: tuple[str, ...] = ()          # principals with no position on the issue

    @property
    def known(self) -> bool:
        return not self.missing


def overlap(ranges: Sequence[tuple[float, float]]) -> tuple[tuple[float, float] | None, float]:
    """The common part of closed intervals (or None) and the gap between them (0 when they overlap)."""
    low = max(lo for lo, _ in ranges)
    high = min(hi for _, hi in ranges)
    if low <= high:
        return (float(low), float(high)), 0.0
    return None, float(low - high)


def issue_gap(issue: str, positions: Mapping[str, Position], principals: Sequence[str]) -> IssueGap:
    """ZOPA and gap on one issue from each principal's position (a mapping actor -> position)."""
    have = {a: positions[a] for a in principals if a in positions}
    missing = tuple(a for a in principals if a not in positions)
    if missing or not have:
        return IssueGap(issue, None, None, have, missing)
    zopa, gap = overlap([p.acceptable for p in have.values()])
    return IssueGap(issue, zopa, gap, have)


def gaps(latest: Mapping[tuple[str, str], Position], issues: Sequence[str],
         principals: Sequence[str]) -> tuple[IssueGap, ...]:
    """ZOPA and gap for every issue, from the latest position per (actor, issue)."""
    out = []
    for issue in issues:
        per_actor = {a: latest[(a, issue)] for a in principals if (a, issue) in latest}
        out.append(issue_gap(issue, per_actor, principals))
    return tuple(out)
