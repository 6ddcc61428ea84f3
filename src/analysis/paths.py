"""Where things live in the project (cookiecutter-data-science layout). The package is installed in
editable mode from a clone, so the project root is two levels above this file."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(os.environ.get("ICTPLANS_ROOT", Path(__file__).resolve().parents[2]))
DATA = PROJECT_ROOT / "data"
RAW = DATA / "raw"
INTERIM = DATA / "interim"
PROCESSED = DATA / "processed"
MANUAL = DATA / "manual"
NOTEBOOKS = PROJECT_ROOT / "notebooks"
REPORTS = PROJECT_ROOT / "reports"
