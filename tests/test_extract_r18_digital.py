"""Real pages of 2020-2024 (chuyển đổi số, tỷ lệ hồ sơ trực tuyến, tổ công nghệ số cộng đồng, chữ ký số, DTI)
through the extractor (issue #11, round 18): kinds of wording those pages showed and the rules misread.

Every text here was written for this file, in our own words after the kinds of wording catalogued in
docs/phrasing.md §8 (round 18 block); the facts each should give were decided before the extractor was run on it.
"""

from __future__ import annotations

from test_extract_wording import extract_file as _corpus
from test_extract_wording import fact_rows as _rows

# --- `tài khoản thương mại …` is not a mail account -------------------------------------------------------------


def test_shop_accounts_are_not_mail_accounts(tmp_path):
    # `tài khoản thương mại điện tử` begins with the letters of `tài khoản thư`; only whole words name mail.
    text = (
        "Tổ công nghệ số cộng đồng tỉnh Phú Thọ hỗ trợ người dân\n\n"
        "Sở Thông tin và Truyền thông tỉnh Phú Thọ cho biết, các tổ công nghệ số cộng đồng đã hướng dẫn người dân "
        "cài đặt ứng dụng và sử dụng dịch vụ công trực tuyến. Đến cuối tháng 9/2022, nhờ các tổ công nghệ số cộng "
        "đồng, tỉnh Phú Thọ đã phát triển hơn 12.400 "
        "tài khoản thương mại số và 3.150 tài khoản thanh toán số.\n"
    )
    result = _corpus(tmp_path, "phu-tho-2022-news.txt", text)
    assert list(result.documents["province"]) == ["Phú Thọ"]
    assert not any(row[0] == "email_accounts_count" for row in _rows(result))


def test_mail_accounts_are_still_read_beside_shop_accounts(tmp_path):
    text = (
        "Chính quyền số tỉnh Phú Thọ năm 2022\n\n"
        "Năm 2022, tỉnh Phú Thọ đã cấp 9.600 tài khoản thư điện tử công vụ cho cán bộ, công chức; các tổ công "
        "nghệ số cộng đồng giúp người dân mở 12.400 tài khoản thương mại điện tử.\n"
    )
    result = _corpus(tmp_path, "phu-tho-2022-news.txt", text)
    values = {row[4] for row in _rows(result) if row[0] == "email_accounts_count"}
    assert values == {9600.0}
