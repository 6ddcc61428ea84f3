"""data/raw is immutable: every file matches the sha256 its manifest records, and the seeds are byte-exact."""

from __future__ import annotations

import csv
import hashlib

from conftest import RAW, ROOT


def manifest_rows() -> list[dict[str, str]]:
    with (RAW / "MANIFEST.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_every_raw_file_matches_its_manifest_sha256():
    rows = manifest_rows()
    assert rows, "MANIFEST.csv lists no files"
    for row in rows:
        digest = hashlib.sha256((RAW / row["file"]).read_bytes()).hexdigest()
        assert digest == row["sha256"], f"{row['file']} changed: raw data must never be edited"


def test_manifest_lists_every_raw_text_and_nothing_else():
    listed = {r["file"] for r in manifest_rows()}
    present = {p.name for p in RAW.glob("*.txt")}
    assert listed == present


def test_seeds_are_byte_for_byte_in_raw():
    seeds = ROOT.parent / "shared" / "seeds"
    if not seeds.is_dir():  # a clone without shared/ beside it: the manifest hashes still hold
        return
    raw_hashes = {hashlib.sha256(p.read_bytes()).hexdigest() for p in RAW.glob("*.txt")}
    for seed in seeds.glob("*.txt"):
        assert hashlib.sha256(seed.read_bytes()).hexdigest() in raw_hashes, seed.name
