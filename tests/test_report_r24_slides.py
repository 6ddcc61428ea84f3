"""Reports name a slide's number as a slide, not a page (issue #11, round 24)."""

from __future__ import annotations

import pandas as pd

from analysis import compare, present


def _docs() -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"doc_id": "dien-bien-2021", "province": "Điện Biên", "doc_type": "report", "truncated": False,
             "issued": "2021-11-02", "period_start": 2021, "period_end": 2021, "source_format": "pptx"},
            {"doc_id": "son-la-2020", "province": "Sơn La", "doc_type": "report", "truncated": False,
             "issued": "2020-12-10", "period_start": 2020, "period_end": 2020, "source_format": "pdf"},
        ]
    )  # fmt: skip


def test_a_quote_from_slides_says_its_slide_not_its_page():
    # (round 24: a slide's number is its page's in the text, but `p. 4` sent a reader of a .pptx looking for pages)
    docs = _docs()
    facts = pd.DataFrame(
        [{"doc_id": doc, "indicator": "online_services_level4_count", "dimension": "services", "kind": "baseline",
          "scope": "all", "year": 2020, "value": 120.0, "low": None, "high": None, "qualifier": None,
          "unit": "count", "quote": "120 dịch vụ mức độ 4", "char_start": 300, "char_end": 320, "page": 4}
         for doc in ("dien-bien-2021", "son-la-2020")]
    )  # fmt: skip
    html = present.quote_table(facts, docs, "en", as_html=True)
    assert html.count("300–320 · slide 4") == 1 and html.count("300–320 · p. 4") == 1
    assert "300–320 · trang chiếu 4" in present.quote_table(facts, docs, "vi", as_html=True)
    table = compare.indicator_comparison(docs, facts, ["online_services_level4_count"])
    html = present.comparison_table(table, "en", as_html=True)
    assert html.count("· slide 4") == 1 and html.count("· p. 4") == 1
    # (tables made without the format keep `p.`)
    assert "· p. 4" in present.quote_table(facts, docs.drop(columns="source_format"), "en", as_html=True)
