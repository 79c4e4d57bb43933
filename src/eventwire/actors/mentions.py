"""Actor mentions: names, descriptive groups, role nouns and pronouns in a spaCy doc.

A :class:`Cand` is one place where an actor is referred to, with what the words
say about it: the name part, the title in front of it, country cues (demonyms,
possessive or adjectival country names, "in Denmark"), the role noun that gives
the sector ("soldiers", "Defense Ministry"), grammatical number, and whether it
sits inside a quotation (pronouns outside quotes never point inside them).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from eventwire.kb import KnowledgeBase, RoleNoun, norm
from eventwire.nlp import postposed_speaker, sentence_bounds, tokens_with

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

CandKind = Literal["name", "nominal", "pronoun"]
Claim = Callable[[int, int], bool]
NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
PRONOUNS = {
    "he": ("m", "sg"),
    "him": ("m", "sg"),
    "his": ("m", "sg"),
    "himself": ("m", "sg"),
    "she": ("f", "sg"),
    "her": ("f", "sg"),
    "hers": ("f", "sg"),
    "herself": ("f", "sg"),
    "it": ("n", "sg"),
    "its": ("n", "sg"),
    "itself": ("n", "sg"),
    "they": ("", "pl"),
    "them": ("", "pl"),
    "their": ("", "pl"),
    "themselves": ("", "pl"),
}
PRONOUN_WORDS = frozenset(PRONOUNS)
_TITLE_GLUE = frozenset(
    {
        "of",
        "for",
        "and",
        "the",
        "'s",
        "’s",
        "-",
        "general",
        "deputy",
        "chief",
        "vice",
        "acting",
        "former",
        "senior",
        "top",
        "foreign",
    }
)
_FEMALE = frozenset(
    {
        "spokeswoman",
        "congresswoman",
        "chairwoman",
        "queen",
        "mrs",
        "ms",
        "mrs.",
        "ms.",
        "madam",
        "princess",
        "businesswoman",
        "woman",
        "she",
    }
)
_MALE = frozenset(
    {
        "spokesman",
        "congressman",
        "chairman",
        "king",
        "mr",
        "mr.",
        "prince",
        "businessman",
        "man",
        "sir",
        "emir",
        "sultan",
    }
)
_DETS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_QUANTITY = frozenset(
    {
        "dozens",
        "hundreds",
        "thousands",
        "several",
        "many",
        "scores",
        "more",
        "least",
        "some",
        "few",
        "numerous",
        "tens",
    }
)


@dataclass
class Cand:
    start: int  # char offsets into the doc text
    end: int
    text: str
    kind: CandKind
    label: str  # PERSON, ORG, GPE, NORP, FAC, GROUP, PRON
    name: str = ""  # the name part (persons: without the title)
    title: str = ""  # words before a person's name ("Secretary of State")
    countries: list[str] = field(default_factory=list)  # ISO3 cues
    homeland: list[str] = field(default_factory=list)  # cues only an ethnic people's name gave
    role: RoleNoun | None = None
    number: str = "sg"
    gender: str = ""
    in_quote: bool = False
    sent: int = 0
    is_subject: bool = False
    head_i: int = 0  # token index of the head word
    definite: bool = False
    counted: bool = False  # preceded by a number or quantity ("13 Israeli soldiers")
    dep: str = ""  # dependency of the head word (nsubj, dobj, pobj, poss, ...)
    prep: str = ""  # the preposition governing the head, if any
    appos_to: int = -1  # token index of the name this phrase stands in apposition to
    group: str = ""  # known group named in a descriptive phrase ("Hamas gunmen")
    ethnic: bool = False  # "ethnic Turks": a people named as a minority, not as a state's


def _apposed_to(root: Token) -> int:
    """The token a phrase stands in apposition to, or -1. Not a speaker the parser hung
    there with its reporting verb ("… displaced farmers, a rights group protested"): the
    group is not the farmers."""
    if root.dep_ != "appos":
        return -1
    from eventwire.events.lexicon import reporting_verbs

    verbs = reporting_verbs()
    if any(postposed_speaker(c, verbs) is not None for c in root.children):
        return -1
    return int(root.head.i)


def quote_mask(text: str) -> list[bool]:
    """True for characters inside quotation marks (straight or curly, double only)."""
    mask = [False] * len(text)
    inside = False
    for i, ch in enumerate(text):
        if ch in '“”"':
            if ch == "“":
                inside = True
            elif ch == "”":
                inside = False
            else:
                inside = not inside
            continue
        if ch == "\n" and i + 1 < len(text) and text[i + 1] == "\n":
            inside = False  # quotes never run across paragraphs in news copy
        mask[i] = inside
    return mask


def _longest_role(words: list[str], kb: KnowledgeBase) -> tuple[RoleNoun | None, int]:
    """The longest role noun that ends the word list; returns it and how many words it took.
    Possessive clitics are glued back ("president 's office" → "president's office")."""
    for n in range(min(4, len(words)), 0, -1):
        phrase = " ".join(words[-n:]).replace(" 's", "'s").replace(" ’s", "'s")
        role = kb.role_noun(phrase)
        if role is not None:
            return role, n
    return None, 0


def _compound_role(words: list[str], kb: KnowledgeBase) -> tuple[RoleNoun | None, int]:
    """The role of a phrase whose head only says "someone of": a spokesman, an official, a
    leader take the sectors of the body named before them ("foreign ministry spokesman",
    "rebel commander", "CIA official", "Kremlin aide"). Returns the role and how many
    words at the end it took (a named body is left to the country cues)."""
    role, n = _longest_role(words, kb)
    if role is None or not (role.term in HEAD_OF or role.kind == "head"):
        return role, n
    mods = words[:-n]
    owner, m = _longest_role(mods, kb)
    if (
        owner is not None
        and owner.sectors
        and owner.kind != "head"
        and owner.term not in HEAD_OF
        and owner.term not in _TITLE_GLUE  # "deputy leader", "general secretary"
    ):
        return RoleNoun(f"{owner.term} {role.term}", owner.sectors, "person"), n + m
    for k in range(len(mods)):
        phrase = " ".join(mods[k:])
        ent = next(
            (
                e
                for e in kb.candidates(phrase)
                if e.type not in ("person", "country", "territory") and e.sectors
            ),
            None,
        )
        met = kb.metonym(phrase)
        sectors = ent.sectors if ent is not None else met[1] if met is not None else ()
        if sectors:
            return RoleNoun(f"{phrase} {role.term}", sectors, "person"), n
    return role, n


def _country_cues(
    tokens: list[Token],
    kb: KnowledgeBase,
    places_only: bool = False,
    weak: bool = False,
    ethnic: set[str] | None = None,
) -> list[str]:
    """ISO3 codes named inside a phrase: demonyms, peoples ("Tibetan monks"), country names,
    capitals, possessives, city and province names, and (unless ``places_only``)
    organisations and groups whose country is known. ``weak`` adds the smaller towns of
    ``places_weak.tsv``: for a phrase whose place reading is clear ("the mayor of X").
    ``ethnic`` collects the codes that only an ethnic people's name gave ("Shona rebels")."""
    out: list[str] = []
    firm: set[str] = set()
    kin: set[str] = set()
    i = 0
    while i < len(tokens):
        hit = None
        by_people = False
        for n in range(min(4, len(tokens) - i), 0, -1):
            words = " ".join(t.text for t in tokens[i : i + n])
            ent = kb.demonym(words)
            if ent is None:
                res = [e for e in kb.candidates(words) if e.type in ("country", "territory")]
                ent = res[0] if res else None
            if ent is None:
                met = kb.metonym(words)
                ent = met[0] if met else None
            if ent is None and (n > 1 or tokens[i].is_upper or tokens[i].pos_ == "PROPN"):
                keep = ("igo",) if places_only else ("igo", "org", "agency", "party", "armed_group")
                orgs = [e for e in kb.candidates(words) if e.type in keep and e.country]
                ent = orgs[0] if orgs else None
            if ent is not None and ent.country:
                hit = (ent.country, n)
                break
            people = kb.people(words) if tokens[i].text[:1].isupper() else None
            if people is not None:  # "Tibetan monks", "Scottish fishermen"
                hit = (people.country, n)
                by_people = people.kind == "people"
                break
            if ent is None and not places_only and _proper_run(tokens[i : i + n]):
                persons = [e for e in kb.candidates(words) if e.type == "person" and e.country]
                country = persons[0].country if persons else None
                if country:  # "the Bush administration", "Putin aides"
                    hit = (country, n)
                    break
            navy = kb.ship_class_country(words) if ent is None else None
            if navy is not None:  # "an Arleigh Burke-class destroyer"
                hit = (navy, n)
                break
            proper = ent is None and _proper_run(tokens[i : i + n])
            if kb.is_place_stop(words):  # "Central Bank", a sentence-initial "Independence"
                proper = ent is None and all(t.ent_type_ in _PLACEISH for t in tokens[i : i + n])
            if proper or (
                ent is None and _capitalised_run(tokens[i : i + n]) and not kb.is_place_stop(words)
            ):
                # "Shanghai police", "unions in Bavaria", "Aleppo residents"; a town of the weak
                # table only when the tagger reads it as a proper noun ("residents of <town>")
                place = kb.place_country(words, weak=weak and proper and _whole_name(tokens, i, n))
                if place is not None:
                    hit = (place, n)
                    break
        if hit is None and "-" in tokens[i].text[1:]:  # "U.S.-led", one token
            hit = _joined_cue(tokens[i].text, kb)
        if hit is not None and _patron(tokens, i, hit[1], kb):
            i += hit[1]  # "Iran-backed militias": the patron, not the militias' own country
        elif hit:
            if hit[0] not in out:
                out.append(hit[0])
            (kin if by_people else firm).add(hit[0])
            i += hit[1]
        else:
            i += 1
    if ethnic is not None:
        ethnic |= kin - firm  # "Zimbabwean Shona": a state named outright is no people's guess
    return out


