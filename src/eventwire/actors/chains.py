"""In-document chains: one chain per real-world entity, all its mentions linked.

Rules, in order of trust:

* names that resolve to the same knowledge-base entity are one chain;
* a person's surname, or title + surname, joins the chain of the full name; so does a
  first name alone when only one person of the document has it, and a lone surname the
  tagger took for an organisation or a place that the knowledge base does not know;
* the same organisation or group phrase (same country cue and role) joins its chain;
* a phrase in apposition to a name ("X, a shop owner in Wuhan,"), or a name in apposition
  to a role phrase ("the home secretary, X"), joins the other's chain;
* a definite role noun ("the ministry", "the spokeswoman") joins the nearest chain
  whose mentions carry that role;
* a pronoun joins the nearest compatible chain (gender, number, person vs thing)
  in its own or the previous sentences, never one mentioned only inside a quotation
  when the pronoun is outside it ("…, she added" → the last speaker named outside
  the quote). Pronouns with no antecedent are dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.actors.mentions import Cand, surname
from eventwire.kb import norm


@dataclass
class Chain:
    cands: list[Cand] = field(default_factory=list)
    kb_id: str | None = None
    keys: set[str] = field(default_factory=set)
    person: bool = False
    gender: str = ""
    number: str = "sg"

    @property
    def last(self) -> Cand:
        return self.cands[-1]

    def roles(self) -> set[str]:
        return {c.role.term for c in self.cands if c.role is not None} | {
            w.lower() for c in self.cands for w in c.title.split()
        }


REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves"})


def _window(pron: Cand) -> int:
    """How many sentences back a pronoun may reach for its antecedent."""
    if pron.text.lower() in REFLEXIVES:
        return 0
    return 3 if pron.gender in ("m", "f") else 1


def build_chains(
    cands: list[Cand], kb_ids: list[str | None], extra_keys: list[list[str]] | None = None
) -> list[Chain]:
    """Group mentions into chains. ``extra_keys`` are identity keys the caller knows
    (e.g. ``gov:USA`` for "the White House" and "the U.S. State Department")."""
    chains: list[Chain] = []
    by_key: dict[str, Chain] = {}
    extra = extra_keys or [[] for _ in cands]
    for cand, kb_id, more in zip(cands, kb_ids, extra, strict=True):
        if cand.kind == "pronoun":
            target = _antecedent(cand, chains)
            if target is not None:
                target.cands.append(cand)
                if cand.gender in ("m", "f") and not target.gender:
                    target.gender = cand.gender
            continue
        keys = [*more, *_keys(cand, kb_id)]
        chain = next((by_key[k] for k in keys if k in by_key), None)
        if chain is None and cand.appos_to >= 0:
            chain = _apposition_host(cand, chains)
        if chain is None and cand.kind == "nominal" and cand.definite and not cand.countries:
            chain = _role_antecedent(cand, chains)
        if chain is None and cand.label == "PERSON":
            chain = _surname_match(cand, chains)
        if chain is None and _mistagged_surname(cand, kb_id):
            chain = _name_part_match(cand, chains)
        if chain is None:
            chain = Chain(kb_id=kb_id, person=cand.label == "PERSON", number=cand.number)
            chains.append(chain)
        chain.cands.append(cand)
        chain.kb_id = chain.kb_id or kb_id
        chain.person = chain.person or cand.label == "PERSON"
        chain.gender = chain.gender or cand.gender
        for k in keys:
            by_key.setdefault(k, chain)
            chain.keys.add(k)
    return chains


def _keys(cand: Cand, kb_id: str | None) -> list[str]:
    keys = [f"kb:{kb_id}"] if kb_id else []
    if kb_id and cand.label == "NORP":
        keys = [f"people:{kb_id}"]  # "Israelis" are not the state of Israel
    if cand.kind == "name":
        keys.append(f"name:{cand.label}:{norm(cand.name)}")
    elif cand.role is not None and (cand.countries or cand.number == "pl"):
        keys.append(f"group:{','.join(cand.countries)}:{cand.role.term}")
    return keys


def _mistagged_surname(cand: Cand, kb_id: str | None) -> bool:
    """One capitalised word the tagger took for an organisation or a place, that the
    knowledge base does not know ("Orrantia added ..." after "minister Lucas Orrantia"):
    it may be the surname of a person already named."""
    return (
        cand.kind == "name"
        and cand.label in ("ORG", "GPE")
        and kb_id is None
        and not cand.title
        and len(cand.name.split()) == 1
    )


def _surname_match(cand: Cand, chains: list[Chain]) -> Chain | None:
    return _name_part_match(cand, chains) or _first_name_match(cand, chains)


def _first_name_match(cand: Cand, chains: list[Chain]) -> Chain | None:
    """A first name alone ("Bafrin") after the full name ("Bafrin Shivan Amo"): features
    name ordinary people so. Only when exactly one person of the document has that first
    name, so that two people who share one are never merged."""
    words = norm(cand.name).split()
    if len(words) != 1:
        return None
    hits = [
        chain
        for chain in chains
        if chain.person
        and any(
            c.kind == "name" and len(parts := norm(c.name).split()) > 1 and parts[0] == words[0]
            for c in chain.cands
        )
    ]
    return hits[0] if len(hits) == 1 else None


def _name_part_match(cand: Cand, chains: list[Chain]) -> Chain | None:
    sn = surname(cand.name)
    single = len(norm(cand.name).split()) == 1
    for chain in reversed(chains):
        if not chain.person:
            continue
        for other in chain.cands:
            if other.kind != "name":
                continue
            if single and surname(other.name) == sn:
                return chain
            if not single and len(norm(other.name).split()) == 1 and surname(other.name) == sn:
                return chain
    return None


def _apposition_host(cand: Cand, chains: list[Chain]) -> Chain | None:
    """The chain of the mention a phrase is in apposition to: "He Lanfang, a shop owner in
    Arusha" (the shop owner is He Lanfang, and says what he is and where); "the home
    secretary, Sajid Javid" (the name joins the office's chain). A name never joins
    another name this way: spaCy reads lists of names as appositions."""
    for chain in reversed(chains):
        for c in chain.cands:
            if c.kind != "pronoun" and c.head_i == cand.appos_to:
                return chain if "nominal" in (c.kind, cand.kind) else None
    return None


def _role_antecedent(cand: Cand, chains: list[Chain]) -> Chain | None:
    assert cand.role is not None
    term = cand.role.term
    for chain in reversed(chains):
        if chain.last.sent < cand.sent - 6:
            continue
        if term in chain.roles() or any(
            term in c.text.lower() for c in chain.cands if c.kind != "pronoun"
        ):
            return chain
    return None


def _antecedent(pron: Cand, chains: list[Chain]) -> Chain | None:
    """Nearest compatible chain; subjects of the closest sentence win ties."""
    reflexive = pron.text.lower() in REFLEXIVES
    if pron.in_quote and not reflexive and pron.gender not in ("m", "f"):
        return None  # "it"/"they" inside a quotation are the speaker's, rarely ours
    window = _window(pron)
    best: tuple[tuple[int, int, int], Chain] | None = None
    for chain in chains:
        if not _compatible(pron, chain):
            continue
        for c in chain.cands:
            if c.start >= pron.start or c.kind == "pronoun":
                continue
            if pron.sent - c.sent > window:
                continue
            if c.in_quote and not (pron.in_quote and reflexive):
                continue
            score = (pron.sent - c.sent, 0 if c.is_subject else 1, pron.start - c.start)
            if best is None or score < best[0]:
                best = (score, chain)
    return best[1] if best else None


def _compatible(pron: Cand, chain: Chain) -> bool:
    if pron.number == "pl":
        return chain.number == "pl"
    if chain.number == "pl":
        return False
    if pron.gender in ("m", "f"):
        return chain.person and chain.gender in ("", pron.gender)
    return not chain.person  # it / its
