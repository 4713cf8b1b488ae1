"""Post HTML (Mastodon, ActivityPub) to plain text.

Hand-written on the standard library's HTMLParser because the job is small and specific:
paragraphs and line breaks are kept, a link becomes its full URL text (Mastodon hides part
of it in `<span class="invisible">`, which we keep), mentions and hashtags keep their text,
and character references are decoded. A general HTML-to-text library would also apply
Markdown or layout rules we would then have to undo.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK_TAGS = {"p", "div", "blockquote", "li", "ul", "ol", "pre", "h1", "h2", "h3", "h4"}


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_to_text(html: str) -> str:
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    text = "".join(collector.parts)
    text = re.sub(r"[ \t\r\f\v]*\n[ \t\r\f\v]*", "\n", text)  # trim around line breaks
    text = re.sub(r"\n{3,}", "\n\n", text)  # a paragraph break is one blank line
    return text.strip()
