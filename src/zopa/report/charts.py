"""Charts as inline SVG strings, drawn with matplotlib's Agg/SVG backends.

Every chart is self-contained: no XML prolog, no DOCTYPE, no external
references, and element ids prefixed so several charts can share one page.
"""
from __future__ import annotations

import datetime as dt
import io
import itertools
import re
import textwrap
import threading

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from ..records import EARLIEST_DATE, LATEST_DATE  # noqa: E402
from .model import IssueView, PositionCell, TimelinePoint  # noqa: E402

PALETTE = ("#1f5fa8", "#c0392b", "#2e8b57", "#8e44ad", "#d68910", "#16a085", "#7f8c8d", "#a0522d")
_counter = itertools.count(1)
_lock = threading.Lock()   # matplotlib's pyplot state is not thread-safe

plt.rcParams.update({"svg.fonttype": "none", "svg.hashsalt": "zopa", "font.family": "sans-serif",
                     "font.size": 9, "axes.spines.top": False, "axes.spines.right": False})


def _to_svg(fig: Figure, title: str) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None, "Creator": None})
    plt.close(fig)
    return clean_svg(buf.getvalue(), title)


def clean_svg(svg: str, title: str) -> str:
    """Strip the prolog, DOCTYPE and metadata; prefix ids; add an accessible title."""
    svg = svg[svg.index("<svg"):]
    svg = re.sub(r"<metadata>.*?</metadata>", "", svg, flags=re.S)
    prefix = f"c{next(_counter)}-"
    svg = re.sub(r'\bid="', f'id="{prefix}', svg)
    svg = re.sub(r"url\(#", f"url(#{prefix}", svg)
    svg = re.sub(r'href="#', f'href="#{prefix}', svg)
    svg = svg.replace("<svg ", f'<svg role="img" aria-label="{_attr(title)}" class="chart" ', 1)
    return svg


