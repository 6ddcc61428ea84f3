"""The hand-kept crosswalk of the 63 former provinces and their 2025 successors (Resolution 202/2025/QH15)."""

from __future__ import annotations

import unicodedata

import pytest

from analysis.provinces import find_province, fold, load_districts, load_provinces, lookup, slugify


def test_crosswalk_covers_63_provinces_and_34_successors():
    provinces = load_provinces()
    assert len(provinces) == 63 and len({p.code for p in provinces}) == 63
    assert len({p.successor_name for p in provinces}) == 34
    for p in provinces:
        assert unicodedata.is_normalized("NFC", p.name) and len(p.code) == 2


@pytest.mark.parametrize(
    ("name", "code", "successor"),
    [("Đồng Tháp", "87", "Đồng Tháp"), ("Thái Bình", "34", "Hưng Yên"), ("Long An", "80", "Tây Ninh"),
     ("Ninh Thuận", "58", "Khánh Hòa"), ("Kon Tum", "62", "Quảng Ngãi"), ("Hà Nội", "01", "Hà Nội")],
)  # fmt: skip
def test_seed_provinces_and_their_successors(name, code, successor):
    p = lookup(name)
    assert (p.code, p.successor_name) == (code, successor)


@pytest.mark.parametrize("spelling", ["tỉnh Hòa Bình", "Hoà Bình", "HÒA BÌNH", "hoa-binh", "Tỉnh Hoà Bình"])
def test_lookup_accepts_the_spellings_people_use(spelling):
    assert lookup(spelling).name == "Hòa Bình"


def test_the_issuing_province_wins_over_places_mentioned_in_passing():
    text = "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n… học tập kinh nghiệm của tỉnh Đồng Tháp, tỉnh Đồng Tháp và Thái Bình …"
    assert find_province(text)[0].name == "Kon Tum"
    assert find_province("Không nhắc tới tỉnh nào.")[0] is None


def test_a_province_written_with_the_old_tone_placement_is_found():
    # `Hoà`/`Hoá` (old placement) and `Hòa`/`Hóa` (new) are the same name; the text is only lower-cased.
    assert find_province("ỦY BAN NHÂN DÂN TỈNH THANH HOÁ\nKế hoạch …")[0].name == "Thanh Hóa"
    assert find_province("UBND tỉnh Khánh Hoà ban hành …")[0].name == "Khánh Hòa"
    assert find_province("UBND tỉnh Hòa Bình; học tập Hoà Bìnhxyz")[0].name == "Hòa Bình"
    assert find_province("Tỉnh Hoà Bìnhxyz")[0] is None  # part of a longer word


def test_slugify():
    assert slugify("Thái Bình 2072/QĐ-UBND") == "thai-binh-2072-qd-ubnd"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name's parts apart by a hyphen or a dash, with or without spaces, or across a line break
        ("UBND tỉnh Thừa Thiên - Huế vừa ban hành kế hoạch", "Thừa Thiên Huế"),
        ("Sở TT&TT tỉnh Thừa Thiên–Huế cho biết", "Thừa Thiên Huế"),
        ("ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA – VŨNG TÀU", "Bà Rịa - Vũng Tàu"),
        ("tỉnh Bà Rịa-Vũng Tàu đứng thứ 5", "Bà Rịa - Vũng Tàu"),
        ("UBND tỉnh Bà Rịa Vũng Tàu", "Bà Rịa - Vũng Tàu"),
        ("Số: 12/QĐ-UBND\nThành phố Hồ Chí\nMinh, ngày 3 tháng 5 năm 2020", "Hồ Chí Minh"),
        # other spellings and abbreviations (data/reference/province_aliases.csv)
        ("UBND TP.HCM vừa phê duyệt kế hoạch; học tập Hà Nội, Hà Nội và Đà Nẵng", "Hồ Chí Minh"),
        ("Tp HCM: 100% sở, ngành dùng chữ ký số", "Hồ Chí Minh"),
        ("BR-VT: nâng cấp Trung tâm dữ liệu", "Bà Rịa - Vũng Tàu"),
        ("UBND tỉnh Đắc Lắc ban hành kế hoạch", "Đắk Lắk"),
        ("Kế hoạch của UBND tỉnh Đăk Lăk năm 2016", "Đắk Lắk"),
        ("tỉnh Đăk Nông đã cấp 1.200 hộp thư", "Đắk Nông"),
        ("UBND tỉnh Kontum", "Kon Tum"),
        ("UBND tỉnh Bắc Cạn", "Bắc Kạn"),
    ],
)
def test_a_province_written_apart_or_otherwise_spelled_is_found(text, name):
    province, start, end = find_province(text)
    assert province is not None and province.name == name
    assert lookup(text[start:end]) == province  # the span found is the mention, in the text's own offsets


