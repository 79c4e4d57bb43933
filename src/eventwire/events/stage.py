"""The events stage: triggers → typed events with roles and modality, one per real act."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from eventwire.events.lexicon import LIGHT_VERBS, Lexicon, Trigger, received, word_list
from eventwire.events.modality import expresses_readiness, modality_of, reporter, speech_verbs
from eventwire.events.ontology import Ontology
from eventwire.events.roles import Roles
from eventwire.kb import KnowledgeBase
from eventwire.model import Actor, Doc, Event, Mention, Place, Span
from eventwire.nlp import postposed_speaker, tokens_with
from eventwire.places.attach import event_place
from eventwire.times.attach import event_date

if TYPE_CHECKING:
    from spacy.tokens import Token

CODER_VERSION = "eventwire-rules-0.1"
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
COOPERATIVE = frozenset({"SUPPORT", "AID", "COOPERATE", "CONCEDE", "RETREAT", "AGREE"})
HOSTILE = frozenset({"ASSAULT", "COERCE", "SANCTION", "PROTEST", "MOBILIZE"})
# acts done to a place: with no actor named as target, the place's country is the target
# ("imposed a curfew in Mombasa", "shelled posts in Kisumu", "landed in Nairobi");
# not for what is said, whose place is only where it was said
PLACE_TARGET = frozenset(
    {
        "ASSAULT",
        "COERCE",
        "MOBILIZE",
        "SANCTION",
        "AID",
        "RETREAT",
        "CONCEDE",
        "THREATEN",
        "PROTEST",
        "CONSULT",
    }
)
# material violence: with no doer named, only its means, the place's country is the doer
UNATTRIBUTED = frozenset({"ASSAULT"})
# the confidence of an actor that took the document's home country (actors.stage._at_home)
HOME_CONFIDENCE = 0.4
# acts done to someone, whose noun's "of" phrase names the one they are done to
DONE_TO = frozenset({"ASSAULT", "COERCE"})
# acts aimed at whoever must answer them, whose purpose clause names that party
ADDRESSED = frozenset({"PROTEST"})
# complements and purpose clauses that belong to the event governing them
EMBEDDING = frozenset({"xcomp", "ccomp", "advcl", "acl", "pcomp"})
DE_ESCALATION = frozenset(
    {"ceasefire", "truce", "cessation", "de-escalation", "calm", "restraint", "armistice"}
)
# subordinators of a condition or of what is asked for ("called for Kenya to withdraw"),
# whose clause belongs to the act it conditions
CONDITIONAL = frozenset({"to", "if", "unless", "until", "lest", "for"})
STRIVING = frozenset({"seek", "try", "attempt", "strive", "endeavour", "endeavor"})
# CAMEO roots of acts done by a state's authorities: investigate, coerce
STATE_ACTS = frozenset({"09", "17"})
# verbs of getting ready, and the material acts that being got ready for is a posture
PREPARING = frozenset({"prepare", "gear"})
PREPARABLE = frozenset({"ASSAULT", "COERCE"})
PROMISES = frozenset({"vow", "swear", "pledge", "promise", "commit"})
DEONTIC = frozenset({"must", "should"})
REQUEST_TRIGGER = Trigger("must", "VERB", "-", "REQUEST", None, "020")
# "lifting the sanctions is out of the question": the speaker rejects what the subject names
RULED_OUT_TRIGGER = Trigger("question", "VERB", "-", "REJECT", None, "120")
TEMPORAL_PREPS = frozenset(
    {
        "during",
        "after",
        "before",
        "since",
        "following",
        "amid",
        "ahead",
        "until",
        "eve",
        "despite",
        "prior",
    }
)
# Event nouns that are the topic of another event ("condemned the attacks") are not coded
# twice; the governing event takes the noun's actors instead.
TOPIC_TYPES = frozenset(
    {
        "ACCUSE",
        "SUPPORT",
        "REQUEST",
        "REJECT",
        "THREATEN",
        "AGREE",
        "CONSULT",
        "SANCTION",
        "PROTEST",
    }
)


class EventsStage:
    """Fills ``Doc.events`` (and adds actors it needs, e.g. a country named as a target)."""

    name = "events"

    def __init__(
        self,
        lexicon: Lexicon,
        ontology: Ontology,
        speech: frozenset[str],
        kb: KnowledgeBase,
        transfer: frozenset[str] = frozenset(),
        means: frozenset[str] = frozenset(),
        defiance: frozenset[str] = frozenset(),
    ) -> None:
        self.lexicon = lexicon
        self.transfer = transfer
        self.means = means
        self.defiance = defiance
        self.ontology = ontology
        self.speech = speech
        self.kb = kb
        self.words = lexicon.words

    @classmethod
    def load(cls, kb: KnowledgeBase) -> EventsStage:
        return cls(
            Lexicon.load(),
            Ontology.load(),
            speech_verbs(),
            kb,
            word_list("transfer_verbs"),
            word_list("means_nouns"),
            word_list("defiance_nouns"),
        )

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for d in docs:
            yield self(d)

    def __call__(self, doc: Doc) -> Doc:
        sdoc = doc.tokens
        if sdoc is None:
            return doc
        actors = list(doc.actors)
        roles = Roles(
            sdoc,
            doc.actors,
            self._place_actor(doc, actors),
            event_noun=lambda t: self.lexicon.match(t) is not None,
            transfer=self.transfer,
            speaker_at=_quote_speakers(doc),
            defiance=self.defiance,
        )
        sent_starts = [s.span.start for s in doc.sentences]
        matched: dict[int, Trigger] = {}
        for i in tokens_with(sdoc, self.words):
            tok = sdoc[i]
            trig = self.lexicon.match(tok)
            if trig is not None and self._is_event_use(tok, trig):
                matched[tok.i] = trig
        carriers = _light_carriers(sdoc, matched)
        requests = self._deontic(doc, sdoc, roles, matched)
        for i in requests:
            matched[i] = REQUEST_TRIGGER
        rejected: list[tuple[int, int]] = []  # what is ruled out: no act of its own
        for i, speakers in self._ruled_out(doc, sdoc, roles).items():
            matched[i] = RULED_OUT_TRIGGER
            requests[i] = speakers
            subj = next(c for c in sdoc[i].children if c.dep_ in ("nsubj", "csubj"))
            rejected.append((subj.left_edge.i, subj.right_edge.i))
        events: list[Event] = []

        def governs(t: Token) -> bool:
            if _striving(t) or _helping(t, matched):
                return False
            return t.i in matched or t.i in carriers or self.lexicon.match(t) is not None

        for i, trig in list(matched.items()):
            tok = sdoc[i]
            if (
                _embedded_in(tok, governs, lambda t: roles.index[t.i] is not None)
                or _background(tok, trig)
                or _helping(tok, matched)
                or any(a <= i <= b for a, b in rejected)
            ):
                continue
            if trig.lemma in PROMISES:
                trig = _promise_type(tok, trig, matched)
            if trig.lemma == "open" and trig.mode == "access" and _admits_people(tok, roles.index):
                # "opened its borders to the refugees": refuge (PLOVER AID, asylum), not the
                # access for aid or inspectors that RETREAT means
                trig = Trigger(trig.lemma, trig.pos, trig.when, "AID", None, "075")
            verb = matched.get(tok.head.i)
            if (
                trig.pos == "NOUN"
                and tok.dep_ in ("dobj", "obj")
                and verb is not None
                and tok.head.i != i
                and verb.pos == "VERB"
                and not _noun_carries(tok.head, verb, trig)
                and (verb.type in TOPIC_TYPES or verb.specificity)
            ):
                continue  # the topic of another event: "condemned the attacks"
            if trig.pos == "VERB" and any(
                c.i in matched
                and matched[c.i].pos == "NOUN"
                and _noun_carries(tok, trig, matched[c.i])
                for c in tok.children
                if c.dep_ in ("dobj", "obj")
            ):
                continue  # "launched an attack", "signed a treaty": the noun carries the event
            ev = self._event(
                doc, tok, trig, roles, sent_starts, len(events) + 1, requests.get(i, [])
            )
            if ev is not None:
                events.append(ev)
        events = _attribute_unnamed(doc, actors, events, self.means, roles)
        _localise(actors, events)
        by_id = {a.id: a for a in actors}

        def identity(actor_id: str) -> str:
            a = by_id.get(actor_id)
            if a is None:
                return actor_id
            if a.kb_id and not a.kb_id.startswith(("country:", "territory:")):
                return a.kb_id
            return f"{a.country}" if a.country else actor_id

        return doc.with_(events=tuple(_dedup(events, identity)), actors=tuple(actors))

    def _place_actor(self, doc: Doc, actors: list[Actor]) -> Callable[[Token], str | None]:
        """A place named as a participant stands for its country: "visit Cairo" → Egypt."""
        sdoc = doc.tokens

        def country_actor(tok: Token) -> str | None:
            ent = next((e for e in sdoc.ents if e.start <= tok.i < e.end), None)
            if ent is None:
                return None
            span = Span(ent.start_char, ent.end_char)
            res = self.kb.resolve(ent.text, doc.article.published)
            code = (
                res.country
                if res is not None and res.entity.type in ("country", "territory")
                else None
            )
            if code is None:
                code = next(
                    (
                        p.country
                        for p in doc.places
                        if p.span is not None and p.span.overlaps(span) and p.country
                    ),
                    None,
                )
            if code is None:
                return None
            mention = Mention(span, ent.text, "name")
            for k, a in enumerate(actors):
                if a.country == code and not a.sectors and a.kb_id == f"country:{code}":
                    if mention not in a.mentions:
                        actors[k] = replace(a, mentions=(*a.mentions, mention))
                    return a.id
            state = self.kb.country(code)
            new = Actor(
                id=f"A{len(actors) + 1}",
                name=state.name if state else ent.text,
                mentions=(mention,),
                country=code,
                kb_id=state.id if state else None,
                confidence=0.5,
            )
            actors.append(new)
            return new.id

        return country_actor

    def _deontic(
        self, doc: Doc, sdoc: object, roles: Roles, matched: dict[int, Trigger]
    ) -> dict[int, list[str]]:
        """Verbs under "must/should" in what someone said, with the speaker's actor ids:
        "Russia said Sudan must return the helicopter" is Russia's request, and "there should
        be a ceasefire", quoted from a spokeswoman, is hers. A generic subject ("no nation
        should …") makes it a remark, not a request."""
        out: dict[int, list[str]] = {}
        for i in tokens_with(sdoc, DEONTIC):  # type: ignore[arg-type]
            aux = sdoc[i]  # type: ignore[index]
            verb = aux.head
            if aux.dep_ != "aux" or verb.i == aux.i:
                continue
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and any(
                c.lower_ in ("no", "every", "any", "each") for c in subj.children
            ):
                continue
            speakers = self._speakers(doc, verb, roles)
            if speakers:
                out[verb.i] = speakers
        return out

    def _speakers(self, doc: Doc, verb: Token, roles: Roles) -> list[str]:
        """Who said the clause of ``verb``: the reporting verb's subject, else the speaker of
        the direct quotation holding it."""
        rep = reporter(verb, self.speech)
        if rep is not None:
            who = next((c for c in rep.children if c.dep_ == "nsubj"), None)
            speakers = roles.actors_of(who)[:1]
            if speakers:
                return speakers
        quote = next(
            (
                q
                for q in doc.quotes
                if q.direct and q.speaker and q.content.start <= verb.idx < q.content.end
            ),
            None,
        )
        return [quote.speaker] if quote is not None and quote.speaker else []

    def _ruled_out(self, doc: Doc, sdoc: object, roles: Roles) -> dict[int, list[str]]:
        """Copulas saying that something is "out of the question", with the speaker's actor
        ids: "US officials said lifting the sanctions is out of the question" is their
        rejection of lifting them."""
        out: dict[int, list[str]] = {}
        for i in tokens_with(sdoc, frozenset({"question"})):  # type: ignore[arg-type]
            noun = sdoc[i]  # type: ignore[index]
            of, out_ = noun.head, noun.head.head
            verb = out_.head
            if not (
                noun.dep_ == "pobj"
                and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
                and of.lower_ == "of"
                and out_.lower_ == "out"
                and verb.lemma_.lower() == "be"
                and any(c.dep_ in ("nsubj", "csubj") for c in verb.children)
            ):
                continue
            speakers = self._speakers(doc, verb, roles)
            if speakers:
                out[verb.i] = speakers
        return out

    def _is_event_use(self, tok: Token, trig: Trigger) -> bool:
        if _striving(tok):
            return False  # "seeking to mend ties": an intent; the complement is the act
        if trig.pos == "NOUN" and trig.when == "light":
            head = tok.head
            while tok.dep_ == "conj" and head is not tok:
                tok, head = head, head.head
            if tok.dep_ == "pobj" and head.lower_ == "under" and head.head.pos_ in ("VERB", "AUX"):
                return True  # "was put under investigation", "came under attack"
            return (
                (tok.dep_ in ("dobj", "obj") and head.lemma_.lower() in LIGHT_VERBS)
                or received(tok)
                or (
                    tok.dep_ in ("nsubj", "nsubjpass")
                    and head.pos_ in ("VERB", "AUX")
                    and head.lemma_.lower() in ("be", "take", "come", "go", "begin", "start")
                    and any(c.dep_ in ("attr", "acomp", "prep", "advmod") for c in head.children)
                )
            )
        return not (trig.pos == "NOUN" and tok.dep_ == "compound")

    def _event(
        self,
        doc: Doc,
        tok: Token,
        trig: Trigger,
        roles: Roles,
        sent_starts: list[int],
        n: int,
        speakers: list[str],
    ) -> Event | None:
        if trig is REQUEST_TRIGGER:  # the speaker asks the clause's subject to act
            source = list(speakers)
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            target = [a for a in roles.actors_of(subj) if a not in source]
        elif trig is RULED_OUT_TRIGGER:  # the speaker rejects what the subject names
            source = list(speakers)
            subj = next(c for c in tok.children if c.dep_ in ("nsubj", "csubj"))
            named = (roles.index[t.i] for t in subj.subtree)
            target = list(dict.fromkeys(a for a in named if a and a not in source))
        elif trig.pos == "VERB":
            source, target = roles.verb_roles(
                tok,
                topic_object=trig.type == "CONSULT",
                place_target=trig.type in PLACE_TARGET,
                state_source=_state_act(trig),
                addressed=trig.type in ADDRESSED,
            )
        else:
            source, target = roles.noun_roles(
                tok,
                carried=trig.when.startswith("head:"),
                place_target=trig.type in PLACE_TARGET,
                state_source=_state_act(trig),
                addressed=trig.type in ADDRESSED,
                patient_of=trig.type in DONE_TO,
            )
        if not source and not target:
            return None
        modality = (
            "asserted" if trig is REQUEST_TRIGGER or trig is RULED_OUT_TRIGGER else modality_of(tok)
        )
        done = trig.type == "PROTEST" and _protest_purpose(tok)
        if modality == "future" and done:
            modality = "asserted"  # "took to the streets to protest": the march is the protest
        etype, mode, cameo = trig.type, trig.mode, trig.cameo
        if modality == "negated" and etype in COOPERATIVE | {"CONSULT"}:
            etype, mode, cameo, modality = "REJECT", None, "120", "asserted"  # "will not accept"
        rep = reporter(tok, self.speech)
        reported_by = None
        if rep is not None:
            speakers = roles.actors_of(
                next((c for c in rep.children if c.dep_ in ("nsubj",)), None)
            )
            reported_by = speakers[0] if speakers else None
            if reported_by in source:
                reported_by = None
            elif reported_by is not None and modality == "asserted":
                modality = "reported"
        if etype in PREPARABLE and _preparing(tok):
            # "the army prepared to bomb the town": a force posture, not yet the attack
            etype, mode, cameo, modality = "MOBILIZE", None, "150", "asserted"
        if modality == "future" and (
            etype in COOPERATIVE - {"AGREE"} or (etype == "CONSULT" and expresses_readiness(tok))
        ):
            # a commitment: "will support", "would allow", "is ready to host talks" (036)
            etype, mode, cameo = "AGREE", None, "036" if etype == "CONSULT" else "030"
        elif modality == "future" and etype in HOSTILE and (rep is None or not reported_by):
            etype, mode, cameo, modality = (
                "THREATEN",
                None,
                "130",
                "asserted",
            )  # "said they would blockade"
        si = max(bisect.bisect_right(sent_starts, tok.idx) - 1, 0)
        evidence = doc.sentences[si].span if doc.sentences else Span(0, len(doc.article.text))
        head = tok
        if trig is REQUEST_TRIGGER and tok.lemma_ == "be":  # "there should be a ceasefire"
            head = next((c for c in tok.children if c.dep_ == "attr"), tok)
        elif trig is RULED_OUT_TRIGGER:  # "out (of the question)"
            head = next((c for c in tok.children if c.lower_ == "out"), tok)
        trigger = Span(head.idx, head.idx + len(head.text))
        if etype == "REQUEST" and _asks_for(tok) & DE_ESCALATION:
            cameo = "0256"  # appeal for de-escalation of military engagement
        info = self.ontology.cameo(cameo)
        acled = self.ontology.acled(etype, mode, _sectors(doc, target))
        when = event_date(doc, evidence, trigger)
        # a protest told by its purpose clause happened where the act it explains did
        act = Span(tok.head.idx, tok.head.idx + len(tok.head.text)) if done else trigger
        place = event_place(doc, evidence, act)
        return Event(
            id=f"E{n}",
            type=etype,
            evidence=evidence,
            trigger=trigger,
            mode=mode,
            cameo=cameo,
            quad_class=info.quad_class if info else _quad(cameo),
            goldstein=info.goldstein if info else None,
            acled_type=acled[0] if acled else None,
            acled_subtype=acled[1] if acled else None,
            source=tuple(source),
            target=tuple(target),
            place=place,
            when=when,
            modality=modality,
            reported_by=reported_by,
            mentions=(trigger,),
            confidence=round(0.4 + 0.3 * bool(source) + 0.3 * bool(target), 2),
            coder_version=CODER_VERSION,
        )


