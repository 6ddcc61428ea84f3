"""Round 25 (`dev_wording12`): how real texts word their values, tested on sentences in our own words with fictional
figures (none copied from the set's texts)."""

from __future__ import annotations

from conftest import extracted_facts

from analysis.extract import extract_corpus

_facts = extracted_facts  # (tests/conftest.py)


def test_an_interview_under_a_quoted_headline_states_the_state_now(tmp_path):
    text = (
        'Lai Châu: "Mọi thủ tục phải lên mạng"\n\n'
        "Ngày đăng: 11/06/2020\n\n"
        "Phóng viên: Xin ông cho biết về nhân lực công nghệ thông tin của tỉnh?\n\n"
        "Ông Lò Văn Tâm: Tỉnh có 52 người làm chuyên trách công nghệ thông tin ở các sở, ngành và huyện.\n\n"
        "Phóng viên: Sang năm, tỉnh hướng tới điều gì?\n\n"
        "Ông Lò Văn Tâm: Sang năm chúng tôi phấn đấu có 200 dịch vụ công trực tuyến mức độ 4.\n"
    )
    got = _facts(tmp_path, text)
    assert ("it_staff_count", "baseline", "all", 2020, 52) in got


def test_a_share_in_words_of_those_just_named(tmp_path):
    text = (
        "(Điện Biên, 02/10/2019) - Hiện tỉnh có 61 cán bộ chuyên trách công nghệ thông tin, hơn một nửa trong số đó "
        "có trình độ đại học trở lên.\n"
    )
    got = _facts(tmp_path, text)
    assert ("it_staff_university_or_higher_pct", "baseline", "all", 2019, 50) in got


def test_units_out_of_a_whole_written_with_trong_so(tmp_path):
    text = (
        "(Yên Bái, 05/05/2018) - Đến nay 17 trong số 20 cơ quan cấp tỉnh đã bố trí cán bộ chuyên trách công nghệ "
        "thông tin; ở cấp xã, ba trong số 12 xã đã triển khai một cửa điện tử.\n"
    )
    got = _facts(tmp_path, text)
    assert ("agencies_with_dedicated_it_staff_pct", "baseline", "province", 2018, 85) in got
    assert ("agencies_with_eonestop_pct", "baseline", "commune", 2018, 25) in got


def test_a_districts_offices_counted_as_a_fraction(tmp_path):
    text = (
        "ỦY BAN NHÂN DÂN\nHUYỆN TAM NÔNG\n\nSố: 12/BC-UBND\nTam Nông, ngày 15 tháng 12 năm 2022\n\n"
        "BÁO CÁO\nKết quả ứng dụng công nghệ thông tin năm 2022\n\n"
        "Đến nay 11/12 phòng, ban chuyên môn của huyện đã dùng chữ ký số trên văn bản đi.\n"
    )
    got = _facts(tmp_path, text)
    assert ("agencies_using_digital_signature_pct", "baseline", "district", 2022, 91.7) in got


def test_a_count_granted_to_staff_from_one_level_to_another(tmp_path):
    text = (
        "(Bắc Kạn, 20/08/2021) - Đến nay 3.150 hộp thư công vụ đã được cấp cho cán bộ, công chức từ cấp huyện đến "
        "cấp xã.\n"
    )
    got = _facts(tmp_path, text)
    assert ("email_accounts_count", "baseline", "all", 2021, 3150) in got


def test_it_staff_that_grew_and_the_goal_they_are_measured_against(tmp_path):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\n\nSố: 201/BC-UBND\nĐồng Nai, ngày 20 tháng 11 năm 2018\n\n"
        "BÁO CÁO\nSơ kết 3 năm thực hiện Kế hoạch ứng dụng công nghệ thông tin giai đoạn 2016 - 2020\n\n"
        "I. KẾT QUẢ\n"
        "Đội ngũ cán bộ chuyên trách công nghệ thông tin đã tăng từ 52 người (năm 2015) lên 71 người, còn thấp so với "
        "mục tiêu 90 người vào năm 2020. Đội ngũ này gồm 6 thạc sĩ và 52 người có trình độ đại học.\n"
    )
    got = _facts(tmp_path, text)
    assert ("it_staff_count", "baseline", "all", 2015, 52) in got
    assert ("it_staff_count", "baseline", "all", 2018, 71) in got
    assert ("it_staff_count", "target", "all", 2020, 90) in got
    assert ("it_staff_postgraduate_count", "baseline", "all", 2018, 6) in got


