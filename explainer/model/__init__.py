"""The content model: typed, validated, immutable, and free of Qt."""

from explainer.model.loader import check_pack, load_pack
from explainer.model.pack import Pack, Words
from explainer.model.problems import ContentError, Problem

__all__ = ["ContentError", "Pack", "Problem", "Words", "check_pack", "load_pack"]
