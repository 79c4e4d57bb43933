"""The ``eventwire`` command line: a thin layer over the library.

Exit codes: 0 all good; 1 some inputs were skipped (each with a one-line reason on
stderr) but everything else was processed; 2 the command itself could not run
(bad option, missing file, unreadable database).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from eventwire.errors import EventwireError
from eventwire.model import Doc, RawArticle, Skipped

app = typer.Typer(
    name="eventwire",
    help="Turn news reports into political event data: who did what to whom, when, where, "
    "how many, and who said so.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

DEFAULT_DB = Path("eventwire.duckdb")
DbOpt = Annotated[Path, typer.Option("--db", help="DuckDB file of the store.")]
PublishedOpt = Annotated[
    str | None,
    typer.Option("--published", help="Publication date (YYYY-MM-DD) for inputs that carry none."),
]
WorkersOpt = Annotated[int, typer.Option("--workers", "-w", min=1, help="Worker processes.")]


class CodeFormat(StrEnum):
    table = "table"
    json = "json"


class EventsFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


def _fail(message: str) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}", highlight=False, markup=True)
    return typer.Exit(2)


def _date(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _fail(f"{option} must be a date like 2014-07-20, got {value!r}") from None


def _report_skip(item: Skipped) -> None:
    err.print(f"skipped {item.message()}", highlight=False, markup=False)


def _progress(items: Iterable[Any], label: str) -> Iterator[Any]:
    """A rich progress display on a terminal; silent when output is piped or in CI."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    if not err.is_terminal:
        yield from items
        return
    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:.1f} articles/s"),
        TimeElapsedColumn(),
        console=err,
        transient=False,
    ) as bar:
        task = bar.add_task(label, total=None, rate=0.0)
        t0 = time.perf_counter()
        for n, item in enumerate(items, 1):
            bar.update(task, completed=n, rate=n / max(time.perf_counter() - t0, 1e-6))
            yield item


# ------------------------------------------------------------------ code
@app.command()
def code(
    source: Annotated[str, typer.Argument(help="A file, folder, glob, or - for stdin.")],
    published: PublishedOpt = None,
    fmt: Annotated[CodeFormat, typer.Option("--format", "-f", help="table or json.")] = (
        CodeFormat.table
    ),
) -> None:
    """Code articles without a database and print the result.

    --format json prints one JSON object per article (JSON Lines) with keys
    article, sentences, actors, events, places, times, counts, quotes; every
    offset indexes article.text.
    """
    from eventwire.ingest import read_sources
    from eventwire.pipeline import Pipeline
    from eventwire.serialize import doc_to_json

    pub = _date(published, "--published")
    try:
        pipeline = Pipeline.default()
        skipped = 0
        for result in pipeline.pipe(read_sources([source], published=pub), batch_size=16):
            if isinstance(result, Skipped):
                skipped += 1
                _report_skip(result)
            elif fmt is CodeFormat.json:
                sys.stdout.write(doc_to_json(result) + "\n")
            else:
                _print_doc(result)
    except EventwireError as exc:
        raise _fail(str(exc)) from exc
    raise typer.Exit(1 if skipped else 0)


def _print_doc(doc: Doc) -> None:
    art = doc.article
    out.rule(f"[bold]{art.title or art.id}[/bold]")
    meta = [f"id {art.id}", f"published {art.published or '—'}"]
    if art.author:
        meta.append(f"by {art.author}")
    if art.url:
        meta.append(art.url)
    out.print(" · ".join(meta), highlight=False)
    table = Table("#", "kind", "sentence", show_lines=False, expand=True)
    for i, s in enumerate(doc.sentences, 1):
        table.add_row(str(i), s.kind, s.span.of(art.text))
    out.print(table)
    counts = {
        layer: len(getattr(doc, layer))
        for layer in ("actors", "events", "places", "times", "counts", "quotes")
    }
    out.print("  ".join(f"{k}: {v}" for k, v in counts.items()), highlight=False)
    if doc.events:
        ev = Table("type", "mode", "cameo", "source", "target", "modality", "evidence", expand=True)
        for e in doc.events:
            names = {a.id: f"{a.name} ({a.country or '?'})" for a in doc.actors}
            ev.add_row(
                e.type,
                e.mode or "",
                e.cameo or "",
                ", ".join(names.get(x, x) for x in e.source),
                ", ".join(names.get(x, x) for x in e.target),
                e.modality,
                e.evidence.of(art.text),
            )
        out.print(ev)


