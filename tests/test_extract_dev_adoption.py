"""Adoption and infrastructure wording met while writing the development set `dev_adoption` (issue #11, round 2).

Every sentence here was written for this file, in our own words, after the kinds of wording catalogued in
docs/phrasing.md sections 3-6 (not copied from the development set). A text is read as a document issued in 2018 for
the plan period 2016-2020 unless it says otherwise: a baseline with no year of its own is 2018, a target 2020.
"""

from __future__ import annotations

import pytest

from analysis.extract import extract_facts
from analysis.extract.facts import DocContext


def facts(text: str) -> set[tuple]:
    """(indicator, kind, scope, year, value, qualifier) of every fact read from `text`."""
    ctx = DocContext("t", "t.txt", text, issued_year=2018, period_start=2016, period_end=2020)
    _, found = extract_facts(ctx)
    for f in found:  # every fact keeps its exact quote
        assert ctx.text[f.char_start : f.char_end] == f.quote
    return {(f.indicator, f.kind, f.scope, f.year, f.value, f.qualifier) for f in found}


def B(indicator, scope, value, year=2018, qualifier=None):  # a baseline
    return (indicator, "baseline", scope, year, float(value), qualifier)


def T(indicator, scope, value, year=2020, qualifier=None):  # a target
    return (indicator, "target", scope, year, float(value), qualifier)


CASES = [
    # e-mail: `được cấp hộp thư` with no `điện tử` / `công vụ` after it
    (
        "Tỷ lệ cán bộ, công chức cấp tỉnh được cấp hộp thư đạt 95%, cấp huyện 70%.",
        {B("staff_with_email_pct", "province", 95), B("staff_with_email_pct", "district", 70)},
    ),
    # the share given mailboxes and, apart, the share using them: each its own indicator and level
    (
        "Hiện nay 100% cán bộ cấp tỉnh và 80% cán bộ cấp huyện đã có hộp thư công vụ, nhưng tỷ lệ thường xuyên "
        "dùng thư điện tử để xử lý công việc chỉ khoảng 50%.",
        {
            B("staff_with_email_pct", "province", 100),
            B("staff_with_email_pct", "district", 80),
            B("staff_email_usage_pct", "all", 50, qualifier="approx"),
        },
    ),
    # … but given and using joined by `và`: the more specific reading
    (
        "Tỷ lệ cán bộ được cấp và thường xuyên sử dụng thư điện tử đạt 75%.",
        {B("staff_email_usage_pct", "all", 75)},
    ),
    # a level opening the clause is still shared by its numbers
    (
        "Ở cấp huyện, tỷ lệ cán bộ được cấp hộp thư công vụ đạt 80%, tỷ lệ thường xuyên sử dụng thư điện tử đạt 60%.",
        {B("staff_with_email_pct", "district", 80), B("staff_email_usage_pct", "district", 60)},
    ),
    # documents sent through the document system: a share of documents, not of agencies using the system
    (
        "Tỷ lệ văn bản đi, đến được gửi, nhận qua phần mềm quản lý văn bản và điều hành tại các sở, ngành đạt 90%, "
        "UBND cấp huyện 75%.",
        {B("edocument_exchange_pct", "province", 90), B("edocument_exchange_pct", "district", 75)},
    ),
    # the documents named before the first value, the e-words after the last
    (
        "Phấn đấu đến năm 2020: 100% văn bản đi, đến ở cấp tỉnh, cấp huyện và 80% ở cấp xã được trao đổi dưới "
        "dạng điện tử.",
        {T("edocument_exchange_pct", "all", 100), T("edocument_exchange_pct", "commune", 80)},
    ),
    # `Văn phòng UBND tỉnh` is a provincial agency
    (
        "Tỷ lệ văn bản điện tử trao đổi tại Văn phòng UBND tỉnh đạt 100%, UBND cấp huyện 80%.",
        {B("edocument_exchange_pct", "province", 100), B("edocument_exchange_pct", "district", 80)},
    ),
    # digital signatures: none in words, for all agencies or at a level
    (
        "Chữ ký số chưa được triển khai tại các cơ quan nhà nước trên địa bàn.",
        {B("agencies_using_digital_signature_pct", "all", 0)},
    ),
    (
        "Các sở, ngành đã dùng chữ ký số; các xã chưa triển khai ký số.",
        {B("agencies_using_digital_signature_pct", "commune", 0)},
    ),
    # … but `chưa … rộng rãi` says how well, not none
    ("Chữ ký số chưa được sử dụng rộng rãi trong các cơ quan.", set()),
    # units on the document system: `…, với N đơn vị`, and the total raised (not the units added)
    (
        "Toàn tỉnh đã đưa vào vận hành phần mềm quản lý văn bản, với 96 đơn vị được kết nối.",
        {B("document_management_units_count", "all", 96)},
    ),
    (
        "Tỉnh sẽ triển khai văn phòng điện tử thêm cho 40 xã, nâng tổng số đơn vị sử dụng lên 130 đơn vị.",
        {T("document_management_units_count", "all", 130)},
    ),
    # WAN units named by their level, one count each; a MAN's total raised
    (
        "Mạng diện rộng của tỉnh đã kết nối 20 sở, ban, ngành và 9 huyện, thành phố.",
        {B("wan_connected_units_count", "province", 20), B("wan_connected_units_count", "district", 9)},
    ),
    (
        "Mạng đô thị sẽ kết nối thêm 15 đơn vị, nâng tổng số đơn vị kết nối lên 75 đơn vị.",
        {T("wan_connected_units_count", "all", 75)},
    ),
    # a count of points, then no commune in words: both read
    (
        "Mạng truyền số liệu chuyên dùng đã triển khai đến 28 điểm cấp tỉnh và cấp huyện; chưa có xã nào được kết nối.",
        {B("specialized_network_points_count", "all", 28), B("communes_on_specialized_network_pct", "commune", 0)},
    ),
    # a total after a commune share: the total is of every level
    (
        "100% UBND cấp xã đã kết nối mạng truyền số liệu chuyên dùng, tổng số điểm kết nối là 140 điểm.",
        {B("communes_on_specialized_network_pct", "commune", 100), B("specialized_network_points_count", "all", 140)},
    ),
    # agencies with a LAN: no indicator, and not the neighbour's either
    (
        "100% sở, ngành và UBND cấp huyện có mạng nội bộ (LAN); tỷ lệ máy tính trên cán bộ đạt 90%.",
        {B("computers_per_staff_pct", "all", 90)},
    ),
    # `… đến 40% UBND cấp xã và lắp đặt …`: the words after the new verb are another predicate's
    (
        "Tỉnh sẽ mở rộng mạng truyền số liệu chuyên dùng đến 40% UBND cấp xã và lắp đặt hệ thống hội nghị truyền hình "
        "trực tuyến tại các huyện.",
        {T("communes_on_specialized_network_pct", "commune", 40)},
    ),
    # websites of departments and districts together
    (
        "Cổng thông tin điện tử tỉnh liên kết 27 trang thông tin điện tử thành phần của các sở, ngành và huyện.",
        {B("component_websites_count", "all", 27)},
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_adoption_and_infrastructure_wording(text, want):
    assert facts(text) == want
