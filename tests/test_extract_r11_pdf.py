"""Issue #11, round 11: a PDF's text layer saved as plain text (lines broken mid-sentence) is read as running text."""

from pathlib import Path

from analysis.corpus import read_source
from analysis.extract import extract_source
from analysis.extract.unwrap import unwrap_lines


def _facts(tmp_path: Path, body: str):
    path = tmp_path / "kh.txt"
    path.write_text(body, encoding="utf-8")
    source = read_source(path)
    _, facts, _ = extract_source(source)
    for f in facts:
        assert f.quote == source.text[f.char_start : f.char_end]  # quotes as the file reads, breaks and all
    return {(f.indicator, f.kind, f.scope, f.year, f.value) for f in facts}


def test_wrapped_lines_join_and_keep_offsets():
    text = "đạt 95%, cấp\nhuyện đạt 82%.\n1. Mục tiêu\na) 100% UBND cấp xã;\nb) 60% cán bộ"
    joined = unwrap_lines(text)
    assert len(joined) == len(text)
    assert "cấp huyện đạt 82%" in joined  # a line that goes on in lower case
    assert "Mục tiêu\na)" in joined and ";\nb)" in joined  # headings and list items stay on their lines


def test_number_and_unit_on_two_lines(tmp_path):
    body = (
        "KẾ HOẠCH\nỨng dụng công nghệ thông tin giai đoạn 2021 - 2025\n"
        "III. KINH PHÍ\nTổng kinh phí thực hiện Kế hoạch giai đoạn 2021 - 2025 dự kiến là\n"
        "52.700\ntriệu đồng.\n"
    )
    facts = _facts(tmp_path, body)
    assert any(f[0] == "budget_total_mvnd" and f[4] == 52700 for f in facts)


def test_level_list_over_lines_and_split_service_level(tmp_path):
    body = (
        "KẾ HOẠCH\nỨng dụng công nghệ thông tin năm 2022\nI. MỤC TIÊU\n"
        "Tỷ lệ văn bản trao đổi dưới dạng điện tử giữa các cơ quan nhà nước: cấp tỉnh đạt 95%, cấp\n"
        "huyện đạt 75%, cấp xã đạt 45%. Phấn đấu cung cấp 64 dịch vụ công trực tuyến mức\n"
        "độ 3.\n"
    )
    facts = _facts(tmp_path, body)
    assert ("edocument_exchange_pct", "target", "district", 2022, 75) in facts
    assert ("online_services_level3_count", "target", "all", 2022, 64) in facts


def test_table_rows_are_not_joined():
    text = "STT    Nội dung                 Kinh phí\n1      Nâng cấp phần mềm        2.100\n"
    assert unwrap_lines(text) == text


def test_staffing_table_by_level_and_degree(tmp_path):
    body = (
        "BÁO CÁO\nKết quả ứng dụng công nghệ thông tin năm 2020\nI. KẾT QUẢ ĐẠT ĐƯỢC\n"
        "Bảng 2. Trình độ cán bộ CNTT\n"
        "Cấp           Tổng số    Thạc sĩ    Đại học    Cao đẳng    Trung cấp\n"
        "Cấp tỉnh         33         4         25          3            1\n"
        "Cấp huyện        14         0         10          2            2\n"
        "Cộng             47         4         35          5            3\n"
    )
    facts = _facts(tmp_path, body)
    assert ("it_staff_university_count", "baseline", "province", 2020, 25) in facts
    assert ("it_staff_postgraduate_count", "baseline", "district", 2020, 0) in facts
    assert ("it_staff_vocational_count", "baseline", "all", 2020, 3) in facts
    assert ("it_staff_count", "baseline", "district", 2020, 14) in facts


def test_degree_table_of_other_staff_is_no_fact(tmp_path):
    body = (
        "BÁO CÁO\nKết quả ứng dụng công nghệ thông tin năm 2020\n"
        "II. NGÀNH GIÁO DỤC\nSố liệu của các trường học.\nBảng 2. Trình độ giáo viên\n"
        "Cấp           Tổng số    Thạc sĩ    Đại học    Cao đẳng    Trung cấp\n"
        "Cấp tỉnh         33         4         25          3            1\n"
    )
    assert not any(f[0].startswith("it_staff") for f in _facts(tmp_path, body))


def test_heading_at_the_top_of_a_page_and_unit_on_next_line(tmp_path):
    body = (
        "BÁO CÁO\nKết quả ứng dụng công nghệ thông tin năm 2021\nI. KẾT QUẢ\n"
        "Tỷ lệ văn bản trao đổi dưới dạng điện tử ở cấp xã đạt 52%.\n\n      2\n"
        "\fII. PHƯƠNG HƯỚNG NĂM 2022\nPhấn đấu 100% UBND cấp xã sử dụng chữ ký số; tỷ lệ văn bản trao đổi dưới dạng\n"
        "điện tử ở cấp xã đạt 80%. Trung tâm tích hợp dữ liệu có băng thông trong nước tối thiểu 500\n"
        "Mbps, quốc tế tối thiểu 50 Mbps.\n"
    )
    facts = _facts(tmp_path, body)
    assert ("edocument_exchange_pct", "baseline", "commune", 2021, 52) in facts
    assert ("edocument_exchange_pct", "target", "commune", 2022, 80) in facts
    assert ("datacenter_domestic_bandwidth_mbps", "target", "all", 2022, 500) in facts
    assert ("datacenter_international_bandwidth_mbps", "target", "all", 2022, 50) in facts


def test_budget_row_after_a_lead_in_cell(tmp_path):
    body = (
        "KẾ HOẠCH\nỨng dụng công nghệ thông tin năm 2020\n"
        "Bảng 1. Dự toán kinh phí năm 2020 (đơn vị: triệu đồng)\n"
        "TT    Nội dung                      Kinh phí\n"
        "1     Nâng cấp Cổng thông tin       1.800\n"
        "      Tổng cộng                     1.800\n"
        "      Trong đó:  - Ngân sách tỉnh   1.800\n"
    )
    facts = _facts(tmp_path, body)
    assert ("budget_local_mvnd", "target", "all", 2020, 1800) in facts


def test_cue_inside_explaining_brackets_gives_way(tmp_path):
    body = (
        "KẾ HOẠCH\nỨng dụng công nghệ thông tin năm 2023\nI. MỤC TIÊU\n"
        "- Văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử\n"
        "(gửi, nhận qua hệ thống thư điện tử và phần mềm quản lý văn bản) đạt 92%.\n"
    )
    facts = _facts(tmp_path, body)
    assert ("edocument_exchange_pct", "target", "all", 2023, 92) in facts
    assert not any(f[0] == "agencies_using_document_management_pct" for f in facts)
