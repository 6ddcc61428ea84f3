"""The layout check the report tests rely on must itself see what a reader sees: text run out of its column."""

from __future__ import annotations

from pathlib import Path

from pdf_layout import layout_problems

TABLE = (
    '<table style="table-layout:fixed;width:300px;font-size:10pt"><col style="width:30%"><col style="width:70%">'
    '<tr><td style="white-space:{wrap}">12,000 million VND</td><td>“ngân sách Trung ương hỗ trợ”</td></tr></table>'
)


def _pdf(html: str, path: Path) -> Path:
    from weasyprint import HTML

    HTML(string=html).write_pdf(path)
    return path


def test_a_value_run_into_the_next_column_is_found(tmp_path):
    problems = layout_problems(_pdf(TABLE.format(wrap="nowrap"), tmp_path / "over.pdf"))
    assert any("printed over" in p for p in problems)


def test_the_same_table_with_wrapping_values_is_clean(tmp_path):
    assert layout_problems(_pdf(TABLE.format(wrap="normal"), tmp_path / "ok.pdf")) == []