def _attr(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")


def _colour(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


def _anchor_axis(ax: plt.Axes, view: IssueView) -> None:
    ax.set_xlim(-2, 102)
    ticks = [v for v, _ in view.anchors] or [0, 50, 100]
    labels = [f"{v:.0f}\n" + "\n".join(textwrap.wrap(label, 22)) for v, label in view.anchors] or ["0", "50", "100"]
    ax.set_xticks(ticks)
    ax.set_xticklabels(labels, fontsize=7)
    ax.set_xlabel(f"{view.label} — 0–100 scale", fontsize=8)


def _draw_range(ax: plt.Axes, y: int, pos: PositionCell, colour: str) -> None:
    if pos.ideal is None:
        return
    res = pos.reservation if pos.reservation is not None else pos.ideal
    lo, hi = sorted((pos.ideal, res))
    ax.plot([lo, hi], [y, y], color=colour, linewidth=9, alpha=0.35, solid_capstyle="butt")
    ax.plot([pos.ideal], [y], "o", color=colour, markersize=8, label=None)
    if pos.red_line:
        ax.plot([res, res], [y - 0.32, y + 0.32], color="#b00020", linewidth=2.5)
        ax.annotate("red line", (res, y - 0.36), ha="center", va="bottom", fontsize=7, color="#b00020")


def position_chart(view: IssueView) -> str:
    """Each actor's ideal (dot) and acceptable range (bar), red lines, ZOPA or gap shaded."""
    cells = [p for p in view.positions if p.ideal is not None]
    if not cells:
        return ""
    with _lock:
        fig, ax = plt.subplots(figsize=(7.2, 0.9 + 0.55 * len(cells) + 0.6))
        if view.zopa is not None:
            ax.axvspan(view.zopa[0] - 0.4, view.zopa[1] + 0.4, color="#2e8b57", alpha=0.18, label="ZOPA (overlap)")
        elif view.gap is not None:
            _shade_gap(ax, view)
        for y, pos in enumerate(cells):
            _draw_range(ax, y, pos, _colour(y))
        if view.nash is not None:
            ax.axvline(view.nash, color="#333", linestyle=":", linewidth=1.2, label=f"Nash package: {view.nash:.0f}")
        ax.set_yticks(range(len(cells)))
        ax.set_yticklabels([p.actor_name for p in cells])
        ax.set_ylim(len(cells) - 0.2, -0.7)
        _anchor_axis(ax, view)
        if ax.get_legend_handles_labels()[0]:
            ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=3, fontsize=7, frameon=False)
        return _to_svg(fig, f"Positions on {view.label}")


def _shade_gap(ax: plt.Axes, view: IssueView) -> None:
    from_principals = [p for p in view.positions if p.reservation is not None]
    if len(from_principals) < 2:
        return
    reservations = sorted(p.reservation for p in from_principals)  # type: ignore[misc]
    lo, hi = reservations[0], reservations[-1]
    ax.axvspan(lo, hi, facecolor="none", hatch="///", edgecolor="#b00020", alpha=0.35,
               label=f"gap: {view.gap:.0f} points")


def _plottable(date: dt.date | None) -> bool:
    """Dates a chart can place: an archive's range (1900–2100), not whatever a page or an analyst typed."""
    return date is not None and EARLIEST_DATE <= date <= LATEST_DATE


def timeline_chart(view: IssueView) -> str:
    """Ideal points over time per actor; shifts marked with an arrow. Dates outside 1900–2100 are left out."""
    dated = [p for p in view.timeline if _plottable(p.date) and p.ideal is not None]
    if not dated:
        return ""
    with _lock:
        fig, ax = plt.subplots(figsize=(7.2, 2.6))
        try:
            _draw_timeline(ax, view, dated)
            fig.autofmt_xdate()
            return _to_svg(fig, f"Positions on {view.label} over time")
        except (ValueError, OverflowError):     # matplotlib refuses a date range it cannot lay out
            plt.close(fig)
            return ""


def _draw_timeline(ax: plt.Axes, view: IssueView, dated: list[TimelinePoint]) -> None:
    actors = sorted({p.actor for p in dated})
    for i, actor in enumerate(actors):
        pts = [p for p in dated if p.actor == actor]
        ax.step([p.date for p in pts], [p.ideal for p in pts], where="post", color=_colour(i),
                marker="o", label=f"{actor} ideal")
        res = [p for p in pts if p.reservation is not None]
        if res:
            ax.step([p.date for p in res], [p.reservation for p in res], where="post", color=_colour(i),
                    linestyle="--", alpha=0.6, label=f"{actor} acceptable limit")
    for shift in view.shifts:
        if _plottable(shift.date) and shift.after is not None:
            ax.annotate("shift", (shift.date, shift.after), xytext=(0, 14), textcoords="offset points",
                        ha="center", fontsize=7, color="#b00020",
                        arrowprops={"arrowstyle": "->", "color": "#b00020"})
    ax.set_ylim(-5, 105)
    ax.set_ylabel("0–100 scale", fontsize=8)
    ax.legend(fontsize=7, frameon=False, loc="center left", bbox_to_anchor=(1.0, 0.5))


def sensitivity_chart(view: IssueView) -> str:
    """How far the best forecast moves when each actor's position (±10) or salience (±0.2) moves."""
    f = view.forecast
    if f is None or not f.sensitivity:
        return ""
    rows = list(f.sensitivity)
    series = (("position −10", "position_down", _colour(0), 0.6), ("position +10", "position_up", _colour(0), 1.0),
              ("salience −0.2", "salience_down", _colour(1), 0.6), ("salience +0.2", "salience_up", _colour(1), 1.0))
    with _lock:
        fig, ax = plt.subplots(figsize=(7.2, 0.8 + 0.5 * len(rows)))
        for k, (label, attr, colour, alpha) in enumerate(series):
            ys = [i + (k - 1.5) * 0.18 for i in range(len(rows))]
            ax.barh(ys, [getattr(r, attr) for r in rows], height=0.17, color=colour, alpha=alpha, label=label)
        ax.axvline(0, color="#333", linewidth=0.8)
        ax.set_yticks(range(len(rows)))
        ax.set_yticklabels([r.actor for r in rows])
        ax.invert_yaxis()
        ax.set_xlabel("change in the forecast (points on the 0–100 scale)", fontsize=8)
        ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=4, fontsize=7, frameon=False)
        return _to_svg(fig, f"Sensitivity of the forecast on {view.label}")
