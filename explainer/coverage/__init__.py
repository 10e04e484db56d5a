"""Which characters of a pack no available font can draw: Qt-free, from the fonts' own character maps."""

from explainer.coverage.check import STYLES, missing_glyphs
from explainer.coverage.fonts import FontFace, bundled_faces, faces_in, pack_faces

__all__ = ["STYLES", "FontFace", "bundled_faces", "faces_in", "missing_glyphs", "pack_faces"]
