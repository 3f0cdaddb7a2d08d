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


_DETERMINERS = ("the", "a", "an", "its", "their", "his", "her", "any", "all")
# words after a verb that open no object of it: particles, prepositions, clauses ("sit down", "stop where they are")
_NOT_AN_OBJECT = frozenset("to that with on in for of from at by down up out off back over along away around where "
                           "when while until if as".split())
# what may stand between an object and its verb told in the passive: "the front line would be frozen"
_PASSIVE_AUX = ("", "be ", "is ", "are ", "was ", "were ", "been ", "being ", "to be ", "would be ", "will be ",
                "should be ", "must be ", "could be ", "can be ", "has been ", "have been ", "had been ")


@lru_cache(maxsize=None)
def _participle(word: str) -> str | None:
    forms = getAllInflections(word.lower(), upos="VERB")
    return next(iter(forms.get("VBN") or forms.get("VBD") or ()), None)


def inflections(cue: str) -> list[str]:
    """The cue itself, then each other tense of its first word when the cue is a verb phrase, and the same
    phrase told of its object: in the passive ("the front line would be frozen", "sanctions lifted") and as
    a noun ("the freezing of the front line")."""
    first, sep, rest = cue.partition(" ")
    if not sep:
        return [cue]
    forms = verb_forms(first)
    out = [cue] + [f"{form} {rest}" for form in forms if form != first.lower()]
    participle = _participle(first) if forms else None
    if participle is None or rest.split()[0].lower() in _NOT_AN_OBJECT:
        return out
    obj = rest.split(" ", 1)[1] if rest.split()[0].lower() in _DETERMINERS and " " in rest else rest
    out += [f"{obj} {aux}{participle}" for aux in _PASSIVE_AUX]
    out += [f"{form} of {rest}" for form in forms if form.endswith("ing")]
    return out