def test_a_results_row_written_as_text_with_full_stops_between_its_cells(tmp_path):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH THÁI BÌNH\n\nSố: 64/BC-UBND\nThái Bình, ngày 10 tháng 7 năm 2019\n\n"
        "BÁO CÁO\nKết quả ứng dụng công nghệ thông tin 6 tháng đầu năm 2019\n\n"
        "3. Tỷ lệ UBND sử dụng chữ ký số chuyên dùng – Cấp huyện: 100%. Cấp xã: 88%.\n"
        "4. Tỷ lệ cán bộ, công chức được cấp hộp thư công vụ – Kế hoạch năm: 95%. Thực hiện đến 30/6: 91%.\n"
        "5. Số thủ tục hành chính đã công khai trên Cổng dịch vụ công của tỉnh – 1.540 thủ tục.\n"
    )
    got = _facts(tmp_path, text)
    assert ("agencies_using_digital_signature_pct", "baseline", "district", 2019, 100) in got
    assert ("agencies_using_digital_signature_pct", "baseline", "commune", 2019, 88) in got
    assert ("staff_with_email_pct", "target", "all", 2019, 95) in got
    assert ("staff_with_email_pct", "baseline", "all", 2019, 91) in got
    assert ("admin_procedures_count", "baseline", "all", 2019, 1540) in got


def test_a_years_money_named_by_what_was_spent_and_next_years_money(tmp_path):
    text = (
        "Long An: đầu tư cho công nghệ thông tin tăng đều\n\n"
        "(Long An, 15/11/2022) - Năm 2021, số đã chi là 64 tỷ đồng (vốn trung ương 14 tỷ đồng, vốn tỉnh 50 tỷ đồng). "
        "Theo Sở Thông tin và Truyền thông, kinh phí năm sau dự kiến là 71.000.000.000 đồng.\n"
    )
    got = _facts(tmp_path, text)
    assert ("budget_total_mvnd", "baseline", "all", 2021, 64000) in got
    assert ("budget_total_mvnd", "target", "all", 2023, 71000) in got


def test_a_share_of_staff_equal_to_the_accounts_counted(tmp_path):
    text = (
        "(Hòa Bình, 03/03/2017) - Hệ thống thư điện tử công vụ của tỉnh hiện có 6.240 hộp thư, tương ứng với 88% cán "
        "bộ, công chức.\n"
    )
    got = _facts(tmp_path, text)
    assert ("email_accounts_count", "baseline", "all", 2017, 6240) in got
    assert ("staff_with_email_pct", "baseline", "all", 2017, 88) in got


def test_a_sum_over_sources_each_in_brackets(tmp_path):
    text = (
        "(Cà Mau, 30/12/2020) - Giai đoạn 2016-2020, tổng số vốn từ hai nguồn, Trung ương (21 tỷ đồng) và tỉnh (54 tỷ "
        "đồng), đầu tư cho chính quyền điện tử đạt 75 tỷ đồng.\n"
    )
    got = _facts(tmp_path, text)
    f = _all(tmp_path)
    assert ("budget_central_mvnd", 2016, 2020, 21000) in f
    assert ("budget_local_mvnd", 2016, 2020, 54000) in f
    assert ("budget_total_mvnd", 2016, 2020, 75000) in f
    assert not any(i == "budget_total_mvnd" and v == 21000 for i, *_, v in got)


