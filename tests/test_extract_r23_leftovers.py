"""Round 23 of issue #11: wording the earlier rounds left unread, tested on texts in our own words with fictional
figures (never the dev sets' sentences)."""

from __future__ import annotations

import pytest

from analysis.extract import extract_corpus


def _extract(tmp_path, text: str, name: str = "doc.txt"):
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = extract_corpus(tmp_path)
    assert not result.problems
    return result


def _rows(facts, *columns: str) -> set[tuple]:
    return set(zip(*(facts[c] for c in columns), strict=True))


@pytest.mark.parametrize("label", ["Cộng", "Tổng cộng", "- Tổng"])
def test_a_line_summing_a_list_by_year_is_the_amount_of_the_years_listed(tmp_path, label):
    f = _extract(
        tmp_path,
        "ỦY BAN NHÂN DÂN TỈNH TRÀ VINH\nSố: 77/BC-UBND\nTrà Vinh, ngày 5 tháng 11 năm 2018\n\nBÁO CÁO\n"
        "Tình hình ứng dụng công nghệ thông tin năm 2018\n\n"
        "II. Vốn đã đầu tư cho công nghệ thông tin giai đoạn 2016 - 2018\nĐơn vị tính: triệu đồng\n"
        "- Năm 2016: 4.250\n- Năm 2017: 5.100\n- Năm 2018: 6.650\n"
        f"{label}: 16.000\n\nIII. Phương hướng\nTiếp tục triển khai các nhiệm vụ.\n",
        name="tra-vinh-2018-77-bc-ubnd.txt",
    ).facts
    budget = f[f["indicator"] == "budget_total_mvnd"]
    assert set(budget[budget["value"] == 5100]["year"]) == {2017}
    total = budget[budget["value"] == 16000]
    assert len(total) == 1
    row = total.iloc[0]
    assert row["kind"] == "baseline"
    assert (int(row["period_start"]), int(row["period_end"])) == (2016, 2018)
    assert row["quote"].endswith("16.000")


def test_a_sum_line_under_planned_amounts_is_of_the_years_listed_not_the_plans_period(tmp_path):
    f = _extract(
        tmp_path,
        "ỦY BAN NHÂN DÂN TỈNH SƠN LA\nSố: 40/KH-UBND\nSơn La, ngày 2 tháng 3 năm 2021\n\nKẾ HOẠCH\n"
        "Chuyển đổi số giai đoạn 2021-2025\n\nIV. KINH PHÍ\nNhu cầu kinh phí ba năm đầu như sau:\n"
        "- Năm 2021: 3,5 tỷ đồng;\n- Năm 2022: 4 tỷ đồng;\n- Năm 2023: 4,5 tỷ đồng.\nCộng: 12 tỷ đồng.\n",
        name="son-la-2021-40-kh-ubnd.txt",
    ).facts
    budget = f[f["indicator"] == "budget_total_mvnd"]
    total = budget[budget["value"] == 12000]
    assert len(total) == 1
    row = total.iloc[0]
    assert row["kind"] == "target"
    assert (int(row["period_start"]), int(row["period_end"])) == (2021, 2023)
    assert set(budget[budget["value"] == 4000]["year"]) == {2022}


_REVIEW_HEAD = (
    "ỦY BAN NHÂN DÂN TỈNH BẾN TRE\nSố: 230/BC-UBND\nBến Tre, ngày 9 tháng 12 năm 2015\n\nBÁO CÁO\n"
    "Tổng kết Kế hoạch ứng dụng công nghệ thông tin giai đoạn 2011-2015\n\n"
)


