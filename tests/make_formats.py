"""Plan texts saved the way researchers download them: PDF (WeasyPrint), Word .docx (python-docx), and a scan
(the PDF's pages rasterised by pypdfium2 into an image-only PDF). Used by tests/test_formats.py and
benchmarks/bench_formats.py; nothing binary is committed."""

from __future__ import annotations

import html
import logging
import re
from pathlib import Path

LAYOUTS = {
    # a plan typeset for print: justified, space between paragraphs
    "justified": "@page { size: A4; margin: 2cm } body { font-family: 'DejaVu Serif', serif; font-size: 11pt } "
    "p { margin: 0 0 .45em 0; text-align: justify }",
    # plain text printed by a word processor: ragged right, no space between paragraphs, another font and size
    "ragged": "@page { size: A4; margin: 2.5cm } body { font-family: 'DejaVu Sans', sans-serif; font-size: 12pt } "
    "p { margin: 0; text-align: left }",
}


def text_to_pdf(text: str, path: Path, layout: str = "justified") -> Path:
    """Each line of the text is a paragraph (wrapped by the page width), as a plan printed to PDF."""
    import weasyprint

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    lines = "\n".join(f"<p>{html.escape(ln)}</p>" for ln in text.splitlines() if ln.strip())
    style = LAYOUTS[layout]
    doc = f"<html><head><meta charset='utf-8'><style>{style}</style></head><body>{lines}</body></html>"
    weasyprint.HTML(string=doc).write_pdf(path)
    return path


def pdf_to_scan(pdf: Path, path: Path, dpi: int = 200, pages: int | None = None) -> Path:
    """An image-only PDF (no text layer) of a PDF's pages, as a scanner makes of a signed original."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    n = len(doc) if pages is None else min(pages, len(doc))
    images = [doc[i].render(scale=dpi / 72, grayscale=True).to_pil() for i in range(n)]
    doc.close()
    images[0].save(path, save_all=True, append_images=images[1:], resolution=dpi)
    return path


_CODE = re.compile(r"^\d+(?:\.\d+)*\.?$")
_MONEY = re.compile(r"^[\d.]+$")


def text_to_docx(text: str, path: Path, budget_lines=None) -> Path:
    """Each line a paragraph. With `budget_lines` (as extracted from the same text), the flattened budget
    table of the text (from its `Số TT` header to its total) becomes a real Word table with merged header
    cells and empty cells where the text had none."""
    import docx

    document = docx.Document()
    lines = text.splitlines()
    start = end = None
    if budget_lines is not None and len(budget_lines):
        start = next(i for i, ln in enumerate(lines) if ln.strip() == "Số TT")
        total = next(i for i in range(start, len(lines)) if lines[i].strip().startswith("Tổng ("))
        end = next(i for i in range(total + 1, len(lines)) if lines[i].strip() and not _MONEY.match(lines[i].strip()))
    for i, line in enumerate(lines):
        if start is not None and i == start:
            _budget_table(document, budget_lines)
        if start is not None and start <= i < end:
            continue
        document.add_paragraph(line)
    document.save(path)
    return path


def _money(value) -> str:
    if value is None or value != value or value == 0:
        return ""
    return f"{int(value):,}".replace(",", ".")


def _budget_table(document, budget_lines) -> None:
    table = document.add_table(rows=2, cols=7)
    head = ["Số TT", "Các Dự án, công trình", "Đơn vị chủ trì thực hiện", "Đơn vị phối hợp thực hiện"]
    for col, title in enumerate(head):
        table.cell(0, col).merge(table.cell(1, col)).text = title
    table.cell(0, 4).merge(table.cell(0, 6)).text = "Tổng kinh phí"
    for col, title in zip((4, 5, 6), ("Tổng", "ĐP", "TW"), strict=True):
        table.cell(1, col).text = title
    for row in budget_lines.itertuples():
        cells = table.add_row().cells
        if row.row_type == "total":
            cells[1].text = row.item
            for col, value in zip((4, 5, 6), (row.total_mvnd, row.local_mvnd, row.central_mvnd), strict=True):
                cells[col].text = _money(value)
            continue
        cells[0].text = f"{row.code}." if row.row_type == "category" else str(row.code)
        cells[1].text = row.item
        cells[2].text = row.lead_agency if isinstance(row.lead_agency, str) else ""
        partners = row.partner_agencies if isinstance(row.partner_agencies, str) else ""
        cell = cells[3]
        for k, partner in enumerate(p.strip() for p in partners.split(";") if p.strip()):
            (cell.paragraphs[0] if k == 0 else cell.add_paragraph()).text = f"- {partner}"
        cells[4].text = _money(row.total_mvnd)
        cells[5].text = _money(row.local_mvnd)
        cells[6].text = _money(row.central_mvnd)
