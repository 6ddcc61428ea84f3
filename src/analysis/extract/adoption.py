"""IT use in state agencies: computers, email, document management, e-documents, digital signatures.

Phrasings covered (percent unless said):
  `cán bộ … được trang bị máy tính`, `cán bộ, công chức cấp xã có máy tính`  → staff_with_computer_pct
  `thường xuyên sử dụng máy tính`                        → staff_regular_computer_use_pct
  `Tỷ lệ trung bình máy tính/cán bộ`                     → computers_per_staff_pct
  count `85 máy tính/100 cán bộ`, `0,95 máy tính/cán bộ`  → computers_per_staff_pct = 85, 95 (per 100 staff)
        `9 máy vi tính/10 cán bộ`, `tỷ lệ máy tính/cán bộ cấp tỉnh là 0,8, cấp huyện 0,5` → 90; 80 and 50
  `được cấp / có điều kiện sử dụng thư điện tử`          → staff_with_email_pct
  `thường xuyên sử dụng … thư điện tử`, `Tỷ lệ sử dụng thư điện tử`, `thư điện tử sử dụng thường xuyên`,
  `cán bộ, công chức sử dụng thư điện tử công vụ`
                                                         → staff_email_usage_pct (refines staff_with_email_pct)
  `phần mềm quản lý văn bản`, `Mạng văn phòng điện tử`   → agencies_using_document_management_pct
  `văn bản … dưới dạng điện tử`, `trao đổi văn bản điện tử` → edocument_exchange_pct
  `chữ ký số`, `ký số`, `chứng thư số`                   → agencies_using_digital_signature_pct (not `dân số … có
                                                           chữ ký số`, `văn bản … được ký số`, `chữ ký số cá nhân`:
                                                           no indicator)
  `văn bản … gửi, nhận qua hệ thống thư điện tử`         → edocument_exchange_pct
  `thông tin chỉ đạo, điều hành … đưa lên Cổng`          → directive_info_on_portal_pct
  count `2.954 hộp thư cá nhân`, `3.403 địa chỉ thư điện tử` (not `hộp thư đơn vị`) → email_accounts_count
  count `quản lý văn bản … triển khai cho 103 đơn vị`, `… quản lý văn bản, với 205 đơn vị được kết nối`,
        `… nâng tổng số đơn vị sử dụng lên 180 đơn vị` (the total, not the units added) → document_management_units_count
  `được cấp hộp thư` (`hộp thư` alone, with no `điện tử`/`công vụ` after it) → staff_with_email_pct
  `văn bản … gửi, nhận qua hệ thống … quản lý văn bản` → edocument_exchange_pct (a share of documents sent through
        the document system, not of agencies using it); `85% ở cấp xã được gửi, nhận dưới dạng điện tử`,
        `100% văn bản đi, đến … ở cấp tỉnh, cấp huyện và 85% ở cấp xã … dưới dạng điện tử` → edocument_exchange_pct
  none in words: `Chữ ký số chưa được triển khai tại …`, `cấp xã chưa triển khai ký số` → the signature share = 0
        (not `chưa được sử dụng rộng rãi / hiệu quả`: a judgement, no number)
"""

from __future__ import annotations

from analysis.extract.engine import FRACTION, CountRule, N, PercentRule, cue
from analysis.extract.lexicon import names

_COMPUTER = r"máy (?:vi )?tính"
# The level of the staff named between them and what they have (`cán bộ, công chức cấp xã có máy tính`).
_ONE_LEVEL = r"(?:(?:UBND )?cấp (?:tỉnh|huyện|xã)|sở, (?:ban, )?ngành|xã, phường(?:, thị trấn)?|quận, huyện)"
# (two levels too: `cán bộ, công chức cấp tỉnh và cấp huyện có máy tính`)
_STAFF_LEVEL = rf"(?:,? (?:ở |tại |thuộc )?(?:các )?{_ONE_LEVEL}(?:(?:,| và) (?:các )?{_ONE_LEVEL})?)?"
_SIGNATURE = names("agencies_using_digital_signature_pct")
# `chưa được triển khai / sử dụng …` means none, unless it only says how well (`chưa … rộng rãi, hiệu quả`).
_AGENCY = r"(?:cơ quan|đơn vị|sở|ubnd|xã|huyện|địa phương)"
_NOT_YET = r"chưa (?:được )?(?:triển khai|sử dụng|áp dụng|ứng dụng|thực hiện|cấp)"
# Sent over the network: `gửi trên môi trường mạng`, `phát hành qua mạng`.
# (`gửi qua trục liên thông văn bản của tỉnh`: the exchange hub documents pass between agencies)
_SENT_OVER = r"(?:gửi|chuyển|phát hành) (?:trên|qua) (?:môi trường mạng|mạng|trục liên thông)"
# A district's offices or its communes counted as units (`27 xã, thị trấn`, `14 phòng, ban`, `9 UBND phường`).
_LOCAL_UNITS = r"(?:UBND )?(?:các )?(?:xã|phường|thị trấn|phòng, ban)"
# … and the verb of their use, after at most a few words (`… chuyên môn đã dùng`, `… đã được triển khai`)
_LOCAL_USE = r"[^.;%\d\n]{0,30}? (?:đã )?(?:được )?(?:dùng|sử dụng|triển khai|áp dụng|ứng dụng|vận hành)\b"
_ONLY_HOW_WELL = r"(?![^.;\n]{0,25}?(?:rộng rãi|hiệu quả|thường xuyên|đồng bộ|nhiều|phổ biến|đầy đủ|thành thạo))"

