"""Rules the lead changed in round 23 of issue #11, tested on sentences in our own words with fictional figures."""

from __future__ import annotations

import pytest

from analysis.extract import extract_corpus


def _facts(tmp_path, text: str):
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    result = extract_corpus(tmp_path)
    assert not result.problems
    f = result.facts
    return set(zip(f["indicator"], f["kind"], f["year"].astype("Int64").astype(object), f["value"], strict=True))


NEWS = (
    "Sở Thông tin và Truyền thông tỉnh Quảng Bình vừa báo cáo kết quả ứng dụng công nghệ thông tin của tỉnh. "
    "{as_of}, 87% văn bản giữa các sở, ngành được gửi nhận dưới dạng điện tử.\n"
)


@pytest.mark.parametrize(
    "as_of",
    ["Tính đến hết tháng 10 năm 2019", "Đến cuối tháng 11 năm 2019", "Tính đến ngày 15 tháng 11 năm 2019"],
)
def test_an_as_of_date_in_the_official_long_form_dates_the_results(tmp_path, as_of):
    # (round 23, lead: `tháng 9/2020` dated a result, `tháng 9 năm 2020` did not: the value had no year)
    got = _facts(tmp_path, NEWS.format(as_of=as_of))
    assert ("edocument_exchange_pct", "baseline", 2019, 87) in got


def test_a_document_date_in_the_long_form_is_still_no_values_year(tmp_path):
    text = (
        "UỶ BAN NHÂN DÂN TỈNH QUẢNG BÌNH\nSố: 12/KH-UBND\n\nKẾ HOẠCH\nỨng dụng công nghệ thông tin trong hoạt động của cơ "
        "quan nhà nước năm 2017\n\nCăn cứ Quyết định số 1819/QĐ-TTg ngày 26 tháng 10 năm 2015 của Thủ tướng Chính phủ, "
        "phấn đấu 70% văn bản giữa các cơ quan nhà nước được trao đổi dưới dạng điện tử.\n"
    )
    got = _facts(tmp_path, text)
    assert ("edocument_exchange_pct", "target", 2017, 70) in got
    assert not any(year == 2015 for _, _, year, _ in got)


PLAN = "UỶ BAN NHÂN DÂN TỈNH HÀ NAM\nSố: 40/KH-UBND\n\nKẾ HOẠCH\nỨng dụng công nghệ thông tin năm 2019\n\n{body}\n"


def _budget(tmp_path, body: str):
    return {
        (ind, value) for ind, kind, _, value in _facts(tmp_path, PLAN.format(body=body)) if ind.startswith("budget")
    }


def test_the_plans_money_line_under_its_money_heading_is_the_total(tmp_path):
    # (round 23, lead: `Kinh phí thực hiện: X` with no `tổng` and no `kế hoạch` was no fact)
    body = (
        "I. MỤC TIÊU\nNâng cao hiệu quả điều hành.\nII. NHIỆM VỤ\n1. Nâng cấp cổng thông tin điện tử.\n"
        "III. KINH PHÍ THỰC HIỆN\nKinh phí thực hiện: 6.800 triệu đồng (từ nguồn ngân sách tỉnh)."
    )
    assert _budget(tmp_path, body) == {("budget_total_mvnd", 6800), ("budget_local_mvnd", 6800)}


def test_a_numbered_money_part_of_the_plan_is_the_total(tmp_path):
    body = "1. Mục tiêu: hoàn thiện hạ tầng.\n2. Nhiệm vụ: triển khai phần mềm một cửa.\n3. Kinh phí: 2.150 triệu đồng."
    assert _budget(tmp_path, body) == {("budget_total_mvnd", 2150)}


@pytest.mark.parametrize(
    "body",
    [
        # each task's money on a line of its own: the tasks', not the plan's
        "II. NHIỆM VỤ\n1. Xây dựng kho dữ liệu dùng chung\nKinh phí: 900 triệu đồng.\n2. Mua sắm máy chủ\n"
        "Kinh phí: 1.400 triệu đồng.",
        # one task's money under the tasks' heading
        "II. NHIỆM VỤ\n1. Nâng cấp mạng nội bộ các sở\nKinh phí thực hiện: 750 triệu đồng.",
        # a bulleted field of a task
        "1. Số hóa hồ sơ lưu trữ\n- Kinh phí: 500 triệu đồng.",
    ],
)
def test_a_tasks_money_line_is_no_plan_total(tmp_path, body):
    assert _budget(tmp_path, body) == set()


REVIEW = "BÁO CÁO\nKết quả ứng dụng công nghệ thông tin năm 2019 của tỉnh Ninh Bình\n\n{body}\n"


def test_items_naming_only_their_agencies_share_the_predicate_after_the_last_item(tmp_path):
    # (round 23, lead: `100% các sở, ban, ngành; 12/12 UBND huyện … đã sử dụng …` lost the first item, cut by `;`)
    body = "Hiện nay, 100% các sở, ban, ngành; 8/8 UBND huyện, thành phố đã dùng chữ ký số chuyên dùng khi phát hành văn bản."
    got = {(ind, value) for ind, _, _, value in _facts(tmp_path, REVIEW.format(body=body))}
    assert ("agencies_using_digital_signature_pct", 100) in got
    f = extract_corpus(tmp_path).facts
    scopes = set(zip(f["indicator"], f["scope"], f["value"], strict=True))
    assert ("agencies_using_digital_signature_pct", "province", 100) in scopes
    assert ("agencies_using_digital_signature_pct", "district", 100) in scopes


def test_an_item_with_a_predicate_of_its_own_keeps_it(tmp_path):
    body = "100% các sở, ban, ngành đã có cán bộ chuyên trách công nghệ thông tin; 75% UBND cấp xã đã dùng chữ ký số."
    got = {(ind, value) for ind, _, _, value in _facts(tmp_path, REVIEW.format(body=body))}
    assert ("agencies_with_dedicated_it_staff_pct", 100) in got
    assert ("agencies_using_digital_signature_pct", 100) not in got
