"""Rules the lead changed in round 25 of issue #11, tested on sentences in our own words with fictional figures."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.corpus import read_corpus
from analysis.extract import extract_corpus
from analysis.extract.metadata import extract_metadata


def _genre(tmp_path, text: str) -> str:
    (tmp_path / "bai-viet.txt").write_text(text, encoding="utf-8")
    sources, problems = read_corpus(tmp_path)
    assert not problems
    return extract_metadata(sources[0]).genre


# An article whose headline is a national resolution and whose lead says, in so many words, that the province
# achieved results: a look back (round 25: with no `đã`, `đến nay` or `kết quả thực hiện`, the balance of goal and
# result words was 0 to 0 and the article was read as news of a plan, its mailbox total a target).
_RESULTS_ARTICLE = (
    "Chỉ thị số 12/CT-TTg về chuyển đổi số mở ra một giai đoạn mới cho các địa phương trong cả nước, đòi hỏi mỗi "
    "cơ quan phải thay đổi cách làm việc.\n"
    "Trong năm 2023, tỉnh Hà Nam {phrase} trong xây dựng chính quyền điện tử.\n"
    "Hệ thống thư điện tử công vụ cấp mới khoảng 4.300 tài khoản; phần mềm quản lý văn bản được dùng tại 100% sở, "
    "ngành.\n"
)


@pytest.mark.parametrize(
    "phrase",
    ["vượt qua nhiều trở ngại, đạt nhiều kết quả đáng ghi nhận", "đạt những thành tựu rõ nét"],
)
def test_a_lead_saying_results_were_achieved_reads_as_news_of_results(tmp_path, phrase):
    assert _genre(tmp_path, _RESULTS_ARTICLE.format(phrase=phrase)) == "news_review"
    facts = extract_corpus(tmp_path).facts
    mailboxes = facts[facts["indicator"] == "email_accounts_count"]
    assert list(mailboxes["kind"]) == ["baseline"]


def test_a_lead_of_a_new_plan_stays_news_of_a_plan(tmp_path):
    # (guard: the words of aim `để đạt kết quả` in a new plan's lead are not results achieved)
    text = (
        "UBND tỉnh Hà Nam vừa ban hành Kế hoạch chuyển đổi số năm 2024. Để đạt kết quả cao, các sở phải phối hợp "
        "chặt chẽ.\nMục tiêu: cấp 5.000 tài khoản thư điện tử công vụ.\n"
    )
    assert _genre(tmp_path, text) == "news_plan"


# --- The review of round 25's rules (guards that each failed on 4fd2838, where the rules reached too far) ---

REPORT = "UBND TỈNH NAM ĐỊNH\nSố: 45/BC-UBND\n\nBÁO CÁO\nKết quả ứng dụng công nghệ thông tin năm 2022\n\n{body}\n"
PLAN = "UBND TỈNH NAM ĐỊNH\nSố: 46/KH-UBND\n\nKẾ HOẠCH\nỨng dụng công nghệ thông tin năm 2023\n\n{body}\n"


def _extracted(tmp_path, text: str) -> pd.DataFrame:
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    result = extract_corpus(tmp_path)
    assert not result.problems
    return result.facts


def test_two_levels_written_with_a_slash_are_two_results(tmp_path):
    # a slash between levels and between their shares, in a report with no `thực hiện/chỉ tiêu` key: both results
    body = "Tỷ lệ văn bản trao đổi dưới dạng điện tử ở cấp tỉnh/cấp huyện đạt 92%/81%."
    facts = _extracted(tmp_path, REPORT.format(body=body))
    shares = facts[facts["indicator"] == "edocument_exchange_pct"]
    assert sorted(shares["value"]) == [81, 92]
    assert set(shares["kind"]) == {"baseline"}


def test_a_slash_keyed_as_result_and_goal_still_gives_the_goal(tmp_path):
    # (guard for round 25's wording11 rule: the text says its slashes are result/goal)
    body = "Kết quả năm 2022 (thực hiện/kế hoạch):\n- Tỷ lệ văn bản trao đổi dưới dạng điện tử đạt 88%/85%."
    facts = _extracted(tmp_path, REPORT.format(body=body))
    shares = facts[facts["indicator"] == "edocument_exchange_pct"]
    assert set(zip(shares["value"], shares["kind"], strict=True)) == {(88, "baseline"), (85, "target")}


def test_a_budget_naming_a_trial_is_a_budget(tmp_path):
    body = "Tổng kinh phí thực hiện Kế hoạch (gồm lắp đặt thử nghiệm và vận hành hệ thống) là 4.200 triệu đồng."
    facts = _extracted(tmp_path, PLAN.format(body=body))
    assert list(facts.loc[facts["indicator"] == "budget_total_mvnd", "value"]) == [4200]


def test_a_state_after_a_trial_that_succeeded_is_read(tmp_path):
    body = "Sau khi triển khai thử nghiệm thành công, đến nay 100% UBND cấp xã đã sử dụng phần mềm quản lý văn bản."
    facts = _extracted(tmp_path, REPORT.format(body=body))
    assert 100 in set(facts.loc[facts["indicator"] == "agencies_using_document_management_pct", "value"])


def test_network_points_before_a_scoring_appendix_are_counted(tmp_path):
    body = (
        "Mạng truyền số liệu chuyên dùng đã kết nối tại 47 điểm của các cơ quan nhà nước.\n\n"
        "PHỤ LỤC: CÁCH TÍNH ĐIỂM\nĐiểm tối đa của tiêu chí hạ tầng là 20 điểm."
    )
    facts = _extracted(tmp_path, REPORT.format(body=body))
    assert list(facts.loc[facts["indicator"] == "specialized_network_points_count", "value"]) == [47]


def test_this_system_after_another_system_is_not_the_video_network(tmp_path):
    body = (
        "1. Hệ thống hội nghị truyền hình trực tuyến của tỉnh được nâng cấp.\n"
        "2. Hệ thống thông tin giải quyết thủ tục hành chính được triển khai thống nhất. Hiện hệ thống này đã được "
        "triển khai đến 100% các xã."
    )
    facts = _extracted(tmp_path, REPORT.format(body=body))
    assert "communes_with_videoconference_pct" not in set(facts["indicator"])


def test_this_system_after_the_same_system_spoken_of_again_is_the_video_network(tmp_path):
    # (guard: `Toàn bộ hệ thống với …` speaks of the video network again; no other system is named)
    body = (
        "Hệ thống hội nghị truyền hình trực tuyến được lắp đặt trong quý II. Toàn bộ hệ thống với 150 điểm cầu được "
        "nghiệm thu. Hiện hệ thống này đã được triển khai đến 100% các xã."
    )
    facts = _extracted(tmp_path, REPORT.format(body=body))
    assert list(facts.loc[facts["indicator"] == "communes_with_videoconference_pct", "value"]) == [100]


# A party committee's own text (round 25): numbered `N-NQ/TU` under `ĐẢNG CỘNG SẢN VIỆT NAM`, not the state's motto. It
# was read as a news article with no number, no date and no issuer; it is the province's party committee's resolution.
PARTY = (
    "ĐẢNG BỘ TỈNH {prov_upper}\nTỈNH ỦY\n*\nSố {number}\nĐẢNG CỘNG SẢN VIỆT NAM\n{place}, ngày 5 tháng 8 năm 2022\n\n"
    "NGHỊ QUYẾT\nvề chuyển đổi số đến năm 2025\n\nI. MỤC TIÊU\nĐến năm 2025, 90% văn bản giữa các cơ quan nhà nước "
    "được gửi, nhận dưới dạng điện tử; giao Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện.\n"
)


def test_a_party_committees_resolution_is_an_official_text_of_the_committee(tmp_path):
    text = PARTY.format(prov_upper="HÀ TĨNH", number="21-NQ/TU", place="Hà Tĩnh")
    (tmp_path / "nq.txt").write_text(text, encoding="utf-8")
    sources, _ = read_corpus(tmp_path)
    meta = extract_metadata(sources[0])
    assert (meta.doc_type, meta.doc_number, meta.issuer, meta.issuer_level) == (
        "resolution",
        "21-NQ/TU",
        "Tỉnh ủy Hà Tĩnh",
        "province",
    )
    assert meta.issued.isoformat() == "2022-08-05"
    facts = extract_corpus(tmp_path).facts
    shares = facts[facts["indicator"] == "edocument_exchange_pct"]
    assert list(zip(shares["kind"], shares["year"], shares["value"], strict=True)) == [("target", 2025, 90)]


def test_a_state_number_is_still_read_its_own_way(tmp_path):
    # (guard: `Số: 88/KH-UBND` keeps its code after the slash; the party form is code before it)
    text = "UBND TỈNH HÀ TĨNH\nSố: 88/KH-UBND\n\nKẾ HOẠCH\nChuyển đổi số năm 2023\n"
    (tmp_path / "kh.txt").write_text(text, encoding="utf-8")
    sources, _ = read_corpus(tmp_path)
    meta = extract_metadata(sources[0])
    assert (meta.doc_type, meta.doc_number, meta.issuer) == ("plan", "88/KH-UBND", "UBND tỉnh Hà Tĩnh")
