"""The inflected forms of a cue whose first word is a verb, so a cue written once matches every tense.

"freeze the conflict" also matches "froze the conflict", "frozen the conflict" and "freezing the
conflict"; "lift sanctions" matches "lifted sanctions". Only a cue of several words whose first word
is a verb's base form is inflected: a single word keeps the plural suffix the matcher already allows,
and a noun phrase ("frozen assets", "security guarantees") is left as written.
"""
from __future__ import annotations

from functools import lru_cache

from lemminflect import getAllInflections, getAllLemmas

__all__ = ["inflections", "verb_forms"]


@lru_cache(maxsize=None)
def verb_forms(word: str) -> tuple[str, ...]:
    """Every inflected form of a verb's base form ("send": "sending", "sends", "sent"); none for a word that is no verb."""
    if word.lower() not in getAllLemmas(word.lower(), upos="VERB").get("VERB", ()):
        return ()
    return tuple(sorted({f for forms in getAllInflections(word.lower(), upos="VERB").values() for f in forms}))


def inflections(cue: str) -> list[str]:
    """The cue itself, then each other tense of its first word when the cue is a verb phrase."""
    first, sep, rest = cue.partition(" ")
    if not sep:
        return [cue]
    return [cue] + [f"{form} {rest}" for form in verb_forms(first) if form != first.lower()]
