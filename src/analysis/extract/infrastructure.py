"""Infrastructure: networks, data-centre bandwidth, component websites, video conferencing.

Phrasings covered:
  count    `có 25 đơn vị kết nối mạng diện rộng (WAN)`                    → wan_connected_units_count
           `đường truyền số liệu chuyên dùng … tại 52 điểm`               → specialized_network_points_count
           `18 Trang thông tin điện tử thành phần`, `7 trang tin điện tử`  → component_websites_count
           `28/28 sở, ban, ngành … có trang thông tin điện tử`             → component_websites_count = 28
           `22 Cổng TTĐT của các sở …; 15 Cổng TTĐT các huyện … và 14 Cổng TTĐT các xã …` → component_websites_count by level
           `40Mbps trong nước`, `02Mbps đi quốc tế`, `1 Gbps trong nước` (→ 1000),
           `băng thông … Trung tâm …: trong nước 200 Mbps, quốc tế 20 Mbps` → datacenter_*_bandwidth_mbps
  percent  `mạng truyền số liệu chuyên dùng đến 100% UBND cấp xã`        → communes_on_specialized_network_pct
           `100% UBND cấp xã … hội nghị truyền hình trực tuyến`           → communes_with_videoconference_pct
           `18/45 UBND xã … hội nghị truyền hình` (a fraction: 40)        → communes_with_videoconference_pct
           `các xã chưa triển khai / chưa được kết nối …`                 → the commune share = 0
  Both shares are of communes only: a value said of another level is not read as one.
  count    `mạng diện rộng (WAN) … kết nối 24 sở, ban, ngành và 13 huyện, thành phố` → wan_connected_units_count 24
           (province) and 13 (district); `mạng đô thị … nâng tổng số đơn vị kết nối lên 88 đơn vị` → 88 (the total)
  none     `mạng truyền số liệu chuyên dùng … tới 37 điểm …; chưa có xã nào được kết nối` → the commune share = 0
           (the count before it is read too)
  no fact  `100% sở, ngành có mạng nội bộ (LAN)`: a share of agencies with a LAN is no codebook indicator
  count    `Trung tâm tích hợp dữ liệu … băng thông tối thiểu 1Gbps` (no domestic / international split) → its domestic
           bandwidth, 1000; an agency's or a commune's line (`đường truyền 100Mbps`, `tốc độ 50 Mbps trở lên`) → no fact
"""

from __future__ import annotations

from analysis.extract.engine import FRACTION, CountRule, N, PercentRule, cue
from analysis.extract.lexicon import names

# The names of both (src/analysis/cue_words.yaml, which a researcher can extend).
_NETWORK = names("communes_on_specialized_network_pct")
_VIDEO = names("communes_with_videoconference_pct")
# `các xã`, `UBND cấp xã`, `xã, phường, thị trấn`: the rules open with `xã` (the words before it are read as the
# level); opening with `các|cấp|UBND` had them tried at thousands of places.
_COMMUNE_WORD = r"xã\b(?:, phường, thị trấn)?"
_NO_COMMUNE = r"(?:UBND )?(?:cấp )?xã(?:, phường, thị trấn)? nào"  # `chưa có UBND cấp xã nào`
_NOT_YET = r"chưa (?:có|triển khai|được trang bị|được kết nối|kết nối|được đầu tư)"
# `Còn 34 xã vùng sâu, vùng xa chưa được kết nối …`: communes counted are some of them, no share of none.
_NOT_COUNTED = r"(?<!\d\u0020)"
# Gbps is written too (`1 Gbps`, `20 - 40 Gbps`): read in Mbps.
_MBPS, _GBPS = r" ?Mbps", r" ?Gbps"
# `300 Mbps (trong nước) và 30 Mbps (quốc tế)`: the split named in brackets after the speed.
_SPLIT_OPEN = r"(?:\( ?)?"
_NO_SPLIT = r"(?! ?(?:\(|,|và )?(?:đi )?(?:trong nước|nội địa|quốc tế))"

# Units a network connects, named by their level (`24 sở, ban, ngành`, `13 huyện, thành phố`) or as units.
_UNITS = r"(?:đơn vị|cơ quan|điểm|sở\b|(?:UBND )?(?:các )?(?:huyện|xã)\b)"
# (`mạng tin học diện rộng`: the older name of the provincial WAN)
_WAN = r"mạng (?:(?:tin học )?diện rộng|WAN|đô thị|MAN)"

