"""Fractions in words, stop 26: two helpers' rules met at the merge (a half after its qualifier, `quá nửa`, from
leftovers4; a fraction ending its clause, `… chiếm khoảng ba phần năm.`, from wording13). The second reader took the
first's groups for granted and every text with a clause-final fraction failed to extract (IndexError)."""

import pytest

from analysis.vietnamese import digitise_numbers


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("Số cán bộ mở hộp thư mỗi ngày chiếm hơn nửa.", "chiếm hơn 50%."),  # the half alone, qualifier kept
        ("Số xã đã dùng chữ ký số chiếm phân nửa.", "chiếm      50%."),
        ("Số người dùng thư thường xuyên chỉ là khoảng hai phần ba.", "khoảng       66,7%."),
        ("Trong tỉnh có quá nửa số xã đã ký số.", "có quá 50% số xã"),
    ],
)
def test_a_fraction_in_words_ending_its_clause_or_opening_its_whole_is_digits(text: str, digits: str) -> None:
    out, spans = digitise_numbers(text)
    assert len(out) == len(text)  # offsets keep pointing into the text read
    assert digits in out
    assert len(spans) == 1
