"""Stop 25 of issue #11 (`dev_wording11`): how news, reviews and plans date their figures and tell results from goals,
tested on sentences in our own words with fictional figures (none copied from the set's texts)."""

from __future__ import annotations

from conftest import extracted_facts

from analysis.extract import extract_corpus

_facts = extracted_facts  # (tests/conftest.py)


def test_a_numbered_result_naming_the_years_goal_is_no_heading_of_goals(tmp_path):
    text = (
        "UBND TỈNH QUẢNG NGÃI\nSố: 212/BC-UBND\nQuảng Ngãi, ngày 12 tháng 7 năm 2021\n\n"
        "BÁO CÁO\nKết quả chuyển đổi số 6 tháng đầu năm 2021\n\n"
        "I. KẾT QUẢ\n"
        "1. Tỷ lệ người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến đạt 64%, vượt chỉ tiêu năm 2021 (60%).\n"
        "2. Tỷ lệ UBND cấp xã sử dụng phần mềm quản lý văn bản đạt 88%.\n"
    )
    got = _facts(tmp_path, text)
    assert ("citizens_businesses_using_online_services_pct", "baseline", "all", 2021, 64) in got
    assert ("citizens_businesses_using_online_services_pct", "target", "all", 2021, 60) in got
    assert ("agencies_using_document_management_pct", "baseline", "commune", 2021, 88) in got


def test_a_plans_goal_named_with_its_year_before_its_verb(tmp_path):
    text = (
        "UBND TỈNH GIA LAI\nSố: 77/BC-UBND\nGia Lai, ngày 20 tháng 12 năm 2017\n\n"
        "BÁO CÁO\nKết quả ứng dụng công nghệ thông tin năm 2017\n\n"
        "Tỷ lệ cán bộ, công chức cấp huyện thường xuyên dùng thư điện tử công vụ khoảng 71% "
        "(kế hoạch năm 2017 đề ra 65%).\n"
    )
    got = _facts(tmp_path, text)
    assert ("staff_email_usage_pct", "baseline", "district", 2017, 71) in got
    assert ("staff_email_usage_pct", "target", "district", 2017, 65) in got


def test_a_result_then_its_goal_after_a_slash(tmp_path):
    text = (
        "Nghị quyết Đại hội Đảng bộ tỉnh Kon Tum nhiệm kỳ 2020 - 2025\n\n"
        "Ngày 20/10/2020\n\n"
        "I. KẾT QUẢ NHIỆM KỲ 2015 - 2020\n"
        "Một số kết quả chủ yếu (thực hiện/chỉ tiêu): tỷ lệ cơ quan nhà nước sử dụng chữ ký số đạt 96%/85%.\n"
        "II. MỤC TIÊU NHIỆM KỲ 2020 - 2025\n"
        "Đến năm 2025, 100% UBND cấp xã sử dụng chữ ký số chuyên dùng.\n"
    )
    got = _facts(tmp_path, text)
    assert ("agencies_using_digital_signature_pct", "baseline", "all", 2020, 96) in got
    assert ("agencies_using_digital_signature_pct", "target", "all", 2020, 85) in got
    assert ("agencies_using_digital_signature_pct", "baseline", "all", 2020, 85) not in got


def test_now_alone_in_brackets_beside_a_goal(tmp_path):
    text = (
        "UBND TỈNH LONG AN\nSố: 30/KH-UBND\nLong An, ngày 05 tháng 3 năm 2022\n\n"
        "KẾ HOẠCH\nChuyển đổi số năm 2022\n\n"
        "Mục tiêu: 90% UBND cấp xã sử dụng chữ ký số chuyên dùng (hiện đạt 61%).\n"
    )
    got = _facts(tmp_path, text)
    assert ("agencies_using_digital_signature_pct", "target", "commune", 2022, 90) in got
    assert ("agencies_using_digital_signature_pct", "baseline", "commune", 2022, 61) in got


def test_a_portal_offering_services_now_in_news_of_goals(tmp_path):
    text = (
        "Thái Bình đẩy mạnh dịch vụ công trực tuyến\n\n"
        "Cập nhật: 03/08/2017\n\n"
        "Trang dịch vụ công của tỉnh đang cung cấp 58 dịch vụ công trực tuyến mức độ 3. "
        "Dự kiến cuối năm nay, tỉnh phấn đấu có 90 dịch vụ mức độ 3.\n"
    )
    got = _facts(tmp_path, text)
    assert ("online_services_level3_count", "baseline", "all", 2017, 58) in got