# Both shares are of communes (the codebook's definitions): a value said of provincial agencies or districts
# (`kết nối đến 100% đơn vị cấp tỉnh, huyện và 60% xã`) is not read as one.
PERCENT_RULES = [
    PercentRule(
        "communes_on_specialized_network_pct",
        cue(_NETWORK),
        "infrastructure.network_pct",
        fractions=True,
        scopes=("commune",),
    ),
    PercentRule(
        "communes_with_videoconference_pct",
        cue(_VIDEO),
        "infrastructure.video_pct",
        fractions=True,
        scopes=("commune",),
    ),
    # Agencies with a LAN (`100% sở, ngành … có mạng nội bộ (LAN)`): no codebook indicator (docs/phrasing.md §7
    # proposes `agencies_with_lan_pct`); the cue wins over a neighbour's and gives no fact.
    PercentRule("", cue(r"mạng (?:nội bộ|LAN)\b"), "infrastructure.lan_no_indicator", of_agencies=True),
    # Agencies or communes linked to the Internet (`100% UBND cấp xã kết nối Internet băng thông rộng và 40% cán bộ …`,
    # `60% xã có kết nối Internet ADSL`): no codebook indicator; it is not the next share's cue.
    PercentRule(
        "",
        cue(
            # (opening with `kết nối`, not with `các`/`xã`/`cơ quan`, words found everywhere; the staff's own share
            # in the same window, `100% cán bộ … có máy tính kết nối Internet`, is nearer the value and wins)
            r"kết nối internet"
        ),
        "infrastructure.internet_no_indicator",
        of_agencies=True,
    ),
]

