"""End to end: the CLI on the bundled samples and on inputs written for the tests."""

from __future__ import annotations

import csv
import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app

runner = CliRunner()


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    code, _, err = run("demo", "--db", str(db))
    assert code == 0, err
    return db


def stats(db: Path) -> dict[str, int]:
    code, out, err = run("stats", "--db", str(db), "--json")
    assert code == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


def test_demo_codes_the_samples_and_is_idempotent(demo_db: Path) -> None:
    first = stats(demo_db)
    assert first["articles"] == 14 and first["skipped"] == 0
    assert first["events"] > 14 and first["actors"] > 50 and first["sentences"] > 100
    code, _, err = run("demo", "--db", str(demo_db))
    assert code == 0 and "already stored" in err
    assert stats(demo_db) == first


def test_events_and_exports(demo_db: Path, tmp_path: Path) -> None:
    code, out, _ = run("events", "--db", str(demo_db), "--format", "jsonl", "--limit", "500")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(rows) == stats(demo_db)["events"]
    assert all(r["type"] and r["evidence"] for r in rows)
    code, out, _ = run("events", "--db", str(demo_db), "--type", "PROTEST", "--format", "jsonl")
    assert code == 0 and out and all(json.loads(x)["type"] == "PROTEST" for x in out.splitlines())
    code, out, _ = run("events", "--db", str(demo_db), "--format", "csv")
    assert code == 0 and next(csv.reader(io.StringIO(out)))[:4] == [
        "article_id",
        "event_id",
        "date",
        "type",
    ]
    for fmt in ("jsonl", "csv", "parquet"):
        target = tmp_path / f"events.{fmt}"
        code, _, err = run("export", "--db", str(demo_db), "--format", fmt, "--output", str(target))
        assert code == 0 and target.stat().st_size > 0, err
    code, _, err = run("export", "--db", str(demo_db), "--format", "nope")
    assert code == 2 and "unknown format" in err


