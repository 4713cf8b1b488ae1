"""Fonts for the preview image: text in any script and color emoji, drawn with Pillow.

twinpost ships DejaVu Sans (regular and bold, 1.4 MB, Bitstream Vera license, see
DejaVu-LICENSE.txt): Latin, Greek, Cyrillic, Arabic, Hebrew and many symbols. For the rest,
Chinese, Japanese, Korean, Thai and color emoji, it looks for fonts the system already has
(Noto CJK and Noto Color Emoji on Linux, Apple's and Microsoft's on macOS and Windows) and
picks a font per character: the first in the chain whose character map has it. A character
no font has is drawn as the bundled font's missing-glyph box. On Debian or Ubuntu,
`apt-get install fonts-noto-cjk fonts-noto-color-emoji` gives the image every script.

Color emoji fonts are bitmap fonts with fixed sizes (Noto Color Emoji: 109 px only), so emoji
are drawn at their native size and scaled to the text.
"""

from __future__ import annotations

import functools
import os
import re
import struct
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).parent
BUNDLED = {False: HERE / "DejaVuSans.ttf", True: HERE / "DejaVuSans-Bold.ttf"}

# Where systems keep fonts: Linux, macOS, Windows.
FONT_DIRS = (
    "/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts",
    "/System/Library/Fonts", "/Library/Fonts", "~/Library/Fonts", "C:/Windows/Fonts",
)  # fmt: skip
# Fallbacks for what DejaVu lacks, in order of preference, by file name.
EMOJI_FONT_FILES = ("NotoColorEmoji.ttf", "Apple Color Emoji.ttc", "seguiemj.ttf")
TEXT_FONT_FILES = (
    "NotoSansCJK-Regular.ttc", "NotoSansCJKjp-Regular.otf", "NotoSansCJK.ttc",
    "Hiragino Sans GB.ttc", "PingFang.ttc", "YuGothR.ttc", "msgothic.ttc", "msyh.ttc",
    "malgun.ttf", "DroidSansFallbackFull.ttf", "NotoSansThai-Regular.ttf", "Tahoma.ttf",
    "NotoSans-Regular.ttf", "Arial Unicode.ttf",
)  # fmt: skip
# Where a fallback has a bold sibling, bold text uses it.
BOLD_FILES = {
    "NotoSansCJK-Regular.ttc": "NotoSansCJK-Bold.ttc",
    "NotoSansThai-Regular.ttf": "NotoSansThai-Bold.ttf",
    "NotoSans-Regular.ttf": "NotoSans-Bold.ttf",
}
# Sizes color emoji fonts carry bitmaps for: Noto (109), Apple (160, 96, 64); scalable ones
# (Segoe UI Emoji) take any.
EMOJI_NATIVE_SIZES = (109, 160, 96, 64)

# Characters that belong to the character before them: zero-width joiner, variation
# selectors, skin tones, keycap, tags (flag sequences); combining marks are found by category.
_JOINERS = re.compile("[\u200d\ufe00-\ufe0f\U0001f3fb-\U0001f3ff\u20e3\U000e0020-\U000e007f]")
_EMOJI_PRESENTATION = "\ufe0f"
# Control characters, lone surrogates, line and paragraph separators: layout refuses them.
_CONTROLS = ("Cc", "Cs", "Zl", "Zp")


@dataclass(frozen=True)
class Face:
    """One font file at one size; `native` is the size it is rendered at (emoji bitmaps)."""

    path: Path
    index: int
    size: int
    native: int
    is_emoji: bool

    @property
    def font(self) -> ImageFont.FreeTypeFont:
        return _load(self.path, self.index, self.native)

    @property
    def scale(self) -> float:
        return self.size / self.native

    def length(self, text: str) -> float:
        return self.font.getlength(text) * self.scale


