"""Kinds of wording the new-wording development set (`dev_wording`, issue #11, round 19) showed the extractor missed
on its first pass. Every text here was written for this file, in our own words (not copied from the set); the facts
each should give were decided before the extractor was run on it.
"""

from __future__ import annotations

from test_extract_wording import extract_file as _corpus
from test_extract_wording import fact_rows as _rows


# --- an undated news item speaks as of the date its lead names (`Tính đến hết tháng 10/2022, …`) ---------------
def test_an_undated_news_item_takes_its_year_from_an_as_of_date(tmp_path):
    text = (
        "Kon Tum đẩy mạnh gửi, nhận văn bản điện tử\n\n"
        "(Cổng TTĐT Kon Tum) - Tính đến hết tháng 10/2022, các cơ quan trong tỉnh đã kết nối liên thông phần mềm "
        "quản lý văn bản.\n\n"
        "Tỷ lệ văn bản đi, đến được gửi, nhận dưới dạng điện tử đạt 96%. Hệ thống thư điện tử công vụ có 6.200 "
        "tài khoản.\n"
    )
    rows = _rows(_corpus(tmp_path, "kon-tum-news.txt", text))
    assert rows == {
        ("edocument_exchange_pct", "baseline", "all", 2022, 96.0),
        ("email_accounts_count", "baseline", "all", 2022, 6200.0),
    }


def test_a_dated_news_item_keeps_its_own_date(tmp_path):
    # must not fire: the page's date wins over a date the article speaks of
    text = (
        "Kon Tum đẩy mạnh gửi, nhận văn bản điện tử\n\n"
        "(Cổng TTĐT Kon Tum) - Ngày 12/01/2023, Sở TT&TT cho biết, tính đến hết tháng 10/2021 các cơ quan đã kết "
        "nối liên thông phần mềm quản lý văn bản.\n\n"
        "Tỷ lệ văn bản đi, đến được gửi, nhận dưới dạng điện tử đạt 96%.\n"
    )
    rows = _rows(_corpus(tmp_path, "kon-tum-news.txt", text))
    assert rows == {("edocument_exchange_pct", "baseline", "all", 2023, 96.0)}


# --- a decision approving a year's list of projects: the year its title names is the plan's ---------------------
_DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "---------------\nSố: 77/QĐ-UBND\nSóc Trăng, ngày 10 tháng 01 năm 2022\n\nQUYẾT ĐỊNH\n"
    "Phê duyệt Danh mục nhiệm vụ chuyển đổi số năm 2022\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG\n\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Phê duyệt Danh mục nhiệm vụ chuyển đổi số năm 2022 như sau:\n"
)


def test_a_list_of_projects_for_a_year_gives_its_goals_that_year(tmp_path):
    text = _DECISION + (
        "1. Mục tiêu: 100% UBND cấp xã có điểm cầu hội nghị truyền hình trực tuyến.\n"
        "2. Tổng kinh phí: 12.500 triệu đồng.\n"
    )
    rows = _rows(_corpus(tmp_path, "soc-trang-qd.txt", text))
    assert rows == {
        ("communes_with_videoconference_pct", "target", "commune", 2022, 100.0),
        ("budget_total_mvnd", "target", "all", 2022, 12500.0),
    }


# --- a count of a million or more is money in a list (`…: 4.800.000` under `đơn vị tính: nghìn đồng`) -----------
def test_an_amount_after_a_project_named_by_its_services_is_no_count(tmp_path):
    text = _DECISION + (
        "Danh mục (đơn vị tính: nghìn đồng):\n"
        "- Nâng cấp 30 dịch vụ công trực tuyến mức độ 4: 2.600.000;\n"
        "- Bồi dưỡng nhân lực công nghệ thông tin: 1.200.000.\n"
    )
    rows = _rows(_corpus(tmp_path, "soc-trang-qd.txt", text))
    assert ("online_services_level4_count", "target", "all", 2022, 30.0) in rows
    assert not {r for r in rows if r[0] in ("online_services_level4_count", "it_staff_count") and r[4] >= 1e6}


