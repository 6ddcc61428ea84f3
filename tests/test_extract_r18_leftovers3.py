"""Kinds of wording real pages showed and earlier round-18 helpers left (issue #11, round 18, third pass): a list of
targets under a short title line that names its year but has no colon (`Mục tiêu năm 2018` then `- 80% …`).

Every text here was written for this file, in our own words; the facts each should give were decided before the
extractor was run on it.
"""

from __future__ import annotations

from test_extract_wording import extract_file as _corpus
from test_extract_wording import fact_rows as _rows

_PLAN = "Kế hoạch ứng dụng công nghệ thông tin tỉnh Điện Biên giai đoạn 2016-2020\n\nII. MỤC TIÊU\n"


def test_a_title_line_without_colon_gives_its_year_to_the_list_below(tmp_path):
    text = _PLAN + (
        "Chỉ tiêu năm 2017\n"
        "- 65% văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử;\n"
        "- 85% cán bộ, công chức cấp tỉnh được cấp hộp thư điện tử công vụ.\n"
        "Chỉ tiêu năm 2019\n"
        "- 90% văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử.\n"
    )
    rows = _rows(_corpus(tmp_path, "dien-bien-plan.txt", text))
    assert rows == {
        ("edocument_exchange_pct", "target", "all", 2017, 65.0),
        ("staff_with_email_pct", "target", "province", 2017, 85.0),
        ("edocument_exchange_pct", "target", "all", 2019, 90.0),
    }


def test_a_list_under_a_title_with_no_year_keeps_the_plan_end(tmp_path):
    # must not fire: a title naming no year leaves the plan's own end year
    text = _PLAN + "Chỉ tiêu cụ thể\n- 95% văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử.\n"
    rows = _rows(_corpus(tmp_path, "dien-bien-plan.txt", text))
    assert rows == {("edocument_exchange_pct", "target", "all", 2020, 95.0)}


def test_a_sentence_ending_in_a_full_stop_is_no_list_title(tmp_path):
    # must not fire: a full sentence naming a past year before a bullet is not the list's title
    text = _PLAN + (
        "Năm 2015 tỉnh đã hoàn thành kế hoạch giai đoạn trước.\n"
        "- 95% văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử.\n"
    )
    rows = _rows(_corpus(tmp_path, "dien-bien-plan.txt", text))
    assert rows == {("edocument_exchange_pct", "target", "all", 2020, 95.0)}


# --- money: IT as a whole, then `với kinh phí X` -------------------------------------------------------------
_NEWS = "Ninh Thuận đẩy mạnh chuyển đổi số trong cơ quan nhà nước\n\n"


def test_it_as_a_whole_then_with_funding_is_the_total_for_the_period(tmp_path):
    text = _NEWS + (
        "Trong giai đoạn 2022 - 2025, tỉnh Ninh Thuận sẽ tập trung xây dựng chính quyền số, với kinh phí "
        "khoảng 180 tỷ đồng từ nhiều nguồn vốn.\n"
    )
    facts = _corpus(tmp_path, "ninh-thuan-news.txt", text).facts
    money = facts[facts.indicator == "budget_total_mvnd"]
    assert sorted(money.value) == [180000.0]
    assert set(money.kind) == {"target"}
    assert money.year.isna().all()
    assert set(zip(money.period_start, money.period_end, strict=True)) == {(2022, 2025)}


def test_one_named_project_with_funding_stays_no_budget(tmp_path):
    # must not fire: one project's cost (`Dự án …`) is not the plan's total
    text = (
        "Tỉnh Ninh Thuận phê duyệt dự án nền tảng số\n\n"
        "Dự án nâng cấp hạ tầng chính quyền số của tỉnh được triển khai trong năm 2023, với kinh phí 14 tỷ đồng.\n"
    )
    facts = _corpus(tmp_path, "ninh-thuan-news.txt", text).facts
    assert "budget_total_mvnd" not in set(facts.indicator)


# --- a share of agencies with several predicates, email among them --------------------------------------------
_REVIEW = "Kết quả ứng dụng công nghệ thông tin năm 2016 tỉnh Lai Châu\n\n"


def test_agencies_using_email_is_no_staff_share(tmp_path):
    # must not fire: a share of units that use email is no share of staff (no indicator)
    text = (
        _REVIEW + "Đến cuối năm 2016, 75% các đơn vị cấp huyện đã sử dụng thư điện tử công vụ để trao đổi công việc.\n"
    )
    assert _rows(_corpus(tmp_path, "lai-chau-2016.txt", text)) == set()


def test_staff_of_agencies_using_email_stays_the_staff_share(tmp_path):
    text = _REVIEW + "Đến cuối năm 2016, 82% cán bộ, công chức các sở, ngành đã sử dụng thư điện tử trong công việc.\n"
    rows = _rows(_corpus(tmp_path, "lai-chau-2016.txt", text))
    assert rows == {("staff_email_usage_pct", "baseline", "province", 2016, 82.0)}


