"""Real pages of 2015-2020 through the extractor (issue #11, round 16): news and reviews that state results and
goals in one article.

Every text here was written for this file, in our own words after the kinds of wording real pages showed (listed
in docs/phrasing.md section 8, round 16 block); what each should give was decided before the extractor was run on it.
"""

from __future__ import annotations

from pathlib import Path

from test_extract_wording import extract_file, fact_rows


def _facts(tmp_path: Path, text: str, name: str = "mixed-news.txt") -> set[tuple]:
    return fact_rows(extract_file(tmp_path, name, text))


def test_a_period_ending_in_the_texts_year_that_opens_a_sentence_is_looked_back_on(tmp_path):
    # A news of 2019 on a district's next steps (`sẽ …`), then `Giai đoạn 2015 - 2019, …` with the results: those are
    # baselines of the text's year, not goals, though the article is read as news of a plan.
    text = (
        "Huyện Phú Lương đẩy mạnh chính quyền điện tử\n\n"
        "Cập nhật ngày 12/8/2019\n\n"
        "Thời gian tới, huyện Phú Lương sẽ mở rộng một cửa điện tử tới 100% UBND cấp xã.\n\n"
        "Giai đoạn 2015 - 2019, mạng nội bộ của huyện dần được hoàn thiện; 87,5% cán bộ, công chức có máy tính; "
        "100% cơ quan dùng phần mềm quản lý văn bản.\n"
    )
    assert _facts(tmp_path, text) == {
        ("agencies_with_eonestop_pct", "target", "commune", 2019, 100.0),
        # (news of one district: its values with no level are the district's, issue #11 round 23, dev_district)
        ("staff_with_computer_pct", "baseline", "district", 2019, 87.5),
        ("agencies_using_document_management_pct", "baseline", "district", 2019, 100.0),
    }


def test_a_period_still_ahead_or_with_a_goal_cue_stays_a_target(tmp_path):
    # The same opening for a period after the text's year, or with `phấn đấu`, is a goal.
    text = (
        "Huyện Đại Từ ban hành kế hoạch ứng dụng CNTT\n\n"
        "Cập nhật ngày 02/11/2019\n\n"
        "Giai đoạn 2020 - 2025, 95% cán bộ, công chức cấp xã có máy tính.\n\n"
        "Giai đoạn 2016 - 2019, phấn đấu 70% cơ quan dùng chữ ký số.\n"
    )
    got = _facts(tmp_path, text)
    assert ("staff_with_computer_pct", "target", "commune", 2025, 95.0) in got
    assert {f[1] for f in got if f[0] == "agencies_using_digital_signature_pct"} == {"target"}


def test_as_of_now_results_do_not_take_the_period_of_a_commitment_before_them(tmp_path):
    # `Tính đến nay, … cam kết … giai đoạn 2016 – 2020 …, các sở đã cung cấp …`: a result as of the text's own time.
    text = (
        "Cải cách hành chính ở tỉnh Ninh Thuận\n\n"
        "Tính đến nay, lãnh đạo 25/25 cơ quan đã ký cam kết thực hiện cải cách hành chính giai đoạn 2016 – 2020 "
        "với UBND tỉnh, các sở đã đưa hơn 40 thủ tục lên trực tuyến ở mức độ 3 và 15 thủ tục ở mức độ 4.\n"
    )
    got = _facts(tmp_path, text)
    assert ("online_services_level3_count", "baseline", "province", None, 40.0) in got
    assert ("online_services_level4_count", "baseline", "province", None, 15.0) in got


def test_staff_using_computers_for_their_work_at_two_levels(tmp_path):
    # `100% cán bộ cấp huyện và xã đã sử dụng máy tính để xử lý công việc`: regular use at work, for both levels.
    text = (
        "Huyện Cam Lộ tổng kết ứng dụng CNTT năm 2019\n\n"
        "Đến nay, 96% cán bộ, công chức cấp huyện và xã đã sử dụng máy tính để xử lý công việc hằng ngày.\n"
    )
    assert _facts(tmp_path, text) == {("staff_regular_computer_use_pct", "baseline", "all", 2019, 96.0)}


def test_a_share_of_the_computers_connected_is_no_share_of_staff(tmp_path):
    # `… đạt 01 máy/cán bộ, 100% máy được kết nối Internet`: the ratio is read, the connected share is of machines.
    text = (
        "Kế hoạch ứng dụng CNTT năm 2020 của huyện Tuyên Hóa\n\n"
        "Mục tiêu năm 2020: trang bị máy tính cho cán bộ các phòng chuyên môn đạt 01 máy/cán bộ, "
        "90% máy được kết nối Internet; 80% văn bản trao đổi giữa các cơ quan dưới dạng điện tử.\n"
    )
    got = _facts(tmp_path, text)
    assert not any(f[0] == "staff_with_computer_pct" for f in got)
    # (news of one district's plan: its values with no level are the district's, issue #11 round 23, dev_district)
    assert ("edocument_exchange_pct", "target", "district", 2020, 80.0) in got
    assert ("computers_per_staff_pct", "target", "district", 2020, 100.0) in got


