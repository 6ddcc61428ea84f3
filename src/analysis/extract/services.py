"""Online public service levels (Decree 43/2011/NĐ-CP: level 3 = forms submitted online; level 4 = level 3
plus online payment and results returned online or by post).

Phrasings covered (add a line to the list to cover a new one):
  percent  `100% dịch vụ công trực tuyến đạt mức độ 2`, `100% thủ tục … trực tuyến ở mức độ 2`,
           `N thủ tục hành chính, trong đó 90% ở mức độ 2`, `70% thủ tục đạt mức độ 2`
                                                                          → online_services_level2_pct
           `80% người dân và doanh nghiệp … sử dụng … dịch vụ công …`     → citizens_businesses_using_online_services_pct
           `100% sở, ngành tỉnh triển khai một cửa điện tử`               → agencies_with_eonestop_pct
           `100% hồ sơ được tiếp nhận … qua một cửa điện tử` (applications) → no fact
           `tỷ lệ cá nhân, tổ chức sử dụng dịch vụ công …`               → citizens_businesses_using_online_services_pct
  count    `95 dịch vụ công mức độ 3 và 4`, `dịch vụ công mức độ 3 và 4 … là 95`, `mức độ 3, 4 lên 320`
                                                                          → online_services_level3_4_count
           `6 dịch vụ công trực tuyến mức độ 3`, `mức độ 3 là 205`        → online_services_level3_count
           `01 dịch vụ công trực tuyến mức độ 4`, `mức độ 4 là 31`        → online_services_level4_count
           `mức độ 3 cho 27 thủ tục`, `mức độ 4 đối với 6 dịch vụ`        → the level's count (3, 4, or 3 and 4)
           `mức độ 3 và 4 lần lượt là 320 và 57`, `mức độ 3 (215 dịch vụ) và mức độ 4 (42 dịch vụ)`
                                                                          → level 3 and level 4 counts
           `không có dịch vụ công trực tuyến mức độ 4`, `chưa có dịch vụ … nào đạt mức độ 4`
                                                                          → online_services_level4_count = 0
           `mức độ 3 từ 150 lên 220 dịch vụ` (a goal changed)             → online_services_level3_count = 220
           `thêm 30 dịch vụ mức độ 4, nâng tổng số lên 45`                → online_services_level4_count = 45 (the
                                                                            total; `thêm 30`, `bổ sung 12` are
                                                                            increments, no fact)
  fraction `một cửa điện tử … tại 12/12 huyện` (see engine `_fractions`)  → agencies_with_eonestop_pct = 100
           `1.409 thủ tục và các biểu mẫu … được cung cấp trên Cổng`, `(toàn) tỉnh có 1.650 thủ tục (… thuộc thẩm
           quyền …)`                                                      → admin_procedures_count
           `Tổng số thủ tục hành chính …: 1.758 thủ tục; trong đó cấp tỉnh: 1.297, …` (engine reads the levels)
                                                                          → admin_procedures_count per level
  `… mức độ 3, 4, trong đó chỉ có 14 dịch vụ mức độ 4`: the part after `trong đó` is level 4, not the combined count.
  `hồ sơ … qua dịch vụ công trực tuyến mức độ 3, 4 là 12.500 hồ sơ`: applications, no service count.
`mức 3`, `mức 4` (no `độ`: `chưa có dịch vụ công mức 4`) are the same levels.
`mức độ 3,4` and `mức độ 3 và 4` list two levels: they are never read as 3.4, and a count with such a list and
no split is the combined indicator.
"""

from __future__ import annotations

from analysis.extract.engine import CountRule, N, PercentRule, cue
from analysis.extract.lexicon import names

