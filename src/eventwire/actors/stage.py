"""The actors stage: mentions → chains → one resolved :class:`Actor` per chain."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import replace

from eventwire.actors.chains import Chain, build_chains
from eventwire.actors.home import INTERNATIONAL, home_country
from eventwire.actors.mentions import Cand, find_mentions
from eventwire.clean import dateline_end
from eventwire.kb import Entity, KnowledgeBase, Resolution, norm
from eventwire.model import Actor, Doc, Mention, Span

_PLACE_PREPS = frozenset(
    {
        "in",
        "at",
        "to",
        "into",
        "near",
        "across",
        "throughout",
        "inside",
        "outside",
        "around",
        "toward",
        "towards",
        "via",
        "within",
        "through",
    }
)


class ActorsStage:
    """Fills ``Doc.actors``. The knowledge base is passed in, loaded once per process."""

    name = "actors"

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def __call__(self, doc: Doc) -> Doc:
        if doc.tokens is None:
            return doc
        on = doc.article.published or dt.date.today()
        cands: list[Cand] = []
        resolutions: list[Resolution | None] = []
        text = doc.article.text
        datelines = [
            Span(b.span.start, b.span.start + n)
            for b in doc.blocks
            if (n := dateline_end(b.span.of(text)))
        ]
        named_countries: list[str] = []
        personal: list[str] = []  # nationalities named persons carry ("Tanzanian leader X")
        for cand in find_mentions(doc.tokens, self.kb):
            res = self.resolve(cand, on)
            cues = [c for c in cand.countries if c not in cand.homeland]
            (
                personal if cand.label == "PERSON" and cand.kind == "name" else named_countries
            ).extend(cues)
            if res is not None and res.country and not _kin(res):
                named_countries.append(res.country)
            if any(d.start <= cand.start < d.end for d in datelines):
                continue  # the dateline says where the report was filed, not who acted
            if self._is_actor(cand, res):
                cands.append(cand)
                resolutions.append(res)
        keys = [_identity(c, r) for c, r in zip(cands, resolutions, strict=True)]
        kb_ids = [
            r.kb_id if r is not None and not _metonym(r) and r.via != "people" else None
            for r in resolutions
        ]
        chains = build_chains(cands, kb_ids, keys)
        res_of = {id(c): r for c, r in zip(cands, resolutions, strict=True)}
        heads = [s.span for s in doc.sentences if s.kind == "headline"]
        kept = [ch for ch in chains if not _headline_noise(ch, res_of, heads)]
        home = home_country(named_countries + personal)
        # a person's nationality is that person's only: "President X welcomed Tanzanian
        # leader Y" says nothing of X's country, though "police" there may be Tanzania's
        home_of_person = home_country(named_countries)
        actors = [self._actor(i, ch, res_of, home) for i, ch in enumerate(kept, 1)]
        return doc.with_(
            actors=tuple(
                _at_home(a, home_of_person if ch.person and _named(ch) else home)
                for a, ch in zip(actors, kept, strict=True)
                if a is not None
            )
        )

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for d in docs:
            yield self(d)

    # ---------------------------------------------------------------- resolution
    def resolve(self, cand: Cand, on: dt.date) -> Resolution | None:
        """The knowledge-base entity a named mention refers to, if any."""
        if cand.kind != "name":
            return None
        kb = self.kb
        res = kb.resolve(cand.name, on)
        if res is None and cand.text != cand.name:
            res = kb.resolve(cand.text, on)
        if res is None and cand.label == "PERSON":
            res = _person_within(kb, cand.name, on)
        if res is None and cand.label == "PERSON" and len(alike := kb.spelled_like(cand.name)) == 1:
            res = kb.at(alike[0], on, cand.name)
        if cand.ethnic:
            return None
        if res is None and cand.label == "NORP":
            ent = kb.demonym(cand.name)
            if ent is None and kb.people(cand.name) is not None:
                return _people(kb, cand)  # "Kosovo Serbs", "Crimean Tatars"
            if ent is None:  # the first word that names a state: "Iraqi Kurds", "Kosovo Serbs"
                ent = next((e for w in cand.name.split() if (e := _state_word(kb, w))), None)
            if ent is None and any(kb.people(w) for w in cand.name.split()):
                return _people(kb, cand)  # "Uighur Muslims"
            if ent is not None:
                sectors = ("CVL",) if cand.number == "pl" and cand.counted else ()
                return Resolution(
                    ent, ent.country, sectors, f"{cand.name!r}: people of {ent.name}", via="demonym"
                )
            return _people(kb, cand)
        if (
            res is None
            and cand.label != "PERSON"
            and kb.people(cand.name) is not None
            and (cand.name.endswith("s") or " " in cand.name)  # not "Welsh said": a surname
        ):
            return _people(kb, cand)  # "the Uyghurs" read as an organisation by the tagger
        if (
            res is not None
            and cand.label == "PERSON"
            and res.entity.type != "person"
            and not (
                (res.via == "name" and norm(res.name) == norm(cand.name))
                or (
                    res.entity.type in ("country", "territory", "igo", "armed_group", "party")
                    and res.via == "name"
                )
            )
        ):
            return None  # a person's name that happens to match a place or a group
        return res

    def _actor(
        self,
        idx: int,
        chain: Chain,
        res_of: dict[int, Resolution | None],
        home: str | None = None,
    ) -> Actor | None:
        named = [c for c in chain.cands if c.kind != "pronoun"]
        if not named:
            return None
        res = next((res_of[id(c)] for c in named if res_of.get(id(c)) is not None), None)
        country: str | None = None
        sectors: tuple[str, ...] = ()
        if res is not None:
            name, country, sectors = res.name, res.country, res.sectors
            titled = next(
                (c for c in named if c.role is not None and (c.title or c.kind == "nominal")),
                None,
            )
            if (
                (sectors == ("ELI",) or (not sectors and res.entity.type == "person"))
                and titled is not None
                and titled.role is not None
                and "former" not in titled.title.lower()
            ):
                sectors = titled.role.sectors  # the report calls them by the office they hold
            if not sectors and country == "NGO":
                sectors = ("NGO",)
            if all(c.label == "NORP" for c in named) or res.via == "people":  # not their state
                name = max((c.name for c in named), key=len)
            elif _metonym(res) and res.place:
                name = res.place  # "Beijing" is China's government, named as the text does
        else:
            rep = max(named, key=lambda c: (c.kind == "name", len(c.name or c.text)))
            name = rep.name or rep.text
        kin = res is not None and _kin(res)
        if res is None or (res.entity.type in ("country", "territory") and not sectors):
            first = next((c for c in named if c.countries), None)
            role = next((c.role for c in named if c.role is not None), None)
            if res is None:
                country = first.countries[0] if first is not None else None
                kin = first is not None and first.countries[0] in first.homeland
            if role is not None:
                sectors = role.sectors
        if kin and home is not None and home != country and not _uprooted(name, sectors):
            # "Shona rebels" in a report on Mozambique are Mozambique's; refugees and exiles
            # keep the homeland they left ("Darfuri refugees in Chad")
            country = home
        mentions = tuple(Mention(Span(c.start, c.end), c.text, c.kind) for c in chain.cands)
        return Actor(
            id=f"A{idx}",
            name=name,
            mentions=mentions,
            country=country,
            sectors=tuple(sectors),
            known_group=res.known_group if res else next((c.group for c in named if c.group), None),
            kb_id=res.kb_id if res else None,
            confidence=1.0 if res is not None else 0.5,
        )

    def _is_actor(self, cand: Cand, res: Resolution | None) -> bool:
        """Places named as where something happened are places, not actors: a country
        is an actor unless it is the object of a locative preposition; a city, a seat
        of power or an unknown place only when it acts (subject, possessor, "by …")."""
        if cand.label not in ("GPE", "FAC", "LOC"):
            return True
        locative = cand.dep == "pobj" and cand.prep in _PLACE_PREPS
        if res is not None and res.entity.type in ("country", "territory") and not res.sectors:
            return not locative
        return cand.is_subject or cand.dep in ("poss", "nsubjpass", "ROOT") or cand.prep == "by"


_ABROAD = frozenset(
    {"foreign", "western", "international", "overseas", "outside", "regional", "global"}
)


def _at_home(actor: Actor, home: str | None) -> Actor:
    """An actor known only by its role takes the document's home country."""
    if home is None or actor.country is not None or actor.kb_id is not None:
        return actor
    if not actor.sectors or INTERNATIONAL & set(actor.sectors):
        return actor
    if any(w in _ABROAD for w in actor.name.lower().split()):
        return actor  # "western governments", "foreign fighters" are not the home country's
    return replace(actor, country=home, confidence=min(actor.confidence, 0.4))


