"""Round 25 of issue #11: what round 24 left open, tested on sentences in our own words with fictional figures (none
copied from a set's text or a real page): a list by year under a lead with no money word, a people's council's
resolution, results of an earlier programme in an undated text, a district's page naming another province once."""

from __future__ import annotations

from conftest import extracted_facts

from analysis.extract import extract_corpus


def _run(tmp_path, text: str, name: str = "doc.txt"):
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = extract_corpus(tmp_path)
    assert not result.problems
    return result


_facts = extracted_facts  # (tests/conftest.py)


def _document(tmp_path, text: str) -> dict:
    return _run(tmp_path, text).documents.iloc[0].to_dict()


PLAN_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 77/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Yên Bái, ngày 20 tháng 12 năm 2021\nKẾ HOẠCH\nPhát triển chính quyền số tỉnh Yên Bái giai đoạn 2022-2024\n"
    "II. NHIỆM VỤ\n1. Hoàn thiện nền tảng chia sẻ dữ liệu của tỉnh, kết nối các hệ thống thông tin của các sở, ngành và "
    "địa phương với cơ sở dữ liệu quốc gia về dân cư; bảo đảm an toàn, an ninh mạng cho các hệ thống dùng chung.\n"
    "2. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại bộ phận một cửa các cấp theo lộ trình.\n"
)


def test_a_phasing_lead_with_no_money_word_gives_each_year_its_amount(tmp_path):
    text = (
        PLAN_HEAD
        + "3. Phân kỳ thực hiện:\n+ Năm 2022: 6,4 tỷ đồng;\n+ Năm 2023: 7,1 tỷ đồng;\n+ Năm 2024: 9 tỷ đồng.\n"
    )
    got = _facts(tmp_path, text)
    for year, value in ((2022, 6400), (2023, 7100), (2024, 9000)):
        assert ("budget_total_mvnd", "target", "all", year, value) in got


def test_an_allotment_by_year_on_one_line_gives_each_year_its_amount(tmp_path):
    text = PLAN_HEAD + "Dự kiến phân bổ theo từng năm: năm 2022 là 450 triệu đồng; năm 2023 là 520 triệu đồng.\n"
    got = _facts(tmp_path, text)
    assert ("budget_total_mvnd", "target", "all", 2022, 450) in got
    assert ("budget_total_mvnd", "target", "all", 2023, 520) in got


COUNCIL = (
    "HỘI ĐỒNG NHÂN DÂN\nTỈNH BẮC KẠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: {number}\nBắc Kạn, ngày 14 tháng 7 năm 2021\nNGHỊ QUYẾT\nQuy định mức chi hỗ trợ ứng dụng công nghệ thông "
    "tin tại cấp xã trên địa bàn tỉnh Bắc Kạn\nHỘI ĐỒNG NHÂN DÂN TỈNH BẮC KẠN\nKHÓA X, KỲ HỌP THỨ 2\n"
    "Xét Tờ trình số 95/TTr-UBND của Ủy ban nhân dân tỉnh về việc đề nghị ban hành Nghị quyết;\nQUYẾT NGHỊ:\n"
    "Điều 1. Hỗ trợ mỗi xã kinh phí mua sắm thiết bị công nghệ thông tin.\n"
    "Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.\n"
)


def test_a_provincial_council_s_resolution_is_issued_by_the_council(tmp_path):
    doc = _document(tmp_path, COUNCIL.format(number="31/NQ-HĐND"))
    assert (doc["issuer"], doc["issuer_level"]) == ("HĐND tỉnh Bắc Kạn", "province")


def test_a_council_s_header_names_the_issuer_even_with_a_number_of_no_code(tmp_path):
    doc = _document(tmp_path, COUNCIL.format(number="31/2021/NQ"))
    assert doc["issuer"] == "HĐND tỉnh Bắc Kạn"


def test_a_district_council_s_resolution_is_issued_by_that_council(tmp_path):
    text = COUNCIL.replace("TỈNH BẮC KẠN\nCỘNG", "HUYỆN CHỢ ĐỒN\nCỘNG").format(number="12/NQ-HĐND")
    doc = _document(tmp_path, text)
    assert (doc["issuer"], doc["issuer_level"]) == ("HĐND huyện Chợ Đồn", "district")


