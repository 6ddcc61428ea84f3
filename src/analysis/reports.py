"""The reports, in one place: their names (each is notebooks/<name>.ipynb), the order a reader meets them, and
their titles. `cli` and `build` both read them from here.

01 is the cleaning step itself (it writes data/processed); 05 is rendered once per province in the data.
"""

from __future__ import annotations

__all__ = [
    "CLEAN_NOTEBOOK",
    "COMPARISON_NOTEBOOKS",
    "PROFILE_NOTEBOOK",
    "REPORT_NOTEBOOKS",
    "WORKBOOK",
    "language_suffix",
    "title",
]

CLEAN_NOTEBOOK = "01_clean_plan_data"
PROFILE_NOTEBOOK = "05_province_profile"
# The reports that compare provinces (one each, whatever the number of provinces).
COMPARISON_NOTEBOOKS = ["00_overview", "02_budgets", "03_service_levels", "04_staffing"]
REPORT_NOTEBOOKS = ["00_overview", CLEAN_NOTEBOOK, "02_budgets", "03_service_levels", "04_staffing", PROFILE_NOTEBOOK]
# Every comparison table in one Excel workbook: reports/<WORKBOOK><suffix>.xlsx
WORKBOOK = "comparison_tables"

# Title of each report (strings.yaml keys; the profile's takes the province).
_TITLE_KEYS = {
    "00_overview": "overview.title",
    CLEAN_NOTEBOOK: "clean.title",
    "02_budgets": "budgets.title",
    "03_service_levels": "services.title",
    "04_staffing": "staffing.title",
    PROFILE_NOTEBOOK: "profile.title",
    WORKBOOK: "workbook.title",
}


def title(name: str, lang: str = "en", **kwargs: str) -> str:
    """The title of report `name` in `lang` (the profile's needs `province=`)."""
    from analysis.present import t

    return t(_TITLE_KEYS[name], lang, **kwargs) if name in _TITLE_KEYS else name


def language_suffix(lang: str) -> str:
    """`` for English, `_vi` for Vietnamese: the reports of each language sit side by side."""
    return "" if lang == "en" else f"_{lang}"