# (`DVCTT`, the usual abbreviation of `dịch vụ công trực tuyến`, before `DVC`: `820 DVCTT toàn trình`.)
# `366 danh mục TTHC dịch vụ công trực tuyến mức độ 3 và 4`, `… và 95 danh mục mức độ 4`: services counted as list
# items (`danh mục`).
_SERVICE = r"(?:danh mục(?: (?:dịch vụ|DVCTT|DVC|thủ tục|TTHC))?|dịch vụ|DVCTT|DVC|thủ tục|TTHC)"
# `1 TTHC giải quyết ở cấp độ 4`: some pages write `cấp độ` for `mức độ`; read so only after a count of services
# (`hệ thống thông tin cấp độ 3` is a security grade).
_DEGREE = r"(?:(?:mức|cấp) độ|mức)"  # `mức 3`, `mức 4` with no `độ` too (`chưa có dịch vụ công mức 4`)
# `35 dịch vụ … mức độ 3 và 4 dịch vụ … mức độ 4`: a `4` that counts services opens the next item, not a level.
_COUNTS_NEXT = r"(?! ?(?:dịch vụ|DVC|thủ tục|TTHC))"
# (`mức độ 3 và mức độ 4`: the level word written again, round 22)
_LEVEL_LIST = rf"mức (?:độ )?3 ?(?:và|,|-|/) ?(?:mức (?:độ )?)?4(?!\d){_COUNTS_NEXT}"
# What may stand between the levels and `lần lượt` (`mức độ 3 và mức độ 4 của tỉnh lần lượt là 402 và 157`).
_BEFORE_RESPECTIVELY = r"[^.;%\d\n]{0,30}?"
_NOT_LIST = rf"(?! ?(?:và|,|-|/) ?4(?!\d){_COUNTS_NEXT})(?! trở lên)"
# `thêm 30 dịch vụ …`, `bổ sung 12 dịch vụ`: an increment, not the number of services (the total, when given,
# is read from `nâng tổng số … lên N`). Look-behinds are fixed-width: spaces are written \u0020.
_NOT_INCREMENT = r"(?<!thêm\u0020)(?<!bổ\u0020sung\u0020)(?<!tăng\u0020)"
# `hồ sơ … qua dịch vụ công trực tuyến mức độ 3, 4 là 12.500 hồ sơ`: applications, not services.
# `thêm 35 dịch vụ … mức độ 3 và 12 dịch vụ … mức độ 4, nâng tổng số … lên 180`: a count the total raised follows
# is an increment too (however it was opened), not the number of services.
_NOT_RAISING = r"(?!,? ?(?:nâng|đưa) tổng số)"
# (`bổ sung 120 dịch vụ … toàn trình: 6.450 triệu đồng`: an item's money after a colon, no count, round 24)
_NOT_APPLICATIONS = r"(?![.,]?\d)(?! ?(?:hồ sơ|lượt|triệu|tỷ|nghìn|ngàn|đồng|trđ))"
# Procedures named as not (yet) fit to go online (`Danh mục thủ tục hành chính chưa đủ điều kiện triển khai dịch vụ công
# trực tuyến mức độ 4 bao gồm: Cấp tỉnh có 594 thủ tục …`): some of the procedures, not the number published.
_NOT_YET_FIT = cue(
    r"(?:chưa|không) đủ điều kiện|chưa thể (?:cung cấp|triển khai)|chưa được (?:cung cấp|triển khai) trực tuyến"
)
# A count of levels 3 and 4 together followed by its split in brackets (`Các sở, ban, ngành: 962 dịch vụ công trực
# tuyến (45 mức độ 3; 917 mức độ 4)`): the parts are the levels' counts, the total no fact (the codebook's combined
# count is for a source that gives no split), as a total with `trong đó` and its levels is not.
_NO_SPLIT_AFTER = (
    r"(?![^.;()\n]{0,50}?\((?:gồm:? |trong đó:? )?\d[\d.]* (?:dịch vụ |DVC(?:TT)? )?(?:ở )?mức (?:độ )?0?[34](?!\d))"
)
# `Tổng số DVCTT có phát sinh hồ sơ là 818 (gồm: 451 DVCTT toàn trình và 367 DVCTT một phần)`: the services that
# received applications are some of those offered, not their number.
_WITH_APPLICATIONS = cue(r"phát sinh hồ sơ|có hồ sơ phát sinh|có hồ sơ trực tuyến")
# A split after a colon is of what the sentence counts before it: applications, visits or documents received online are
# no services (`Số hồ sơ tiếp nhận trực tuyến: 12.500 toàn trình, 3.200 một phần`; the review of stop 26).
_OF_APPLICATIONS = cue(r"hồ sơ|lượt|giao dịch|văn bản")
_NOT_YEAR = r"(?<!năm\u0020)(?<!đoạn\u0020)"  # `năm 2016 mức độ 3 …`: a year, not a count
# `310/1.650 dịch vụ công trực tuyến mức độ 3, 4`: so many of all services (the count is the first number).
_OF = r"(?:/(?:\d{1,3}(?:\.\d{3})+|\d{1,4}))?"
# `… mức độ 4, nâng tổng số (dịch vụ mức độ 4) lên 45`: the total raised to.
# `nâng số dịch vụ … mức độ 4 lên ít nhất 500 dịch vụ`: a minimum or an estimate between the verb and the count.
# (`≥ 1.300 DV`, a slide's sign for at least)
_AT_LEAST = r"(?:(?:ít nhất|tối thiểu|khoảng|chừng|ngót|xấp xỉ|trên dưới|trên|hơn|gần) |≥ ?)?"
# `mức độ 4 lên 320 dịch vụ và mức độ 3 lên 700`: the level after `và` is the next item's, not this count's; and
# `1.512 dịch vụ công trực tuyến, trong đó mức độ 3 là 620`: a total of all levels, its parts after `trong đó`.
_NOT_NEXT_ITEM = r"(?:(?!(?:,|và|trong đó) (?:mức|cấp) độ)[^.;%\d\n])"
# (`…, đưa tổng số lên 68 dịch vụ`: `đưa` for `nâng`, round 22)
_RAISED_TO = rf"[^.;%\d\n]{{0,30}}?(?:nâng|đưa) tổng số[^.;%\d\n]{{0,50}}?(?:lên|là|đạt) ?{N}"

_AFTER_CHANGE = rf"[^.;%\d\n]{{0,30}}? (?:tăng|giảm)[^.;\n]{{0,40}}? so với [^.;%\n]{{0,25}}?, (?:đã |hiện )?(?:đạt|lên|là|có|còn) {_AT_LEAST}{N}"
# `… mức độ 3 từ 150 lên 220 (dịch vụ)`, `… mức độ 4 từ 20 dịch vụ xuống còn 12`: the figure changed to.
_CHANGED_TO = rf" (?:đạt |là )?từ [\d.]+(?: {_SERVICE})? (?:lên|xuống còn|thành) ?{N}"

