"""Real pages never studied before (issue #11, round 22, helper `real5`): nine pages of the search tool's corpus
(listed in docs/phrasing.md section 8; six news items on a capital city's IT plans of 2012-2013, a province's plan
news, a city department's report, an English page) showed these kinds of wording read wrong. Every text here was
written for this file, in our own words imitating the pattern (no sentence of a page); the facts and metadata each
should give were decided before the change:

- the money of a plan that names only its horizon (`Quy hoạch … đến năm 2020`) was read as the horizon's one year;
- the capital a plan must raise (`… phải huy động … khoản vốn X`) and the plan's money named back (`số kinh phí đầu tư
  X … giai đoạn này`, `đầu tư X nhằm phục vụ ứng dụng CNTT`) were not read;
- a page's date line written with hyphens (`19-09-2012`) was no date;
- a lead on a plan made public (`Theo kế hoạch mới công bố, …`) was not news of a plan;
- milestones opening sentences (`Đến năm 2015, … . Đến năm 2020, …`) gave the plan the first one as its end;
- staff `down to the communes`, said aside (`(đến cấp xã)`, `– đến cấp xã –`), were read as the communes' staff;
- `cán bộ phường xã` (no comma) named no level; `trang bị toàn bộ máy vi tính` was no computer share;
- after `;`, values whose clause has a verb of its own (`… và 80% xã được kết nối cáp quang …`) were read as the
  clause before's indicator.
"""

from __future__ import annotations

import pandas as pd
import pytest
from test_extract_wording import extract_file as _corpus
from test_extract_wording import fact_rows as _rows

from analysis.vietnamese import find_dates

_BUDGET = ("indicator", "kind", "year", "period_start", "period_end", "value")


def _budget(result) -> set[tuple]:
    f = result.facts
    f = f[f.indicator.str.startswith("budget_")]
    return {
        tuple(
            None if (c != "indicator" and c != "kind" and pd.isna(v)) else v for c, v in zip(_BUDGET, row, strict=True)
        )
        for row in f[list(_BUDGET)].itertuples(index=False)
    }


# --- a plan's money, its horizon only ------------------------------------------------------------------------------
def test_money_of_a_plan_named_by_its_horizon_covers_the_years_up_to_it(tmp_path):
    text = (
        "Đà Nẵng công bố quy hoạch CNTT\n\n"
        "Thứ Hai, 12/5/2014 08:10\n\n"
        "Sở TT&TT thành phố vừa công bố Quy hoạch phát triển CNTT thành phố đến năm 2025. Tổng vốn đầu tư cho quy "
        "hoạch dự kiến 4.200 tỷ đồng.\n"
    )
    result = _corpus(tmp_path, "da-nang-2014-news.txt", text)
    assert _budget(result) == {("budget_total_mvnd", "target", None, 2014, 2025, 4200000.0)}


def test_money_of_an_undated_plan_named_by_its_horizon_has_no_start(tmp_path):
    text = (
        "Cần Thơ: quy hoạch CNTT mới\n\n"
        "Thành phố vừa phê duyệt Quy hoạch ứng dụng CNTT đến năm 2020. Tổng nguồn vốn thực hiện là 1.350 tỷ đồng.\n"
    )
    result = _corpus(tmp_path, "can-tho-news.txt", text)
    assert _budget(result) == {("budget_total_mvnd", "target", None, None, 2020, 1350000.0)}


# --- money a plan must raise, money named back -----------------------------------------------------------------------
def test_the_capital_a_plan_must_raise_is_its_total(tmp_path):
    text = (
        "Quy hoạch CNTT của Hải Phòng đặt mục tiêu đến năm 2020 dẫn đầu vùng duyên hải.\n\n"
        "Theo dự thảo, để đạt các mục tiêu này thành phố cần huy động từ các nguồn khoản vốn khoảng 2.400 tỷ đồng.\n"
    )
    result = _corpus(tmp_path, "hai-phong-news.txt", text)
    assert _budget(result) == {("budget_total_mvnd", "target", None, None, 2020, 2400000.0)}


def test_money_serving_it_and_named_back_is_the_plans_total_once(tmp_path):
    text = (
        "Bắc Ninh dành gần 300 tỉ đồng cho chính quyền điện tử\n\n"
        "05-11-2014\n\n"
        "Theo kế hoạch vừa được công bố, tỉnh sẽ đầu tư gần 300 tỉ đồng nhằm phục vụ ứng dụng CNTT trong các cơ quan "
        "nhà nước, giai đoạn 2015 - 2018. Số kinh phí đầu tư 296,5 tỉ đồng giai đoạn này sẽ chia cho hạ tầng và đào tạo.\n"
    )
    result = _corpus(tmp_path, "bac-ninh-2014-news.txt", text)
    assert _budget(result) == {("budget_total_mvnd", "target", None, 2015, 2018, 296500.0)}


