"""Draw the face map: writes ``face.svg`` and ``regions.json`` into ``resources/face_map/``.

The drawing is designed here, once, as smooth closed curves through a few hand-placed control
points on a 400 × 500 canvas (a front view, the patient facing the viewer, so the patient's
right side is on the viewer's left). Each curve is sampled into a dense polygon; the SVG draws
exactly those polygons and the JSON stores them normalised to 0–1, so what the practitioner
sees and what the widget hit-tests can never disagree. Run it after changing a shape:

    .venv/bin/python tools/make_face_map.py
"""

from __future__ import annotations

import json
from pathlib import Path

WIDTH, HEIGHT = 400.0, 500.0
SAMPLES_PER_SEGMENT = 6
OUT = Path(__file__).resolve().parent.parent / "resources" / "face_map"

Point = tuple[float, float]


def mirror(points: list[Point]) -> list[Point]:
    """The same shape on the other side of the face (the canvas's vertical midline)."""
    return [(WIDTH - x, y) for x, y in reversed(points)]


def symmetric_outline(half: list[Point]) -> list[Point]:
    """A closed shape from its viewer-left half, top to bottom, both ends on the midline."""
    return half + mirror(half)[1:-1]


# Viewer-left half of the face outline, from the top of the forehead down to the chin.
FACE_HALF: list[Point] = [
    (200, 36),
    (142, 44),
    (98, 70),
    (70, 112),
    (58, 165),
    (60, 222),
    (66, 282),
    (78, 336),
    (100, 386),
    (130, 426),
    (164, 452),
    (200, 462),
]

# Regions in the patient's terms: "right" is drawn on the viewer's left.
TEMPLE_RIGHT: list[Point] = [(76, 118), (104, 104), (112, 150), (110, 192), (72, 206), (66, 160)]
CHEEK_RIGHT: list[Point] = [
    (74, 232),
    (112, 226),
    (146, 240),
    (168, 262),
    (166, 308),
    (146, 328),
    (110, 326),
    (82, 296),
]
JAW_RIGHT: list[Point] = [
    (84, 338),
    (108, 346),
    (136, 352),
    (140, 392),
    (150, 424),
    (132, 416),
    (108, 390),
    (92, 364),
]
REGIONS: dict[str, list[Point]] = {
    "forehead": [
        (122, 84),
        (160, 64),
        (200, 58),
        (240, 64),
        (278, 84),
        (290, 124),
        (282, 158),
        (240, 150),
        (200, 156),
        (160, 150),
        (118, 158),
        (110, 124),
    ],
    "temple_right": TEMPLE_RIGHT,
    "temple_left": mirror(TEMPLE_RIGHT),
    "cheek_right": CHEEK_RIGHT,
    "cheek_left": mirror(CHEEK_RIGHT),
    "nose": [
        (190, 196),
        (210, 196),
        (216, 250),
        (232, 290),
        (224, 312),
        (200, 318),
        (176, 312),
        (168, 290),
        (184, 250),
    ],
    "perioral": [
        (174, 330),
        (200, 326),
        (226, 330),
        (252, 352),
        (252, 388),
        (232, 410),
        (200, 414),
        (168, 410),
        (148, 388),
        (148, 352),
    ],
    "chin": [
        (170, 424),
        (200, 420),
        (230, 424),
        (244, 438),
        (224, 452),
        (200, 456),
        (176, 452),
        (156, 438),
    ],
    "jawline_right": JAW_RIGHT,
    "jawline_left": mirror(JAW_RIGHT),
}

# Features drawn as plain strokes (not regions): brows, eyes, nose, lips, ears.
BROW_RIGHT = "M 112 176 C 128 162, 156 160, 178 170"
EYE_RIGHT = "M 118 204 C 132 190, 160 190, 174 204 C 160 214, 132 214, 118 204 Z"
IRIS_RIGHT = (146, 203, 7)
NOSE_LINES = [
    "M 190 196 C 188 230, 182 262, 174 290",
    "M 210 196 C 212 230, 218 262, 226 290",
    "M 170 300 C 178 314, 190 312, 200 316 C 210 312, 222 314, 230 300",
]
LIPS = [
    "M 166 372 C 180 360, 192 362, 200 366 C 208 362, 220 360, 234 372",
    "M 166 372 C 184 378, 216 378, 234 372",
    "M 166 372 C 180 394, 220 394, 234 372",
]
EAR_RIGHT = "M 60 196 C 44 186, 34 206, 38 232 C 42 258, 52 276, 66 280"


def _catmull_rom(points: list[Point]) -> list[Point]:
    """A smooth closed curve through ``points``, sampled as a polygon."""
    out: list[Point] = []
    count = len(points)
    for i in range(count):
        p0, p1, p2, p3 = (points[(i + k) % count] for k in (-1, 0, 1, 2))
        for step in range(SAMPLES_PER_SEGMENT):
            t = step / SAMPLES_PER_SEGMENT
            t2, t3 = t * t, t * t * t
            out.append(
                tuple(  # type: ignore[arg-type]
                    0.5
                    * (
                        2 * p1[k]
                        + (-p0[k] + p2[k]) * t
                        + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2
                        + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3
                    )
                    for k in (0, 1)
                )
            )
    return out


