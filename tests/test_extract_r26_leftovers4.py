"""Stop 26 (helper leftovers4): kinds of wording earlier rounds left, tested on sentences in our own words with fictional
figures (none copied from a set's text or a real page): a topic before a comma then levels with values, a share named
back by a task (`làm được việc này`), a count given by a unit to staff of a range of levels in news of one district, a
report's goals under a heading of tasks with no year, a district party committee's resolution."""

from __future__ import annotations

from conftest import extracted_facts

from analysis.extract import extract_corpus

_facts = extracted_facts  # (tests/conftest.py)


def _document(tmp_path, text: str) -> dict:
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    result = extract_corpus(tmp_path)
    assert not result.problems
    return result.documents.iloc[0].to_dict()


NEWS = "Tin ngắn về chính quyền điện tử\n\n(Hòa Bình, 03/8/2021) - {body}\n\nMai Anh\n"


def test_a_topic_before_a_comma_names_the_indicator_of_the_levels_after_it(tmp_path):
    body = "Riêng việc cấp hộp thư, cấp huyện đã đạt 97% số công chức; cấp xã mới đạt 68%."
    got = _facts(tmp_path, NEWS.format(body=body))
    assert ("staff_with_email_pct", "baseline", "district", 2021, 97) in got
    assert ("staff_with_email_pct", "baseline", "commune", 2021, 68) in got


def test_a_share_doing_what_the_sentence_before_names_is_of_its_indicator(tmp_path):
    body = (
        "Tất cả sở, ngành đã ký số văn bản trước khi phát hành. Tại các xã, phường, gần một nửa số đơn vị đã thực "
        "hiện việc này."
    )
    got = _facts(tmp_path, NEWS.format(body=body))
    assert ("agencies_using_digital_signature_pct", "baseline", "commune", 2021, 50) in got
    # (`việc này` after a count of staff, with no share in its clause, is no share)
    body = (
        "Tất cả sở, ngành đã ký số văn bản trước khi phát hành. Tại các xã, 12 cán bộ đã được tập huấn để làm việc này."
    )
    got = _facts(tmp_path, NEWS.format(body=body))
    assert not any(f[0] == "agencies_using_digital_signature_pct" for f in got)


def test_half_in_other_words_is_a_share_of_50(tmp_path):
    body = (
        "Đến nay, quá nửa số UBND cấp xã đã dùng phần mềm quản lý văn bản; phân nửa số công chức cấp xã đã được cấp "
        "hộp thư điện tử."
    )
    got = _facts(tmp_path, NEWS.format(body=body))
    assert ("agencies_using_document_management_pct", "baseline", "commune", 2021, 50) in got
    assert ("staff_with_email_pct", "baseline", "commune", 2021, 50) in got


DISTRICT_NEWS = "Đà Bắc: thư điện tử đến tận xã\n\n(Hòa Bình, 09/3/2022) - Huyện Đà Bắc tiếp tục đẩy mạnh {body}\n"


def test_a_count_a_district_gives_to_staff_of_a_range_of_levels_is_of_all_levels(tmp_path):
    body = "ứng dụng CNTT.\n\nCó 540 tài khoản thư điện tử đã được huyện cấp cho cán bộ, công chức từ huyện tới cơ sở."
    got = _facts(tmp_path, DISTRICT_NEWS.format(body=body))
    assert ("email_accounts_count", "baseline", "all", 2022, 540) in got
    # (no range of levels after the count: news of one district keeps its own level)
    body = "ứng dụng CNTT.\n\nCó 210 tài khoản thư điện tử đã được cấp cho cán bộ, công chức các phòng, ban."
    got = _facts(tmp_path, DISTRICT_NEWS.format(body=body))
    assert ("email_accounts_count", "baseline", "district", 2022, 210) in got


REPORT = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 97/BC-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Hà Nam, ngày 8 tháng 12 năm 2019\nBÁO CÁO\nKết quả ứng dụng công nghệ thông tin năm 2019 và nhiệm vụ năm 2020\n"
    "I. KẾT QUẢ\n1. Có 78% cơ quan cấp xã dùng phần mềm quản lý văn bản.\n{heading}\n"
    "1. Có 95% cơ quan cấp xã dùng phần mềm quản lý văn bản.\n"
)


def test_goals_under_a_heading_of_tasks_with_no_year_are_targets(tmp_path):
    got = _facts(tmp_path, REPORT.format(heading="III. NHIỆM VỤ, GIẢI PHÁP"))
    assert ("agencies_using_document_management_pct", "baseline", "commune", 2019, 78) in got
    assert ("agencies_using_document_management_pct", "target", "commune", 2020, 95) in got
    # (results told task by task, under headings that name each task, stay results)
    got = _facts(tmp_path, REPORT.format(heading="2. Nhiệm vụ hiện đại hóa hành chính cấp xã"))
    assert ("agencies_using_document_management_pct", "baseline", "commune", 2019, 95) in got


PARTY = (
    "ĐẢNG BỘ {upper}\n{committee}\n*\nSố {number}\nĐẢNG CỘNG SẢN VIỆT NAM\n{place}, ngày 2 tháng 6 năm 2021\n\n"
    "NGHỊ QUYẾT\nvề chuyển đổi số đến năm 2025\n\nMỤC TIÊU\nĐến năm 2025, 90% văn bản giữa các cơ quan được gửi, nhận "
    "dưới dạng điện tử.\n"
)


def test_a_town_s_party_committee_issues_its_resolution(tmp_path):
    text = PARTY.format(upper="TỈNH NGHỆ AN", committee="THỊ ỦY CỬA LÒ", number="15-NQ/TU", place="Cửa Lò")
    doc = _document(tmp_path, text)
    assert (doc["province"], doc["issuer"], doc["issuer_level"]) == ("Nghệ An", "Thị ủy Cửa Lò", "district")
    assert ("edocument_exchange_pct", "target", "district", 2025, 90) in _facts(tmp_path, text)


def test_an_urban_district_s_party_committee_issues_its_resolution(tmp_path):
    text = PARTY.format(upper="THÀNH PHỐ HẢI PHÒNG", committee="QUẬN ỦY LÊ CHÂN", number="20-NQ/QU", place="Lê Chân")
    doc = _document(tmp_path, text)
    assert (doc["province"], doc["issuer"], doc["issuer_level"]) == ("Hải Phòng", "Quận ủy Lê Chân", "district")
    # (`THÀNH ỦY HẢI PHÒNG` names a city of province level)
    text = PARTY.format(
        upper="THÀNH PHỐ HẢI PHÒNG", committee="THÀNH ỦY HẢI PHÒNG", number="08-NQ/ThU", place="Hải Phòng"
    )
    doc = _document(tmp_path, text)
    assert (doc["issuer"], doc["issuer_level"]) == ("Thành ủy Hải Phòng", "province")
