"""What reports say about documents read from PDF, scans and Word files (documents.source_format, ocr_confidence;
facts.page)."""

from __future__ import annotations

import pandas as pd

from analysis import present


def _docs() -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"doc_id": "kon-tum-2009", "province": "Kon Tum", "doc_type": "decision", "truncated": False,
             "issued": "2009-03-17", "period_start": 2009, "period_end": 2010, "source_format": "pdf-ocr", "ocr_confidence": 87.4},
            {"doc_id": "long-an-2016", "province": "Long An", "doc_type": "plan", "truncated": False,
             "issued": "2016-12-05", "period_start": 2016, "period_end": 2020, "source_format": "text", "ocr_confidence": None},
        ]
    )  # fmt: skip


def test_a_scan_read_by_ocr_is_a_caveat_with_its_confidence():
    html = present.caveats(_docs(), "en", as_html=True)
    assert "Kon Tum (kon-tum-2009) was read by OCR from a scan (mean word confidence 87/100)" in html
    assert "Long An (long-an-2016) was read by OCR" not in html
    assert "OCR" in present.caveats(_docs(), "vi", as_html=True)


def test_a_quote_from_a_pdf_says_its_page():
    facts = pd.DataFrame(
        [{"doc_id": "kon-tum-2009", "indicator": "budget_total_mvnd", "dimension": "budget", "kind": "target",
          "scope": "all", "year": 2010, "value": 15945.0, "low": None, "high": None, "qualifier": None,
          "unit": "million_vnd", "quote": "15 tỷ 945 triệu đồng", "char_start": 7116, "char_end": 7174, "page": 3}]
    )  # fmt: skip
    html = present.quote_table(facts, _docs(), "en", as_html=True)
    assert "7116–7174 · p. 3" in html
    assert "scanned PDF (OCR)" in present.document_table(_docs(), facts, "en", as_html=True)
    assert "· p." not in present.quote_table(facts.drop(columns="page"), _docs(), "en", as_html=True)


def test_a_scan_saved_as_an_image_is_named_so_in_both_languages():
    docs = _docs().assign(source_format=["image-ocr", "text"])
    facts = pd.DataFrame(
        [{"doc_id": "kon-tum-2009", "indicator": "budget_total_mvnd", "dimension": "budget", "kind": "target",
          "scope": "all", "year": 2010, "value": 15945.0, "low": None, "high": None, "qualifier": None,
          "unit": "million_vnd", "quote": "15 tỷ 945 triệu đồng", "char_start": 7116, "char_end": 7174, "page": 1}]
    )  # fmt: skip
    assert "scanned image (OCR)" in present.document_table(docs, facts, "en", as_html=True)
    assert "ảnh scan (OCR)" in present.document_table(docs, facts, "vi", as_html=True)
    assert "read by OCR from a scan" in present.caveats(docs, "en", as_html=True)
