"""A large synthetic store for the API benchmark, filled in SQL rather than from Docs.

Usage::

    python benchmarks/synthetic_store.py OUT.duckdb [--events 1000000]

Coding a million events through the pipeline would take hours, and the benchmark is
about query speed, not coding, so every table is filled with ``INSERT ... SELECT``
over ``range()``: ten events per article, four actors per article, one sentence per
event, a casualty count on every fifth event, 997 districts with fixed coordinates.
Values are spread with ``hash()`` so
that filters select realistic shares (one type of sixteen, one country of sixty, one
evidence word in about one event of a hundred). Spans index the generated text, so
evidence texts and article views are consistent.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from eventwire.store import open_store

EVENTS_PER_ARTICLE = 10
ACTORS_PER_ARTICLE = 4
SENTENCE_WIDTH = 118  # each sentence is padded to this, then "\n\n"
STRIDE = SENTENCE_WIDTH + 2

TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
QUAD = (1, 1, 1, 2, 2, 2, 2, 1, 3, 3, 3, 3, 4, 4, 4, 4)
VERBS = (
    "agreed with", "met", "backed", "conceded to", "worked with", "sent aid to",
    "withdrew from", "asked", "accused", "rejected", "threatened", "protested against",
    "sanctioned", "deployed against", "detained members of", "attacked",
)  # fmt: skip
COUNTRIES = (
    "USA", "RUS", "CHN", "GBR", "FRA", "DEU", "UKR", "ISR", "PSE", "IRN", "IRQ", "SYR", "TUR",
    "EGY", "SAU", "YEM", "LBN", "JOR", "IND", "PAK", "AFG", "BGD", "NGA", "ETH", "SDN", "SSD",
    "SOM", "KEN", "COD", "MLI", "NER", "BFA", "ZAF", "BRA", "ARG", "COL", "VEN", "MEX", "PER",
    "CHL", "JPN", "KOR", "PRK", "PHL", "IDN", "MMR", "THA", "VNM", "AUS", "CAN", "ITA", "ESP",
    "POL", "GEO", "ARM", "AZE", "SRB", "LBY", "TUN", "DZA",
)  # fmt: skip
SECTORS = ("GOV", "MIL", "REB", "OPP", "CVL", "COP", "LAB", "MED")
NAMES = 300  # distinct actor names: "Actor 0" .. "Actor 299" with a country each


def _list(values: tuple[object, ...]) -> str:
    return "[" + ", ".join(repr(v) if isinstance(v, str) else str(v) for v in values) + "]"


def _macros() -> str:
    """Deterministic helpers: actor j of article i, and the pieces of event k of article i."""
    n_c = len(COUNTRIES)
    return f"""
CREATE TEMP MACRO ew_h(x, n) AS ((hash(x) % n)::BIGINT);
CREATE TEMP MACRO ew_actor(i, j) AS (ew_h(i * {ACTORS_PER_ARTICLE} + j, {NAMES}));
CREATE TEMP MACRO ew_country(a) AS ({_list(COUNTRIES)}[1 + (a % {n_c})]);
CREATE TEMP MACRO ew_name(a) AS ('Actor ' || a::VARCHAR || ' of ' || ew_country(a));
CREATE TEMP MACRO ew_type(i, k) AS (ew_h(i * 31 + k, 16));
CREATE TEMP MACRO ew_word(i, k) AS (
    CASE WHEN ew_h(i * 7 + k, 100) = 0 THEN 'ceasefire' ELSE 'statement' END);
CREATE TEMP MACRO ew_sentence(i, k) AS (rpad(
    ew_name(ew_actor(i, k % 4)) || ' ' || {_list(VERBS)}[1 + ew_type(i, k)] || ' '
    || ew_name(ew_actor(i, (k + 1) % 4)) || ' after a ' || ew_word(i, k)
    || ' in district ' || (ew_h(i + k, 997))::VARCHAR || '.', {SENTENCE_WIDTH}, ' '));
"""


def fill(path: Path, n_events: int) -> float:
    """Create the store at ``path`` with ``n_events`` events; return the seconds it took."""
    articles = max(1, n_events // EVENTS_PER_ARTICLE)
    t0 = time.perf_counter()
    with open_store(path) as store:
        con = store.connection
        con.execute(_macros())
        con.execute(f"""
