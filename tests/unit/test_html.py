"""HTML page → article body and metadata (``eventwire.ingest.html`` and its helpers).

All pages here are written for these tests; the events in them are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from lxml import etree

from eventwire.errors import BinaryInput, EmptyInput, MalformedInput
from eventwire.ingest.html import extract_html
from eventwire.ingest.html_dates import parse_date
from eventwire.ingest.html_decode import declared_charset, decode_html
from eventwire.ingest.html_dek import choose_dek
from eventwire.ingest.html_dom import dom_paragraphs
from eventwire.ingest.html_fallback import better_body, density_paragraphs
from eventwire.ingest.html_furniture import PageContext, strip_furniture
from eventwire.ingest.html_merge import add_missing_paragraphs
from eventwire.ingest.html_para import Para, count_words
from eventwire.ingest.html_render import render_body
from eventwire.ingest.html_title import clean_title, site_names
from eventwire.ingest.html_tree import parse_html

# --- pages -------------------------------------------------------------------------

ARTICLE_PARAGRAPHS = (
    "Flood barriers along the Varna river gave way early on Tuesday, forcing the evacuation "
    "of roughly four thousand residents from the low-lying districts of Kestrel Bay.",
    "Regional governor Ilse Marten said emergency crews had rescued at least 120 people "
    "from rooftops and that two temporary shelters had opened in school gymnasiums.",
    "The river rose almost two metres overnight after three days of heavy rain in the hills "
    "to the north, according to the national weather office, which expects more storms.",
    "Residents criticised the regional council for postponing repairs to the barriers last "
    "year, a decision the council defended at the time as a matter of limited funds.",
    "Opposition lawmakers called for an inquiry into the delay and asked the interior "
    "ministry to release the engineering reports it received in the spring.",
)

FURNITURE = (
    "We use cookies to improve your experience on our website. Accept all cookies",
    "Home",
    "World",
    "Share on Facebook",
    "Advertisement",
    "Sign up for our morning newsletter and get the news in your inbox every day.",
    "Read more: Drought fears grow in the southern valleys",
    "Mayor opens new tram line after long delays",
    "This is terrible, the council should resign immediately!!",
    "Copyright Northern Ledger Media Group. All rights reserved.",
    "Photo: Jan Novak / Northern Ledger",
    "Reporting by Ana Ruiz; additional reporting by Piet Vos; editing by Tom Berg",
    "Have a tip? Email the newsroom at tips@ledger.example.org",
)

NEWS_PAGE = f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>River barriers fail in Kestrel Bay | Northern Ledger</title>
  <meta property="og:site_name" content="Northern Ledger">
  <meta property="og:title" content="River barriers fail in Kestrel Bay | Northern Ledger">
  <meta property="og:url" content="https://ledger.example.org/2024/03/river-barriers">
  <meta name="author" content="Dana Quill">
  <meta property="article:published_time" content="2024-03-12T06:45:00+01:00">
  <meta name="description" content="Thousands leave their homes as the Varna river breaks
    through flood defences after days of rain.">
  <script>window.tracking = {{"page": "article"}};</script>
</head>
<body>
  <div id="cookie-banner"><p>{FURNITURE[0]}</p></div>
  <header class="site-header">
    <a href="/">Northern Ledger</a>
    <nav><ul><li><a href="/">{FURNITURE[1]}</a></li><li><a href="/world">{FURNITURE[2]}</a></li>
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>River barriers fail in Kestrel Bay</h1>
      <p class="dek">Thousands leave their homes as the Varna river breaks through flood
        defences after days of rain.</p>
      <div class="byline">By <a rel="author" href="/staff/dq">Dana Quill</a></div>
      <time datetime="2024-03-12">12 March 2024</time>
      <div class="share-tools"><a href="#">{FURNITURE[3]}</a> <a href="#">Share on X</a></div>
      <figure>
        <img src="flood.jpg" alt="Rescue boats in a flooded street">
        <figcaption>Rescue boats in a flooded street. {FURNITURE[10]}</figcaption>
      </figure>
      <div class="article-body">
        <p>{ARTICLE_PARAGRAPHS[0]}</p>
        <p>{ARTICLE_PARAGRAPHS[1]}</p>
        <div class="ad-slot"><span>{FURNITURE[4]}</span></div>
        <p>{ARTICLE_PARAGRAPHS[2]}</p>
        <p>{FURNITURE[6]}</p>
        <p>{ARTICLE_PARAGRAPHS[3]}</p>
        <p>{ARTICLE_PARAGRAPHS[4]}</p>
        <p><i>{FURNITURE[11]}</i></p>
        <p>{FURNITURE[12]}</p>
        <p class="newsletter-prompt">{FURNITURE[5]}</p>
      </div>
    </article>
    <aside class="related-stories">
      <h3>Related</h3>
      <ul><li><a href="/tram">{FURNITURE[7]}</a></li></ul>
    </aside>
    <section class="comments">
      <h3>Comments</h3>
      <div class="comment"><p>{FURNITURE[8]}</p></div>
    </section>
  </main>
  <footer><p>{FURNITURE[9]}</p></footer>
</body>
</html>
"""