# --- IT staff named by their body (`Đội ngũ/Lực lượng chuyên trách CNTT gồm N người`), by their task (`làm nhiệm vụ
# về CNTT`), and a count raised to (`tăng lên N người`) --------------------------------------------------------
_REPORT = (
    "ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\n-------\nSố: 40/BC-UBND\nCao Bằng, ngày 10 tháng 12 năm 2019\n\n"
    "BÁO CÁO\nKết quả ứng dụng công nghệ thông tin năm 2019\n\nI. KẾT QUẢ THỰC HIỆN\n"
)


def test_it_staff_named_by_their_body_or_their_task(tmp_path):
    text = _REPORT + (
        "Lực lượng chuyên trách công nghệ thông tin của tỉnh gồm 57 người.\n"
        "Ở cấp huyện có 140 cán bộ, công chức làm nhiệm vụ về CNTT, phần lớn kiêm nhiệm.\n"
    )
    rows = _rows(_corpus(tmp_path, "cao-bang-bc.txt", text))
    assert rows == {
        ("it_staff_count", "baseline", "all", 2019, 57.0),
        ("it_staff_count", "baseline", "district", 2019, 140.0),
    }


def test_it_staff_raised_to_a_total_is_the_goal(tmp_path):
    text = (
        "Cao Bằng: đến năm 2020 tăng cường nhân lực công nghệ thông tin\n\n"
        "(Sở TT&TT) - Ngày 05/3/2016, UBND tỉnh vừa ban hành Kế hoạch ứng dụng CNTT giai đoạn 2016-2020. Số cán bộ "
        "chuyên trách CNTT của tỉnh sẽ tăng lên 85 người vào năm 2020.\n"
    )
    rows = _rows(_corpus(tmp_path, "cao-bang-news.txt", text))
    assert rows == {("it_staff_count", "target", "all", 2020, 85.0)}


def test_an_increment_of_staff_stays_no_count(tmp_path):
    # must not fire: `tăng 12 người` is how many were added
    text = _REPORT + "Số cán bộ chuyên trách CNTT của tỉnh tăng 12 người so với năm 2018.\n"
    rows = _rows(_corpus(tmp_path, "cao-bang-bc.txt", text))
    assert not {r for r in rows if r[0] == "it_staff_count"}


# --- a video-conference point named `điểm cầu truyền hình (trực tuyến)` ------------------------------------------
def test_a_video_conference_point_named_by_television(tmp_path):
    text = _REPORT + "Đã có 45% UBND cấp xã được lắp đặt điểm cầu truyền hình trực tuyến.\n"
    rows = _rows(_corpus(tmp_path, "cao-bang-bc.txt", text))
    assert rows == {("communes_with_videoconference_pct", "baseline", "commune", 2019, 45.0)}


# --- a plan's table with its state column beside its year columns (`| Hiện trạng năm 2020 | Năm 2023 | Năm 2025 |`)
_PLAN_2021 = (
    "ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\n-------\nSố: 90/KH-UBND\nPhú Thọ, ngày 02 tháng 4 năm 2021\n\n"
    "KẾ HOẠCH\nChuyển đổi số tỉnh Phú Thọ giai đoạn 2021 - 2025\n\nII. MỤC TIÊU\n"
)


def test_a_state_column_beside_year_columns_gives_baselines_of_its_year(tmp_path):
    text = _PLAN_2021 + (
        "| TT | Chỉ tiêu | Đơn vị | Hiện trạng (năm 2020) | Năm 2023 | Năm 2025 |\n"
        "| 1 | Tỷ lệ văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử | % | 65 | 85 | 95 |\n"
        "| 2 | Số dịch vụ công trực tuyến mức độ 4 | dịch vụ | 120 | 400 | 700 |\n"
    )
    rows = _rows(_corpus(tmp_path, "phu-tho-kh.txt", text))
    assert rows == {
        ("edocument_exchange_pct", "baseline", "all", 2020, 65.0),
        ("edocument_exchange_pct", "target", "all", 2023, 85.0),
        ("edocument_exchange_pct", "target", "all", 2025, 95.0),
        ("online_services_level4_count", "baseline", "all", 2020, 120.0),
        ("online_services_level4_count", "target", "all", 2023, 400.0),
        ("online_services_level4_count", "target", "all", 2025, 700.0),
    }