# `tăng gần gấp 5 lần, từ 104 dịch vụ lên 512 dịch vụ`: how many times over, said before the figures (no value).
# (`… 1.200 dịch vụ công trực tuyến, gồm: 500 toàn trình, 700 một phần`: the split opened by `gồm` / `trong đó` after a
# comma as after a colon; review 27b)
_SPLIT_OPENS = r"(?: ?: |,? (?:bao )?gồm ?:? |,? trong đó ?:? )"
_TOTAL_BEFORE_SPLIT = r"(?:\d[\d.]* (?:dịch vụ|thủ tục),? (?:(?:bao )?gồm|trong đó):? )?"
_TIMES_OVER = r"(?: (?:gần |hơn |khoảng )?gấp (?:\d{1,2}(?:,\d)? lần|đôi|rưỡi),?)"
# `… mức độ 4 (của tỉnh) (đã) tăng từ 210 (dịch vụ) năm 2020 lên …`: the first figure of a count that grew.
_GREW_FROM = rf"[^.;%\d\n]{{0,20}}?\b(?:tăng )?từ {N}(?= (?:{_SERVICE} )?\(?năm (?:19|20)\d\d\)?,? lên )"

# `… lên 620 dịch vụ và dịch vụ công trực tuyến một phần lên 480 dịch vụ`: a second item of services after `và` is
# not the first count's level.
_NOT_NEXT_SERVICE = r"(?:(?! và (?:dịch vụ|DVC))[^.;%\d\n])"
_OF_WHOM_NOW = r"(?: (?:của|trên địa bàn) (?:toàn )?(?:tỉnh|huyện|thành phố))?(?: (?:hiện nay|hiện|đến nay))?"
# The goal's deadline between the levels and their count (`số thủ tục … cung cấp ở mức độ 3, 4 đến 2015 đạt 42 thủ
# tục`, `… mức độ 3, 4 đến năm 2016 sẽ đạt 56`; round 25, real10): the year is no count, the count follows it.
_BY_YEAR = r"(?:,? (?:đến|tới|vào) (?:hết |cuối )?(?:năm )?(?:19|20)\d\d,?)?"

PERCENT_RULES = [
    PercentRule(
        "online_services_level2_pct",
        # `100% dịch vụ công … mức độ 2`, `100% thủ tục (hành chính) được cung cấp trực tuyến ở mức độ 2`,
        # `100% dịch vụ hành chính công …`, `70% thủ tục đạt mức độ 2`; and the older reports' share written after the
        # procedures it counts, the level right after the value (`560 thủ tục hành chính, trong đó 90% ở mức độ 2`)
        cue(
            # (`100% các dịch vụ công trong toàn tỉnh có sử dụng biểu mẫu phải đạt mức độ 2`: which services, at length, before
            # the level; round 25, real10)
            r"dịch vụ (?:hành chính )?công[^.;%\n]{0,60}?mức độ 2\b|mức độ 2 trở lên"
            r"|thủ tục[^.;%\n]{0,50}?(?:trực tuyến (?:ở )?|đạt )mức độ 2\b"
            # (opening with `mức`, the rarer word, and looking back at `ở`/`đạt` right after the value: a cue that
            # opens with so common a word is tried at each of its many places)
            r"|mức độ 2\b(?<=^\u0020ở\u0020mức\u0020độ\u00202)|mức độ 2\b(?<=^\u0020đạt\u0020mức\u0020độ\u00202)"
        ),
        "services.level2_pct",
    ),
    PercentRule(
        "citizens_businesses_using_online_services_pct",
        cue(
            # (`Người dân, doanh nghiệp sử dụng dịch vụ mức độ 3, 4: từ 20 đến 30%`: the services by their levels, round 23)
            # (`… nộp hồ sơ qua dịch vụ công trực tuyến`: the people who file by it use it; round 26, dev_pdf5)
            r"(?:người dân|cá nhân|tổ chức)[^.;%\n]{0,30}?doanh nghiệp[^.;%\n]{0,60}?(?:sử dụng|nộp hồ sơ (?:qua|trên|bằng))"
            r"[^.;%\n]{0,60}?dịch vụ "
            r"(?:công|trực tuyến|mức (?:độ )?3)"
            # (not `100% người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến được định danh …`: the users given
            # something, a share of the users)
            r"(?!(?: trực tuyến)?(?: mức độ 3,? (?:và )?4)? (?:đều )?được (?:cấp|định danh|xác thực))"
            # `tỷ lệ cá nhân, tổ chức sử dụng dịch vụ công trực tuyến …`
            r"|cá nhân,? (?:và )?tổ chức[^.;%\n]{0,30}?sử dụng[^.;%\n]{0,60}?dịch vụ công"
            # `tỷ lệ sử dụng dịch vụ công trực tuyến của người dân, doanh nghiệp`
            r"|sử dụng dịch vụ công[^.;%\n]{0,40}?của người dân,? (?:và )?doanh nghiệp"
            # the digital transformation index's wording, the citizens alone (`tỷ lệ người dân trưởng thành (có) sử dụng
            # dịch vụ công trực tuyến`, `tỷ lệ dân số trưởng thành …`; round 24, real8), not the users given something
            r"|tỷ lệ (?:người dân|dân số)(?: trưởng thành)? (?:có )?sử dụng dịch vụ công trực tuyến"
            r"(?! (?:đều )?được (?:cấp|định danh|xác thực))"
        ),
        "services.citizen_use_pct",
    ),
    PercentRule(
        "agencies_with_eonestop_pct",
        cue(names("agencies_with_eonestop_pct")),
        "services.eonestop_pct",
        fractions=True,
    ),
    # `100% hồ sơ được tiếp nhận … qua hệ thống một cửa điện tử`: a share of applications, not of agencies — no
    # codebook indicator (`… tiếp nhận, giải quyết hồ sơ qua một cửa điện tử` is said of agencies: not this cue).
    PercentRule(
        "",
        cue(r"hồ sơ (?:đều )?(?:được |đã được )?(?:tiếp nhận|giải quyết|xử lý|nộp|gửi)"),
        "services.applications_share",
    ),
    # `đưa tỷ lệ hồ sơ trực tuyến lên trên 50%`, `tỷ lệ hồ sơ nộp trực tuyến đạt 64%`: a share of applications (no
    # codebook indicator), nearer its value than the cue of a goal listed before it (stop 27, dev_wording14)
    PercentRule(
        "",
        cue(
            r"tỷ lệ hồ sơ(?: thủ tục hành chính| tthc)?(?: (?:được )?(?:nộp|tiếp nhận|giải quyết|xử lý))?"
            r"(?: (?:trực tuyến|qua mạng))(?: toàn trình| một phần)?"
        ),
        "services.applications_online_share",
    ),
    # `Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận và xử lý trên phần mềm một cửa điện tử đạt 88,1%`: the applications
    # named first, the one-stop software they go through after them (the same share of applications; not `100% sở,
    # ngành tiếp nhận, giải quyết hồ sơ qua phần mềm một cửa điện tử`, said of agencies: only `tỷ lệ hồ sơ …`).
    PercentRule(
        "",
        cue(r"tỷ lệ hồ sơ[^.;%\d\n]{0,60}?(?:trên|qua) (?:hệ thống |phần mềm )?(?:một cửa|dịch vụ công)"),
        "services.applications_through_one_stop",
        refines="agencies_with_eonestop_pct",
    ),
    # `100% TTHC từ cấp tỉnh đến cấp xã được … thiết lập vào phần mềm một cửa liên thông`: a share of procedures (the
    # words right after the value), not of agencies running the one-stop system (`100% sở … giải quyết thủ tục qua
    # phần mềm một cửa điện tử` keeps its agencies).
    PercentRule(
        "",
        cue(r"(?<=^\u0020)(?:thủ tục hành chính|thủ tục|tthc)[^.;%\d\n]{0,100}?một cửa"),
        "services.procedures_on_one_stop",
        refines="agencies_with_eonestop_pct",
    ),
    # `30% dịch vụ công đạt mức độ 4`, `100% dịch vụ công … được cung cấp trực tuyến ở mức độ 4`: a share of services
    # at level 3 or 4 has no codebook indicator (docs/phrasing.md, service levels) — not the next clause's cue.
    PercentRule(
        "",
        cue(r"dịch vụ (?:hành chính )?công[^.;%\n]{0,40}?(?:đạt|ở|lên) mức độ [34]\b"),
        "services.level3_4_share",
    ),
]

