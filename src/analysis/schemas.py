"""pandera schemas for the processed tables: what every downstream notebook may rely on."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

from analysis import codebook

__all__ = ["BUDGET_LINES", "DOCUMENTS", "FACTS", "NUMBERS", "SKIPPED"]

_KINDS = ["baseline", "target"]
_SCOPES = ["province", "district", "commune", "all"]
_QUALIFIERS = ["approx", "over", "nearly", "at_least"]
_DOC_TYPES = ["decision", "plan", "news_article", "directive", "resolution", "report"]
# What kind of text (extract.metadata.GENRES): decides what an unmarked number means (target or baseline).
_GENRES = ["plan", "decision", "report", "news_plan", "news_review", "news_mixed"]


def _quote_matches_span(df):
    """The quote is exactly as long as its offsets say (the text itself is checked in the extractor tests)."""
    return (df["char_end"] - df["char_start"]) == df["quote"].str.len()


def _value_or_range(df):
    has_value = df["value"].notna()
    has_range = df["low"].notna() & df["high"].notna()
    return has_value ^ has_range


def _range_ordered(df):
    return df["low"].isna() | (df["low"] < df["high"])


def _percent_in_bounds(df):
    pct = df["unit"] == "percent"
    ok = lambda s: s.isna() | s.between(0, 100)  # noqa: E731
    return ~pct | (ok(df["value"]) & ok(df["low"]) & ok(df["high"]))


def _period_ordered(df):
    if "period_start" not in df or "period_end" not in df:
        return pd.Series(True, index=df.index)
    return df["period_start"].isna() | df["period_end"].isna() | (df["period_start"] <= df["period_end"])


def _period_has_no_year(df):
    if "period_start" not in df:
        return pd.Series(True, index=df.index)
    return df["period_start"].isna() | df["year"].isna()


DOCUMENTS = pa.DataFrameSchema(
    {
        "doc_id": pa.Column(str, unique=True),
        "source_file": pa.Column(str),
        "sha256": pa.Column(str, pa.Check.str_matches(r"^[0-9a-f]{64}$")),
        "province": pa.Column(str, nullable=True),
        "province_code": pa.Column(str, pa.Check.str_matches(r"^\d{2}$"), nullable=True),
        "province_2025": pa.Column(str, nullable=True),
        "doc_type": pa.Column(str, pa.Check.isin(_DOC_TYPES)),
        "genre": pa.Column(str, pa.Check.isin(_GENRES), required=False),
        "issuer_level": pa.Column(
            str, pa.Check.isin(["province", "district", "commune"]), nullable=True, required=False
        ),
        "issued": pa.Column(str, pa.Check.str_matches(r"^\d{4}-\d{2}-\d{2}$"), nullable=True),
        "period_start": pa.Column("Int64", pa.Check.in_range(1990, 2100), nullable=True),
        "period_end": pa.Column("Int64", pa.Check.in_range(1990, 2100), nullable=True),
        "truncated": pa.Column(bool),
        "n_chars": pa.Column(int, pa.Check.gt(0)),
    },
    checks=[
        pa.Check(
            lambda df: df["period_start"].isna() | (df["period_start"] <= df["period_end"]),
            error="plan period starts after it ends",
        )
    ],
    strict=False,
    coerce=True,
    name="documents",
)

FACTS = pa.DataFrameSchema(
    {
        "doc_id": pa.Column(str),
        "dimension": pa.Column(str, pa.Check.isin(list(codebook.dimensions()))),
        "indicator": pa.Column(str, pa.Check.isin(list(codebook.indicators()))),
        "kind": pa.Column(str, pa.Check.isin(_KINDS)),
        "scope": pa.Column(str, pa.Check.isin(_SCOPES)),
        "year": pa.Column("Int64", pa.Check.in_range(1990, 2100), nullable=True),
        "value": pa.Column(float, pa.Check.ge(0), nullable=True),
        "low": pa.Column(float, pa.Check.ge(0), nullable=True),
        "high": pa.Column(float, pa.Check.ge(0), nullable=True),
        "qualifier": pa.Column(str, pa.Check.isin(_QUALIFIERS), nullable=True),
        "unit": pa.Column(str),
        "quote": pa.Column(str, pa.Check.str_length(min_value=1)),
        "char_start": pa.Column(int, pa.Check.ge(0)),
        "char_end": pa.Column(int, pa.Check.gt(0)),
        "rule": pa.Column(str),
        "override": pa.Column(bool),
        # A multi-year amount (a 2016-2020 plan's budget): no year, its period. Empty for a one-year fact.
        "period_start": pa.Column("Int64", pa.Check.in_range(1990, 2100), nullable=True, required=False),
        "period_end": pa.Column("Int64", pa.Check.in_range(1990, 2100), nullable=True, required=False),
    },
    checks=[
        pa.Check(_quote_matches_span, error="quote length differs from its offsets"),
        pa.Check(_period_ordered, error="a fact's period starts after it ends"),
        pa.Check(_period_has_no_year, error="a fact with a period has no single year"),
        pa.Check(_value_or_range, error="a fact has either a value or a low-high range"),
        pa.Check(_range_ordered, error="range low must be below high"),
        pa.Check(_percent_in_bounds, error="percentages lie in 0-100"),
    ],
    strict=False,
    coerce=True,
    name="facts",
)

BUDGET_LINES = pa.DataFrameSchema(
    {
        "doc_id": pa.Column(str),
        "code": pa.Column(str),
        "parent_code": pa.Column(str, nullable=True),
        "row_type": pa.Column(str, pa.Check.isin(["category", "item", "total"])),
        "item": pa.Column(str),
        "total_mvnd": pa.Column(float, pa.Check.ge(0), nullable=True),
        "local_mvnd": pa.Column(float, pa.Check.ge(0), nullable=True),
        "central_mvnd": pa.Column(float, pa.Check.ge(0), nullable=True),
        "reconciled": pa.Column(bool),
    },
    strict=False,
    coerce=True,
    name="budget_lines",
)


_NUMBER_UNITS = ["percent", "count", "million_vnd", "mbps", "date", "doc_ref", "other"]


def _read_or_why_not(df):
    """Each number is either read (an indicator) or has a reason, never both, never neither."""
    read = df["read_as"].fillna("").astype(str) != ""
    why = df["why_not"].fillna("").astype(str) != ""
    return read ^ why


NUMBERS = pa.DataFrameSchema(
    {
        "doc_id": pa.Column(str),
        "source_file": pa.Column(str),
        "char_start": pa.Column(int, pa.Check.ge(0)),
        "char_end": pa.Column(int, pa.Check.gt(0)),
        "text": pa.Column(str, pa.Check.str_matches(r"^\d")),
        "value": pa.Column(float, nullable=True),
        "unit": pa.Column(str, pa.Check.isin(_NUMBER_UNITS)),
        "sentence": pa.Column(str, nullable=True),
        "read_as": pa.Column(str, nullable=True),
        "why_not": pa.Column(str, nullable=True),
    },
    checks=[
        pa.Check(lambda df: (df["char_end"] - df["char_start"]) == df["text"].str.len(), error="text vs offsets"),
        pa.Check(_read_or_why_not, error="a number is either read or has a reason"),
    ],
    strict=False,
    coerce=True,
    name="numbers",
)


# Files of the raw folder that gave no document (unreadable, not a plan, or a copy of another), with why.
SKIPPED = pa.DataFrameSchema(
    {
        "source_file": pa.Column(str, unique=True),
        "reason": pa.Column(str, pa.Check.str_length(min_value=1)),
    },
    strict=True,
    coerce=True,
    name="skipped",
)
