"""Real pages of 2009-2014 through the extractor (issue #11, round 15): news of that era on mailboxes and their use.

Every text here was written for this file, in our own words after the kinds of wording real pages showed (listed
in docs/phrasing.md section 8, round 15 block); what each should give was decided before the extractor was run on it.
"""

from __future__ import annotations

from pathlib import Path

from test_extract_wording import extract_file, fact_rows


def _rows(tmp_path: Path, text: str) -> set[tuple]:
    return fact_rows(extract_file(tmp_path, "older-news.txt", text), ("indicator", "kind", "value"))


def test_staff_using_email_with_chiem_and_no_comma_before_vien_chuc(tmp_path):
    # `cán bộ, công chức viên chức sử dụng email chiếm 64%`: the share of staff who use it, not of staff given one.
    text = (
        "Tin học hóa ở huyện Mỹ Xuyên\n\n"
        "Đến nay, huyện có 210 hộp thư điện tử được cấp cho các cơ quan và cán bộ. "
        "Tỷ lệ cán bộ, công chức viên chức sử dụng email chiếm 64%.\n"
    )
    assert _rows(tmp_path, text) == {
        ("email_accounts_count", "baseline", 210.0),
        ("staff_email_usage_pct", "baseline", 64.0),
    }


def test_mailboxes_given_then_the_share_in_use_is_usage(tmp_path):
    # `… hộp thư … được cấp cho cán bộ, trong đó tỷ lệ đang sử dụng chiếm 61%`: boxes in use, not boxes given.
    text = (
        "Ứng dụng CNTT của tỉnh năm 2011\n\n"
        "Toàn tỉnh hiện có 1.830 hộp thư điện tử được cấp cho cán bộ, công chức, trong đó tỷ lệ đang sử dụng "
        "chiếm 61%.\n"
    )
    assert _rows(tmp_path, text) == {
        ("email_accounts_count", "baseline", 1830.0),
        ("staff_email_usage_pct", "baseline", 61.0),
    }


def test_mailboxes_given_to_a_share_of_staff_stay_given(tmp_path):
    # No `sử dụng` after the boxes: the share given, as before.
    text = "Kết quả năm 2012\n\nTỉnh đã cấp hộp thư điện tử cho 72% cán bộ, công chức cấp tỉnh và cấp huyện.\n"
    got = _rows(tmp_path, text)
    assert ("staff_with_email_pct", "baseline", 72.0) in got
    assert not any(i == "staff_email_usage_pct" for i, _, _ in got)