def test_a_january_news_of_last_years_review_dates_its_results_by_that_year(tmp_path):
    text = (
        "Sóc Trăng: ngành thông tin và truyền thông bàn nhiệm vụ năm 2019\n\n"
        "15/01/2019 | 09:30\n\n"
        "Sáng 15/1, Sở Thông tin và Truyền thông tổ chức hội nghị tổng kết công tác năm 2018, đề ra phương hướng, "
        "nhiệm vụ năm 2019.\n\n"
        "Trong năm qua, tỷ lệ văn bản đi được gửi dưới dạng điện tử đạt 76%. Toàn tỉnh có 64 công chức chuyên trách "
        "công nghệ thông tin.\n\n"
        "Năm 2019, ngành phấn đấu đưa tỷ lệ này lên 90%.\n"
    )
    got = _facts(tmp_path, text)
    assert ("edocument_exchange_pct", "baseline", "all", 2018, 76) in got
    assert ("it_staff_count", "baseline", "all", 2018, 64) in got


def test_a_share_grown_to_a_value_in_a_named_year(tmp_path):
    text = (
        "Lai Châu: văn bản điện tử thay văn bản giấy\n\n"
        "(Ngày 04/11/2023) Theo Sở Thông tin và Truyền thông tỉnh Lai Châu, tỷ lệ văn bản trao đổi giữa các cơ quan nhà nước dưới "
        "dạng điện tử đã tăng từ 41% năm 2019 lên gần 95% trong năm 2023.\n"
    )
    got = _facts(tmp_path, text)
    assert ("edocument_exchange_pct", "baseline", "all", 2019, 41) in got
    assert ("edocument_exchange_pct", "baseline", "all", 2023, 95) in got


def test_a_year_typed_with_a_letter_o(tmp_path):
    text = (
        "UBND TỈNH BẮC GIANG\nSố: 315/BC-UBND\nBắc Giang, ngày 10 tháng 12 năm 2019\n\n"
        "BÁO CÁO\nKết quả ứng dụng công nghệ thông tin năm 2019\n\n"
        "Có 83,5% UBND cấp xã đã sử dụng chữ ký số chuyên dùng (năm 2O18 là 52%).\n"
    )
    got = _facts(tmp_path, text)
    assert ("agencies_using_digital_signature_pct", "baseline", "commune", 2019, 83.5) in got
    assert ("agencies_using_digital_signature_pct", "baseline", "commune", 2018, 52) in got


def test_documents_sent_over_the_network_named_after_whom_they_pass_between(tmp_path):
    text = (
        "Hưng Yên: văn bản điện tử dần thay văn bản giấy\n\n"
        "Cập nhật: 20/09/2015\n\n"
        "Đến nay, trên địa bàn tỉnh Hưng Yên có chừng 70 - 75% văn bản giữa các sở, ngành và huyện được gửi, nhận "
        "trên môi trường mạng.\n"
    )
    got = _facts(tmp_path, text)
    assert any(f[0] == "edocument_exchange_pct" and f[1] == "baseline" and f[3] == 2015 for f in got)


def test_communes_counted_after_a_share_of_the_other_levels(tmp_path):
    text = (
        "UBND TỈNH YÊN BÁI\nSố: 140/BC-UBND\nYên Bái, ngày 15 tháng 12 năm 2020\n\n"
        "BÁO CÁO\nKết quả ứng dụng công nghệ thông tin năm 2020\n\n"
        "Phần mềm quản lý văn bản và điều hành đã được sử dụng tại 100% sở, ngành, UBND cấp huyện và 168 xã, phường, "
        "thị trấn.\n"
    )
    got = _facts(tmp_path, text)
    assert ("document_management_units_count", "baseline", "commune", 2020, 168) in got


def test_this_share_raised_to_a_floor_at_a_level(tmp_path):
    text = (
        "Quảng Trị: thư công vụ chưa được dùng đều\n\n"
        "(Ngày 12/05/2021) Tỷ lệ cán bộ, công chức cấp huyện sử dụng thư điện tử công vụ thường xuyên mới đạt 64%. "
        "Tỉnh yêu cầu đến cuối năm 2022 đưa tỷ lệ này ở cấp huyện lên tối thiểu 85%.\n"
    )
    got = _facts(tmp_path, text)
    assert ("staff_email_usage_pct", "baseline", "district", 2021, 64) in got
    assert ("staff_email_usage_pct", "target", "district", 2022, 85) in got


def _money(tmp_path, text: str):
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    f = extract_corpus(tmp_path).facts
    return set(
        zip(
            f["indicator"],
            f["kind"],
            f["year"].astype("Int64").astype(object),
            f["value"],
            strict=True,
        )
    )


def test_one_years_money_set_apart_after_the_periods(tmp_path):
    text = (
        "ỦY BAN NHÂN DÂN TỈNH THANH HÓA\nSố: 45/KH-UBND\nThanh Hóa, ngày 20 tháng 1 năm 2021\n\n"
        "KẾ HOẠCH\nỨng dụng công nghệ thông tin giai đoạn 2021 - 2025\n\n"
        "III. KINH PHÍ\nTổng kinh phí của Kế hoạch khoảng 210.000 triệu đồng từ ngân sách tỉnh; riêng năm 2021 là "
        "38.500 triệu đồng.\n"
    )
    got = _money(tmp_path, text)
    assert ("budget_total_mvnd", "target", 2021, 38500) in got
