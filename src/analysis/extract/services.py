"""Online public service levels (Decree 43/2011/NĐ-CP: level 3 = forms submitted online; level 4 = level 3
plus online payment and results returned online or by post).

Phrasings covered (add a line to the list to cover a new one):
  percent  `100% dịch vụ công trực tuyến đạt mức độ 2`                    → online_services_level2_pct
           `80% người dân và doanh nghiệp … sử dụng … dịch vụ công …`     → citizens_businesses_using_online_services_pct
           `100% sở, ngành tỉnh triển khai một cửa điện tử`               → agencies_with_eonestop_pct
  count    `95 dịch vụ công mức độ 3 và 4`, `dịch vụ công mức độ 3 và 4 … là 95`, `mức độ 3, 4 lên 320`
                                                                          → online_services_level3_4_count
           `6 dịch vụ công trực tuyến mức độ 3`, `mức độ 3 là 205`        → online_services_level3_count
           `01 dịch vụ công trực tuyến mức độ 4`, `mức độ 4 là 31`        → online_services_level4_count
           `không có dịch vụ công trực tuyến mức độ 4`, `chưa có dịch vụ … nào đạt mức độ 4`
                                                                          → online_services_level4_count = 0
           `thêm 30 dịch vụ mức độ 4, nâng tổng số lên 45`                → online_services_level4_count = 45 (the
                                                                            total; `thêm 30`, `bổ sung 12` are
                                                                            increments, no fact)
  fraction `một cửa điện tử … tại 12/12 huyện` (see engine `_fractions`)  → agencies_with_eonestop_pct = 100
           `1.409 thủ tục và các biểu mẫu … được cung cấp trên Cổng`      → admin_procedures_count
`mức độ 3,4` and `mức độ 3 và 4` list two levels: they are never read as 3.4, and a count with such a list and
no split is the combined indicator.
"""

from __future__ import annotations

from analysis.extract.engine import CountRule, N, PercentRule, cue
from analysis.extract.lexicon import names

_SERVICE = r"(?:dịch vụ|DVC|thủ tục|TTHC)"
# `35 dịch vụ … mức độ 3 và 4 dịch vụ … mức độ 4`: a `4` that counts services opens the next item, not a level.
_COUNTS_NEXT = r"(?! ?(?:dịch vụ|DVC|thủ tục|TTHC))"
_LEVEL_LIST = rf"mức độ 3 ?(?:và|,|-|/) ?4(?!\d){_COUNTS_NEXT}"
_NOT_LIST = rf"(?! ?(?:và|,|-|/) ?4(?!\d){_COUNTS_NEXT})(?! trở lên)"
# `thêm 30 dịch vụ …`, `bổ sung 12 dịch vụ`: an increment, not the number of services (the total, when given,
# is read from `nâng tổng số … lên N`). Look-behinds are fixed-width: spaces are written \u0020.
_NOT_INCREMENT = r"(?<!thêm\u0020)(?<!bổ\u0020sung\u0020)(?<!tăng\u0020)"
_NOT_YEAR = r"(?<!năm\u0020)(?<!đoạn\u0020)"
# `310/1.650 dịch vụ công trực tuyến mức độ 3, 4`: so many of all services (the count is the first number).
_OF = r"(?:/(?:\d{1,3}(?:\.\d{3})+|\d{1,4}))?"  # `năm 2016 mức độ 3 …`: a year, not a count
# `… mức độ 4, nâng tổng số (dịch vụ mức độ 4) lên 45`: the total raised to.
_RAISED_TO = rf"[^.;%\d\n]{{0,30}}?nâng tổng số[^.;%\d\n]{{0,50}}?(?:lên|là|đạt) ?{N}"

PERCENT_RULES = [
    PercentRule(
        "online_services_level2_pct",
        cue(r"dịch vụ công[^.;%\n]{0,40}?mức độ 2\b|mức độ 2 trở lên"),
        "services.level2_pct",
    ),
    PercentRule(
        "citizens_businesses_using_online_services_pct",
        cue(
            r"(?:người dân|cá nhân|tổ chức)[^.;%\n]{0,30}?doanh nghiệp[^.;%\n]{0,60}?sử dụng[^.;%\n]{0,60}?dịch vụ công"
        ),
        "services.citizen_use_pct",
    ),
    PercentRule(
        "agencies_with_eonestop_pct",
        cue(names("agencies_with_eonestop_pct")),
        "services.eonestop_pct",
        fractions=True,
    ),
]

