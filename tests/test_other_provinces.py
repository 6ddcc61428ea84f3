"""A value said of another province is no fact of the document's province. News of a regional meeting, a ministry's
review or a plan that cites a neighbour names several provinces' figures; each was read as the figures of the one
province the document was filed under. Texts in our own words, with fictional figures.
"""

from __future__ import annotations

import pytest

from analysis.extract import extract_corpus


def _extract(tmp_path, text: str, name: str = "doc.txt"):
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = extract_corpus(tmp_path)
    assert not result.problems
    return result


REGIONAL = (
    "Giao ban ứng dụng công nghệ thông tin các tỉnh Tây Nguyên năm 2019\n"
    "Sáng 12/6/2019, Sở Thông tin và Truyền thông tỉnh Đắk Lắk chủ trì giao ban ứng dụng CNTT trong cơ quan nhà nước "
    "các tỉnh Tây Nguyên.\n"
    "Theo báo cáo, tỉnh Đắk Lắk đã cung cấp 120 dịch vụ công trực tuyến mức độ 3; tỷ lệ văn bản điện tử đạt 80%.\n"
    "Tỉnh Gia Lai có 95 dịch vụ công trực tuyến mức độ 3, tỷ lệ văn bản điện tử đạt 70%.\n"
    "Kon Tum cung cấp 60 dịch vụ mức độ 3 và 12 dịch vụ mức độ 4.\n"
)


def test_figures_of_the_other_provinces_at_a_regional_meeting_are_not_the_hosts(tmp_path):
    result = _extract(tmp_path, REGIONAL)
    assert result.documents["province"].tolist() == ["Đắk Lắk"]
    f = result.facts
    assert set(zip(f["indicator"], f["value"], strict=True)) == {
        ("online_services_level3_count", 120),
        ("edocument_exchange_pct", 80),
    }
    n = result.numbers[result.numbers["unit"] != "date"].set_index("text")
    for other in ("95", "70", "60", "12"):
        assert n.loc[other, "why_not"] == "about another province", other
        assert n.loc[other, "read_as"] == ""


@pytest.mark.parametrize(
    "sentence",
    [
        # the neighbour in a sentence of its own: the next sentence is the plan's
        "Tỉnh Quảng Ninh đã triển khai thành công mô hình này. Phấn đấu đến năm 2020 cung cấp 80 dịch vụ công trực "
        "tuyến mức độ 3.",
        # the document's own province named after the neighbour, nearer the figure
        "So với tỉnh Quảng Ninh, tỉnh Hải Dương phấn đấu đến năm 2020 cung cấp 80 dịch vụ công trực tuyến mức độ 3.",
        # the neighbour named after the figure (a comparison): the figure is the document's
        "Phấn đấu đến năm 2020 cung cấp 80 dịch vụ công trực tuyến mức độ 3, ngang với tỉnh Quảng Ninh.",
    ],
)
def test_a_neighbour_named_beside_the_plans_own_figure_leaves_it_the_plans(tmp_path, sentence):
    text = (
        "ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG\nKẾ HOẠCH\nỨng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước "
        "tỉnh Hải Dương năm 2020\n" + sentence + "\n"
    )
    result = _extract(tmp_path, text)
    assert result.documents["province"].tolist() == ["Hải Dương"]
    f = result.facts
    assert set(zip(f["indicator"], f["kind"], f["value"], strict=True)) == {
        ("online_services_level3_count", "target", 80)
    }


def test_numbers_after_the_verb_cap_or_in_a_list_of_services_are_counts_not_levels(tmp_path):
    result = _extract(
        tmp_path,
        "Báo cáo kết quả ứng dụng công nghệ thông tin tỉnh Yên Bái năm 2018\n"
        "Năm 2018, Sở đã cấp 1.200 chứng thư số cho cán bộ. Cổng dịch vụ công cung cấp 60 thủ tục mức độ 3 và 12 thủ "
        "tục mức độ 4. Các dịch vụ mức độ 3 và 4.\n",
    )
    n = result.numbers
    why = dict(zip(n["text"], n["why_not"], strict=False))
    unit = dict(zip(n["text"], n["unit"], strict=False))
    for count in ("1.200", "60", "12"):
        assert unit[count] == "count" and why[count] != "names a level", count
    assert why["4"] == "names a level"  # `mức độ 3 và 4.`: the second level of a list


def test_a_list_under_another_provinces_name_is_that_provinces(tmp_path):
    result = _extract(
        tmp_path,
        "Sở Thông tin và Truyền thông tỉnh Đắk Lắk tổng hợp kết quả ứng dụng công nghệ thông tin năm 2019 của hai "
        "tỉnh như sau.\n"
        "Tỉnh Đắk Lắk:\n- Đã có 120 dịch vụ công trực tuyến mức độ 3;\n- Tỷ lệ văn bản điện tử đạt 80%.\n"
        "Tỉnh Gia Lai:\n- Đã có 95 dịch vụ công trực tuyến mức độ 3;\n- Tỷ lệ văn bản điện tử đạt 70%.\n",
    )
    f = result.facts
    assert set(zip(f["indicator"], f["value"], strict=True)) == {
        ("online_services_level3_count", 120),
        ("edocument_exchange_pct", 80),
    }
    n = result.numbers.set_index("text")
    assert n.loc["95", "why_not"] == n.loc["70", "why_not"] == "about another province"