def _centroid(polygon: list[Point]) -> Point:
    """Area centroid (where a count badge sits), not the vertex mean, so it stays inside."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(polygon, polygon[1:] + polygon[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    area /= 2
    return cx / (6 * area), cy / (6 * area)


def _path(polygon: list[Point]) -> str:
    head, *rest = polygon
    lines = " ".join(f"L {x:.1f} {y:.1f}" for x, y in rest)
    return f"M {head[0]:.1f} {head[1]:.1f} {lines} Z"


def _norm(point: Point) -> list[float]:
    return [round(point[0] / WIDTH, 4), round(point[1] / HEIGHT, 4)]


def build() -> tuple[str, dict[str, object]]:
    outline = _catmull_rom(symmetric_outline(FACE_HALF))
    shapes = {name: _catmull_rom(points) for name, points in REGIONS.items()}
    ix, iy, ir = IRIS_RIGHT
    mirrored = f'transform="matrix(-1 0 0 1 {WIDTH:g} 0)"'
    features = "\n".join(
        [
            f'    <path d="{BROW_RIGHT}" class="brow"/>',
            f'    <path d="{BROW_RIGHT}" class="brow" {mirrored}/>',
            f'    <path d="{EYE_RIGHT}" class="eye"/>',
            f'    <path d="{EYE_RIGHT}" class="eye" {mirrored}/>',
            f'    <circle cx="{ix}" cy="{iy}" r="{ir}" class="iris"/>',
            f'    <circle cx="{WIDTH - ix:g}" cy="{iy}" r="{ir}" class="iris"/>',
            *(f'    <path d="{d}" class="line"/>' for d in NOSE_LINES),
            *(f'    <path d="{d}" class="lip"/>' for d in LIPS),
        ]
    )
    regions = "\n".join(
        f'    <path id="region-{name}" d="{_path(polygon)}" class="region"/>'
        for name, polygon in shapes.items()
    )
    svg = f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- ScarDesk face map, front view (patient facing the viewer). Generated by
     tools/make_face_map.py from the same polygons as regions.json: edit the tool, not this. -->
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH:g} {HEIGHT:g}"
     width="{WIDTH:g}" height="{HEIGHT:g}">
  <style>
    .ear {{ fill: #f7f1ec; stroke: #7a858c; stroke-width: 2; }}
    .face {{ fill: #fbf7f3; stroke: #5b6770; stroke-width: 2.5; }}
    .neck {{ fill: none; stroke: #7a858c; stroke-width: 2; stroke-linecap: round; }}
    .region {{ fill: #e3f1ef; fill-opacity: 0.55; stroke: #7fb8b0; stroke-width: 1.2;
               stroke-dasharray: 4 3; }}
    .brow {{ fill: none; stroke: #6b767d; stroke-width: 3; stroke-linecap: round; }}
    .eye {{ fill: #ffffff; stroke: #6b767d; stroke-width: 1.6; }}
    .iris {{ fill: #9aa5ab; }}
    .line {{ fill: none; stroke: #8a959c; stroke-width: 1.6; stroke-linecap: round; }}
    .lip {{ fill: none; stroke: #9c7f7a; stroke-width: 1.8; stroke-linecap: round; }}
  </style>
  <g id="head">
    <path d="{EAR_RIGHT}" class="ear"/>
    <path d="{EAR_RIGHT}" class="ear" {mirrored}/>
    <path d="M 150 452 C 152 474, 150 490, 146 500" class="neck"/>
    <path d="M 150 452 C 152 474, 150 490, 146 500" class="neck" {mirrored}/>
    <path id="outline" d="{_path(outline)}" class="face"/>
  </g>
  <g id="regions">
{regions}
  </g>
  <g id="features">
{features}
  </g>
</svg>
"""
    data: dict[str, object] = {
        "about": (
            "Face map regions (clinical reference 2), front view with the patient facing the "
            "viewer. Coordinates are fractions of the drawing's width and height. Generated by "
            "tools/make_face_map.py together with face.svg."
        ),
        "aspect": WIDTH / HEIGHT,
        "outline": [_norm(p) for p in outline],
        "regions": {
            name: {"polygon": [_norm(p) for p in polygon], "anchor": _norm(_centroid(polygon))}
            for name, polygon in shapes.items()
        },
    }
    return svg, data


def main() -> None:
    svg, data = build()
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "face.svg").write_text(svg, encoding="utf-8")
    (OUT / "regions.json").write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(OUT / "face.svg")
    print(OUT / "regions.json")


if __name__ == "__main__":
    main()