def test_an_abbreviation_or_a_name_inside_a_longer_word_is_no_mention():
    assert find_province("Tổ chức học tập tư tưởng HCM trong cơ quan")[0] is None  # `HCM` alone is no alias
    assert find_province("Mã BRVTX-01 của dự án")[0] is None
    assert find_province("UBND tỉnh Kontumxyz")[0] is None


def test_every_alias_names_a_province_of_the_crosswalk(tmp_path):
    from analysis.provinces import load_aliases

    names = {p.name for p in load_provinces()}
    assert set(load_aliases().values()) <= names and len(load_aliases()) >= 20
    bad = tmp_path / "aliases.csv"
    bad.write_text("alias,name,why\nĐắc Lắc,Đắc Lắk,typo\n", encoding="utf-8")
    with pytest.raises(ValueError, match="Đắc Lắk"):
        load_aliases(bad)


@pytest.mark.parametrize(
    "spelling", ["TP.HCM", "tp hcm", "Đắc Lắc", "tỉnh Kontum", "Bà Rịa-Vũng Tàu", "Thừa Thiên - Huế"]
)
def test_lookup_accepts_aliases_and_separators(spelling):
    assert lookup(spelling) is not None


def test_a_centrally_run_city_is_issued_by_the_city_s_committee(tmp_path):
    from analysis.corpus import read_file
    from analysis.extract.metadata import extract_metadata

    path = tmp_path / "hcm.txt"
    path.write_text(
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 15/KH-UBND\nThành phố Hồ Chí Minh, ngày 4 tháng 1 năm 2018\n"
        "KẾ HOẠCH\nỨng dụng công nghệ thông tin năm 2018\n",
        encoding="utf-8",
    )
    source = read_file(path)
    meta = extract_metadata(source)
    assert (meta.province, meta.issuer) == ("Hồ Chí Minh", "UBND thành phố Hồ Chí Minh")
    assert lookup("Kon Tum").unit_type == "province" and lookup("Hà Nội").unit_type == "city"


def test_a_name_without_diacritics_counts_only_when_no_other_name_is_there():
    # a banner or byline written plainly is the only place some news pages name their province
    province, start, end = find_province("Bao dien tu Bac Ninh\nNăm 2015, 100% cán bộ dùng máy tính.")
    assert province.name == "Bắc Ninh" and (start, end) == (12, 20)
    assert find_province("Sở TT&TT Thái Bình; Bac Ninh, Bac Ninh, Bac Ninh")[0].name == "Thái Bình"
    assert find_province("BÁO ĐIỆN TỬ BA RIA - VUNG TAU")[0].name == "Bà Rịa - Vũng Tàu"
    assert find_province("nhóm bac ninh viết thường")[0] is None  # a banner's name is capitalised


# --- a district named alone gives its province (data/reference/districts.csv) -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # written for these tests: a provincial paper's item names the district and `tỉnh`, never the province
        ("Huyện Phụng Hiệp thiếu cán bộ chuyên trách công nghệ thông tin; tỉnh đang bổ sung.", "Hậu Giang"),
        ("ỦY BAN NHÂN DÂN\nHUYỆN ĐÔ LƯƠNG\nKế hoạch ứng dụng CNTT năm 2016", "Nghệ An"),
        ("UBND TP. Vị Thanh vừa triển khai phần mềm một cửa điện tử.", "Hậu Giang"),
        ("Thị xã Long Mỹ đưa 30 dịch vụ lên mức độ 3.", "Hậu Giang"),
        # the old tone placement of a district name
        ("Huyện Vị Thuỷ có 10 xã dùng hộp thư công vụ.", "Hậu Giang"),
    ],
)
def test_a_district_named_alone_gives_its_province(text, expected):
    province, start, end = find_province(text)
    assert province is not None and province.name == expected
    assert fold(text[start:end]).split()[0] in ("huyện", "tp.", "thị", "thành")


