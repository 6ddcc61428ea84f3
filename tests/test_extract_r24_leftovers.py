"""Round 24 of issue #11: the misses round 23 noticed and left, tested on sentences in our own words with fictional
figures (none copied from a set's text)."""

from __future__ import annotations

from analysis.extract import extract_corpus


def _run(tmp_path, text: str, name: str = "doc.txt"):
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = extract_corpus(tmp_path)
    assert not result.problems
    return result


def _facts(tmp_path, text: str, name: str = "doc.txt"):
    f = _run(tmp_path, text, name).facts
    return set(
        zip(
            f["indicator"],
            f["kind"],
            f["scope"],
            f["year"].astype("Int64").astype(object),
            f["value"],
            strict=True,
        )
    )


DISTRICT = "UBND huyện Kỳ Anh, tỉnh Hà Tĩnh báo cáo kết quả ứng dụng công nghệ thông tin năm 2020.\n"


def test_communes_counted_after_the_offices_share_use_the_document_software(tmp_path):
    text = DISTRICT + (
        "Trong năm 2020, 100% phòng, ban chuyên môn và 19 xã, thị trấn đã sử dụng phần mềm quản lý văn bản; 4 xã còn "
        "lại chưa được triển khai phần mềm quản lý văn bản.\n"
    )
    got = _facts(tmp_path, text)
    assert ("agencies_using_document_management_pct", "baseline", "district", 2020, 100) in got
    assert ("document_management_units_count", "baseline", "commune", 2020, 19) in got
    assert not any(f[0] == "document_management_units_count" and f[4] == 4 for f in got)


def test_communes_counted_under_the_softwares_label_with_the_verb_last(tmp_path):
    text = DISTRICT + "- Hệ thống văn phòng điện tử: toàn bộ phòng, ban và 15 xã đã dùng; 3 xã chưa dùng.\n"
    got = _facts(tmp_path, text)
    assert ("document_management_units_count", "baseline", "commune", 2020, 15) in got
    assert not any(f[0] == "document_management_units_count" and f[4] == 3 for f in got)


def test_offices_and_communes_counted_after_the_software_and_its_verb(tmp_path):
    text = DISTRICT + "Phần mềm quản lý văn bản đã được triển khai tới 12 phòng, ban và 9 xã, thị trấn.\n"
    got = _facts(tmp_path, text)
    assert ("document_management_units_count", "baseline", "district", 2020, 12) in got
    assert ("document_management_units_count", "baseline", "commune", 2020, 9) in got
