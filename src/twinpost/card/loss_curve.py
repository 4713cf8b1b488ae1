"""The training loss curve, drawn with Pillow as `loss_curve.png` for the card and web app.

Pillow, not matplotlib: the card is drawn on every machine that trains a bot, and a plotting
library for one line chart would add ~40 MB to every install. The curve is the per-step
training loss against the run's clock (seconds), with the held-out loss before and after
training as two marked points: the figure a user judges the run by.
"""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from twinpost.bot.record import BotRecord
from twinpost.card.fonts import BUNDLED

WIDTH, HEIGHT = 720, 300
LEFT, RIGHT, TOP, BOTTOM = 64, 24, 36, 44  # margins: room for the axis labels
LINE = (29, 155, 240)  # the preview's accent blue
HELD_OUT = (224, 36, 94)
GRID = (230, 234, 238)
TEXT = (83, 100, 113)


class Chart:
    """A line chart's canvas: white, a grid of five values on the left, the first and last x
    labelled below, a title above; `xy` maps data to pixels. Shared by the loss curve and
    the sweep's plot (card/sweep_plot.py)."""

    def __init__(self, xs: tuple[float, float], ys: tuple[float, float], pad: float) -> None:
        from PIL import ImageFont

        low, high = ys
        pad = (high - low) * pad or 0.5
        self.low, self.high = low - pad, high + pad
        self.start, self.end = xs
        self.image = Image.new("RGB", (WIDTH, HEIGHT), "white")
        self.draw = ImageDraw.Draw(self.image)
        self.font = ImageFont.truetype(str(BUNDLED[False]), 13)

    def xy(self, x: float, y: float) -> tuple[float, float]:
        span = (self.end - self.start) or 1.0
        return (
            LEFT + (x - self.start) / span * (WIDTH - LEFT - RIGHT),
            TOP + (self.high - y) / (self.high - self.low) * (HEIGHT - TOP - BOTTOM),
        )

    def axes(self, y_label: str, x_label: str, title: str) -> None:
        """Grid lines with their values (`y_label` formats one), the ends of x, the title."""
        draw, font = self.draw, self.font
        for i in range(5):
            value = self.low + (self.high - self.low) * i / 4
            _, y = self.xy(self.start, value)
            draw.line([(LEFT, y), (WIDTH - RIGHT, y)], fill=GRID)
            draw.text((LEFT - 8, y), y_label.format(value), fill=TEXT, font=font, anchor="rm")
        for x_value in (self.start, self.end):
            x, _ = self.xy(x_value, self.low)
            draw.text((x, HEIGHT - BOTTOM + 8), x_label.format(x_value), fill=TEXT, font=font,
                      anchor="mt")  # fmt: skip
        draw.text((LEFT, 12), title, fill=TEXT, font=font)

    def dot(self, x: float, y: float, radius: float, fill) -> None:
        px, py = self.xy(x, y)
        self.draw.ellipse([px - radius, py - radius, px + radius, py + radius], fill=fill)

    def png(self) -> bytes:
        buffer = io.BytesIO()
        self.image.save(buffer, format="PNG", optimize=True)
        return buffer.getvalue()


def loss_curve_png(record: BotRecord) -> bytes | None:
    """The PNG of the bot's loss curve, or None when it trained fewer than two steps."""
    points = [(float(s), float(loss)) for s, loss in record.training.losses]
    if len(points) < 2:
        return None
    held = record.held_out_loss
    marks = [(points[0][0], held.get("before")), (points[-1][0], held.get("after"))]
    marks = [(s, loss) for s, loss in marks if loss is not None]
    losses = [loss for _, loss in points] + [loss for _, loss in marks]
    chart = Chart((points[0][0], points[-1][0]), (min(losses), max(losses)), pad=0.08)
    chart.axes("{:.2f}", "{:.0f} s",
               "training loss per step (blue), held-out loss before and after (red)")  # fmt: skip
    chart.draw.line([chart.xy(s, loss) for s, loss in points], fill=LINE, width=2)
    for s, loss in marks:
        chart.dot(s, loss, 5, HELD_OUT)
    return chart.png()