def _named(chain: Chain) -> bool:
    """The chain names a person by name (not only by a role: "the minister")."""
    return any(c.kind == "name" and c.label == "PERSON" for c in chain.cands)


def _person_within(kb: KnowledgeBase, name: str, on: dt.date) -> Resolution | None:
    """A known person's name inside a longer one: an honorific or a clan name around it
    ("Alhaji Atiku Abubakar", "Jam Kamal Khan Alyani"). Longest part of two words or more."""
    words = name.split()
    for size in range(len(words) - 1, 1, -1):
        for k in range(len(words) - size + 1):
            part = " ".join(words[k : k + size])
            people = [e for e in kb.candidates(part) if e.type == "person"]
            if people:
                return kb.at(kb.pick(people, on), on, name)
    return None


_UPROOTED = frozenset({"exile", "exiles", "diaspora", "emigres", "émigrés"})


def _uprooted(name: str, sectors: tuple[str, ...]) -> bool:
    """Refugees, exiles, a diaspora: people away from their homeland, still of it."""
    return "REF" in sectors or bool(_UPROOTED & set(name.lower().split()))


def _state_word(kb: KnowledgeBase, word: str) -> Entity | None:
    """The state a word of a people's phrase names: a demonym or a state's own name."""
    return kb.demonym(word) or next(
        (e for e in kb.candidates(word) if e.type in ("country", "territory") and e.country), None
    )