def _paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


# --- the whole extractor -----------------------------------------------------------


def test_news_page_body_keeps_article_paragraphs_in_order() -> None:
    article = extract_html(NEWS_PAGE, locator="page.html")
    paras = _paragraphs(article.text)
    positions = [paras.index(p) for p in ARTICLE_PARAGRAPHS]
    assert positions == sorted(positions)
    assert article.from_html is True
    assert article.locator == "page.html"


@pytest.mark.parametrize("furniture", FURNITURE)
def test_news_page_body_drops_furniture(furniture: str) -> None:
    text = extract_html(NEWS_PAGE).text
    assert furniture not in text


def test_news_page_body_has_no_headline_byline_or_dek() -> None:
    paras = _paragraphs(extract_html(NEWS_PAGE).text)
    assert "River barriers fail in Kestrel Bay" not in paras
    assert not any(p.startswith("By ") for p in paras)
    assert not any(p.startswith("Thousands leave their homes") for p in paras)


def test_news_page_metadata() -> None:
    article = extract_html(NEWS_PAGE)
    assert article.title == "River barriers fail in Kestrel Bay"
    assert article.author == "Dana Quill"
    assert article.published == dt.date(2024, 3, 12)
    assert article.url == "https://ledger.example.org/2024/03/river-barriers"
    assert article.source == "Northern Ledger"
    assert article.dek is not None and article.dek.startswith("Thousands leave their homes")


def test_given_url_wins_over_page_url() -> None:
    article = extract_html(NEWS_PAGE, url="https://mirror.example.net/a/1")
    assert article.url == "https://mirror.example.net/a/1"


META_PAGE = """<html><head>
<title>Court halts port sale - The Coastal Courier</title>
<link rel="canonical" href="/news/court-halts-port-sale">
<meta property="og:url" content="https://courier.example.com/news/court-halts-port-sale">
<meta property="og:site_name" content="The Coastal Courier">
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "The Coastal Courier"},
  {"@type": "NewsArticle", "headline": "Court halts port sale",
   "datePublished": "2023-11-02T17:10:00Z",
   "author": [{"@type": "Person", "name": "Omar Ferreira"},
              {"@type": "Person", "name": "Lin Sato"},
              {"@type": "Organization", "name": "The Coastal Courier"}]}
]}
</script>
</head><body><div class="story">
<h1>Court halts port sale</h1>
<p>A district court on Thursday suspended the sale of the municipal port to a private
operator, ruling that the city had skipped a required public consultation.</p>
<p>The judge gave the city sixty days to hold hearings before any new agreement could be
signed, and ordered both parties to share the valuation documents with the court.</p>
<p>City officials said they would appeal, while dock workers who had brought the case
gathered outside the courthouse to celebrate the decision.</p>
</div></body></html>"""


def test_metadata_from_json_ld_and_canonical_link() -> None:
    article = extract_html(META_PAGE)
    assert article.title == "Court halts port sale"
    assert article.author == "Omar Ferreira, Lin Sato"
    assert article.published == dt.date(2023, 11, 2)
    assert article.url == "https://courier.example.com/news/court-halts-port-sale"


def test_meta_published_time_is_preferred_over_json_ld() -> None:
    page = META_PAGE.replace(
        "<head>",
        '<head><meta property="article:published_time" content="2023-11-01T23:30:00-05:00">',
    )
    assert extract_html(page).published == dt.date(2023, 11, 1)