def test_a_state_column_of_the_plans_own_year_is_still_a_baseline(tmp_path):
    text = _PLAN_2021 + (
        "| TT | Chỉ tiêu | Đơn vị | Hiện trạng năm 2021 | Năm 2023 | Năm 2025 |\n"
        "| 1 | Số dịch vụ công trực tuyến mức độ 4 | dịch vụ | 150 | 400 | 700 |\n"
    )
    rows = _rows(_corpus(tmp_path, "phu-tho-kh.txt", text))
    assert ("online_services_level4_count", "baseline", "all", 2021, 150.0) in rows


# --- services since Decree 42/2022: totals raised, counts after `số dịch vụ toàn trình`, a split followed by a verb
_NEWS_2023 = "Hà Tĩnh ban hành kế hoạch chuyển đổi số năm 2023\n\n(Sở TT&TT) - Ngày 09/01/2023, UBND tỉnh Hà Tĩnh vừa ban hành Kế hoạch chuyển đổi số năm 2023. "


def test_a_total_of_partly_online_services_raised_to(tmp_path):
    text = _NEWS_2023 + (
        "Theo đó, tỉnh bổ sung 25 dịch vụ công trực tuyến một phần, nâng tổng số lên 240 dịch vụ; "
        "số dịch vụ toàn trình đạt tối thiểu 130.\n"
    )
    rows = _rows(_corpus(tmp_path, "ha-tinh-news.txt", text))
    assert rows == {
        ("online_services_level3_count", "target", "all", 2023, 240.0),
        ("online_services_level4_count", "target", "all", 2023, 130.0),
    }


def test_a_split_of_services_followed_by_where_they_are_put(tmp_path):
    text = (
        "Bắc Giang: 420 dịch vụ công toàn trình\n\n(Báo Bắc Giang) - Ngày 02/12/2022, Sở TT&TT cho biết đến nay tỉnh "
        "đã đưa 420 dịch vụ công trực tuyến toàn trình và 865 dịch vụ một phần lên Cổng dịch vụ công của tỉnh.\n"
    )
    rows = _rows(_corpus(tmp_path, "bac-giang-news.txt", text))
    assert rows == {
        ("online_services_level4_count", "baseline", "all", 2022, 420.0),
        ("online_services_level3_count", "baseline", "all", 2022, 865.0),
    }


def test_procedures_put_on_the_portal(tmp_path):
    text = (
        "Bắc Giang: kết quả ứng dụng công nghệ thông tin\n\n(Báo Bắc Giang) - Ngày 02/12/2018, Sở TT&TT cho biết năm qua tỉnh "
        "đã đưa 1.630 thủ tục hành chính lên Cổng dịch vụ công của tỉnh.\n"
    )
    rows = _rows(_corpus(tmp_path, "bac-giang-news.txt", text))
    assert rows == {("admin_procedures_count", "baseline", "all", 2018, 1630.0)}


# --- a news item whose lead states results as of a date (`Đến tháng 6/2021, … đã …`) and ends on a goal: mixed ------
def test_results_as_of_a_date_in_a_lead_make_a_mixed_article(tmp_path):
    text = (
        "Yên Lập: Chuyển đổi số ở cơ sở\n\n"
        "(Báo Phú Thọ) - Đến tháng 6/2021, huyện Yên Lập đã hoàn thành kết nối mạng nội bộ tới các xã, thị trấn.\n\n"
        "100% cán bộ, công chức cấp huyện được trang bị máy tính để làm việc.\n\n"
        "Ông Hà Văn Tùng, Chủ tịch UBND huyện cho biết, huyện phấn đấu đến năm 2022 có 100% xã, thị trấn có điểm "
        "cầu hội nghị truyền hình trực tuyến.\n"
    )
    rows = _rows(_corpus(tmp_path, "phu-tho-news.txt", text))
    assert rows == {
        ("staff_with_computer_pct", "baseline", "district", 2021, 100.0),
        ("communes_with_videoconference_pct", "target", "commune", 2022, 100.0),
    }


# --- adoption in other words: computers per 100 staff written out, the mailbox used in the passive, the e-document
# share named by `văn bản điện tử` alone ----------------------------------------------------------------------
def test_computers_for_every_hundred_staff_written_out(tmp_path):
    text = _REPORT + "Trung bình cứ 100 cán bộ, công chức cấp tỉnh có 92 máy tính.\n"
    rows = _rows(_corpus(tmp_path, "cao-bang-bc.txt", text))
    assert rows == {("computers_per_staff_pct", "baseline", "province", 2019, 92.0)}


