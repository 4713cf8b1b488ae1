"""`sweep.png`: each trial's objective and the best so far, drawn as the loss curve is
(card/loss_curve.py's chart: the same size, colours and font, and no plotting library)."""

from __future__ import annotations

from collections.abc import Sequence

from twinpost.card.loss_curve import HELD_OUT, LINE, Chart


def sweep_plot_png(trials: Sequence) -> bytes:
    """The PNG of the trials (objects with `number` and `objective`), in trial order: a dot
    each, the defaults' (the first) in red, and the best so far as a line."""
    points = [(t.number, t.objective) for t in sorted(trials, key=lambda t: t.number)]
    values = [v for _, v in points]
    chart = Chart((points[0][0], points[-1][0]), (min(values), max(values)), pad=0.1)
    chart.axes("{:.3f}", "trial {:.0f}",
               "objective per trial (lower is better): the defaults (red), the best so far "
               "(line)")  # fmt: skip
    best, line = float("inf"), []
    for number, value in points:
        best = min(best, value)
        line.append(chart.xy(number, best))
    if len(line) > 1:
        chart.draw.line(line, fill=LINE, width=2)
    for i, (number, value) in enumerate(points):
        chart.dot(number, value, 4, HELD_OUT if i == 0 else LINE)
    return chart.png()