PERCENT_RULES = [
    PercentRule(
        "staff_with_computer_pct",
        cue(
            # (`được cấp máy tính` as `được trang bị`, but not `… máy tính có kết nối mạng`, the computers' link;
            # `được trang bị toàn bộ máy vi tính`: fully equipped, the same share)
            rf"trang bị (?:toàn bộ |đầy đủ )?{_COMPUTER}|được trang bị máy|được cấp (?:01 |một )?{_COMPUTER}(?! ?(?:có )?(?:kết nối|nối mạng))|có {_COMPUTER} (?:để |sử dụng )?(?:làm việc|phục vụ|trong công việc|cho công việc)"
            # `tỷ lệ cán bộ, công chức có máy tính đạt 98%` (not `… có máy tính kết nối Internet`); the staff's level
            # may stand between (`cán bộ, công chức cấp xã có máy tính`, `… ở các sở, ngành có máy tính`)
            rf"|(?:cán bộ|công chức|CBCC)(?:,? (?:công chức|viên chức))*{_STAFF_LEVEL},? (?:đã )?có {_COMPUTER}(?! ?(?:kết nối|nối mạng|được kết nối))"
            # a list's label with no verb, then shares of staff (`- Máy tính: 100% cán bộ, công chức cấp tỉnh …; 92% …`)
            rf"|{_COMPUTER}: ?$"
            # the computers named first (`tỷ lệ máy tính được trang bị cho cán bộ, công chức cấp tỉnh đạt 100%`): still
            # the share of staff equipped, not a ratio of computers to staff (round 24, lead)
            # (named as a rate: not `35% máy tính được trang bị cho cán bộ … đã hết khấu hao`, a share of the computers)
            rf"|tỷ lệ (?:số )?{_COMPUTER} (?:đã )?(?:được )?(?:trang bị|cấp|bố trí) cho (?:các |đội ngũ )?(?:cán bộ|công chức|CBCC)"
        ),
        "adoption.computer_pct",
    ),
    PercentRule(
        "staff_regular_computer_use_pct",
        cue(
            # (`sử dụng thường xuyên máy tính`: the adverb before the object, round 24)
            rf"thường xuyên sử dụng {_COMPUTER}|sử dụng {_COMPUTER} thường xuyên|sử dụng (?:thành thạo|thường xuyên) {_COMPUTER}"
            r"|thường xuyên ứng dụng (?:CNTT|công nghệ thông tin)"
            # `100% cán bộ, công chức cấp huyện và xã đã sử dụng máy tính để xử lý công việc chuyên môn`: use at work
            rf"|(?:cán bộ|công chức|CBCC)[^.;%\d\n]{{0,40}}?sử dụng {_COMPUTER} (?:để |trong |vào |cho )(?:xử lý |giải quyết |phục vụ )?(?:công việc|công tác)"
        ),
        "adoption.computer_use_pct",
    ),
    # `01 máy/cán bộ, 100% máy được kết nối internet`: a share of the computers (their link), no share of staff.
    # Only as the words right after the number (the look-behind: at most one character of its window before it,
    # the space after the number);
    # further on (`60% ở cấp huyện, đa số máy tính được kết nối mạng`) the computers are another clause's subject.
    PercentRule(
        "",
        cue(r"(?<![^\n]{2})máy(?: vi)?(?: tính)? (?:(?:đều|đã|được) )*(?:kết nối|nối mạng)"),
        "adoption.computers_connected",
    ),
    PercentRule(
        "computers_per_staff_pct",
        # (`máy tính trên số lượng cán bộ công chức`: the staff may be named by their number)
        cue(
            rf"{_COMPUTER} ?/ ?(?:cán bộ|CBCC)|{_COMPUTER} trên (?:(?:tổng )?số(?: lượng)? )?(?:cán bộ|CBCC|đầu người)"
        ),
        "adoption.computers_per_staff_pct",
    ),
    PercentRule(
        "staff_with_email_pct",
        cue(
            # (`email công vụ`, `e-mail` for the official mailbox, as news write it)
            r"(?:được cấp|được cung cấp|có điều kiện sử dụng|được sử dụng|có)[^.;%\n]{0,40}?(?:hộp thư|thư (?:điện tử|công vụ)|e-?mail công vụ)"
            r"|cấp (?:hộp |tài khoản )?(?:thư (?:điện tử|công vụ)|e-?mail công vụ)"
            # the giving named as a task or a rate (`Về việc cấp hộp thư, cấp tỉnh … đạt 100%`, `tỷ lệ cấp hộp thư`; stop 26)
            # (mailboxes given to bodies are no share of staff: `Tỷ lệ cấp hộp thư cho UBND cấp xã`, the review of stop 26)
            r"|(?:việc|công tác|tỷ lệ) cấp (?:hộp thư|tài khoản thư)"
            r"(?![^.;%\d\n]{0,30}?cho (?:các )?(?:ubnd|ủy ban|cơ quan|đơn vị|sở|phòng|xã|huyện|trụ sở))"
            # `Đã cấp 4.120 hộp thư công vụ cho cán bộ, công chức, đạt 81% số cán bộ …`: boxes given to staff, then the share
            r"|cấp [\d.]+ hộp thư(?: điện tử)?(?: công vụ)? cho (?:các )?(?:cán bộ|CBCC|công chức)"
            # `Hộp thư công vụ đã được cấp cho 95% cán bộ, công chức`: the mailbox named first, the share after
            r"|(?:[Hh]ộp thư|[Tt]hư (?:điện tử|công vụ))[^.;%\d\n]{0,30}?(?:được|đã được) cấp cho"
            # `Đã cấp hơn 6.400 hộp thư công vụ (…) cho 97% cán bộ, công chức`: the boxes counted, then the share of staff
            # given one right after `cho` (round 24, real8)
            r"|cấp (?:trên |hơn |gần |khoảng )?[\d.]+ (?:hộp thư|tài khoản thư)(?: điện tử)?(?: công vụ)?(?: \([^()\n]{0,60}\))? cho $"
            # `… hiện có 11.800 tài khoản, tương đương 93% cán bộ, công chức`: the boxes counted, then the share of
            # staff they equal (one box each, round 25)
            # (opens with the boxes, not their number: a cue opening with a character class is tried everywhere)
            r"|(?:hộp thư|tài khoản)(?: thư)?(?: điện tử)?(?: công vụ)?,? (?:tương đương|tương ứng|bằng|chiếm)(?: với)?"
            r"(?: khoảng| gần| hơn| trên)? $"
        ),
        "adoption.email_pct",
    ),
    # `100% các cơ quan, đơn vị đã được cấp hộp thư`: a share of agencies, which no indicator is about.
    PercentRule(
        "",
        # (committees named by their level: `100% UBND cấp xã được cấp hộp thư điện tử`)
        # (not the units whose staff the share counts, named right after them: `100% cán bộ, công chức UBND cấp xã được cấp
        # hộp thư`, `… công chức của UBND các xã …`, `… công chức các cơ quan …`: the staff share; stop 27)
        cue(
            r"(?<!chức\u0020)(?<!bộ\u0020)(?<!cbcc\u0020)(?<!chức\u0020của\u0020)(?<!bộ\u0020của\u0020)"
            r"(?<!chức\u0020các\u0020)(?<!bộ\u0020các\u0020)(?<!chức\u0020tại\u0020)(?<!bộ\u0020tại\u0020)"
            r"(?<!chức\u0020thuộc\u0020)(?<!bộ\u0020thuộc\u0020)"
            r"(?:cơ quan|đơn vị|(?:ubnd|ủy ban nhân dân)(?: các)?(?: cấp)? (?:xã|huyện)(?:, (?:phường|thị trấn|thị xã|thành phố))*),?"
            r" (?:đơn vị )?(?:đã )?(?:được cấp|có) (?:hộp )?thư"
        ),
        "adoption.email_of_agencies",
        refines="staff_with_email_pct",
        of_agencies=True,
    ),
    # `90% các đơn vị cấp xã đã sử dụng thư điện tử trong công việc`: agencies (named right after the number) that use
    # email, which no indicator is about (only staff shares are); not `… cơ quan, đơn vị có cán bộ … sử dụng …`.
    PercentRule(
        "",
        cue(
            rf"(?<![^\n]{{2}})(?:các {_AGENCY}|tổng số {_AGENCY}|số {_AGENCY}|cơ quan|đơn vị|sở|ubnd|xã|huyện|địa phương)"
            r"(?:(?!cán bộ|công chức|cbcc|viên chức|người|sử dụng|dùng|ứng dụng|có |triển khai|kết nối|trang bị)[^.;%\d\n]){0,80}?"
            r" (?:đã )?(?:được )?(?:thường xuyên )?"
            r"(?:sử dụng|dùng|ứng dụng) (?:hộp )?(?:thư (?:điện tử|công vụ)|e-?mail)"
        ),
        "adoption.email_use_of_agencies",
        refines="staff_email_usage_pct",
        of_agencies=True,
    ),
    PercentRule(
        "staff_email_usage_pct",
        cue(
            # (`email`, `e-mail` in news: `… thường xuyên sử dụng email để xử lý công việc`)
            r"thường xuyên (?:sử dụng|dùng)[^.;%\n]{0,30}?(?:thư điện tử|hộp thư|e-?mail)|thư (?:điện tử|công vụ)(?:(?!tỷ lệ|tỉ lệ)[^.;,%\n]){0,40}?(?:sử dụng )?thường xuyên"
            # (not across a share of its own: `… có hộp thư công vụ và nâng tỷ lệ thường xuyên sử dụng … lên 70%`)
            r"|tỷ lệ (?:thường xuyên )?sử dụng (?:hộp )?(?:thư (?:điện tử|công vụ)|e-?mail)|sử dụng thư điện tử (?:trong|để) (?:công việc|trao đổi)"
            # the adverb between the verb and the mail (`… cán bộ, công chức sử dụng thường xuyên hộp thư công vụ`)
            r"|(?:sử dụng|dùng) thường xuyên (?:hộp )?(?:thư (?:điện tử|công vụ)|e-?mail)"
            # the adverb after a bare `hộp thư` (`… cán bộ, công chức cấp xã sử dụng hộp thư thường xuyên`, round 23)
            r"|(?:sử dụng|dùng) hộp thư thường xuyên"
            # daily use in so many words (`số người mở hộp thư hằng ngày`, `truy cập hộp thư công vụ mỗi ngày`, round 26)
            r"|(?:mở|truy cập|kiểm tra|sử dụng|dùng) (?:hộp )?thư(?: điện tử)?(?: công vụ)? (?:hằng|hàng|mỗi) ngày"
            # `… sử dụng thư điện tử công vụ trong công việc`, `… sử dụng hộp thư công vụ để trao đổi văn bản`
            r"|sử dụng (?:hộp )?thư (?:điện tử|công vụ)(?: công vụ)? (?:trong|để|vào) (?:công việc|trao đổi|xử lý)"
            # `95% cán bộ, công chức sử dụng thư điện tử công vụ`: staff who use it (written right after the staff,
            # not `được cấp và sử dụng`: accounts given, read above)
            # (their level and `đã` between: `85% cán bộ, công chức cấp huyện đã sử dụng hộp thư điện tử của tỉnh …`)
            rf"|(?:cán bộ|công chức|CBCC)(?:,? công chức)?(?:,? viên chức)?{_STAFF_LEVEL} (?:đã )?(?:sử dụng|dùng) (?:(?:hộp )?thư (?:điện tử|công vụ)|e-?mail)"
            # news of 2010-2014 on mailboxes given, then the share in use: `1.830 hộp thư điện tử được cấp cho cán bộ,
            # công chức, trong đó tỷ lệ đang sử dụng chiếm 61%` (the share of boxes in use, not of staff given one)
            r"|(?:hộp thư|thư điện tử)[^.;%\n]{0,100}?trong đó,? tỷ lệ (?:đang )?sử dụng"
            # the passive, the mail named first: `Thư điện tử công vụ được 87% cán bộ, công chức sử dụng thường xuyên` (`được`
            # right before the value: the window a cue is looked for in ends at its number)
            r"|(?:hộp thư|thư) (?:điện tử|công vụ)(?: công vụ)? (?:đã )?được ?$"
            # daily log-ins (`Mỗi ngày có khoảng 4.000 lượt cán bộ đăng nhập hộp thư công vụ, chiếm 60% số tài khoản`):
            # regular use (stop 27 review)
            r"|(?:mỗi|hằng|hàng) ngày[^;%\n]{0,60}?(?:đăng nhập|truy cập|mở) (?:vào )?(?:hộp )?thư"
        ),
        "adoption.email_usage_pct",
        refines="staff_with_email_pct",
    ),
    # `Tỷ lệ văn bản … gửi, nhận qua hệ thống thư điện tử và phần mềm quản lý văn bản … đạt 100%`: a share of
    # documents. Listed before the document-management cue so that, ending where that cue ends, it wins.
    PercentRule(
        "edocument_exchange_pct",
        cue(
            r"văn bản[^.;%\n]{0,40}?(?:gửi,? nhận|trao đổi)[^.;%\n]{0,10}?qua (?:hệ thống|phần mềm)[^.;%\n]{0,60}"
            r"(?:quản lý văn bản(?: và điều hành)?|thư điện tử)"
            # the verb first (`… đã trao đổi văn bản điện tử qua hệ thống quản lý văn bản của tỉnh, đạt tỷ lệ 90%`)
            r"|(?:gửi,? nhận|trao đổi) văn bản(?: điện tử)? (?:thông )?qua (?:hệ thống|phần mềm)[^.;%\n]{0,60}"
            r"(?:quản lý văn bản(?: và điều hành)?|thư điện tử)"
            # `Tỷ lệ tiếp nhận văn bản điện tử qua hệ thống phần mềm quản lý văn bản …`: documents received that way
            r"|(?:tiếp nhận|phát hành) văn bản(?: điện tử)?[^.;%\n]{0,10}?qua (?:hệ thống|phần mềm)[^.;%\n]{0,60}"
            r"(?:quản lý văn bản(?: và điều hành)?|thư điện tử)"
            # the older years' one way: documents sent by the mail (`Tỷ lệ văn bản được gửi qua thư điện tử đạt 40%`)
            r"|văn bản[^.;%\n]{0,40}?(?:gửi|chuyển|trao đổi)[^.;%\n]{0,10}?qua (?:hệ thống )?thư điện tử"
            # documents passed electronically between the agencies that use the software (`văn bản … được chuyển hoàn
            # toàn điện tử … giữa các cơ quan … sử dụng phần mềm quản lý văn bản …`): the agencies are named by the
            # software, the share is of documents (round 24, real8); ending where the software's cue ends, it wins
            r"|văn bản[^.;%\n]{0,60}?(?:điện tử|qua mạng|môi trường mạng)[^.;%\n]{0,40}?giữa[^.;%\n]{0,40}?"
            r"(?:sử dụng|dùng) (?:hệ thống |phần mềm )?quản lý văn bản(?: và điều hành)?"
        ),
        "adoption.edocument_through_system_pct",
    ),
    # `70% cán bộ, công chức sử dụng hệ thống quản lý văn bản và điều hành`: a share of staff using the software,
    # no share of agencies (no codebook indicator).
    PercentRule(
        "",
        cue(
            # (`… sử dụng thành thạo/hiệu quả hệ thống quản lý văn bản`: how well they use it, the same)
            r"(?:cán bộ|công chức|viên chức)(?: cấp (?:tỉnh|huyện|xã))?,? (?:(?:đã|thường xuyên) )?sử dụng (?:thành thạo |hiệu quả )?(?:hệ thống |phần mềm )?quản lý văn bản"
            # the staff's agencies or a bracket between (`87% cán bộ, công chức, viên chức các đơn vị, địa phương (gồm
            # lãnh đạo, quản lý) sử dụng phần mềm quản lý văn bản`), with no verb of the agencies' own
            r"|(?:cán bộ|công chức|viên chức)(?:(?!triển khai|được|đã có|ứng dụng)[^.;%\d\n]){1,70}? (?:(?:đã|thường xuyên) )?"
            r"sử dụng (?:hệ thống |phần mềm )?quản lý văn bản"
        ),
        "adoption.staff_using_document_management",
    ),
    # `100% bộ, ngành, địa phương đã kết nối, liên thông gửi, nhận văn bản điện tử với trục liên thông văn bản quốc gia`:
    # a share of agencies connected, no share of documents (no codebook indicator).
    PercentRule(
        "",
        # (`… đã kết nối liên thông và (thực hiện) gửi, nhận văn bản điện tử …`: the same, the two verbs joined)
        cue(r"kết nối,? (?:liên thông )?(?:(?:và|,) (?:thực hiện )?)?(?:gửi,? nhận|trao đổi) văn bản"),
        "adoption.agencies_connected_for_documents",
    ),
    # `100% văn bản, hồ sơ trình UBND tỉnh … phải gửi kèm văn bản điện tử qua Phần mềm Quản lý văn bản và Điều
    # hành`: documents named right after the number (the look-behind, as for computers above), then sent with an
    # electronic copy or through the document software: a share of documents, not of agencies using the software.
    PercentRule(
        "edocument_exchange_pct",
        cue(
            r"(?<![^\n]{2})(?:văn bản|hồ sơ|tài liệu|tờ trình|báo cáo|các văn bản|các hồ sơ|số văn bản|số hồ sơ)[^.;%\n]{0,100}?"
            # (not `… được số hóa, ký số và xử lý trên phần mềm quản lý văn bản`: handled in it, not said to be sent)
            r"(?:gửi kèm (?:bản |văn bản )?điện tử|(?<!xử\u0020lý\u0020)(?:qua|trên|bằng) (?:hệ thống |phần mềm )?"
            r"(?:quản lý văn bản|QLVB))"
        ),
        "adoption.documents_through_software_pct",
    ),
    # `tỷ lệ văn bản có ký số trên iOffice của các cơ quan … đạt 100%`, `tỷ lệ văn bản xử lý hồ sơ trên iOffice đạt trên
    # 70%`: a share of documents signed or handled in the software, not of agencies using it, nor said exchanged (no
    # codebook indicator). Listed before the software's cue so that, ending where it ends, it wins; not across words of
    # sending (`… được ký số và luân chuyển trên Hệ thống quản lý văn bản` is the e-document share).
    PercentRule(
        "",
        cue(
            r"tỷ lệ văn bản(?:(?!tỷ lệ|luân chuyển|gửi|nhận|trao đổi)[^.;%\n]){0,40}?(?:ký số|xử lý)"
            r"(?:(?!tỷ lệ|luân chuyển|gửi|nhận|trao đổi)[^.;%\n]){0,40}?(?:trên|qua|bằng) (?:hệ thống |phần mềm )?"
            r"(?:quản lý văn bản(?: và điều hành)?|qlvb|văn phòng điện tử|ioffice|edocman|q-office)"
        ),
        "adoption.documents_signed_or_handled_in_software",
    ),
    PercentRule(
        "agencies_using_document_management_pct",
        cue(names("agencies_using_document_management_pct")),
        "adoption.document_management_pct",
        fractions=True,
    ),
    # `60% đơn vị sử dụng hệ thống thông tin quản lý văn bản và điều hành thực hiện liên thông văn bản điện tử với nhau`:
    # of the units using the software, those that link up (a share of its users, no codebook indicator).
    PercentRule(
        "",
        cue(
            r"sử dụng (?:hệ thống |phần mềm )?(?:thông tin )?quản lý văn bản(?: và điều hành)?(?: công việc)? "
            r"(?:đều )?(?:thực hiện|được) liên thông"
        ),
        "adoption.document_system_users_linked",
        refines="agencies_using_document_management_pct",
    ),
    PercentRule(
        "edocument_exchange_pct",
        cue(
            # `Tỷ lệ văn bản điện tử có ký số gửi, nhận giữa các cơ quan`, `văn bản đi của các sở … được ký số và gửi
            # trên môi trường mạng`: documents signed and exchanged are the e-document share. First, so that it is
            # the match where the shorter `tỷ lệ văn bản điện tử` would start; ending after the signature words, it
            # is nearer the value than the cue below that sets signed documents aside.
            # (`… được ký số và luân chuyển trên Hệ thống quản lý văn bản`: passed between agencies, through the software)
            # the exchange first, the signature it carries after (`tỷ lệ văn bản điện tử gửi, nhận giữa các cơ quan nhà nước
            # có ký số đạt 98,4%`, `văn bản đi, đến … được gửi, nhận dưới dạng điện tử có kèm chữ ký số đạt 97,6%`, `VBĐT
            # gửi, nhận có ký số: 97,3%`): still the exchange's share (stop 27, dev_wording14)
            r"(?:tỷ lệ văn bản|văn bản|vbđt)[^.;%\n]{0,60}?(?:gửi,? nhận|trao đổi)[^.;%\n]{0,60}?(?:có|được|kèm) (?:kèm )?(?:theo )?"
            r"(?:chữ )?ký số(?: chuyên dùng)?|"
            rf"(?:tỷ lệ văn bản|văn bản)[^.;%\n]{{0,60}}?ký số,?(?: và)? (?:gửi,? nhận|trao đổi|{_SENT_OVER}"
            r"|luân chuyển(?: (?:trên|qua) (?:hệ thống |phần mềm )?quản lý văn bản(?: và điều hành)?)?)|"
            # `tỷ lệ gửi, nhận văn bản điện tử (có) ký số còn thấp (khoảng 60%)`: the exchange named first
            r"tỷ lệ (?:gửi,? nhận|trao đổi) văn bản(?: điện tử)? (?:có )?ký số|"
            r"văn bản[^.;%\n]{0,60}?(?:dưới|ở) dạng (?:văn bản )?điện tử(?:,? (?:có|được) (?:chữ )?ký số(?: chuyên dùng)?,?)?|trao đổi văn bản điện tử|tỷ lệ văn bản điện tử|"
            # `Văn bản điện tử đạt 75%` in a list of goals: the share named by the documents alone, opening its clause (not
            # `sử dụng chữ ký số trên văn bản điện tử đạt 40%`, the signature's share), its verb right before the
            # value (`$`: the window a cue is looked for in ends at its number)
            r"(?<![^\n.;:,\-–•+*(]\u0020)văn bản điện tử (?:đạt|chiếm|là)(?: (?:khoảng|trên|hơn|gần|tối thiểu|ít nhất))? ?$|(?<![^\n.;:,\-–•+*(]\u0020)văn bản điện tử(?: (?:ở )?(?:cấp|khối) (?:tỉnh|huyện|xã))?: ?$|văn bản điện tử[^.;%\n]{0,30}?(?:trao đổi|giữa)"
            # `98% văn bản hành chính được trao gửi, nhận giữa các cơ quan … của tỉnh dưới dạng văn bản điện tử`: who
            # exchanges them may take many words before the form is named
            r"|(?:trao gửi|gửi),? nhận giữa[^.;%\n]{0,80}?dưới dạng (?:văn bản )?điện tử"
            r"|văn bản[^.;%\n]{0,30}?trao đổi[^.;%\n]{0,40}?(?:điện tử|qua mạng|môi trường mạng)"
            # the exchange named first, the network after (`Tỷ lệ trao đổi văn bản được thực hiện trên môi trường mạng
            # trong nội bộ đạt 65%`)
            r"|trao đổi văn bản[^.;%\n]{0,40}?(?:trên|qua) (?:môi trường )?mạng"
            # `60% văn bản trao đổi giữa lãnh đạo UBND tỉnh với UBND các huyện … (gồm báo cáo, giấy mời …) được thực
            # hiện qua đường thư điện tử`: who exchanges them may take many words before the channel is named
            r"|văn bản[^.;%\n]{0,30}?trao đổi[^.;%\n]{0,160}?(?:được )?(?:thực hiện |gửi |chuyển )?qua (?:đường |hệ thống )?thư điện tử"
            # (`65% văn bản giữa các cơ quan nhà nước được gửi, nhận qua môi trường mạng`: between whom, before the verb)
            r"|văn bản[^.;%\n]{0,45}?gửi,? nhận[^.;%\n]{0,20}?(?:điện tử|qua mạng|môi trường mạng|thư điện tử)"
            r"|gửi,? nhận văn bản (?:điện tử|qua mạng|trên môi trường mạng)"
            # `85% ở cấp xã được gửi, nhận dưới dạng điện tử` (the documents named before the first value)
            # (`… được gửi, nhận dưới dạng điện tử có ký số`: signed too, still the exchange's share)
            r"|(?:gửi,? nhận|trao đổi)[^.;%\n]{0,20}?dưới dạng (?:văn bản )?điện tử(?: (?:có|được) ký số)?"
            # `100% văn bản đi, đến … ở cấp tỉnh, cấp huyện và 85% ở cấp xã … dưới dạng điện tử`: over the list
            r"|văn bản đi,? đến[^.;\n]{0,120}?(?:dưới dạng điện tử|môi trường mạng|qua mạng)"
            # `văn bản đi được ký số và gửi trên môi trường mạng ở cấp tỉnh đạt 92%`: documents sent over the network
            rf"|văn bản[^.;%\n]{{0,40}}?{_SENT_OVER}"
            # `VBĐT`, as news abbreviates `văn bản điện tử`: `Tỷ lệ VBĐT đi, đến giữa các cơ quan …`, `100% VBĐT gửi,
            # nhận giữa các CQNN …`
            r"|tỷ lệ vbđt|vbđt(?: đi,? đến)?[^.;%\n]{0,10}?(?:trao đổi|giữa|gửi,? nhận)"
        ),
        "adoption.edocument_pct",
    ),
    PercentRule(
        "agencies_using_digital_signature_pct",
        cue(names("agencies_using_digital_signature_pct")),
        "adoption.digital_signature_pct",
        fractions=True,
    ),
    # `Tỷ lệ cơ quan, đơn vị dùng chữ ký số khi gửi, nhận văn bản điện tử (không kể văn bản mật) đạt 100%`: a share of
    # agencies, the documents they sign named after it (no share of documents), round 25
    PercentRule(
        "agencies_using_digital_signature_pct",
        cue(
            r"tỷ lệ (?:các )?(?:cơ quan|đơn vị)(?:, (?:cơ quan|đơn vị))? (?:đã )?(?:sử dụng|dùng|áp dụng|ứng dụng) "
            r"(?:chữ ký số|ký số)(?=[^.;%\d\n]{0,40}?văn bản)[^.;%\d\n]{0,100}?(?<!\u0020đều)(?<!\u0020đều\u0020)(?= ?(?:đạt|là|:) )"
        ),
        "adoption.digital_signature_of_agencies_pct",
    ),
    # `100% cơ quan nhà nước ở hai cấp tỉnh, xã gửi, nhận văn bản điện tử có ký số`: a share of agencies whose documents
    # go out signed, the agencies named right after the value (round 26; `100% văn bản … có ký số` stays a share of
    # documents)
    PercentRule(
        "agencies_using_digital_signature_pct",
        cue(
            r"(?:cơ quan|đơn vị)[^.;%\d\n]{0,60}?(?:gửi,? nhận|trao đổi|phát hành) văn bản(?: điện tử)? "
            r"(?:đều )?(?:có|bằng|với|được) (?:chữ )?ký số"
        ),
        "adoption.agencies_sending_signed_documents_pct",
    ),
    # Digital signatures of people, of documents, of services or of applications are no share of agencies
    # (docs/phrasing.md: `dân số trưởng thành có chữ ký số`, `X% văn bản điện tử được ký số`, `30% tỷ lệ dịch vụ công
    # trực tuyến sử dụng chữ ký số trên nền tảng di động`, `hồ sơ … được ký số`): these words win over the cue
    # above and give no fact.
    PercentRule(
        "",
        cue(
            # (not across `và` that opens another share: `… quản lý văn bản và tỷ lệ cơ quan sử dụng chữ ký số`)
            # (businesses' signatures, `tỷ lệ doanh nghiệp sử dụng chữ ký số đạt 95%` in a digital economy section, are
            # theirs; stop 27 review)
            r"(?:dân số|người dân|doanh nghiệp|hộ kinh doanh)[^.;%\n]{0,40}?(?:chữ ký số|chứng thư (?:ký )?số)"
            # a personal signature is a person's (`80% dân số … có định danh điện tử và 50% có chữ ký số cá nhân`,
            # `công chức được cấp chữ ký số cá nhân`): no share of agencies, whoever holds it (round 23, real7)
            r"|chữ ký số cá nhân"
            # (not documents an agency sends out signed, `… cơ quan … gửi, nhận văn bản điện tử có ký số`: its own share)
            r"|(?<!gửi,\u0020nhận\u0020)(?<!gửi\u0020nhận\u0020)(?<!trao\u0020đổi\u0020)(?<!phát\u0020hành\u0020)"
            r"văn bản(?:(?! và (?:tỷ lệ|sử dụng|chữ ký số))[^.;%\n]){0,40}?(?:được )?ký số"
            r"|(?:dịch vụ công|dvctt|dvc|hồ sơ)[^.;%\n]{0,40}?(?:sử dụng|có|tích hợp|được) (?:chữ ký số|ký số)"
            # (`100% VBĐT có ký số (trừ văn bản mật)`, the news' and slides' abbreviation: documents said signed)
            r"|vbđt(?:(?!gửi|nhận|trao đổi)[^.;%\n]){0,20}?(?:được |có )?(?:chữ )?ký số"
            # the documents of agencies that send them signed are documents (`Tỷ lệ văn bản đi của các cơ quan, đơn vị
            # phát hành văn bản điện tử có chữ ký số đạt 88%`; the review of stop 26)
            r"|văn bản(?: đi| đến| điện tử)? của [^.;%\d\n]{0,60}?"
            r"(?:gửi,? nhận|trao đổi|phát hành) văn bản[^.;%\d\n]{0,20}?ký số"
        ),
        "adoption.signature_not_of_agencies",
        refines="agencies_using_digital_signature_pct",
    ),
    # `100% các sở … có xây dựng cổng, trang thông tin điện tử nhằm đưa thông tin chỉ đạo, điều hành …`: a share of
    # agencies that have a portal (no codebook share), whatever the portal is for; the directive share below is of
    # the information itself put on a portal (nearer the number, these words win).
    PercentRule(
        "",
        cue(
            r"(?:có|xây dựng) (?:xây dựng |được )?(?:cổng|trang)(?: thông tin| tin)?(?:,? (?:và )?(?:cổng|trang)"
            r"(?: thông tin| tin)?)? (?:điện tử|TTĐT)|có (?:website|trang web)"
        ),
        "adoption.agencies_with_portal_pct",
        # (`100% cơ quan … đã xây dựng cổng thông tin điện tử, ứng dụng các phần mềm quản lý văn bản`: the next
        # predicate of the same agencies is still read, as after `có mạng LAN`; round 23, real7)
        of_agencies=True,
    ),
    PercentRule(
        "directive_info_on_portal_pct",
        cue(r"thông tin chỉ đạo|chỉ đạo, điều hành[^.;%\n]{0,120}?(?:Cổng|Trang) thông tin"),
        "adoption.directives_on_portal_pct",
    ),
]