def test_official_mail_used_by_a_share_of_staff_in_the_passive(tmp_path):
    text = _REPORT + "Hộp thư điện tử công vụ được 78% cán bộ, công chức dùng thường xuyên để trao đổi công việc.\n"
    rows = _rows(_corpus(tmp_path, "cao-bang-bc.txt", text))
    assert rows == {("staff_email_usage_pct", "baseline", "all", 2019, 78.0)}


def test_the_e_document_share_named_by_electronic_documents_alone(tmp_path):
    text = _PLAN_2021 + "a) Năm 2022\n- Văn bản điện tử đạt 80%.\nb) Năm 2024\n- Văn bản điện tử chiếm 95%.\n"
    rows = _rows(_corpus(tmp_path, "phu-tho-kh.txt", text))
    assert rows == {
        ("edocument_exchange_pct", "target", "all", 2022, 80.0),
        ("edocument_exchange_pct", "target", "all", 2024, 95.0),
    }


def test_electronic_documents_as_an_object_name_no_share_of_their_own(tmp_path):
    # must not fire: the documents are what the signature is used on
    text = _REPORT + "Tỷ lệ cơ quan sử dụng chữ ký số trên văn bản điện tử đạt 55%.\n"
    rows = _rows(_corpus(tmp_path, "cao-bang-bc.txt", text))
    assert rows == {("agencies_using_digital_signature_pct", "baseline", "all", 2019, 55.0)}


# --- money as a range (`từ 45 - 50 tỷ đồng`, `khoảng 3 đến 4 tỷ đồng`), and a total from two sources named ----------
_PLAN_2018 = (
    "ỦY BAN NHÂN DÂN\nTỈNH HẬU GIANG\n-------\nSố: 12/KH-UBND\nHậu Giang, ngày 10 tháng 12 năm 2017\n\n"
    "KẾ HOẠCH\nỨng dụng công nghệ thông tin giai đoạn 2018 - 2020\n\nIII. KINH PHÍ\n"
)


def _money(tmp_path, text):
    f = _corpus(tmp_path, "hau-giang-kh.txt", text).facts
    return {
        (i, None if v != v else v, None if lo != lo else lo, None if hi != hi else hi)
        for i, v, lo, hi in zip(f.indicator, f.value, f.low, f.high, strict=True)
    }


def test_a_budget_given_as_a_range(tmp_path):
    text = _PLAN_2018 + "Tổng kinh phí dự kiến từ 45 - 50 tỷ đồng.\n"
    assert _money(tmp_path, text) == {("budget_total_mvnd", None, 45000.0, 50000.0)}


def test_a_budget_range_with_words_between(tmp_path):
    text = _PLAN_2018 + "Tổng kinh phí dự kiến khoảng 3.500 đến 4.000 triệu đồng.\n"
    assert _money(tmp_path, text) == {("budget_total_mvnd", None, 3500.0, 4000.0)}


def test_a_total_from_two_sources_named_is_no_sources_part(tmp_path):
    text = _PLAN_2018 + "Tổng kinh phí dự kiến 48 tỷ đồng, bố trí từ ngân sách tỉnh và nguồn Trung ương hỗ trợ.\n"
    assert _money(tmp_path, text) == {("budget_total_mvnd", 48000.0, None, None)}


# --- a bandwidth now, then the bandwidth it is raised to (`hiện nay 100 Mbps sẽ được nâng lên 1 Gbps`) -----------
def test_a_bandwidth_raised_to_after_the_one_now(tmp_path):
    text = (
        "Cà Mau: đến năm 2020 nâng cấp Trung tâm tích hợp dữ liệu\n\n"
        "(Sở TT&TT) - Ngày 12/5/2016, UBND tỉnh vừa phê duyệt Kế hoạch ứng dụng CNTT giai đoạn 2016 - 2020. Băng "
        "thông Internet quốc tế của Trung tâm tích hợp dữ liệu hiện nay 20 Mbps sẽ được nâng lên 100 Mbps.\n"
    )
    rows = _rows(_corpus(tmp_path, "ca-mau-news.txt", text))
    assert rows == {
        ("datacenter_international_bandwidth_mbps", "baseline", "all", 2016, 20.0),
        ("datacenter_international_bandwidth_mbps", "target", "all", 2020, 100.0),
    }


