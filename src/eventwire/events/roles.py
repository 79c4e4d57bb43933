"""Who did it to whom: source and target actors from the dependency parse.

* verbs: the subject is the source and the object (or the object of with / to /
  against / on / at) the target; in the passive, "by X" is the source and the
  subject the target; a verb under "agreed to", "threatened to", "decided to"
  inherits the governing subject;
* event nouns: "attacks by Hamas on Israel" (by → source, on/against → target),
  "Israel's operation" (possessor → source), "Israeli air strikes" (modifier → source);
  a noun carried by a light verb ("held talks", "launched an attack") takes the
  light verb's subject as source;
* conjoined actors all count ("X and Y agreed": both are sources, the act is mutual);
* nothing is guessed: a role with no actor in the parse is left empty.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from eventwire.events.lexicon import LIGHT_VERBS, received, reporting_verbs
from eventwire.events.modality import steps_taken
from eventwire.model import Actor
from eventwire.nlp import main_verb, postposed_speaker, sentence_bounds

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Token

TARGET_PREPS = frozenset(
    {
        "with",
        "to",
        "against",
        "on",
        "at",
        "into",
        "toward",
        "towards",
        "upon",
        "from",
        "for",
        "between",
    }
)
# prepositions of the place an act is done in, and the entity types of a place
PLACE_PREPS = frozenset({"in", "into", "inside", "at", "across", "throughout"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
AIM_PREPS = frozenset({"at", "on", "against", "toward", "towards"})
# verbs whose "in"/"on" phrase holds the act their subject takes part in
PARTICIPATION = frozenset(
    {"engage", "involve", "participate", "join", "remain", "stay", "be", "keep", "lead"}
)
# prepositions of an object noun that name the other party: "broke relations with Russia",
# "rejected an offer from Afghanistan", "dismissed an appeal by the president", "lifted the
# ban on Iraq"
OBJECT_PREPS = frozenset({"with", "to", "against", "from", "by", "on"})
SUBJECTS = frozenset({"nsubj", "csubj"})
# prepositions after a noun of defiance that name who is defied: "in defiance of", "in
# protest at", "in opposition to"
DEFIED_PREPS = frozenset({"of", "at", "against", "to"})
# nouns of claiming an act as one's own: "claimed responsibility for the attack"
CLAIMS = frozenset({"responsibility", "credit"})
# a preposition of the issue an act is about, whose party is the target only when nothing
# else names one ("sanctions on Moscow over the invasion of Ukraine": Moscow)
ISSUE_PREPS = frozenset({"over"})
# the preposition of a meeting's object that names who meets: "host a meeting between X and Y"
MEETING_PREPS = frozenset({"between"})
# prepositions in a demand's object phrase that name who is to act: "demanded reforms by the
# government", "pressed demands for land from the governor", "rallied against the mayor's plan"
ADDRESS_PREPS = frozenset({"by", "from", "against"})
# a verb's own words between its subject and itself: "have now agreed", "did not sign"
_VERB_OWN = frozenset({"aux", "auxpass", "neg", "advmod"})
_OWN_MODS = frozenset({"compound", "amod", "poss", "nmod", "appos", "det"})


def actor_index(sdoc: SpacyDoc, actors: tuple[Actor, ...]) -> list[str | None]:
    """For each token, the id of the actor whose mention covers it (or None)."""
    index: list[str | None] = [None] * len(sdoc)
    starts = [t.idx for t in sdoc]
    import bisect

    for actor in actors:
        for m in actor.mentions:
            i = bisect.bisect_left(starts, m.span.start)
            while i < len(sdoc) and starts[i] < m.span.end:
                index[i] = actor.id
                i += 1
    return index


def _mention_heads(sdoc: SpacyDoc, actors: tuple[Actor, ...]) -> dict[str, list[int]]:
    """For each actor, the syntactic head token of each of its name mentions."""
    out: dict[str, list[int]] = {}
    for actor in actors:
        for m in actor.mentions:
            if m.kind != "name":
                continue
            span = sdoc.char_span(m.span.start, m.span.end, alignment_mode="expand")
            if span is not None:
                out.setdefault(actor.id, []).append(span.root.i)
    return out


FIRST_PERSON = frozenset({"i", "we", "me", "us"})
RELATIVE = frozenset({"who", "which", "that", "whom"})
# verbs whose passive states the subject's own stance: "Kenya is committed to reform" is
# Kenya's commitment (no one committed Kenya)
STANCE_PASSIVES = frozenset({"commit"})
PlaceActor = Callable[["Token"], "str | None"]


class Roles:
    """Role finder over one parsed document. ``place_actor`` turns a place token named as a
    participant ("fired rockets on Tel Aviv", "visit Cairo") into a country-level actor id;
    ``transfer`` verbs (give, offer, hand over) take the "to" phrase as target;
    ``defiance`` nouns ("in defiance of X") name whom a protest is aimed at;
    ``speaker_at`` gives the speaker of the direct quotation holding a character offset,
    who is the "I"/"we" that the quotation's own words name."""

    def __init__(
        self,
        sdoc: SpacyDoc,
        actors: tuple[Actor, ...],
        place_actor: PlaceActor | None = None,
        event_noun: Callable[[Token], bool] | None = None,
        transfer: frozenset[str] = frozenset(),
        speaker_at: Callable[[int], str | None] | None = None,
        defiance: frozenset[str] = frozenset(),
    ) -> None:
        self.sdoc = sdoc
        self.index = actor_index(sdoc, actors)
        self.mention_heads = _mention_heads(sdoc, actors)
        self._of_nation: dict[str, str | None] = {}
        self.country = {a.id: a.country for a in actors}
        # one-word names the knowledge base does not know, with no country or sector: a
        # place the tagger took for a person ("withdrew from Kherson") may be one
        self.bare = {
            a.id
            for a in actors
            if a.country is None
            and a.kb_id is None
            and not a.sectors
            and a.mentions
            and all(m.kind == "name" and " " not in m.text for m in a.mentions)
        }
        self.place_actor = place_actor
        self.event_noun = event_noun or (lambda _t: False)
        self.transfer = transfer
        self.speaker_at = speaker_at
        self.defiance = defiance

    def actors_of(self, tok: Token | None, depth: int = 0, direct: bool = False) -> list[str]:
        """The actor(s) a noun phrase names: its own mention, its modifiers', its conjuncts'.
        ``direct``: only the phrase's own mention ("met Netanyahu"), not a possessor of
        another noun ("discussed Israel's operation" names no participant)."""
        if tok is None or depth > 3:
            return []
        out: list[str] = []
        own = self.index[tok.i]
        heads = [tok]  # tokens whose conjuncts name further participants
        if own is None and tok.pos_ == "NOUN":  # "his French counterpart Emmanuel Macron"
            appos = next((c for c in tok.children if c.dep_ == "appos" and self.index[c.i]), None)
            if appos is not None:
                own = self.index[appos.i]
                heads.append(appos)
        if own is None and tok.dep_ != "prep" and not direct:
            for child in tok.children:
                if child.dep_ in _OWN_MODS and self.index[child.i]:
                    own = self.index[child.i]
                    heads.append(child)  # "the Turkish and Greek sides"
                    break
            if own is None:  # "leaders of Egypt", "members of SANDF", "thousands of Iraqi Kurds"
                for prep in tok.children:
                    if prep.dep_ == "prep" and prep.lower_ == "of":
                        inner = self.actors_of(_pobj(prep), depth + 1)
                        if inner:
                            return inner
        if own is None and not direct and tok.tag_ in ("VBG", "VBN"):
            # the parser made a participle the head: "the Red Cross [operating] in Iraq said"
            subj = next((c for c in tok.children if c.dep_ in SUBJECTS), None)
            if subj is not None and self.index[subj.i]:
                return self.actors_of(subj, depth + 1)
        if own is None and self.place_actor is not None and tok.ent_type_ in PLACE_ENTS:
            own = self.place_actor(tok)
        elif own in self.bare and self.place_actor is not None:
            own = self.place_actor(tok) or own  # the places layer found it on the map
        if own is None and self.speaker_at is not None and tok.lower_ in FIRST_PERSON:
            own = self.speaker_at(tok.idx)  # "'We reject the plan,' the minister said"
        if own:
            out.append(own)
            heads.extend(c for c in tok.children if self.index[c.i] == own)  # "Barack [Obama]"
            if not direct and self.country.get(own) is None:
                out.extend(self._national_modifier(tok, own))  # "Iraqi Kurds"
        for head in heads:
            for conj in self._coordinated(head):
                for a in self.actors_of(conj, depth + 1):
                    if a not in out:
                        out.append(a)
        return out

    def _national_modifier(self, tok: Token, own: str) -> list[str]:
        """A modifier naming a country for an actor that has none, the country's actor then
        joining the role: on this mention ("Iraqi Kurds"), or an "of" phrase on any of the
        actor's mentions ("Chief Odhiambo of Kenya …, he said": he)."""
        for child in tok.children:
            found = self.index[child.i]
            named = found is not None and found != own and self.country.get(found)
            if child.dep_ in ("amod", "compound") and named:
                return [found]  # type: ignore[list-item]
        if own not in self._of_nation:
            self._of_nation[own] = self._nation_of_phrase(own)
        found = self._of_nation[own]
        return [found] if found else []

    def _nation_of_phrase(self, own: str) -> str | None:
        for i in self.mention_heads.get(own, ()):
            for prep in self.sdoc[i].children:
                pobj = _pobj(prep) if prep.dep_ == "prep" and prep.lower_ == "of" else None
                found = self.index[pobj.i] if pobj is not None else None
                if found is not None and found != own and self.country.get(found):
                    return found
        return None

    @staticmethod
    def _coordinated(tok: Token) -> list[Token]:
        """Later members of a list headed by ``tok``, including one the parser made an
        apposition: "the US, Russia, and Switzerland"."""
        out = [c for c in tok.conjuncts if c.i > tok.i]
        for child in tok.children:
            if child.dep_ == "appos" and any(g.dep_ == "cc" for g in child.children):
                out.append(child)
                out.extend(c for c in child.conjuncts if c.i > child.i)
        return out

    # ------------------------------------------------------------ verbs
    def verb_roles(
        self,
        verb: Token,
        via_noun: bool = False,
        topic_object: bool = False,
        depth: int = 0,
        place_target: bool = False,
        state_source: bool = False,
        addressed: bool = False,
    ) -> tuple[list[str], list[str]]:
        """Source and target of a verb; ``via_noun`` when asked on behalf of its object noun;
        ``topic_object`` when the object is what is talked about, so that only an object
        that names an actor itself is a target ("discussed Israel's operation": none), while
        for attitudes the possessor counts ("supports Egypt's initiative": Egypt);
        ``place_target`` for acts done to a place, whose country is the target when no
        actor is named ("imposed a curfew in Mombasa": Kenya); ``state_source`` for acts of
        a state's authorities (arrest, investigate, expel), whose unnamed doer in the passive
        is the state where it is done ("was arrested in France": France); ``addressed`` for
        acts aimed at whoever must answer them (protests), whose purpose clause names that
        party ("blocked roads to demand reforms by the government": the government)."""
        subj = self._subject(verb, SUBJECTS)
        subjpass = self._subject(verb, frozenset({"nsubjpass"}))
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if subjpass is not None and agent is None and verb.lemma_.lower() in STANCE_PASSIVES:
            subj, subjpass = subjpass, None
        source: list[str] = []
        target: list[str] = []
        if subjpass is not None or (subj is None and _passive(verb)):
            # a passive conjunct shares the first verb's subject: "were released by Putin"
            target = self.actors_of(subjpass) if subjpass is not None else self._inherited(verb)
            source = self.actors_of(_pobj(agent)) if agent is not None else self._instrument(verb)
            if not source:  # "were killed when Israeli aircraft struck a house"
                source = [a for a in self._when_doer(verb) if a not in target]
            if not source and state_source:
                source = [a for a in self.place_of(verb) if a not in target]
        else:
            if subj is not None and subj.lower_ in RELATIVE and verb.dep_ == "relcl":
                subj = verb.head  # "Obama, who also condemned …"
            if subj is not None and self.index[subj.i] is None and self.event_noun(subj):
                source = self.noun_roles(subj)[0]  # "the shelling of X by Y killed …": Y
            elif subj is not None:
                source = self.actors_of(subj)
            elif (speaker := postposed_speaker(verb, reporting_verbs())) is not None:
                # "The army shelled the villages, a rights group protested": the group
                # protests against the subject of what it reports
                source = self.actors_of(speaker)
                said = main_verb(verb)
                reported = next((c for c in said.children if c.dep_ in SUBJECTS), None)
                target = [a for a in self.actors_of(reported) if a not in source]
            else:
                source = self._left_neighbour(verb) or self._inherited(verb)
            obj = next((c for c in verb.children if c.dep_ in ("dobj", "dative", "obj")), None)
            if obj is None:
                obj = _shifted_object(verb) or _counted_object(verb)

            def other(found: list[str]) -> list[str]:  # the source is never its own target
                return [a for a in found if a not in source]

            target = target or other(
                self._recipient(verb) or self.actors_of(obj, direct=topic_object)
            )
            if not target:
                target = other(self._prep_target(verb, exclude=source))
            if not target and obj is not None and not via_noun and self.event_noun(obj):
                target = other(self.noun_roles(obj)[0])  # "condemned attacks by Hamas": Hamas
            if not target and obj is not None and not topic_object:
                target = other(self._object_party(obj, source))  # "an offer from Kabul"
            if not target and obj is not None and topic_object:  # "host talks between X and Y"
                target = other(self._prep_target(obj, MEETING_PREPS, exclude=source))
            if not target and not topic_object:  # "refused to reply to an appeal from X"
                target = other(self._prep_target(verb, nested=True, exclude=source))
            if not target and not topic_object:  # last, the issue's party: "protested over
                target = other(self._prep_target(verb, ISSUE_PREPS, exclude=source))  # X's plan"
        if not target and not via_noun and depth < 2:
            target = [
                a for a in self._complement_target(verb, depth, place_target) if a not in source
            ]
        target = [a for a in target if a not in source]
        if not target and addressed:
            target = self.addressee(verb, source)
        if not target and place_target and source:  # a place alone makes no event
            obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
            # the passive's subject is what was acted on: "positions in Idlib were shelled"
            target = [a for a in self.place_of(verb, obj, subjpass) if a not in source]
        return source, target

    def _subject(self, verb: Token, deps: frozenset[str]) -> Token | None:
        """The verb's subject of one of ``deps``. When the parser gave it several (a
        dateline read as one: "KABUL, Afghanistan: Two men were killed"; an apposition:
        "Members of X, a body linked to Y, investigated"), the nearest before the verb
        that names an actor, else the first."""
        found = [c for c in verb.children if c.dep_ in deps]
        if len(found) > 1:
            named = [c for c in found if c.i < verb.i and self.actors_of(c)]
            if named:
                return named[-1]
        return found[0] if found else None

    def place_of(self, *heads: Token | None) -> list[str]:
        """The country of the place an act is done in: an "in"/"into"/"at" phrase of the
        verb, of its object or of what it aims at naming a place ("shelled positions in
        Kisumu", "a curfew in the town of Garissa"), as a country-level actor. The subject's
        own phrase does not count ("protesters in Paris blocked roads": where they are)."""
        if self.place_actor is None:
            return []
        found_in: list[Token] = [h for h in heads if h is not None]
        for head in list(found_in):  # "fired at posts in Kisumu": the aim's own place
            found_in.extend(
                pobj
                for prep in head.children
                if prep.dep_ == "prep"
                and prep.lower_ in AIM_PREPS
                and (pobj := _pobj(prep)) is not None
            )
        for head in found_in:
            for prep in head.children:
                if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
                    continue
                place = _place_token(_pobj(prep))
                found = self.place_actor(place) if place is not None else None
                if found:
                    return [found]
        return []

    def addressee(self, head: Token, source: list[str]) -> list[str]:
        """Who a protest is aimed at, named in its purpose clause (an infinitive or a gerund
        hanging on ``head``): the clause's object or the party of its prepositional phrase
        ("to protest against Chile's decision"), else the party its object phrase holds
        responsible ("to demand the return of land seized by the army", "to press demands
        for land from the governor"). ``source``: the protesters, never their own target."""
        for clause in head.children:
            if not _aim_clause(clause):
                continue
            own = set(source) | set(self._inherited(clause))
            obj = next((c for c in clause.children if c.dep_ in ("dobj", "obj")), None)
            found = [a for a in self.actors_of(obj) if a not in own]
            found = found or [
                a for a in self._prep_target(clause, TARGET_PREPS | {"by"}) if a not in own
            ]
            if not found and obj is not None:
                found = [a for a in self._phrase_party(obj) if a not in own]
            if found:
                return found
        return self._defied(head, source)

    def _defied(self, head: Token, source: list[str]) -> list[str]:
        """Whom an act defies, named in an "in defiance of" phrase (or "in protest at",
        "in opposition to"): "blocked streets in defiance of the authorities"."""
        for prep in head.children:
            noun = _pobj(prep) if prep.dep_ == "prep" and prep.lower_ == "in" else None
            if noun is None or noun.lemma_.lower() not in self.defiance:
                continue
            found = [a for a in self._prep_target(noun, DEFIED_PREPS) if a not in source]
            if found:
                return found
        return []

    def _phrase_party(self, phrase: Token) -> list[str]:
        """The first party named in a "by"/"from"/"against" phrase (or a passive agent)
        inside a noun phrase: "the return of land seized by the army"."""
        for tok in phrase.subtree:
            if tok.dep_ == "agent" or (tok.dep_ == "prep" and tok.lower_ in ADDRESS_PREPS):
                found = self.actors_of(_pobj(tok))
                if found:
                    return found
        return []

    def _instrument(self, verb: Token) -> list[str]:
        """Who is behind the means named in a passive's "in"/"by" phrase (not a place):
        the phrase's own mention ("killed in Kenyan tank fire", where the parser took
        "tank" for the head) or its modifier's ("killed in an Israeli air strike", "hit by
        Syrian army fire")."""
        for prep in verb.children:
            pobj = _pobj(prep) if prep.dep_ == "prep" and prep.lower_ in ("in", "by") else None
            if pobj is None or pobj.ent_type_:
                continue
            if self.index[pobj.i]:  # the means is itself a mention: "in Kenyan tank fire"
                return [self.index[pobj.i]]  # type: ignore[list-item]
            for child in pobj.children:
                found = self.index[child.i]
                if child.dep_ in ("amod", "compound", "poss", "nmod") and found:
                    return [found]
        return []

    def _when_doer(self, verb: Token) -> list[str]:
        """The subject of a "when"/"as" clause of a passive, which tells what did it:
        "ten people were killed when jets struck a house", "as troops shelled the town"."""
        for clause in verb.children:
            if clause.dep_ != "advcl" or not any(
                c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "as") for c in clause.children
            ):
                continue
            found = self.actors_of(next((c for c in clause.children if c.dep_ in SUBJECTS), None))
            if found:
                return found
        return []

    def _recipient(self, verb: Token) -> list[str]:
        """Who receives what a transfer verb moves: "offered its troops to Lebanon"."""
        if verb.lemma_.lower() not in self.transfer:
            return []
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "to":
                return self.actors_of(_pobj(prep))
        return []

    def _complement_target(self, verb: Token, depth: int, place_target: bool) -> list[str]:
        """The target of what is demanded, threatened or promised: the subject of a that-
        clause ("demanded that the US cancel …") or of a condition ("threatened a strike
        unless Kenya lifts …"), else the target of an infinitive or a purpose clause
        ("threatened to shell Iraqi towns", "committed to opening up …", "staged rallies to
        protest against Kenya's ruling")."""
        infinitive = any(c.dep_ == "xcomp" for c in verb.children)
        for child in verb.children:
            if child.dep_ == "ccomp" and infinitive:
                continue  # "threatened to shell towns where, it said, 100 were killed"
            asked = child.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in ("for", "unless", "if") for m in child.children
            )  # "pushed for the US to support", "unless Kenya lifts it"
            if (child.dep_ == "ccomp" or asked) and child.pos_ in ("VERB", "AUX"):
                subj = next((c for c in child.children if c.dep_ in SUBJECTS | {"nsubjpass"}), None)
                found = self.actors_of(subj)
                if found:
                    return found
        for child in verb.children:
            comp = child
            if child.dep_ == "prep" and child.lower_ == "to":
                comp = next((c for c in child.children if c.dep_ == "pcomp"), child)
            if (comp.dep_ in ("xcomp", "pcomp") or _purpose(comp)) and comp.pos_ in (
                "VERB",
                "AUX",
            ):
                found = self.verb_roles(comp, depth=depth + 1, place_target=place_target)[1]
                if found:
                    return found
        return []

    def _left_neighbour(self, verb: Token) -> list[str]:
        """An actor written right before a subjectless verb, quotes and the verb's own
        auxiliaries and adverbs aside: the parser lost the link (Obama and Netanyahu
        "discussed …", "X and Y have now agreed")."""
        i = verb.i - 1
        first = sentence_bounds(self.sdoc)[verb.i][0]
        while i >= first and (
            self.sdoc[i].is_quote
            or self.sdoc[i].is_space
            or (self.sdoc[i].head.i == verb.i and self.sdoc[i].dep_ in _VERB_OWN)
        ):
            i -= 1
        if i < first or self.index[i] is None:
            return []
        out: list[str] = [self.index[i]]  # type: ignore[list-item]
        tok = self.sdoc[i]
        while tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head
            found = self.index[tok.i]
            if found and found not in out:
                out.insert(0, found)
        return out

    def _inherited(self, verb: Token) -> list[str]:
        """Subject of the governing verb for "agreed to X", "threatened to X", relative clauses;
        never across a speech verb (the speaker is not the reported clause's subject)."""
        taken = steps_taken(verb)
        if taken is not None:  # "took steps to ease restrictions": who took them
            return self.actors_of(next((c for c in taken.children if c.dep_ in SUBJECTS), None))
        head = verb
        for _ in range(3):
            if head.dep_ in ("xcomp", "conj", "advcl", "acomp") and head.head is not head:
                head = head.head  # "acomp": "is ready to impose", "are willing to forgive"
                subj = next((c for c in head.children if c.dep_ in SUBJECTS | {"nsubjpass"}), None)
                if subj is not None:
                    return self.actors_of(subj)
            elif head.dep_ == "relcl":
                return self.actors_of(head.head)
            else:
                break
        return []

    def _prep_target(
        self,
        tok: Token,
        preps: frozenset[str] = TARGET_PREPS,
        nested: bool = False,
        exclude: list[str] | None = None,
    ) -> list[str]:
        """The actor of a prepositional phrase of ``tok`` (also one the parser labelled a
        dative: "give backing to Kenya"); ``nested``: else the party named in that
        phrase's own noun ("responded to a demand from the US": the US). A phrase naming
        only an ``exclude``d actor (the source: "reneged on his pledge to the voters")
        names no party, and the search goes on."""
        for prep in tok.children:
            is_prep = prep.dep_ == "prep" or (prep.dep_ == "dative" and prep.pos_ == "ADP")
            if is_prep and prep.lower_ in preps:
                pobj = _pobj(prep)
                found = [a for a in self.actors_of(pobj) if a not in (exclude or ())]
                if not found and nested and pobj is not None:
                    found = self._prep_target(pobj, OBJECT_PREPS - {"on"}, exclude=exclude)
                if found:
                    return found
        return []

    def _object_party(self, obj: Token, source: list[str]) -> list[str]:
        """The other party an object phrase names in its own prepositional phrase ("an offer
        from Kabul", "talks between the rivals", "an aid programme for Bosnia"), also through
        a partitive ("part of an aid programme for Bosnia")."""
        found = self._prep_target(obj, OBJECT_PREPS | {"for", "between"}, exclude=source)
        if found or self.index[obj.i]:
            return found
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = _pobj(of)
        if inner is None or self.index[inner.i]:
            return []
        return self._prep_target(inner, OBJECT_PREPS | {"for", "between"}, exclude=source)

    # ------------------------------------------------------------ nouns
    def noun_roles(
        self,
        noun: Token,
        carried: bool = False,
        place_target: bool = False,
        state_source: bool = False,
        addressed: bool = False,
        patient_of: bool = False,
    ) -> tuple[list[str], list[str]]:
        """Roles of an event noun (``patient_of``: its "of" phrase names whom it is done to,
        "the shelling of Kharkiv", "the arrest of two journalists"). ``carried``: the
        noun's lexicon entry names its governing verb ("presented evidence"), which then
        lends its subject like a light verb;
        ``place_target`` and ``state_source`` as for :meth:`verb_roles` ("imposed a curfew
        in Mombasa", "was placed under inquiry in France"), ``addressed`` as for
        :meth:`verb_roles`, the purpose clause hanging on the noun or on its light verb
        ("began a hunger strike to protest against the mayor's decision")."""
        source: list[str] = []
        target: list[str] = []
        head = noun.head
        if received(noun):
            # "Kenya received aid from Tanzania": Tanzania gives it, Kenya gets it
            target = self.actors_of(next((c for c in head.children if c.dep_ in SUBJECTS), None))
            source = self._prep_target(noun, frozenset({"from"}), exclude=target)
            source = source or self._prep_target(head, frozenset({"from"}), exclude=target)
            return source, target
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "by":
                source = source or self.actors_of(_pobj(child))
            elif child.dep_ == "prep" and child.lower_ in TARGET_PREPS - {"from", "for"}:
                target = target or self.actors_of(_pobj(child))
                if not target and child.lower_ == "into" and (inner := _pobj(child)) is not None:
                    target = self._phrase_party(inner)  # "an inquiry into crimes by X": X
            elif child.dep_ in ("poss", "amod", "compound", "nmod") and self.index[child.i]:
                source = source or [self.index[child.i]]  # type: ignore[list-item]
            elif child.dep_ == "acl" and child.tag_ == "VBN":  # "the rally staged by students"
                agent = next((c for c in child.children if c.dep_ == "agent"), None)
                source = source or self.actors_of(_pobj(agent))
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        if by is None and noun.dep_ in ("dobj", "obj") and not _passive(noun.head):
            # "condemned the attack on X by Y", the parser hanging "by Y" on the verb
            by = next(
                (c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "by"), None
            )
            source = source or self.actors_of(_pobj(by))
        agent = _pobj(by)
        if not target and source and agent is not None:  # "attacks by X on Y", "on Y" on X
            target = self._prep_target(agent, AIM_PREPS | {"upon", "into"})
        if not target:  # "a halt of flights with Kenya": the other party of the "of"
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            inner = _pobj(of)
            if inner is not None and not self.index[inner.i]:
                target = self._prep_target(inner, TARGET_PREPS - {"from", "for", "on", "at"})
            if not target and patient_of and inner is not None:
                target = [a for a in self.actors_of(inner) if a not in source]
        head = noun.head
        if not source and (
            (noun.dep_ in ("dobj", "obj") and head.lemma_.lower() in LIGHT_VERBS)
            or (carried and noun.dep_ in ("dobj", "obj", "nsubjpass"))
        ):
            source, extra = self.verb_roles(head, via_noun=True)
            if noun.dep_ == "nsubjpass":
                extra = []  # the noun itself is the passive subject
            target = target or [a for a in extra if a not in source]
        elif (
            not source
            and carried
            and noun.dep_ == "pobj"
            and head.lower_ == "as"
            and any(c.dep_ in ("dobj", "obj") for c in head.head.children)
        ):  # "held the villagers as shields": the verb's subject does it to its object,
            # which must be people ("described the wall as a shield" is no one used)
            source, target = self.verb_roles(head.head, via_noun=True)
            if not target:
                source = []
        elif not source and noun.dep_ == "pobj" and head.head.pos_ in ("VERB", "AUX"):
            source, target = self._state_roles(noun, head, head.head, target)
            if not source and state_source and head.lower_ == "under":
                source = [a for a in self.place_of(noun, head.head) if a not in target]
        if not source and noun.dep_ == "pobj" and head.lower_ == "for":
            source = [a for a in self._claimant(head.head) if a not in target]
        if not target and noun.dep_ in ("dobj", "obj"):
            target = [a for a in self._prep_target(noun.head) if a not in source]
        target = [a for a in target if a not in source]
        if not target and addressed:
            carriers = [noun] + ([head] if noun.dep_ in ("dobj", "obj") else [])
            target = next((f for h in carriers if (f := self.addressee(h, source))), [])
        if not target and place_target and source:
            carrier = noun.head if noun.dep_ in ("dobj", "obj") else None
            if noun.dep_ == "pobj":  # "stayed on alert in Kisumu": the verb's place
                carrier = noun.head.head
            target = [a for a in self.place_of(noun, carrier) if a not in source]
        return source, target

    def _claimant(self, claim: Token) -> list[str]:
        """Who claims an act as theirs: the subject of "claimed responsibility for the
        attack", "took credit for the bombing"."""
        if claim.lemma_.lower() not in CLAIMS or claim.dep_ not in ("dobj", "obj"):
            return []
        return self.actors_of(next((c for c in claim.head.children if c.dep_ in SUBJECTS), None))

    def _state_roles(
        self, noun: Token, prep: Token, verb: Token, target: list[str]
    ) -> tuple[list[str], list[str]]:
        """An event noun in a prepositional phrase of its clause's verb: the subject is the
        target of "came under attack", "was put under investigation", and the source of
        "engaged in ethnic cleansing", "remained on alert" (the object or an "against"
        phrase of the verb then is the target: "engaged the peacekeepers in a firefight")."""
        subj = next((c for c in verb.children if c.dep_ in SUBJECTS | {"nsubjpass"}), None)
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
        if prep.lower_ == "under":
            return [], target or self.actors_of(obj if obj is not None else subj)
        if prep.lower_ in ("in", "on") and verb.lemma_.lower() in PARTICIPATION:
            source = self.actors_of(subj)
            return source, target or self.actors_of(obj) or self._prep_target(verb)
        return [], target


