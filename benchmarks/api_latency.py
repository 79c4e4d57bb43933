"""HTTP latency of ``eventwire serve`` on a large store.

Usage::

    python benchmarks/api_latency.py [--db PATH] [--events 1000000] [--requests 200]

Fills a synthetic store (``benchmarks/synthetic_store.py``) at ``--db`` unless the file
exists, starts the real app under uvicorn on a free loopback port, and sends each
query ``--requests`` times over one keep-alive connection, cycling through different
parameter values (types, countries, 30-day windows, words) so that no answer is a
repeat of the one before. The queries take turns (one request of each per round), so
that a burst of load from elsewhere on the machine spreads over all of them instead of
spoiling one. Prints p50 / p95 / max milliseconds per query
(client-side wall time: HTTP, routing, validation, SQL and JSON) and the server's
start-up time, which includes building the in-memory read model.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import socket
import statistics
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import uvicorn

sys.path.insert(0, str(Path(__file__).parent))
from synthetic_store import COUNTRIES, TYPES, fill

from eventwire.serve import create_app

Params = dict[str, Any]
WORDS = ("ceasefire", "district 12.", "attacked", "sanctioned actor", "rejected")
ACTORS = ("Actor 17 ", "actor 250 of", "Q800042", "of UKR")


def _windows(days: int) -> Iterator[Params]:
    start = dt.date(2022, 1, 1)
    for i in itertools.count():
        since = start + dt.timedelta(days=(i * 37) % 700)
        yield {"since": since.isoformat(),
               "until": (since + dt.timedelta(days=days - 1)).isoformat()}  # fmt: skip


def _cycle(key: str, values: tuple[str, ...], **extra: Any) -> Iterator[Params]:
    for value in itertools.cycle(values):
        yield {key: value, **extra}


def _mixed() -> Iterator[Params]:
    for t, c, w in zip(itertools.cycle(TYPES), itertools.cycle(COUNTRIES[::-1]), _windows(180),
                       strict=False):  # fmt: skip
        yield {"type": t, "country": c, **w}


def _offsets(top: int) -> Iterator[Params]:
    for i in itertools.count():
        yield {"offset": (i * 9_973) % top}


def _item_paths(template: str) -> Iterator[str]:
    """``template`` filled with a different synthetic article id each time."""
    for i in itertools.count():
        yield template.format(f"art-{(i * 7_919) % 100_000:08d}")


CASES: list[tuple[str, str, Callable[[], Iterator[Params]]]] = [
    ("events (no filter, newest first)", "/api/events", lambda: iter(itertools.repeat(
        {"order": "desc"}))),
    ("events type=", "/api/events", lambda: _cycle("type", TYPES)),
    ("events country=", "/api/events", lambda: _cycle("country", COUNTRIES)),
    ("events since..until (30 days)", "/api/events", lambda: _windows(30)),
    ("events q= (evidence text)", "/api/events", lambda: _cycle("q", WORDS)),
    ("events actor=", "/api/events", lambda: _cycle("actor", ACTORS)),
    ("events type+country+180 days", "/api/events", _mixed),
    ("events offset up to 10k", "/api/events", lambda: _offsets(10_000)),
    ("events offset up to 200k", "/api/events", lambda: _offsets(200_000)),
    ("timeline by type (all, per day)", "/api/aggregates/timeline", lambda: iter(
        itertools.repeat({}))),
    ("timeline by quad_class, per week", "/api/aggregates/timeline", lambda: iter(
        itertools.repeat({"by": "quad_class", "interval": "week"}))),
    ("timeline type=, per month", "/api/aggregates/timeline", lambda: _cycle(
        "type", TYPES, interval="month")),
    ("timeline q=", "/api/aggregates/timeline", lambda: _cycle("q", WORDS)),
    ("countries", "/api/aggregates/countries", lambda: iter(itertools.repeat({}))),
    ("countries since..until (30 days)", "/api/aggregates/countries", lambda: _windows(30)),
    ("dyads by country", "/api/aggregates/dyads", lambda: iter(itertools.repeat({}))),
    ("dyads by actor", "/api/aggregates/dyads", lambda: iter(itertools.repeat(
        {"by": "actor"}))),
    ("dyads by actor, type=", "/api/aggregates/dyads", lambda: _cycle(
        "type", TYPES, by="actor")),
    ("places", "/api/aggregates/places", lambda: iter(itertools.repeat({"limit": 500}))),
    ("actors", "/api/actors", lambda: iter(itertools.repeat({}))),
    ("actors q=", "/api/actors", lambda: _cycle("q", ("actor 1", "of chn", "7"))),
    ("articles offset up to 100k", "/api/articles", lambda: _offsets(100_000)),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _start(db: Path) -> tuple[uvicorn.Server, threading.Thread, str, float]:
    t0 = time.perf_counter()
    app = create_app(db)
    built = time.perf_counter() - t0
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    return server, thread, f"http://127.0.0.1:{port}", built


Case = tuple[str, Iterator[str], Iterator[Params]]


def _measure(client: httpx.Client, cases: list[Case], n: int) -> dict[str, list[float]]:
    """Latencies per case, sending one request of each case per round."""
    times: dict[str, list[float]] = {name: [] for name, _, _ in cases}
    for _ in range(3):  # warm-up: first plans, first pages of the file
        for _, paths, params in cases:
            client.get(next(paths), params=next(params)).raise_for_status()
    for _ in range(n):
        for name, paths, params in cases:
            path, query = next(paths), next(params)
            t0 = time.perf_counter()
            r = client.get(path, params=query)
            times[name].append((time.perf_counter() - t0) * 1000)
            r.raise_for_status()
    return times


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/eventwire-bench.duckdb"))
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--only", default="", help="run the queries whose name contains this")
    args = parser.parse_args()
    if not args.db.exists():
        print(f"filling {args.db} with {args.events} events ...", flush=True)
        print(f"  {fill(args.db, args.events):.1f} s", flush=True)
    server, thread, base, built = _start(args.db)
    try:
        with httpx.Client(base_url=base, timeout=120) as client:
            health = client.get("/api/health").json()
            print(f"store: {health['events']} events, {health['articles']} articles; "
                  f"app start-up (read model) {built:.1f} s", flush=True)  # fmt: skip
            cases: list[Case] = [(name, itertools.repeat(path), make())
                                 for name, path, make in CASES if args.only in name]  # fmt: skip
            for name, template in (("article (text + layers)", "/api/articles/{}"),
                                   ("event (full record)", "/api/events/{}/e3")):  # fmt: skip
                if args.only in name:
                    cases.append((name, _item_paths(template), itertools.repeat({})))
            times = _measure(client, cases, args.requests)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    print(f"\n{'query':38s} {'p50 ms':>8s} {'p95 ms':>8s} {'max ms':>8s}")
    for name, values in times.items():
        _report(name, values)


def _report(name: str, times: list[float]) -> None:
    flag = "" if _pct(times, 0.95) < 100 else "  > 100 ms"
    print(f"{name:38s} {statistics.median(times):8.1f} {_pct(times, 0.95):8.1f} "
          f"{max(times):8.1f}{flag}", flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