def test_computers_connected_further_on_leave_the_value_before_them_alone(tmp_path):
    # The connected computers as another clause's subject do not take the share before them.
    text = (
        "Kế hoạch ứng dụng CNTT năm 2018\n\n"
        "Mục tiêu: tỷ lệ cán bộ được trang bị máy tính đạt 85% ở cấp xã, phần lớn máy tính được kết nối mạng.\n"
    )
    assert ("staff_with_computer_pct", "target", "commune", 2018, 85.0) in _facts(tmp_path, text)


def _province(tmp_path: Path, text: str) -> object:
    return extract_file(tmp_path, "central.txt", text).documents["province"].iloc[0]


_LEGAL_SITE_TABLE = (
    "Báo cáo 512/BC-BTTTT tình hình ứng dụng CNTT quý III năm 2018 do Bộ Thông tin và Truyền thông ban hành\n"
    "Số hiệu | 512/BC-BTTTT |\nNgày ban hành | 05/10/2018 |\nNgày có hiệu lực | 05/10/2018 |\nLoại văn bản | Báo cáo |\n"
    "Cơ quan ban hành | Bộ Thông tin và Truyền thông |\nNgười ký | Nguyễn Văn An |\n"
    "Lĩnh vực | Công nghệ thông tin, Bộ máy hành chính |\n"
)


def test_a_central_bodys_report_under_a_legal_sites_table_is_about_no_province(tmp_path):
    # The ministry's name stands right before the motto, below the site's table of fields (past the first 300
    # characters): its `Hà Nội, ngày …` line is where it was signed, not the province it is about.
    text = (
        _LEGAL_SITE_TABLE + "BỘ THÔNG TIN VÀ\nTRUYỀN THÔNG |\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\n"
        "Số: 512/BC-BTTTT |\nHà Nội, ngày 05 tháng 10 năm 2018 |\n"
        "TÌNH HÌNH ỨNG DỤNG CÔNG NGHỆ THÔNG TIN QUÝ III NĂM 2018\n"
        "Có 60/63 tỉnh, thành phố đã ban hành kế hoạch ứng dụng CNTT năm 2018.\n"
    )
    assert _province(tmp_path, text) is None


def test_a_provinces_document_under_the_same_table_keeps_its_province(tmp_path):
    text = (
        _LEGAL_SITE_TABLE.replace("BTTTT", "UBND").replace("Bộ Thông tin và Truyền thông", "UBND tỉnh Hà Nam")
        + "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM |\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\n"
        "Số: 512/BC-UBND |\nHà Nam, ngày 05 tháng 10 năm 2018 |\n"
        "BÁO CÁO TÌNH HÌNH ỨNG DỤNG CÔNG NGHỆ THÔNG TIN QUÝ III NĂM 2018\n"
        "Toàn tỉnh có 95% cán bộ được cấp hộp thư điện tử công vụ.\n"
    )
    assert _province(tmp_path, text) == "Hà Nam"


def test_a_provinces_rank_among_the_whole_country_keeps_the_province(tmp_path):
    # `… xếp thứ 41/63 tỉnh, thành phố cả nước`: the province's own standing, not an article about the country.
    text = (
        "Ban chỉ đạo CNTT tỉnh họp giao ban quý II năm 2017\n\n"
        "Năm 2016, Quảng Trị xếp thứ 41/63 tỉnh, thành phố cả nước về mức độ sẵn sàng ứng dụng CNTT. "
        "Trong năm, tỉnh đã triển khai 4 dự án ứng dụng CNTT với tổng kinh phí hơn 9,6 tỷ đồng.\n"
    )
    assert extract_file(tmp_path, "rank-news.txt", text).documents["province"].iloc[0] == "Quảng Trị"


def test_an_article_on_the_whole_country_still_names_no_province(tmp_path):
    text = (
        "Chữ ký số chuyên dùng ở các địa phương\n\n"
        "Đến nay cả nước đã có 57 địa phương ứng dụng chữ ký số chuyên dùng; 6 địa phương chưa ứng dụng, "
        "gồm Lai Châu, Phú Yên, Nam Định, Đắk Lắk, Hải Dương và Bình Phước.\n"
    )
    assert extract_file(tmp_path, "country-news.txt", text).documents["province"].iloc[0] is None


def test_agencies_connected_and_exchanging_documents_are_no_share_of_documents(tmp_path):
    # `100% các xã đã kết nối liên thông và thực hiện gửi, nhận văn bản điện tử …`: a share of agencies; the share of
    # documents is the one written of documents (`tỷ lệ văn bản điện tử … là 85%`).
    text = (
        "Văn bản điện tử ở thành phố Cần Thơ năm 2019\n\n"
        "Đến nay 100% các phường, xã đã kết nối liên thông và thực hiện gửi, nhận văn bản điện tử trên trục liên "
        "thông của thành phố. Tỷ lệ văn bản điện tử của thành phố là 82% trên tổng số văn bản phát hành.\n"
    )
    assert _facts(tmp_path, text) == {("edocument_exchange_pct", "baseline", "all", 2019, 82.0)}
