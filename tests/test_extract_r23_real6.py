"""Rules of round 23 from thirteen real public pages (listed in docs/phrasing.md section 8, block "real6"), tested on
sentences in our own words with fictional figures: a page's date after a section name and `Đăng ngày:`, one year's
list of services at levels 3 and 4, a combined count with its split in brackets, procedures not yet fit to go online,
units that run the office software, the exchange of documents named before the network, a comma amount past any plan,
and provinces named in a ranking's list."""

from __future__ import annotations

import pytest

from analysis.extract import extract_corpus
from analysis.provinces import find_province


def _extract(tmp_path, text: str, name: str = "doc.txt"):
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = extract_corpus(tmp_path)
    assert not result.problems
    return result


def _rows(facts):
    return set(
        zip(
            facts["indicator"],
            facts["kind"],
            facts["scope"],
            [None if y != y else int(y) for y in facts["year"]],
            facts["value"],
            strict=True,
        )
    )


@pytest.mark.parametrize(
    "stamp", ["Tin tức - Sự kiện | Đăng ngày: 14/03/2019", "Chuyên mục Chuyển đổi số - Ngày đăng: 14-03-2019 08:15"]
)
def test_a_page_date_after_a_section_name(tmp_path, stamp):
    # (real6: `Công nghệ thông tin | Đăng ngày: 09/07/2021` was longer than a bare date line may be: no date read)
    result = _extract(
        tmp_path,
        "<< Trở về\nKon Tum mở rộng dịch vụ công trực tuyến\n"
        f"{stamp}\n\n"
        "UBND tỉnh Kon Tum vừa phê duyệt phương án đưa thêm thủ tục lên dịch vụ công trực tuyến cho người dân.\n",
    )
    assert str(result.documents.iloc[0]["published"]).startswith("2019-03-14")


def test_one_years_list_of_services_by_level(tmp_path):
    # (real6: `Danh mục dịch vụ công trực tuyến mức độ 3, mức độ 4 … thực hiện trong năm 2021`: the level's digits
    # stood between the list and its year, so no plan year was read; and the total of a level with its split in
    # brackets was read as a combined count)
    f = _extract(
        tmp_path,
        "Ngày 02/3/2019, Chủ tịch UBND tỉnh Kon Tum ký Quyết định ban hành Danh mục dịch vụ công trực tuyến mức độ 3 "
        "và mức độ 4 do các cơ quan cung cấp trong năm 2019.\n"
        "Cụ thể, danh mục gồm: Các sở, ngành: 410 dịch vụ công trực tuyến (88 mức độ 3; 322 mức độ 4); "
        "Cấp huyện: 64 dịch vụ (12 mức độ 3; 52 mức độ 4).\n",
    ).facts
    rows = _rows(f)
    assert {
        ("online_services_level3_count", "target", "province", 2019, 88.0),
        ("online_services_level4_count", "target", "province", 2019, 322.0),
        ("online_services_level3_count", "target", "district", 2019, 12.0),
        ("online_services_level4_count", "target", "district", 2019, 52.0),
    } <= rows
    assert "online_services_level3_4_count" not in set(f["indicator"])


def test_procedures_not_yet_fit_to_go_online_are_no_count(tmp_path):
    # (real6: `Danh mục thủ tục hành chính chưa đủ điều kiện triển khai … mức độ 4 bao gồm: Cấp tỉnh có 594 thủ tục`)
    f = _extract(
        tmp_path,
        "(Kon Tum, 5/4/2019) - Theo rà soát, các thủ tục hành chính không đủ điều kiện cung cấp dịch vụ công "
        "trực tuyến toàn trình gồm: tỉnh có 233 thủ tục hành chính, cấp huyện có 41 thủ tục hành chính.\n",
    ).facts
    assert "admin_procedures_count" not in set(f["indicator"])


def test_units_that_run_the_office_software(tmp_path):
    # (real6: `21 đơn vị đã vận hành chương trình văn phòng điện tử M-office`)
    f = _extract(
        tmp_path,
        "(Kon Tum, 5/4/2014) - Hiện toàn tỉnh có 37 cơ quan đang vận hành phần mềm quản lý văn bản và điều hành "
        "của tỉnh.\n",
    ).facts
    assert ("document_management_units_count", 37.0) in set(zip(f["indicator"], f["value"], strict=True))


