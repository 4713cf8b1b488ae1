"""The model card as HTML for the web app, rendered from its Markdown by markdown-it-py.

Raw HTML is off (`html=False`): a `<script>` or an `<img onerror=...>` anywhere in the card,
in a post or a display name, reaches the page as text. The card's own markup is not HTML the
page needs: its YAML front matter and the avatar block at its top are for the Hub (the web app
shows the preview image instead), so both are dropped, and `<br>`, the only tag the card
writes inside a post (`card/render.md_lines`), becomes a line break. Images are left out (the
page shows predictions.png and loss_curve.png in figures of their own, fetched with the
token), and so are links that are not to a web page (`LICENSE.md` is a file of the folder).
"""

from __future__ import annotations

import re
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
# The card's avatar block (model_card.md.j2): an HTML block, which ends at a blank line.
_AVATAR_BLOCK = re.compile(r"\A\s*<div\b.*?(?:\n[ \t]*\n|\Z)", re.DOTALL)
_LINE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_WEB_LINK = re.compile(r"^https?://", re.IGNORECASE)


def card_html(markdown: str) -> str:
    """The HTML of the model card `markdown`, for the page's card section."""
    text = _FRONT_MATTER.sub("", markdown.replace("\r\n", "\n"), count=1)
    return _renderer().render(_AVATAR_BLOCK.sub("", text, count=1))


@cache
def _renderer() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False}).enable("table")
    md.inline.ruler.before("autolink", "card_line_break", _line_break)
    md.core.ruler.push("card_headings", _headings_below_the_page)
    md.core.ruler.push("card_links", _web_links_only)
    md.core.ruler.push("card_images", _no_images)
    md.core.ruler.push("card_table_heads", _no_blank_table_heads)
    md.core.ruler.push("card_alignment", _alignment_as_class)
    return md


def _line_break(state: StateInline, silent: bool) -> bool:
    match = _LINE_BREAK.match(state.src, state.pos)
    if match is None:
        return False
    if not silent:
        state.push("hardbreak", "br", 0)
    state.pos = match.end()
    return True


def _headings_below_the_page(state: StateCore) -> None:
    """The card's `#` is a section of the page, below its h1 and the step's h2."""
    for token in state.tokens:
        if token.type in ("heading_open", "heading_close"):
            token.tag = f"h{min(int(token.tag[1]) + 1, 6)}"


def _web_links_only(state: StateCore) -> None:
    for block in state.tokens:
        if block.children is None:
            continue
        kept, dropped = [], []
        for token in block.children:
            if token.type == "link_open":
                href = str(token.attrGet("href") or "")
                dropped.append(not _WEB_LINK.match(href))
                if dropped[-1]:
                    continue
                token.attrSet("rel", "noopener noreferrer")
            elif token.type == "link_close" and dropped.pop():
                continue
            kept.append(token)
        block.children = kept


def _no_images(state: StateCore) -> None:
    """Images out, and the paragraphs that held nothing else."""
    for block in state.tokens:
        if block.children is not None:
            block.children = [t for t in block.children if t.type != "image"]
    tokens, kept, i = state.tokens, [], 0
    while i < len(tokens):
        if tokens[i].type == "paragraph_open" and _blank(tokens[i + 1]):
            i += 3  # paragraph_open, its inline, paragraph_close
            continue
        kept.append(tokens[i])
        i += 1
    state.tokens = kept


def _no_blank_table_heads(state: StateCore) -> None:
    """The card's two-column tables have an empty header row (`| | |`): left out."""
    tokens, kept, i = state.tokens, [], 0
    while i < len(tokens):
        if tokens[i].type == "thead_open":
            end = next(j for j in range(i, len(tokens)) if tokens[j].type == "thead_close")
            if all(_blank(t) for t in tokens[i:end] if t.type == "inline"):
                i = end + 1
                continue
        kept.append(tokens[i])
        i += 1
    state.tokens = kept


def _blank(inline: Token) -> bool:
    return not "".join(t.content for t in inline.children or []).strip()


def _alignment_as_class(state: StateCore) -> None:
    """A table column's alignment as a class: the page's policy refuses inline styles."""
    for token in state.tokens:
        style = str(token.attrs.pop("style", "") if token.attrs else "")
        if match := re.fullmatch(r"text-align:(left|right|center)", style):
            token.attrJoin("class", f"align-{match.group(1)}")
