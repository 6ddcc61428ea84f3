"""Infrastructure: networks, data-centre bandwidth, component websites, video conferencing.

Phrasings covered:
  count    `có 25 đơn vị kết nối mạng diện rộng (WAN)`                    → wan_connected_units_count
           `đường truyền số liệu chuyên dùng … tại 52 điểm`               → specialized_network_points_count
           `18 Trang thông tin điện tử thành phần`, `7 trang tin điện tử`  → component_websites_count
           `40Mbps trong nước`, `02Mbps đi quốc tế`                       → datacenter_*_bandwidth_mbps
  percent  `mạng truyền số liệu chuyên dùng đến 100% UBND cấp xã`        → communes_on_specialized_network_pct
           `100% UBND cấp xã … hội nghị truyền hình trực tuyến`           → communes_with_videoconference_pct
"""

from __future__ import annotations

from analysis.extract.engine import CountRule, N, PercentRule, cue

PERCENT_RULES = [
    PercentRule(
        "communes_on_specialized_network_pct", cue(r"truyền số liệu chuyên dùng"), "infrastructure.network_pct"
    ),
    PercentRule(
        "communes_with_videoconference_pct",
        cue(r"hội nghị truyền hình|giao ban (?:điện tử|trực tuyến)|họp trực tuyến"),
        "infrastructure.video_pct",
    ),
]

COUNT_RULES = [
    CountRule(
        "wan_connected_units_count",
        cue(rf"{N} (?:đơn vị|cơ quan|điểm)[^.;%\d\n]{{0,30}}?kết nối (?:vào |với )?mạng (?:diện rộng|WAN)"),
        "infrastructure.wan_units",
    ),
    CountRule(
        "wan_connected_units_count",
        cue(rf"mạng (?:diện rộng|WAN)[^.;%\d\n]{{0,60}}?(?:kết nối|với|cho) {N} (?:đơn vị|cơ quan|điểm)"),
        "infrastructure.wan_units_after",
    ),
    CountRule(
        "specialized_network_points_count",
        cue(rf"truyền số liệu ?chuyên dùng[^.%\n]{{0,80}}?(?<![\d.,]){N} (?:điểm|đơn vị|cơ quan)"),
        "infrastructure.network_points",
    ),
    CountRule(
        "component_websites_count",
        cue(rf"{N} (?:Trang thông tin điện tử|trang tin(?: điện tử)?|website|trang web)(?: thành phần)?"),
        "infrastructure.websites",
    ),
    CountRule(
        "datacenter_domestic_bandwidth_mbps",
        cue(rf"{N} ?Mbps (?:trong nước|nội địa)"),
        "infrastructure.bandwidth_domestic",
    ),
    CountRule(
        "datacenter_domestic_bandwidth_mbps",
        cue(rf"(?:băng thông|kênh|đường truyền)[^.;%\d\n]{{0,15}}?trong nước[^.;%\d\n]{{0,60}}?{N} ?Mbps"),
        "infrastructure.bandwidth_domestic_after",
    ),
    CountRule(
        "datacenter_international_bandwidth_mbps",
        cue(rf"{N} ?Mbps (?:đi )?quốc tế"),
        "infrastructure.bandwidth_international",
    ),
    CountRule(
        "datacenter_international_bandwidth_mbps",
        cue(rf"(?:băng thông|kênh|đường truyền)[^.;%\d\n]{{0,15}}?quốc tế[^.;%\d\n]{{0,60}}?{N} ?Mbps"),
        "infrastructure.bandwidth_international_after",
    ),
]
