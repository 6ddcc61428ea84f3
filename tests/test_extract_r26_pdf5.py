"""Round 26 (`dev_pdf5`): wording the unruled tables of dev_pdf5 brought to light once read a row per line — a table's
row of the share of communes named `Tỷ lệ xã …` (no `cấp xã`), the province's departments named as those of its
people's committee (`cơ quan chuyên môn của UBND tỉnh`), people and businesses filing through the online services.
Sentences written for this file, in other words than the dev texts."""

from __future__ import annotations

from conftest import extracted_facts


def test_a_rows_share_of_communes_is_of_the_communes(tmp_path):
    text = (
        "KẾ HOẠCH\nPhát triển hạ tầng số tỉnh Kon Tum giai đoạn 2025 - 2026\nII. CHỈ TIÊU\n"
        "Chỉ tiêu\tĐơn vị\tNăm 2025\tNăm 2026\n"
        "Tỷ lệ xã được kết nối mạng truyền số liệu chuyên dùng\t%\t80\t95\n"
    )
    facts = extracted_facts(tmp_path, text)
    assert ("communes_on_specialized_network_pct", "target", "commune", 2025, 80.0) in facts
    assert ("communes_on_specialized_network_pct", "target", "commune", 2026, 95.0) in facts


def test_the_departments_of_the_provinces_committee_are_the_provinces(tmp_path):
    text = (
        "KẾ HOẠCH\nChuyển đổi số tỉnh Cà Mau năm 2025\n"
        "Phấn đấu đến hết năm 2025, 100% cơ quan chuyên môn của UBND tỉnh dùng chữ ký số trên văn bản đi.\n"
    )
    facts = extracted_facts(tmp_path, text)
    assert ("agencies_using_digital_signature_pct", "target", "province", 2025, 100.0) in facts


def test_people_filing_through_the_online_services_use_them(tmp_path):
    text = (
        "BÁO CÁO\nKết quả cải cách hành chính tỉnh Lai Châu năm 2024\n"
        "Năm 2024, tỷ lệ cá nhân, doanh nghiệp nộp hồ sơ trên dịch vụ công trực tuyến của tỉnh đạt 41%.\n"
    )
    facts = extracted_facts(tmp_path, text)
    assert ("citizens_businesses_using_online_services_pct", "baseline", "all", 2024, 41.0) in facts