UNDATED_REPORT = (
    "ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nSố:      /BC-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nBÁO CÁO\nĐề xuất nội dung Chương trình chuyển đổi số giai đoạn 2022-2026\n"
    "I. KẾT QUẢ ĐẠT ĐƯỢC\nTỉnh đã triển khai Chương trình ứng dụng công nghệ thông tin trong cơ quan nhà nước giai "
    "đoạn 2017-2021 trên toàn bộ các sở, ngành. Một số kết quả chủ yếu:\n"
    "- Có 187 dịch vụ công trực tuyến mức độ 4 được cung cấp.\n"
    "- 93% văn bản đi, đến giữa các cơ quan nhà nước được trao đổi dưới dạng điện tử.\n"
)


def test_undated_results_of_an_earlier_programme_are_of_its_last_year(tmp_path):
    got = _facts(tmp_path, UNDATED_REPORT)
    assert ("online_services_level4_count", "baseline", "all", 2021, 187) in got
    assert ("edocument_exchange_pct", "baseline", "all", 2021, 93) in got


def test_an_undated_plan_s_review_of_an_earlier_programme_dates_its_results(tmp_path):
    text = UNDATED_REPORT.replace("/BC-UBND", "/KH-UBND").replace("BÁO CÁO\nĐề xuất nội dung", "KẾ HOẠCH\nTriển khai")
    got = _facts(tmp_path, text)
    assert ("online_services_level4_count", "baseline", "all", 2021, 187) in got


def test_results_of_the_text_s_own_period_keep_its_end(tmp_path):
    # (a programme of the text's own period named in the section: no earlier programme, the default stays)
    text = UNDATED_REPORT.replace("giai đoạn 2017-2021", "giai đoạn 2022-2026")
    got = _facts(tmp_path, text)
    assert ("online_services_level4_count", "baseline", "all", 2026, 187) in got


def test_a_district_page_naming_another_province_once_is_its_district_s(tmp_path):
    text = (
        "Ba Bể số hóa hồ sơ một cửa\n\n"
        "Trong năm 2023, huyện Ba Bể đã cung cấp 96 dịch vụ công trực tuyến mức độ 4. Lãnh đạo huyện Ba Bể cho biết đơn vị đã "
        "tham khảo cách làm của thành phố Đà Nẵng.\n"
    )
    assert _document(tmp_path, text)["province"] == "Bắc Kạn"


def test_a_district_name_of_two_provinces_leads_to_neither(tmp_path):
    # (guard: `huyện Bảo Lâm` is of Cao Bằng and of Lâm Đồng; the province named stays the page's)
    text = (
        "Bảo Lâm nâng cao chất lượng dịch vụ công\n\n"
        "Năm 2023, huyện Bảo Lâm có 62% văn bản được ký số bằng chữ ký số. Cán bộ huyện Bảo Lâm đã dự lớp tập huấn do tỉnh "
        "Khánh Hòa tổ chức; huyện Bảo Lâm đặt mục tiêu đạt 80% vào năm 2024.\n"
    )
    assert _document(tmp_path, text)["province"] == "Khánh Hòa"


def test_an_earlier_programme_named_above_numbered_results_dates_them(tmp_path):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nSố:     /KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nKẾ HOẠCH\nXây dựng chính quyền số tỉnh Lai Châu giai đoạn 2021-2025\n"
        "I. TÌNH HÌNH THỰC HIỆN\nĐề án chính quyền điện tử của tỉnh giai đoạn 2018-2020 đã được các cơ quan triển khai "
        "nghiêm túc. Một số kết quả:\n1. Có 58% cán bộ, công chức cấp xã được cấp hộp thư điện tử công vụ.\n"
        "2. Tỉnh đã cung cấp 126 dịch vụ công trực tuyến mức độ 3.\n"
    )
    got = _facts(tmp_path, text)
    assert ("staff_with_email_pct", "baseline", "commune", 2020, 58) in got
    assert ("online_services_level3_count", "baseline", "all", 2020, 126) in got