class TextStyle:
    """A size and weight with its font chain: measures and draws text in any script."""

    def __init__(self, size: int, bold: bool = False) -> None:
        self.size = size
        self.primary = Face(BUNDLED[bold], 0, size, size, False)
        self.fallbacks = [Face(p, i, size, size, False) for p, i in text_font_files(bold)]
        self.emoji = [Face(p, i, size, n, True) for p, i, n in emoji_font_files()]

    @property
    def line_height(self) -> int:
        return round(self.size * 1.35)  # room for accents and CJK; 1.2-1.5 reads well

    def runs(self, text: str) -> list[tuple[str, Face]]:
        """`text` cut into runs that one font draws (control characters become spaces)."""
        text = "".join(" " if unicodedata.category(c) in _CONTROLS else c for c in text)
        runs: list[tuple[str, Face]] = []
        for i, char in enumerate(text):
            if runs and _joins_previous(char):
                runs[-1] = (runs[-1][0] + char, runs[-1][1])
                continue
            wants_emoji = _is_emoji(char, text[i + 1 : i + 2])
            face = self.face_for(char, wants_emoji)
            if runs and runs[-1][1] == face:
                runs[-1] = (runs[-1][0] + char, face)
            else:
                runs.append((char, face))
        return runs

    def face_for(self, char: str, wants_emoji: bool) -> Face:
        chain = [self.primary, *self.fallbacks]
        chain = [*self.emoji, *chain] if wants_emoji else [*chain, *self.emoji]
        code = ord(char)
        if char.isspace():
            return self.primary
        return next((f for f in chain if code in codepoints(f.path, f.index)), self.primary)

    def length(self, text: str) -> float:
        return sum(face.length(run) for run, face in self.runs(text))

    def draw(self, image: Image.Image, xy: tuple[float, float], text: str, fill) -> None:
        """Draw `text` with its top-left at `xy`; the baseline is shared by every run."""
        x, top = xy
        baseline = top + self.primary.font.getmetrics()[0]
        draw = ImageDraw.Draw(image)
        for run, face in self.runs(text):
            if face.is_emoji:
                _paste_emoji(image, (x, baseline), run, face)
            else:
                draw.text((x, baseline), run, font=face.font, fill=fill, anchor="ls")
            x += face.length(run)


def _paste_emoji(image: Image.Image, origin: tuple[float, float], run: str, face: Face) -> None:
    font = face.font
    ascent, descent = font.getmetrics()
    width = max(1, round(font.getlength(run)))
    glyphs = Image.new("RGBA", (width, ascent + descent), (0, 0, 0, 0))
    ImageDraw.Draw(glyphs).text((0, 0), run, font=font, embedded_color=True)
    size = (max(1, round(width * face.scale)), max(1, round((ascent + descent) * face.scale)))
    glyphs = glyphs.resize(size, Image.Resampling.LANCZOS)
    x, baseline = origin
    # Sit the emoji on the baseline, its bottom a little below it as letters' descenders are.
    top = round(baseline - ascent * face.scale)
    image.paste(glyphs, (round(x), top), glyphs)


def _joins_previous(char: str) -> bool:
    return bool(_JOINERS.match(char)) or unicodedata.category(char) in ("Mn", "Me")


def _is_emoji(char: str, following: str) -> bool:
    code = ord(char)
    # Pictographs, emoticons, transport, flags (regional indicators) and their supplements;
    # older symbols (U+2600 sun) are emoji only when followed by the emoji selector.
    return 0x1F000 <= code <= 0x1FAFF or following == _EMOJI_PRESENTATION


@functools.cache
def _load(path: Path, index: int, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), size, index=index)


@functools.cache
def system_fonts() -> dict[str, Path]:
    """File name -> path of every font file in the system's font folders."""
    found: dict[str, Path] = {}
    for folder in FONT_DIRS:
        root = Path(folder).expanduser()
        if not root.is_dir():
            continue
        for dirpath, _, names in os.walk(root):
            for name in names:
                if name.lower().endswith((".ttf", ".otf", ".ttc")):
                    found.setdefault(name, Path(dirpath) / name)
    return found


