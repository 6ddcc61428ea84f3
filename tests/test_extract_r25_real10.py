"""Round 25, helper `real10`: wording found on real public pages (docs/phrasing.md §8, pages 502-520), tested on
sentences in our own words with fictional figures (none copied from a page, none from the `dev_real10` texts)."""

from __future__ import annotations

from conftest import extracted_facts

_facts = extracted_facts  # (tests/conftest.py)


def test_levels_before_a_count_after_va_are_the_shares_own(tmp_path):
    text = (
        "Tin ngày 02/12/2020\n\n"
        "Hiện nay 100% các sở, ngành và UBND các huyện, thành phố cùng 96 đơn vị cấp xã của tỉnh Hà Nam đã đưa phần mềm "
        "quản lý văn bản và điều hành vào vận hành chính thức.\n"
    )
    got = _facts(tmp_path, text)
    assert ("agencies_using_document_management_pct", "baseline", "all", 2020, 100) in got
    assert not any(f[0] == "agencies_using_document_management_pct" and f[2] == "province" for f in got)


def test_units_of_a_level_that_put_the_document_system_into_use(tmp_path):
    text = (
        "Tin ngày 10/09/2021\n\n"
        "Về ứng dụng công nghệ thông tin, Sở Thông tin và Truyền thông tỉnh Ninh Bình cho biết 100% cơ quan cấp tỉnh và 87 đơn vị cấp xã đã hoàn tất việc "
        "cài đặt và đưa phần mềm văn phòng điện tử vào sử dụng trong năm nay.\n"
    )
    got = _facts(tmp_path, text)
    assert ("document_management_units_count", "baseline", "commune", 2021, 87) in got


def test_levels_three_and_four_counted_after_the_goals_year(tmp_path):
    text = (
        "UBND tỉnh Bình Thuận ban hành kế hoạch năm 2012.\n\n"
        "Kế hoạch đặt ra số thủ tục hành chính cung cấp trực tuyến ở mức độ 3, 4 tới năm 2014 là 35 thủ tục.\n"
    )
    got = _facts(tmp_path, text)
    assert ("online_services_level3_4_count", "target", "all", 2014, 35) in got


def test_services_described_at_length_before_level_two(tmp_path):
    text = (
        "Kế hoạch ứng dụng công nghệ thông tin năm 2015 của tỉnh Khánh Hòa\n\n"
        "Phấn đấu đến hết năm 2015, 100% dịch vụ công có mẫu hồ sơ của các cơ quan nhà nước được nâng lên mức độ 2 "
        "trên cổng thông tin.\n"
    )
    got = _facts(tmp_path, text)
    assert ("online_services_level2_pct", "target", "all", 2015, 100) in got


def test_the_system_named_back_reaches_every_commune(tmp_path):
    text = (
        "Tin ngày 03/08/2019\n\n"
        "Tỉnh Điện Biên hoàn thành hệ thống giao ban điện tử nối từ tỉnh xuống huyện và xã. Đến nay, hệ thống này đã "
        "được lắp đặt tới 100% các xã, phường, thị trấn.\n"
    )
    got = _facts(tmp_path, text)
    assert ("communes_with_videoconference_pct", "baseline", "commune", 2019, 100) in got


def test_a_trial_run_at_part_of_the_communes_is_no_share(tmp_path):
    text = (
        "Tin ngày 03/08/2019\n\n"
        "Quý I/2019, đơn vị viễn thông đã chạy thử hệ thống hội nghị truyền hình trực tuyến tại 60/75 xã của tỉnh Bắc "
        "Kạn.\n"
    )
    got = _facts(tmp_path, text)
    assert not any(f[0] == "communes_with_videoconference_pct" for f in got)


def test_a_scheme_to_build_one_facility_is_no_plan_budget(tmp_path):
    text = (
        "Tin ngày 21/06/2021\n\n"
        "UBND tỉnh Thái Nguyên phê duyệt Đề án xây dựng nền tảng tích hợp, chia sẻ dữ liệu của tỉnh với tổng kinh phí "
        "thực hiện khoảng 18,2 tỷ đồng trong giai đoạn 2021 - 2023.\n"
    )
    got = _facts(tmp_path, text)
    assert not any(f[0].startswith("budget_") for f in got)


def test_points_of_a_scoring_method_are_no_values(tmp_path):
    text = (
        "PHỤ LỤC CÁCH TÍNH ĐIỂM CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP XÃ TT Tiêu chí Điểm tối đa 1 Xã được kết nối mạng truyền số "
        "liệu chuyên dùng: 20 điểm 2 Có trang thông tin điện tử của xã: 15 điểm\n"
    )
    got = _facts(tmp_path, text)
    assert not any(f[0] in ("specialized_network_points_count", "component_websites_count") for f in got)
