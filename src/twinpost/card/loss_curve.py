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


def loss_curve_png(record: BotRecord) -> bytes | None:
    """The PNG of the bot's loss curve, or None when it trained fewer than two steps."""
    from PIL import ImageFont

    points = [(float(s), float(loss)) for s, loss in record.training.losses]
    if len(points) < 2:
        return None
    held = record.held_out_loss
    marks = [(points[0][0], held.get("before")), (points[-1][0], held.get("after"))]
    marks = [(s, loss) for s, loss in marks if loss is not None]
    losses = [loss for _, loss in points] + [loss for _, loss in marks]
    low, high = min(losses), max(losses)
    pad = (high - low) * 0.08 or 0.5
    low, high = low - pad, high + pad
    start, end = points[0][0], points[-1][0]
    span = (end - start) or 1.0

    def xy(seconds: float, loss: float) -> tuple[float, float]:
        x = LEFT + (seconds - start) / span * (WIDTH - LEFT - RIGHT)
        y = TOP + (high - loss) / (high - low) * (HEIGHT - TOP - BOTTOM)
        return x, y

    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(BUNDLED[False]), 13)
    for i in range(5):  # horizontal grid lines with their loss
        loss = low + (high - low) * i / 4
        _, y = xy(start, loss)
        draw.line([(LEFT, y), (WIDTH - RIGHT, y)], fill=GRID)
        draw.text((LEFT - 8, y), f"{loss:.2f}", fill=TEXT, font=font, anchor="rm")
    for seconds in (start, end):
        x, _ = xy(seconds, low)
        draw.text((x, HEIGHT - BOTTOM + 8), f"{seconds:.0f} s", fill=TEXT, font=font, anchor="mt")
    draw.line([xy(s, loss) for s, loss in points], fill=LINE, width=2)
    for s, loss in marks:
        x, y = xy(s, loss)
        draw.ellipse([x - 5, y - 5, x + 5, y + 5], fill=HELD_OUT)
    title = "training loss per step (blue), held-out loss before and after (red)"
    draw.text((LEFT, 12), title, fill=TEXT, font=font)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