def _quote_speakers(doc: Doc) -> Callable[[int], str | None]:
    """The speaker (actor id) of the direct quotation holding a character offset."""
    quotes = [q for q in doc.quotes if q.direct and q.speaker]

    def speaker_at(char: int) -> str | None:
        return next((q.speaker for q in quotes if q.content.start <= char < q.content.end), None)

    return speaker_at


def _localise(actors: list[Actor], events: list[Event]) -> None:
    """A generic party that names no country ("people", "gunmen", "the crowd": common-noun
    and pronoun mentions only, no knowledge-base entry) is coded with the country where
    its event took place, as event data codes unnamed locals ("Crowds of people
    blocked roads in Nairobi": Kenyan people). The first such event decides."""
    where: dict[str, str] = {}
    here: dict[str, str] = {}  # places named in the event's own sentence
    for ev in events:
        country = ev.place.country if ev.place is not None else None
        if country:
            for actor_id in (*ev.source, *ev.target):
                where.setdefault(actor_id, country)
                if _in_sentence(ev):
                    here.setdefault(actor_id, country)
    for k, a in enumerate(actors):
        if a.id in where and _generic(a):
            actors[k] = replace(a, country=where[a.id])
        elif a.id in here and _home_civilians(a):
            actors[k] = replace(a, country=here[a.id])