def _whole_name(tokens: list[Token], i: int, n: int) -> bool:
    """``tokens[i:i+n]`` is a whole proper name, not a piece of a longer one (the "Bank" of
    "Central Bank of Kenya"): a small town of the weak table must stand alone."""
    doc = tokens[0].doc
    first, last = tokens[i].i, tokens[i + n - 1].i
    return not (first > 0 and _name_word(doc[first - 1])) and not (
        last + 1 < len(doc) and _name_word(doc[last + 1])
    )


def _name_word(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper()


def _patron(tokens: list[Token], i: int, n: int, kb: KnowledgeBase) -> bool:
    """The cue at ``tokens[i:i+n]`` names a patron: "<cue>-backed", "pro-<cue>", "anti-<cue>"
    (read in the doc, whose hyphens a phrase's token list may have dropped)."""
    doc = tokens[0].doc
    first, last = tokens[i].i, tokens[i + n - 1].i
    if last + 2 < len(doc) and doc[last + 1].text == "-":
        link = kb.cue_links.get(doc[last + 2].lower_)
        if link is not None:
            return link == "patron"
    return (
        first >= 2
        and doc[first - 1].text == "-"
        and (kb.cue_links.get(doc[first - 2].lower_) == "patron")
    )


def _joined_cue(word: str, kb: KnowledgeBase) -> tuple[str, int] | None:
    """The country of a cue written as one token with its link ("U.S.-led"), if own."""
    head, _, link = word.rpartition("-")
    if kb.cue_links.get(link.lower()) != "own":
        return None
    ent = kb.demonym(head) or next(
        (e for e in kb.candidates(head) if e.type in ("country", "territory") and e.country), None
    )
    country = ent.country if ent is not None else kb.place_country(head)
    return (country, 1) if country else None


def _title_role(words: list[str], kb: KnowledgeBase) -> RoleNoun | None:
    """The role of the title words before a name. A title may hold several ("Deputy
    Minister of Defence Colonel-General"): their sectors add up, the office's first."""
    found: list[RoleNoun] = []
    k = len(words)
    while k > 0:
        if found and words[k - 1] in _TITLE_GLUE:  # "deputy" of "deputy minister of …"
            k -= 1
            continue
        role, n = _compound_role(words[:k], kb)
        if role is None:
            k -= 1
            continue
        found.append(role)
        k -= n
    if not found:
        return None
    found.sort(key=lambda r: "GOV" not in r.sectors)
    sectors = tuple(dict.fromkeys(sec for r in found for sec in r.sectors))
    return RoleNoun(found[0].term, sectors, found[0].kind)


def _qualified(role: RoleNoun, words: list[str]) -> RoleNoun:
    """A former official is an elite, not GOV; a shadow minister is the opposition's."""
    if any(w in ("former", "ex", "retired") for w in words):
        return RoleNoun(role.term, ("ELI",), role.kind)
    if "shadow" in words and role.sectors[:1] == ("GOV",):
        return RoleNoun(role.term, ("OPP",), role.kind)
    return role


def _named_group(tokens: list[Token], kb: KnowledgeBase) -> str:
    """The known group a descriptive phrase names in its modifiers ("Hamas gunmen",
    "Islamic State fighters", "Isis leader"): its members belong to it."""
    for i in range(len(tokens)):
        for n in range(min(4, len(tokens) - i), 0, -1):
            if not tokens[i].text[:1].isupper():
                break
            words = " ".join(t.text for t in tokens[i : i + n])
            for ent in kb.candidates(words):
                if ent.known_group and ent.type in ("armed_group", "party"):
                    return ent.known_group
    return ""


_BODIES = frozenset({"org", "igo", "agency", "party", "armed_group"})


def _body_role(tokens: list[Token], kb: KnowledgeBase) -> RoleNoun | None:
    """The sectors of the known body a longer name ends with ("<country> Red Crescent
    Society", "<country> Chamber of Commerce" when the KB knows the body)."""
    for k in range(1, len(tokens)):
        phrase = " ".join(t.text for t in tokens[k:])
        ent = next((e for e in kb.candidates(phrase) if e.type in _BODIES and e.sectors), None)
        if ent is not None:
            return RoleNoun(phrase.lower(), ent.sectors, "org")
    return None


def _proper_run(tokens: list[Token]) -> bool:
    """A run of capitalised proper nouns (or words the tagger puts in a name)."""
    return all(
        t.text[:1].isupper() and (t.pos_ == "PROPN" or t.ent_type_ in _PLACEISH) for t in tokens
    )


_PLACEISH = frozenset({"GPE", "LOC", "FAC"})


def _capitalised_run(tokens: list[Token]) -> bool:
    """A run of capitalised words: a city or province of ``places.tsv`` is read as one even
    where the tagger calls it a noun or an adjective ("Aleppo residents", "residents of
    Kharkiv"), unless the name is also an ordinary word (``place_stop.txt``: such a name is
    a place only where the tagger says so, so that a sentence-initial "Independence" or the
    "Central" of "Central Bank" is no town)."""
    return all(t.text[:1].isupper() and not t.is_punct for t in tokens)


HEAD_OF = frozenset(
    {
        "president",
        "leader",
        "head",
        "chairman",
        "chairwoman",
        "chief",
        "director",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "member",
        "members",
        "official",
        "officials",
        "secretary",
        "commander",
    }
)


def _of_owner(
    head: Token,
    kb: KnowledgeBase,
    preps: frozenset[str] = frozenset({"of"}),
    kinds: frozenset[str] = frozenset({"org"}),
) -> RoleNoun | None:
    """The role of the organisation in "<leader> of <organisation>" (its sectors win);
    ``preps`` widens the link ("a spokesman for the interior ministry"), ``kinds`` the
    role nouns that may name the body ("X of the opposition")."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            sub = [t for t in pobj.subtree if t.i <= pobj.i and t.lower_ not in _DETS]
            ent = next(
                (
                    e
                    for k in range(len(sub))
                    for e in kb.candidates(" ".join(t.text for t in sub[k:]))
                    if e.type != "person" and e.sectors
                ),
                None,
            )
            if ent is not None:
                return RoleNoun(ent.name.lower(), ent.sectors, "org")
            role, _ = _longest_role([t.lower_ for t in sub], kb)
            if role is not None and role.kind in kinds:
                return role
    return None


_PLACE_OF = frozenset({"in", "of", "from", "at", "throughout", "across"})
_BELONGS = frozenset({"of", "from"})  # "X of the Syrian opposition", "a senator from Peru"
_SPEAKS_FOR = frozenset({"for"})  # "a spokesman for the Iraqi interior ministry"


def _pp_country(
    head: Token, kb: KnowledgeBase, preps: frozenset[str] = _PLACE_OF
) -> tuple[list[str], int]:
    """Country from an attached "in/of/from/at <place>" ("trade unions in Denmark"), and
    the index of the PP's last token (so the mention can cover it), or -1."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    sub = list(pobj.subtree)
                    cues = _country_cues(sub, kb, places_only=True, weak=True)
                    if cues:  # "president of the European Council": one mention
                        return cues, sub[-1].i
                    cues = _country_cues(sub, kb)
                    if cues:  # "gunmen from <group>": the group stays a mention of its own
                        return cues, -1
    return [], -1


def _title_tokens(doc: SpacyDoc, ent_start: int, sent_start: int, kb: KnowledgeBase) -> int:
    """Index of the first token of the title words right before a person's name."""
    i = ent_start
    while i > sent_start:
        tok = doc[i - 1]
        low = tok.lower_
        if tok.is_punct and low not in ("-", "'s", "’s", "."):
            break
        if tok.ent_type_ in ("PERSON", "DATE", "TIME", "CARDINAL"):
            break
        if (
            tok.is_title
            or tok.is_upper
            or low in _TITLE_GLUE
            or kb.role_noun(low)
            or kb.role_noun(tok.lemma_.lower())
            or low in _FEMALE | _MALE
        ) and low not in _DETS:
            i -= 1
            continue
        break
    while i < ent_start and doc[i].lower_ in _TITLE_GLUE - {
        "general",
        "deputy",
        "chief",
        "vice",
        "acting",
        "former",
        "senior",
        "foreign",
    }:
        i += 1
    return i


def _is_name_part(tok: Token, name_toks: list[Token]) -> bool:
    """A capitalised pronoun the parser made a compound of the name ("He Lanfang")."""
    return (
        tok.pos_ == "PRON"
        and tok.dep_ == "compound"
        and tok.is_title
        and tok.head.i in {t.i for t in name_toks}
    )


def _gender(words: list[str]) -> str:
    low = {w.lower() for w in words}
    if low & _FEMALE:
        return "f"
    if low & _MALE:
        return "m"
    return ""


def find_mentions(doc: SpacyDoc, kb: KnowledgeBase) -> list[Cand]:
    """Every actor candidate in the doc, in text order, without overlaps."""
    text = doc.text
    inq = quote_mask(text)
    bounds = sentence_bounds(doc)
    starts = sorted({b[0] for b in bounds})
    rank = {st: k for k, st in enumerate(starts)}
    sent_of = {i: rank[b[0]] for i, b in enumerate(bounds)}
    taken = [False] * len(doc)
    out: list[Cand] = []

    def claim(a: int, b: int) -> bool:
        if any(taken[a:b]):
            return False
        for k in range(a, b):
            taken[k] = True
        return True

    # 0. known bodies whose name would else read as a role noun ("Doctors Without Borders")
    out.extend(_kb_runs(doc, kb, inq, sent_of, claim, taken, text, bodies_only=True))
    # 1. descriptive groups and role-noun phrases headed by a role noun ("13 Israeli soldiers")
    for chunk in doc.noun_chunks:
        out.extend(_nominal(doc, chunk, kb, inq, sent_of, claim, text))
    # 2. named entities, persons first so that their titles are theirs
    #    ("Secretary of State John Kerry" is one mention, not "State" + "John Kerry")
    ents = sorted(
        (e for e in _joined_entities(doc, kb) if e.label_ in NAMED_LABELS),
        key=lambda e: (e.label_ != "PERSON", e.start),
    )
    for ent in ents:
        cand = _named(doc, ent, kb, inq, sent_of, claim, text)
        if cand is not None:
            out.append(cand)
    # 3. names the tagger missed: capitalised runs that the knowledge base knows
    out.extend(_kb_runs(doc, kb, inq, sent_of, claim, taken, text))
    # 4. pronouns
    for i in tokens_with(doc, PRONOUN_WORDS):
        tok = doc[i]
        info = PRONOUNS.get(tok.lower_)
        if info and tok.pos_ == "PRON" and claim(tok.i, tok.i + 1):
            out.append(
                Cand(
                    tok.idx,
                    tok.idx + len(tok),
                    tok.text,
                    "pronoun",
                    "PRON",
                    gender=info[0],
                    number=info[1],
                    in_quote=inq[tok.idx],
                    sent=sent_of.get(tok.i, 0),
                    is_subject=tok.dep_.startswith("nsubj"),
                    head_i=tok.i,
                    dep=tok.dep_,
                )
            )
    out.sort(key=lambda c: c.start)
    return out


def _nominal(
    doc: SpacyDoc,
    chunk: SpacySpan,
    kb: KnowledgeBase,
    inq: list[bool],
    sent_of: dict[int, int],
    claim: Claim,
    text: str,
) -> list[Cand]:
    root = chunk.root
    if (root.ent_type_ == "PERSON" and root.pos_ == "PROPN") or root.pos_ == "PRON":
        return []
    toks = [t for t in chunk if not t.is_punct or t.text in ("'s", "’s")]
    while toks and (toks[0].lower_ in _DETS or (toks[0].pos_ == "DET" and toks[0].lower_ != "no")):
        toks = toks[1:]
    while toks and toks[-1].text in ("'s", "’s"):
        toks = toks[:-1]  # "the Lebanese president's" (office)
    if not toks:
        return []
    words = [t.lower_ for t in toks]
    lemmas = [*words[:-1], toks[-1].lemma_.lower()]
    role, n = _compound_role(words, kb)
    if role is None:
        role, n = _compound_role(lemmas, kb)
    if role is None:
        return []
    # a named org that merely ends in a role noun ("the State Department") is still a
    # nominal here: its cues (country + role) are what resolves it when the KB does not.
    ethnic: set[str] = set()  # a small town before people ("<town> residents"), not before a
    # body, where a surname stands as often ("the <surname> government")
    cues = _country_cues(toks[: len(toks) - n], kb, weak=role.kind != "org", ethnic=ethnic)
    if len(cues) > 1 and any(t.dep_ == "cc" for t in toks[: len(toks) - n]):
        return []  # "the Kenyan and Tanzanian delegations": each nationality is its own party
    pp_end = -1
    if not cues:
        cues, pp_end = _pp_country(root, kb)
    if not cues and role.term in HEAD_OF:  # the body is its own mention
        cues, _ = _pp_country(root, kb, _SPEAKS_FOR)
    if role.term in HEAD_OF:
        owner = _of_owner(root, kb)
        if owner is not None:
            role = owner
        elif (owner := _of_owner(root, kb, _SPEAKS_FOR)) is not None:
            role = RoleNoun(f"{owner.term} {role.term}", owner.sectors, "person")
    role = _qualified(role, [t.lower_ for t in toks[: len(toks) - n + 1]])
    ent_end = _entity_end(doc, toks[-1])
    if ent_end > max(pp_end, toks[-1].i):  # "the Department for International Development"
        pp_end = ent_end
    last = doc[pp_end] if pp_end > toks[-1].i else toks[-1]
    start, end = toks[0].idx, last.idx + len(last)
    if not claim(toks[0].i, last.i + 1):
        return []
    plural = root.tag_ in ("NNS", "NNPS") or any(t.like_num and t.lower_ != "one" for t in toks)
    named = (
        any(t.ent_type_ in ("ORG", "FAC") and t.is_title for t in toks[len(toks) - n :])
        or (ent_end > toks[-1].i)
        or (
            toks[0].is_title
            and any(
                e.type != "person"
                for e in kb.candidates(text[toks[0].idx : toks[-1].idx + len(toks[-1])])
            )
        )
    )  # a body the knowledge base knows by this name ("Quds Force"), tagged or not
    known = _known_tail(toks, kb, text)
    return [
        Cand(
            start,
            end,
            text[start:end],
            "name" if named or known else "nominal",
            "ORG" if named or known else "GROUP",
            name=known or (text[start:end] if named else ""),
            countries=cues,
            homeland=[c for c in cues if c in ethnic],
            role=role,
            number="pl" if plural else "sg",
            gender=_gender(words),
            in_quote=inq[start],
            sent=sent_of.get(root.i, 0),
            is_subject=root.dep_.startswith("nsubj"),
            head_i=root.i,
            definite=chunk[0].lower_ in ("the", "this", "that"),
            counted=any(t.like_num or t.lower_ in _QUANTITY for t in toks),
            dep=root.dep_,
            prep=root.head.lower_ if root.dep_ == "pobj" else "",
            appos_to=_apposed_to(root),
            group=_named_group(toks[: len(toks) - n], kb),
        )
    ]


def _known_tail(toks: list[Token], kb: KnowledgeBase, text: str) -> str:
    """The name of a known body after lower-case words ("the ruling Kurdistan Democratic
    Party"): the phrase is that body, whatever its modifiers' place names say; not after a
    country ("Chile's Defense Department" is not the one the KB knows by that name)."""
    for k in range(1, len(toks) - 1):
        if toks[k].is_title and not toks[k - 1].is_title and not _country_cues(toks[:k], kb):
            name = text[toks[k].idx : toks[-1].idx + len(toks[-1])]
            if any(e.type in _BODIES for e in kb.candidates(name)):
                return name
    return ""


def _entity_end(doc: SpacyDoc, tok: Token) -> int:
    """Index of the last token of the organisation name ``tok`` begins or continues, when
    that name runs past it (a noun chunk stops at "of"/"for"; the name does not); else -1."""
    if tok.ent_type_ not in ("ORG", "FAC"):
        return -1
    j = tok.i
    while j + 1 < len(doc) and doc[j + 1].ent_iob_ == "I":
        j += 1
    return j if j > tok.i else -1


def _joined_entities(doc: SpacyDoc, kb: KnowledgeBase) -> list[SpacySpan]:
    """The doc's entities, with neighbours the tagger split glued back: a demonym and the
    people it qualifies ("Iraqi" + "Kurds": the Kurds of Iraq), and two pieces of one
    name the knowledge base knows ("Islamic" + "State"); a "person" whose name ends in an
    organisation's word ("... Society") is an organisation; titled names the tagger missed
    are added."""
    from spacy.tokens import Span

    out: list[SpacySpan] = []
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].lower_ in kb.org_heads:
            ent = Span(doc, ent.start, ent.end, label="ORG")  # "Uganda Law Society"
        elif ent.label_ == "PERSON" and _peoples_phrase(ent, kb):
            ent = Span(doc, ent.start, ent.end, label="NORP")  # "Kosovo Serbs", "Uighur Muslims"
        if ent.label_ == "NORP" and ent.start > 0 and doc[ent.start - 1].ent_iob_ == "O":
            before = doc[ent.start - 1]  # "Coptic" + "Christians": the Copts' Christians
            if before.is_title and (kb.people(before.text) or kb.demonym(before.text)):
                ent = Span(doc, ent.start - 1, ent.end, label="NORP")
        prev = out[-1] if out else None
        if prev is not None and prev.end == ent.start:
            if prev.label_ == ent.label_ == "NORP":
                out[-1] = Span(doc, prev.start, ent.end, label="NORP")
                continue
            if kb.candidates(doc[prev.start : ent.end].text):
                out[-1] = Span(doc, prev.start, ent.end, label=ent.label_)
                continue
        out.append(ent)
    return out + _titled_names(doc, kb)