BROKEN_PAGE = b"""<html><head><title>Ferry strike ends</title>
<body><div class="content"><div class="text">
<p>Ferry crews returned to work on Monday after a four-day strike over pay ended with an
agreement to raise wages by six percent over two years.
<p>The union said the deal also limits night shifts to three a week, a demand that had
stalled earlier rounds of talks with the operator.
<span>unclosed <b>bold <i>italic
<p>Passengers on the island routes had faced cancellations since Thursday, and the
operator said timetables would return to normal by Wednesday.
</div></span></table>
"""


def test_broken_html_still_yields_every_paragraph() -> None:
    text = extract_html(BROKEN_PAGE).text
    assert "Ferry crews returned to work on Monday" in text
    assert "limits night shifts to three a week" in text
    assert "timetables would return to normal by Wednesday" in text


def test_non_utf8_page_with_meta_charset() -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        "<title>Caf\u00e9 owners protest</title></head><body><article>"
        "<p>Owners of caf\u00e9s in the old town closed their terraces on Friday to protest "
        "a new licence fee that they call \u201cunfair and na\u00efve\u201d.</p>"
        "<p>The town hall said the fee would fund street cleaning and that it had been "
        "discussed with traders\u2019 associations for months before the vote.</p>"
        "</article></body></html>"
    ).encode("cp1252")
    article = extract_html(page)
    assert "caf\u00e9s" in article.text
    assert "\u201cunfair and na\u00efve\u201d" in article.text
    assert "traders\u2019 associations" in article.text
    assert article.title == "Caf\u00e9 owners protest"


@pytest.mark.parametrize("page", [b"", "", b"   \n\t ", "  \n  "])
def test_empty_page_raises_empty_input(page: bytes | str) -> None:
    with pytest.raises(EmptyInput):
        extract_html(page)


NAV_ONLY_PAGE = """<html><head><title>Sections</title></head><body>
<nav><ul><li><a href="/a">Politics</a></li><li><a href="/b">Business</a></li>
<li><a href="/c">Sport</a></li></ul></nav>
<h1>All sections</h1>
<ul><li><a href="/d">Weather</a></li><li><a href="/e">Puzzles</a></li></ul>
<footer>Contact us</footer>
</body></html>"""


@pytest.mark.parametrize(
    "page",
    [NAV_ONLY_PAGE, "just some words, no markup at all", b"<html><body></body></html>"],
)
def test_page_without_article_raises_malformed_input(page: str | bytes) -> None:
    with pytest.raises(MalformedInput) as info:
        extract_html(page)
    assert "\n" not in str(info.value)


def test_binary_bytes_raise_binary_input() -> None:
    with pytest.raises(BinaryInput):
        extract_html(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)


def test_stray_nul_bytes_and_self_closed_html_tag_are_tolerated() -> None:
    page = NEWS_PAGE.replace("<html lang=\"en\">", "<html/>").replace("<main>", "<main>\x00")
    assert ARTICLE_PARAGRAPHS[2] in extract_html(page.encode("utf-8")).text


def test_bytes_that_are_not_utf8_do_not_crash() -> None:
    page = NEWS_PAGE.encode("utf-8").replace(b"Kestrel", b"Kes\xfftrel")
    assert "Varna river" in extract_html(page).text


# --- decoding ----------------------------------------------------------------------


def test_decode_prefers_valid_utf8_over_a_wrong_declaration() -> None:
    data = '<meta charset="iso-8859-1"><p>Zürich</p>'.encode()
    assert "Zürich" in decode_html(data)


def test_decode_uses_declared_charset() -> None:
    data = '<meta charset="windows-1251"><p>Москва</p>'.encode("cp1251")
    assert declared_charset(data) == "cp1251"
    assert "Москва" in decode_html(data)


def test_decode_byte_order_mark() -> None:
    assert decode_html("<p>Kraków</p>".encode("utf-16")) == "<p>Kraków</p>"


def test_decode_mostly_utf8_keeps_text_with_replacement() -> None:
    data = ("<p>" + "café " * 200 + "</p>").encode() + b"\xff"
    text = decode_html(data)
    assert text.count("café") == 200
    assert "\ufffd" in text


def test_decode_undeclared_legacy_bytes_as_windows_1252() -> None:
    assert decode_html(b"<p>\x93quoted\x94 na\xefve</p>") == "<p>\u201cquoted\u201d na\u00efve</p>"