def _in_sentence(ev: Event) -> bool:
    span = ev.place.span if ev.place is not None else None
    return span is not None and ev.evidence.start <= span.start < ev.evidence.end


def _home_civilians(actor: Actor) -> bool:
    """Unnamed civilians ("23 people", "the crowd") that took the document's home country
    (a guess from what the document names most, confidence 0.4): the place their event's
    sentence names says better where they are ("Palestinian bombers killed 23 people in
    Tel Aviv": Israelis). Officials and forces keep the home country."""
    return (
        actor.kb_id is None
        and actor.confidence <= HOME_CONFIDENCE
        and set(actor.sectors) <= {"CVL"}
        and bool(actor.mentions)
        and all(m.kind in ("nominal", "pronoun") for m in actor.mentions)
    )


def _attribute_unnamed(
    doc: Doc, actors: list[Actor], events: list[Event], means_nouns: frozenset[str], roles: Roles
) -> list[Event]:
    """An attack whose doer is named only by its means ("was killed by a roadside bomb in
    Basra", "a car bomb explosion in Beirut killed …") gets that means as an unnamed party
    of the country where it happened, as event data codes unclaimed violence: the place
    must be named in the attack's own clause (not "a UK-based group said eight were
    killed"). Attacks with a named doer are left alone, and a means that names its doer
    ("an air raid by army jets") gives that doer."""
    sdoc = doc.tokens
    if sdoc is None:
        return events
    starts = [t.idx for t in sdoc]
    out: list[Event] = []
    for ev in events:
        k = bisect.bisect_left(starts, ev.trigger.start) if ev.trigger is not None else -1
        found = 0 <= k < len(sdoc) and ev.trigger is not None and starts[k] == ev.trigger.start
        verb = sdoc[k] if found else None
        means = _means(verb, means_nouns) if verb is not None else None
        if ev.type not in UNATTRIBUTED or ev.source or verb is None or means is None:
            out.append(ev)
            continue
        by = next((c for c in means.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        agent = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
        named = [a for a in roles.actors_of(agent) if a not in ev.target]
        if named:  # "killed in an air raid by army jets": the means names its doer
            out.append(replace(ev, source=tuple(named)))
            continue
        place = ev.place
        if place is None or not place.country or not _in_clause(place, verb):
            out.append(ev)
            continue
        first = means.left_edge
        span = Span(first.idx, means.idx + len(means.text))
        text = span.of(doc.article.text)
        new = Actor(
            id=f"A{len(actors) + 1}",
            name=text,
            mentions=(Mention(span, text, "nominal"),),
            country=place.country,
            confidence=0.3,
        )
        actors.append(new)
        out.append(replace(ev, source=(new.id,)))
    return out


def _in_clause(place: Place, verb: Token) -> bool:
    """The place is named inside the verb's own phrase (its subtree)."""
    start = verb.left_edge.idx
    end = verb.right_edge.idx + len(verb.right_edge.text)
    return place.span is not None and start <= place.span.start < end


def _means(verb: Token, means_nouns: frozenset[str]) -> Token | None:
    """The weapon or blast a violent verb names as what did it, when no actor does: the
    subject of the active verb ("an explosion killed two"), the "by" agent or "in"/"by"
    phrase of the passive ("were killed by a roadside bomb", "killed in a car bomb
    explosion"). Names, places, dates and pronouns are not a means."""

    def noun(tok: Token | None) -> Token | None:
        if tok is None or tok.pos_ != "NOUN" or tok.ent_type_:
            return None
        return tok if tok.lemma_.lower() in means_nouns else None

    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.dep_ == "nsubj":
        return noun(subj)
    for prep in verb.children:
        if prep.dep_ == "agent" or (prep.dep_ == "prep" and prep.lower_ in ("in", "by")):
            found = noun(next((c for c in prep.children if c.dep_ == "pobj"), None))
            if found is not None:
                return found
    return None


def _generic(actor: Actor) -> bool:
    return (
        actor.country is None
        and actor.kb_id is None
        and bool(actor.mentions)
        and all(m.kind in ("nominal", "pronoun") for m in actor.mentions)
    )


def _light_carriers(sdoc: object, matched: dict[int, Trigger]) -> set[int]:
    """Light verbs whose object is a matched event noun: "staged [demonstrations]"."""
    out = set()
    for i, trig in matched.items():
        tok = sdoc[i]  # type: ignore[index]
        if (
            trig.pos == "NOUN"
            and tok.dep_ in ("dobj", "obj")
            and tok.head.lemma_.lower() in LIGHT_VERBS
        ):
            out.add(tok.head.i)
    return out


def _noun_carries(verb: Token, verb_trig: Trigger, noun_trig: Trigger) -> bool:
    """For a matched verb and its matched object noun, whether the noun carries the event:
    when its entry names the verb ("declared a ceasefire", "signed a treaty"), or the verb
    is a light verb with no sense of its own for this object ("held talks")."""
    if noun_trig.when.startswith("head:"):
        return True
    return not verb_trig.specificity and verb.lemma_.lower() in LIGHT_VERBS


def _embedded_in(
    tok: Token, governs: Callable[[Token], bool], is_actor: Callable[[Token], bool]
) -> bool:
    """A trigger inside the complement or purpose clause of another event belongs to it:
    "threatened to shell", "staged rallies to demand reforms", "demonstrated, calling for
    independence", "agreed to lift", "rejected a demand to sever ties", "threatened to strike
    unless Baghdad accepted" (a condition belongs to what it conditions). So does one in a
    clause describing what another event is about ("support a resolution that aims to impose
    a blockade", "hand over two men suspected of blowing up a plane"), unless the clause
    describes an actor ("condemned Hamas, which fired rockets"). A clause opened by another
    subordinator ("after 13 soldiers were killed") is an event of its own. What a participle
    says of a noun ("men suspected of blowing up a plane", "a militia accused of attacking
    villages") describes it: an allegation, not an act the report states."""
    cur = tok
    if tok.dep_ in ("dobj", "obj") and tok.pos_ == "NOUN" and tok.head.pos_ == "VERB":
        # "threatened to launch an offensive", "called on Israel to halt its offensive":
        # judge the clause of the verb the noun is the object of
        cur = tok.head
    for _ in range(6):
        if cur.dep_ == "conj" and cur.head is not cur:
            cur = cur.head  # "aims to tighten sanctions and impose a blockade": the first verb's
            continue
        if cur.dep_ == "prep" and cur.head is not cur:
            cur = cur.head  # "by alleging …": the phrase hangs on the act it explains
            if cur.i != tok.i and governs(cur):
                return True  # "rejected an appeal for deploying troops"
            continue
        if cur.dep_ not in EMBEDDING | {"relcl"} and not (
            cur.dep_ == "pobj" and cur.head.dep_ in ("prep", "agent") and governs(cur.head.head)
        ):
            return False
        if cur.dep_ in ("advcl", "acl", "relcl") and any(
            c.dep_ == "mark" and c.lower_ not in CONDITIONAL for c in cur.children
        ):
            return False
        if cur.dep_ == "acl" and cur.tag_ == "VBN" and cur.i != tok.i:
            return True  # "two men suspected of blowing up a plane": a description
        if cur.dep_ in ("relcl", "acl") and cur.head is not cur and not is_actor(cur.head):
            noun = cur.head
            if governs(noun):
                return True
            if noun.dep_ not in ("dobj", "obj", "nsubjpass"):
                return False
            return noun.head.i != tok.i and governs(noun.head)
        if cur.dep_ == "relcl":
            return False
        cur = cur.head if cur.dep_ != "pobj" else cur.head.head
        if cur.i != tok.i and governs(cur):
            return True
    return False


def _striving(tok: Token) -> bool:
    """A verb of striving with an infinitive ("seek to deepen ties", "try to broker") is an
    intent, not a request: what is coded is the act it aims at, if any."""
    return tok.lemma_.lower() in STRIVING and any(c.dep_ == "xcomp" for c in tok.children)


def _helping(tok: Token, matched: dict[int, Trigger]) -> bool:
    """ "help" with a verb of its own that is an event ("helped broker a truce", "to help
    support their cause"): what is coded is that act, not aid."""
    return tok.lemma_.lower() == "help" and any(
        c.dep_ == "xcomp" and c.i in matched for c in tok.children
    )


def _state_act(trig: Trigger) -> bool:
    """Acts only a state's authorities do: investigate (CAMEO 09), arrest, detain, expel,
    impose curfews (CAMEO 17 coerce)."""
    cameo = trig.cameo or ""
    return cameo[:2] in STATE_ACTS


def _preparing(tok: Token) -> bool:
    """The act is what someone is getting ready to do: the complement of the verb "prepare"
    ("prepared to bomb the town", "is gearing up to attack"), not of the adjective of
    willingness ("is prepared to close the border" states an intent)."""
    cur = tok.head if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "obj") else tok
    for _ in range(3):
        infinitive = cur.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in cur.children
        )  # "gearing up to attack", parsed as a purpose clause
        if not (cur.dep_ == "xcomp" or infinitive) or cur.head is cur:
            return False
        gov = cur.head
        if (
            gov.lemma_.lower() in PREPARING
            and gov.pos_ == "VERB"
            and gov.dep_ != "acomp"
            and not any(c.dep_ == "auxpass" for c in gov.children)
        ):
            return True
        cur = gov
    return False


