"""Rules the lead changed in round 24 of issue #11, tested on sentences in our own words with fictional figures."""

from __future__ import annotations

from analysis.extract import extract_corpus

PLAN = "UỶ BAN NHÂN DÂN TỈNH PHÚ THỌ\nSố: 77/KH-UBND\n\nKẾ HOẠCH\nChuyển đổi số năm 2023\n\n{body}\n"


def _facts(tmp_path, text: str):
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    result = extract_corpus(tmp_path)
    assert not result.problems
    f = result.facts
    return set(zip(f["indicator"], f["scope"], f["value"], strict=True))


def test_levels_after_a_share_of_another_subject_are_not_the_earlier_clauses(tmp_path):
    # (round 24, lead: `60% cấp huyện`, `25% cấp xã` were read as shares of e-documents, the subject of the clause
    # before `;`, though they continue `hồ sơ công việc`, which no indicator measures)
    body = (
        "Mục tiêu năm 2023: 95% văn bản đi, đến giữa các cơ quan nhà nước được gửi, nhận dưới dạng điện tử; ít nhất "
        "70% hồ sơ công việc ở cấp tỉnh, 45% ở cấp huyện và 25% ở cấp xã được xử lý trên môi trường mạng."
    )
    got = _facts(tmp_path, PLAN.format(body=body))
    assert ("edocument_exchange_pct", "all", 95) in got
    assert not any(value in (70, 45, 25) for _, _, value in got)


def test_the_chain_stops_only_at_an_unread_subject(tmp_path):
    # (guard: levels after a share that was read continue it, before and after the change)
    body = (
        "Mục tiêu năm 2023: tỷ lệ văn bản được trao đổi dưới dạng điện tử ở cấp tỉnh đạt 95%, cấp huyện 80% và cấp xã "
        "55%; 70% hồ sơ công việc cấp tỉnh được xử lý trên mạng."
    )
    got = _facts(tmp_path, PLAN.format(body=body))
    assert {("edocument_exchange_pct", "province", 95), ("edocument_exchange_pct", "district", 80)} <= got
    assert ("edocument_exchange_pct", "commune", 55) in got
    assert not any(value == 70 for _, _, value in got)


def test_a_level_after_a_national_figure_in_brackets_still_continues_the_share(tmp_path):
    # (guard: the unread number before is the country's average in brackets, not a subject of its own)
    body = (
        "Kết quả năm 2022: tỷ lệ cán bộ cấp tỉnh được trang bị máy tính đạt 97% (bình quân cả nước là 90%), cấp huyện "
        "88%."
    )
    got = _facts(tmp_path, PLAN.format(body=body))
    assert ("staff_with_computer_pct", "district", 88) in got
