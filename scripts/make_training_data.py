"""Write the ACLED / CASE-2021 training set: templates + word lists + hand-written examples.

Usage::

    python scripts/make_training_data.py \
        --out src/eventwire/data/training/acled_subtypes.jsonl [--per-label 300] [--seed 20240521]

The output is deterministic for a given seed. Every text is written here (see
``acled_training/``); nothing is taken from evaluation gold. Records use the
``subtypes`` gold format: ``{"id", "origin": "eventwire", "text", "label"}``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from acled_training.handwritten import HANDWRITTEN
from acled_training.templates import (
    DEFAULT_NOTE_SHARE,
    LABEL_TEMPLATES,
    NOTE_SHARE,
    NOTE_TAG_SHARE,
    NOTE_TAGS,
    PROTEST_LABELS,
)
from acled_training.vocab import (
    CIVILIANS,
    CONTEXT_SENTENCES,
    COUNTRIES,
    DEMANDS,
    FOLLOW_UPS,
    MONTHS,
    NUMBERS,
    PROTESTERS,
    REPORTERS,
    SIZES,
    VENUES,
    WEEKDAYS,
    Country,
)

SLOT = re.compile(r"\{(\w+)\}")
CHOICE = re.compile(r"<([^<>]*)>")
VIOLENT = frozenset({
    "ARMED_CLASH", "GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER", "CHEM_WEAP",
    "AIR_STRIKE", "SUIC_BOMB", "ART_MISS_ATTACK", "REM_EXPLOS", "GRENADE", "ATTACK",
    "MOB_VIOL",
})
RIOT_LABELS = frozenset({"VIOL_DEMONSTR", "MOB_VIOL"})
STRATEGIC = frozenset({"AGREEMENT", "ARREST", "CHANGE_TO_GROUP_ACT", "DISR_WEAP", "HQ_ESTABLISHED",
                       "NON_VIOL_TERRIT_TRANSFER", "PROPERTY_DISTRUCT", "OTHER"})


def follow_up_kind(label: str) -> str | None:
    """Which context sentences may follow a note of this label without changing it."""
    if label in RIOT_LABELS:
        return "riot"
    if label in PROTEST_LABELS:
        return "protest"
    if label in VIOLENT or label in ("SEX_VIOL", "ABDUCT_DISSAP"):
        return "violence"
    if label in STRATEGIC:
        return "strategic"
    return None
VILLAGES = (
    "Kasuwa", "Tungan Bako", "Nyamilima", "Gidan Dawa", "Kilo", "Mabanga", "Tamou", "Sabon Gari",
    "Ndele", "Kouri", "Bir Ali", "Tal Hamid", "Dar Salam", "Kafr Nabl", "Ban Thung", "Pyin Oo",
    "Kone", "Mbau", "Loroum", "Nangade", "El Obeid", "Koyli", "Makongo", "Tindila", "Ruhimba",
    "Sangwa", "Kibati", "Lumbe", "Djibasso", "Yirgou", "Novoselivka", "Pisky", "Kamyanka",
    "Ostrivne", "San Isidro", "La Esperanza", "El Rosal", "Santa Lucia", "Chak 12", "Mirpur",
)
TARGET_PLACES = (
    "a market", "a mosque", "a church", "a checkpoint", "a police station", "a bus station",
    "a hotel", "a restaurant", "a government building", "a school", "a military camp",
    "a wedding hall", "a football field", "a fuel depot", "a hospital", "a shopping centre",
    "the regional governor's office", "a camp for displaced people", "a voter registration centre",
    "an army barracks", "a bank", "a bridge",
)
ARRESTEES = (
    "an opposition leader", "a journalist", "a prominent activist", "a former minister",
    "a university professor", "a trade union leader", "a local mayor", "a popular singer",
    "a human rights lawyer", "a student leader", "a retired general", "a member of parliament",
    "the chairman of the opposition party", "a blogger", "a religious leader",
)


class Filler:
    """Fills one template; a slot keeps its value for the whole example."""

    def __init__(self, rng: random.Random, country: Country) -> None:
        self.rng = rng
        self.c = country
        self.values: dict[str, str] = {}

    def pick(self, items: tuple[str, ...] | list[str]) -> str:
        return items[self.rng.randrange(len(items))]

    def __call__(self, template: str) -> str:
        text = template
        while CHOICE.search(text):  # innermost first, so choices may nest
            text = CHOICE.sub(lambda m: self.pick(m.group(1).split("|")), text)
        text = SLOT.sub(lambda m: self.slot(m.group(1)), text)
        return text

    def slot(self, name: str) -> str:
        if name not in self.values:
            self.values[name] = self.make(name)
        return self.values[name]

    def make(self, name: str) -> str:
        c, rng = self.c, self.rng
        if name.endswith("_cap"):
            base = self.slot(name[:-4])
            return base[:1].upper() + base[1:]
        if name in ("town", "admin"):
            town, admin = self.pick(c.towns)
            self.values["town"], self.values["admin"] = town, admin
            return self.values[name]
        if name == "town2":
            others = [t for t, _ in c.towns if t != self.slot("town")]
            return self.pick(others) if others else "the next town"
        if name == "loc":
            town, admin = self.slot("town"), self.slot("admin")
            forms = [f"{town} ({admin})", f"{town}, {admin}", f"{town} town ({admin})",
                     f"{town} ({town}, {admin})", f"{town}", f"{town} district ({admin})",
                     f"the village of {self.slot('village')} ({town}, {admin})",
                     f"{admin} region", f"{town} city ({admin})", f"{town} - {admin}"]
            return self.pick(forms)
        if name in ("village", "village2"):
            return self.pick(VILLAGES)
        if name == "country":
            return c.name
        if name in ("country2",):
            return self.pick([k.name for k in COUNTRIES if k.name != c.name])
        if name == "adj":
            return c.adj
        if name == "army":
            return c.army or f"{c.adj} soldiers"
        if name == "army2":
            return self.pick(["UN peacekeepers", "allied militia", "regional forces",
                              "the national police", "a rival faction"])
        if name == "army_short":
            return self.pick(["military", "army", "military", "security forces", "police"])
        if name == "army_or_gov":
            return self.pick([self.slot("army"), f"the {c.adj} government",
                              "the authorities", "local officials"])
        if name in ("group", "group2"):
            pool = list(c.groups) or ["unidentified armed men", "a local militia"]
            if name == "group2" and len(pool) > 1:
                pool = [g for g in pool if g != self.slot("group")]
            return self.pick(pool)
        if name == "group_short":
            g = self.slot("group")
            m = re.search(r"\(([^)]+)\)", g)
            if m:
                return m.group(1)
            return re.sub(r"^(the|an?) ", "", g)
        if name == "police":
            return self.pick([c.police, "police", "security forces", "riot police",
                              "the police", f"{c.adj} police", "gendarmes"])
        if name == "perp":
            return self.pick(["unidentified gunmen", "armed men", self.slot("group"),
                              f"suspected {self.slot('group_short')} militants",
                              self.slot("army"), "unknown assailants", "militiamen",
                              "bandits", "a group of armed men", "soldiers",
                              "unidentified armed men"])
        if name in ("party", "party2"):
            pool = list(c.parties) or ["the ruling party", "the main opposition party"]
            if name == "party2" and len(pool) > 1:
                pool = [p for p in pool if p != self.slot("party")]
            return self.pick(pool)
        if name == "civ":
            return self.pick(CIVILIANS)
        if name == "people":
            return self.pick(PROTESTERS)
        if name == "demand":
            return self.pick(DEMANDS)
        if name == "venue":
            return self.pick(VENUES)
        if name == "demand_short":
            return self.pick(["fuel prices", "unpaid wages", "election fraud", "police violence",
                              "the cost of living", "a new tax", "power cuts", "corruption",
                              "the pension reform", "land rights", "the jailing of activists"])
        if name == "venue_name":
            return self.pick(["parliament", "presidential palace", "central bank", "city hall",
                              "ministry of labour", "high court", "electoral commission"])
        if name == "venue_short":
            return self.pick(["the town hall", "the parliament", "the governor's office",
                              "the ministry", "the university", "the district office",
                              "the court", "the company's offices", "the electoral commission"])
        if name == "n":
            return self.pick([w for w, _ in NUMBERS])
        if name == "nf":
            return str(self.rng.choice(NUMBERS)[1])
        if name == "nd":
            return self.pick(["20", "35", "50", "100", "150", "200", "300", "500", "1,000"])
        if name == "mag":
            return f"{rng.randint(45, 78) / 10:.1f}"
        if name == "day":
            return self.pick([f"on {self.pick(WEEKDAYS)}", f"late on {self.pick(WEEKDAYS)}",
                              f"early on {self.pick(WEEKDAYS)}", f"on {self.pick(WEEKDAYS)} night",
                              "overnight", f"on {rng.randint(1, 28)} {self.pick(MONTHS)}",
                              "this week", "yesterday", f"on {self.pick(WEEKDAYS)} morning"])
        if name == "rep":
            return self.pick(REPORTERS)
        if name == "target_place":
            return self.pick(TARGET_PLACES)
        if name == "arrestee":
            return self.pick(ARRESTEES)
        if name == "air_actor":
            pool = [self.slot("army"), f"the {c.adj} air force", "military aircraft",
                    "coalition aircraft", "government warplanes"]
            if c.name == "Ukraine":
                pool += ["Russian forces", "Russian forces", "Ukrainian forces"]
            return self.pick(pool)
        if name == "shell_actor":
            pool = [self.slot("army"), self.slot("group"), f"{c.adj} artillery units"]
            if c.name in ("Ukraine", "Russia"):
                pool += ["Russian forces", "Ukrainian forces", "Russian forces"]
            return self.pick(pool)
        raise KeyError(f"unknown slot {name!r}")


def note_date(rng: random.Random) -> str:
    day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.randint(2015, 2023)
    forms = [f"On {day} {month} {year}", f"On {day} {month} {year}",
             f"On {day} {month} {year}", f"Around {day} {month} {year}",
             f"On the night of {day} {month} {year}", f"Between {day} and {day + 2} {month} {year}",
             f"On {day} {month} {year} (as reported)", f"As reported on {day} {month} {year}"]
    return rng.choice(forms)


def note_tail(rng: random.Random, label: str, text: str) -> str:
    parts: list[str] = []
    if label in VIOLENT and "fatalit" not in text and "Casualties" not in text \
            and rng.random() < 0.35:
        n = rng.choice(NUMBERS)
        parts.append(rng.choice([f"{n[1]} fatalities.", "Casualties unknown.",
                                 "Fatalities unknown.", f"{n[1]} fatalities reported."]))
    if (label in PROTEST_LABELS or label in RIOT_LABELS) and rng.random() < (
            0.85 if label in PROTEST_LABELS else 0.75):
        size = "no report" if rng.random() < 0.4 else rng.choice(SIZES)
        parts.append(f"[size={size}]")
    return (" " + " ".join(parts)) if parts else ""


def make_note(rng: random.Random, label: str, template: str) -> str:
    filler = Filler(rng, rng.choice(COUNTRIES))
    body = filler(template)
    text = f"{note_date(rng)}, {body}"
    if label in NOTE_TAGS and rng.random() < NOTE_TAG_SHARE:
        text = f"{rng.choice(NOTE_TAGS[label])}: {text}"
    kind = follow_up_kind(label)
    if kind is not None and rng.random() < 0.3:
        text += " " + filler(rng.choice(FOLLOW_UPS[kind]))
    elif rng.random() < 0.12:
        text += " " + rng.choice(CONTEXT_SENTENCES)
    return text + note_tail(rng, label, text)


def make_news(rng: random.Random, label: str, template: str) -> str:
    filler = Filler(rng, rng.choice(COUNTRIES))
    text = filler(template)
    kind = follow_up_kind(label)
    roll = rng.random()
    if roll < 0.08:
        text = f"{filler.slot('town').upper()}, {filler.slot('country')} - {text}"
    elif roll < 0.2:
        text += " " + rng.choice(CONTEXT_SENTENCES)
    elif roll < 0.35 and kind is not None:
        text += " " + filler(rng.choice(FOLLOW_UPS[kind]))
    return text


def generate(per_label: int, seed: int) -> list[dict[str, str]]:
    rng = random.Random(seed)
    records: list[dict[str, str]] = []
    for label, (notes, news) in LABEL_TEMPLATES.items():
        share = NOTE_SHARE.get(label, DEFAULT_NOTE_SHARE) if notes else 0.0
        seen: set[str] = set()
        texts: list[str] = []
        attempts = 0
        while len(texts) < per_label and attempts < per_label * 20:
            attempts += 1
            if rng.random() < share:
                text = make_note(rng, label, rng.choice(notes))
            else:
                text = make_news(rng, label, rng.choice(news))
            text = text[:1].upper() + text[1:]
            if text not in seen:
                seen.add(text)
                texts.append(text)
        texts.extend(t for t in HANDWRITTEN.get(label, ()) if t not in seen)
        for i, text in enumerate(texts, 1):
            records.append({"id": f"ew-{label.lower()}-{i:04d}", "origin": "eventwire",
                            "text": text, "label": label})
    return records


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--per-label", type=int, default=300)
    ap.add_argument("--seed", type=int, default=20240521)
    args = ap.parse_args(argv)
    records = generate(args.per_label, args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