def _protest_purpose(tok: Token) -> bool:
    """A protest verb in the purpose clause of an act that was done ("took to the streets
    to protest against the tax"): doing that act is protesting, so the protest is told,
    not planned."""
    if tok.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    head = tok.head
    return head is not tok and head.pos_ == "VERB" and modality_of(head) == "asserted"


def _promise_type(tok: Token, trig: Trigger, matched: dict[int, Trigger]) -> Trigger:
    """ "vowed to fight" is a threat, "vowed to cooperate" an agreement; so is "vowed to
    press on with the offensive" (the complement's object) and "is committed to fighting"."""
    complements = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "advcl")]
    complements += [  # "is committed to fighting": the gerund of the "to" phrase
        g
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ == "to"
        for g in p.children
        if g.dep_ == "pcomp"
    ]
    for c in complements:
        objects = [o for o in c.children if o.dep_ in ("dobj", "obj")]
        objects += [p for o in c.children if o.dep_ == "prep" for p in o.children]
        for inner in (matched.get(t.i) for t in (c, *objects)):
            if inner is not None and inner.type in HOSTILE:
                return Trigger(trig.lemma, trig.pos, trig.when, "THREATEN", None, "130")
    return trig


def _admits_people(tok: Token, index: Sequence[str | None]) -> bool:
    """An opening "to" people: a "to" phrase of the verb or its object naming an actor."""
    heads = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "obj"))]
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "to":
                pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if pobj is not None and index[pobj.i] is not None:
                    return True
    return False


