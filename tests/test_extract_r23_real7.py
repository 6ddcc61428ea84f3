"""Rules of round 23 from twenty real public pages (listed in docs/phrasing.md section 8, block "real7"), tested on
sentences in our own words with fictional figures: a personal digital signature (of citizens or of staff) is no share
of agencies, an agency predicate after the words on its portal is still read, and component portals counted by level
with no `của` before the level."""

from __future__ import annotations

import pytest

from analysis.extract import extract_corpus


def _extract(tmp_path, text: str, name: str = "doc.txt"):
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = extract_corpus(tmp_path)
    assert not result.problems
    return result


def _rows(facts):
    return set(
        zip(
            facts["indicator"],
            facts["kind"],
            facts["scope"],
            [None if y != y else int(y) for y in facts["year"]],
            facts["value"],
            strict=True,
        )
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # (real7: `80% dân số trưởng thành có định danh điện tử VNeID và 50% có chữ ký số cá nhân` gave two agency
        # signature shares: the second share's subject is left out, and the first reached the cue past it)
        "Đến năm 2026, tỉnh Hậu Giang phấn đấu 75% người trưởng thành có tài khoản định danh mức 2 và 45% có chữ ký "
        "số cá nhân.",
        "Kế hoạch năm 2026 của tỉnh Hậu Giang đặt mục tiêu tỷ lệ công chức được cấp chữ ký số cá nhân đạt 65%.",
    ],
)
def test_a_personal_signature_is_no_share_of_agencies(tmp_path, sentence):
    f = _extract(tmp_path, sentence).facts
    assert "agencies_using_digital_signature_pct" not in set(f["indicator"])


def test_agencies_signature_share_still_read_beside_personal_ones(tmp_path):
    f = _extract(
        tmp_path,
        "Kế hoạch năm 2026 của tỉnh Hậu Giang: 100% cơ quan cấp huyện sử dụng chữ ký số chuyên dùng; 45% công chức cấp xã "
        "có chữ ký số cá nhân.",
    ).facts
    rows = {r for r in _rows(f) if r[0] == "agencies_using_digital_signature_pct"}
    assert rows == {("agencies_using_digital_signature_pct", "target", "district", 2026, 100)}


def test_the_predicate_after_a_portal_is_still_read(tmp_path):
    # (real7: `100% cơ quan hành chính cấp tỉnh … đã xây dựng cổng thông tin điện tử, ứng dụng các phần mềm quản lý
    # văn bản …`: the words on the portal, nearer the value, took it and gave no fact)
    f = _extract(
        tmp_path,
        "Đến cuối năm 2017, tỉnh Phú Thọ có 100% sở, ban, ngành đã có trang thông tin điện tử, triển khai phần mềm "
        "quản lý văn bản và điều hành.",
    ).facts
    assert ("agencies_using_document_management_pct", "baseline", "province", 2017, 100) in _rows(f)


def test_component_portals_by_level_without_cua(tmp_path):
    # (real7: `… 22 Cổng TTĐT của các sở, ban, ngành cấp tỉnh; 15 Cổng TTĐT các huyện, thành phố và 14 Cổng TTĐT các
    # xã, phường, thị trấn`: only the portals named with `của` were counted)
    f = _extract(
        tmp_path,
        "Kết quả ứng dụng công nghệ thông tin năm 2018 của tỉnh Yên Bái: hệ thống cổng thông tin gồm 01 cổng chính và 33 cổng thành phần, trong đó "
        "20 cổng TTĐT các sở, ngành; 9 cổng TTĐT các huyện, thị xã và 4 cổng TTĐT các xã, phường.",
    ).facts
    rows = {r for r in _rows(f) if r[0] == "component_websites_count"}
    assert rows >= {
        ("component_websites_count", "baseline", "all", 2018, 33),
        ("component_websites_count", "baseline", "province", 2018, 20),
        ("component_websites_count", "baseline", "district", 2018, 9),
        ("component_websites_count", "baseline", "commune", 2018, 4),
    }