def _shifted_object(verb: Token) -> Token | None:
    """An object written after an "as" phrase, which the parser hangs on that phrase as an
    apposition: "denounced as a crime Serbia's crackdown"."""
    for prep in verb.children:
        pobj = _pobj(prep) if prep.dep_ == "prep" and prep.lower_ == "as" else None
        appos = next((c for c in pobj.children if c.dep_ == "appos"), None) if pobj else None
        if appos is not None and appos.i > pobj.i:  # type: ignore[union-attr]
            return appos
    return None


def _counted_object(verb: Token) -> Token | None:
    """An object counted with "up to", which the parser reads as a particle and a "to"
    phrase: "abducted up to 12 aid workers", "detained up to 30 protesters"."""
    for prt in verb.children:
        if prt.dep_ != "prt" or prt.lower_ != "up":
            continue
        for prep in prt.children:
            pobj = _pobj(prep) if prep.dep_ == "prep" and prep.lower_ == "to" else None
            if pobj is not None and any(c.dep_ == "nummod" for c in pobj.children):
                return pobj
    return None


def _purpose(tok: Token) -> bool:
    """A purpose clause: an adverbial infinitive ("blocked roads to demand reforms")."""
    return tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _aim_clause(tok: Token) -> bool:
    """A clause saying what an act is for: an infinitive ("staged rallies to demand reforms",
    "a strike to protest") or an adverbial gerund ("marched, demanding reforms")."""
    if tok.dep_ not in ("advcl", "acl", "relcl", "xcomp") or tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.tag_ == "VBG":  # a participle on a noun describes it: "rallies supporting Kyiv"
        return tok.dep_ == "advcl"
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _place_token(tok: Token | None) -> Token | None:
    """The place a phrase names: itself, what its "of" names ("the town of Garissa"), or its
    apposition ("the capital Nairobi")."""
    if tok is None:
        return None
    if tok.ent_type_ in PLACE_ENTS:
        return tok
    appos = next((c for c in tok.children if c.dep_ == "appos"), None)
    if appos is not None and appos.ent_type_ in PLACE_ENTS:
        return appos
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    inner = _pobj(of)
    return inner if inner is not None and inner.ent_type_ in PLACE_ENTS else None


def _passive(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ in ("auxpass", "agent") for c in verb.children)


def _pobj(prep: Token | None) -> Token | None:
    if prep is None:
        return None
    return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