# ------------------------------------------------------------------ ingest
def _ingest(
    sources: list[str],
    db: Path,
    published: dt.date | None,
    workers: int,
    raws: Iterable[RawArticle | Skipped] | None = None,
) -> int:
    from eventwire.ingest import read_sources
    from eventwire.pipeline import prepare_all, run
    from eventwire.store import open_store

    t0 = time.perf_counter()
    reasons: Counter[str] = Counter()
    added = duplicates = 0
    items = raws if raws is not None else read_sources(sources, published=published)
    with open_store(db) as store:
        pending: list[Doc | Skipped] = []

        def fresh(batch: list[Doc | Skipped]) -> Iterator[Doc | Skipped]:
            nonlocal duplicates
            ids = [d.article.id for d in batch if isinstance(d, Doc)]
            known = store.known_ids(ids)
            seen: set[str] = set()
            for d in batch:
                if isinstance(d, Doc):
                    if d.article.id in known or d.article.id in seen:
                        duplicates += 1
                        continue
                    seen.add(d.article.id)
                yield d

        def deduplicated() -> Iterator[Doc | Skipped]:
            for item in prepare_all(items):
                pending.append(item)
                if len(pending) >= 256:
                    yield from fresh(pending)
                    pending.clear()
            yield from fresh(pending)

        docs: list[Doc] = []
        for result in _progress(run(deduplicated(), workers=workers), "coding"):
            if isinstance(result, Skipped):
                reasons[result.reason] += 1
                _report_skip(result)
                store.add_skipped([result])
                continue
            docs.append(result)
            if len(docs) >= 256:
                res = store.add(docs)
                added, duplicates = added + res.added, duplicates + res.duplicates
                docs = []
        if docs:
            res = store.add(docs)
            added, duplicates = added + res.added, duplicates + res.duplicates
        stats = store.stats()
    elapsed = time.perf_counter() - t0
    table = Table(title=f"eventwire → {db}", show_header=False)
    table.add_row("articles added", str(added))
    table.add_row("already stored", str(duplicates))
    table.add_row("skipped", ", ".join(f"{k}: {v}" for k, v in reasons.items()) or "0")
    for key in ("articles", "sentences", "actors", "events", "quotes", "skipped"):
        table.add_row(f"store: {key}", str(stats.get(key, 0)))
    table.add_row("time", f"{elapsed:.1f} s")
    err.print(table)
    return 1 if reasons else 0


@app.command()
def ingest(
    sources: Annotated[
        list[str],
        typer.Argument(
            help="Files, folders, globs or - (stdin): text, HTML, JSONL/CSV, RSS/Atom, WARC."
        ),
    ],
    db: DbOpt = DEFAULT_DB,
    published: PublishedOpt = None,
    workers: WorkersOpt = 1,
) -> None:
    """Ingest, code and store articles. Re-ingesting the same input adds nothing.

    Bad inputs (empty, binary, invalid UTF-8, too large, malformed, not English)
    are recorded as skipped with a one-line reason; the exit code is 1 if any were.
    """
    try:
        code_ = _ingest(sources, db, _date(published, "--published"), workers)
    except EventwireError as exc:
        raise _fail(str(exc)) from exc
    raise typer.Exit(code_)


