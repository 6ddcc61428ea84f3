"""Rules the lead changed in round 25 of issue #11, tested on sentences in our own words with fictional figures."""

from __future__ import annotations

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
