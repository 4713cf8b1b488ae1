"""`sweep.png`: each trial's objective and the best so far, drawn with Pillow as the loss
curve is (card/loss_curve.py: the same size, colours and font, and no plotting library)."""

from __future__ import annotations

import io
from collections.abc import Sequence

from PIL import Image, ImageDraw, ImageFont

from twinpost.card.fonts import BUNDLED
from twinpost.card.loss_curve import (
    BOTTOM,
    GRID,
    HEIGHT,
    HELD_OUT,
    LEFT,
    LINE,
    RIGHT,
    TEXT,
    TOP,
    WIDTH,
)  # fmt: skip


def sweep_plot_png(trials: Sequence) -> bytes:
    """The PNG of the trials (objects with `number` and `objective`), in trial order: a dot
    each, the defaults' (the first) in red, and the best so far as a line."""
    points = [(t.number, t.objective) for t in sorted(trials, key=lambda t: t.number)]
    values = [v for _, v in points]
    low, high = min(values), max(values)
    pad = (high - low) * 0.1 or 0.05
    low, high = low - pad, high + pad
    first, last = points[0][0], points[-1][0]
    span = (last - first) or 1

    def xy(number: float, value: float) -> tuple[float, float]:
        x = LEFT + (number - first) / span * (WIDTH - LEFT - RIGHT)
        y = TOP + (high - value) / (high - low) * (HEIGHT - TOP - BOTTOM)
        return x, y

    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(BUNDLED[False]), 13)
    for i in range(5):
        value = low + (high - low) * i / 4
        _, y = xy(first, value)
        draw.line([(LEFT, y), (WIDTH - RIGHT, y)], fill=GRID)
        draw.text((LEFT - 8, y), f"{value:.3f}", fill=TEXT, font=font, anchor="rm")
    for number in (first, last):
        x, _ = xy(number, low)
        draw.text((x, HEIGHT - BOTTOM + 8), f"trial {number}", fill=TEXT, font=font, anchor="mt")
    best, line = float("inf"), []
    for number, value in points:
        best = min(best, value)
        line.append(xy(number, best))
    if len(line) > 1:
        draw.line(line, fill=LINE, width=2)
    for i, (number, value) in enumerate(points):
        x, y = xy(number, value)
        draw.ellipse([x - 4, y - 4, x + 4, y + 4], fill=HELD_OUT if i == 0 else LINE)
    title = "objective per trial (lower is better): the defaults (red), the best so far (line)"
    draw.text((LEFT, 12), title, fill=TEXT, font=font)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
