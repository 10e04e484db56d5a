"""Colour arithmetic without Qt: contrast ratios, colour-blindness simulation and CIEDE2000 distances.

Used by ``validate`` (lane colours a pack author chose) and by the tests of the bundled palette.
Colour-vision deficiency is simulated with Machado, Oliveira and Fernandes (2009), severity 1.0
(dichromacy), applied to linear sRGB; distance is CIEDE2000 (Sharma, Wu and Dalal 2005) in CIE Lab, D65.
"""

from __future__ import annotations

import colorsys
import math
from collections.abc import Iterable
from typing import Literal

RGB = tuple[float, float, float]
"""sRGB, each channel 0..1 (gamma-encoded, as written in ``#RRGGBB``)."""

Vision = Literal["normal", "protanopia", "deuteranopia", "tritanopia"]
VISIONS: tuple[Vision, ...] = ("normal", "protanopia", "deuteranopia", "tritanopia")

_MACHADO: dict[str, tuple[RGB, RGB, RGB]] = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
}

LANE_BACKGROUND = "#FBFAF7"
"""The diagram's background (``look.theme.standard_theme``) under a lane's tint."""
LANE_TINT_ALPHA = 52
"""The strongest tint a lane gets (selected: twice ``lane_fill_alpha``), out of 255."""
TITLE_DARKER = 125
"""The lane title is drawn in the lane colour made darker by this factor (``QColor.darker``)."""
MIN_TEXT_CONTRAST = 4.5
MIN_DISTANCE = 20.0


def parse(hex_colour: str) -> RGB:
    """``#RRGGBB`` as three 0..1 channels."""
    text = hex_colour.lstrip("#")
    return (int(text[0:2], 16) / 255, int(text[2:4], 16) / 255, int(text[4:6], 16) / 255)


def hex_of(rgb: RGB) -> str:
    return "#" + "".join(f"{round(min(max(c, 0.0), 1.0) * 255):02X}" for c in rgb)


def _linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _encoded(c: float) -> float:
    c = min(max(c, 0.0), 1.0)
    return c * 12.92 if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055


def luminance(rgb: RGB) -> float:
    """WCAG relative luminance."""
    r, g, b = (_linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: RGB, b: RGB) -> float:
    """WCAG contrast ratio, 1..21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def over(top: RGB, alpha: float, bottom: RGB) -> RGB:
    """``top`` at ``alpha`` (0..1) painted over ``bottom``."""
    return (top[0] * alpha + bottom[0] * (1 - alpha), top[1] * alpha + bottom[1] * (1 - alpha),
            top[2] * alpha + bottom[2] * (1 - alpha))


def darker(rgb: RGB, factor: int) -> RGB:
    """As ``QColor.darker(factor)``: the HSV value divided by ``factor`` / 100."""
    h, s, v = colorsys.rgb_to_hsv(*rgb)
    return colorsys.hsv_to_rgb(h, s, v * 100 / factor)


def simulate(rgb: RGB, vision: Vision) -> RGB:
    """How ``rgb`` looks to someone with ``vision`` (Machado 2009, full severity)."""
    if vision == "normal":
        return rgb
    m = _MACHADO[vision]
    lin = tuple(_linear(c) for c in rgb)
    out = tuple(sum(m[i][j] * lin[j] for j in range(3)) for i in range(3))
    return (_encoded(out[0]), _encoded(out[1]), _encoded(out[2]))


def lab(rgb: RGB) -> RGB:
    """CIE L*a*b* (D65) of an sRGB colour."""
    r, g, b = (_linear(c) for c in rgb)
    x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
    y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
    z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x), f(y), f(z)
    return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz))


def ciede2000(lab1: RGB, lab2: RGB) -> float:
    """The CIEDE2000 colour difference of two L*a*b* colours (kL = kC = kH = 1)."""
    l1, a1, b1 = lab1
    l2, a2, b2 = lab2
    c_bar = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_bar ** 7 / (c_bar ** 7 + 25 ** 7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0.0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0.0
    dlp = l2 - l1
    dcp = c2p - c1p
    if c1p * c2p == 0:
        dhp = 0.0
    elif abs(h2p - h1p) <= 180:
        dhp = h2p - h1p
    elif h2p - h1p > 180:
        dhp = h2p - h1p - 360
    else:
        dhp = h2p - h1p + 360
    dhp_big = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dhp / 2))
    lp_bar = (l1 + l2) / 2
    cp_bar = (c1p + c2p) / 2
    if c1p * c2p == 0:
        hp_bar = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        hp_bar = (h1p + h2p) / 2
    elif h1p + h2p < 360:
        hp_bar = (h1p + h2p + 360) / 2
    else:
        hp_bar = (h1p + h2p - 360) / 2
    t = (1 - 0.17 * math.cos(math.radians(hp_bar - 30)) + 0.24 * math.cos(math.radians(2 * hp_bar))
         + 0.32 * math.cos(math.radians(3 * hp_bar + 6)) - 0.20 * math.cos(math.radians(4 * hp_bar - 63)))
    d_theta = 30 * math.exp(-(((hp_bar - 275) / 25) ** 2))
    rc = 2 * math.sqrt(cp_bar ** 7 / (cp_bar ** 7 + 25 ** 7))
    sl = 1 + 0.015 * (lp_bar - 50) ** 2 / math.sqrt(20 + (lp_bar - 50) ** 2)
    sc = 1 + 0.045 * cp_bar
    sh = 1 + 0.015 * cp_bar * t
    rt = -math.sin(math.radians(2 * d_theta)) * rc
    return math.sqrt((dlp / sl) ** 2 + (dcp / sc) ** 2 + (dhp_big / sh) ** 2
                     + rt * (dcp / sc) * (dhp_big / sh))


def distance(a: str, b: str, vision: Vision = "normal") -> float:
    """CIEDE2000 between two ``#RRGGBB`` colours as someone with ``vision`` sees them."""
    return ciede2000(lab(simulate(parse(a), vision)), lab(simulate(parse(b), vision)))


