"""Rules of round 24 (helper `real8`: 22 real pages never studied, docs/phrasing.md section 8, pages 413-434), tested on
sentences in our own words with fictional figures (no sentence of a real page)."""

from __future__ import annotations

import pytest

from analysis.extract import extract_corpus


def _facts(tmp_path, text: str):
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    result = extract_corpus(tmp_path)
    assert not result.problems
    f = result.facts
    return set(zip(f["indicator"], f["kind"], f["year"].astype("Int64").astype(object), f["value"], strict=True))


REPORT = (
    "UỶ BAN NHÂN DÂN TỈNH THÁI BÌNH\nSố: 31/BC-UBND\n\nBÁO CÁO\nKết quả ứng dụng công nghệ thông tin năm 2021\n\n"
    "I. KẾT QUẢ ĐẠT ĐƯỢC\n{body}\n"
)
PLAN = "UỶ BAN NHÂN DÂN TỈNH THÁI BÌNH\nSố: 52/KH-UBND\n\nKẾ HOẠCH\nChuyển đổi số năm 2023\n\nI. MỤC TIÊU\n{body}\n"


@pytest.mark.parametrize(
    "body",
    [
        "Tỷ lệ người dân trưởng thành sử dụng dịch vụ công trực tuyến đạt 35%.",
        "Tỷ lệ người dân có sử dụng dịch vụ công trực tuyến đạt 35%.",
        "Phấn đấu tỷ lệ dân số trưởng thành có sử dụng dịch vụ công trực tuyến đạt 35%.",
    ],
)
def test_a_share_of_adult_citizens_using_online_services_is_the_citizens_share(tmp_path, body):
    # (real8, Gia Lai 2024: `tỷ lệ người dân trưởng thành có sử dụng dịch vụ công trực tuyến`, the digital
    # transformation index's wording, named the citizens alone, with no businesses beside them)
    got = _facts(tmp_path, PLAN.format(body=body))
    assert ("citizens_businesses_using_online_services_pct", "target", 2023, 35) in got


def test_citizens_given_something_by_the_online_service_stay_no_share_of_users(tmp_path):
    body = "100% người dân sử dụng dịch vụ công trực tuyến được xác thực điện tử."
    got = _facts(tmp_path, PLAN.format(body=body))
    assert not any(ind == "citizens_businesses_using_online_services_pct" for ind, *_ in got)


@pytest.mark.parametrize(
    "body",
    [
        "Văn bản đi, đến được luân chuyển dưới dạng điện tử giữa các cơ quan hành chính có dùng phần mềm quản lý "
        "văn bản và điều hành chiếm 91%.",
        "Tỷ lệ văn bản được gửi, nhận hoàn toàn điện tử giữa các cơ quan nhà nước đang sử dụng hệ thống quản lý văn "
        "bản của tỉnh đạt 91%.",
    ],
)
def test_documents_exchanged_between_the_agencies_that_use_the_software_are_the_edocument_share(tmp_path, body):
    # (real8, Hưng Yên 2022: the agencies are described by the software they use; the share is of documents)
    got = _facts(tmp_path, REPORT.format(body=body))
    assert ("edocument_exchange_pct", "baseline", 2021, 91) in got
    assert not any(ind == "agencies_using_document_management_pct" for ind, *_ in got)


@pytest.mark.parametrize(
    "body",
    [
        "Tỉnh đã cấp hơn 6.400 hộp thư điện tử công vụ (địa chỉ @thaibinh.gov.vn) cho 97% cán bộ, công chức.",
        "Đã cấp 6.400 hộp thư công vụ cho 97% cán bộ, công chức các cơ quan nhà nước.",
    ],
)
def test_mailboxes_given_to_a_share_of_the_staff(tmp_path, body):
    # (real8, Hưng Yên 2022: the count of mailboxes first, then `cho` and the share of staff given one)
    got = _facts(tmp_path, REPORT.format(body=body))
    assert ("staff_with_email_pct", "baseline", 2021, 97) in got
    assert ("email_accounts_count", "baseline", 2021, 6400) in got


def test_the_units_on_the_document_software_in_brackets_after_its_name(tmp_path):
    # (real8, Hưng Yên 2022: a share of agencies using the software, then its units counted in brackets)
    body = (
        "Toàn bộ 100% cơ quan hành chính đã sử dụng phần mềm quản lý văn bản và điều hành (164 cơ quan, đơn vị ở "
        "ba cấp) kết nối với trục liên thông của tỉnh."
    )
    got = _facts(tmp_path, REPORT.format(body=body))
    assert ("agencies_using_document_management_pct", "baseline", 2021, 100) in got
    assert ("document_management_units_count", "baseline", 2021, 164) in got


NEWS_OF_A_SCHEME = (
    "Ngày 14/3/2023, UBND tỉnh Nam Định phê duyệt Đề án chính quyền số của tỉnh giai đoạn 2023-2027.\n\n"
    "{intro}\n\n"
    "Toàn tỉnh có 640 dịch vụ công trực tuyến mức độ 3 và 4. 95% cơ quan nhà nước sử dụng phần mềm quản lý văn bản "
    "và điều hành.\n\n"
    "Theo Đề án, phấn đấu đến năm 2027, 100% cơ quan nhà nước sử dụng chữ ký số chuyên dùng.\n"
)


@pytest.mark.parametrize(
    "intro",
    [
        "Đề án đã nhìn lại thực trạng ứng dụng công nghệ thông tin của tỉnh trong giai đoạn 2018-2022 với các kết quả "
        "như sau:",
        "Trong đó, Đề án nêu rõ kết quả đạt được giai đoạn 2018 - 2022 như sau:",
    ],
)
def test_the_results_a_scheme_reviews_over_a_past_period_are_of_its_last_year(tmp_path, intro):
    # (real8, Hưng Yên 2022: news of a scheme that sums up the state reached over the five years before it, in the
    # paragraphs after a line that announces them `… như sau:`; they are results of that period's end, not goals)
    got = _facts(tmp_path, NEWS_OF_A_SCHEME.format(intro=intro))
    assert ("online_services_level3_4_count", "baseline", 2022, 640) in got
    assert ("agencies_using_document_management_pct", "baseline", 2022, 95) in got
    assert ("agencies_using_digital_signature_pct", "target", 2027, 100) in got
