"""`predictions.png`: the bot's avatars and name above a few of its posts, laid out as post
cards, as the established tool's thumbnail. Drawn locally with Pillow, no browser."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageOps

from twinpost.card.fonts import TextStyle

WIDTH = 1200  # px: the width social sites show previews at (1200x630 is Open Graph's size)
MARGIN = 56
PADDING = 32  # inside a post card
GAP = 20  # between post cards
MAX_LINES = 7  # per post; longer posts end in "…"
PREVIEW_POSTS = 3  # posts shown: enough to hear the voice, few enough to read at a glance

BACKGROUND = "#F1F5F9"
CARD = "#FFFFFF"
BORDER = "#E2E8F0"
INK = "#0F172A"
MUTED = "#64748B"
ACCENT = "#1D9BF0"

# Break opportunities: runs of spaces, single CJK characters (written without spaces),
# and everything else up to the next space or CJK character.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
_UNITS = re.compile(rf"\s+|[{_CJK}][\u3099\u309a\ufe0f]*|[^\s{_CJK}]+")


@dataclass
class Identity:
    """Who the bot writes as: one account (a bot) or several (a cyborg)."""

    names: list[str]
    handles: list[str]
    avatars: list[Image.Image]

    @property
    def kind(self) -> str:
        return "AI BOT" if len(self.handles) == 1 else "AI CYBORG"

    @property
    def name(self) -> str:
        return " & ".join(self.names)

    @property
    def handle_line(self) -> str:
        return "  ".join(f"@{h}" for h in self.handles)


Span = tuple[str, TextStyle]


def render_preview(identity: Identity, prompt: str, posts: list[str]) -> Image.Image:
    """The preview image for `posts`, each of which starts with `prompt`."""
    styles = _Styles()
    text_width = WIDTH - 2 * MARGIN - 2 * PADDING
    cards = [_post_lines(post, prompt, styles, text_width) for post in posts[:PREVIEW_POSTS]]
    card_heights = [_card_height(lines, styles) for lines in cards]
    header = 200
    footer = 72
    height = MARGIN + header + sum(card_heights) + GAP * len(cards) + footer
    image = Image.new("RGB", (WIDTH, max(height, 630)), BACKGROUND)
    _draw_header(image, identity, prompt, styles)
    y = MARGIN + header
    for lines, card_height in zip(cards, card_heights, strict=True):
        _draw_card(image, y, card_height, identity, lines, styles)
        y += card_height + GAP
    authors = " and ".join(f"@{h}" for h in identity.handles)
    note = f"Written by a language model trained on posts by {authors} · made with twinpost"
    styles.small.draw(image, (MARGIN, image.height - footer + 16), _fit(note, styles.small), MUTED)
    return image


class _Styles:
    def __init__(self) -> None:
        self.title = TextStyle(44, bold=True)
        self.label = TextStyle(22, bold=True)
        self.handle = TextStyle(26)
        self.name = TextStyle(26, bold=True)
        self.body = TextStyle(30)
        self.body_bold = TextStyle(30, bold=True)
        self.small = TextStyle(22)


def _draw_header(image: Image.Image, identity: Identity, prompt: str, styles: _Styles) -> None:
    size = 120
    x = _draw_avatars(image, (MARGIN, MARGIN), identity.avatars, size)
    left = x + 28
    right = WIDTH - MARGIN
    draw = ImageDraw.Draw(image)
    label = f"{identity.kind}"
    label_width = styles.label.length(label) + 28
    draw.rounded_rectangle((left, MARGIN + 2, left + label_width, MARGIN + 38), 18, fill=ACCENT)
    styles.label.draw(image, (left + 14, MARGIN + 6), label, "white")
    styles.title.draw(
        image, (left, MARGIN + 44), _fit(identity.name, styles.title, right - left), INK
    )
    handles = _fit(identity.handle_line, styles.handle, right - left)
    styles.handle.draw(image, (left, MARGIN + 104), handles, MUTED)
    caption = _fit(
        f"Posts the bot wrote, each starting “{prompt}”", styles.small, WIDTH - 2 * MARGIN
    )
    styles.small.draw(
        image, (MARGIN, MARGIN + 154), caption if prompt else "Posts the bot wrote", MUTED
    )


def _draw_avatars(
    image: Image.Image, xy: tuple[int, int], avatars: list[Image.Image], size: int
) -> int:
    """Draw overlapping round avatars from `xy`; return the x where they end."""
    x, y = xy
    overlap = size // 3
    for avatar in avatars:
        ring = size + 8
        disc = Image.new("L", (ring * 4, ring * 4), 0)
        ImageDraw.Draw(disc).ellipse((0, 0, ring * 4, ring * 4), fill=255)
        image.paste("white", (x - 4, y - 4), disc.resize((ring, ring), Image.Resampling.LANCZOS))
        circle = _circle(avatar, size)
        image.paste(circle, (x, y), circle)
        x += size - overlap
    return x + overlap


def _circle(avatar: Image.Image, size: int) -> Image.Image:
    big = ImageOps.fit(avatar.convert("RGBA"), (size * 4, size * 4), Image.Resampling.LANCZOS)
    mask = Image.new("L", big.size, 0)
    ImageDraw.Draw(mask).ellipse((0, 0, *big.size), fill=255)
    big.putalpha(mask)
    return big.resize((size, size), Image.Resampling.LANCZOS)


def _card_height(lines: list[list[Span]], styles: _Styles) -> int:
    return 2 * PADDING + 56 + 16 + len(lines) * styles.body.line_height


def _draw_card(
    image: Image.Image, top: int, height: int, identity: Identity, lines: list[list[Span]],
    styles: _Styles,
) -> None:  # fmt: skip
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle(
        (MARGIN, top, WIDTH - MARGIN, top + height), 24, fill=CARD, outline=BORDER, width=2
    )
    x = _draw_avatars(image, (MARGIN + PADDING, top + PADDING), identity.avatars, 56)
    name_x = x + 16
    room = WIDTH - MARGIN - PADDING - name_x
    name = _fit(identity.name, styles.name, room)
    styles.name.draw(image, (name_x, top + PADDING - 2), name, INK)
    handles = _fit(identity.handle_line, styles.small, room)
    styles.small.draw(image, (name_x, top + PADDING + 30), handles, MUTED)
    y = top + PADDING + 56 + 16
    for line in lines:
        x = MARGIN + PADDING
        for text, style in line:
            style.draw(image, (x, y), text, INK)
            x += style.length(text)
        y += styles.body.line_height


def _post_lines(post: str, prompt: str, styles: _Styles, width: int) -> list[list[Span]]:
    """The post as wrapped lines of spans, its prompt in bold, at most MAX_LINES."""
    prompt = prompt.strip()
    lead, rest = (
        (post[: len(prompt)], post[len(prompt) :]) if post.startswith(prompt) else ("", post)
    )
    spans: list[Span] = (
        [(lead, styles.body_bold), (rest, styles.body)] if lead else [(post, styles.body)]
    )
    lines: list[list[Span]] = []
    for paragraph in _paragraphs(spans):
        lines += wrap(paragraph, width)
    if len(lines) > MAX_LINES:
        lines = lines[:MAX_LINES]
        last_text, last_style = lines[-1][-1]
        lines[-1][-1] = (last_text.rstrip() + " …", last_style)
    return lines or [[("", styles.body)]]


def _paragraphs(spans: list[Span]) -> list[list[Span]]:
    paragraphs: list[list[Span]] = [[]]
    for text, style in spans:
        for i, part in enumerate(text.split("\n")):  # other line breaks become spaces
            if i:
                paragraphs.append([])
            if part:
                paragraphs[-1].append((part, style))
    return paragraphs


def wrap(spans: list[Span], width: float) -> list[list[Span]]:
    """Greedy line breaking at spaces and between CJK characters; long words are split."""
    lines: list[list[Span]] = [[]]
    used = 0.0
    for unit, style in _units(spans, width):
        size = style.length(unit)
        if unit.isspace():
            if lines[-1]:
                lines[-1].append((unit, style))
                used += size
            continue
        if used + size > width and lines[-1]:
            _trim(lines[-1])
            lines.append([])
            used = 0.0
        lines[-1].append((unit, style))
        used += size
    _trim(lines[-1])
    return [_merge(line) for line in lines if line]


def _units(spans: list[Span], width: float):
    for text, style in spans:
        for unit in _UNITS.findall(text):
            if unit.isspace() or style.length(unit) <= width:
                yield unit, style
            else:
                yield from ((piece, style) for piece in _split_word(unit, style, width))


def _split_word(word: str, style: TextStyle, width: float) -> list[str]:
    pieces = [""]
    for char in word:
        if pieces[-1] and style.length(pieces[-1] + char) > width:
            pieces.append("")
        pieces[-1] += char
    return pieces


def _trim(line: list[Span]) -> None:
    while line and line[-1][0].isspace():
        line.pop()


def _merge(line: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for text, style in line:
        if merged and merged[-1][1] is style:
            merged[-1] = (merged[-1][0] + text, style)
        else:
            merged.append((text, style))
    return merged


def _fit(text: str, style: TextStyle, width: float = WIDTH - 2 * MARGIN) -> str:
    """`text` on one line, cut with "…" if it is wider than `width`."""
    text = " ".join(text.split())
    if style.length(text) <= width:
        return text
    while text and style.length(text + "…") > width:
        text = text[:-1]
    return text + "…"