def _kin(res: Resolution) -> bool:
    """An ethnic people's homeland: a guess that the country of the report overrides."""
    return res.via == "people" and res.people == "people"


def _people(kb: KnowledgeBase, cand: Cand) -> Resolution | None:
    """A people named as such ("the Uyghurs", "Chechens"): its homeland state's country, but
    its own chain, never the state's ("Tibetans" are not China's government)."""
    found = kb.people(cand.name) or next(
        (p for w in cand.name.split() if (p := kb.people(w)) is not None), None
    )
    state = kb.state(found.country) if found is not None else None
    if found is None or state is None:
        return None
    sectors = ("CVL",) if cand.number == "pl" and cand.counted else ()
    why = f"{cand.name!r}: a {found.kind} of {state.name} (peoples.tsv)"
    return Resolution(state, state.country, sectors, why, via="people", people=found.kind)


def _headline_noise(chain: Chain, res_of: dict[int, Resolution | None], heads: list[Span]) -> bool:
    """Title-case headlines fool the name tagger ("Broker Gaza Ceasefire" as an organisation):
    an unresolved name seen only in headlines is dropped."""
    if not heads or any(res_of.get(id(c)) is not None for c in chain.cands):
        return False
    return all(
        c.kind == "name" and c.role is None and any(h.start <= c.start < h.end for h in heads)
        for c in chain.cands
    )


def _metonym(res: Resolution) -> bool:
    """A place standing for its government ("Paris", "the White House")."""
    return res.via == "metonym"


def _identity(cand: Cand, res: Resolution | None) -> list[str]:
    """Keys under which different words name the same actor: a country's government is
    one actor whether called "the White House", "Washington" or "the State Department"."""
    if cand.label == "PERSON":
        return []
    if res is not None and _metonym(res):
        return [f"{'gov' if 'GOV' in res.sectors else res.sectors[0].lower()}:{res.country}"]
    if res is not None and res.entity.type == "agency" and res.sectors == ("GOV",) and res.country:
        return [f"gov:{res.country}"]
    if (
        res is None
        and cand.kind == "name"
        and cand.role is not None
        and cand.countries
        and cand.role.sectors == ("GOV",)
    ):
        return [f"gov:{cand.countries[0]}"]
    return []
