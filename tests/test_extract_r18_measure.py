"""Kinds of wording that a measure on real pages never run before showed the rules misread (issue #11, round 18):
a list of agencies of every level whose district item trails its other nouns (`UBND huyện, thị xã, thành phố, UBND
các xã …`), and the document software named by what it is for (`ứng dụng phần mềm vào công tác chỉ đạo, điều hành`).

Every text here was written for this file, in our own words; the facts each should give were decided before the
extractor was run on it.
"""

from __future__ import annotations

from test_extract_wording import extract_file as _corpus
from test_extract_wording import fact_rows as _rows

_HEAD = "Kết quả ứng dụng công nghệ thông tin tỉnh Phú Yên năm 2019\n\n"


def test_a_list_of_every_level_whose_district_item_trails_its_other_nouns_is_all_levels(tmp_path):
    text = _HEAD + (
        "Đến hết năm 2019, 97% các sở, ban, ngành, UBND huyện, thị xã, thành phố và UBND các xã, phường, thị trấn "
        "đã sử dụng phần mềm quản lý văn bản và điều hành.\n"
    )
    rows = _rows(_corpus(tmp_path, "phu-yen-2019-review.txt", text))
    assert rows == {("agencies_using_document_management_pct", "baseline", "all", 2019, 97.0)}


def test_a_district_list_alone_stays_the_district_level(tmp_path):
    # must not fire: one level with its other nouns is that level, not all levels
    text = _HEAD + "Đến hết năm 2019, 88% UBND các huyện, thị xã, thành phố đã sử dụng phần mềm quản lý văn bản.\n"
    rows = _rows(_corpus(tmp_path, "phu-yen-2019-review.txt", text))
    assert rows == {("agencies_using_document_management_pct", "baseline", "district", 2019, 88.0)}


def test_software_for_direction_and_management_is_the_document_system(tmp_path):
    text = _HEAD + (
        "Năm 2019, 92% cơ quan hành chính của tỉnh đã ứng dụng phần mềm vào công tác chỉ đạo, điều hành và gửi, "
        "nhận văn bản điện tử; 70% văn bản đi được gửi hoàn toàn dưới dạng điện tử.\n"
    )
    rows = _rows(_corpus(tmp_path, "phu-yen-2019-review.txt", text))
    assert rows == {
        ("agencies_using_document_management_pct", "baseline", "all", 2019, 92.0),
        ("edocument_exchange_pct", "baseline", "all", 2019, 70.0),
    }


def test_software_in_management_work_of_one_level(tmp_path):
    text = _HEAD + "Năm 2019, 100% UBND cấp xã đã sử dụng phần mềm trong điều hành công việc hằng ngày.\n"
    rows = _rows(_corpus(tmp_path, "phu-yen-2019-review.txt", text))
    assert rows == {("agencies_using_document_management_pct", "baseline", "commune", 2019, 100.0)}


# --- `được cấp … và sử dụng thường xuyên`: all who use it were given it --------------------------------------------


def test_all_staff_given_a_mailbox_and_using_it_regularly_is_both_shares(tmp_path):
    text = (
        _HEAD + "Mục tiêu năm 2020: 100% cán bộ, công chức cấp xã được cấp hộp thư công vụ và sử dụng thường xuyên.\n"
    )
    rows = _rows(_corpus(tmp_path, "phu-yen-2020-plan.txt", text))
    assert rows == {
        ("staff_with_email_pct", "target", "commune", 2020, 100.0),
        ("staff_email_usage_pct", "target", "commune", 2020, 100.0),
    }


def test_a_share_below_all_given_and_using_is_the_regular_use_only(tmp_path):
    # must not fire: 75% given and using says only that at least 75% were given one
    text = _HEAD + "Mục tiêu năm 2020: 75% cán bộ, công chức cấp xã được cấp hộp thư công vụ và sử dụng thường xuyên.\n"
    rows = _rows(_corpus(tmp_path, "phu-yen-2020-plan.txt", text))
    assert rows == {("staff_email_usage_pct", "target", "commune", 2020, 75.0)}


def test_all_staff_using_email_regularly_without_the_mailbox_given_is_the_regular_use_only(tmp_path):
    text = (
        _HEAD + "Mục tiêu năm 2020: 100% cán bộ, công chức cấp xã thường xuyên sử dụng thư điện tử trong công việc.\n"
    )
    rows = _rows(_corpus(tmp_path, "phu-yen-2020-plan.txt", text))
    assert rows == {("staff_email_usage_pct", "target", "commune", 2020, 100.0)}


# --- a share is at most 100 % ---------------------------------------------------------------------------------------


def test_a_share_over_100_percent_is_no_fact_and_is_left_for_a_reader(tmp_path):
    # an OCR'd `85%` read as `859%` (the percent sign taken for a 9)
    text = (
        _HEAD
        + "Năm 2019, 859% cán bộ, công chức thường xuyên sử dụng thư điện tử; 76% văn bản trao đổi dưới dạng điện tử.\n"
    )
    result = _corpus(tmp_path, "phu-yen-2019-review.txt", text)
    assert _rows(result) == {("edocument_exchange_pct", "baseline", "all", 2019, 76.0)}
    over = result.numbers[result.numbers["text"] == "859"]
    assert over["why_not"].tolist() == ["no rule read it"] and over["unit"].tolist() == ["percent"]


def test_computers_per_100_staff_may_pass_100(tmp_path):
    text = _HEAD + "Năm 2019, bình quân đạt 112 máy tính/100 cán bộ, công chức.\n"
    rows = _rows(_corpus(tmp_path, "phu-yen-2019-review.txt", text))
    assert ("computers_per_staff_pct", "baseline", "all", 2019, 112.0) in rows


def test_a_sentence_indented_with_a_tab_is_joined_across_its_wrap(tmp_path):
    # a PDF or OCR text: the paragraph opens with a tab, and its line wraps before the value; a tab at a line's
    # opening is an indent, not a table's cell gap
    text = _HEAD + (
        "\tNăm 2019, tỷ lệ văn bản trao đổi dưới dạng điện tử giữa các cơ quan\n"
        "nhà nước đạt 83%, tăng so với năm trước.\n"
    )
    rows = _rows(_corpus(tmp_path, "phu-yen-2019-review.txt", text))
    assert rows == {("edocument_exchange_pct", "baseline", "all", 2019, 83.0)}


def test_a_predicate_after_a_comma_of_another_kind_of_subject_is_not_the_share_s(tmp_path):
    text = _HEAD + (
        "Năm 2019, 100% cán bộ, công chức cấp tỉnh được cấp hộp thư điện tử công vụ, sử dụng chữ ký số cá nhân.\n"
        "Năm 2019, 90% văn bản đi được gửi qua phần mềm quản lý văn bản, sử dụng chữ ký số của cơ quan.\n"
    )
    rows = _rows(_corpus(tmp_path, "phu-yen-2019-review.txt", text))
    assert not any(r[0] == "agencies_using_digital_signature_pct" for r in rows)
    assert ("staff_with_email_pct", "baseline", "province", 2019, 100.0) in rows
