"""Stop 27 (`dev_pdf6`): wording and table shapes the scans of dev_pdf6 brought to light once read — a budget table's
header repeated over a page break with a scan's stray sign beside a cell's words, and `Ủy ban nhân dân cấp huyện`
written out in a list of levels. Sentences and tables written for this file, in our own words."""

from __future__ import annotations

from conftest import extracted_facts


def test_a_budget_tables_header_repeated_with_a_stray_sign_resumes_the_table(tmp_path):
    text = (
        "ỦY BAN NHÂN DÂN TỈNH HÀ NAM\nKẾ HOẠCH\nChuyển đổi số năm 2024\n"
        "III. KINH PHÍ\nDự toán các việc năm 2024 (đơn vị: triệu đồng):\n"
        "STT\tViệc\tKinh phí\t— Vốn trung ương\tVốn tỉnh\n"
        "1\tNâng cấp mạng nội bộ\t900\t400\t500\n"
        "\f"
        "STT\tViệc\tKinh phí\tVốn trung ương :\tVốn tỉnh\n"
        "2\tPhần mềm họp không giấy\t700\t\t700\n"
        "Tổng cộng\t1.600\t400\t1.200\n"
    )
    facts = extracted_facts(tmp_path, text)
    assert ("budget_total_mvnd", "target", "all", 2024, 1600.0) in facts
    assert ("budget_central_mvnd", "target", "all", 2024, 400.0) in facts
    assert ("budget_local_mvnd", "target", "all", 2024, 1200.0) in facts


def test_departments_and_the_district_committees_written_out_are_two_levels(tmp_path):
    text = (
        "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nKẾ HOẠCH\nỨng dụng công nghệ thông tin năm 2025\n"
        "Phấn đấu năm 2025 có 100% các sở, ngành và Ủy ban nhân dân cấp huyện dùng chữ ký số chuyên dùng.\n"
    )
    facts = extracted_facts(tmp_path, text)
    assert ("agencies_using_digital_signature_pct", "target", "all", 2025, 100.0) in facts
    assert not any(f[0] == "agencies_using_digital_signature_pct" and f[2] == "province" for f in facts)