def _peoples_phrase(ent: SpacySpan, kb: KnowledgeBase) -> bool:
    """A "person" that is a people: every word but the last a demonym, a people or a state,
    the last a demonym, a people or a capitalised plural ("Bosnian Serbs", "Uighur Muslims")."""
    if len(ent) < 2:
        return False

    def named(word: str) -> bool:
        return bool(
            kb.demonym(word)
            or kb.people(word)
            or any(e.type in ("country", "territory") for e in kb.candidates(word))
        )

    *mods, last = list(ent)
    if not all(t.is_title and named(t.text) for t in mods):
        return False
    return bool(kb.demonym(last.text) or kb.people(last.text)) or (
        last.is_title and (last.tag_ in ("NNPS", "NNS") or last.text.endswith("s"))
    )


_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "madam"})


def _titled_names(doc: SpacyDoc, kb: KnowledgeBase) -> list[SpacySpan]:
    """Names the tagger missed right after a person's title ("Lviv mayor <First> <Last>",
    "Senator <First> <Last>"): two or three capitalised proper nouns outside any entity,
    after a role noun for a person or an honorific, are a person's name."""
    from spacy.tokens import Span

    out: list[SpacySpan] = []
    i = 1
    while i < len(doc):
        prev = doc[i - 1]
        role = kb.role_noun(prev.lower_)
        titled = prev.lower_ in _HONORIFICS or (role is not None and role.kind == "person")
        j = i
        while (
            j < len(doc)
            and j - i < 3
            and doc[j].pos_ == "PROPN"
            and doc[j].is_title
            and doc[j].ent_iob_ == "O"
            and doc[j].lower_ not in _TITLE_GLUE
            and doc[j].lower_ not in kb.org_heads
            and kb.role_noun(doc[j].lower_) is None  # "Minister Foreign Affairs" is no name
        ):
            j += 1
        if titled and j - i >= 2 and not kb.candidates(doc[i:j].text):
            out.append(Span(doc, i, j, label="PERSON"))
            i = j
        else:
            i += 1
    return out