@app.command()
def demo(db: DbOpt = DEFAULT_DB, workers: WorkersOpt = 1) -> None:
    """The main job on the embedded default: code the bundled sample articles into a DuckDB file."""
    from eventwire.samples import load_samples

    try:
        code_ = _ingest([], db, None, workers, raws=load_samples())
    except EventwireError as exc:
        raise _fail(str(exc)) from exc
    raise typer.Exit(code_)


# ------------------------------------------------------------------ store queries
def _open_ro(db: Path) -> Any:
    from eventwire.store import open_store

    if not db.exists():
        raise _fail(f"no database at {db} (create one with `eventwire ingest … --db {db}`)")
    return open_store(db, read_only=True)


@app.command()
def stats(
    db: DbOpt = DEFAULT_DB,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Counts of what the store holds (articles, events, actors, quotes, skipped, …)."""
    try:
        with _open_ro(db) as store:
            counts = store.stats()
    except EventwireError as exc:
        raise _fail(str(exc)) from exc
    if as_json:
        sys.stdout.write(json.dumps(counts) + "\n")
        return
    table = Table("table", "rows")
    for k, v in counts.items():
        table.add_row(k, str(v))
    out.print(table)


@app.command()
def events(
    db: DbOpt = DEFAULT_DB,
    since: Annotated[str | None, typer.Option(help="First event date (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Last event date (YYYY-MM-DD).")] = None,
    type_: Annotated[str | None, typer.Option("--type", help="PLOVER type, e.g. ASSAULT.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO3 of source or target.")] = None,
    actor: Annotated[str | None, typer.Option(help="Actor name (substring) or id.")] = None,
    modality: Annotated[str | None, typer.Option(help="asserted, negated, future, …")] = None,
    text: Annotated[str | None, typer.Option(help="Words in the evidence sentence.")] = None,
    limit: Annotated[int, typer.Option(min=1)] = 100,
    offset: Annotated[int, typer.Option(min=0)] = 0,
    fmt: Annotated[EventsFormat, typer.Option("--format", "-f")] = EventsFormat.table,
) -> None:
    """List stored events with filters, as a table, JSON Lines or CSV."""
    try:
        with _open_ro(db) as store:
            rows = store.events(
                since=_date(since, "--since"),
                until=_date(until, "--until"),
                type=type_,
                country=country,
                actor=actor,
                modality=modality,
                text=text,
                limit=limit,
                offset=offset,
            )
    except EventwireError as exc:
        raise _fail(str(exc)) from exc
    if fmt is EventsFormat.jsonl:
        for row in rows:
            sys.stdout.write(json.dumps(row, default=str) + "\n")
    elif fmt is EventsFormat.csv:
        import csv

        writer = csv.writer(sys.stdout)
        cols = [
            "article_id",
            "event_id",
            "date",
            "type",
            "mode",
            "cameo",
            "source",
            "target",
            "modality",
            "evidence",
        ]
        writer.writerow(cols)
        for row in rows:
            writer.writerow([_flat(row.get(c)) for c in cols])
    else:
        table = Table("date", "type", "source", "target", "modality", "evidence", expand=True)
        for row in rows:
            table.add_row(
                str(row.get("date") or ""),
                str(row.get("type")),
                _flat(row.get("source")),
                _flat(row.get("target")),
                str(row.get("modality")),
                str(row.get("evidence") or ""),
            )
        out.print(table)
        err.print(f"{len(rows)} events", highlight=False)


def _flat(value: Any) -> str:
    if isinstance(value, list):
        return "; ".join(_flat(v) for v in value)
    if isinstance(value, dict):
        return str(value.get("name") or value.get("id") or value.get("text") or value)
    return "" if value is None else str(value)


@app.command()
def export(
    db: DbOpt = DEFAULT_DB,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="jsonl, csv, parquet, gdelt or plover.")
    ] = "jsonl",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (stdout if omitted).")
    ] = None,
) -> None:
    """Export all events (jsonl and csv may go to stdout; parquet needs --output)."""
    from eventwire.export import EXPORTERS
    from eventwire.export import export as do_export

    if fmt not in EXPORTERS:
        raise _fail(f"unknown format {fmt!r}; choose one of {', '.join(sorted(EXPORTERS))}")
    try:
        with _open_ro(db) as store:
            n = do_export(store, fmt, output if output is not None else sys.stdout.buffer)
    except EventwireError as exc:
        raise _fail(str(exc)) from exc
    err.print(f"exported {n} events as {fmt}", highlight=False)


# ------------------------------------------------------------------ eval & bench
@app.command("eval")
def eval_(
    task: Annotated[
        str,
        typer.Argument(
            help="events, incidents, subtypes, actors, toponyms, timexes, quotes or extraction."
        ),
    ],
    gold: Annotated[Path, typer.Argument(help="Gold JSONL file.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    limit: Annotated[int | None, typer.Option(min=1, help="Only the first N records.")] = None,
) -> None:
    """Measure accuracy against a gold standard, with the metric names of the eval README."""
    from eventwire.evaluate import TASKS, evaluate

    if task not in TASKS:
        raise _fail(f"unknown task {task!r}; choose one of {', '.join(TASKS)}")
    try:
        report = evaluate(task, gold, limit=limit)
    except EventwireError as exc:
        raise _fail(str(exc)) from exc
    data = report.to_dict()
    if as_json:
        sys.stdout.write(json.dumps(data) + "\n")
        return
    table = Table(title=f"eval {task} ({report.n} records)")
    table.add_column("metric")
    table.add_column("value", justify="right")
    for k, v in report.metrics.items():
        table.add_row(k, "—" if v is None else f"{v:.4f}")
    for k, v in report.counts.items():
        table.add_row(f"[dim]{k}[/dim]", str(v))
    out.print(table)


@app.command()
def bench(
    corpus: Annotated[Path, typer.Option("--corpus", help="JSONL corpus with a text field.")],
    limit: Annotated[int | None, typer.Option(min=1)] = None,
    workers: WorkersOpt = 1,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    stages: Annotated[
        str | None,
        typer.Option(
            "--stages",
            help="Comma-separated stages to keep besides nlp (default: all), "
            "e.g. '' for the foundation only or 'actors,events'.",
        ),
    ] = None,
) -> None:
    """Throughput: articles/s, words/s, peak RSS per worker, and ratio_vs_spacy
    (pipeline time ÷ bare nlp.pipe time over the same texts, same run)."""
    from eventwire.bench import run_bench

    try:
        keep = None if stages is None else tuple(x for x in stages.split(",") if x.strip())
        report = run_bench(corpus, limit=limit, workers=workers, stages=keep)
    except EventwireError as exc:
        raise _fail(str(exc)) from exc
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict()) + "\n")
        return
    table = Table(title=f"bench {corpus} · {report.workers} worker(s)", show_header=False)
    for k, v in report.to_dict().items():
        table.add_row(k, str(v))
    out.print(table)


@app.command()
def serve(
    db: DbOpt = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Address to bind (loopback by default).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            envvar="EVENTWIRE_TOKEN",
            help="Enables writes (POST /api/ingest) for clients sending "
            "'Authorization: Bearer <token>'; also read from $EVENTWIRE_TOKEN.",
        ),
    ] = None,
) -> None:
    """JSON API (OpenAPI at /openapi.json) and the offline dashboard at /.

    Read-only unless a token is configured; binds 127.0.0.1 unless --host says otherwise.
    """
    from eventwire.serve import serve as run_server

    if not db.exists():
        raise _fail(f"no database at {db} (create one with `eventwire ingest … --db {db}`)")
    try:
        run_server(db, host=host, port=port, token=token)
    except EventwireError as exc:
        raise _fail(str(exc)) from exc


class TrainFormat(StrEnum):
    subtypes = "subtypes"
    events = "events"


@app.command()
def train(
    data: Annotated[list[Path], typer.Argument(help="Labelled JSONL file(s).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Model file to write (.npz).")],
    fmt: Annotated[
        TrainFormat, typer.Option("--format", "-f", help="subtypes or events gold format.")
    ] = TrainFormat.subtypes,
    holdout: Annotated[
        float, typer.Option(min=0.0, max=0.9, help="Share held out to report accuracy on.")
    ] = 0.0,
) -> None:
    """Train the incident classifier on labelled JSONL (the subtypes or events format of the
    evaluation README). A subtypes model replaces the shipped one when
    $EVENTWIRE_ACLED_MODEL names it; the shipped model is trained by
    `python -m eventwire.classify.train src/eventwire/data/training/acled_subtypes.jsonl
    --out src/eventwire/data/models/acled_subtypes.npz`."""
    from eventwire.classify.train import train_from_jsonl

    try:
        report = train_from_jsonl(data, out, fmt.value, holdout=holdout)
    except EventwireError as exc:
        raise _fail(str(exc)) from exc
    table = Table(title=f"trained {out}", show_header=False)
    table.add_row("examples", str(report.examples))
    table.add_row("labels", str(len(report.labels)))
    table.add_row("train accuracy", f"{report.train_accuracy:.3f}")
    if report.holdout_accuracy is not None:
        table.add_row("held-out accuracy", f"{report.holdout_accuracy:.3f}")
    table.add_row("model size", f"{report.model_bytes / 1e6:.1f} MB")
    table.add_row("time", f"{report.seconds:.1f} s")
    err.print(table)


kb_app = typer.Typer(
    help="The actor knowledge base (bundled data plus files in $EVENTWIRE_KB).",
    no_args_is_help=True,
)
app.add_typer(kb_app, name="kb")


@kb_app.command("lookup")
def kb_lookup(
    name: Annotated[
        str,
        typer.Argument(help="A name, alias, seat of power, demonym, people or place name."),
    ],
    date: Annotated[
        str | None, typer.Option("--date", help="Resolve as of this day (default: today).")
    ] = None,
    kb_file: Annotated[list[Path] | None, typer.Option("--kb", help="Extra KB file(s).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show what a name resolves to on a date, and why (exit 1 if it resolves to nothing)."""
    from eventwire.kb import KnowledgeBase

    on = _date(date, "--date") or dt.date.today()
    try:
        kb = KnowledgeBase.load(kb_file or ())
    except EventwireError as exc:
        raise _fail(str(exc)) from exc
    res = kb.resolve(name, on) or kb.cue(name)  # a name, else what the word tells of a country
    others = [e for e in kb.candidates(name) if res is None or e.id != res.kb_id]
    if as_json:
        data = (
            None
            if res is None
            else {
                "kb_id": res.kb_id,
                "name": res.name,
                "country": res.country,
                "sectors": list(res.sectors),
                "known_group": res.known_group,
                "why": res.why,
                "source": res.entity.source,
            }
        )
        sys.stdout.write(
            json.dumps(
                {
                    "query": name,
                    "date": on.isoformat(),
                    "resolution": data,
                    "other_candidates": [e.id for e in others],
                }
            )
            + "\n"
        )
    elif res is None:
        err.print(f"{name!r}: no entry in the knowledge base", highlight=False)
    else:
        table = Table(title=f"{name} on {on}", show_header=False)
        for k, v in (
            ("kb id", res.kb_id),
            ("name", res.name),
            ("country", res.country or "—"),
            ("sectors", ", ".join(res.sectors) or "—"),
            ("known group", res.known_group or "—"),
            ("why", res.why),
            ("from", res.entity.source),
            ("other candidates", ", ".join(e.id for e in others) or "—"),
        ):
            table.add_row(k, str(v))
        out.print(table)
    raise typer.Exit(0 if res is not None else 1)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
