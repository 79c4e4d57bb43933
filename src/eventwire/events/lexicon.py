"""The trigger lexicon (``data/events/triggers.tsv``): which words carry which event."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from eventwire.errors import EventwireError
from eventwire.nlp import postposed_speaker

if TYPE_CHECKING:
    from spacy.tokens import Token

PLOVER_TYPES = frozenset(
    {
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    }
)
LIGHT_VERBS = frozenset(
    {
        "hold",
        "launch",
        "carry",
        "stage",
        "conduct",
        "reach",
        "make",
        "express",
        "impose",
        "take",
        "mount",
        "begin",
        "start",
        "resume",
        "renew",
        "continue",
        "issue",
        "announce",
        "sign",
        "call",
        "offer",
        "give",
        "lend",
        "voice",
        "open",
        "enter",
        "seal",
        "strike",
        "broker",
        "declare",
        "order",
        "file",
        "complete",
        "finish",
        "tighten",
    }
)

# verbs whose object is an act done to their subject by someone else, named by "from":
# "received aid from Kenya", "won assurances from the government"; the last four only with
# "from" ("secured a ceasefire" is brokering it)
RECEIVING_VERBS = frozenset({"receive", "get", "obtain", "secure", "win", "gain"})
_ALWAYS_RECEIVING = frozenset({"receive", "get"})


def received(noun: Token) -> bool:
    """The event noun is what its verb's subject received: "received aid", "won support
    from the president"."""
    head = noun.head
    lemma = head.lemma_.lower()
    if noun.dep_ not in ("dobj", "obj") or lemma not in RECEIVING_VERBS or head.i == noun.i:
        return False
    return lemma in _ALWAYS_RECEIVING or any(
        c.dep_ == "prep" and c.lower_ == "from" for t in (noun, head) for c in t.children
    )


class LexiconError(EventwireError):
    """The trigger lexicon has an invalid line (the message names the line)."""


@dataclass(frozen=True, slots=True)
class Trigger:
    lemma: str
    pos: str
    when: str  # "-", "prep:X", "obj:a|b", "head:a|b", "light", "clause", "bare"
    type: str
    mode: str | None
    cameo: str | None

    @property
    def specificity(self) -> int:
        return 0 if self.when in ("-", "light") else 1


class Lexicon:
    def __init__(self, triggers: list[Trigger]) -> None:
        self.by_key: dict[tuple[str, str], list[Trigger]] = defaultdict(list)
        for t in triggers:
            self.by_key[(t.lemma, t.pos)].append(t)
        for entries in self.by_key.values():
            entries.sort(key=lambda t: -t.specificity)

    @classmethod
    def load(cls) -> Lexicon:
        text = (resources.files("eventwire") / "data" / "events" / "triggers.tsv").read_text(
            "utf-8"
        )
        triggers = []
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 6:
                raise LexiconError(f"triggers.tsv:{n}: expected 6 tab-separated fields")
            lemma, pos, when, etype, mode, cameo = (p.strip() for p in parts)
            if etype not in PLOVER_TYPES or pos not in ("VERB", "NOUN"):
                raise LexiconError(f"triggers.tsv:{n}: unknown type {etype!r} or pos {pos!r}")
            if not (
                when in ("-", "light", "clause", "bare")
                or when.startswith(("prep:", "obj:", "head:"))
            ):
                raise LexiconError(f"triggers.tsv:{n}: bad condition {when!r}")
            triggers.append(
                Trigger(
                    lemma,
                    pos,
                    when,
                    etype,
                    None if mode == "-" else mode,
                    None if cameo == "-" else cameo,
                )
            )
        return cls(triggers)

    def triggers(self) -> list[Trigger]:
        return [t for entries in self.by_key.values() for t in entries]

    @property
    def words(self) -> frozenset[str]:
        """Every lemma the lexicon knows (for pre-selecting tokens)."""
        return frozenset(lemma for lemma, _ in self.by_key)

    def match(self, tok: Token) -> Trigger | None:
        """The most specific entry whose condition the token's parse satisfies."""
        pos = (
            "VERB"
            if tok.pos_ in ("VERB", "AUX")
            else "NOUN"
            if tok.pos_ in ("NOUN", "PROPN")
            else ""
        )
        if not pos:
            return None
        lemma = tok.lemma_.lower()
        if pos == "VERB" and _nominal(tok):
            # "meet the hostage-takers demands": a noun the tagger read as a verb, when the
            # lexicon has the noun ("Fighting erupted": no noun entry, the verb's stands)
            noun = self.by_key.get((tok.lower_, "NOUN")) or self.by_key.get((lemma, "NOUN"))
            pos = "NOUN" if noun else pos
        entries = self.by_key.get((lemma, pos)) or self.by_key.get((tok.lower_, pos))
        if not entries:
            return None
        for t in entries:
            if _satisfied(t, tok):
                return t
        return None


