"""JSON Lines, JSON and CSV/TSV records through :func:`read_sources`."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from eventwire.ingest import read_sources
from eventwire.ingest.tabular import payload_from_record, sniff_delimiter
from eventwire.model import RawArticle, Skipped

BODY_A = (
    "Farmers blocked the main highway outside the town on Tuesday to protest against "
    "the new water tariffs, and police said the road would stay closed overnight."
)
BODY_B = (
    "The central bank kept its main interest rate unchanged on Wednesday, saying that "
    "inflation had slowed for a third month in a row."
)
BODY_C = (
    "Two fishing boats collided off the coast in thick fog, and the coast guard said all "
    "of the crew members had been rescued."
)


def _articles(items: list[RawArticle | Skipped]) -> list[RawArticle]:
    return [i for i in items if isinstance(i, RawArticle)]


def test_jsonl_with_one_malformed_line_skips_only_that_line(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a-1", "text": BODY_A, "title": "Farmers block highway",
                    "date": "2025-04-01", "url": "https://example.invalid/a",
                    "author": "R. Diaz", "source": "Valley Post"}),
        '{"id": "a-2", "text": "unterminated',
        "",
        json.dumps({"id": "a-3", "body": BODY_B, "published": "Wed, 02 Apr 2025 09:00:00 +0000"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_sources([str(path)]))
    assert [type(i).__name__ for i in items] == ["RawArticle", "Skipped", "RawArticle"]
    first, bad, second = items
    assert isinstance(first, RawArticle) and isinstance(second, RawArticle)
    assert isinstance(bad, Skipped)
    assert first.locator == f"{path}:1#a-1"
    assert first.text == BODY_A
    assert (first.title, first.url, first.author, first.source) == (
        "Farmers block highway", "https://example.invalid/a", "R. Diaz", "Valley Post")
    assert first.published == dt.date(2025, 4, 1)
    assert bad.locator == f"{path}:2"
    assert bad.reason == "malformed"
    assert bad.detail.startswith("invalid JSON")
    assert second.locator == f"{path}:4#a-3"
    assert second.published == dt.date(2025, 4, 2)


def test_jsonl_published_argument_is_only_a_fallback(tmp_path: Path) -> None:
    path = tmp_path / "x.ndjson"
    path.write_text(
        json.dumps({"text": BODY_A, "date": "2025-01-05"}) + "\n"
        + json.dumps({"text": BODY_B}) + "\n",
        encoding="utf-8",
    )
    items = _articles(list(read_sources([str(path)], published=dt.date(2024, 12, 31))))
    assert [a.published for a in items] == [dt.date(2025, 1, 5), dt.date(2024, 12, 31)]


def test_jsonl_record_problems_are_each_one_skip(tmp_path: Path) -> None:
    path = tmp_path / "problems.jsonl"
    path.write_text(
        "\n".join([
            json.dumps({"headline": "no body here"}),
            json.dumps(["a", "list"]),
            json.dumps({"text": "   "}),
            json.dumps({"text": 42}),
            json.dumps({"text": BODY_C}),
        ]) + "\n",
        encoding="utf-8",
    )
    items = list(read_sources([str(path)]))
    reasons = [i.reason if isinstance(i, Skipped) else "ok" for i in items]
    assert reasons == ["malformed", "malformed", "empty", "malformed", "ok"]


def test_jsonl_text_column_override(tmp_path: Path) -> None:
    path = tmp_path / "custom.jsonl"
    path.write_text(json.dumps({"text": "ignored", "Story_Text": BODY_B}) + "\n",
                    encoding="utf-8")
    items = list(read_sources([str(path)], text_column="story_text"))
    assert len(items) == 1 and isinstance(items[0], RawArticle)
    assert items[0].text == BODY_B


def test_jsonl_line_over_max_bytes_is_skipped_and_the_next_line_is_read(
    tmp_path: Path,
) -> None:
    path = tmp_path / "long.jsonl"
    path.write_text(
        json.dumps({"text": BODY_A + " filler" * 400}) + "\n" + json.dumps({"text": BODY_B})
        + "\n",
        encoding="utf-8",
    )
    items = list(read_sources([str(path)], max_bytes=1000))
    assert isinstance(items[0], Skipped) and items[0].reason == "too_large"
    assert items[0].locator == f"{path}:1"
    assert isinstance(items[1], RawArticle) and items[1].text == BODY_B


def test_html_in_a_text_field_is_reduced_to_text(tmp_path: Path) -> None:
    path = tmp_path / "html.jsonl"
    fragment = "<p>" + BODY_A + "</p><p>" + BODY_B + "</p>"
    path.write_text(json.dumps({"text": fragment}) + "\n", encoding="utf-8")
    (article,) = list(read_sources([str(path)]))
    assert isinstance(article, RawArticle)
    assert article.text == BODY_A + "\n\n" + BODY_B
    assert article.from_html


def test_whole_page_in_a_text_field_goes_to_the_html_extractor(tmp_path: Path) -> None:
    seen: list[tuple[str | None, str]] = []

    def extractor(html: str, url: str | None = None, locator: str = "<html>") -> RawArticle:
        seen.append((url, locator))
        return RawArticle(text=BODY_C, locator=locator, title="From the page",
                          published=dt.date(2025, 6, 1), from_html=True)

    path = tmp_path / "pages.jsonl"
    page = "<!doctype html><html><body><p>" + BODY_C + "</p></body></html>"
    path.write_text(json.dumps({"id": 7, "text": page, "url": "https://example.invalid/p"})
                    + "\n", encoding="utf-8")
    (article,) = list(read_sources([str(path)], html_extractor=extractor))
    assert isinstance(article, RawArticle)
    assert seen == [("https://example.invalid/p", f"{path}:1#7")]
    assert (article.text, article.title, article.published) == (
        BODY_C, "From the page", dt.date(2025, 6, 1))


def test_json_file_with_one_object_and_with_a_list(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"content": BODY_A, "pubdate": "2025-02-02"}, indent=2),
                   encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"article": BODY_B}, {"story": BODY_C}]), encoding="utf-8")
    items = list(read_sources([str(one), str(many)]))
    assert [i.locator for i in items] == [str(one), f"{many}:1", f"{many}:2"]
    assert [getattr(i, "text", None) for i in items] == [BODY_A, BODY_B, BODY_C]
    assert isinstance(items[0], RawArticle) and items[0].published == dt.date(2025, 2, 2)


def test_json_extension_holding_json_lines_is_read_as_lines(tmp_path: Path) -> None:
    path = tmp_path / "lines.json"
    path.write_text(json.dumps({"text": BODY_A}) + "\n" + json.dumps({"text": BODY_B}) + "\n",
                    encoding="utf-8")
    items = list(read_sources([str(path)]))
    assert [i.locator for i in items] == [f"{path}:1", f"{path}:2"]


def test_csv_with_a_body_column_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "wire.csv"
    path.write_text(
        "ID,Headline,Body,Publication_Date,Link\n"
        f'n1,Farmers block highway,"{BODY_A}",2025-04-01,https://example.invalid/1\n'
        f'n2,Rates unchanged,"{BODY_B}\n\nSecond paragraph of the central bank story.",'
        "2025-04-02,\n"
        f'n3,Too many fields,"{BODY_C}",2025-04-03,https://example.invalid/3,extra\n'
        f'n4,Boats collide,"{BODY_C}",,\n',
        encoding="utf-8",
    )
    items = list(read_sources([str(path)], published=dt.date(2025, 4, 30)))
    assert [i.locator for i in items] == [
        f"{path}:2#n1", f"{path}:3#n2", f"{path}:6", f"{path}:7#n4"]
    first, second, bad, fourth = items
    assert isinstance(first, RawArticle) and first.title == "Farmers block highway"
    assert first.url == "https://example.invalid/1"
    assert isinstance(second, RawArticle) and second.text.endswith("central bank story.")
    assert second.url is None and second.published == dt.date(2025, 4, 2)
    assert isinstance(bad, Skipped) and bad.reason == "malformed"
    assert "6 fields" in bad.detail
    assert isinstance(fourth, RawArticle) and fourth.published == dt.date(2025, 4, 30)


def test_tsv_and_semicolon_csv(tmp_path: Path) -> None:
    tsv = tmp_path / "wire.tsv"
    tsv.write_text(f"title\ttext\nOne\t{BODY_A}\n", encoding="utf-8")
    semi = tmp_path / "wire.csv"
    semi.write_text(f"title;text\nTwo;{BODY_B}\n", encoding="utf-8")
    items = list(read_sources([str(tsv), str(semi)]))
    assert [getattr(i, "title", None) for i in items] == ["One", "Two"]
    assert [getattr(i, "text", None) for i in items] == [BODY_A, BODY_B]


def test_csv_in_windows_1252_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    body = "The caf\u00e9 owners in Bogot\u00e1 said rents had doubled since the spring."
    path.write_bytes(f"text\n{body}\n".encode("cp1252"))
    (article,) = list(read_sources([str(path)]))
    assert isinstance(article, RawArticle) and article.text == body


def test_csv_without_a_text_column_is_one_skip(tmp_path: Path) -> None:
    path = tmp_path / "numbers.csv"
    path.write_text("year,count\n2024,3\n2025,4\n", encoding="utf-8")
    (skip,) = list(read_sources([str(path)]))
    assert isinstance(skip, Skipped) and skip.reason == "malformed"
    assert "no text column" in skip.detail


def test_payload_from_record_matches_keys_case_insensitively() -> None:
    payload = payload_from_record(
        {"TEXT": BODY_A, "Byline": "A. Writer", "Publisher": "Daily", "DATE": "2025-01-02"},
        "f.jsonl:1",
    )
    assert (payload.author, payload.source, payload.published) == (
        "A. Writer", "Daily", dt.date(2025, 1, 2))


def test_sniff_delimiter() -> None:
    assert sniff_delimiter("a|b|c\n1|2|3\n") == "|"
    assert sniff_delimiter("just one column\n") == ","
