"""Draw the Teams app icons (color.png 192x192, outline.png 32x32) with only zlib and struct.

The mark is a path that forks in two: parting ways, calmly. Run it again only
to change the design: python teams/make_icons.py
"""
from __future__ import annotations

import math
import struct
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
BACKGROUND = (38, 87, 140)   # a calm slate blue
WHITE = (255, 255, 255)
# The fork in unit coordinates (0..1, y down): a stem rising to a split, then two branches.
STROKES = [((0.5, 0.84), (0.5, 0.52)), ((0.5, 0.52), (0.27, 0.2)), ((0.5, 0.52), (0.73, 0.2))]


def _distance_to_segment(px: float, py: float, a: tuple, b: tuple) -> float:
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def _ink(size: int, x: int, y: int, width: float) -> float:
    """How much of pixel (x, y) the fork covers, 0..1, with a one-pixel soft edge."""
    px, py = (x + 0.5) / size, (y + 0.5) / size
    nearest = min(_distance_to_segment(px, py, a, b) for a, b in STROKES) * size
    return max(0.0, min(1.0, width / 2 - nearest + 0.5))


def draw(size: int, width: float, background: tuple | None) -> list[bytes]:
    rows = []
    for y in range(size):
        row = bytearray()
        for x in range(size):
            ink = _ink(size, x, y, width)
            if background is None:
                row += bytes((*WHITE, round(255 * ink)))
            else:
                row += bytes(round(b + (w - b) * ink) for b, w in zip(background, WHITE)) + b"\xff"
        rows.append(bytes(row))
    return rows


def png(rows: list[bytes]) -> bytes:
    """An 8-bit RGBA PNG: signature, IHDR, one IDAT, IEND."""
    height, width = len(rows), len(rows[0]) // 4

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    pixels = zlib.compress(b"".join(b"\x00" + row for row in rows), 9)  # filter type 0 on every row
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def main() -> None:
    (HERE / "color.png").write_bytes(png(draw(192, width=22, background=BACKGROUND)))
    (HERE / "outline.png").write_bytes(png(draw(32, width=3.2, background=None)))


if __name__ == "__main__":
    main()