# --- the page's date, the genre, the plan's end ----------------------------------------------------------------------
def test_a_date_written_with_hyphens_is_a_date():
    assert [d for d, _, _ in find_dates("Cập nhật 03-07-2016")] == [pd.Timestamp("2016-07-03").date()]
    assert find_dates("giai đoạn 2016-2020") == []
    assert find_dates("mã hồ sơ 12-45-6789") == []


def test_a_lead_on_a_plan_made_public_is_news_of_a_plan(tmp_path):
    text = (
        "Chuyển tới nội dung\n\n"
        "Theo kế hoạch mới công bố, Nam Định sẽ đầu tư cho ứng dụng CNTT trong cơ quan nhà nước. Sau 3 năm thực hiện, "
        "các phần mềm sẽ được dùng chung.\n"
    )
    result = _corpus(tmp_path, "nam-dinh-news.txt", text)
    assert result.documents.genre.tolist() == ["news_plan"]


def test_milestones_opening_sentences_end_the_plan_at_the_last(tmp_path):
    text = (
        "Quy hoạch CNTT của thành phố đặt ra các mốc cho chính quyền điện tử.\n\n"
        "Đến năm 2016, các sở cung cấp dịch vụ công mức 3. Đến năm 2022, 100% cán bộ được trang bị máy tính.\n"
    )
    result = _corpus(tmp_path, "ha-noi-news.txt", text)
    doc = result.documents.iloc[0]
    assert int(doc.period_end) == 2022
    assert ("staff_with_computer_pct", "target", "all", 2022, 100.0) in _rows(result)


# --- levels ----------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "words",
    [
        "100% cán bộ, công chức trong cơ quan nhà nước (tới cấp xã) được trang bị máy tính.",
        "100% cán bộ, công chức các cơ quan nhà nước – đến cấp xã – được trang bị máy tính.",
    ],
)
def test_staff_down_to_the_communes_said_aside_are_every_level(tmp_path, words):
    text = f"Quảng Nam phấn đấu đến năm 2018 về ứng dụng CNTT:\n\n{words}\n"
    assert _rows(_corpus(tmp_path, "quang-nam-news.txt", text)) == {
        ("staff_with_computer_pct", "target", "all", 2018, 100.0)
    }


def test_ward_and_commune_staff_unbroken_are_the_communes(tmp_path):
    text = (
        "Kế hoạch ứng dụng CNTT: đến năm 2019, 90% cán bộ quận, huyện và 60% cán bộ phường xã, thị trấn sẽ được "
        "trang bị máy tính.\n"
    )
    rows = _rows(_corpus(tmp_path, "ha-noi-news.txt", text))
    assert ("staff_with_computer_pct", "target", "commune", 2019, 60.0) in rows


def test_staff_fully_equipped_with_computers_is_the_computer_share(tmp_path):
    text = "Kế hoạch ứng dụng CNTT năm 2017: 100% cán bộ, công chức cấp tỉnh sẽ được trang bị đầy đủ máy vi tính.\n"
    assert _rows(_corpus(tmp_path, "tay-ninh-news.txt", text)) == {
        ("staff_with_computer_pct", "target", "province", 2017, 100.0)
    }


# --- a clause with a verb of its own after `;` -----------------------------------------------------------------------
def test_values_whose_clause_has_its_own_verb_do_not_continue_the_clause_before(tmp_path):
    text = (
        "Mục tiêu ứng dụng CNTT đến năm 2020: 95% cán bộ, công chức được trang bị máy tính; 100% sở, ngành, UBND các huyện và 70% "
        "UBND các xã được lắp đặt đường truyền cáp quang.\n"
    )
    rows = _rows(_corpus(tmp_path, "lao-cai-news.txt", text))
    assert rows == {("staff_with_computer_pct", "target", "all", 2020, 95.0)}


# --- a predicate shared by a list of values --------------------------------------------------------------------------
def test_values_listed_before_one_future_predicate_share_its_tense(tmp_path):
    text = (
        "Điện Biên ứng dụng CNTT trong cơ quan nhà nước\n\n"
        "Thời gian tới, 90% cán bộ ở các sở và 65% cán bộ cấp xã sẽ được trang bị máy tính. Năm qua, 55% cán bộ cấp "
        "huyện đã có máy tính để làm việc.\n"
    )
    rows = _rows(_corpus(tmp_path, "dien-bien-news.txt", text))
    assert ("staff_with_computer_pct", "target", "province", None, 90.0) in rows
    assert ("staff_with_computer_pct", "target", "commune", None, 65.0) in rows