def _all(tmp_path):
    f = extract_corpus(tmp_path).facts
    return set(
        zip(
            f["indicator"],
            f["period_start"].astype("Int64").astype(object),
            f["period_end"].astype("Int64").astype(object),
            f["value"],
            strict=True,
        )
    )


def test_a_second_speed_of_a_split_in_gbps(tmp_path):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\n\nSố: 77/KH-UBND\nBình Định, ngày 02 tháng 3 năm 2022\n\n"
        "KẾ HOẠCH\nPhát triển hạ tầng số giai đoạn 2022 - 2025\n\n"
        "Đến năm 2025, Trung tâm dữ liệu tỉnh có đường truyền trong nước ít nhất 20 Gbps, quốc tế ít nhất 2 Gbps.\n"
    )
    got = _facts(tmp_path, text)
    assert ("datacenter_domestic_bandwidth_mbps", "target", "all", 2025, 20000) in got
    assert ("datacenter_international_bandwidth_mbps", "target", "all", 2025, 2000) in got


def test_a_line_that_opens_with_its_topic_alone(tmp_path):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HẬU GIANG\n\nSố: 30/BC-UBND\nHậu Giang, ngày 25 tháng 12 năm 2021\n\n"
        "BÁO CÁO\nKết quả ứng dụng công nghệ thông tin năm 2021\n\n"
        "Mạng truyền số liệu chuyên dùng: 70/75 xã, phường, thị trấn đã được kết nối.\n"
    )
    got = _facts(tmp_path, text)
    assert ("communes_on_specialized_network_pct", "baseline", "commune", 2021, 93.3) in got


def test_a_share_of_agencies_signing_the_documents_they_send(tmp_path):
    text = (
        "(Quảng Ngãi, 12/10/2023) - Đến nay, tỷ lệ đơn vị áp dụng chữ ký số khi phát hành, trao đổi văn bản điện tử "
        "(trừ văn bản mật) đạt 97%.\n"
    )
    got = _facts(tmp_path, text)
    assert ("agencies_using_digital_signature_pct", "baseline", "all", 2023, 97) in got
    assert not any(i == "edocument_exchange_pct" for i, *_ in got)


def test_one_share_of_two_levels_each_with_its_own_rate(tmp_path):
    text = (
        "Kon Tum: ứng dụng công nghệ thông tin về tới xã\n\n"
        "(Kon Tum, 28/12/2016) - Đến nay, tỷ lệ cơ quan cấp huyện dùng phần mềm quản lý văn bản và tỷ lệ cơ quan cấp xã "
        "dùng phần mềm quản lý văn bản đều đạt 90%.\n"
    )
    got = _facts(tmp_path, text)
    assert ("agencies_using_document_management_pct", "baseline", "district", 2016, 90) in got
    assert ("agencies_using_document_management_pct", "baseline", "commune", 2016, 90) in got


def test_a_fraction_named_back_at_the_level_its_clause_opens_with(tmp_path):
    text = (
        "Quảng Bình: một cửa điện tử về tới xã\n\n"
        "(Quảng Bình, 04/04/2022) - Đến nay, 100% UBND cấp huyện đã vận hành phần mềm một cửa điện tử. Riêng cấp xã, "
        "con số này là 120/151.\n"
    )
    got = _facts(tmp_path, text)
    assert ("agencies_with_eonestop_pct", "baseline", "commune", 2022, 79.5) in got


def test_a_total_repeated_in_words_then_its_only_source(tmp_path):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\n\nSố: 18/KH-UBND\nNinh Bình, ngày 20 tháng 01 năm 2016\n\n"
        "KẾ HOẠCH\nỨng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước năm 2016\n\n"
        "IV. KINH PHÍ\nTổng kinh phí: 2.400.000.000 đồng (Hai tỷ bốn trăm triệu đồng) từ nguồn ngân sách tỉnh.\n"
    )
    got = _facts(tmp_path, text)
    assert ("budget_total_mvnd", "target", "all", 2016, 2400) in got
    assert ("budget_local_mvnd", "target", "all", 2016, 2400) in got
