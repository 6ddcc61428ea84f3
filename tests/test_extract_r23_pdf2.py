"""Rules of round 23 (helper `pdf2`), found on the development set `tests/fixtures/dev_pdf2_plans/` (born-digital PDFs
as offices print them). Every text here was written for this file in other words than the set's; the facts each
should give were decided before the change:

- a results table whose column of levels stands right of the labels (`| Chỉ tiêu | Cấp | Năm 2015 | Năm 2016 |`, the
  indicator's cell merged down over its levels' rows, as a PDF's reader now gives it in each row) was read with no
  level: every row's values of scope all.
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
