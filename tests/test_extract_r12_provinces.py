"""Real pages of provinces the catalogue had least of through the extractor (issue #11, round 17).

Every text here was written for this file, in our own words after the kinds of wording real pages showed (listed
in docs/phrasing.md section 8, round 17 block); what each should give was decided before the extractor was run on it.
"""

from __future__ import annotations

from pathlib import Path

from test_extract_wording import extract_file, fact_rows


def _facts(tmp_path: Path, text: str, name: str = "province-news.txt") -> set[tuple]:
    return fact_rows(extract_file(tmp_path, name, text))


_NEWS = "Tỉnh Cao Bằng ban hành kế hoạch ứng dụng CNTT năm 2019\n\nNgày 10/01/2019, UBND tỉnh Cao Bằng ban hành kế hoạch.\n\n"


def test_an_item_of_staff_and_level_only_shares_the_next_items_predicate(tmp_path):
    # `X% staff at levels A, B; Y% staff at level C <predicate>`: both items are of the predicate named last.
    text = _NEWS + (
        "Theo đó, phấn đấu trên 85% cán bộ, công chức cấp tỉnh, cấp huyện; 55% cán bộ, công chức cấp xã "
        "thường xuyên sử dụng thư điện tử công vụ trong công việc.\n"
    )
    got = _facts(tmp_path, text)
    assert ("staff_email_usage_pct", "target", "all", 2019, 85.0) in got
    assert ("staff_email_usage_pct", "target", "commune", 2019, 55.0) in got


def test_an_item_with_a_predicate_of_its_own_takes_nothing_from_the_next(tmp_path):
    # The first item says what its staff have (`có máy tính`): it keeps its own indicator.
    text = _NEWS + (
        "Theo đó, phấn đấu 95% cán bộ, công chức cấp tỉnh có máy tính; 50% cán bộ, công chức cấp xã "
        "thường xuyên sử dụng thư điện tử công vụ trong công việc.\n"
    )
    got = _facts(tmp_path, text)
    assert ("staff_with_computer_pct", "target", "province", 2019, 95.0) in got
    assert not any(f[0] == "staff_email_usage_pct" and f[4] == 95.0 for f in got)


def test_a_one_stop_system_of_the_modern_kind_or_its_software_is_the_eonestop_share(tmp_path):
    # `Hệ thống một cửa theo hướng hiện đại`, `phần mềm một cửa`: the electronic one-stop shop; the share after `;`
    # is not the mail share of the item before it.
    text = _NEWS + (
        "Mục tiêu: 70% cán bộ, công chức cấp xã thường xuyên sử dụng thư điện tử trong công việc; 100% UBND các "
        "huyện, thành phố triển khai Hệ thống một cửa theo hướng hiện đại; 60% bộ phận tiếp nhận và trả kết quả "
        "cấp xã triển khai phần mềm một cửa.\n"
    )
    assert _facts(tmp_path, text) == {
        ("staff_email_usage_pct", "target", "commune", 2019, 70.0),
        ("agencies_with_eonestop_pct", "target", "district", 2019, 100.0),
        ("agencies_with_eonestop_pct", "target", "commune", 2019, 60.0),
    }


def test_agencies_from_the_province_to_the_grassroots_are_all_levels(tmp_path):
    # `từ cấp tỉnh tới cấp cơ sở`, `từ tỉnh đến cơ sở`: every level, not the province's.
    text = _NEWS + (
        "Mục tiêu: 100% cơ quan nhà nước từ cấp tỉnh tới cấp cơ sở sử dụng phần mềm quản lý văn bản và điều hành.\n"
    )
    assert _facts(tmp_path, text) == {("agencies_using_document_management_pct", "target", "all", 2019, 100.0)}
