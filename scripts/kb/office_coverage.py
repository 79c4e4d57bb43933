"""List the periods since 2000 when the KB has nobody in a country's top offices.

Usage::

    python scripts/kb/office_coverage.py [--min-days N] [--country ISO3 ...] [--today YYYY-MM-DD]

The countries (G20 members and conflict-affected states), the offices each system has
(head of state, head of government, foreign and defence minister) and the periods an
office stood empty are listed in ``src/eventwire/data/kb/offices.tsv``; a role holds an
office by its title (``eventwire.kb.offices``). Prints one line per gap, longest first
within a country, and a summary; exits 1 when a gap of ``--min-days`` or more is left.
Also lists anybody recorded twice in one office for overlapping dates.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from eventwire.kb.base import _read_jsonl, bundled_files
from eventwire.kb.offices import (
    conflicts,
    country_names,
    gaps,
    is_pending,
    load_spec,
    overlaps,
)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--min-days", type=int, default=1, help="report gaps this long or longer")
    ap.add_argument("--country", nargs="*", default=[], help="only these ISO3 codes")
    ap.add_argument("--today", type=dt.date.fromisoformat, default=dt.date.today())
    args = ap.parse_args(argv)
    entities = [e for f in bundled_files() for e in _read_jsonl(f, f.name)]
    spec = load_spec()
    if args.country:
        spec = {k: v for k, v in spec.items() if k in set(args.country)}
    country_names(entities, spec)
    found = [g for g in gaps(entities, spec, args.today, pending=False) if g.days >= args.min_days]
    for g in sorted(found, key=lambda g: (g.iso3, g.office, g.start)):
        note = "\tpending" if is_pending(g, spec) else ""
        print(f"{g.iso3}\t{g.office}\t{g.start}\t{g.end}\t{g.days} days{note}")
    twice = overlaps(entities, spec)
    for iso3, office, eid, a, b in twice:
        print(f"OVERLAP\t{iso3}\t{office}\t{eid}\t{a.title} {a.start}..{a.end} / {b.start}..")
    clash = conflicts(entities, spec)
    for v, eid, role in clash:
        print(f"CONFLICT\t{v.office}\t{v.start}..{v.end} vacant, but {eid}: {role.title}")
    offices = sum(len(c.offices) for c in spec.values())
    days = sum(g.days for g in found)
    print(
        f"# {len(spec)} countries, {offices} offices: {len(found)} gaps of {args.min_days}+ days "
        f"({days} office-days; {sum(is_pending(g, spec) for g in found)} pending), "
        f"{len(twice)} overlaps, {len(clash)} conflicts",
        file=sys.stderr,
    )
    return 1 if found or twice or clash else 0


if __name__ == "__main__":
    sys.exit(main())
