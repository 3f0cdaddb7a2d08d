"""Compile a list of phrases into one trie-shaped regular expression.

A flat alternation of hundreds of phrases makes the regex engine try each in
turn at every position; the trie shares prefixes, so each position costs
about one branch per character. Longer phrases win over their prefixes. A
straight apostrophe in a phrase matches a typographic one in the text.
"""
from __future__ import annotations

import re

__all__ = ["trie_pattern"]


def _insert(trie: dict, word: str) -> None:
    node = trie
    for ch in word:
        node = node.setdefault(ch, {})
    node[""] = True


def _char(ch: str) -> str:
    """One character of a phrase; a straight apostrophe also matches a typographic one."""
    return "['’]" if ch == "'" else re.escape(ch)


def _emit(node: dict) -> str:
    end = node.get("", False)
    branches = [_char(ch) + _emit(child) for ch, child in sorted(node.items()) if ch != ""]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        return "(?:" + body + ")?"
    return body


def trie_pattern(words: list[str] | tuple[str, ...] | set[str], fold: bool = False) -> str:
    """A regex (no anchors, no flags) matching any of `words`, longest first at each position."""
    trie: dict = {}
    for w in words:
        if w:
            _insert(trie, w.lower() if fold else w)
    return _emit(trie)