def test_an_items_topic_before_its_colon_names_the_indicator_of_its_values(tmp_path):
    f = _extract(
        tmp_path,
        _REVIEW_HEAD + "3. Đối với chữ ký số: chỉ tiêu giao là 70% cơ quan cấp tỉnh áp dụng, nay đã hoàn thành.\n",
        name="ben-tre-2015-230-bc-ubnd.txt",
    ).facts
    assert ("agencies_using_digital_signature_pct", "target", "province", 2015, 70) in _rows(
        f, "indicator", "kind", "scope", "year", "value"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "a) Về chữ ký số: chỉ tiêu giao là 70% cơ quan cấp tỉnh áp dụng; kết quả năm nay không phải 70% mà chỉ 55%.",
        "a) Chỉ tiêu về chữ ký số giao 70% cơ quan cấp tỉnh áp dụng, song trên thực tế chỉ đạt 55%.",
    ],
)
def test_a_result_set_against_the_goal_in_the_next_clause_is_a_result_at_the_goals_level(tmp_path, sentence):
    f = _extract(tmp_path, _REVIEW_HEAD + sentence + "\n", name="ben-tre-2015-230-bc-ubnd.txt").facts
    got = _rows(f, "indicator", "kind", "scope", "year", "value")
    assert ("agencies_using_digital_signature_pct", "target", "province", 2015, 70) in got
    assert ("agencies_using_digital_signature_pct", "baseline", "province", 2015, 55) in got
    assert len(f[f["indicator"] == "agencies_using_digital_signature_pct"]) == 2


@pytest.mark.parametrize(
    ("words", "indicator"),
    [
        ("dịch vụ công mức độ 3 ít nhất 420 thủ tục", "online_services_level3_count"),
        ("dịch vụ công trực tuyến mức 4 khoảng 420 dịch vụ", "online_services_level4_count"),
    ],
)
def test_a_level_with_a_bound_and_a_counted_noun_but_no_verb_is_its_count(tmp_path, words, indicator):
    f = _extract(
        tmp_path,
        "ỦY BAN NHÂN DÂN TỈNH CÀ MAU\nSố: 61/KH-UBND\nCà Mau, ngày 3 tháng 3 năm 2016\n\nKẾ HOẠCH\n"
        "Ứng dụng công nghệ thông tin giai đoạn 2016-2020\n\nII. MỤC TIÊU\n"
        f"Đến năm 2020: tỷ lệ cán bộ cấp huyện có máy tính 95%, {words}.\n",
        name="ca-mau-2016-61-kh-ubnd.txt",
    ).facts
    assert (indicator, "target", "all", 2020, 420) in _rows(f, "indicator", "kind", "scope", "year", "value")


def test_the_share_of_those_given_a_mailbox_who_use_it_is_of_their_level(tmp_path):
    f = _extract(
        tmp_path,
        "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH\nSố: 18/KH-UBND\nNam Định, ngày 8 tháng 1 năm 2019\n\nKẾ HOẠCH\n"
        "Ứng dụng công nghệ thông tin năm 2019\n\nI. THỰC TRẠNG\n"
        "Có 85% công chức cấp huyện được cấp tài khoản thư điện tử công vụ, song khoảng 50% thường xuyên sử dụng.\n",
        name="nam-dinh-2019-18-kh-ubnd.txt",
    ).facts
    got = _rows(f, "indicator", "kind", "scope", "value")
    assert ("staff_with_email_pct", "baseline", "district", 85) in got
    assert ("staff_email_usage_pct", "baseline", "district", 50) in got


_NEWS = "Thái Bình: tổng kết năm 2019\n\n(Thái Bình, 20/1/2020) - "


@pytest.mark.parametrize("where", ["phần lớn làm việc tại các sở, ngành", "đa số công tác ở cấp huyện"])
def test_where_most_of_a_count_work_is_no_level_of_the_count(tmp_path, where):
    f = _extract(
        tmp_path,
        _NEWS + f"Cả tỉnh hiện có 57 cán bộ chuyên trách công nghệ thông tin, {where}.\n",
        name="thai-binh-2020-news.txt",
    ).facts
    assert ("it_staff_count", "all", 57) in _rows(f, "indicator", "scope", "value")


