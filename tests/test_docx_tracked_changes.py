"""A Word draft with tracked changes, and a template filled in through content controls: the page's text is read
(insertions and controls), never what was deleted. python-docx alone reads only a paragraph's direct runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.corpus import read_source
from analysis.extract import extract_source
from analysis.formats import read_docx

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _draft(path: Path) -> Path:
    """A one-page draft (made up): a goal changed from 60% to 90% with track changes on, a budget typed into a
    content control, a whole goal inside a block-level control, and a deleted sentence."""
    from docx import Document
    from docx.oxml import parse_xml

    doc = Document()
    doc.add_paragraph("DỰ THẢO KẾ HOẠCH ứng dụng công nghệ thông tin trong cơ quan nhà nước tỉnh Điện Biên năm 2021")
    goal = doc.add_paragraph("Đến hết năm 2021, tỷ lệ hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng đạt ")
    goal._p.append(parse_xml(f'<w:del {W} w:id="1" w:author="P"><w:r><w:delText>60%</w:delText></w:r></w:del>'))
    goal._p.append(parse_xml(f'<w:ins {W} w:id="2" w:author="P"><w:r><w:t>90%</w:t></w:r></w:ins>'))
    goal.add_run(".")
    money = doc.add_paragraph("Kinh phí thực hiện kế hoạch từ ngân sách tỉnh là ")
    money._p.append(
        parse_xml(f"<w:sdt {W}><w:sdtPr/><w:sdtContent><w:r><w:t>4.200 triệu đồng</w:t></w:r></w:sdtContent></w:sdt>")
    )
    money.add_run(".")
    gone = doc.add_paragraph()
    gone._p.append(
        parse_xml(
            f'<w:del {W} w:id="3" w:author="P"><w:r><w:delText>Phấn đấu 75% cán bộ cấp xã có hộp thư điện tử công vụ.'
            "</w:delText></w:r></w:del>"
        )
    )
    body = doc.element.body
    block = parse_xml(
        f"<w:sdt {W}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Phấn đấu 100% cơ quan cấp tỉnh sử dụng chữ ký số "
        "trong trao đổi văn bản điện tử.</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    )
    body.insert(len(body) - 1, block)  # before the section properties, as Word puts it
    doc.save(path)
    return path


def test_insertions_and_controls_are_read_and_deletions_are_not(tmp_path):
    text = read_docx(_draft(tmp_path / "du-thao.docx"), "du-thao.docx")
    assert "xử lý trên môi trường mạng đạt 90%." in text
    assert "từ ngân sách tỉnh là 4.200 triệu đồng." in text
    assert "Phấn đấu 100% cơ quan cấp tỉnh sử dụng chữ ký số" in text
    assert "60%" not in text and "75%" not in text


def test_the_draft_gives_the_facts_of_its_final_wording(tmp_path):
    pytest.importorskip("docx")
    source = read_source(_draft(tmp_path / "du-thao.docx"))
    _, facts, _ = extract_source(source)
    got = {(f.indicator, f.kind, f.value) for f in facts}
    assert ("budget_local_mvnd", "target", 4200) in got
    assert any(ind.startswith("agencies_using_digital_signature") and v == 100 for ind, _, v in got)
    assert not any(v in (60, 75) for _, _, v in got)
    for f in facts:
        assert source.text[f.char_start : f.char_end] == f.quote