# --- `hiện là N` (now) after the staff it counts ----------------------------------------------------------------
def test_a_count_now_is_a_baseline_beside_a_later_goal(tmp_path):
    text = (
        "Cà Mau: đến năm 2020 tăng cường nhân lực CNTT\n\n"
        "(Sở TT&TT) - Ngày 12/5/2016, UBND tỉnh vừa phê duyệt Kế hoạch ứng dụng CNTT giai đoạn 2016 - 2020. Số cán "
        "bộ chuyên trách CNTT của các sở, ngành hiện là 38 người; đến năm 2020 mỗi sở có ít nhất 2 người.\n"
    )
    rows = _rows(_corpus(tmp_path, "ca-mau-news.txt", text))
    assert rows == {("it_staff_count", "baseline", "province", 2016, 38.0)}


def test_carried_out_is_no_now(tmp_path):
    # must not fire: `thực hiện là` (carried out) names no time
    text = _PLAN_2018 + "Tổng kinh phí thực hiện Kế hoạch là 40 tỷ đồng.\n"
    assert _money(tmp_path, text) == {("budget_total_mvnd", 40000.0, None, None)}
    facts = _corpus(tmp_path, "hau-giang-kh.txt", text).facts
    assert list(facts.kind) == ["target"]


# --- levels written `mức 3`, `mức 4` (no `độ`); the mailbox called `email công vụ`; `kết nối tới N cơ quan` ---------
def test_service_levels_written_without_do(tmp_path):
    text = _REPORT + (
        "Tỉnh có 52 dịch vụ công trực tuyến mức 3 và 9 dịch vụ mức 4.\n"
        "Riêng ngành xây dựng chưa có dịch vụ công nào mức 4.\n"
    )
    rows = _rows(_corpus(tmp_path, "cao-bang-bc.txt", text))
    assert rows == {
        ("online_services_level3_count", "baseline", "all", 2019, 52.0),
        ("online_services_level4_count", "baseline", "all", 2019, 9.0),
        ("online_services_level4_count", "baseline", "all", 2019, 0.0),
    }


def test_the_official_mailbox_called_email(tmp_path):
    text = _REPORT + "Tỷ lệ cán bộ, công chức được cấp email công vụ đạt 88%.\n"
    rows = _rows(_corpus(tmp_path, "cao-bang-bc.txt", text))
    assert rows == {("staff_with_email_pct", "baseline", "all", 2019, 88.0)}


def test_a_wide_area_network_connected_to_its_units(tmp_path):
    text = _REPORT + "Mạng diện rộng (WAN) của tỉnh kết nối tới 71 cơ quan, đơn vị.\n"
    rows = _rows(_corpus(tmp_path, "cao-bang-bc.txt", text))
    assert rows == {("wan_connected_units_count", "baseline", "all", 2019, 71.0)}


# --- the other end of a link is no level of the share (`100% UBND cấp xã … kết nối với tỉnh, huyện`) -------------
def test_the_levels_a_commune_is_linked_with_are_not_its_level(tmp_path):
    text = _PLAN_2021 + (
        "- 100% UBND cấp xã được kết nối mạng truyền số liệu chuyên dùng với tỉnh, huyện.\n"
        "- 80% UBND cấp xã có hệ thống hội nghị truyền hình trực tuyến kết nối tới cấp tỉnh và cấp huyện.\n"
    )
    rows = _rows(_corpus(tmp_path, "phu-tho-kh.txt", text))
    assert rows == {
        ("communes_on_specialized_network_pct", "target", "commune", 2025, 100.0),
        ("communes_with_videoconference_pct", "target", "commune", 2025, 80.0),
    }


def test_from_one_level_to_another_is_still_all_levels(tmp_path):
    # must not fire: `từ cấp tỉnh đến cấp xã` names all levels
    text = _PLAN_2021 + "- 100% cơ quan nhà nước từ cấp tỉnh đến cấp xã sử dụng chữ ký số chuyên dùng.\n"
    rows = _rows(_corpus(tmp_path, "phu-tho-kh.txt", text))
    assert rows == {("agencies_using_digital_signature_pct", "target", "all", 2025, 100.0)}


