"""Round 24, helper `real9`: wording found on real public pages (docs/phrasing.md §8, pages 461-480), tested on
sentences in our own words with fictional figures (none copied from a page)."""

from __future__ import annotations

from conftest import extracted_facts

_facts = extracted_facts  # (tests/conftest.py)


REVIEW = (
    "Tỉnh Đồng Nai: kết quả ứng dụng công nghệ thông tin năm 2019\n\n"
    "Theo báo cáo của Sở Thông tin và Truyền thông, đến cuối năm 2019 có 19 sở, ngành và 7 UBND huyện đã kết nối vào "
    "mạng WAN của tỉnh; 17 sở, ngành và 9 huyện, thị xã đã có trang thông tin điện tử riêng. 100% các sở, ngành tỉnh, "
    "các huyện, thị xã và thành phố (kể cả các đơn vị sự nghiệp) và các xã, phường, thị trấn đã sử dụng chữ ký số.\n"
)


def test_units_on_the_wan_counted_level_by_level_before_the_network(tmp_path):
    got = _facts(tmp_path, REVIEW)
    assert ("wan_connected_units_count", "baseline", "province", 2019, 19) in got
    assert ("wan_connected_units_count", "baseline", "district", 2019, 7) in got


def test_websites_counted_level_by_level_before_one_predicate(tmp_path):
    got = _facts(tmp_path, REVIEW)
    assert ("component_websites_count", "baseline", "province", 2019, 17) in got
    assert ("component_websites_count", "baseline", "district", 2019, 9) in got


def test_every_level_listed_with_a_bracket_inside_the_list_is_all(tmp_path):
    got = _facts(tmp_path, REVIEW)
    assert ("agencies_using_digital_signature_pct", "baseline", "all", 2019, 100) in got
    assert not any(f[0] == "agencies_using_digital_signature_pct" and f[2] == "province" for f in got)


def test_units_using_the_system_that_the_page_title_names(tmp_path):
    text = (
        "Phần mềm quản lý văn bản và điều hành\n\n"
        "Tính đến tháng 12/2022, 640 cơ quan, đơn vị tham gia sử dụng phần mềm, trong đó có các cơ quan cấp tỉnh và cấp "
        "huyện.\n"
    )
    got = _facts(tmp_path, text)
    assert ("document_management_units_count", "baseline", "all", 2022, 640) in got
    # a system the title does not name as the document system: its users are no units of it
    other = tmp_path / "other"
    other.mkdir()
    text = "Hệ thống thư điện tử công vụ của tỉnh\n\nTính đến tháng 12/2022, 640 đơn vị tham gia sử dụng hệ thống.\n"
    assert not any(f[0] == "document_management_units_count" for f in _facts(other, text))


def test_money_allotted_for_it_works_after_a_comma_and_spent_by_the_end_of_the_year(tmp_path):
    text = (
        "Sóc Trăng: ứng dụng công nghệ thông tin năm 2018\n\n"
        "Năm 2018, tỉnh phân bổ kinh phí 9,4 tỷ đồng, thực hiện 14 nhiệm vụ ứng dụng công nghệ thông tin trong cơ quan "
        "nhà nước. Hết năm, tổng số vốn đã giải ngân được 9,1 tỷ đồng.\n"
    )
    got = _facts(tmp_path, text)
    assert ("budget_total_mvnd", "target", "all", 2018, 9400) in got
    assert ("budget_total_mvnd", "baseline", "all", 2018, 9100) in got
