"""Kinds of wording seen on real annual IT plans and their news (issue #11, round 18): a share of documents named
right after the number and sent through the document software, or with an electronic copy, is the e-document
share, never a share of agencies using the software.

Every text here was written for this file, in our own words after the kinds catalogued in docs/phrasing.md §8
(round 18 annual block); the facts each should give were decided before the extractor was run on it.
"""

from __future__ import annotations

from test_extract_wording import extract_file as _corpus
from test_extract_wording import fact_rows as _rows


def test_documents_sent_with_an_electronic_copy_through_the_software_are_no_share_of_agencies(tmp_path):
    text = (
        "Kế hoạch ứng dụng công nghệ thông tin năm 2016 của tỉnh Ninh Bình\n\n"
        "Phấn đấu trong năm 2016, 100% tờ trình, báo cáo gửi Văn phòng UBND tỉnh, ngoài bản giấy, phải gửi kèm "
        "bản điện tử qua phần mềm quản lý văn bản và điều hành.\n"
    )
    result = _corpus(tmp_path, "ninh-binh-2016-plan.txt", text)
    got = {(i, k, v) for i, k, _, _, v in _rows(result)}
    assert ("agencies_using_document_management_pct", "target", 100.0) not in got


def test_documents_named_after_the_number_through_the_software_are_the_edocument_share(tmp_path):
    text = (
        "Kế hoạch ứng dụng công nghệ thông tin năm 2017 của tỉnh Thái Bình\n\n"
        "Mục tiêu năm 2017: 80% văn bản, hồ sơ công việc của các sở, ngành được luân chuyển qua phần mềm quản lý "
        "văn bản; 100% sở, ngành sử dụng phần mềm quản lý văn bản.\n"
    )
    result = _corpus(tmp_path, "thai-binh-2017-plan.txt", text)
    got = {(i, k, y, v) for i, k, _, y, v in _rows(result)}
    assert ("edocument_exchange_pct", "target", 2017, 80.0) in got
    assert ("agencies_using_document_management_pct", "target", 2017, 80.0) not in got
    # the agencies that use the software stay that share
    assert ("agencies_using_document_management_pct", "target", 2017, 100.0) in got


def test_agencies_named_after_the_number_keep_the_software_share(tmp_path):
    text = (
        "Báo cáo kết quả ứng dụng công nghệ thông tin năm 2018 của tỉnh Yên Bái\n\n"
        "Đến nay, 95% cơ quan cấp huyện đã triển khai phần mềm quản lý văn bản và điều hành.\n"
    )
    result = _corpus(tmp_path, "yen-bai-2018-report.txt", text)
    got = {(i, k, v) for i, k, _, _, v in _rows(result)}
    assert ("agencies_using_document_management_pct", "baseline", 95.0) in got
    assert not any(i == "edocument_exchange_pct" for i, _, _ in got)
