"""Outputs are replaced whole: a reader sees the old files or the new ones, never half of either."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from analysis.atomic import atomic_write, atomic_write_many


def _text(value: str):
    return lambda p: p.write_text(value, encoding="utf-8")


def _failing(p: Path) -> None:
    p.write_text("half of a tab", encoding="utf-8")
    raise OSError("disk full")


def test_atomic_write_replaces_the_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "facts.csv"
    target.write_text("old", encoding="utf-8")
    atomic_write(target, _text("new"))
    assert target.read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts.csv"]


def test_atomic_write_that_fails_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "facts.csv"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(OSError, match="disk full"):
        atomic_write(target, _failing)
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts.csv"]


def test_a_set_is_published_together(tmp_path: Path) -> None:
    names = ["documents.csv", "facts.csv", "budget_lines.csv"]
    for name in names:
        (tmp_path / name).write_text("old " + name, encoding="utf-8")
    written = atomic_write_many({tmp_path / n: _text("new " + n) for n in names})
    assert written == [tmp_path / n for n in names]
    assert {n: (tmp_path / n).read_text(encoding="utf-8") for n in names} == {n: "new " + n for n in names}
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(names)


def test_a_set_whose_last_file_fails_publishes_none(tmp_path: Path) -> None:
    # The first two files are written fine; the third fails. None of the new content may be visible.
    names = ["documents.csv", "facts.csv", "budget_lines.csv"]
    for name in names:
        (tmp_path / name).write_text("old " + name, encoding="utf-8")
    writers = {tmp_path / "documents.csv": _text("new"), tmp_path / "facts.csv": _text("new")}
    writers[tmp_path / "budget_lines.csv"] = _failing
    with pytest.raises(OSError, match="disk full"):
        atomic_write_many(writers)
    assert {n: (tmp_path / n).read_text(encoding="utf-8") for n in names} == {n: "old " + n for n in names}
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(names)


def test_processed_tables_are_kept_whole_when_writing_fails(tmp_path: Path, monkeypatch) -> None:
    """write_processed: a failure while serialising one table leaves the previous processed set as it was."""
    import pandas as pd

    from analysis import clean

    raw = Path(__file__).resolve().parents[1] / "data" / "raw"
    from analysis.extract import extract_corpus, write_interim

    interim = tmp_path / "interim"
    write_interim(extract_corpus(raw), interim)
    result = clean.clean(clean.load_interim(interim))
    processed = tmp_path / "processed"
    clean.write_processed(result, processed)
    before = {p.name: p.read_bytes() for p in processed.iterdir()}
    assert "facts.parquet" in before and "datapackage.json" in before

    real_to_csv = pd.DataFrame.to_csv
    calls = {"n": 0}

    def flaky_to_csv(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:  # after some tables were already serialised
            raise OSError("disk full")
        return real_to_csv(self, *args, **kwargs)

    # A later run with different data (one fact fewer in every table that has rows) fails half-way.
    result = dataclasses.replace(
        result, **{name: frame.iloc[:-1] for name, frame in result.tables().items() if len(frame)}
    )
    monkeypatch.setattr(pd.DataFrame, "to_csv", flaky_to_csv)
    with pytest.raises(OSError, match="disk full"):
        clean.write_processed(result, processed)
    assert {p.name: p.read_bytes() for p in processed.iterdir()} == before