def _named(
    doc: SpacyDoc,
    ent: SpacySpan,
    kb: KnowledgeBase,
    inq: list[bool],
    sent_of: dict[int, int],
    claim: Claim,
    text: str,
) -> Cand | None:
    name_toks = list(ent)
    while name_toks and name_toks[0].lower_ in _DETS:
        name_toks = name_toks[1:]
    while name_toks and name_toks[-1].text in ("'s", "’s", "'", "’"):
        name_toks = name_toks[:-1]  # "the United States' policies": the possessive mark
    if not name_toks or not any(t.text[:1].isupper() for t in name_toks):
        return None  # "a warren of rooms": a name is written with a capital
    title = ""
    ent_start = name_toks[0].i
    start_i = ent_start
    if ent.label_ == "PERSON":
        bounds = sentence_bounds(doc)[ent.start]
        name_toks = _known_person_span(doc, name_toks, bounds, kb)
        ent_start = name_toks[0].i
        start_i = _title_tokens(doc, ent_start, bounds[0], kb)
        surname = doc[ent_start - 1] if ent_start > start_i else None
        if surname is not None and _is_name_part(surname, name_toks):
            name_toks = [surname, *name_toks]  # "He Lanfang": the surname He, not a pronoun
            ent_start -= 1
        if start_i < ent_start:
            title = doc[start_i:ent_start].text
    first = doc[start_i] if start_i < ent_start else name_toks[0]
    if not claim(first.i, name_toks[-1].i + 1):
        return None
    start, end = first.idx, name_toks[-1].idx + len(name_toks[-1])
    name = text[name_toks[0].idx : end]
    title_toks = list(doc[start_i:ent_start]) if title else []
    role = _title_role([t.lower_ for t in title_toks], kb)
    if role is not None:
        role = _qualified(role, [t.lower_ for t in title_toks])
    kin: set[str] = set()
    cues = _country_cues(title_toks, kb, weak=True, ethnic=kin)
    lone = len(name_toks) == 1 and not name_toks[0].text.endswith("s")  # "Welsh said": a surname
    if not cues and ent.label_ == "ORG" and not (lone and kb.people(name_toks[0].text)):
        cues = _country_cues(name_toks, kb, places_only=True, ethnic=kin)  # "Kenya Airways"
        if cues and role is None:  # "Kenya Red Cross Society": a national branch of a body
            role = _body_role(name_toks, kb)
    elif not cues and ent.label_ in ("GPE", "LOC"):  # "Tibet", "Scotland": a state's part
        cues = _country_cues(name_toks, kb, places_only=True)
    root = ent.root
    if ent.label_ == "PERSON":  # "X of the Syrian opposition": whose X is
        if not cues:
            cues, _ = _pp_country(root, kb, _BELONGS)
        owner = _of_owner(root, kb, kinds=frozenset({"org", "group"})) if role is None else None
        if owner is not None:  # a member, not the body: "the rebels" stays its own chain
            role = RoleNoun(f"{owner.term} member", owner.sectors, "person")
    ethnic = ent.label_ == "NORP" and ent.start > 0 and doc[ent.start - 1].lower_ == "ethnic"
    if ethnic:  # "ethnic Albanians in south Serbia": a minority where it lives, not a kin state
        cues, _ = _pp_country(root, kb)
        role = RoleNoun("ethnic group", ("CVL",), "group")
    label = ent.label_
    number = "pl" if label == "NORP" and name.endswith("s") else "sg"
    before = doc[max(ent.start - 3, 0) : ent.start]
    counted = any(t.like_num or t.lower_ in _QUANTITY for t in before)
    if label == "NORP" and counted:
        number = "pl"
    return Cand(
        start,
        end,
        text[start:end],
        "name",
        label,
        name=name,
        title=title,
        countries=cues,
        homeland=[c for c in cues if c in kin],
        role=role,
        number=number,
        gender=_gender(title.split()),
        in_quote=inq[start],
        sent=sent_of.get(root.i, 0),
        is_subject=root.dep_.startswith("nsubj"),
        head_i=root.i,
        counted=counted,
        dep=root.dep_,
        prep=root.head.lower_ if root.dep_ == "pobj" else "",
        appos_to=_apposed_to(root),
        ethnic=ethnic,
    )


