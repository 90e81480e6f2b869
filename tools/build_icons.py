"""Draw the map's site symbols (white masks; the map colours them by side).

    .venv/bin/python -m tools.build_icons

Writes static/icons/<shape>.png (filled) and <shape>_outline.png for each shape
in components.topics.sites.SHAPE_SYMBOLS.
"""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw

from components.topics.sites import SHAPE_SYMBOLS

OUT = Path(__file__).resolve().parent.parent / "static" / "icons"
SIZE = 64
SCALE = 4  # draw large, then shrink: smooth edges
WHITE = (255, 255, 255, 255)


def _polygon(shape: str, c: float, r: float) -> list[tuple[float, float]]:
    if shape == "triangle":
        return [(c, c - r), (c + r * 0.95, c + r * 0.75), (c - r * 0.95, c + r * 0.75)]
    if shape == "diamond":
        return [(c, c - r), (c + r, c), (c, c + r), (c - r, c)]
    if shape == "square":
        s = r * 0.8
        return [(c - s, c - s), (c + s, c - s), (c + s, c + s), (c - s, c + s)]
    if shape == "star":
        points = []
        for i in range(10):
            radius = r if i % 2 == 0 else r * 0.45
            angle = -math.pi / 2 + i * math.pi / 5
            points.append((c + radius * math.cos(angle), c + radius * math.sin(angle)))
        return points
    if shape == "cross":
        w = r * 0.35
        return [
            (c - w, c - r), (c + w, c - r), (c + w, c - w), (c + r, c - w), (c + r, c + w), (c + w, c + w),
            (c + w, c + r), (c - w, c + r), (c - w, c + w), (c - r, c + w), (c - r, c - w), (c - w, c - w),
        ]  # fmt: skip
    raise ValueError(shape)


def draw(shape: str, outline: bool) -> Image.Image:
    size = SIZE * SCALE
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    c, r = size / 2, size * 0.42
    width = SCALE * 7
    if shape == "circle":
        box = (c - r * 0.85, c - r * 0.85, c + r * 0.85, c + r * 0.85)
        pen.ellipse(box, fill=None if outline else WHITE, outline=WHITE, width=width if outline else 0)
    else:
        points = _polygon(shape, c, r)
        if outline:
            pen.line([*points, points[0], points[1]], fill=WHITE, width=width, joint="curve")
        else:
            pen.polygon(points, fill=WHITE)
    return image.resize((SIZE, SIZE), Image.Resampling.LANCZOS)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for shape in SHAPE_SYMBOLS:
        draw(shape, outline=False).save(OUT / f"{shape}.png")
        draw(shape, outline=True).save(OUT / f"{shape}_outline.png")


if __name__ == "__main__":
    main()
