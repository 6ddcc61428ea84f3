"""IT staffing: how many IT officers, with which training, and which agencies have one.

Phrasings covered:
  count    `nhân lực CNTT … cấp tỉnh có 80 CBCCVC`, `12 cán bộ chuyên trách CNTT`          → it_staff_count
           `Cán bộ công nghệ thông tin tại các xã … chưa có`, `chưa có cán bộ CNTT`        → it_staff_count = 0
           `Trên Đại học: 01`, `Thạc sỹ: 02`, `Đại học: 41`, `Cao đẳng: 24`, `Trung cấp: 14` → it_staff_*_count
           `gồm 4 thạc sĩ, 60 đại học, 18 cao đẳng và 9 trung cấp`                         → it_staff_*_count
           `Số cán bộ chuyên trách CNTT của các cơ quan (38 người)` (the count in brackets after its cue)
           `131 người (cấp tỉnh: 62 người; cấp huyện: …)` (total, then its levels)         → it_staff_count per level
           `Số cán bộ chuyên trách CNTT:` then `- Cấp tỉnh: 62 người;` lines                → it_staff_count per level
           `98 cán bộ chuyên trách, 210 cán bộ kiêm nhiệm về CNTT`                         → it_staff_count = 98
           `98 cán bộ phụ trách CNTT kiêm nhiệm`, `… CNTT (kiêm nhiệm)` (part-time staff only) → no fact
           `… CNTT tăng thêm 40 người, nâng tổng số lên 310 người` (the total, not the staff added) → it_staff_count = 310
           `Số cán bộ chuyên trách CNTT tăng từ 29 người (năm 2010) lên 47 người` (both figures)    → it_staff_count
           `được kiện toàn với 118 người`, `167 cán bộ, công chức, viên chức chuyên trách CNTT` → it_staff_count
           `29 người có trình độ cao đẳng, trung cấp` (two qualifications together)        → no fact
           `chưa bố trí được / không có cán bộ chuyên trách CNTT`                          → it_staff_count = 0
           `còn 27 xã … chưa có cán bộ …`, `bình quân 1,5 cán bộ`, `nhu cầu là 2 - 3 người`  → no fact
  percent  `100% sở, ngành … có ít nhất 1 cán bộ chuyên trách`                             → agencies_with_dedicated_it_staff_pct
           `25/30 cơ quan … bố trí 41 cán bộ chuyên trách` (a fraction: 83.3)            → agencies_with_dedicated_it_staff_pct
           `13/19 sở, ban, ngành bố trí được cán bộ chuyên trách`; `cán bộ chuyên trách CNTT: 17/20 cơ quan` (the
           17 is no staff count)                                                         → agencies_with_dedicated_it_staff_pct
           `100% cán bộ chuyên trách … trình độ từ đại học … trở lên`                      → it_staff_university_or_higher_pct
           `100% … trình độ cao đẳng trở lên, trong đó 80% … đại học trở lên` (the 100% is no fact)
           `90% cán bộ chuyên trách … được đào tạo nâng cao … quản trị hệ thống`          → it_staff_advanced_trained_pct
           `60% cán bộ chuyên trách … được đào tạo, bồi dưỡng về an toàn thông tin`        → it_staff_advanced_trained_pct
The level (scope) is read from the sentence (`cấp tỉnh có 80 CBCCVC` → province).
"""

from __future__ import annotations

from analysis.extract.engine import CountRule, N, PercentRule, cue

# Speed: a rule that opens with plain words (`cán bộ|CBCC …`), or with the number, is tried only where those
# words or a number stand (see `prefilter`); one that opens with a character class or an optional group is run
# over the whole text, which is several times slower. Prefer the first kind when adding a rule.