COUNT_RULES = [
    # None in words: `Chữ ký số chưa được triển khai tại các cơ quan …`, `cấp xã chưa triển khai ký số` → 0.
    CountRule(
        "agencies_using_digital_signature_pct",
        cue(rf"{_SIGNATURE}[^.;%\d\n]{{0,20}}?{_NOT_YET}{_ONLY_HOW_WELL}"),
        "adoption.signature_none",
        zero=True,
    ),
    CountRule(
        "agencies_using_digital_signature_pct",
        cue(rf"(?:xã|huyện|sở, (?:ban, )?ngành)\b[^.;%\d\n]{{0,20}}?{_NOT_YET} {_SIGNATURE}{_ONLY_HOW_WELL}"),
        "adoption.signature_none_at_level",
        zero=True,
    ),
    CountRule(  # `Chưa có cơ quan cấp xã nào sử dụng chữ ký số`: none of that level (round 23)
        "agencies_using_digital_signature_pct",
        cue(
            rf"chưa có (?:cơ quan |đơn vị |UBND )?(?:cấp )?(?:xã|huyện)(?:, phường, thị trấn)? nào "
            rf"(?:đã )?(?:sử dụng|dùng|triển khai|ứng dụng|áp dụng) {_SIGNATURE}"
        ),
        "adoption.signature_no_unit",
        zero=True,
    ),
    # Computers per staff as a ratio: `85 máy tính/100 cán bộ` → 85; `0,95 máy tính/cán bộ`, `0,9 máy/người` → 95, 90.
    CountRule(
        "computers_per_staff_pct",
        cue(rf"{N} máy(?: vi)?(?: tính)? ?/ ?100 (?:cán bộ|CBCC|công chức|người)"),
        "adoption.computers_per_100_staff",
    ),
    # `(bình quân) cứ 100 cán bộ, công chức (cấp tỉnh) có 96 máy vi tính`: the ratio written out
    CountRule(
        "computers_per_staff_pct",
        cue(
            rf"100 (?:cán bộ|CBCC|công chức|người)(?:,? (?:công chức|viên chức))*{_STAFF_LEVEL} (?:có|được trang bị|sử dụng) {N} máy(?: vi)?(?: tính)?"
        ),
        "adoption.per_100_staff_written_out",
    ),
    CountRule(
        "computers_per_staff_pct",
        cue(rf"{N} máy(?: vi)?(?: tính)? ?/ ?(?:01 |1 |một )?(?:cán bộ|CBCC|công chức|người)"),
        "adoption.computers_per_staff",
        scale=100.0,
    ),
    # `bình quân 9 máy vi tính/10 cán bộ`: per ten staff → 90 per 100.
    CountRule(
        "computers_per_staff_pct",
        cue(rf"{N} máy(?: vi)?(?: tính)? ?/ ?10 (?:cán bộ|CBCC|công chức|người)"),
        "adoption.computers_per_10_staff",
        scale=10.0,
    ),
    # Older reports give the ratio's title, then a decimal with no `%` (`Tỷ lệ máy tính/cán bộ, công chức cấp tỉnh là
    # 0,8, cấp huyện 0,5`): computers per one staff → 80, 50 per 100 (a level list after it is read by the engine).
    # Only a number below 2 with a decimal comma is such a ratio (`… đạt 85` with its `%` dropped is not).
    CountRule(
        "computers_per_staff_pct",
        cue(
            # (`Số máy vi tính bình quân trên 1 cán bộ, công chức khối tỉnh là 0,85`)
            rf"{_COMPUTER}(?: bình quân)? ?(?:/|trên) ?(?:01 |1 |một )?(?:cán bộ|CBCC|công chức)[^.;%\d\n]{{0,40}}? (?:là|đạt|bằng) (?P<n>[01],\d{{1,2}})(?![.,]?\d)(?!\s*%)(?! ?máy)"
        ),
        "adoption.computers_per_staff_decimal",
        scale=100.0,
        scaled_list=True,
    ),
    CountRule(
        "email_accounts_count",
        cue(
            # (`tăng 600 hộp thư so với …`, `thêm 300 hộp thư`, `cấp mới 1.240 hộp thư`: an increment, not the number of mailboxes)
            # (`thư` a whole word: `2.300 tài khoản thương mại điện tử` are shop accounts, not mail)
            rf"(?<!tăng\u0020)(?<!thêm\u0020)(?<!mới\u0020)(?<!bổ\u0020sung\u0020){N} (?:hộp thư|địa chỉ thư|tài khoản thư|địa chỉ email|tài khoản email)(?!\w)(?: điện tử)?(?! ?đơn vị)(?: cá nhân)?"
        ),
        "adoption.email_accounts",
    ),
    # `…, nâng tổng số hộp thư điện tử công vụ lên 5.400`: the total raised to, the mailboxes named before it (not the
    # ones added before the comma).
    CountRule(
        "email_accounts_count",
        cue(rf"nâng tổng số (?:hộp thư|tài khoản thư|tài khoản email|địa chỉ thư)[^.;%\d\n]{{0,30}}?lên {N}(?! ?%)"),
        "adoption.email_accounts_raised_to",
    ),
    # `trên 2 nghìn hộp thư`: thousands in words.
    CountRule(
        "email_accounts_count",
        cue(rf"{N} (?:nghìn|ngàn) (?:hộp thư|tài khoản thư|tài khoản email|địa chỉ thư)(?!\w)"),
        "adoption.email_accounts_thousands",
        scale=1000.0,
    ),
    # `8.900 cán bộ, công chức đã được cấp tài khoản thư điện tử công vụ`: staff given an account, one each.
    CountRule(
        "email_accounts_count",
        cue(
            rf"{N} (?:cán bộ|CBCCVC|CBCC|công chức)(?:,? (?:công chức|viên chức))*(?: đã)?(?: được)? cấp"
            r" (?:tài khoản thư|tài khoản email|hộp thư)"
        ),
        "adoption.email_accounts_of_staff",
    ),
    # `Hiện toàn tỉnh có 1.800 cán bộ được cấp hộp thư điện tử`: so many staff given a mailbox, one each (not `thêm …`).
    CountRule(
        "email_accounts_count",
        cue(
            rf"(?<!tăng\u0020)(?<!thêm\u0020)(?<!mới\u0020){N} (?:cán bộ|CBCC|công chức)(?:,? (?:công chức|viên chức))*"
            r" (?:đã )?được cấp (?:hộp thư|tài khoản thư|thư điện tử|địa chỉ thư)"
        ),
        "adoption.email_accounts_staff_given",
    ),
    # `Hệ thống thư điện tử công vụ đang duy trì 7.300 tài khoản`: accounts named after the mail system in the clause.
    CountRule(
        "email_accounts_count",
        cue(
            rf"(?:thư điện tử|thư công vụ|hộp thư|email)[^.;%\d\n]{{0,40}}?(?<!tăng\u0020)(?<!thêm\u0020)(?<!mới\u0020){N} tài khoản(?! ?(?:thư|email))"
        ),
        "adoption.email_accounts_after_system",
    ),
    # `… quản lý văn bản …, nâng tổng số đơn vị sử dụng lên 180 đơn vị`: the total raised (before the rules below,
    # which would read the units added).
    CountRule(
        "document_management_units_count",
        cue(
            rf"(?:quản lý văn bản|văn phòng điện tử)[^.\n]{{0,120}}?nâng tổng số[^.;%\d\n]{{0,30}}?lên {N} (?:đơn vị|cơ quan)"
        ),
        "adoption.document_management_units_total",
    ),
    # `… sử dụng phần mềm quản lý văn bản và điều hành (164 cơ quan, đơn vị …)`: the units on it counted in brackets
    # right after its name (round 24, real8)
    CountRule(
        "document_management_units_count",
        cue(rf"(?:quản lý văn bản|văn phòng điện tử)(?: và điều hành)?(?: công việc)? \( ?{N} (?:cơ quan|đơn vị)"),
        "adoption.document_management_units_in_brackets",
    ),
    # `… quản lý văn bản … triển khai tại 20 sở, ngành, 10 UBND cấp huyện và 45 UBND cấp xã`: the units of one level
    # each (the engine reads the next levels of the list; see `_count_list`).
    CountRule(
        "document_management_units_count",
        cue(
            # (`triển khai giai đoạn 1 tại 6 sở, ngành …`: the phase's number is no count)
            rf"(?:quản lý văn bản|văn phòng điện tử)[^.%\n]{{0,80}}?(?:triển khai|sử dụng|kết nối|áp dụng|với|thiết lập)"
            rf"(?: (?:giai đoạn|đợt|bước) \d+)?[^.;%\d\n]{{0,25}}?"
            # (`32 cơ quan, đơn vị cấp tỉnh và 7 huyện, thành phố`: the units named twice before their level)
            rf"{N}(?!/)(?= (?:các )?(?:sở, (?:ban, )?ngành|(?:cơ quan,? đơn vị|cơ quan|đơn vị|UBND) cấp (?:tỉnh|huyện|xã)"
            # (a district's offices and communes: `triển khai tại 14 phòng, ban và 6 xã, thị trấn`)
            r"|phòng, ban(?: chuyên môn)?(?: và| ?[,;])|xã, (?:phường, )?thị trấn\b))"
        ),
        "adoption.document_management_units_by_level",
    ),
    # `… quản lý văn bản … được triển khai đến 100% cơ quan cấp tỉnh, cấp huyện và 101 xã, phường, thị trấn`: the
    # communes counted after a share of the other levels, the software and its verb named before both (round 24 reads
    # the same list with its verb after it; stop 25, dev_wording11)
    CountRule(
        "document_management_units_count",
        cue(
            rf"(?:quản lý văn bản|văn phòng điện tử)[^.%\n]{{0,80}}?(?:triển khai|sử dụng|kết nối|áp dụng)"
            rf"[^.;%\d\n]{{0,25}}?\d{{1,3}} ?%[^.;%\d\n]{{0,40}}? và {N}(?!/)(?= xã, (?:phường, )?thị trấn\b)"
        ),
        "adoption.document_management_communes_after_share",
    ),
    # (`áp dụng phần mềm quản lý văn bản và điều hành … cho 10 đơn vị`: the verb before the software's name, the
    # units after `cho`/`đến`/`tại`.)
    CountRule(
        "document_management_units_count",
        cue(
            # (`triển khai hệ thống quản lý văn bản và điều hành (iOffice) trên 650 cơ quan, đơn vị`: the units it runs on)
            rf"(?:quản lý văn bản|văn phòng điện tử)[^.%\n]{{0,80}}?(?:triển khai|sử dụng|kết nối|áp dụng|với|cho|đến|tại|trên)"
            rf"[^.;%\d\n]{{0,25}}?{N}{FRACTION} (?:đơn vị|cơ quan)(?![^.;\d]{{0,40}}?\svà\s+\d)"
        ),
        "adoption.document_management_units",
    ),
    # `Hệ thống Quản lý văn bản và điều hành … đã triển khai 3 cấp …, kết nối với Trục liên thông …, thiết lập cho 50
    # cơ quan, đơn vị`: the system named long before the units it was set up for (further than the rules above look).
    CountRule(
        "document_management_units_count",
        # (`… đã cấp tài khoản cho 75 cơ quan, đơn vị`: the units given accounts on it, likewise)
        cue(rf"(?<=\u0020cho\u0020){N}{FRACTION} (?:đơn vị|cơ quan)"),
        "adoption.document_management_units_set_up",
        context=cue(r"(?:quản lý văn bản|văn phòng điện tử)[^.;]*?(?:thiết lập|cấp tài khoản) cho $"),
    ),
    CountRule(
        "document_management_units_count",
        cue(
            # (`21 đơn vị đã vận hành chương trình văn phòng điện tử`: running it is using it)
            rf"{N} (?:đơn vị|cơ quan)[^.;%\d\n]{{0,40}}?(?:triển khai|sử dụng|áp dụng|vận hành|ứng dụng)[^.;%\d\n]{{0,30}}?(?:quản lý văn bản|văn phòng điện tử)"
        ),
        "adoption.document_management_units_before",
    ),
    # The units using `the system` that a page about the document system names under its heading (`Hệ thống thông tin
    # quản lý văn bản và điều hành của tỉnh` over `… có 1.114 đơn vị tham gia sử dụng Hệ thống …`; round 24, real9).
    CountRule(
        "document_management_units_count",
        cue(rf"{N} (?:cơ quan, )?(?:đơn vị|cơ quan)(?: tham gia)? (?:sử dụng|khai thác) (?:hệ thống|phần mềm)\b"),
        "adoption.document_management_units_of_the_system",
        context=cue(r"(?:quản lý văn bản|văn phòng điện tử)"),
        heading_context=cue(r"(?:quản lý văn bản|văn phòng điện tử)"),
    ),
    # The units of a district or commune level that use the software, named before their verb (`… và 27 xã, thị trấn
    # dùng phần mềm quản lý văn bản`, after a share of the offices; not `6 xã chưa triển khai`).
    CountRule(
        "document_management_units_count",
        cue(
            rf"{N}(?!/) {_LOCAL_UNITS}(?![^.;%\d\n]{{0,40}}?chưa){_LOCAL_USE}[^.;%\d\n]{{0,30}}?(?:quản lý văn bản|văn phòng điện tử)"
        ),
        "adoption.document_management_local_units",
    ),
    # The units of a level that put the system into use, the software named after the verb `đưa … vào` (`… và 145 đơn
    # vị cấp xã trong tỉnh đã … chính thức đưa phần mềm quản lý văn bản và điều hành (VNPT-iOffice) vào hoạt động`;
    # round 25, real10).
    CountRule(
        "document_management_units_count",
        cue(
            rf"{N}(?!/) (?:đơn vị|cơ quan) cấp (?:xã|huyện)(?![^.;%\d\n]{{0,40}}?chưa)[^.;%\d\n]{{0,80}}? đưa "
            rf"(?:hệ thống|phần mềm)[^.;%\d\n]{{0,20}}?(?:quản lý văn bản|văn phòng điện tử)[^.;%\d\n]{{0,60}}? vào "
            r"(?:sử dụng|hoạt động|vận hành)"
        ),
        "adoption.document_management_units_put_into_use",
    ),
    # … or with the software named first, as a list's label (`Phần mềm quản lý văn bản: 10/10 UBND huyện và 230 xã,
    # phường, thị trấn đã dùng.`): the verb ends the clause.
    CountRule(
        "document_management_units_count",
        cue(rf"{N}(?!/) {_LOCAL_UNITS}(?![^.;%\d\n]{{0,40}}?chưa){_LOCAL_USE}(?=\s*[.;\n]|\s*$)"),
        "adoption.document_management_local_units_after_label",
        context=cue(r"(?:quản lý văn bản|văn phòng điện tử)[^.;%\d\n]{0,30}?:"),
    ),
]
