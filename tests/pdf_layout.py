"""Reading a report as paper: what is cut at the page edge, what does not fit, which page holds only a heading.

Word boxes come from `pdftotext -bbox` (poppler-utils), raster images from `pdfimages -list`, and the vector
charts from the report's own HTML (an SVG's size, scaled to the page's content width as the stylesheet does).
"""

from __future__ import annotations

import base64
import re
import subprocess
from pathlib import Path

from conftest import require_tool

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')
# A4 with the print stylesheet's margins (20 mm top and bottom, 16 mm left and right), in points.
CONTENT_WIDTH_PT = (210 - 32) / 25.4 * 72
CONTENT_HEIGHT_PT = (297 - 40) / 25.4 * 72
MARGIN_TOP_PT = 20 / 25.4 * 72
# Word boxes of a line set in a heading's size (h2 15 pt, h3 12.6 pt) are taller than this; body text (10 pt) and
# a chart's title (12 pt, scaled to the page's width) are not.
HEADING_BOX_PT = 14.0
# A unit glued to the number of the next column (`18,975 million VND17 / 47`): a value wider than its column ran
# up to the next cell's text, with no gap for pdftotext to part them.
GLUED = re.compile(r"(?:VND|đồng|%|Mbps)\d")
_SVG_SIZE = re.compile(rb'<svg[^>]*?width="([\d.]+)pt"[^>]*?height="([\d.]+)pt"')