def _nominal(tok: Token) -> bool:
    """A word tagged as a verb that stands where a noun does (an object, a subject, a
    preposition's object) and has no subject or auxiliary of its own."""
    return tok.dep_ in ("dobj", "obj", "nsubj", "nsubjpass", "pobj") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in tok.children
    )


def _satisfied(t: Trigger, tok: Token) -> bool:
    if t.when == "-" or t.when == "light":
        return True
    if t.when == "bare":  # "the army mobilized", not "mobilized voters"
        return not any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in tok.children)
    if t.when == "clause":  # what was said: "protested that the authorities had failed"
        return (
            any(c.dep_ == "ccomp" for c in tok.children)
            or postposed_speaker(tok, frozenset({t.lemma})) is not None
        )
    kind, _, arg = t.when.partition(":")
    if kind == "prep":
        return (
            any(
                c.lower_ == arg and c.dep_ in ("prep", "prt", "agent", "compound")
                for c in tok.children
            )
            or (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == arg)
            or any(  # "pushing hard for the US to support": "for" opens a clause
                c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == arg for m in c.children)
                for c in tok.children
            )
        )
    if kind == "head":  # the governing (light) verb: "declared a ceasefire"
        return tok.head.lemma_.lower() in set(arg.split("|"))
    if kind == "obj":
        allowed = set(arg.split("|"))
        return any(
            c.dep_ in ("dobj", "obj", "attr", "nsubjpass", "compound", "amod")
            and any(w.lemma_.lower() in allowed or w.lower_ in allowed for w in _object_words(c))
            for c in tok.children
        ) or (tok.dep_ == "compound" and tok.head.lemma_.lower() in allowed)
    return False


def _object_words(obj: Token) -> list[Token]:
    """An object and the words that say what it is when its head is generic: its compounds
    and its "of" phrase ("aid deliveries", "mediation efforts", "a state of emergency")."""
    out = [obj]
    for c in obj.children:
        if c.dep_ == "compound":
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ == "of":
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


@lru_cache(maxsize=1)
def reporting_verbs() -> frozenset[str]:
    """Verbs that report what someone said or charged: the speech verbs and the lemmas the
    trigger table reads with a that-clause ("protested that …")."""
    from eventwire.events.modality import speech_verbs

    return speech_verbs() | {t.lemma for t in Lexicon.load().triggers() if t.when == "clause"}


def word_list(name: str) -> frozenset[str]:
    """A word list in ``data/events/NAME.txt``: one lemma a line, ``#`` comments."""
    text = (resources.files("eventwire") / "data" / "events" / f"{name}.txt").read_text("utf-8")
    return parse_word_list(text, name)


def parse_word_list(text: str, name: str) -> frozenset[str]:
    """The lemmas of a word list's text; refuses an empty list or a line that is not one
    lower-case word."""
    words = [w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")]
    for w in words:
        if not w.isalpha() or not w.islower():
            raise LexiconError(f"{name}.txt: {w!r} is not a lower-case lemma")
    if not words:
        raise LexiconError(f"{name}.txt: no words")
    return frozenset(words)