COUNT_RULES = [
    CountRule(
        "online_services_level3_4_count",
        cue(rf"{_NOT_INCREMENT}{N}{_OF} {_SERVICE}[^.;%\d\n]{{0,50}}?{_LEVEL_LIST}"),
        "services.level3_4_count",
    ),
    CountRule(
        "online_services_level3_4_count",
        cue(
            rf"dịch vụ (?:hành chính )?công[^.;%\d\n]{{0,40}}?{_LEVEL_LIST}[^.;%\d\n]{{0,30}}?(?:là|đạt|lên|có|:|tăng từ) ?{N}"
        ),
        "services.level3_4_count_after",
    ),
    CountRule(
        "online_services_level3_count",
        cue(rf"(?:không|chưa) có (?:một )?dịch vụ[^.;%\d\n]{{0,40}}?mức độ 3{_NOT_LIST}"),
        "services.level3_zero",
        zero=True,
    ),
    CountRule(
        "online_services_level4_count",
        cue(r"(?:không|chưa) có (?:một )?dịch vụ[^.;%\d\n]{0,40}?mức độ 4(?!\d)"),
        "services.level4_zero",
        zero=True,
    ),
    CountRule(
        "online_services_level3_count",
        cue(rf"{_NOT_INCREMENT}{N}{_OF} {_SERVICE}[^.;%\d\n]{{0,50}}?mức độ 3{_NOT_LIST}(?!\d)"),
        "services.level3_count",
    ),
    CountRule(
        "online_services_level3_count",
        cue(rf"mức độ 3{_NOT_LIST} (?:là|đạt|lên|có|:) ?{N}"),
        "services.level3_count_after",
    ),
    # `cung cấp 1.500 dịch vụ công trực tuyến, trong đó 120 mức độ 3 và 45 mức độ 4`
    CountRule(
        "online_services_level3_4_count",
        cue(rf"{_NOT_INCREMENT}{_NOT_YEAR}{N} (?:ở |đạt )?{_LEVEL_LIST}"),
        "services.n_level3_4",
    ),
    CountRule(
        "online_services_level3_count",
        cue(rf"{_NOT_INCREMENT}{_NOT_YEAR}{N} (?:ở |đạt )?mức độ 3{_NOT_LIST}(?!\d)"),
        "services.n_level3",
    ),
    CountRule(
        "online_services_level4_count",
        cue(rf"{_NOT_INCREMENT}{_NOT_YEAR}{N} (?:ở |đạt )?mức độ 4(?!\d)"),
        "services.n_level4",
    ),
    CountRule(
        "online_services_level4_count",
        cue(rf"{_NOT_INCREMENT}{N}{_OF} {_SERVICE}[^.;%\d\n]{{0,50}}?mức độ 4(?!\d)"),
        "services.level4_count",
    ),
    CountRule(
        "online_services_level4_count", cue(rf"mức độ 4 (?:là|đạt|lên|có|:) ?{N}"), "services.level4_count_after"
    ),
    # Since Decree 42/2022: `toàn trình` (end to end) is level 4, `một phần` (partly online) is level 3.
    CountRule(
        "online_services_level4_count",
        cue(rf"{_NOT_INCREMENT}{N} {_SERVICE}[^.;%\d\n]{{0,30}}?trực tuyến toàn trình"),
        "services.end_to_end_count",
    ),
    CountRule(
        "online_services_level3_count",
        cue(rf"{_NOT_INCREMENT}{N} {_SERVICE}[^.;%\d\n]{{0,30}}?trực tuyến một phần"),
        "services.partly_online_count",
    ),
    # `1.126 dịch vụ công trực tuyến (412 dịch vụ toàn trình, 714 dịch vụ một phần)`: the split of a total.
    CountRule(
        "online_services_level4_count",
        cue(rf"{_NOT_INCREMENT}{N} {_SERVICE}(?: công)? toàn trình"),
        "services.n_end_to_end",
    ),
    CountRule(
        "online_services_level3_count",
        cue(rf"{_NOT_INCREMENT}{N} {_SERVICE}(?: công)? một phần(?= ?[,;.)]| và)"),
        "services.n_partly_online",
    ),
    CountRule(  # `nâng tổng số dịch vụ công trực tuyến toàn trình lên 600`
        "online_services_level4_count",
        cue(rf"trực tuyến toàn trình (?:là|đạt|lên|có|:) ?{N}"),
        "services.end_to_end_after",
    ),
    CountRule("online_services_level3_4_count", cue(rf"{_LEVEL_LIST}{_RAISED_TO}"), "services.level3_4_raised_to"),
    CountRule(
        "online_services_level3_count", cue(rf"mức độ 3{_NOT_LIST}(?!\d){_RAISED_TO}"), "services.level3_raised_to"
    ),
    CountRule("online_services_level4_count", cue(rf"mức độ 4(?!\d){_RAISED_TO}"), "services.level4_raised_to"),
    CountRule(
        "admin_procedures_count",
        cue(
            rf"{N} thủ tục(?: hành chính)?(?=[^.;%\n]{{0,80}}?(?:biểu mẫu|được công bố|công khai|cung cấp trên|đưa lên|trên Cổng))"
        ),
        "services.admin_procedures",
    ),
    CountRule(
        "admin_procedures_count",
        cue(rf"(?:công bố|công khai|niêm yết|cung cấp|đưa lên)[^.;%\d\n]{{0,20}}?{N} (?:thủ tục|TTHC)"),
        "services.admin_procedures_published",
    ),
    CountRule(
        "admin_procedures_count",
        cue(rf"(?:Bộ thủ tục hành chính|thủ tục hành chính (?:được )?công bố)[^.;%\d\n]{{0,40}}?(?:với|gồm|là|có) {N}"),
        "services.admin_procedures_after",
    ),
]