def test_parse_rejects_empty_and_plain_text() -> None:
    with pytest.raises(EmptyInput):
        parse_html("   ")
    with pytest.raises(MalformedInput):
        parse_html("no tags here")


# --- parts -------------------------------------------------------------------------


def test_render_tables_lists_and_loose_text() -> None:
    body = etree.fromstring(
        "<body><head>Results</head>Loose text after a heading."
        "<table><row><cell>Pos</cell><cell>Team</cell></row>"
        "<row><cell>Pos</cell><cell>Team</cell></row>"
        "<row><cell>1</cell><cell>Harbour FC</cell></row></table>"
        "<list><item>first point</item><item>second point</item></list>"
        "<p>One line<lb/>next line</p></body>"
    )
    paras = render_body(body)
    assert [p.kind for p in paras] == ["head", "p", "table", "list", "p"]
    assert paras[2].text == "Pos Team\n1 Harbour FC"
    assert "|" not in paras[2].text
    assert paras[3].text == "first point\nsecond point"
    assert paras[4].text == "One line\nnext line"


_P = ARTICLE_PARAGRAPHS
_MEMBERSHIP = "Our journalism depends on readers like you, so please consider joining today."
SPLIT_BODY_PAGE = f"""<html><body><article>
<div class="story-chunk"><p>{_P[0]}</p><p>{_P[1]}</p></div>
<div class="ad-slot"><p>Advertisement</p></div>
<div class="story-chunk"><p>{_P[2]}</p><p>{_P[3]}</p></div>
<div class="promo-box"><p>{_MEMBERSHIP}</p></div>
</article></body></html>"""


def test_merge_puts_back_paragraphs_from_sibling_containers() -> None:
    root = parse_html(SPLIT_BODY_PAGE)
    first_chunk = [Para(ARTICLE_PARAGRAPHS[0]), Para(ARTICLE_PARAGRAPHS[1])]
    merged = add_missing_paragraphs(first_chunk, dom_paragraphs(root))
    assert [p.text for p in merged] == list(ARTICLE_PARAGRAPHS[:4])


def test_merge_ignores_containers_of_another_kind() -> None:
    other = SPLIT_BODY_PAGE.replace(
        f'<div class="story-chunk"><p>{ARTICLE_PARAGRAPHS[2]}',
        f'<div class="teaser"><p>{ARTICLE_PARAGRAPHS[2]}',
    )
    kept = [Para(ARTICLE_PARAGRAPHS[0]), Para(ARTICLE_PARAGRAPHS[1])]
    merged = add_missing_paragraphs(kept, dom_paragraphs(parse_html(other)))
    assert merged == kept


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "Share this article",
        "Read more: Ministers meet over budget gap",
        "Related: Five things to know about the vote",
        "Sign up for our newsletter to get the best stories in your inbox.",
        "Follow us on Twitter and Facebook for the latest updates.",
        "Email Dana Quill at dquill@ledger.example.org",
        "Reporting by Ana Ruiz; Editing by Tom Berg",
        "Jon Mill contributed to this report.",
        "Photo: Jan Novak / Northern Ledger",
        "(Image credit: Harbour Authority)",
        "https://ledger.example.org/live",
        "Filed under: Floods",
        "Mayor opens tram line [VIDEO]",
        "Click here to subscribe.",
        "5 min read",
        "This website uses cookies to give you the best experience.",
    ],
)
def test_furniture_lines_are_dropped(line: str) -> None:
    body = [Para(ARTICLE_PARAGRAPHS[0]), Para(line), Para(ARTICLE_PARAGRAPHS[1])]
    assert [p.text for p in strip_furniture(body)] == list(ARTICLE_PARAGRAPHS[:2])


@pytest.mark.parametrize(
    "line",
    [
        "“Even the [flood] maps were wrong,” the engineer said.",
        "About 2 million people subscribe to the regional water service.",
        "Police said the suspect had been reported missing on Monday.",
        "Also, the council said it would review the budget next week.",
    ],
)
def test_article_lines_that_look_like_furniture_are_kept(line: str) -> None:
    body = [Para(ARTICLE_PARAGRAPHS[0]), Para(line), Para(ARTICLE_PARAGRAPHS[1])]
    assert line in [p.text for p in strip_furniture(body)]