def test_the_exchange_of_documents_named_before_the_network(tmp_path):
    # (real6: `Tỷ lệ trao đổi văn bản được thực hiện trên môi trường mạng trong nội bộ đạt 65%`)
    f = _extract(
        tmp_path,
        "(Kon Tum, 5/4/2014) - Năm qua, ứng dụng công nghệ thông tin có nhiều tiến bộ: việc trao đổi văn bản giữa các sở "
        "qua môi trường mạng đã đạt 72%.\n",
    ).facts
    assert ("edocument_exchange_pct", 72.0) in set(zip(f["indicator"], f["value"], strict=True))


def test_a_comma_amount_past_any_plan_is_a_decimal(tmp_path):
    # (real6: `Tổng kinh phí thực hiện kế hoạch là 131,680 tỷ`, in a text with no dotted thousands, was read as 131,680
    # thousand million; an amount a plan can have, `1,350 tỷ đồng`, stays thousands, round 21)
    (tmp_path / "a.txt").write_text(
        "Kon Tum ban hành kế hoạch ứng dụng CNTT năm 2015\n"
        "Ngày 3/9/2014, UBND tỉnh Kon Tum ban hành kế hoạch ứng dụng CNTT năm 2015. "
        "Tổng kinh phí thực hiện kế hoạch là 245,500 tỷ đồng.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Ngày 3/9/2014, UBND tỉnh Gia Lai ban hành kế hoạch ứng dụng CNTT giai đoạn 2015-2020. "
        "Tổng kinh phí thực hiện kế hoạch là 1,350 tỷ đồng.\n",
        encoding="utf-8",
    )
    f = extract_corpus(tmp_path).facts
    money = f[f["indicator"] == "budget_total_mvnd"]
    assert sorted(zip(money["source_file"], money["value"], strict=True)) == [("a.txt", 245500.0), ("b.txt", 1350000.0)]


def test_provinces_in_a_rankings_list_count_less_than_the_page_s_own():
    # (real6: a news item of Hậu Giang that lists the leaders of each pillar, Đà Nẵng in three of the lists)
    text = (
        "Theo công bố, Bạc Liêu nằm trong nhóm 10 địa phương có hạ tầng số tốt. Thời gian qua Bạc Liêu đã tổ chức "
        "nhiều hoạt động hưởng ứng.\n"
        "Về xếp hạng năm 2022: thành phố Cần Thơ đứng đầu, kế đến là Đồng Tháp; dẫn đầu về nhận thức số: Cần Thơ, "
        "An Giang, Trà Vinh; dẫn đầu về hạ tầng số: Cần Thơ, Sóc Trăng, Bạc Liêu; dẫn đầu về nhân lực số: Cần Thơ, "
        "Long An, Tiền Giang.\n"
    )
    province, _, _ = find_province(text)
    assert province is not None and province.name == "Bạc Liêu"


def test_units_the_office_software_runs_on(tmp_path):
    # (real6, second part: `triển khai hệ thống quản lý văn bản và điều hành (iOffice) trên 650 cơ quan, đơn vị`)
    f = _extract(
        tmp_path,
        "(Kon Tum, 5/4/2023) - Xây dựng chính quyền điện tử: đến nay, phần mềm văn phòng điện tử của tỉnh đã chạy ổn "
        "định trên 412 cơ quan, đơn vị từ tỉnh đến xã.\n",
    ).facts
    assert ("document_management_units_count", 412.0) in set(zip(f["indicator"], f["value"], strict=True))


@pytest.mark.parametrize(
    "sentence",
    [
        "tỷ lệ văn bản được ký số trên phần mềm quản lý văn bản của các sở, ngành đạt 96%",
        "tỷ lệ văn bản xử lý trên hệ thống eDocman ở các cơ quan cấp huyện đạt trên 64%",
    ],
)
def test_documents_signed_or_handled_in_the_software_are_no_agencies_share(tmp_path, sentence):
    # (real6, second part: `tỷ lệ văn bản có ký số trên iOffice của các cơ quan đơn vị từ xã đến tỉnh đạt 100%` was read
    # as a share of agencies using the software)
    f = _extract(tmp_path, f"(Kon Tum, 5/4/2023) - Về chính quyền số, {sentence}.\n").facts
    assert "agencies_using_document_management_pct" not in set(f["indicator"])