def _known_person_span(
    doc: SpacyDoc, toks: list[Token], sent: tuple[int, int], kb: KnowledgeBase
) -> list[Token]:
    """The tagger cuts long names short ("Jean-Yves Le" of "Jean-Yves Le Drian"): a person
    name grows by up to two capitalised words on either side when the grown name is one
    the knowledge base holds for a person and the tagged one is not."""
    if _is_known_person(" ".join(t.text for t in toks), kb):
        return toks
    a, b = toks[0].i, toks[-1].i + 1
    best: tuple[int, int] | None = None
    for left in range(0, 3):
        for right in range(0, 3):
            lo, hi = a - left, b + right
            if (left == right == 0) or lo < sent[0] or hi > sent[1]:
                continue
            extra = [*doc[lo:a], *doc[b:hi]]
            if not all(t.text[:1].isupper() and not t.is_punct for t in extra):
                continue
            if _is_known_person(doc[lo:hi].text, kb) and (
                best is None or hi - lo > best[1] - best[0]
            ):
                best = (lo, hi)
    return list(doc[best[0] : best[1]]) if best else toks


def _is_known_person(name: str, kb: KnowledgeBase) -> bool:
    return any(e.type == "person" for e in kb.candidates(name))


_KB_LABEL = {"person": "PERSON", "country": "GPE", "territory": "GPE", "people": "NORP"}


