"""The indicator vocabulary (codebook.yaml, a copy of ../shared/codebook.yaml that may only grow)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

__all__ = ["Dimension", "Indicator", "dimensions", "indicator", "indicators", "label"]


@dataclass(frozen=True)
class Indicator:
    name: str
    dimension: str
    unit: str
    en: str
    vi: str
    definition: str

    def label(self, lang: str = "en") -> str:
        return self.vi if lang == "vi" else self.en


@dataclass(frozen=True)
class Dimension:
    name: str
    en: str
    vi: str

    def label(self, lang: str = "en") -> str:
        return self.vi if lang == "vi" else self.en


@cache
def _load() -> dict:
    text = resources.files("analysis").joinpath("codebook.yaml").read_text(encoding="utf-8")
    # libyaml's safe loader when PyYAML was built with it (the wheels are): ten times faster than the
    # pure-Python one, which was a noticeable part of a one-off extraction run.
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@cache
def indicators() -> dict[str, Indicator]:
    return {name: Indicator(name=name, **spec) for name, spec in _load()["indicators"].items()}


@cache
def dimensions() -> dict[str, Dimension]:
    return {name: Dimension(name=name, **spec) for name, spec in _load()["dimensions"].items()}


def indicator(name: str) -> Indicator:
    try:
        return indicators()[name]
    except KeyError:
        raise KeyError(f"{name!r} is not an indicator in the codebook") from None


def label(name: str, lang: str = "en") -> str:
    """English or Vietnamese label of an indicator or a dimension."""
    if name in indicators():
        return indicators()[name].label(lang)
    return dimensions()[name].label(lang)
