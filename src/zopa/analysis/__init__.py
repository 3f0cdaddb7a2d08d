"""Analysis: positions, gaps/ZOPA, the package space, Pareto, Nash, plans and levers.

Pure functions over records and NumPy arrays; nothing here touches the database
(`analyse_store` takes any object with ``statements()`` and ``documents()``).
"""
from __future__ import annotations

from .analyse import AnalysisResult, analyse, analyse_store
from .gaps import IssueGap, gaps, issue_gap
from .levers import Lever, levers, package_levers, zopa_levers
from .nash import Solution, kalai_smorodinsky, nash_solution
from .pareto import Frontier, brute_force_frontier, pareto_frontier
from .plans import Plan, PlanScore, load_plans, score_plan
from .space import PackageSpace, build_space

__all__ = [
    "AnalysisResult", "analyse", "analyse_store",
    "IssueGap", "gaps", "issue_gap",
    "Lever", "levers", "package_levers", "zopa_levers",
    "Solution", "kalai_smorodinsky", "nash_solution",
    "Frontier", "brute_force_frontier", "pareto_frontier",
    "Plan", "PlanScore", "load_plans", "score_plan",
    "PackageSpace", "build_space",
]
