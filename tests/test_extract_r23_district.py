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
