"""A web page → :class:`~eventwire.model.RawArticle`: article body and metadata.

Steps, each in its own module:

1. bytes → text (:mod:`html_decode`), text → tree (:mod:`html_tree`);
2. trafilatura finds the body (:mod:`html_trafilatura`);
   its XML is rendered to paragraphs (:mod:`html_render`);
3. body paragraphs it missed in split containers are put back (:mod:`html_merge`);
   when it found nothing, or a short body that our density extractor finds more
   fully, ours takes over (:mod:`html_fallback`);
4. furniture lines are dropped (:mod:`html_furniture`);
5. metadata is read from the page, trafilatura's guesses filling gaps (:mod:`html_meta`).
"""

from __future__ import annotations

from eventwire.errors import BinaryInput, EmptyInput, MalformedInput
from eventwire.ingest.decode import SNIFF_BYTES, control_share, magic_name
from eventwire.ingest.html_decode import decode_html
from eventwire.ingest.html_dek import choose_dek
from eventwire.ingest.html_dom import dom_paragraphs
from eventwire.ingest.html_fallback import better_body, density_paragraphs, is_short
from eventwire.ingest.html_furniture import PageContext, strip_furniture
from eventwire.ingest.html_merge import add_missing_paragraphs
from eventwire.ingest.html_meta import read_meta
from eventwire.ingest.html_para import Para, join_paras
from eventwire.ingest.html_render import render_body
from eventwire.ingest.html_trafilatura import metadata_guesser, trafilatura_body
from eventwire.ingest.html_tree import parse_html
from eventwire.model import RawArticle

#: Share of control bytes (NUL included) above which bytes are not a page. Higher than
#: for plain text: pages with a few stray NULs from a broken CMS are still pages.
MAX_CONTROL_SHARE = 0.05

#: A body needs this many words in all, and one paragraph of at least
#: ``MIN_PARAGRAPH_WORDS``; below that the page is a list of links, not an article.
MIN_BODY_WORDS = 15
MIN_PARAGRAPH_WORDS = 8


def extract_html(html: bytes | str, url: str | None = None, locator: str = "<html>") -> RawArticle:
    """Article body and metadata of one web page.

    ``text`` holds the body paragraphs separated by blank lines, without headline,
    byline, captions or page furniture. Raises :class:`EmptyInput` for an empty
    page, :class:`BinaryInput` for bytes that are not text (an image, a PDF) and
    :class:`MalformedInput` when the page has no article body.
    """
    if not html or (isinstance(html, bytes) and not html.strip()):
        raise EmptyInput("the page is empty")
    if isinstance(html, bytes) and (reason := _binary_reason(html[:SNIFF_BYTES])) is not None:
        raise BinaryInput(f"not a web page: {reason}")
    text = decode_html(html)
    root = parse_html(text)
    body = trafilatura_body(root, url)
    meta = read_meta(root, url, metadata_guesser(root, url))
    dom = dom_paragraphs(root)
    paras = add_missing_paragraphs(render_body(body), dom) if body is not None else []
    if is_short(paras):
        own = density_paragraphs(dom)
        if not paras or better_body(paras, own):
            paras = own
    context = PageContext(
        titles=meta.headlines,
        authors=tuple(a.strip() for a in (meta.author or "").split(",") if a.strip()),
    )
    paras = strip_furniture(paras, context)
    if not _is_article(paras):
        raise MalformedInput("no article body found in the page")
    return RawArticle(
        text=join_paras(paras),
        locator=locator,
        title=meta.title,
        dek=choose_dek(meta.dek_candidates, paras),
        url=meta.url,
        author=meta.author,
        published=meta.published,
        source=meta.site_name,
        from_html=True,
    )


def _is_article(paras: list[Para]) -> bool:
    words = sum(p.words for p in paras)
    return words >= MIN_BODY_WORDS and any(p.words >= MIN_PARAGRAPH_WORDS for p in paras)


def _binary_reason(head: bytes) -> str | None:
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return None  # UTF-16 is full of NULs; a byte-order mark says it is text
    if (name := magic_name(head)) is not None:
        return f"starts like a {name} file"
    if (share := control_share(head)) > MAX_CONTROL_SHARE:
        return f"{share:.0%} of the bytes are control characters"
    return None
