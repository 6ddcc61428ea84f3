"""Plan texts saved the way researchers download them: PDF (WeasyPrint), Word .docx (python-docx), and a scan
(the PDF's pages rasterised by pypdfium2 into an image-only PDF). Used by tests/test_formats.py and
benchmarks/bench_formats.py; nothing binary is committed."""

from __future__ import annotations

import html
import io
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


# --- scans as real scans look (benchmarks/bench_scans.py, tests/test_scans.py) ---

OFFICE_STYLE = """
@page { size: A4; margin: 2cm 2cm 2cm 3cm }
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 13pt; line-height: 1.25 }
p { margin: 0 0 .3em 0; text-align: justify; text-indent: 1cm }
p.h { text-align: center; font-weight: bold; text-indent: 0 }
table.head { width: 100%; border-collapse: collapse; margin-bottom: .8em }
table.head td { text-align: center; vertical-align: top; font-weight: bold; font-size: 12.5pt; padding: 0 }
table.head td.left { width: 38% } table.head td.plain { font-weight: normal } table.head td.date { font-style: italic }
table.grid { border-collapse: collapse; width: 100%; margin: .4em 0; font-size: 12pt }
table.grid td { border: 1px solid black; padding: 2pt 4pt; text-align: center }
"""

_HEAD_END = re.compile(r"^(QUYẾT ĐỊNH|KẾ HOẠCH|CHỈ THỊ|BÁO CÁO)\b")


def _is_heading(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters) and len(line) < 120


def office_html(text: str) -> str:
    """The text typeset as an office prints it: header block in two columns, headings bold and centred, pipe- and
    tab-separated rows as a ruled table, every other line a justified paragraph."""
    lines = [ln.rstrip() for ln in text.splitlines()]
    out: list[str] = []
    i = 0
    issuer = next((k for k, ln in enumerate(lines[:40]) if ln.strip().startswith("ỦY BAN NHÂN DÂN")), None)
    republic = next((k for k, ln in enumerate(lines[:45]) if ln.strip().startswith("CỘNG HÒA XÃ HỘI")), None)
    if issuer is not None and republic is not None and republic > issuer:
        for ln in lines[:issuer]:
            if ln.strip():
                out.append(f"<p>{html.escape(ln)}</p>")
        left = [ln for ln in lines[issuer:republic] if ln.strip()]
        k = republic
        right: list[str] = []
        while k < len(lines) and len(right) < 4 and not lines[k].startswith("Số:"):
            if lines[k].strip():
                right.append(lines[k])
            k += 1
        # `Độc\nlập - Tự do` (a web copy's line break) is one line in print
        right = [" ".join(right[1:3]) if r == "Độc" else r for r in right if r != right[2:3] or right[1] != "Độc"]
        number = date = ""
        while k < len(lines) and not (number and date) and (lines[k].startswith("Số:") or "ngày" in lines[k][:40]):
            if lines[k].startswith("Số:"):
                number = lines[k]
            else:
                date = lines[k]
            k += 1
        cell = "<br>".join
        out.append(
            "<table class='head'>"
            f"<tr><td class='left'>{cell(map(html.escape, left))}</td><td>{cell(map(html.escape, right))}</td></tr>"
            f"<tr><td class='left plain'>{html.escape(number)}</td><td class='plain date'>{html.escape(date)}</td></tr>"
            "</table>"
        )
        i = k
    rows: list[list[str]] = []

    def flush_rows() -> None:
        if rows:
            body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in rows)
            out.append(f"<table class='grid'>{body}</table>")
            rows.clear()

    for ln in lines[i:]:
        s = ln.strip()
        if s.startswith("|") and s.endswith("|"):
            rows.append([c.strip() for c in s.strip("|").split("|")])
            continue
        if "\t" in s:
            rows.append([c.strip() for c in s.split("\t")])
            continue
        flush_rows()
        if not s:
            continue
        if _is_heading(s) or _HEAD_END.match(s):
            out.append(f"<p class='h'>{html.escape(s)}</p>")
        else:
            out.append(f"<p>{html.escape(s)}</p>")
    flush_rows()
    return f"<html><head><meta charset='utf-8'><style>{OFFICE_STYLE}</style></head><body>{''.join(out)}</body></html>"


def office_pages(text: str, dpi: int) -> list:
    """The text printed to PDF and rasterised: greyscale PIL images at `dpi`."""
    import pypdfium2 as pdfium
    import weasyprint

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    pdf = pdfium.PdfDocument(io.BytesIO(weasyprint.HTML(string=office_html(text)).write_pdf()))
    try:
        return [pdf[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for i in range(len(pdf))]
    finally:
        pdf.close()


SCAN_LEVELS = {
    "clean": dict(dpi=200),
    "mild": dict(dpi=300, skew=0.6, paper=232, ink=25, noise=6, blur=0.5, jpeg=70),
    "strong": dict(
        dpi=150, skew=-1.6, paper=212, uneven=18, ink=70, noise=14, speckle=0.002, blur=0.7, jpeg=40, stamp=True
    ),
}


def degrade_scan(image, level: dict, page: int, last: bool):
    """One page as a photocopier and a scanner leave it (seeded: the same every run)."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter

    if len(level) == 1:
        return image
    rng = np.random.default_rng(1000 + page)
    w, h = image.size
    if level.get("stamp") and last:  # a round red stamp (grey once scanned) and a signature over the last lines
        draw = ImageDraw.Draw(image)
        ys = np.where(np.asarray(image).min(axis=1) < 128)[0]
        y = int(ys.max()) if len(ys) else h // 2
        cx, cy, r = int(w * 0.62), y - int(0.05 * h), int(0.075 * w)
        for k in range(max(2, w // 400)):
            draw.ellipse((cx - r + k, cy - r + k, cx + r - k, cy + r - k), outline=110)
        draw.ellipse((cx - int(r * 0.7), cy - int(r * 0.7), cx + int(r * 0.7), cy + int(r * 0.7)), outline=110, width=2)
        pts = [(cx - r + int(t * 1.8 * r / 40), cy + int(12 * np.sin(t / 3.0)) + int(t * 0.6)) for t in range(40)]
        draw.line(pts, fill=40, width=max(2, w // 500))
    a = np.asarray(image, dtype=np.float32) / 255.0  # 1 paper, 0 ink
    paper = np.full_like(a, level["paper"])
    if level.get("uneven"):  # a photocopy darker toward one edge
        paper -= level["uneven"] * np.linspace(0, 1, w)[None, :] * np.linspace(0.3, 1, h)[:, None]
    ink = level["ink"]
    out = ink + (paper - ink) * a
    out += rng.normal(0, level["noise"], a.shape)
    if level.get("speckle"):
        dots = rng.random(a.shape) < level["speckle"]
        out[dots] = rng.uniform(0, 90, int(dots.sum()))
    img = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "L")
    img = img.rotate(level["skew"], resample=Image.BICUBIC, fillcolor=int(level["paper"]))
    img = img.filter(ImageFilter.GaussianBlur(level["blur"]))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=level["jpeg"])
    return Image.open(io.BytesIO(buf.getvalue())).convert("L")


def office_scan(text: str, path: Path, level: dict) -> int:
    """The text printed as an office prints it, scanned at `level` (one of SCAN_LEVELS) into an image-only PDF;
    its number of pages."""
    images = office_pages(text, level["dpi"])
    pages = [degrade_scan(im, level, k, k == len(images) - 1) for k, im in enumerate(images)]
    pages[0].save(path, save_all=True, append_images=pages[1:], resolution=level["dpi"])
    return len(pages)