_IT = r"(?:CNTT|công nghệ thông tin|tin học)"
_STAFF = r"(?:cán bộ|CBCCVC|CBCC|công chức|viên chức|người)"
# A qualification and its count, `Đại học: 41` or, in a list, `đại học 45,` / `Thạc sỹ 02 người;`: without the
# colon the count must end the item (so `Trường Đại học 2 của tỉnh` is none).
# In brackets after the degree (`số còn lại có trình độ cao đẳng (9 người) và trung cấp (6 người)`), a count of a few.
_ITEM_GAP = (
    r"(?: ?: ?| (?=\d[\d.,]*(?: ?(?:người|cán bộ))? ?(?:[,;.)(\n]|và |$))| ?\( ?(?=\d{1,3} ?(?:người|cán bộ)? ?\)))"
)
# `bình quân (có) 1,5 cán bộ chuyên trách`, `trung bình 1 cán bộ`: an average per agency, not a count.
_NOT_AVERAGE = r"(?<!bình\u0020quân\u0020)(?<!trung\u0020bình\u0020)(?<!quân\u0020có\u0020)(?<!bình\u0020có\u0020)"
# `29 người có trình độ cao đẳng, trung cấp`: two qualifications together are neither count.
_NOT_GROUPED = r"(?! ?(?:,|và|/|-) ?(?:cao đẳng|trung cấp|đại học))"
# `tăng thêm 40 người`, `bổ sung 25 cán bộ chuyên trách CNTT, nâng tổng số lên 130 người`: the staff added, not
# the staff (the total raised to is read by `staffing.it_staff_total_raised`).
_NOT_ADDED = r"(?<!thêm\u0020)(?<!bổ\u0020sung\u0020)(?<!tăng\u0020)"
_NOT_RAISING = r"(?![^.;%\d\n]{0,40}?(?:nâng|đưa) tổng số)"
# `98 cán bộ phụ trách CNTT kiêm nhiệm`, `26 công chức phụ trách CNTT (kiêm nhiệm)`: part-time staff only, no count of
# the IT staff (as `210 cán bộ kiêm nhiệm` beside the dedicated ones is none).
_NOT_PART_TIME = r"(?! ?\(? ?kiêm nhiệm)"
# A count of staff needed, to be trained or to be added is no count of the staff there are (`Dự báo nhu cầu đào tạo
# … 1551 cán bộ, trong đó 151 cán bộ chuyên trách`, `… cần thêm 151 cán bộ chuyên trách CNTT`): these words earlier
# in the sentence stop the staff-count rules.
_NEED = cue(
    r"nhu cầu (?:đào tạo|bồi dưỡng|nhân lực|cán bộ|bổ sung|tuyển)|cần (?:được )?(?:đào tạo|bồi dưỡng|thêm|bổ sung|tuyển)"
)
# Some of the units, not all (`một số xã`, `gần một nửa số xã`, `hai phần ba số huyện`, `30% số xã`): units that lack
# the staff among others that have them, so no level has none (issue #11, round 23).
_SOME_UNITS = (
    r"một số|(?:một )?nửa số|phần (?:ba|tư|năm|mười) số|\d+(?:,\d+)? ?% (?:số )?(?:các )?(?:xã|huyện|cơ quan|đơn vị)"
)
# Degrees of people trained are no degrees of the IT staff (`đã đào tạo được 930 học viên là cán bộ, công chức,
# trong đó: 14 cử nhân tin học; 320 chứng chỉ A`): trainees or a count trained earlier in the sentence stop the
# degree-count rules, as a need does.
_TRAINED = cue(
    r"nhu cầu (?:đào tạo|bồi dưỡng|nhân lực|cán bộ|bổ sung|tuyển)|cần (?:được )?(?:đào tạo|bồi dưỡng|thêm|bổ sung|tuyển)"
    r"|học viên|(?:đào tạo|bồi dưỡng|tập huấn)(?: được)?(?: cho)? [\d.]+ (?:lượt|người|cán bộ|CBCC)"
)
# `Số cán bộ chuyên trách CNTT:` then `- Cấp tỉnh: 62 người;` on a line of its own
_BULLET = r"(?:\n[-+•*–] ?)?"
# `Số cán bộ chuyên trách CNTT: cấp tỉnh 40 người, cấp huyện 22 người` (the engine reads the next levels).
_LEVEL_SLOT = r"(?:(?:ở |tại )?(?:cấp (?:tỉnh|huyện|xã)|các sở, ngành|UBND cấp (?:huyện|xã)) ?(?:có |là |: ?)?)?"