def test_bad_inputs_are_skipped_with_reasons_and_the_rest_is_stored(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    good = (
        "Kenya and Tanzania agreed on Monday to reopen their border after talks in Nairobi, "
        "officials from both governments said."
    )
    (src / "good1.txt").write_text(good)
    (src / "good2.txt").write_text(good.replace("Monday", "Tuesday"))
    (src / "empty.txt").write_text("   \n")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    (src / "latin.txt").write_bytes(b"caf\xe9 \xff\xfe\x00 broken")
    (src / "broken.html").write_text("<html><body><div>")
    (src / "french.txt").write_text(
        "Le gouvernement a annoncé mardi que les négociations avec "
        "les syndicats reprendraient la semaine prochaine à Paris."
    )
    with (src / "huge.txt").open("wb") as fh:
        fh.write(b"x")
        fh.truncate(60_000_000)
    db = tmp_path / "bad.duckdb"
    code, _, err = run("ingest", str(src), "--db", str(db))
    assert code == 1
    lines = [ln for ln in err.splitlines() if ln.startswith("skipped ")]
    assert len(lines) == 6, err
    for name, reason in [
        ("empty.txt", "empty"),
        ("binary.txt", "binary"),
        ("huge.txt", "too_large"),
        ("broken.html", "malformed"),
        ("french.txt", "not_english"),
    ]:
        assert any(name in ln and reason in ln for ln in lines), (name, lines)
    s = stats(db)
    assert (s["articles"], s["skipped"]) == (2, 6)
    code, _, _ = run("ingest", str(src), "--db", str(db))
    assert code == 1 and stats(db) == s  # nothing added twice, skipped rows included


def test_code_json_lines_have_the_documented_layers() -> None:
    text = (
        "Ceasefire Talks Open in Doha\n\nDOHA, May 2 (Eventwire) - Sudan's army and the rebels "
        "began talks in Doha on Monday. Qatar's foreign minister said he would mediate.\n"
    )
    code, out, err = run("code", "-", "--published", "2023-05-02", "--format", "json", input=text)
    assert code == 0, err
    doc = json.loads(out.strip().splitlines()[0])
    assert set(doc) == {
        "article",
        "sentences",
        "actors",
        "events",
        "places",
        "times",
        "counts",
        "quotes",
    }
    art = doc["article"]
    assert art["published"] == "2023-05-02" and art["title"] == "Ceasefire Talks Open in Doha"
    for s in doc["sentences"]:
        assert art["text"][s["start"] : s["end"]].strip() == art["text"][s["start"] : s["end"]]
    for actor in doc["actors"]:
        for m in actor["mentions"]:
            assert art["text"][m["span"]["start"] : m["span"]["end"]] == m["text"]
    ids = {a["id"] for a in doc["actors"]}
    for ev in doc["events"]:
        assert set(ev["source"]) | set(ev["target"]) <= ids


def test_code_table_and_bad_date() -> None:
    code, out, _ = run("code", "-", input="Police arrested 12 protesters in Lima on Monday.")
    assert code == 0 and "arrested" in out
    code, _, err = run("code", "-", "--published", "yesterday", input="x")
    assert code == 2 and "--published" in err


def test_eval_on_tiny_gold_files(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Port deal signed | Sample Times</title></head><body><nav>Home</nav>"
        "<article><h1>Port deal signed</h1><p>" + "The two governments signed a port deal on "
        "Monday after months of talks in the capital. " * 4 + "</p><p>" + "Officials said "
        "construction would begin next year and employ thousands of workers. "
        * 4
        + "</p></article><footer>Share this article</footer></body></html>"
    )
    html_dir = tmp_path / "html"
    html_dir.mkdir()
    with gzip.open(html_dir / "p1.html.gz", "wt") as fh:
        fh.write(page)
    body = (
        "The two governments signed a port deal on Monday after months of talks in the capital. "
        * 4
        + "\n\n"
        + "Officials said construction would begin next year and employ thousands "
        "of workers. " * 4
    )
    gold = tmp_path / "extraction.jsonl"
    gold.write_text(
        json.dumps(
            {
                "id": "p1",
                "origin": "test",
                "html_file": "html/p1.html.gz",
                "url": "https://example.invalid/p1",
                "body": body,
                "title": None,
                "author": None,
                "date": None,
            }
        )
        + "\n"
    )
    code, out, err = run("eval", "extraction", str(gold), "--json")
    assert code == 0, err
    metrics = json.loads(out)["metrics"]
    assert list(metrics)[:3] == ["body_f1", "body_precision", "body_recall"]
    assert metrics["body_f1"] > 0.95
    events = tmp_path / "events.jsonl"
    events.write_text(
        json.dumps(
            {
                "id": "e1",
                "origin": "test",
                "text": "Kenya condemned Tanzania on Monday.",
                "date": None,
                "events": [
                    {
                        "type": "ACCUSE",
                        "type_original": "ACCUSE",
                        "mode": None,
                        "cameo": "111",
                        "source": [{"text": "Kenya", "country": "KEN", "sector": None}],
                        "target": [{"text": "Tanzania", "country": "TZA", "sector": None}],
                        "location": None,
                        "dead": None,
                        "injured": None,
                        "trigger": "condemned",
                    }
                ],
            }
        )
        + "\n"
    )
    code, out, err = run("eval", "events", str(events), "--json")
    assert code == 0, err
    m = json.loads(out)["metrics"]
    assert m["type_f1_micro"] == 1.0 and m["source_country_acc"] == 1.0
    code, _, err = run("eval", "nosuchtask", str(events))
    assert code == 2 and "unknown task" in err
    code, _, err = run("eval", "events", str(tmp_path / "missing.jsonl"))
    assert code == 2


def test_bench_reports_ratio_against_bare_spacy(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    with corpus.open("w") as fh:
        for i in range(4):
            fh.write(
                json.dumps(
                    {
                        "id": str(i),
                        "date": f"2020-01-0{i + 1}",
                        "text": f"Report {i}: police arrested five activists in Lima on Monday, "
                        "the interior ministry said.",
                    }
                )
                + "\n"
            )
    code, out, err = run("bench", "--corpus", str(corpus), "--json")
    assert code == 0, err
    rep = json.loads(out)
    assert rep["articles"] == 4 and rep["ratio_vs_spacy"] > 0 and rep["peak_rss_mb_per_worker"] > 0
    assert rep["stages"][:2] == ["clean", "nlp"]


def test_kb_lookup_explains_date_aware_codes() -> None:
    code, out, _ = run("kb", "lookup", "Kremlin", "--json")
    data = json.loads(out)
    assert code == 0 and data["resolution"]["country"] == "RUS"
    code, _, _ = run("kb", "lookup", "Zzyzx Qwerty")
    assert code == 1


def test_kb_lookup_explains_a_people_and_a_small_town() -> None:
    code, out, _ = run("kb", "lookup", "Tibetans", "--json")
    data = json.loads(out)
    assert code == 0 and data["resolution"]["country"] == "CHN"
    assert "peoples.tsv" in data["resolution"]["why"]
    code, out, _ = run("kb", "lookup", "Bakhmut", "--json")
    data = json.loads(out)
    assert code == 0 and data["resolution"]["country"] == "UKR"
    assert "places_weak.tsv" in data["resolution"]["why"]


def test_installed_entry_point_runs() -> None:
    exe = Path(sys.executable).parent / "eventwire"
    done = subprocess.run([str(exe), "--help"], capture_output=True, text=True, check=False)
    assert done.returncode == 0
    for command in (
        "code",
        "ingest",
        "demo",
        "stats",
        "events",
        "export",
        "eval",
        "bench",
        "kb",
        "serve",
        "train",
    ):
        assert command in done.stdout


def test_a_run_that_stores_articles_exits_without_leak_reports(tmp_path: Path) -> None:
    # the pipeline freezes its loaded tables out of the collector's reach; at exit they
    # must be collectable again, or the store's extension types report leaked objects
    exe = Path(sys.executable).parent / "eventwire"
    db = tmp_path / "one.duckdb"
    done = subprocess.run([str(exe), "demo", "--db", str(db)], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "leaked" not in done.stderr, done.stderr[-500:]


def test_two_workers_store_the_same_as_one(tmp_path: Path) -> None:
    from eventwire.samples import sample_paths

    folder = tmp_path / "samples"
    folder.mkdir()
    for p in sample_paths()[:6]:
        (folder / p.name).write_bytes(p.read_bytes())
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    assert run("ingest", str(folder), "--db", str(one), "--published", "2025-01-01")[0] == 0
    code, _, err = run(
        "ingest", str(folder), "--db", str(two), "--published", "2025-01-01", "--workers", "2"
    )
    assert code == 0, err
    assert stats(one) == stats(two) and stats(two)["articles"] == 6


def test_train_writes_a_model_the_pipeline_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = []
    for i in range(12):
        rows.append(
            {
                "id": f"p{i}",
                "origin": "test",
                "label": "PEACE_PROTEST",
                "text": f"About {100 + i} teachers held a peaceful march in town {i}.",
            }
        )
        rows.append(
            {
                "id": f"a{i}",
                "origin": "test",
                "label": "ARREST",
                "text": f"Police arrested {3 + i} opposition members in district {i}.",
            }
        )
    data = tmp_path / "train.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows))
    model = tmp_path / "mine.npz"
    code, _, err = run("train", str(data), "--out", str(model), "--holdout", "0.25")
    assert code == 0, err
    assert model.stat().st_size > 0 and "held-out accuracy" in err
    from eventwire.classify.classifier import Classifier

    monkeypatch.setenv("EVENTWIRE_ACLED_MODEL", str(model))
    decision = Classifier.load("model").classify(["Police arrested 40 students in the city."])[0]
    assert decision is not None and decision.label == "ARREST"
    code, _, err = run("train", str(tmp_path / "missing.jsonl"), "--out", str(model))
    assert code == 2
