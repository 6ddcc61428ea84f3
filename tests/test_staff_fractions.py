"""A fraction of staff is the share of staff (round 22): `2.310/2.450 cán bộ, công chức cấp tỉnh được cấp hộp thư`
is 94.3 % of them, as a fraction of agencies (`19/21 sở`) is the share of agencies. Read only by the staff-share
indicators; a share the source states beside it wins; a fraction of citizens, a rank or a date is none.
Sentences in our own words, fictional figures."""

from __future__ import annotations

import pytest

from analysis.extract import extract_corpus

HEAD = "Báo cáo kết quả ứng dụng công nghệ thông tin tỉnh Phú Thọ năm 2019\n"


def _facts(tmp_path, body: str) -> set[tuple]:
    (tmp_path / "phu-tho-2019.txt").write_text(HEAD + body + "\n", encoding="utf-8")
    result = extract_corpus(tmp_path)
    assert not result.problems
    f = result.facts
    return set(zip(f["indicator"], f["kind"], f["scope"], f["year"], f["value"], strict=True))


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        (
            "Đến nay đã có 2.310/2.450 cán bộ, công chức cấp tỉnh được cấp hộp thư điện tử công vụ.",
            ("staff_with_email_pct", "baseline", "province", 2019, 94.3),
        ),
        (
            "Hiện có 1.850/2.450 CBCC thường xuyên dùng hộp thư điện tử trong công việc.",
            ("staff_email_usage_pct", "baseline", "all", 2019, 75.5),
        ),
        (
            "Ở cấp huyện, 980/1.200 công chức đã được trang bị máy vi tính.",
            ("staff_with_computer_pct", "baseline", "district", 2019, 81.7),
        ),
    ],
)
def test_a_fraction_of_staff_is_their_share(tmp_path, body, fact):
    assert _facts(tmp_path, body) == {fact}


def test_a_share_stated_beside_the_fraction_is_read_instead(tmp_path):
    facts = _facts(tmp_path, "Có 2.310/2.450 cán bộ (đạt 94%) được cấp hộp thư điện tử công vụ.")
    assert {f[4] for f in facts} == {94}


@pytest.mark.parametrize(
    "body",
    [
        "Có 1.200/1.500 người dân được hướng dẫn sử dụng hộp thư điện tử.",  # citizens are no staff
        "Tỉnh xếp thứ 12/63 về tỷ lệ cán bộ được cấp hộp thư điện tử.",  # a rank
        "Ngày 12/6 cán bộ được cấp hộp thư điện tử mới.",  # a date
    ],
)
def test_a_fraction_of_no_staff_is_no_share_of_staff(tmp_path, body):
    assert not {f for f in _facts(tmp_path, body) if f[0].startswith("staff_")}
