"""Rules the lead changed in round 22 of issue #11, tested on sentences in our own words with fictional figures."""

from __future__ import annotations

import pytest

from analysis.extract import extract_corpus


def _extract(tmp_path, text: str, name: str = "doc.txt"):
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = extract_corpus(tmp_path)
    assert not result.problems
    return result


@pytest.mark.parametrize("joiner", [" và ", ", "])
def test_a_share_before_a_new_share_keeps_its_own_words(tmp_path, joiner):
    # (round 22, lead: `… đạt 88% và tỷ lệ cơ quan sử dụng chữ ký số đạt 70%` gave the 88 to the digital signatures)
    f = _extract(
        tmp_path,
        "(Bắc Ninh, 10/2/2020) - Sở Thông tin và Truyền thông cho biết trong năm 2019, tỷ lệ cán bộ được cấp hộp thư "
        f"công vụ đạt 88%{joiner}tỷ lệ cơ quan sử dụng chữ ký số đạt 70%.\n"
        f"Tỷ lệ văn bản điện tử đạt 64%{joiner}tỷ lệ cơ quan có cổng thông tin thành phần đạt 100%.\n",
    ).facts
    got = set(zip(f["indicator"], f["value"], strict=True))
    assert {
        ("staff_with_email_pct", 88),
        ("agencies_using_digital_signature_pct", 70),
        ("edocument_exchange_pct", 64),
    } <= got
    assert ("agencies_using_digital_signature_pct", 88) not in got
