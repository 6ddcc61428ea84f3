"""Cue words that a researcher can extend: the names of an indicator, read from src/analysis/cue_words.yaml.

A dimension module builds a cue from them (`cue(names("agencies_using_digital_signature_pct"))`); the file's
header says how to add a name."""

from __future__ import annotations

import functools
from importlib import resources

import yaml

__all__ = ["lexicon", "names"]


@functools.cache
def lexicon() -> dict[str, tuple[str, ...]]:
    """Indicator → its names (regular-expression fragments, lower case)."""
    text = resources.files("analysis").joinpath("cue_words.yaml").read_text(encoding="utf-8")
    return {
        indicator: tuple(str(w).strip() for w in words) for indicator, words in (yaml.safe_load(text) or {}).items()
    }


def names(indicator: str) -> str:
    """The names of `indicator` as one alternation, `(?:a|b|…)`."""
    return "(?:" + "|".join(lexicon()[indicator]) + ")"