# A service's verb before `toàn trình` / `một phần` (`thực hiện toàn trình`, `được cung cấp ở mức toàn trình`).
_DONE_AS = r"(?:đã )?(?:được )?(?:thực hiện|giải quyết|cung cấp|xử lý)(?: (?:ở|theo) (?:mức|hình thức|dạng))?"
# Procedures said to be online (`cung cấp 1.695 thủ tục trực tuyến, gồm 612 dịch vụ toàn trình và …`): the online
# services of all levels together, no count of the procedures published (round 11; stop 27, dev_wording14). (Not
# `cung cấp 1.867 thủ tục hành chính, trong đó có 415 dịch vụ công trực tuyến toàn trình`: the procedures, of which some
# are online, dev_digital2.)
_NOT_ONLINE_SPLIT = r"(?! trực tuyến)"

# A level's count after a colon, its verb between (`Mức độ 3: cung cấp 180 dịch vụ`, `Mức độ 4: đạt 45 dịch vụ`).
_COLON_VERB = r":(?: ?(?:cung cấp|triển khai|xây dựng|đạt|có|đưa vào sử dụng))?"

COUNT_RULES = [
    # `mức độ 3 và 4 lần lượt là 320 và 57`: one value per level, in order.
    CountRule(
        "online_services_level3_count",
        cue(rf"{_LEVEL_LIST}{_BEFORE_RESPECTIVELY} (?:lần lượt|tương ứng) (?:là|đạt|có) {N}"),
        "services.level3_respectively",
    ),
    CountRule(
        "online_services_level4_count",
        cue(
            rf"{_LEVEL_LIST}{_BEFORE_RESPECTIVELY} (?:lần lượt|tương ứng) (?:là|đạt|có) \d[\d.,]* (?:dịch vụ )?(?:và|,) {N}"
        ),
        "services.level4_respectively",
    ),
    # `ở mức độ 3 (215 dịch vụ) và mức độ 4 (42 dịch vụ)`: the count in parentheses is its level's.
    CountRule(
        "online_services_level3_count", cue(rf"mức (?:độ )?3{_NOT_LIST} \({N} {_SERVICE}"), "services.level3_paren"
    ),
    CountRule("online_services_level4_count", cue(rf"mức (?:độ )?4 \({N} {_SERVICE}"), "services.level4_paren"),
    CountRule(
        "online_services_level3_4_count",
        cue(rf"{_NOT_INCREMENT}{N}{_OF} {_SERVICE}[^.;%\d\n]{{0,50}}?{_LEVEL_LIST}{_NOT_RAISING}"),
        "services.level3_4_count",
    ),
    CountRule(
        "online_services_level3_4_count",
        cue(
            # (not across `trong đó`: `… mức độ 3, 4, trong đó chỉ có 14 dịch vụ mức độ 4` is a part; `Tổng số thủ
            # tục … mức độ 3, 4 là 367` counts services too)
            rf"(?:dịch vụ (?:hành chính )?công|DVCTT|DVC|thủ tục(?: hành chính)?)[^.;%\d\n]{{0,40}}?{_LEVEL_LIST}{_BY_YEAR}(?:(?!trong đó)[^.;%\d\n]){{0,30}}?(?:là|đạt|lên|có|:|tăng{_TIMES_OVER}? từ) ?{N}{_NOT_APPLICATIONS}{_NO_SPLIT_AFTER}"
        ),
        "services.level3_4_count_after",
    ),
    CountRule(
        "online_services_level3_count",
        cue(rf"(?:không|chưa) có (?:một )?dịch vụ[^.;%\d\n]{{0,40}}?mức (?:độ )?3{_NOT_LIST}"),
        "services.level3_zero",
        zero=True,
    ),
    CountRule(
        "online_services_level4_count",
        cue(r"(?:không|chưa) có (?:một )?dịch vụ[^.;%\d\n]{0,40}?mức (?:độ )?4(?!\d)"),
        "services.level4_zero",
        zero=True,
    ),
    CountRule(
        "online_services_level3_count",
        # (`05 dịch vụ công trực tuyến mức độ 03`: the level with a leading zero)
        cue(
            rf"{_NOT_INCREMENT}{N}{_OF} {_SERVICE}{_NOT_NEXT_ITEM}{{0,50}}?{_DEGREE} 0?3{_NOT_LIST}(?!\d){_NOT_RAISING}"
        ),
        "services.level3_count",
    ),
    CountRule(
        "online_services_level3_count",
        # (`mức độ 03: 12 dịch vụ`: the level with a leading zero)
        # (`… mức độ 3 của tỉnh hiện là 48`: whose and when between the level and its count)
        # (`+ Mức độ 3: cung cấp 180 dịch vụ;` in a list of goals: a verb after the colon)
        cue(
            rf"mức (?:độ )?0?3{_NOT_LIST}{_OF_WHOM_NOW} (?:là|đạt|lên|có|{_COLON_VERB}) ?{_AT_LEAST}{N}{_NOT_APPLICATIONS}"
        ),
        "services.level3_count_after",
    ),
    # `số dịch vụ công trực tuyến mức độ 3 tối thiểu 150 dịch vụ`: a bound and the count with its noun, no verb
    # (issue #11, round 23)
    CountRule(
        "online_services_level3_count",
        cue(
            rf"mức (?:độ )?0?3{_NOT_LIST}{_OF_WHOM_NOW} (?:ít nhất|tối thiểu|khoảng|chừng|trên|hơn|gần) {N} {_SERVICE}"
        ),
        "services.level3_count_bound_after",
    ),
    # `cung cấp dịch vụ công trực tuyến mức độ 3 cho 27 thủ tục, mức độ 4 cho 6 thủ tục`: the procedures the level
    # is offered for, named after `cho`/`đối với` (the count needs its noun: `cho 100% thủ tục` is a share)
    CountRule(
        "online_services_level3_4_count",
        cue(rf"{_LEVEL_LIST} (?:cho|đối với|với) {_AT_LEAST}{N} {_SERVICE}"),
        "services.level3_4_for_n",
    ),
    CountRule(
        "online_services_level3_count",
        cue(rf"mức (?:độ )?3{_NOT_LIST}(?!\d) (?:cho|đối với|với) {_AT_LEAST}{N} {_SERVICE}"),
        "services.level3_for_n",
    ),
    CountRule(
        "online_services_level4_count",
        cue(rf"mức (?:độ )?4(?!\d) (?:cho|đối với|với) {_AT_LEAST}{N} {_SERVICE}"),
        "services.level4_for_n",
    ),
    # `cung cấp 1.500 dịch vụ công trực tuyến, trong đó 120 mức độ 3 và 45 mức độ 4`
    CountRule(
        "online_services_level3_4_count",
        cue(rf"{_NOT_INCREMENT}{_NOT_YEAR}{N} (?:ở |đạt )?{_LEVEL_LIST}"),
        "services.n_level3_4",
    ),
    CountRule(
        "online_services_level3_count",
        cue(rf"{_NOT_INCREMENT}{_NOT_YEAR}{N} (?:ở |đạt )?mức (?:độ )?3{_NOT_LIST}(?!\d){_NOT_RAISING}"),
        "services.n_level3",
    ),
    CountRule(
        "online_services_level4_count",
        cue(rf"{_NOT_INCREMENT}{_NOT_YEAR}{N} (?:ở |đạt )?mức (?:độ )?4(?!\d){_NOT_RAISING}"),
        "services.n_level4",
    ),
    CountRule(
        "online_services_level4_count",
        cue(rf"{_NOT_INCREMENT}{N}{_OF} {_SERVICE}{_NOT_NEXT_ITEM}{{0,50}}?{_DEGREE} 0?4(?!\d){_NOT_RAISING}"),
        "services.level4_count",
    ),
    CountRule(
        "online_services_level4_count",
        cue(rf"mức (?:độ )?0?4{_OF_WHOM_NOW} (?:là|đạt|lên|có|{_COLON_VERB}) ?{_AT_LEAST}{N}{_NOT_APPLICATIONS}"),
        "services.level4_count_after",
    ),
    # `số dịch vụ công trực tuyến mức độ 4 tối thiểu 150 dịch vụ`: a bound and the count with its noun, no verb
    # (issue #11, round 23)
    CountRule(
        "online_services_level4_count",
        cue(rf"mức (?:độ )?0?4{_OF_WHOM_NOW} (?:ít nhất|tối thiểu|khoảng|chừng|trên|hơn|gần) {N} {_SERVICE}"),
        "services.level4_count_bound_after",
    ),
    # Since Decree 42/2022: `toàn trình` (end to end) is level 4, `một phần` (partly online) is level 3.
    CountRule(
        "online_services_level4_count",
        cue(rf"{_NOT_INCREMENT}{N} {_SERVICE}{_NOT_NEXT_SERVICE}{{0,30}}?trực tuyến toàn trình"),
        "services.end_to_end_count",
        not_context=_WITH_APPLICATIONS,
    ),
    CountRule(
        "online_services_level3_count",
        cue(rf"{_NOT_INCREMENT}{N} {_SERVICE}{_NOT_NEXT_SERVICE}{{0,30}}?trực tuyến một phần"),
        "services.partly_online_count",
        not_context=_WITH_APPLICATIONS,
    ),
    # `1.126 dịch vụ công trực tuyến (412 dịch vụ toàn trình, 714 dịch vụ một phần)`: the split of a total.
    CountRule(
        "online_services_level4_count",
        cue(rf"{_NOT_INCREMENT}{N} {_SERVICE}(?: công)? toàn trình"),
        "services.n_end_to_end",
        not_context=_WITH_APPLICATIONS,
    ),
    CountRule(
        "online_services_level3_count",
        # (`… và 1.012 dịch vụ một phần lên Cổng …`: the split may be followed by where the services are put)
        cue(rf"{_NOT_INCREMENT}{N} {_SERVICE}(?: công)? một phần(?= ?[,;.)]| và| lên| trên| được)"),
        "services.n_partly_online",
        not_context=_WITH_APPLICATIONS,
    ),
    # `hơn 1.100 dịch vụ công trực tuyến thực hiện toàn trình`, `431 thủ tục được giải quyết toàn trình`: the verb of
    # the service between the count and how far online it goes (stop 27, dev_wording14)
    CountRule(
        "online_services_level4_count",
        cue(rf"{_NOT_INCREMENT}{N} {_SERVICE}(?: công)?(?: trực tuyến)? {_DONE_AS} toàn trình"),
        "services.n_done_end_to_end",
        not_context=_WITH_APPLICATIONS,
    ),
    CountRule(
        "online_services_level3_count",
        cue(rf"{_NOT_INCREMENT}{N} {_SERVICE}(?: công)?(?: trực tuyến)? {_DONE_AS} một phần(?= ?[,;.)]| và|$)"),
        "services.n_done_partly_online",
        not_context=_WITH_APPLICATIONS,
    ),
    # `924 dịch vụ công trực tuyến (552 toàn trình, 372 một phần)`: the levels' counts written bare in the brackets
    # after the services they split.
    CountRule(
        "online_services_level4_count",
        cue(
            rf"(?:trực tuyến|DVCTT|dịch vụ) \((?:gồm:? |trong đó:? )?(?:[^()\d\n]{{0,30}}?\d[\d.]* một phần(?:,|;| và) )?{N} toàn trình(?= ?[,;)]| và)"
        ),
        "services.bare_end_to_end_in_brackets",
        not_context=_WITH_APPLICATIONS,
    ),
    CountRule(
        "online_services_level3_count",
        cue(
            rf"(?:trực tuyến|DVCTT|dịch vụ) \((?:gồm:? |trong đó:? )?(?:[^()\d\n]{{0,30}}?\d[\d.]* toàn trình(?:,|;| và) )?{N} một phần(?= ?[,;)]| và)"
        ),
        "services.bare_partly_online_in_brackets",
        not_context=_WITH_APPLICATIONS,
    ),
    # `1.101 thủ tục được cung cấp trực tuyến: 361 toàn trình, 740 một phần`: the same split written bare after a colon
    # (round 26).
    # (`Dịch vụ công trực tuyến: 1.250 dịch vụ, gồm 540 toàn trình và 710 một phần`: the total first, then its split
    # after `gồm` / `trong đó`; stop 27 review)
    CountRule(
        "online_services_level4_count",
        cue(
            rf"(?:trực tuyến|DVCTT){_SPLIT_OPENS}{_TOTAL_BEFORE_SPLIT}(?:[^\d\n]{{0,30}}?\d[\d.]* một phần(?:,|;| và) )?{N} toàn trình"
            r"(?= ?[,;.]| và|$)"
        ),
        "services.bare_end_to_end_after_colon",
        not_context=_OF_APPLICATIONS,
    ),
    CountRule(
        "online_services_level3_count",
        cue(
            rf"(?:trực tuyến|DVCTT){_SPLIT_OPENS}{_TOTAL_BEFORE_SPLIT}(?:[^\d\n]{{0,30}}?\d[\d.]* toàn trình(?:,|;| và) )?{N} một phần"
            r"(?= ?[,;.]| và|$)"
        ),
        "services.bare_partly_online_after_colon",
        not_context=_OF_APPLICATIONS,
    ),
    # `… dịch vụ công trực tuyến toàn trình: 980; một phần: 520`: the second level's item bare after the first's
    # (stop 27 review)
    CountRule(
        "online_services_level3_count",
        cue(rf"toàn trình ?: ?\d[\d.]*(?: dịch vụ)? ?(?:[,;]| và) (?:dịch vụ )?một phần ?: ?{N}(?![\d%/])"),
        "services.partly_online_after_end_to_end_item",
        not_context=_OF_APPLICATIONS,
    ),
    CountRule(
        "online_services_level4_count",
        cue(rf"một phần ?: ?\d[\d.]*(?: dịch vụ)? ?(?:[,;]| và) (?:dịch vụ )?toàn trình ?: ?{N}(?![\d%/])"),
        "services.end_to_end_after_partly_online_item",
        not_context=_OF_APPLICATIONS,
    ),
    # `phân theo mức độ: toàn trình 874 dịch vụ, một phần 862 dịch vụ`: the level named bare, opening its item, then
    # the count with its noun (round 24; not `… trực tuyến toàn trình 55%`, a share).
    CountRule(
        "online_services_level4_count",
        cue(rf"(?<![^\n,;:(\-–]\u0020)toàn trình:? {N} {_SERVICE}"),
        "services.bare_end_to_end_label",
        not_context=_WITH_APPLICATIONS,
    ),
    CountRule(
        "online_services_level3_count",
        cue(rf"(?<![^\n,;:(\-–]\u0020)một phần:? {N} {_SERVICE}"),
        "services.bare_partly_online_label",
        not_context=_WITH_APPLICATIONS,
    ),
    CountRule(  # `nâng tổng số dịch vụ công trực tuyến toàn trình lên 600`, `… lên ít nhất 900 dịch vụ`, `số dịch vụ
        # toàn trình đạt ít nhất 25`
        "online_services_level4_count",
        cue(
            rf"(?:trực tuyến|dịch vụ(?: công)?|DVCTT) toàn trình(?: (?:(?:hiện|đến nay) )?(?:là|đạt|lên|có|còn|:)| ?:) ?{_AT_LEAST}{N}{_NOT_APPLICATIONS}"
        ),
        "services.end_to_end_after",
    ),
    CountRule(  # `số dịch vụ công trực tuyến một phần đạt 300 dịch vụ`
        "online_services_level3_count",
        cue(
            rf"(?:trực tuyến|dịch vụ(?: công)?|DVCTT) một phần(?: (?:(?:hiện|đến nay) )?(?:là|đạt|lên|có|còn|:)| ?:) ?{_AT_LEAST}{N}{_NOT_APPLICATIONS}"
        ),
        "services.partly_online_after",
    ),
    # `điều chỉnh số dịch vụ công trực tuyến mức độ 3 từ 150 lên 220 dịch vụ`: the figure changed to (the one it
    # replaces is no fact).
    CountRule("online_services_level3_4_count", cue(rf"{_LEVEL_LIST}{_CHANGED_TO}"), "services.level3_4_changed_to"),
    CountRule(
        "online_services_level3_count",
        cue(rf"mức (?:độ )?3{_NOT_LIST}(?!\d){_CHANGED_TO}"),
        "services.level3_changed_to",
    ),
    CountRule("online_services_level4_count", cue(rf"mức (?:độ )?4(?!\d){_CHANGED_TO}"), "services.level4_changed_to"),
    # `Số dịch vụ … mức độ 4 tăng từ 210 dịch vụ năm 2020 lên 486 dịch vụ`, `số dịch vụ … toàn trình … đã tăng từ 420
    # dịch vụ năm 2022 lên 806`: a count that grew, its level named before it; both are the text's figures (the first
    # of the year after it, the second read by the engine as the count raised to), unlike a goal changed.
    CountRule(
        "online_services_level3_count",
        cue(rf"mức (?:độ )?3{_NOT_LIST}(?!\d){_GREW_FROM}"),
        "services.level3_grew_from",
    ),
    CountRule("online_services_level4_count", cue(rf"mức (?:độ )?4(?!\d){_GREW_FROM}"), "services.level4_grew_from"),
    CountRule(
        "online_services_level4_count", cue(rf"trực tuyến toàn trình{_GREW_FROM}"), "services.end_to_end_grew_from"
    ),
    CountRule("online_services_level3_count", cue(rf"trực tuyến một phần{_GREW_FROM}"), "services.partly_grew_from"),
    # `Số dịch vụ … mức độ 4 tăng gấp 3 lần so với năm 2018, đạt 96 dịch vụ`: the level reached after the change (the
    # change itself is no count; round 22)
    CountRule(
        "online_services_level3_4_count", cue(rf"{_LEVEL_LIST}{_AFTER_CHANGE}"), "services.level3_4_after_change"
    ),
    CountRule(
        "online_services_level3_count",
        cue(rf"mức (?:độ )?3{_NOT_LIST}(?!\d){_AFTER_CHANGE}"),
        "services.level3_after_change",
    ),
    CountRule(
        "online_services_level4_count", cue(rf"mức (?:độ )?4(?!\d){_AFTER_CHANGE}"), "services.level4_after_change"
    ),
    CountRule("online_services_level3_4_count", cue(rf"{_LEVEL_LIST}{_RAISED_TO}"), "services.level3_4_raised_to"),
    CountRule(
        "online_services_level3_count", cue(rf"mức (?:độ )?3{_NOT_LIST}(?!\d){_RAISED_TO}"), "services.level3_raised_to"
    ),
    CountRule("online_services_level4_count", cue(rf"mức (?:độ )?4(?!\d){_RAISED_TO}"), "services.level4_raised_to"),
    # `thêm 40 dịch vụ công trực tuyến một phần, nâng tổng số lên 180 dịch vụ`: the levels since Decree 42/2022
    CountRule("online_services_level3_count", cue(rf"trực tuyến một phần{_RAISED_TO}"), "services.partly_raised_to"),
    CountRule(
        "online_services_level4_count", cue(rf"trực tuyến toàn trình{_RAISED_TO}"), "services.end_to_end_raised_to"
    ),
    # `nâng tổng số dịch vụ mức độ 3 của tỉnh lên 180`: the level named between the total's words and its value.
    CountRule(
        "online_services_level3_count",
        cue(rf"nâng tổng số[^.;%\d\n]{{0,40}}?mức (?:độ )?3{_NOT_LIST}(?!\d)[^.;%\d\n]{{0,30}}?(?:lên|là|đạt) ?{N}"),
        "services.total_level3_raised_to",
    ),
    CountRule(
        "online_services_level4_count",
        cue(rf"nâng tổng số[^.;%\d\n]{{0,40}}?mức (?:độ )?4(?!\d)[^.;%\d\n]{{0,30}}?(?:lên|là|đạt) ?{N}"),
        "services.total_level4_raised_to",
    ),
    CountRule(
        "admin_procedures_count",
        cue(
            rf"{N} thủ tục(?: hành chính)?{_NOT_ONLINE_SPLIT}(?=[^.;%\n]{{0,80}}?(?:biểu mẫu|được công bố|công khai|cung cấp trên|đưa lên|trên Cổng|lên Cổng|thuộc thẩm quyền))"
        ),
        "services.admin_procedures",
        not_context=_NOT_YET_FIT,
    ),
    CountRule(
        "admin_procedures_count",
        # (`đã cung cấp 1.364 thủ tục hành chính (TTHC) thành dịch vụ công trực tuyến`: procedures turned into
        # services are a count of services, not of the procedures published)
        cue(
            # (`Cổng … hiện đăng tải 1.745 thủ tục hành chính`: the portal posts them)
            rf"(?:công bố|công khai|niêm yết|cung cấp|đưa lên|đăng tải)[^.;%\d]{{0,20}}?{N} (?:thủ tục|TTHC)"
            rf"(?![^.;%\d\n]{{0,40}}?thành (?:dịch vụ|DVC)){_NOT_ONLINE_SPLIT}"
        ),
        "services.admin_procedures_published",
        not_context=_NOT_YET_FIT,
    ),
    CountRule(
        "admin_procedures_count",
        # (`Số thủ tục hành chính được công khai trên Cổng dịch vụ công của tỉnh: 1.724 thủ tục`: a list's label, round 22)
        cue(
            # (`Số thủ tục hành chính đã công bố, công khai trên Cổng … — 1.876 thủ tục`: a row written as text, round 25)
            rf"(?:Bộ thủ tục hành chính|thủ tục hành chính (?:đã )?(?:được )?(?:công bố|công khai|niêm yết|đăng tải))"
            rf"[^.;%\d\n]{{0,60}}?(?:với|gồm|là|có|:|—|–) {N}"
        ),
        "services.admin_procedures_after",
        not_context=_NOT_YET_FIT,
    ),
    # `Tổng số thủ tục hành chính thuộc thẩm quyền giải quyết của các cấp: 1.758 thủ tục; trong đó cấp tỉnh: …`
    # (the engine reads the levels listed after it)
    CountRule(
        "admin_procedures_count",
        cue(rf"(?:tổng số|toàn tỉnh có) (?:thủ tục|TTHC)[^.;%\d\n]{{0,70}}?(?:là|có|gồm|:) ?{N}(?! ?/)"),
        "services.admin_procedures_total",
        not_context=_NOT_YET_FIT,
    ),
    CountRule(  # `Tỉnh có 1.796 thủ tục hành chính, …`, `Trong tổng số 1.702 thủ tục …` (service-level counts are read first by the rules above)
        "admin_procedures_count",
        # (look-behinds, so that the rule is tried only where a number stands: `tỉnh` opens too many words)
        cue(rf"(?<=tỉnh\u0020có\u0020){N} (?:thủ tục|TTHC)"),
        "services.admin_procedures_province_has",
        not_context=_NOT_YET_FIT,
    ),
    CountRule(
        "admin_procedures_count",
        cue(rf"(?<=hiện\u0020có\u0020){N} (?:thủ tục|TTHC)"),
        "services.admin_procedures_now_has",
        not_context=_NOT_YET_FIT,
    ),
    CountRule(
        "admin_procedures_count",
        cue(rf"(?<=tổng\u0020số\u0020){N} (?:thủ tục|TTHC)"),
        "services.admin_procedures_of_all",
        not_context=_NOT_YET_FIT,
    ),
]