def test_a_district_name_several_provinces_have_names_none():
    # `huyện Châu Thành` is a district of several provinces
    assert find_province("Huyện Châu Thành triển khai hộp thư công vụ cho 100% cán bộ.")[0] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # written for these tests: a town named with the kind it had when the text was written
        ("Thị xã Sa Đéc đã có 100% cán bộ dùng hộp thư điện tử công vụ (năm 2011).", "Đồng Tháp"),  # a city since 2013
        ("Huyện Phổ Yên triển khai phần mềm quản lý văn bản tại 18 xã.", "Thái Nguyên"),  # thị xã 2015, city 2022
    ],
)
def test_a_district_named_with_its_former_kind_gives_its_province(text, expected):
    province, _, _ = find_province(text)
    assert province is not None and province.name == expected


def test_a_name_two_provinces_have_under_different_kinds_keeps_only_its_exact_kinds():
    # `huyện Tân Uyên` (Lai Châu) and `thành phố Tân Uyên` (Bình Dương): `thị xã Tân Uyên` could be either's past
    assert find_province("Huyện Tân Uyên có 10 xã kết nối mạng.")[0].name == "Lai Châu"
    assert find_province("Thành phố Tân Uyên có 12 phường kết nối mạng.")[0].name == "Bình Dương"
    assert find_province("Thị xã Tân Uyên có 12 phường kết nối mạng.")[0] is None


def test_a_province_named_in_the_text_wins_over_its_districts():
    text = "Huyện Phụng Hiệp và các huyện của tỉnh Sóc Trăng triển khai phần mềm quản lý văn bản."
    assert find_province(text)[0].name == "Sóc Trăng"


def test_every_district_row_names_a_province_of_the_table_and_names_repeat_only_across_provinces():
    table = load_districts()
    assert len(table) > 650  # 696 districts, a few names shared by several provinces
    assert table[fold("huyện phụng hiệp")] == "Hậu Giang"
    assert fold("huyện châu thành") not in table


@pytest.mark.parametrize(
    ("name", "lang", "said"),
    [
        ("Sơn La", "en", "Left as it was by the merger of provinces of 1 July 2025"),
        ("Sơn La", "vi", "Không sáp nhập với tỉnh nào từ ngày 1/7/2025"),
        ("Đồng Tháp", "en", "Since 1 July 2025 Đồng Tháp also takes in Tiền Giang"),
        ("Tiền Giang", "en", "Since 1 July 2025 part of Đồng Tháp"),
        ("Hồ Chí Minh", "vi", "Từ ngày 1/7/2025 Hồ Chí Minh gồm cả Bình Dương và Bà Rịa - Vũng Tàu"),
        ("Bình Dương", "vi", "Từ ngày 1/7/2025 thuộc Hồ Chí Minh"),
        ("Thừa Thiên Huế", "en", "Since 1 July 2025 named Huế"),
    ],
)
def test_the_profile_says_what_the_2025_merger_made_of_a_province(name, lang, said):
    from analysis.present import successor_text

    text = successor_text(lookup(name), lang)
    assert text.startswith(said) and text.endswith("202/2025/QH15).")
    assert f"part of {name}" not in text and f"thuộc {name}" not in text  # never "part of" itself


def test_merged_with_lists_the_other_former_provinces_of_the_successor():
    from analysis.provinces import merged_with

    assert merged_with(lookup("Kon Tum")) == ["Quảng Ngãi"]
    assert sorted(merged_with(lookup("Quảng Ngãi"))) == ["Kon Tum"]
    unchanged = [p.name for p in load_provinces() if not merged_with(p)]
    assert len(unchanged) == 63 - 52 and "Hà Nội" in unchanged and "Thừa Thiên Huế" in unchanged