def closest_pair(colours: Iterable[str]) -> tuple[float, Vision, str, str]:
    """The smallest distance between any two colours under any vision, with the vision and the pair."""
    listed = list(colours)
    best: tuple[float, Vision, str, str] = (math.inf, "normal", "", "")
    for i, a in enumerate(listed):
        for b in listed[i + 1:]:
            for vision in VISIONS:
                d = distance(a, b, vision)
                if d < best[0]:
                    best = (d, vision, a, b)
    return best


def lane_text_contrasts(colour: str) -> dict[str, float]:
    """The contrast of each text a lane heading draws with ``colour``: the white number on its badge, the title."""
    rgb = parse(colour)
    tint = over(rgb, LANE_TINT_ALPHA / 255, parse(LANE_BACKGROUND))
    return {
        "number": contrast((1.0, 1.0, 1.0), rgb),
        "title": contrast(darker(rgb, TITLE_DARKER), tint),
    }


def check_lane_colours(pathways: list[tuple[str, str]]) -> list[tuple[int, str]]:
    """Warnings for a pack's lanes, given as (id, colour): text that is hard to read, colours too alike.

    Returns (index in the list, message): the number and title a heading draws with the colour need
    4.5:1, and every two lanes need a CIEDE2000 distance of 20 for normal vision and each simulated
    colour-vision deficiency.
    """
    found: list[tuple[int, str]] = []
    for i, (pathway_id, colour) in enumerate(pathways):
        for what, ratio in lane_text_contrasts(colour).items():
            if ratio < MIN_TEXT_CONTRAST:
                shown = "the white number on its badge" if what == "number" else "its title (the colour darkened)"
                found.append((i, f"lane '{pathway_id}' colour {colour}: {shown} has contrast {ratio:.1f}:1, "
                                 f"less than {MIN_TEXT_CONTRAST}:1; choose a darker colour"))
        for other_id, other in pathways[:i]:
            for vision in VISIONS:
                d = distance(colour, other, vision)
                if d < MIN_DISTANCE:
                    seen = "for everyone" if vision == "normal" else f"with {vision}"
                    found.append((i, f"lane '{pathway_id}' colour {colour} is too close to lane '{other_id}' "
                                     f"({other}) {seen}: CIEDE2000 {d:.1f}, less than {MIN_DISTANCE:.0f}"))
                    break
    return found