def _owned_by_head(tok: Token, kb: KnowledgeBase) -> bool:
    """``tok`` is the object of "of/at/for" after a person's role ("the president of X",
    "a student at X"), which reads the body as its own PP."""
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or tok.head.lower_ not in _PLACE_OF | {"for"}:
        return False
    role = kb.role_noun(tok.head.head.lower_)
    return role is not None and (role.kind in ("person", "head") or role.term in HEAD_OF)


def _people_head(doc: SpacyDoc, i: int, j: int, phrase: str, kb: KnowledgeBase) -> bool:
    """A people named on its own that the tagger missed ("Uyghurs in Kazakhstan protested"):
    the head of its phrase, not a modifier ("Uyghur activists" is the activists)."""
    if kb.people(phrase) is None and kb.demonym(phrase) is None:
        return False
    if i == j and not phrase.endswith("s"):
        return False  # "Welsh said", "Fleming said": a surname, not a people
    head = doc[j]
    return head.dep_ not in ("amod", "compound", "nmod") and head.tag_ in ("NNPS", "NNS", "NNP")


def _kb_runs(
    doc: SpacyDoc,
    kb: KnowledgeBase,
    inq: list[bool],
    sent_of: dict[int, int],
    claim: Claim,
    taken: list[bool],
    text: str,
    bodies_only: bool = False,
) -> list[Cand]:
    """Capitalised runs the tagger missed that the knowledge base knows. Works on attribute
    arrays and character offsets so that only candidate runs become spaCy objects.
    ``bodies_only``: before the noun phrases, a whole capitalised run of two words or more
    that names a known body and that the parse cuts into noun phrases ("Doctors Without
    Borders", which would else be "doctors")."""
    from spacy.attrs import IDX, IS_PUNCT, IS_STOP, IS_TITLE, IS_UPPER, LENGTH

    out: list[Cand] = []
    if not len(doc):
        return out
    rows = doc.to_array([IS_TITLE, IS_UPPER, IS_PUNCT, IS_STOP, IDX, LENGTH]).tolist()
    # capitalised: title case, all caps, or a capital before mixed case ("LinkedIn")
    cap = [(r[0] or r[1] or text[r[4]].isupper()) and not r[2] for r in rows]
    n_tok = len(rows)
    chunk_end = (  # last token of the noun phrase each token is in
        {t: c.end - 1 for c in doc.noun_chunks for t in range(c.start, c.end)}
        if bodies_only
        else {}
    )
    i = 0
    while i < n_tok:
        if taken[i] or not cap[i] or (rows[i][3] and i + 1 < n_tok and not rows[i + 1][0]):
            i += 1
            continue
        hit = None
        for n in range(min(6, n_tok - i), 0, -1):
            j = i + n - 1
            if not cap[j] or any(taken[i : j + 1]):
                continue
            if bodies_only and (
                n < 2
                or (i > 0 and cap[i - 1])
                or (j + 1 < n_tok and cap[j + 1])
                or chunk_end.get(i, n_tok) >= j  # the noun phrase holds the whole name
            ):
                continue
            phrase = text[rows[i][4] : rows[j][4] + rows[j][5]]
            ents = [
                e for e in kb.candidates(phrase) if e.type != "country" or n > 1 or not rows[i][3]
            ]
            if bodies_only:
                ents = [e for e in ents if e.type in _BODIES]
                if not ents or _owned_by_head(doc[i : j + 1].root, kb):
                    continue  # "president of the Council on ...": the phrase's own PP
            if ents:
                hit = (doc[i : j + 1], ents[0].type)
                break
            if _people_head(doc, i, j, phrase, kb):
                hit = (doc[i : j + 1], "people")
                break
            if (n > 1 or not rows[i][3]) and kb.metonym(phrase) is not None:
                hit = (doc[i : j + 1], "territory")  # "Downing Street said ..."
                break
        if hit is None or not claim(hit[0].start, hit[0].end):
            i += 1
            continue
        span, etype = hit
        label = _KB_LABEL.get(etype, "ORG")
        root = span.root
        out.append(
            Cand(
                span.start_char,
                span.end_char,
                span.text,
                "name",
                label,
                name=span.text,
                number="pl" if label == "NORP" and span.text.endswith("s") else "sg",
                in_quote=inq[span.start_char],
                sent=sent_of.get(root.i, 0),
                is_subject=root.dep_.startswith("nsubj"),
                head_i=root.i,
                dep=root.dep_,
                prep=root.head.lower_ if root.dep_ == "pobj" else "",
            )
        )
        i = span.end
    return out


def surname(name: str) -> str:
    parts = norm(name).split()
    return parts[-1] if parts else ""
