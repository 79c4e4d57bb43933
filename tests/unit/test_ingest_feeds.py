"""RSS 2.0 and Atom feeds through :func:`read_sources`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from eventwire.ingest import read_sources
from eventwire.model import RawArticle, Skipped

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
 <channel>
  <title>Harbour Town Gazette</title>
  <link>https://gazette.example.invalid/</link>
  <item>
   <title>Dock workers strike over pay</title>
   <link>https://gazette.example.invalid/strike</link>
   <author>desk@gazette.example.invalid (Nora Lindgren)</author>
   <pubDate>Mon, 03 Mar 2025 22:15:00 -0500</pubDate>
   <description>&lt;p&gt;Hundreds of dock workers walked off the job on Monday &amp;amp; said
   they would not return until the port authority raised wages.&lt;/p&gt;
   &lt;p&gt;The union said the strike &lt;b&gt;would last&lt;/b&gt; a week.&lt;/p&gt;</description>
  </item>
  <item>
   <title>Council approves new bridge</title>
   <link>https://gazette.example.invalid/bridge</link>
   <description>The city council voted on Tuesday to build a second bridge across the
   river, and the mayor said work would start in the autumn.</description>
  </item>
  <item>
   <title>Entry with nothing in it</title>
   <link>https://gazette.example.invalid/empty</link>
  </item>
 </channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
 <title>Mountain Wire</title>
 <id>urn:example:mountain-wire</id>
 <updated>2025-05-02T08:00:00Z</updated>
 <entry>
  <title>Landslide blocks pass road</title>
  <id>urn:example:1</id>
  <link href="https://wire.example.invalid/landslide"/>
  <published>2025-05-02T01:30:00+05:00</published>
  <updated>2025-05-02T03:00:00+05:00</updated>
  <author><name>Tenzin Norbu</name></author>
  <summary>Short summary only.</summary>
  <content type="html">&lt;p&gt;A landslide blocked the only road over the pass on Friday,
  and the army said it would take at least three days to clear the rocks.&lt;/p&gt;</content>
 </entry>
 <entry>
  <title>Une dépêche en français</title>
  <id>urn:example:2</id>
  <updated>2025-05-03T10:00:00Z</updated>
  <content type="text">Le gouvernement a annoncé vendredi que la route serait fermée pendant
  toute la semaine prochaine pour des travaux de réparation.</content>
 </entry>
</feed>
"""


def test_rss_items_become_articles_with_metadata(tmp_path: Path) -> None:
    path = tmp_path / "gazette.rss"
    path.write_text(RSS, encoding="utf-8")
    items = list(read_sources([str(path)]))
    assert [i.locator for i in items] == [f"{path}:1", f"{path}:2", f"{path}:3"]
    strike, bridge, empty = items
    assert isinstance(strike, RawArticle)
    assert strike.title == "Dock workers strike over pay"
    assert strike.url == "https://gazette.example.invalid/strike"
    assert strike.author == "Nora Lindgren"
    assert strike.source == "Harbour Town Gazette"
    # The date as the feed wrote it (local), not feedparser's UTC (which is March 4).
    assert strike.published == dt.date(2025, 3, 3)
    assert strike.text.startswith("Hundreds of dock workers walked off the job on Monday &")
    assert "\n\nThe union said the strike would last a week." in strike.text
    assert "<" not in strike.text
    assert strike.from_html
    assert isinstance(bridge, RawArticle) and bridge.published is None
    assert bridge.text.startswith("The city council voted on Tuesday")
    assert isinstance(empty, Skipped) and empty.reason == "empty"


def test_atom_prefers_full_content_and_skips_foreign_entries(tmp_path: Path) -> None:
    path = tmp_path / "wire.atom"
    path.write_text(ATOM, encoding="utf-8")
    items = list(read_sources([str(path)], published=dt.date(2000, 1, 1)))
    landslide, french = items
    assert isinstance(landslide, RawArticle)
    assert landslide.text.startswith("A landslide blocked the only road over the pass")
    assert landslide.author == "Tenzin Norbu"
    assert landslide.url == "https://wire.example.invalid/landslide"
    assert landslide.published == dt.date(2025, 5, 2)
    assert landslide.source == "Mountain Wire"
    assert isinstance(french, Skipped) and french.reason == "not_english"


def test_feed_is_sniffed_whatever_the_extension(tmp_path: Path) -> None:
    path = tmp_path / "download.txt"
    path.write_text(RSS, encoding="utf-8")
    items = list(read_sources([str(path)]))
    assert isinstance(items[0], RawArticle)
    assert items[0].title == "Dock workers strike over pay"


def test_broken_and_empty_feeds(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xml"
    broken.write_text("<<< this is not < a feed", encoding="utf-8")
    empty = tmp_path / "empty.rss"
    empty.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Nothing'
                     "</title></channel></rss>", encoding="utf-8")
    items = list(read_sources([str(broken), str(empty)]))
    assert [(i.locator, getattr(i, "reason", None)) for i in items] == [
        (str(broken), "malformed"), (str(empty), "empty")]