INSERT INTO articles (id, title, text, url, source, author, published, language, ingested)
SELECT 'art-' || lpad(i::VARCHAR, 8, '0'), 'Synthetic report ' || i::VARCHAR,
    array_to_string(list_transform(range({EVENTS_PER_ARTICLE}), lambda k: ew_sentence(i, k)),
                    chr(10) || chr(10)),
    'https://example.org/report/' || i::VARCHAR, 'Synthetic Wire', NULL,
    DATE '2022-01-01' + (i % 730)::INTEGER, 'en', TIMESTAMP '2024-01-01'
FROM range({articles}) t(i)""")
        con.execute(f"""
INSERT INTO sentences
SELECT 'art-' || lpad(i::VARCHAR, 8, '0'), k, k * {STRIDE}, k * {STRIDE} + {SENTENCE_WIDTH},
    'body'
FROM range({articles}) t(i), range({EVENTS_PER_ARTICLE}) s(k)""")
        con.execute(f"""
INSERT INTO actors
SELECT 'art-' || lpad(i::VARCHAR, 8, '0'), j, 'a' || j::VARCHAR, ew_name(ew_actor(i, j)),
    ew_country(ew_actor(i, j)), [{_list(SECTORS)}[1 + ew_actor(i, j) % {len(SECTORS)}]],
    NULL, 'Q' || (800000 + ew_actor(i, j))::VARCHAR, 0.9
FROM range({articles}) t(i), range({ACTORS_PER_ARTICLE}) s(j)""")
        con.execute(f"""
INSERT INTO mentions
SELECT 'art-' || lpad(i::VARCHAR, 8, '0'), 'a' || j::VARCHAR, 0, j * {STRIDE},
    j * {STRIDE} + length(ew_name(ew_actor(i, j))), ew_name(ew_actor(i, j)), 'name'
FROM range({articles}) t(i), range({ACTORS_PER_ARTICLE}) s(j)""")
        dated = "DATE '2022-01-01' + ((i * 7 + k * 3) % 730)::INTEGER"
        con.execute(f"""
INSERT INTO events (article_id, idx, event_id, type, mode, contexts, cameo, quad_class,
    goldstein, source, target, source_country, target_country, place_name, place_country,
    lat, lon, place_precision, when_value, when_type, when_precision, when_method, date,
    modality, evidence_start, evidence_end, mentions, confidence, coder_version)
SELECT 'art-' || lpad(i::VARCHAR, 8, '0'), k, 'e' || k::VARCHAR,
    {_list(TYPES)}[1 + ew_type(i, k)], NULL, [], NULL, {_list(QUAD)}[1 + ew_type(i, k)],
    NULL, ['a' || (k % 4)::VARCHAR], ['a' || ((k + 1) % 4)::VARCHAR],
    ew_country(ew_actor(i, k % 4)), ew_country(ew_actor(i, (k + 1) % 4)),
    'District ' || (ew_h(i + k, 997))::VARCHAR, ew_country(ew_actor(i, k % 4)),
    -50 + ew_h(ew_h(i + k, 997), 11000) / 100.0,
    -170 + ew_h(ew_h(i + k, 997) + 1, 34000) / 100.0,
    'city',
    CASE WHEN ew_h(i + 11 * k, 10) = 0 THEN NULL ELSE strftime({dated}, '%Y-%m-%d') END,
    'DATE', 'day', 'explicit',
    CASE WHEN ew_h(i + 11 * k, 10) = 0 THEN NULL ELSE {dated} END,
    CASE WHEN ew_h(i * 13 + k, 20) = 0 THEN 'negated' ELSE 'asserted' END,
    k * {STRIDE}, k * {STRIDE} + {SENTENCE_WIDTH}, [], 0.8, 'synthetic'
FROM range({articles}) t(i), range({EVENTS_PER_ARTICLE}) s(k)""")
        con.execute(f"""
INSERT INTO counts
SELECT 'art-' || lpad(i::VARCHAR, 8, '0'), 'e' || k::VARCHAR, 0, 'killed',
    1 + ew_h(i + k, 40), NULL, NULL, k * {STRIDE}, k * {STRIDE} + 5
FROM range({articles}) t(i), range({EVENTS_PER_ARTICLE}) s(k) WHERE k % 5 = 0""")
        con.execute("CHECKPOINT")
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--events", type=int, default=1_000_000)
    args = parser.parse_args()
    if args.out.exists():
        parser.error(f"{args.out} exists; pick a new file")
    seconds = fill(args.out, args.events)
    print(f"{args.events} events in {seconds:.1f} s -> {args.out}")


if __name__ == "__main__":
    main()
