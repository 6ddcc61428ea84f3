"""Rules of round 23 (helper `pdf2`), found on the development set `tests/fixtures/dev_pdf2_plans/` (born-digital PDFs
as offices print them). Every text here was written for this file in other words than the set's; the facts each
should give were decided before the change:

- a results table whose column of levels stands right of the labels (`| Chỉ tiêu | Cấp | Năm 2015 | Năm 2016 |`, the
  indicator's cell merged down over its levels' rows, as a PDF's reader now gives it in each row) was read with no
  level: every row's values of scope all;
- a comment after a share, past a comma (`…, giảm nhẹ so với năm trước do …`, `…, nhờ …`), named a software or another
  indicator's words, and the share was read as that one (`… 72%, tăng … nhờ việc liên thông phần mềm quản lý văn bản`
  gave the agencies' document-software share);
- a level's count after a colon with its verb (`+ Mức độ 4: cung cấp 45 dịch vụ;` in a list of goals) was not read.
"""

from __future__ import annotations

from test_extract_wording import extract_file as _corpus
from test_extract_wording import fact_rows as _rows

_TABLE = """ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN
Số: 05/BC-UBND
Lạng Sơn, ngày 12 tháng 01 năm 2022
BÁO CÁO
Tình hình chuyển đổi số năm 2021
Kết quả hai năm qua như sau:

Nội dung\tCấp\tNăm 2020\tNăm 2021
Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước (%)\tCấp tỉnh\t88\t94
Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước (%)\tCấp huyện\t71\t83
Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước (%)\tCấp xã\t52\t66

Năm 2022 tiếp tục nâng cao chất lượng các hệ thống dùng chung.
"""


def test_a_column_of_levels_right_of_the_labels_gives_each_row_its_level(tmp_path):
    rows = _rows(_corpus(tmp_path, "lang-son-2022-05-bc-ubnd.txt", _TABLE))
    e = "edocument_exchange_pct"
    assert {
        (e, "baseline", "province", 2020, 88.0),
        (e, "baseline", "province", 2021, 94.0),
        (e, "baseline", "district", 2020, 71.0),
        (e, "baseline", "district", 2021, 83.0),
        (e, "baseline", "commune", 2020, 52.0),
        (e, "baseline", "commune", 2021, 66.0),
    } <= rows
    assert not any(r[0] == e and r[2] == "all" for r in rows)


_HEAD = """ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
Số: 31/KH-UBND
Quảng Trị, ngày 20 tháng 02 năm 2020
KẾ HOẠCH
Ứng dụng công nghệ thông tin năm 2020
"""


def test_a_comment_after_a_share_names_no_indicator_of_it(tmp_path):
    text = _HEAD + (
        "I. KẾT QUẢ NĂM 2019\n"
        "Năm 2019, tỷ lệ hồ sơ công việc cấp huyện được xử lý trên môi trường mạng không đáng kể; tỷ lệ cán bộ, công chức "
        "cấp tỉnh được cấp hộp thư điện tử công vụ đạt 91%, giảm nhẹ so với năm trước do sắp xếp lại bộ máy và cài đặt "
        "lại phần mềm quản lý văn bản ở nhiều sở.\n"
        "Tỷ lệ văn bản điện tử gửi, nhận giữa các cơ quan nhà nước cấp xã đạt 64%, nhờ chữ ký số được cấp cho lãnh đạo "
        "các xã.\n"
    )
    rows = _rows(_corpus(tmp_path, "quang-tri-2020-31-kh-ubnd.txt", text))
    assert ("staff_with_email_pct", "baseline", "province", 2019, 91.0) in rows
    assert ("edocument_exchange_pct", "baseline", "commune", 2019, 64.0) in rows
    assert not any(
        r[0] in ("agencies_using_document_management_pct", "agencies_using_digital_signature_pct") for r in rows
    )


def test_a_level_s_count_after_a_colon_and_its_verb(tmp_path):
    text = _HEAD + (
        "II. MỤC TIÊU NĂM 2020\n"
        "- Dịch vụ công trực tuyến của tỉnh:\n"
        "+ Mức độ 3: triển khai 210 dịch vụ;\n"
        "+ Mức độ 4: đưa vào sử dụng 64 dịch vụ.\n"
    )
    rows = _rows(_corpus(tmp_path, "quang-tri-2020-31-kh-ubnd.txt", text))
    assert ("online_services_level3_count", "target", "all", 2020, 210.0) in rows
    assert ("online_services_level4_count", "target", "all", 2020, 64.0) in rows