@functools.cache
def text_font_files(bold: bool = False) -> tuple[tuple[Path, int], ...]:
    """(path, face index) of the system's fonts for scripts DejaVu lacks, in order."""
    fonts = system_fonts()
    names = [
        BOLD_FILES.get(n, n) if bold and BOLD_FILES.get(n) in fonts else n for n in TEXT_FONT_FILES
    ]
    return tuple((fonts[n], 0) for n in names if n in fonts and _loads(fonts[n], 24))


@functools.cache
def emoji_font_files() -> tuple[tuple[Path, int, int], ...]:
    """(path, face index, native size) of the system's color emoji fonts."""
    fonts = system_fonts()
    found = []
    for name in EMOJI_FONT_FILES:
        if name not in fonts:
            continue
        size = next((s for s in EMOJI_NATIVE_SIZES if _loads(fonts[name], s)), None)
        if size is not None:
            found.append((fonts[name], 0, size))
    return tuple(found)


def _loads(path: Path, size: int) -> bool:
    try:
        _load(path, 0, size)
    except OSError:  # a bitmap font without this size, or a file FreeType cannot read
        return False
    return True


@functools.cache
def codepoints(path: Path, index: int = 0) -> frozenset[int]:
    """The characters a font file has glyphs for, read from its `cmap` table."""
    try:
        with path.open("rb") as f:
            return frozenset(_read_cmap(f, index))
    except (OSError, struct.error, ValueError):
        return frozenset()


def _read_cmap(f, index: int) -> set[int]:
    def read(offset: int, fmt: str) -> tuple:
        f.seek(offset)
        return struct.unpack(fmt, f.read(struct.calcsize(fmt)))

    start = 0
    if read(0, ">4s")[0] == b"ttcf":  # a collection: pick the face's table directory
        count = read(8, ">I")[0]
        start = read(12, f">{count}I")[min(index, count - 1)]
    tables = read(start + 4, ">H")[0]
    records = [read(start + 12 + 16 * i, ">4sIII") for i in range(tables)]
    cmap = next((offset for tag, _, offset, _ in records if tag == b"cmap"), None)
    if cmap is None:
        raise ValueError("no cmap table")
    subtables = {}
    for i in range(read(cmap + 2, ">H")[0]):
        platform, encoding, offset = read(cmap + 4 + 8 * i, ">HHI")
        subtables[(platform, encoding)] = cmap + offset
    # Unicode subtables, full repertoire (format 12) first, then the BMP (format 4).
    for key in ((3, 10), (0, 6), (0, 4), (3, 1), (0, 3), (0, 2), (0, 1), (0, 0)):
        if key in subtables:
            at = subtables[key]
            kind = read(at, ">H")[0]
            if kind == 12:
                return _format12(read, at)
            if kind == 4:
                return _format4(read, at)
    raise ValueError("no Unicode cmap subtable")


def _format12(read, at: int) -> set[int]:
    groups = read(at + 12, ">I")[0]
    chars: set[int] = set()
    for i in range(groups):
        first, last, _ = read(at + 16 + 12 * i, ">III")
        chars.update(range(first, last + 1))
    return chars


def _format4(read, at: int) -> set[int]:
    segments = read(at + 6, ">H")[0] // 2
    ends = read(at + 14, f">{segments}H")
    starts = read(at + 16 + 2 * segments, f">{segments}H")
    deltas = read(at + 16 + 4 * segments, f">{segments}h")
    range_at = at + 16 + 6 * segments
    offsets = read(range_at, f">{segments}H")
    chars: set[int] = set()
    for i, (first, last) in enumerate(zip(starts, ends, strict=True)):
        for code in range(first, min(last, 0xFFFE) + 1):
            if offsets[i] == 0:
                glyph = (code + deltas[i]) & 0xFFFF
            else:
                glyph = read(range_at + 2 * i + offsets[i] + 2 * (code - first), ">H")[0]
            if glyph:
                chars.add(code)
    return chars