def test_after_a_lan_predicate_a_later_agency_predicate_keeps_its_fact(tmp_path):
    text = _REVIEW + (
        "Năm 2016, 96% các sở, ban, ngành có mạng nội bộ, được kết nối Internet cáp quang, dùng hộp thư công vụ "
        "và sử dụng phần mềm quản lý văn bản và điều hành.\n"
    )
    rows = _rows(_corpus(tmp_path, "lai-chau-2016.txt", text))
    assert rows == {("agencies_using_document_management_pct", "baseline", "province", 2016, 96.0)}


def test_email_after_an_agency_predicate_gives_no_staff_share(tmp_path):
    text = _REVIEW + (
        "Năm 2016, 88% UBND cấp huyện đã sử dụng phần mềm quản lý văn bản, sử dụng thư điện tử trong công việc.\n"
    )
    rows = _rows(_corpus(tmp_path, "lai-chau-2016.txt", text))
    assert rows == {("agencies_using_document_management_pct", "baseline", "district", 2016, 88.0)}


# --- one facility's cost is not the plan's total --------------------------------------------------------------
_LOOKBACK = "Tỉnh Tuyên Quang nhìn lại 5 năm ứng dụng công nghệ thông tin giai đoạn 2011-2015\n\n"


def test_one_facility_with_its_total_investment_is_no_budget(tmp_path):
    # must not fire: the cost of one facility named as such
    text = _LOOKBACK + "Trung tâm tích hợp dữ liệu của tỉnh, khánh thành năm 2014, có tổng mức đầu tư 32 tỷ đồng.\n"
    facts = _corpus(tmp_path, "tuyen-quang-review.txt", text).facts
    assert "budget_total_mvnd" not in set(facts.indicator)


def test_one_system_funded_at_the_start_of_its_sentence_is_no_budget(tmp_path):
    # must not fire: one system's money, the system opening the sentence
    text = _LOOKBACK + "Hệ thống giám sát an toàn thông tin của tỉnh được đầu tư với tổng kinh phí gần 7 tỷ đồng.\n"
    facts = _corpus(tmp_path, "tuyen-quang-review.txt", text).facts
    assert "budget_total_mvnd" not in set(facts.indicator)


def test_the_period_total_after_a_facility_sentence_is_still_read(tmp_path):
    text = _LOOKBACK + (
        "Trung tâm tích hợp dữ liệu của tỉnh có tổng mức đầu tư 32 tỷ đồng.\n"
        "Cả giai đoạn 2011-2015, tổng kinh phí đã đầu tư cho ứng dụng công nghệ thông tin của tỉnh là 118 tỷ đồng.\n"
    )
    facts = _corpus(tmp_path, "tuyen-quang-review.txt", text).facts
    money = facts[facts.indicator == "budget_total_mvnd"]
    assert sorted(money.value) == [118000.0]
    assert set(money.kind) == {"baseline"}


# --- a headline on a ranking is news of results ---------------------------------------------------------------
def test_a_ranking_headline_makes_the_news_a_review(tmp_path):
    text = (
        "Yên Bái tăng 7 bậc trong bảng xếp hạng chuyển đổi số\n\n"
        "Theo bảng xếp hạng vừa được công bố, tỉnh Yên Bái đứng thứ 30/63 tỉnh, thành phố. "
        "Năm 2022, 93% văn bản của tỉnh được gửi, nhận dưới dạng điện tử.\n"
    )
    rows = _rows(_corpus(tmp_path, "yen-bai-ranking.txt", text))
    assert rows == {("edocument_exchange_pct", "baseline", "all", 2022, 93.0)}


def test_a_goal_headline_stays_news_of_a_plan(tmp_path):
    # must not fire: a headline that sets a goal is a plan's news even when it names a ranking
    text = (
        "Yên Bái phấn đấu đến năm 2025 vào nhóm 20 tỉnh dẫn đầu về chuyển đổi số\n\n"
        "Theo kế hoạch, đến năm 2025, 98% văn bản của tỉnh được gửi, nhận dưới dạng điện tử.\n"
    )
    rows = _rows(_corpus(tmp_path, "yen-bai-goal.txt", text))
    assert rows == {("edocument_exchange_pct", "target", "all", 2025, 98.0)}


def test_the_cost_of_building_the_centre_is_no_budget(tmp_path):
    # must not fire: the building named in the money's own words is one facility
    text = (
        "Khánh thành Trung tâm điều hành đô thị thông minh tỉnh Hậu Giang\n\n"
        "Trung tâm phục vụ xây dựng chính quyền điện tử của tỉnh. Tổng kinh phí xây dựng trung tâm gần 27 tỷ đồng.\n"
    )
    facts = _corpus(tmp_path, "hau-giang-ioc.txt", text).facts
    assert "budget_total_mvnd" not in set(facts.indicator)