# --- a count of part-time IT staff only (`98 cán bộ phụ trách CNTT kiêm nhiệm`) is no count of IT staff -----------
def test_part_time_it_staff_alone_are_no_it_staff_count(tmp_path):
    text = _REPORT + (
        "Cấp xã có 98 cán bộ phụ trách CNTT kiêm nhiệm. Cấp huyện có 26 công chức phụ trách CNTT (kiêm nhiệm).\n"
        "Các sở, ngành có 41 cán bộ chuyên trách CNTT.\n"
    )
    rows = _rows(_corpus(tmp_path, "cao-bang-bc.txt", text))
    assert rows == {("it_staff_count", "baseline", "province", 2019, 41.0)}


# --- `đến tháng 6/2019, … đã …` in a review of that year: results as of a month gone by, not a goal -----------------
def test_results_as_of_a_month_of_the_pages_own_year_are_baselines(tmp_path):
    text = (
        "Tây Ninh: Đẩy mạnh ứng dụng công nghệ thông tin\n\n"
        "(Báo Tây Ninh) - Ngày 20/7/2019, Sở TT&TT cho biết, đến tháng 6/2019, 100% sở, ngành và UBND cấp huyện đã "
        "sử dụng chữ ký số chuyên dùng. Đến cuối tháng 6/2019, 75% UBND cấp xã được kết nối mạng truyền số liệu "
        "chuyên dùng.\n"
    )
    rows = _rows(_corpus(tmp_path, "tay-ninh-news.txt", text))
    assert rows == {
        ("agencies_using_digital_signature_pct", "baseline", "all", 2019, 100.0),
        ("communes_on_specialized_network_pct", "baseline", "commune", 2019, 75.0),
    }


def test_a_plans_goal_by_a_month_stays_a_goal(tmp_path):
    # must not fire: a plan's `đến tháng 12/2021` is a deadline
    text = _PLAN_2021 + "- Đến tháng 12/2021, 100% UBND cấp xã có điểm cầu hội nghị truyền hình trực tuyến.\n"
    rows = _rows(_corpus(tmp_path, "phu-tho-kh.txt", text))
    assert rows == {("communes_with_videoconference_pct", "target", "commune", 2021, 100.0)}


# --- a decision allotting a year's IT money (`phân bổ kinh phí … năm 2020 với tổng số tiền là X`) ------------------
def test_a_decision_allotting_a_years_money_gives_that_years_total(tmp_path):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n---------------\n"
        "Số: 21/QĐ-UBND\nĐồng Tháp, ngày 06 tháng 01 năm 2021\n\nQUYẾT ĐỊNH\nVề việc phân bổ kinh phí thực hiện các "
        "nhiệm vụ chuyển đổi số năm 2021\n\nCăn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\n\nQUYẾT ĐỊNH:\n\n"
        "Điều 1. Phân bổ kinh phí thực hiện các nhiệm vụ chuyển đổi số với tổng số tiền là 6.300 triệu đồng, chi "
        "tiết theo phụ lục đính kèm. Mục tiêu: 100% UBND cấp xã có điểm cầu hội nghị truyền hình trực tuyến.\n"
    )
    rows = _rows(_corpus(tmp_path, "dong-thap-qd.txt", text))
    assert rows == {
        ("budget_total_mvnd", "target", "all", 2021, 6300.0),
        ("communes_with_videoconference_pct", "target", "commune", 2021, 100.0),
    }


def test_the_rate_of_use_of_official_mailboxes(tmp_path):
    text = _REPORT + "Tỷ lệ sử dụng hộp thư điện tử công vụ của cán bộ, công chức trong toàn tỉnh đạt 84%.\n"
    rows = _rows(_corpus(tmp_path, "cao-bang-bc.txt", text))
    assert rows == {("staff_email_usage_pct", "baseline", "all", 2019, 84.0)}


# --- the data centre's bandwidth raised, the centre named after `băng thông`; training named before the share ------
def test_the_bandwidth_of_the_data_centre_named_after_it(tmp_path):
    text = _PLAN_2021 + "- Nâng băng thông Internet của Trung tâm tích hợp dữ liệu tỉnh lên 2 Gbps.\n"
    rows = _rows(_corpus(tmp_path, "phu-tho-kh.txt", text))
    assert rows == {("datacenter_domestic_bandwidth_mbps", "target", "all", 2025, 2000.0)}


