"""Word-processor files in the open and the interchange formats: OpenDocument text `.odt` (what LibreOffice saves,
read with odfpy) and Rich Text Format `.rtf` (what WordPad, older Word and document-management systems export, read
with striprtf). Each is read as a `.docx` is: paragraphs in order, a table of data a row per line with its cells
separated by tabs, a two-column layout table a cell per line, footnotes left out.

Every file here is built in the test, in our own words with fictional figures.
"""

from __future__ import annotations

import unicodedata

import pytest
from test_corpus import to_cp1258
from test_legacy_fonts import typed_in_tcvn3
from test_office_docs import _facts

from analysis.corpus import read_source
from analysis.extract import extract_corpus

# A plan of our own. Expected facts (conventions of tests/fixtures/expected_facts/README.md), written before running:
# - 90% of documents exchanged electronically: target, all, 2017
# - 30 online services at level 3: target, all, 2017
# - total budget 2.400 triệu đồng: a one-year plan's amount (year 2017)
HEAD = [
    "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG",
    "Số: 45/KH-UBND",
    "Hà Giang, ngày 10 tháng 02 năm 2017",
    "KẾ HOẠCH",
    "Ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước tỉnh Hà Giang năm 2017",
    "I. MỤC TIÊU",
]
GOALS = [
    "Phấn đấu 90% văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử.",
    "Cung cấp 30 dịch vụ công trực tuyến mức độ 3.",
]
MONEY = "Tổng kinh phí thực hiện Kế hoạch là 2.400 triệu đồng."
EXPECTED = {
    ("edocument_exchange_pct", "target", "all", 2017, 90),
    ("online_services_level3_count", "target", "all", 2017, 30),
}


# --- .odt ---------------------------------------------------------------------------------------------------------


def _odt(path, footnote: bool = True) -> None:
    """The plan with its issuer and motto in a two-column layout table, goals as a list (the first with a footnote
    whose figure is no goal), a table of figures by year, and the budget paragraph."""
    odf = pytest.importorskip("odf")
    del odf
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, List, ListItem, Note, NoteBody, NoteCitation, P, S, Span

    doc = OpenDocumentText()
    layout = Table(name="Đầu")
    layout.addElement(TableColumn(numbercolumnsrepeated=2))
    row = TableRow()
    for lines in (HEAD[:2], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", HEAD[2]]):
        cell = TableCell()
        for line in lines:
            cell.addElement(P(text=line))
        row.addElement(cell)
    layout.addElement(row)
    doc.text.addElement(layout)
    doc.text.addElement(H(outlinelevel=1, text=HEAD[3]))
    doc.text.addElement(P(text=HEAD[4]))
    doc.text.addElement(H(outlinelevel=2, text=HEAD[5]))
    goals = List()
    for k, goal in enumerate(GOALS):
        item = ListItem()
        p = P()
        if k == 0 and footnote:
            head, tail = goal.split(" văn bản", 1)
            p.addText(head)
            note = Note(noteclass="footnote")
            note.addElement(NoteCitation(text="1"))
            body = NoteBody()
            body.addElement(P(text="Năm 2016 tỷ lệ này mới đạt 45% văn bản trao đổi dưới dạng điện tử."))
            note.addElement(body)
            p.addElement(note)
            p.addText(" văn bản" + tail)
        else:
            p.addElement(Span(text=goal))
        item.addElement(p)
        goals.addElement(item)
    doc.text.addElement(goals)
    figures = Table(name="Chỉ tiêu")
    figures.addElement(TableColumn(numbercolumnsrepeated=3))
    for cells in (
        ["STT", "Chỉ tiêu", "Kết quả năm 2016"],
        ["1", "Tỷ lệ cán bộ, công chức được cấp hộp thư điện tử công vụ", "72%"],
        ["2", "Số cán bộ chuyên trách CNTT cấp huyện", "11"],
    ):
        row = TableRow()
        for text in cells:
            cell = TableCell()
            cell.addElement(P(text=text))
            row.addElement(cell)
        figures.addElement(row)
    doc.text.addElement(figures)
    money = P(text="Tổng kinh phí thực hiện")
    money.addElement(S(c=3))  # three spaces typed in a row: one `text:s` element
    money.addText(MONEY.removeprefix("Tổng kinh phí thực hiện "))
    doc.text.addElement(money)
    doc.save(str(path))


ODT_BASELINES = {
    ("staff_with_email_pct", "baseline", "all", 2016, 72),
    ("it_staff_count", "baseline", "district", 2016, 11),
}


def test_an_odt_plan_gives_its_goals_its_table_and_its_money(tmp_path):
    _odt(tmp_path / "ha-giang-2017-45-kh-ubnd.odt")
    result = extract_corpus(tmp_path)
    assert not result.problems
    assert list(result.documents["source_format"]) == ["odt"]
    doc = result.documents.iloc[0]
    assert doc["doc_type"] == "plan" and doc["province"] == "Hà Giang"
    facts = set(_facts(result))
    assert EXPECTED | ODT_BASELINES <= facts
    assert not any(f[4] == 45 for f in facts)  # the footnote's figure is no fact: footnotes are left out
    money = result.facts[result.facts["indicator"] == "budget_total_mvnd"]
    assert list(money["value"]) == [2400]


def test_an_odt_is_read_in_document_order_with_layout_and_data_tables_apart(tmp_path):
    path = tmp_path / "ha-giang-2017-45-kh-ubnd.odt"
    _odt(path)
    lines = read_source(path).text.splitlines()
    assert lines[:3] == [*HEAD[:2], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]  # the layout table a cell per line
    assert "1\tTỷ lệ cán bộ, công chức được cấp hộp thư điện tử công vụ\t72%" in lines  # a data row, tab-separated
    assert GOALS[0] in lines and GOALS[1] in lines  # a footnote's citation and body never break into the sentence
    assert "Tổng kinh phí thực hiện   Kế hoạch là 2.400 triệu đồng." in lines  # `text:s c=3`: three spaces
    assert lines.index(HEAD[3]) < lines.index(GOALS[0]) < lines.index(GOALS[1]) < lines.index(lines[-1])


# --- .rtf ---------------------------------------------------------------------------------------------------------

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _rtf_unicode(text: str) -> str:
    """Text as Word writes it in RTF: ASCII as it is, any other letter as `\\uN?`."""
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            out.append(f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?")
    return "".join(out)


def _rtf_bytes(data: bytes) -> str:
    """Bytes of a code page as RTF writes them: `\\'xx` for every byte over 127."""
    return "".join(chr(b) if b < 128 else f"\\'{b:02x}" for b in data)


def _rtf(paragraphs: list[str], table: list[list[str]], encode, header: str) -> bytes:
    body = [header]
    for p in paragraphs:
        body.append(r"\pard\plain " + encode(p) + r"\par")
    for cells in table:
        body.append(r"\trowd\cellx1000\cellx6000\cellx9000")
        body.append("".join(r"\pard\intbl " + encode(c) + r"\cell" for c in cells) + r"\row")
    body.append("}")
    return "\n".join(body).encode("ascii")


RTF_TABLE = [
    ["STT", "Chỉ tiêu", "Kết quả năm 2016"],
    ["1", "Tỷ lệ cán bộ, công chức được cấp hộp thư điện tử công vụ", "72%"],
    ["2", "Số cán bộ chuyên trách CNTT cấp huyện", "11"],
]
UNICODE_HEADER = r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman\fcharset0 Times New Roman;}}\uc1"
CP1258_HEADER = r"{\rtf1\ansi\ansicpg1258\deff0{\fonttbl{\f0\froman\fcharset163 Times New Roman;}}"
TCVN3_HEADER = r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman\fcharset0 .VnTime;}}"