def _background(tok: Token, trig: Trigger) -> bool:
    """Not the report's act: an event noun in a time phrase ("during a G8 summit", "since
    last month's invasion"), a participle describing a noun ("aliens ordered out")."""
    if trig.pos == "NOUN":
        head = tok.head
        return (tok.dep_ == "pobj" and head.lower_ in TEMPORAL_PREPS) or (
            tok.dep_ == "pobj" and head.head.lower_ in ("eve", "wake", "run-up")
        )
    return (
        tok.dep_ in ("acl", "amod")
        and tok.tag_ in ("VBN", "VBG")
        and not (trig.when == "clause" and postposed_speaker(tok, frozenset({trig.lemma})))
    )


def _asks_for(tok: Token) -> set[str]:
    """Lemmas of what a request asks for: its object, attribute, or "for"/"to" phrase."""
    out = set()
    for c in tok.children:
        if c.dep_ in ("dobj", "attr", "obj"):
            out.add(c.lemma_.lower())
        elif c.dep_ == "prep" and c.lower_ in ("for", "to"):
            out.update(g.lemma_.lower() for g in c.children if g.dep_ == "pobj")
    return out


def _stated(ev: Event) -> bool:
    """The event's date was read from the text, not taken from the publication date."""
    return ev.when is not None and ev.when.method != "publication"


