"""Rules of round 23 for texts of one district, town or city inside a province (the development set `dev_district`),
tested on texts in our own words with fictional figures: news about one district speaks of it as its own plan does
(values with no level are the district's), and a district's office heads its texts with its committee abbreviated
(`UBND HUYỆN …` over `PHÒNG …`), a text of that district."""

from __future__ import annotations

from analysis.extract import extract_corpus


def _extract(tmp_path, text: str, name: str = "doc.txt"):
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = extract_corpus(tmp_path)
    assert not result.problems
    return result


def _rows(facts):
    return set(
        zip(
            facts["indicator"],
            facts["kind"],
            facts["scope"],
            [None if y != y else int(y) for y in facts["year"]],
            facts["value"],
            strict=True,
        )
    )


_ONE_DISTRICT_NEWS = """Yên Thế tăng tốc số hóa công sở

Thứ Ba, 05/3/2024

(BBG) - Lãnh đạo UBND huyện Yên Thế (Bắc Giang) cho biết năm qua, công việc của các cơ quan đã chuyển dần lên mạng.

Hiện 88% cán bộ, công chức của huyện sử dụng thư điện tử công vụ thường xuyên. Năm 2023, huyện đã chi 720 triệu đồng
cho ứng dụng công nghệ thông tin.

Lan Chi
"""


def test_news_of_one_district_gives_its_values_with_no_level_to_the_district(tmp_path):
    rows = _rows(_extract(tmp_path, _ONE_DISTRICT_NEWS).facts)
    assert ("staff_email_usage_pct", "baseline", "district", 2024, 88.0) in rows
    assert ("budget_total_mvnd", "baseline", "district", 2023, 720.0) in rows
    assert not any(r[2] == "all" for r in rows)
    # news that names other districts too is no news of one district: its values with no level stay `all`
    other = tmp_path / "other"
    other.mkdir()
    text = _ONE_DISTRICT_NEWS.replace(
        "Lan Chi", "Huyện Tân Yên và huyện Lạng Giang cũng đang học cách làm này.\n\nLan Chi"
    )
    rows = _rows(_extract(other, text).facts)
    assert ("staff_email_usage_pct", "baseline", "all", 2024, 88.0) in rows


_OFFICE_REPORT = """UBND THỊ XÃ HƯƠNG TRÀ
PHÒNG VĂN HÓA VÀ THÔNG TIN

Số: 41/BC-VHTT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hương Trà, ngày 02 tháng 12 năm 2019

BÁO CÁO
Ứng dụng công nghệ thông tin năm 2019

Thị xã hiện có 3 công chức chuyên trách công nghệ thông tin; 36 dịch vụ công trực tuyến mức độ 3 đã được cung cấp.
"""


def test_a_district_office_report_is_a_text_of_its_district(tmp_path):
    result = _extract(tmp_path, _OFFICE_REPORT)
    rows = _rows(result.facts)
    assert ("it_staff_count", "baseline", "district", 2019, 3.0) in rows
    assert ("online_services_level3_count", "baseline", "district", 2019, 36.0) in rows
    assert result.documents["issuer_level"].tolist() == ["district"]


_TOWN_PLAN = """ỦY BAN NHÂN DÂN
THỊ XÃ KỲ ANH

Số: 77/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Kỳ Anh, ngày 14 tháng 02 năm 2022

KẾ HOẠCH
Chuyển đổi số thị xã Kỳ Anh năm 2022

1. Đến cuối năm 2021, 6/6 phường đã có điểm cầu họp trực tuyến với thị xã; tỷ lệ văn bản trao đổi dưới dạng điện tử ở
các phòng, ban là 96%, còn ở xã, thị trấn chỉ 70%.
2. Năm 2022 phấn đấu 100% phòng, ban và 11 xã, phường ký số văn bản đi.
3. Ngân sách thị xã bố trí 950 triệu đồng.
"""


def test_a_district_level_units_communes_wards_and_offices_are_their_levels(tmp_path):
    rows = _rows(_extract(tmp_path, _TOWN_PLAN).facts)
    # a town's wards counted bare, its communes and towns written `xã, thị trấn`
    assert ("communes_with_videoconference_pct", "baseline", "commune", 2021, 100.0) in rows
    assert ("edocument_exchange_pct", "baseline", "commune", 2021, 70.0) in rows
    assert ("edocument_exchange_pct", "baseline", "district", 2021, 96.0) in rows
    # its offices right after the share, before the communes counted after `và`
    assert ("agencies_using_digital_signature_pct", "target", "district", 2022, 100.0) in rows
    assert ("agencies_using_digital_signature_pct", "target", "commune", 2022, 100.0) not in rows
    # the town's own money names its own (local) source
    assert ("budget_local_mvnd", "target", "district", 2022, 950.0) in rows
    # joined to another source, the district's money is no one source's part
    other = tmp_path / "joined"
    other.mkdir()
    text = _TOWN_PLAN.replace(
        "3. Ngân sách thị xã bố trí 950 triệu đồng.",
        "3. Tổng kinh phí năm 2022 là 950 triệu đồng từ ngân sách thị xã và nguồn hỗ trợ của tỉnh.",
    )
    rows = _rows(_extract(other, text).facts)
    assert ("budget_total_mvnd", "target", "district", 2022, 950.0) in rows
    assert not any(r[0] == "budget_local_mvnd" for r in rows)


def test_one_named_districts_figure_in_a_provinces_text_is_no_fact(tmp_path):
    text = (
        "Hà Tĩnh: dịch vụ công trực tuyến tăng nhanh\n\n"
        "Cập nhật 03/10/2020\n\n"
        "Theo Sở Thông tin và Truyền thông, đến nay toàn tỉnh Hà Tĩnh đã có 260 dịch vụ công trực tuyến mức độ 3. "
        "Dẫn đầu các địa phương là huyện Hương Khê với 41 dịch vụ mức độ 3.\n"
    )
    rows = _rows(_extract(tmp_path, text).facts)
    assert ("online_services_level3_count", "baseline", "all", 2020, 260.0) in rows
    assert not any(r[4] == 41.0 for r in rows)


def test_this_share_of_the_communes_across_a_paragraph_with_no_other_share(tmp_path):
    text = (
        "Vĩnh Bảo số hóa văn bản\n\n"
        "Ngày 20/4/2023\n\n"
        "(HP) - Tại huyện Vĩnh Bảo, văn bản điện tử gửi, nhận giữa các phòng, ban đạt 91%, còn ở xã, thị trấn là 64%.\n\n"
        "Huyện đã mở lớp tập huấn cho cán bộ xã về ký số.\n\n"
        "Năm 2024, huyện phấn đấu đưa tỷ lệ này ở các xã, thị trấn lên 85%; ở các phòng, ban, con số này gần 95%.\n"
    )
    rows = _rows(_extract(tmp_path, text).facts)
    assert ("edocument_exchange_pct", "target", "commune", 2024, 85.0) in rows
    # a share read with its qualifier (`gần 95%`) is not read again as `tỷ lệ này`
    assert len([r for r in rows if r[4] == 95.0]) <= 1