def test_headline_byline_dateline_and_doubled_caption_are_dropped() -> None:
    caption = "Rescue boats in a flooded street of Kestrel Bay"
    body = [
        Para("River barriers fail in Kestrel Bay", "head"),
        Para("By Dana Quill"),
        Para("Published 6:45 AM, March 12, 2024"),
        Para(ARTICLE_PARAGRAPHS[0]),
        Para(caption),
        Para(caption),
        Para(ARTICLE_PARAGRAPHS[1]),
    ]
    context = PageContext(titles=("River barriers fail in Kestrel Bay",), authors=("Dana Quill",))
    kept = [p.text for p in strip_furniture(body, context)]
    assert kept == [ARTICLE_PARAGRAPHS[0], caption, ARTICLE_PARAGRAPHS[1]]


def test_repeats_far_apart_are_kept() -> None:
    line = "Two eggs, one cup of spinach, and a slice of toast"
    body = [Para(line), Para(ARTICLE_PARAGRAPHS[0]), Para(ARTICLE_PARAGRAPHS[1]), Para(line)]
    assert [p.text for p in strip_furniture(body)].count(line) == 2


@pytest.mark.parametrize(
    ("title", "h1", "expected"),
    [
        ("River barriers fail | Northern Ledger", None, "River barriers fail"),
        ("Northern Ledger - River barriers fail", None, "River barriers fail"),
        ("River barriers fail - ledger.example.org", None, "River barriers fail"),
        ("Kyiv - Warsaw rail link reopens", None, "Kyiv - Warsaw rail link reopens"),
        ("Opinion | Why the barriers failed | Ledger", "Why the barriers failed",
         "Why the barriers failed"),
    ],
)
def test_clean_title(title: str, h1: str | None, expected: str) -> None:
    names = site_names("Northern Ledger", "https://ledger.example.org/x")
    assert clean_title(title, names, h1) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-12T23:30:00-05:00", dt.date(2024, 3, 12)),
        ("20240312", dt.date(2024, 3, 12)),
        ("Tue, 12 Mar 2024 08:00:00 GMT", dt.date(2024, 3, 12)),
        ("March 12, 2024", dt.date(2024, 3, 12)),
        ("12 March 2024", dt.date(2024, 3, 12)),
        ("2024-02-30", None),
        ("1970-01-01", None),
        ("not a date", None),
        (None, None),
    ],
)
def test_parse_date(value: str | None, expected: dt.date | None) -> None:
    assert parse_date(value, today=dt.date(2025, 1, 1)) == expected


def test_parse_date_rejects_future_dates() -> None:
    assert parse_date("2031-05-01", today=dt.date(2025, 1, 1)) is None


def test_dek_that_repeats_the_body_lead_is_not_a_dek() -> None:
    body = [Para(ARTICLE_PARAGRAPHS[0]), Para(ARTICLE_PARAGRAPHS[1])]
    lead = ARTICLE_PARAGRAPHS[0][:90]
    assert choose_dek([lead, "Thousands flee as defences break"], body) == (
        "Thousands flee as defences break"
    )


def test_count_words_in_unspaced_scripts() -> None:
    assert count_words("two words") == 2
    assert count_words("東京で大きな地震がありました") == 7


def test_density_extractor_picks_the_prose_container() -> None:
    root = parse_html(NEWS_PAGE)
    texts = [p.text for p in density_paragraphs(dom_paragraphs(root))]
    assert [t for t in texts if t in ARTICLE_PARAGRAPHS] == list(ARTICLE_PARAGRAPHS)
    assert FURNITURE[8] not in texts  # the comment thread
    assert FURNITURE[9] not in texts  # the footer


def test_short_body_is_replaced_only_by_a_fuller_version_of_itself() -> None:
    short = [Para(ARTICLE_PARAGRAPHS[0])]
    fuller = [Para(p) for p in ARTICLE_PARAGRAPHS]
    unrelated = [Para(p) for p in (*ARTICLE_PARAGRAPHS[1:], *ARTICLE_PARAGRAPHS[1:])]
    assert better_body(short, fuller)
    assert not better_body(short, unrelated)
    long = fuller * 2
    assert not better_body(long, long * 2)  # not short: trafilatura's answer stands