def test_an_agencys_line_stays_no_bandwidth_of_the_centre(tmp_path):
    # must not fire: the centre is not what the bandwidth is of
    text = _PLAN_2021 + "- Nâng băng thông đường truyền của UBND cấp xã lên 100 Mbps.\n"
    rows = _rows(_corpus(tmp_path, "phu-tho-kh.txt", text))
    assert not rows


def test_dedicated_staff_trained_in_security_with_the_training_named_first(tmp_path):
    text = _PLAN_2021 + "- Đào tạo, bồi dưỡng cho 90% cán bộ chuyên trách CNTT về an toàn, an ninh thông tin.\n"
    rows = _rows(_corpus(tmp_path, "phu-tho-kh.txt", text))
    assert rows == {("it_staff_advanced_trained_pct", "target", "all", 2025, 90.0)}


# --- staff of two levels with a computer (`100% cán bộ, công chức cấp tỉnh và cấp huyện có máy tính`) ---------------
def test_staff_of_two_levels_named_before_what_they_have(tmp_path):
    text = _REPORT + "Hiện 100% cán bộ, công chức cấp tỉnh và cấp huyện có máy tính, cấp xã đạt 85%.\n"
    rows = _rows(_corpus(tmp_path, "cao-bang-bc.txt", text))
    assert rows == {
        ("staff_with_computer_pct", "baseline", "all", 2019, 100.0),
        ("staff_with_computer_pct", "baseline", "commune", 2019, 85.0),
    }


# --- a count never stops inside a decimal (`… là 45,5%` is no count of 45); a goal quoted with `đề ra` after it ------
def test_a_count_rule_does_not_read_the_whole_part_of_a_decimal_share(tmp_path):
    text = _REPORT + "Số cán bộ chuyên trách CNTT là 45,5% tổng số cán bộ làm công tác CNTT.\n"
    rows = _rows(_corpus(tmp_path, "cao-bang-bc.txt", text))
    assert not {r for r in rows if r[0] == "it_staff_count"}


def test_a_goal_quoted_with_de_ra_after_its_value(tmp_path):
    text = _REPORT + "Tỷ lệ văn bản điện tử đạt 76%, chưa đạt chỉ tiêu 80% đề ra.\n"
    rows = _rows(_corpus(tmp_path, "cao-bang-bc.txt", text))
    assert rows == {
        ("edocument_exchange_pct", "baseline", "all", 2019, 76.0),
        ("edocument_exchange_pct", "target", "all", 2019, 80.0),
    }


# --- a short news item whose lead reports results (`Sở … cho biết, đến nay …`) and which ends on a goal: mixed ------
def test_a_lead_reporting_results_with_a_goal_at_the_end_is_a_mixed_article(tmp_path):
    text = (
        "Quảng Trị: 97% văn bản được ký số\n\n"
        "(Báo Quảng Trị) - Ngày 14/11/2022, Sở TT&TT cho biết, đến nay 97% văn bản đi của các cơ quan nhà nước được "
        "ký số và gửi trên môi trường mạng.\n\n"
        "Toàn tỉnh có 1.420 dịch vụ công trực tuyến, trong đó 388 dịch vụ toàn trình.\n\n"
        "Trong năm 2023, tỉnh phấn đấu 100% UBND cấp xã có điểm cầu hội nghị truyền hình trực tuyến.\n"
    )
    rows = _rows(_corpus(tmp_path, "quang-tri-news.txt", text))
    assert rows == {
        ("edocument_exchange_pct", "baseline", "all", 2022, 97.0),
        ("online_services_level4_count", "baseline", "all", 2022, 388.0),
        ("communes_with_videoconference_pct", "target", "commune", 2023, 100.0),
    }


def test_staff_using_the_document_software_well_are_no_share_of_agencies(tmp_path):
    text = _PLAN_2021 + "- 100% cán bộ, công chức sử dụng thành thạo hệ thống quản lý văn bản và điều hành.\n"
    rows = _rows(_corpus(tmp_path, "phu-tho-kh.txt", text))
    assert not rows
