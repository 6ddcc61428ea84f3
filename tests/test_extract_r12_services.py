"""Real pages on online services and adoption through the extractor (issue #11, round 12): kinds of wording that
provincial news of 2012-2021 showed and the rules did not yet read.

Every text here was written for this file, in our own words after the kinds of wording catalogued in
docs/phrasing.md §8 (round 12 block); the facts each should give were decided before the extractor was run on it.
"""

from __future__ import annotations

from test_extract_wording import B, facts
from test_extract_wording import extract_file as _corpus
from test_extract_wording import fact_rows as _rows


def test_procedures_offered_online_at_a_level_make_a_page_about_e_government(tmp_path):
    # No `dịch vụ công trực tuyến`, no `CNTT`: only procedures `trực tuyến ở mức độ N`.
    text = (
        "Cải cách hành chính ở Kon Tum: kết quả nổi bật\n\n"
        "Đến nay, các sở, ngành tỉnh Kon Tum đã công bố hơn 1.500 TTHC được cung cấp trực tuyến ở mức độ 2; "
        "đã cung cấp hơn 35 thủ tục trực tuyến ở mức độ 3 và 12 thủ tục ở mức độ 4.\n"
    )
    result = _corpus(tmp_path, "kon-tum-2018-news.txt", text)
    assert not result.problems
    got = {(i, k, v) for i, k, _, _, v in _rows(result)}
    assert got == {
        ("admin_procedures_count", "baseline", 1500.0),
        ("online_services_level3_count", "baseline", 35.0),
        ("online_services_level4_count", "baseline", 12.0),
    }


def test_a_page_about_one_stop_shops_only_stays_refused(tmp_path):
    text = "Năm 2018, 15/15 sở và 9/9 huyện của tỉnh Kon Tum thực hiện cơ chế một cửa liên thông ở mức độ cao.\n"
    assert _corpus(tmp_path, "kon-tum-2018-news.txt", text).problems


def test_theo_do_after_directives_already_issued_goes_on_with_results(tmp_path):
    # `đã ban hành nhiều văn bản chỉ đạo` names no plan: `Theo đó, …` opens what was done, and the review's
    # headline states a result, not a goal of the reform programme's period.
    text = (
        "92% cán bộ, công chức dùng thư điện tử công vụ hằng ngày\n\n"
        "Cập nhật, 09:12, Thứ Hai, 04/12/2017 (GMT+7)\n\n"
        "Thực hiện chương trình cải cách hành chính giai đoạn 2011-2020, UBND tỉnh Hậu Giang đã ban hành nhiều văn "
        "bản chỉ đạo các cơ quan, đơn vị.\n\n"
        "Theo đó, phần mềm quản lý văn bản và điều hành được nâng cấp và đưa vào sử dụng tại 31 đơn vị.\n\n"
        "Tỷ lệ cán bộ, công chức dùng thư điện tử công vụ hằng ngày đạt khoảng 92%.\n"
    )
    result = _corpus(tmp_path, "hau-giang-2017-news.txt", text)
    assert result.documents["genre"].tolist() == ["news_review"]
    assert _rows(result) == {
        ("document_management_units_count", "baseline", "all", 2017, 31.0),
        ("staff_email_usage_pct", "baseline", "all", 2017, 92.0),
    }


def test_theo_do_after_a_plan_issued_still_opens_its_goals(tmp_path):
    text = (
        "Hậu Giang ban hành kế hoạch ứng dụng CNTT năm 2018\n\n"
        "Ngày 20/01/2018, UBND tỉnh Hậu Giang ký ban hành Kế hoạch số 12/KH-UBND về ứng dụng CNTT năm 2018.\n\n"
        "Theo đó, 95% cán bộ, công chức cấp tỉnh được cấp hộp thư điện tử công vụ.\n"
    )
    result = _corpus(tmp_path, "hau-giang-2018-news.txt", text)
    assert result.documents["genre"].tolist() == ["news_plan"]
    assert _rows(result) == {("staff_with_email_pct", "target", "province", 2018, 95.0)}


def test_a_share_of_staff_using_the_document_system_is_no_share_of_agencies():
    text = (
        "Hiện có 100% cơ quan cấp tỉnh và 85% cơ quan cấp huyện dùng phần mềm quản lý văn bản và điều hành; "
        "65% cán bộ, công chức sử dụng hệ thống quản lý văn bản và điều hành trong công việc."
    )
    assert facts(text) == {
        B("agencies_using_document_management_pct", "province", 100),
        B("agencies_using_document_management_pct", "district", 85),
    }


def test_agencies_connected_to_exchange_documents_are_no_share_of_documents():
    text = (
        "Đến nay 100% sở, ngành và UBND cấp huyện đã kết nối, liên thông gửi, nhận văn bản điện tử với trục liên "
        "thông văn bản quốc gia; tỷ lệ văn bản trao đổi dưới dạng điện tử đạt 88%."
    )
    assert facts(text) == {B("edocument_exchange_pct", "all", 88)}


def test_none_or_some_in_words_is_no_zero():
    # `chưa có hoặc có thì …`: some communes have none, others have some; no count is stated.
    assert facts("Cán bộ chuyên trách CNTT ở cấp xã chưa có hoặc có thì chưa được đào tạo bài bản.") == set()
    # …while `chưa có` alone is none, as before.
    assert facts("Hiện nay cán bộ chuyên trách CNTT ở cấp xã chưa có.") == {B("it_staff_count", "commune", 0)}


def test_the_phase_of_a_rollout_is_no_count_of_units():
    text = (
        "Phần mềm quản lý văn bản và điều hành đã được triển khai giai đoạn 2 tại 14 sở, ngành tỉnh và 7 huyện, thị xã."
    )
    assert facts(text) == {
        B("document_management_units_count", "province", 14),
        B("document_management_units_count", "district", 7),
    }