@pytest.mark.parametrize(
    "how, encode, header",
    [
        ("unicode escapes (Word)", _rtf_unicode, UNICODE_HEADER),
        ("Windows-1258 bytes", lambda t: _rtf_bytes(to_cp1258(t)), CP1258_HEADER),
        ("a .VnTime font's bytes", lambda t: _rtf_bytes(typed_in_tcvn3(t).encode("latin-1")), TCVN3_HEADER),
    ],
)
def test_an_rtf_plan_reads_as_vietnamese_and_gives_its_facts(tmp_path, how, encode, header):
    path = tmp_path / "ha-giang-2017-45-kh-ubnd.rtf"
    path.write_bytes(_rtf(HEAD + GOALS + [MONEY], RTF_TABLE, encode, header))
    text = read_source(path).text
    assert unicodedata.is_normalized("NFC", text)
    assert GOALS[0].lower() in text.lower(), how  # (a .VnTime text types capitals with tones in lower case)
    assert "2\tSố cán bộ chuyên trách CNTT cấp huyện\t11".lower() in text.lower()  # a table row, tab-separated
    result = extract_corpus(tmp_path)
    assert not result.problems
    assert list(result.documents["source_format"]) == ["rtf"]
    assert EXPECTED | ODT_BASELINES <= set(_facts(result))
    assert list(result.facts.loc[result.facts["indicator"] == "budget_total_mvnd", "value"]) == [2400]


# --- what cannot be read is named ---------------------------------------------------------------------------------


def test_broken_odt_and_rtf_files_are_named_and_the_others_still_read(tmp_path):
    _odt(tmp_path / "ha-giang-2017-45-kh-ubnd.odt")
    (tmp_path / "broken.odt").write_bytes(b"PK\x03\x04 half of a LibreOffice file")
    (tmp_path / "letter.rtf").write_bytes(b"Dear colleague, this was never RTF.\n")
    (tmp_path / "empty.rtf").write_bytes(rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\par\par}")
    result = extract_corpus(tmp_path)
    reasons = {p.source_file: p.reason for p in result.problems}
    assert "not a readable .odt" in reasons["broken.odt"]
    assert "not an RTF file" in reasons["letter.rtf"]
    assert "no text" in reasons["empty.rtf"]
    assert list(result.documents["source_file"]) == ["ha-giang-2017-45-kh-ubnd.odt"]


def test_an_opendocument_spreadsheet_named_odt_is_named_for_what_it_is(tmp_path):
    from test_office_docs4 import _ods

    _ods(tmp_path / "chi-tieu.odt")
    result = extract_corpus(tmp_path)
    (problem,) = result.problems
    assert "not a text document but an OpenDocument" in problem.reason and "spreadsheet" in problem.reason