def test_a_level_of_a_share_before_a_new_goal_joined_by_and_is_not_the_counts(tmp_path):
    f = _extract(
        tmp_path,
        _NEWS + "Năm 2020, tỉnh phấn đấu 90% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng và tăng số "
        "dịch vụ công trực tuyến mức độ 4 lên 300 dịch vụ.\n",
        name="thai-binh-2020-news.txt",
    ).facts
    assert ("online_services_level4_count", "target", "all", 2020, 300) in _rows(
        f, "indicator", "kind", "scope", "year", "value"
    )


def test_the_plans_own_amount_named_after_it_in_a_comparison_is_its_target(tmp_path):
    f = _extract(
        tmp_path,
        _REVIEW_HEAD + "4. Kinh phí: cả giai đoạn 2011-2015 tỉnh đã chi khoảng 60 tỷ đồng cho ứng dụng công nghệ "
        "thông tin, vượt xa mức 48 tỷ đồng theo Kế hoạch.\n",
        name="ben-tre-2015-230-bc-ubnd.txt",
    ).facts
    budget = f[f["indicator"] == "budget_total_mvnd"]
    got = {(r.kind, int(r.period_start), int(r.period_end), r.value) for r in budget.itertuples()}
    assert got == {("baseline", 2011, 2015, 60000), ("target", 2011, 2015, 48000)}


def test_units_named_twice_before_their_level_then_a_second_level_by_and(tmp_path):
    f = _extract(
        tmp_path,
        _NEWS
        + "Về ứng dụng công nghệ thông tin, phần mềm văn phòng điện tử đã được triển khai tới 25 cơ quan, đơn vị cấp tỉnh và 9 huyện, thị xã.\n",
        name="thai-binh-2020-news.txt",
    ).facts
    got = _rows(f, "indicator", "scope", "value")
    assert {
        ("document_management_units_count", "province", 25),
        ("document_management_units_count", "district", 9),
    } <= got


def test_the_last_level_of_a_list_by_number_first_with_its_unit_left_out(tmp_path):
    f = _extract(
        tmp_path,
        _REVIEW_HEAD
        + "Mạng truyền số liệu chuyên dùng đã có 150 điểm kết nối, gồm 30 điểm cấp tỉnh, 11 điểm cấp huyện "
        "và 109 xã.\n",
        name="ben-tre-2015-230-bc-ubnd.txt",
    ).facts
    got = _rows(f, "indicator", "scope", "value")
    assert ("specialized_network_points_count", "district", 11) in got
    assert ("specialized_network_points_count", "commune", 109) in got


@pytest.mark.parametrize("verb", ["chi", "đã đầu tư"])
def test_one_years_spending_right_after_the_periods_money_is_that_years(tmp_path, verb):
    f = _extract(
        tmp_path,
        "Hải Phòng: nhìn lại 5 năm ứng dụng CNTT\n\n(Ngày 2/3/2016) Trong giai đoạn 2011-2015, thành phố đã dành "
        f"khoảng 640 tỷ đồng cho ứng dụng công nghệ thông tin. Trong đó năm 2015, thành phố {verb} 180 tỷ đồng.\n",
        name="hai-phong-2016-news.txt",
    ).facts
    budget = f[(f["indicator"] == "budget_total_mvnd") & (f["value"] == 180000)]
    assert list(zip(budget["kind"], budget["year"], strict=True)) == [("baseline", 2015)]


def test_communes_having_a_meeting_point_after_the_meetings_are_named(tmp_path):
    f = _extract(
        tmp_path,
        _NEWS
        + "Hệ thống họp trực tuyến của tỉnh đã kết nối tới 8 huyện, thành phố; phấn đấu đến năm 2022 sẽ có 90% xã "
        "có điểm cầu.\n",
        name="thai-binh-2020-news.txt",
    ).facts
    assert ("communes_with_videoconference_pct", "target", "commune", 2022, 90) in _rows(
        f, "indicator", "kind", "scope", "year", "value"
    )