def _different_days(a: Event, b: Event) -> bool:
    """Both events carry a day read from the text, and the days differ."""
    stated = ("explicit", "relative")
    return bool(
        a.when
        and b.when
        and a.when.method in stated
        and b.when.method in stated
        and a.when.precision == b.when.precision == "day"
        and a.when.value != b.when.value
    )


def _sectors(doc: Doc, ids: list[str]) -> set[str]:
    return {s for a in doc.actors if a.id in ids for s in a.sectors}


def _quad(cameo: str | None) -> int | None:
    """CAMEO roots 01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal
    conflict, 14-20 material conflict."""
    if not cameo or not cameo[:2].isdigit():
        return None
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def _dedup(events: list[Event], identity: Callable[[str], str]) -> list[Event]:
    """One event per real act: the same type between the same parties (in either direction
    for mutual acts) is one event with several mentions. Parties are compared by identity
    (a person or organisation, else a country), and a mention that leaves the target
    implicit joins an event with the same source that names it. An attack told over two
    sentences in a row, one naming only who did it and the next only whom it hit ("A gunman
    opened fire on a bus. Two passengers were shot dead."), is one attack."""
    out: list[Event] = []
    last: list[Span] = []  # the latest sentence of each event kept

    def parties(ev: Event) -> tuple[frozenset[str], frozenset[str]]:
        src = frozenset(identity(a) for a in ev.source)
        tgt = frozenset(identity(a) for a in ev.target)
        return (src | tgt, frozenset()) if ev.type in SYMMETRIC else (src, tgt)

    for ev in events:
        src, tgt = parties(ev)
        merged = False
        for i, old in enumerate(out):
            if old.type != ev.type or (old.modality == "negated") != (ev.modality == "negated"):
                continue
            if _different_days(old, ev):
                continue  # "Friday's call" and "Sunday's call" are two calls
            osrc, otgt = parties(old)
            same = (src, tgt) == (osrc, otgt) and bool(src | tgt)
            implicit = ev.type not in SYMMETRIC and src == osrc and src and (not tgt or not otgt)
            mutual_subset = ev.type in SYMMETRIC and src and osrc and (src <= osrc or osrc <= src)
            told_on = (
                ev.type in UNATTRIBUTED
                and 0 <= ev.evidence.start - last[i].end <= 2  # the next sentence
                and ((not src and not otgt) or (not osrc and not tgt))
            )
            if same or implicit or mutual_subset or told_on:
                # the first mention keeps its coding; a later one may name the target
                out[i] = replace(
                    old,
                    mentions=(*old.mentions, *ev.mentions),
                    source=old.source or ev.source,
                    target=old.target or ev.target,
                    when=old.when if _stated(old) else ev.when or old.when,
                    place=old.place or ev.place,
                )
                last[i] = ev.evidence
                merged = True
                break
        if not merged:
            out.append(replace(ev, id=f"E{len(out) + 1}"))
            last.append(ev.evidence)
    return out