PERCENT_RULES = [
    PercentRule(
        "agencies_with_dedicated_it_staff_pct",
        cue(
            r"(?:có|bố trí) (?:được )?(?:ít nhất |tối thiểu )?(?:\d{1,3} |một )?(?:cán bộ|công chức|viên chức|CBCC) chuyên trách|có cán bộ (?:chuyên trách|phụ trách) (?:về )?(?:CNTT|công nghệ)"
            # `Cán bộ chuyên trách công nghệ thông tin: 19/22 sở, ngành (86,4%) đã bố trí; cấp huyện 7/10 (70%)`: the
            # topic, a colon, then the agencies that have one (a fraction of a level)
            r"|cán bộ chuyên trách (?:về )?(?:CNTT|công nghệ thông tin): ?$"
        ),
        "staffing.dedicated_pct",
        fractions=True,  # `25/30 cơ quan cấp tỉnh đã bố trí 41 cán bộ chuyên trách` → 83.3% of them
        item_count="it_staff_count",  # `18/42 cơ quan tỉnh với 62 cán bộ, 5/8 huyện (6 cán bộ); …` → 62, 6
    ),
    PercentRule(
        "it_staff_university_or_higher_pct",
        cue(
            r"(?:trình độ|bằng) (?:từ )?(?:cử nhân|đại học)[^.;%\n]{0,25}?trở lên|(?:có|đạt) (?:trình độ|bằng) đại học (?:chuyên ngành )?(?:CNTT|công nghệ)"
        ),
        "staffing.university_pct",
    ),
    PercentRule(
        "it_staff_advanced_trained_pct",
        cue(
            r"chuyên trách[^.;%\n]{0,60}?(?:đào tạo|bồi dưỡng|tập huấn) (?:nâng cao|chuyên sâu)"
            r"|(?:đào tạo|bồi dưỡng) (?:nâng cao|chuyên sâu)[^.;%\n]{0,80}?(?:quản trị|an ninh|an toàn|bảo mật)"
            r"|(?:quản trị hệ thống|an toàn thông tin)[^.;%\n]{0,40}?được (?:đào tạo|bồi dưỡng)"
            # `60% cán bộ chuyên trách CNTT được đào tạo, bồi dưỡng về an toàn thông tin` (of dedicated staff only)
            r"|chuyên trách[^.;%\n]{0,40}?(?:đào tạo|bồi dưỡng|tập huấn)[^.;%\n]{0,30}?(?:quản trị|an toàn|an ninh|bảo mật)"
            # `Đào tạo, bồi dưỡng cho 90% cán bộ chuyên trách CNTT về an toàn, an ninh thông tin`: the training named
            # before the share, the dedicated staff and the subject right after it
            r"|(?<![^\n]{2})cán bộ chuyên trách (?:về )?(?:CNTT|công nghệ thông tin) (?:về|về lĩnh vực) (?:quản trị|an toàn|an ninh|bảo mật)"
        ),
        "staffing.advanced_trained_pct",
    ),
    # `100% … có trình độ cao đẳng trở lên, trong đó trên 80% có trình độ đại học trở lên`: a share at another
    # qualification is no indicator (this cue, nearest the 100%, keeps the university cue for the 80%).
    PercentRule(
        "",
        cue(r"trình độ (?:từ )?(?:cao đẳng|trung cấp)[^.;%\n]{0,25}?trở lên"),
        "staffing.other_qualification_pct",
    ),
]