def pdf_pages(pdf: Path) -> list[tuple[float, float, list[tuple[float, float, float, float, str]]]]:
    """(width, height, words) of every page; a word is (x0, y0, x1, y1, text)."""
    tool = require_tool("pdftotext")
    out = subprocess.run([tool, "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = []
    for chunk in out.split("<page ")[1:]:
        w, h = map(float, PAGE.match("<page " + chunk).groups())
        words = [(float(a), float(b), float(c), float(d), t) for a, b, c, d, t in WORD.findall(chunk)]
        pages.append((w, h, words))
    return pages


def raster_images(pdf: Path) -> list[tuple[int, float, float]]:
    """(page, width pt, height pt) of every raster image."""
    tool = require_tool("pdfimages")
    rows = subprocess.run([tool, "-list", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()
    out = []
    for row in rows[2:]:
        f = row.split()
        if len(f) > 13 and f[2] == "image":
            out.append((int(f[0]), int(f[3]) / float(f[12]) * 72, int(f[4]) / float(f[13]) * 72))
    return out


def svg_charts(html: str) -> list[tuple[float, float]]:
    """(width, height) in points of every SVG chart embedded in a report's HTML, as printed: scaled down to
    the content width when wider (`img { max-width: 100% }`)."""
    sizes = []
    for data in re.findall(r'src="data:image/svg\+xml;base64,([^"]+)"', html):
        m = _SVG_SIZE.search(base64.b64decode(data)[:2000])
        if m:
            w, h = float(m.group(1)), float(m.group(2))
            scale = min(1.0, CONTENT_WIDTH_PT / w)
            sizes.append((w * scale, h * scale))
    return sizes


def overlapping_words(words: list[tuple[float, float, float, float, str]], tolerance: float = 1.5) -> list[tuple]:
    """Pairs of words whose boxes overlap (by more than `tolerance` across and a third of a line down): text
    that ran out of its table column into the next. Cells of one row may sit on different baselines, so this
    compares boxes rather than lines."""
    ordered = sorted(words)
    found = []
    for i, (a0, ay0, a1, ay1, at) in enumerate(ordered):
        for b0, by0, b1, by1, bt in ordered[i + 1 :]:
            if b0 >= a1 - tolerance:  # sorted by left edge: no later word starts inside this one
                break
            down = min(ay1, by1) - max(ay0, by0)
            if down > (ay1 - ay0) / 3 and b1 > a0 + tolerance:
                found.append((at, bt))
    return found


def _body(words: list, height: float) -> list:
    """The words of a page's content box: without the running header and the page number in the margins."""
    return [w for w in words if MARGIN_TOP_PT - 1 <= w[1] and w[3] <= height - MARGIN_TOP_PT + 1]


def filled(words: list, height: float) -> float:
    """How far down its content box a page is printed (0 to 1): where its lowest word ends. Charts are vector
    drawings whose labels are words, so a page holding a chart counts as filled down to its axis and legend."""
    body = _body(words, height)
    return max((w[3] for w in body), default=MARGIN_TOP_PT) - MARGIN_TOP_PT if body else 0.0


def last_line_is_a_heading(words: list, height: float) -> str:
    """The text of a page's last line when it is set in a heading's size (a heading left alone at a page foot)."""
    body = _body(words, height)
    if not body:
        return ""
    low = max(w[3] for w in body)
    line = [w for w in body if abs(w[3] - low) < 2]
    return " ".join(w[4] for w in line) if min(w[3] - w[1] for w in line) > HEADING_BOX_PT else ""


def layout_problems(pdf: Path) -> list[str]:
    """Everything a reader of the printed report would see as broken, one line each (empty: none)."""
    problems = []
    pages = pdf_pages(pdf)
    images = raster_images(pdf)
    for i, (w, h, words) in enumerate(pages, start=1):
        outside = [t for x0, y0, x1, y1, t in words if x0 < -0.5 or y0 < -0.5 or x1 > w + 0.5 or y1 > h + 0.5]
        if outside:
            problems.append(f"{pdf.name} p{i}: {len(outside)} words outside the page: {' '.join(outside[:6])}")
        overlaps = overlapping_words(words)
        if overlaps:
            shown = "; ".join(f"{a!r} over {b!r}" for a, b in overlaps[:3])
            problems.append(f"{pdf.name} p{i}: {len(overlaps)} words printed over others: {shown}")
        glued = [t for *_, t in words if GLUED.search(t)]
        if glued:
            problems.append(f"{pdf.name} p{i}: a value run into the next column: {' '.join(glued[:4])}")
        text = "".join(t for *_, t in words)
        has_image = any(p == i for p, _, _ in images)
        if i < len(pages) and len(text) < 150 and not has_image:
            problems.append(f"{pdf.name} p{i}: a near-empty page ({text[:60]!r})")
        elif i < len(pages) and not has_image and filled(words, h) < CONTENT_HEIGHT_PT / 3:
            # a table's last row (or a short note) alone, the rest of the page left blank: what follows (a
            # heading kept with a chart) did not fit under it
            share = filled(words, h) / CONTENT_HEIGHT_PT
            shown = " ".join(w[4] for w in _body(words, h))[:60]
            problems.append(f"{pdf.name} p{i}: a page left {1 - share:.0%} blank ({shown!r})")
        if i == len(pages) > 1 and len("".join(w[4] for w in _body(words, h))) < 150 and not has_image:
            # the run footer (or a caveat's last line) alone on a page of its own
            shown = " ".join(w[4] for w in _body(words, h))[:60]
            problems.append(f"{pdf.name} p{i}: a last page holding only {shown!r}")
        heading = last_line_is_a_heading(words, h) if i < len(pages) else ""
        if heading:
            problems.append(f"{pdf.name} p{i}: a heading alone at the page's foot ({heading!r})")
    for page, iw, ih in images:
        if iw > CONTENT_WIDTH_PT + 1 or ih > CONTENT_HEIGHT_PT + 1:
            problems.append(f"{pdf.name} p{page}: image {iw:.0f}×{ih:.0f} pt larger than the page's content box")
    html = pdf.with_suffix(".html")
    if html.exists():
        for cw, ch in svg_charts(html.read_text(encoding="utf-8")):
            if ch > CONTENT_HEIGHT_PT:
                problems.append(f"{html.name}: chart {cw:.0f}×{ch:.0f} pt taller than a page's content box")
    return problems