COUNT_RULES = [
    # None in words: `các xã chưa triển khai hội nghị truyền hình trực tuyến` → 0% of communes.
    CountRule(
        "communes_with_videoconference_pct",
        cue(rf"{_NOT_COUNTED}{_COMMUNE_WORD}[^.;%\d\n]{{0,20}}?{_NOT_YET}[^.;%\d\n]{{0,30}}?{_VIDEO}"),
        "infrastructure.video_none",
        zero=True,
    ),
    CountRule(
        "communes_on_specialized_network_pct",
        cue(rf"{_NOT_COUNTED}{_COMMUNE_WORD}[^.;%\d\n]{{0,20}}?{_NOT_YET}[^.;%\d\n]{{0,30}}?{_NETWORK}"),
        "infrastructure.network_none",
        zero=True,
    ),
    # `hội nghị truyền hình … mới đến cấp huyện; chưa có UBND cấp xã nào được trang bị`
    # Only the words of none are the match (the network's words are its context): a count between them (`tới 37
    # điểm …; chưa có xã nào`) is read by its own rule.
    CountRule(
        "communes_with_videoconference_pct",
        cue(rf"chưa (?:có )?{_NO_COMMUNE}"),
        "infrastructure.video_no_commune",
        zero=True,
        context=cue(_VIDEO),
    ),
    # `- Hội nghị truyền hình trực tuyến: cấp tỉnh, cấp huyện; cấp xã chưa triển khai.`: the communes' none, the thing
    # named before them in the sentence (the words of none end the clause; round 23)
    CountRule(
        "communes_with_videoconference_pct",
        cue(rf"{_COMMUNE_WORD} (?:vẫn )?{_NOT_YET}(?: ?(?:lắp đặt|hệ thống này))?(?= ?(?:[.;\n]|$))"),
        "infrastructure.video_level_none",
        zero=True,
        context=cue(_VIDEO),
        not_context=cue(_NETWORK),
    ),
    CountRule(
        "communes_on_specialized_network_pct",
        cue(rf"chưa (?:có )?{_NO_COMMUNE}"),
        "infrastructure.network_no_commune",
        zero=True,
        context=cue(_NETWORK),
    ),
    CountRule(  # the total raised, before the rules below would read the units added (`kết nối thêm 20 đơn vị`)
        "wan_connected_units_count",
        cue(rf"{_WAN}[^.\n]{{0,80}}?nâng tổng số[^.;%\d\n]{{0,30}}?lên {N} (?:đơn vị|cơ quan|điểm)"),
        "infrastructure.wan_units_total",
    ),
    CountRule(
        "wan_connected_units_count",
        cue(
            # (`6 huyện, thị xã kết nối mạng diện rộng`: units named by their level, read at that level)
            rf"{N}{FRACTION} {_UNITS}[^.;%\d\n]{{0,30}}?kết nối (?:vào |với )?mạng (?:(?:tin học )?diện rộng|WAN)"
        ),
        "infrastructure.wan_units",
    ),
    CountRule(  # `24 sở, ngành và 6 huyện, thị xã kết nối mạng diện rộng`: the first level's count (round 24, real9)
        "wan_connected_units_count",
        cue(
            rf"{N} (?:sở|cơ quan|đơn vị)\b(?=[^.;%\d\n]{{0,30}}?\svà\s\d+ {_UNITS}[^.;%\d\n]{{0,30}}?"
            rf"kết nối (?:vào |với )?mạng (?:(?:tin học )?diện rộng|WAN))"
        ),
        "infrastructure.wan_units_first_level",
    ),
    CountRule(
        "wan_connected_units_count",
        # (`Mạng WAN của tỉnh kết nối tới 64 cơ quan, đơn vị`: `tới`/`đến` before the count)
        cue(rf"{_WAN}[^.;%\d\n]{{0,60}}?(?:kết nối|với|cho)(?: tới| đến)? {N}{FRACTION} {_UNITS}"),
        "infrastructure.wan_units_after",
    ),
    CountRule(  # `… kết nối 24 sở, ban, ngành và 13 huyện, thành phố`: the second level's count
        "wan_connected_units_count",
        cue(rf"{_WAN}[^.;%\d\n]{{0,60}}?(?:kết nối|với|cho) \d[^.;%\n]{{0,40}}?\svà\s+{N} {_UNITS}"),
        "infrastructure.wan_units_second",
    ),
    CountRule(  # the total raised (`mở rộng mạng … thêm 24 điểm, nâng tổng số điểm kết nối lên 178 điểm`): 178
        "specialized_network_points_count",
        cue(rf"{_NETWORK}[^.\n]{{0,80}}?nâng tổng số[^.;%\d\n]{{0,30}}?lên {N} (?:điểm|đơn vị|cơ quan)"),
        "infrastructure.network_points_total",
    ),
    CountRule(
        "specialized_network_points_count",
        # (not across `trong đó`: the parts of a total by level are no facts of their own; nor the points added,
        # `thêm 24 điểm`)
        cue(
            rf"{_NETWORK}(?:(?!trong đó)[^.%\n]){{0,80}}?(?<![\d.,/])(?<!thêm\u0020){N}{FRACTION} (?:điểm|đơn vị|cơ quan)"
        ),
        "infrastructure.network_points",
    ),
    CountRule(  # `Mạng … đã kết nối đến 100% UBND cấp xã với 312 điểm kết nối`: the points named as such after a share
        "specialized_network_points_count",
        # (the number first, the network and a share before it as the sentence's context: tried only where a number
        # stands)
        cue(rf"(?:(?<=\u0020với\u0020)|(?<=\u0020gồm\u0020)){N} điểm kết nối"),
        "infrastructure.network_points_after_share",
        context=cue(rf"{_NETWORK}[^.\n]{{0,80}}?\d ?%[^.;\n]{{0,40}}? (?:với|gồm) $"),
    ),
    CountRule(  # `42 điểm cấp tỉnh và cấp huyện 11 điểm kết nối mạng …` (the engine reads the next levels)
        "specialized_network_points_count",
        cue(
            rf"{N} điểm(?= cấp (?:tỉnh|huyện|xã)[^.;%\n]{{0,50}}?(?:đã |được )*kết nối (?:vào |với |tới )?(?:mạng )?{_NETWORK})"
        ),
        "infrastructure.network_points_by_level",
    ),
    CountRule(
        "specialized_network_points_count",
        cue(rf"{N}{FRACTION} điểm (?:kết nối )?(?:vào |với |tới )?(?:mạng )?{_NETWORK}"),
        "infrastructure.network_points_before",
    ),
    CountRule(
        "component_websites_count",
        cue(
            # (`45 trang thông tin thành phần`: in lower case, `điện tử` left out)
            rf"{N} (?:[Tt]rang thông tin(?: điện tử)?|trang tin(?: điện tử)?|website|trang web|trang thành phần|trang con)(?: thành phần)?"
        ),
        "infrastructure.websites",
    ),
    # `42 Cổng thông tin điện tử (TTĐT) của ngành, địa phương`, `35 cổng thông tin điện tử của các sở, ngành, địa
    # phương`: the portals of departments and localities (not the province's own `Cổng thông tin điện tử tỉnh`).
    CountRule(
        "component_websites_count",
        cue(
            # (`30 cổng thành phần`: the portal words left out)
            # (`15 Cổng TTĐT các huyện, thành phố và 14 Cổng TTĐT các xã, phường`: `của` left out, communes too)
            rf"{N} cổng (?:(?:thông tin điện tử|TTĐT)(?: \(TTĐT\))? )?(?:thành phần|(?:của )?(?:các )?(?:sở|ngành|đơn vị|cơ quan|địa phương|huyện|quận|thị xã|xã|phường|UBND))"
        ),
        "infrastructure.portals_of_departments",
    ),
    CountRule(  # `28/28 sở, ban, ngành đã có trang thông tin điện tử thành phần`: one website each
        "component_websites_count",
        cue(
            # (`27/27 sở, ban, ngành, UBND các huyện, thị xã trên địa bàn tỉnh có trang …`: the levels and the
            # place may stand between)
            rf"{N}{FRACTION} (?:sở|cơ quan|đơn vị)[^.;%\d\n]{{0,80}}?có (?:Trang thông tin điện tử|trang tin|website|trang web)"
        ),
        "infrastructure.websites_of_agencies",
    ),
    # Websites counted by level, the levels joined by `và` before one predicate (`24 cơ quan cấp tỉnh và 11 huyện, thị
    # xã có trang thông tin điện tử`): one count per level (round 24, real9), as the portals listed by level are.
    CountRule(
        "component_websites_count",
        cue(
            rf"{N} (?:UBND )?(?:các )?(?:huyện|quận|thị xã|xã)\b[^.;%\d\n]{{0,40}}?(?:đã )?có (?:trang thông tin|trang tin|website|trang web)"
        ),
        "infrastructure.websites_of_districts",
    ),
    CountRule(
        "component_websites_count",
        cue(
            rf"{N} (?:sở|cơ quan|đơn vị)\b(?=[^.;%\d\n]{{0,40}}?\svà\s\d+ (?:UBND )?(?:các )?(?:huyện|quận|thị xã|xã)\b"
            rf"[^.;%\d\n]{{0,40}}?(?:đã )?có (?:trang thông tin|trang tin|website|trang web))"
        ),
        "infrastructure.websites_first_level",
    ),
    # The count in brackets after a statement on the websites (`… đều đã có trang thông tin điện tử thành phần tích hợp
    # vào Cổng … (31 trang)`), as a count in brackets after its cue is (round 22).
    CountRule(
        "component_websites_count",
        cue(rf"(?:trang thông tin|trang tin)(?: điện tử)? thành phần[^.;%\d\n()]{{0,80}}?\({N} trang\)"),
        "infrastructure.websites_in_brackets",
    ),
    # A bulletin's title and colon (`Trang thông tin điện tử thành phần: 56 trang`): the count after the colon.
    CountRule(
        "component_websites_count",
        cue(rf"trang thông tin điện tử thành phần ?: ?{N}(?! ?/)(?= ?trang\b| ?[;.]| ?$)"),
        "infrastructure.websites_titled",
    ),
    CountRule(
        "datacenter_domestic_bandwidth_mbps",
        cue(rf"{N} ?Mbps {_SPLIT_OPEN}(?:trong nước|nội địa)"),
        "infrastructure.bandwidth_domestic",
    ),
    CountRule(
        "datacenter_domestic_bandwidth_mbps",
        cue(rf"(?:băng thông|kênh|đường truyền)[^.;%\d\n]{{0,40}}?trong nước[^.;%\d\n]{{0,60}}?{N} ?Mbps"),
        "infrastructure.bandwidth_domestic_after",
    ),
    CountRule(
        "datacenter_international_bandwidth_mbps",
        cue(rf"{N} ?Mbps {_SPLIT_OPEN}(?:đi )?quốc tế"),
        "infrastructure.bandwidth_international",
    ),
    CountRule(
        "datacenter_international_bandwidth_mbps",
        cue(rf"(?:băng thông|kênh|đường truyền)[^.;%\d\n]{{0,40}}?quốc tế[^.;%\d\n]{{0,60}}?{N} ?Mbps"),
        "infrastructure.bandwidth_international_after",
    ),
    # `băng thông … của Trung tâm tích hợp dữ liệu: trong nước 200 Mbps, quốc tế 20 Mbps`
    CountRule(
        "datacenter_domestic_bandwidth_mbps",
        cue(
            rf"(?:băng thông|kênh|đường truyền|trung tâm (?:tích hợp )?dữ liệu)[^.;%\d\n]{{0,80}}?trong nước (?:là |đạt |: ?)?{N}{_MBPS}"
        ),
        "infrastructure.bandwidth_domestic_list",
    ),
    CountRule(
        "datacenter_international_bandwidth_mbps",
        cue(
            rf"(?:băng thông|kênh|đường truyền|trung tâm (?:tích hợp )?dữ liệu)[^.;%\d\n]{{0,80}}?quốc tế (?:là |đạt |: ?)?{N}{_MBPS}"
        ),
        "infrastructure.bandwidth_international_list",
    ),
    CountRule(
        "datacenter_domestic_bandwidth_mbps",
        cue(rf"[MG]bps,? (?:và )?trong nước (?:là |đạt |: ?)?(?:tối thiểu |ít nhất )?{N}{_MBPS}"),
        "infrastructure.bandwidth_domestic_second",
    ),
    CountRule(
        "datacenter_international_bandwidth_mbps",
        cue(rf"[MG]bps,? (?:và )?quốc tế (?:là |đạt |: ?)?(?:tối thiểu |ít nhất )?{N}{_MBPS}"),
        "infrastructure.bandwidth_international_second",
    ),
    # (`…, quốc tế tối thiểu 100 Mbps`: a minimum before the second speed, round 11)
    # The same in Gbps, read in Mbps.
    CountRule(
        "datacenter_domestic_bandwidth_mbps",
        cue(rf"{N}{_GBPS} {_SPLIT_OPEN}(?:trong nước|nội địa)"),
        "infrastructure.bandwidth_domestic_gbps",
        scale=1000.0,
    ),
    CountRule(
        "datacenter_domestic_bandwidth_mbps",
        cue(rf"(?:băng thông|kênh|đường truyền)[^.;%\d\n]{{0,40}}?trong nước[^.;%\d\n]{{0,60}}?{N}{_GBPS}"),
        "infrastructure.bandwidth_domestic_after_gbps",
        scale=1000.0,
    ),
    CountRule(
        "datacenter_international_bandwidth_mbps",
        cue(rf"{N}{_GBPS} {_SPLIT_OPEN}(?:đi )?quốc tế"),
        "infrastructure.bandwidth_international_gbps",
        scale=1000.0,
    ),
    CountRule(
        "datacenter_international_bandwidth_mbps",
        cue(rf"(?:băng thông|kênh|đường truyền)[^.;%\d\n]{{0,40}}?quốc tế[^.;%\d\n]{{0,60}}?{N}{_GBPS}"),
        "infrastructure.bandwidth_international_after_gbps",
        scale=1000.0,
    ),
    # (the second speed of a split and a speed after its list's words in Gbps too: `… trong nước tối thiểu 10 Gbps,
    # quốc tế tối thiểu 1 Gbps`, `Trung tâm dữ liệu …: trong nước 2 Gbps`, round 25)
    *(
        CountRule(
            indicator,
            # (opens with a plain word, the first speed's `Gbps`: a rule opening with `[MG]bps` is run over the whole text)
            cue(rf"Gbps,? (?:và )?{words} (?:là |đạt |: ?)?(?:tối thiểu |ít nhất )?{N}{_GBPS}"),
            f"infrastructure.bandwidth_{name}_second_gbps",
            scale=1000.0,
        )
        for indicator, words, name in (
            ("datacenter_domestic_bandwidth_mbps", "trong nước", "domestic"),
            ("datacenter_international_bandwidth_mbps", "quốc tế", "international"),
        )
    ),
    # The same line's speed for another year after the first and its year (`… trong nước tối thiểu 10 Gbps vào năm 2030
    # và 2 Gbps vào năm 2025`): a goal of that year too.
    *(
        CountRule(
            indicator,
            cue(
                rf"{words}(?: (?:là|đạt|:))?(?: (?:tối thiểu|ít nhất))? ?\d+(?:[.,]\d+)? ?[MG]bps (?:vào |trong )?năm "
                rf"(?:19|20)\d\d,? và {N}{unit}(?= (?:vào |trong |đến )?năm)"
            ),
            f"infrastructure.bandwidth_{name}_next_year{suffix}",
            scale=scale,
        )
        for indicator, words, name in (
            ("datacenter_domestic_bandwidth_mbps", "trong nước", "domestic"),
            ("datacenter_international_bandwidth_mbps", "quốc tế", "international"),
        )
        for unit, suffix, scale in ((_MBPS, "", 1.0), (_GBPS, "_gbps", 1000.0))
    ),
    # A bandwidth now, then the one it is raised to, in one clause (`Băng thông Internet trong nước của Trung tâm … hiện
    # nay 100 Mbps sẽ được nâng lên 1 Gbps`): the second speed is of the same line (the first is read above).
    *(
        CountRule(
            indicator,
            cue(
                rf"{where}[^.;%\d\n]{{0,80}}?\d[\d.,]* ?[mg]bps[^.;%\d\n]{{0,30}}?(?:nâng|tăng)(?: cấp)? (?:lên|tới) "
                rf"(?:tối thiểu |ít nhất )?{N}{unit}"
            ),
            f"infrastructure.bandwidth_{name}_raised{suffix}",
            scale=scale,
        )
        for indicator, where, name in (
            ("datacenter_domestic_bandwidth_mbps", "trong nước", "domestic"),
            ("datacenter_international_bandwidth_mbps", "quốc tế", "international"),
        )
        for unit, suffix, scale in ((_MBPS, "", 1.0), (_GBPS, "_gbps", 1000.0))
    ),
    # The data centre's bandwidth with no domestic / international split (`Trung tâm tích hợp dữ liệu … đường truyền
    # với băng thông tối thiểu 1Gbps`): its domestic bandwidth, the speed a line is sold by (international is always
    # named apart). Last, so that a split read by the rules above wins. Not an agency's or a commune's line
    # (`cơ quan … đường truyền Internet 100Mbps`, `UBND cấp xã … tốc độ 50 Mbps trở lên`): no data centre is named.
    CountRule(
        "datacenter_domestic_bandwidth_mbps",
        cue(
            rf"trung tâm (?:tích hợp )?dữ liệu[^.;%\d\n]{{0,60}}?(?:băng thông|đường truyền|tốc độ)(?:(?!quốc tế|trong nước|nội địa)[^.;%\d\n]){{0,30}}?{N}{_MBPS}{_NO_SPLIT}"
        ),
        "infrastructure.bandwidth_datacenter",
    ),
    CountRule(
        "datacenter_domestic_bandwidth_mbps",
        cue(
            rf"trung tâm (?:tích hợp )?dữ liệu[^.;%\d\n]{{0,60}}?(?:băng thông|đường truyền|tốc độ)(?:(?!quốc tế|trong nước|nội địa)[^.;%\d\n]){{0,30}}?{N}{_GBPS}{_NO_SPLIT}"
        ),
        "infrastructure.bandwidth_datacenter_gbps",
        scale=1000.0,
    ),
    # The same with `băng thông` before the centre (`Nâng băng thông Internet của Trung tâm tích hợp dữ liệu lên 1.000
    # Mbps`).
    *(
        CountRule(
            "datacenter_domestic_bandwidth_mbps",
            cue(
                rf"băng thông[^.;%\d\n]{{0,30}}?trung tâm (?:tích hợp )?dữ liệu(?:(?!quốc tế|trong nước|nội địa)[^.;%\d\n]){{0,30}}?"
                rf"{N}{unit}{_NO_SPLIT}"
            ),
            f"infrastructure.bandwidth_of_datacenter{suffix}",
            scale=scale,
        )
        for unit, suffix, scale in ((_MBPS, "", 1.0), (_GBPS, "_gbps", 1000.0))
    ),
]