COUNT_RULES = [
    CountRule(
        "it_staff_postgraduate_count",
        cue(rf"(?:Trên đại học|Sau đại học|Thạc s[ĩỹ]|Tiến s[ĩỹ]){_ITEM_GAP}{N}"),
        "staffing.postgraduate",
        not_context=_TRAINED,
    ),
    CountRule(
        "it_staff_university_count",
        cue(rf"Đại(?<!trên\u0020đại)(?<!sau\u0020đại)(?<!trênđại)(?<!sauđại) học{_ITEM_GAP}{N}"),
        "staffing.university",
        not_context=_TRAINED,
    ),
    CountRule("it_staff_college_count", cue(rf"Cao đẳng{_ITEM_GAP}{N}"), "staffing.college", not_context=_TRAINED),
    CountRule(
        "it_staff_vocational_count", cue(rf"Trung cấp{_ITEM_GAP}{N}"), "staffing.vocational", not_context=_TRAINED
    ),
    # `3 người có trình độ thạc sĩ, 71 người có trình độ đại học`, `45 người tốt nghiệp đại học`
    CountRule(
        "it_staff_postgraduate_count",
        cue(
            rf"{N} (?:người|cán bộ)? ?(?:có |tốt nghiệp )?(?:trình độ |bằng )?(?:thạc s[ĩỹ]|tiến s[ĩỹ]|trên đại học|sau đại học)"
        ),
        "staffing.postgraduate_before",
        not_context=_TRAINED,
    ),
    CountRule(
        "it_staff_university_count",
        # `48 người có trình độ đại học trở lên`, `30 người có trình độ đại học, cao đẳng` count several degrees
        # together: no count of one degree.
        cue(
            rf"{N} (?:người|cán bộ)? ?(?:có |tốt nghiệp )?(?:trình độ |bằng )?(?:đại học|cử nhân|kỹ sư)(?! trở lên)"
            rf"{_NOT_GROUPED}"
        ),
        "staffing.university_before",
        not_context=_TRAINED,
    ),
    CountRule(
        "it_staff_college_count",
        cue(rf"{N} (?:người|cán bộ)? ?(?:có |tốt nghiệp )?(?:trình độ |bằng )?cao đẳng{_NOT_GROUPED}"),
        "staffing.college_before",
        not_context=_TRAINED,
    ),
    CountRule(
        "it_staff_vocational_count",
        cue(rf"{N} (?:người|cán bộ)? ?(?:có |tốt nghiệp )?(?:trình độ |bằng )?trung cấp{_NOT_GROUPED}"),
        "staffing.vocational_before",
        not_context=_TRAINED,
    ),
    CountRule(
        "it_staff_count",
        cue(
            # (not across `nhu cầu` / `cần có`: `trong khi nhu cầu là 2 - 3 người` is a need, not the staff; nor
            # `trình độ`: `cán bộ CNTT có trình độ đại học trở lên là 75 người` is a part of them)
            # (`Đội ngũ/Lực lượng chuyên trách CNTT gồm 64 người`: the staff named by their body)
            rf"(?:nhân lực|đội ngũ|lực lượng|cán bộ|CBCCVC|CBCC|công chức|viên chức|người) (?:làm (?:công tác |nhiệm vụ )?|chuyên trách |phụ trách )?"
            rf"(?:chuyên trách ?(?:,|/|và) ?kiêm nhiệm )?(?:về )?{_IT}(?:(?!nhu cầu|cần có|trình độ)[^.;%\d\n]){{0,60}}?(?:có|là|gồm|tổng số|:|(?:hiện |chỉ |hiện chỉ )còn|\((?=\d[\d.]* ?người\))) ?{_BULLET}{_LEVEL_SLOT}{N}(?! ?/)(?! ?(?:{_STAFF} )?kiêm nhiệm) ?{_STAFF}?"
        ),
        "staffing.it_staff_has",
        not_context=_NEED,
    ),
    CountRule(  # `số cán bộ chuyên trách CNTT tăng thêm 40 người, nâng tổng số lên 310 người`; `nâng tổng số cán bộ
        # chuyên trách CNTT lên 560 người`: the total raised to (in a sentence about IT staff), not the staff added
        "it_staff_count",
        # (`Số cán bộ chuyên trách CNTT … sẽ tăng lên 85 người`: `tăng lên` names the total too; `tăng 12 người`, the
        # staff added, does not)
        cue(rf"(?:nâng tổng số|đưa tổng số|tăng) (?:lên|là|đạt) {N} ?(?:người|cán bộ|CBCC|CBCCVC|công chức)"),
        "staffing.it_staff_total_raised",
        context=cue(rf"(?:cán bộ|CBCC|CBCCVC|công chức|nhân lực|người)[^.;%\d\n]{{0,30}}?{_IT}"),
        not_context=_NEED,
    ),
    CountRule(
        "it_staff_count",
        cue(
            rf"(?:nâng|đưa) tổng số (?:cán bộ|CBCC|CBCCVC|công chức|nhân lực|người)[^.;%\d\n]{{0,20}}?{_IT}[^.;%\d\n]{{0,20}}?"
            rf"(?:lên|là|đạt) {N} ?(?:người|cán bộ|CBCC|CBCCVC|công chức)?"
        ),
        "staffing.it_staff_total_raised_named",
        not_context=_NEED,
    ),
    # `Số cán bộ chuyên trách CNTT tăng từ 29 người (năm 2010) lên 47 người`: a count that grew, the first figure of
    # the year after it, the second read by the engine as the count raised to (as a count of services that grew is;
    # round 25)
    CountRule(
        "it_staff_count",
        # (opens with `tăng từ`, the IT staff named before it in the sentence: `cán bộ` opens too many words)
        cue(rf"(?:tăng|giảm) từ {N}(?= ?(?:người|cán bộ)? ?\(?năm (?:19|20)\d\d\)?,? (?:lên|xuống) )"),
        "staffing.it_staff_grew_from",
        context=cue(
            rf"(?:cán bộ|CBCCVC|CBCC|công chức|nhân lực) (?:chuyên trách |phụ trách |làm )?(?:về )?{_IT}[^.;%\d\n]{{0,30}}?"
            r"(?:đã )?$"
        ),
        not_context=_NEED,
    ),
    CountRule(  # `Đội ngũ cán bộ chuyên trách CNTT được kiện toàn với 118 người`
        "it_staff_count",
        cue(
            rf"(?:cán bộ|CBCCVC|CBCC|nhân lực) (?:chuyên trách |phụ trách )?(?:về )?{_IT}[^.;%\d\n]{{0,40}}?với {N} ?(?:người|cán bộ)"
        ),
        "staffing.it_staff_with",
        not_context=_NEED,
    ),
    # `Số cán bộ chuyên trách CNTT tăng 6 người so với năm 2018, đạt 64 người`: the number reached after its change (the
    # change itself is no count; issue #11, round 22)
    CountRule(
        "it_staff_count",
        cue(
            rf"(?:cán bộ|CBCCVC|CBCC|công chức|nhân lực) (?:chuyên trách |phụ trách |làm )?(?:về )?{_IT}[^.;%\d\n]{{0,30}}?"
            rf" (?:tăng|giảm)[^.;\n]{{0,30}}? so với [^.;%\n]{{0,25}}?, (?:đã |hiện )?(?:đạt|lên|là|có|còn) {N} ?(?:người|cán bộ)"
        ),
        "staffing.it_staff_after_change",
    ),
    CountRule(
        "it_staff_count",
        cue(
            # (`167 cán bộ, công chức, viên chức chuyên trách CNTT`: the staff may be named in a list)
            rf"(?<!ít\u0020nhất\u0020)(?<!tối\u0020thiểu\u0020)(?<!mỗi\u0020){_NOT_AVERAGE}{_NOT_ADDED}{N} {_STAFF}(?:, (?:công chức|viên chức))*[^.;%\d\n)]{{0,15}}?(?:chuyên trách|làm (?:công tác |nhiệm vụ )?|phụ trách|có (?:trình độ )?chuyên môn) ?(?:về )?{_IT}{_NOT_PART_TIME}{_NOT_RAISING}"
            # (`67 công chức, viên chức làm CNTT`: `làm` alone before IT; not across a bracket's end: `5/8 huyện (6 cán
            # bộ) có cán bộ chuyên trách CNTT` is that item's staff, read with its fraction)
        ),
        "staffing.it_staff_count",
        not_context=_NEED,
    ),
    CountRule(
        "it_staff_count",
        cue(
            rf"(?<!ít\u0020nhất\u0020)(?<!tối\u0020thiểu\u0020){_NOT_AVERAGE}{_NOT_ADDED}{N} (?:cán bộ|CBCC|CBCCVC) {_IT}\b{_NOT_PART_TIME}{_NOT_RAISING}"
        ),
        "staffing.it_staff_plain",
        not_context=_NEED,
    ),
    CountRule(  # `có ít nhất 150 cán bộ chuyên trách CNTT trên toàn tỉnh`: a minimum for the whole province, not
        # for each agency (`mỗi sở có ít nhất 1 cán bộ chuyên trách` names no province)
        "it_staff_count",
        cue(
            rf"(?:(?<=ít\u0020nhất\u0020)|(?<=tối\u0020thiểu\u0020)){N} {_STAFF}[^.;%\d\n]{{0,15}}?chuyên trách (?:về )?{_IT}"
            r"(?=[^.;%\d\n]{0,20}?(?:trên |của |cho )?(?:toàn|cả) (?:tỉnh|thành phố))"
        ),
        "staffing.it_staff_at_least_province",
        not_context=_NEED,
    ),
    CountRule(  # `toàn tỉnh có 98 cán bộ chuyên trách, 210 cán bộ kiêm nhiệm về CNTT`: split by role
        "it_staff_count",
        cue(rf"{_NOT_AVERAGE}{N} {_STAFF} chuyên trách(?= ?(?:,|và) ?\d[\d.,]* ?{_STAFF}? kiêm nhiệm (?:về )?{_IT})"),
        "staffing.it_staff_dedicated_and_parttime",
        not_context=_NEED,
    ),
    CountRule(  # `118 người làm công tác CNTT, trong đó 47 người chuyên trách, 71 người kiêm nhiệm`
        "it_staff_count",
        cue(
            rf"(?<!ít\u0020nhất\u0020)(?<!tối\u0020thiểu\u0020)(?<!mỗi\u0020){_NOT_AVERAGE}{N} {_STAFF} chuyên trách(?= ?(?:[,;.)]|và |$))"
        ),
        "staffing.dedicated_in_it_sentence",
        context=cue(_IT),  # the sentence speaks of IT staff before the count
        # … or the heading it stands under names the IT staff (`2. Nhân lực công nghệ thông tin` over `- Cấp tỉnh: 41
        # cán bộ chuyên trách;`, round 24)
        heading_context=cue(rf"(?:nhân lực|nguồn nhân lực|đội ngũ|cán bộ|lực lượng)[^\n]{{0,30}}?{_IT}"),
        not_context=_NEED,
    ),
    CountRule(  # `… về CNTT của tỉnh là 180 người; trong đó lực lượng chuyên trách là 42 người`
        "it_staff_count",
        # (opens with `chuyên trách`: a rule opening with `CNTT` and reading on was tried at every mention of IT)
        cue(rf"chuyên trách (?:là|có|gồm) {N} ?{_STAFF}"),
        "staffing.it_staff_dedicated_part",
        not_context=_NEED,
    ),
    CountRule(
        "it_staff_count",
        # (`… ở cấp xã: không có.`: `không có` only when it ends the clause, not `không có chuyên môn`; not
        # `chưa có hoặc có thì …`, which says some have)
        cue(
            rf"(?:cán bộ|CBCC) (?:chuyên trách )?(?:về )?{_IT}[^.;%\d\n]{{0,60}}?"
            rf"(?:chưa có(?!,? hoặc (?:đã )?có)|không có(?= ?(?:[.;,\n]|$)))"
        ),
        "staffing.it_staff_none",
        zero=True,
        not_context=_NEED,
    ),
    CountRule(
        "it_staff_count",
        # `chưa có cán bộ chuyên trách CNTT`, `chưa bố trí được …`, `không có …`
        # (`cấp xã không có chức danh công chức chuyên trách công nghệ thông tin`: no such post at that level, none;
        # stop 27, dev_wording14)
        # (`hiện chưa có xã nào có cán bộ chuyên trách CNTT`: no unit of the level has one, none; stop 27 review)
        cue(
            rf"(?:chưa|không) (?:có (?:(?:xã|phường|huyện|quận)(?:, (?:phường|thị trấn|xã))* nào (?:có|bố trí(?: được)?) )?"
            rf"|bố trí(?: được)? )(?:chức danh |biên chế )?(?:cán bộ|CBCC|công chức) (?:chuyên trách )?(?:về )?{_IT}"
        ),
        "staffing.it_staff_none_before",
        zero=True,
        # (not `Gần một nửa số xã chưa bố trí được …`, `30% số xã chưa có …`: some units lack them, others have them)
        not_context=cue(rf"{_NEED.pattern}|{_SOME_UNITS}"),
    ),
    CountRule(
        "it_staff_count",
        # `6/19 sở, ngành đã bố trí cán bộ chuyên trách tin học; ở cấp huyện chưa có cán bộ chuyên trách.`: the IT
        # named once earlier in the sentence, the staff of a level that has none after it (ending its clause)
        cue(
            # (`cấp xã chưa có người chuyên trách` after `64 người làm chuyên trách CNTT`: the staff named as people,
            # round 24)
            # (`cấp xã chưa bố trí được biên chế chuyên trách`: the posts named for the staff, stop 27)
            r"(?:chưa|không) (?:có|bố trí(?: được)?) (?:cán bộ|CBCC|công chức|người|biên chế) chuyên trách(?: nào)?(?= ?(?:[.;,\n]|$))"
        ),
        "staffing.it_staff_none_named_before",
        zero=True,
        context=cue(rf"(?:cán bộ|CBCC|công chức|người)(?: làm)? chuyên trách (?:về )?{_IT}"),
        # (not `phần lớn các xã chưa có …`: most, not all, have none)
        not_context=cue(rf"{_NEED.pattern}|phần lớn|đa số|hầu hết|nhiều (?:xã|huyện|đơn vị|cơ quan)|{_SOME_UNITS}"),
    ),
]
