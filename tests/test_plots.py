"""Charts: what they write on the figure (read from the matplotlib artists, not from pixels)."""

from __future__ import annotations

import base64

import matplotlib.pyplot as plt
import pandas as pd
from test_compare import docs, facts  # the small fact tables of the comparison tests

from analysis import compare, plots, present


def _texts(fig) -> list[str]:
    return [t.get_text() for ax in fig.axes for t in ax.texts]


def test_stacked_counts_labels_the_stated_parts_never_their_sum():
    table = pd.DataFrame(
        [
            {"label": "Thái Bình", "post": 1, "uni": 41, "college": 24, "voc": 14},
            {"label": "Kon Tum", "post": None, "uni": 12, "college": None, "voc": 3},
        ]
    )
    fig = plots.stacked_counts(
        table, {"post": "Postgraduate", "uni": "University", "college": "College", "voc": "Vocational"},
        label_col="label", title="IT staff", xlabel="people",
    )  # fmt: skip
    texts = [t.strip() for t in _texts(fig)]
    assert texts == ["1 · 41 · 24 · 14", "– · 12 · – · 3"]  # a part not stated is a dash, not 0
    assert not any(t in ("80", "15") for t in texts)  # no derived totals
    plt.close(fig)


def _other_marks(fig) -> list:
    """The other provinces' marks of a strip figure, each a ((x0, y0), (x1, y1)) segment of its one path."""
    (others,) = [p for p in fig.axes[0].patches if p.get_gid() == "others"]
    vertices = others.get_path().vertices
    return [(tuple(vertices[i]), tuple(vertices[i + 1])) for i in range(0, len(vertices), 2)]


def test_standing_strips_one_strip_per_comparison_with_the_province_labelled():
    points = compare.standing_points(facts(), docs(), "Thái Bình")
    fig = plots.standing_strips(
        points, province="Thái Bình", panel_titles=["Budget", "Level 3"], unit_labels=["million VND", "count"],
        percent=[False, False], lang="vi",
    )  # fmt: skip
    texts = _texts(fig)
    # each strip's title names its unit and its scale (from 0 to the largest value, in the reader's notation)
    assert [t for t in texts if t.startswith(("Budget", "Level"))] == [
        "Budget (million VND; 0–15.945)",
        "Level 3 (count; 0–12)",
    ]
    assert "Thái Bình 14.250 (2014)" in texts and "Thái Bình 12 (2014)" in texts  # Vietnamese numbers
    assert not any(t.startswith("Kon Tum") for t in texts)  # the others are ticks; the table names them
    dots = [c for c in fig.axes[0].collections if not hasattr(c, "get_segments")]
    assert sum(len(c.get_offsets()) for c in dots) == 2  # the profiled province: a dot on each strip
    assert len(_other_marks(fig)) == 2  # the other province: a tick on each strip, all in one path
    plt.close(fig)


def test_percentages_are_drawn_on_a_0_to_100_scale():
    points = compare.standing_points(facts(), docs(), "Ninh Thuận")
    fig = plots.standing_strips(
        points, province="Ninh Thuận", panel_titles=["Computers"], unit_labels=["%"], percent=[True]
    )
    assert "Computers (%; 0–100)" in _texts(fig)  # the scale, named in the strip's title
    dots = [c for c in fig.axes[0].collections if not hasattr(c, "get_segments")]
    xs = [x for c in dots for x, _ in c.get_offsets()] + [x0 for (x0, _), _ in _other_marks(fig)]
    assert 0.79 < max(xs) < 0.81  # Ninh Thuận's 80% drawn at 0.8 of the 0–100 line
    plt.close(fig)


def test_standing_figures_have_alt_text_and_split_long_lists():
    points = compare.standing_points(facts(), docs(), "Thái Bình")
    figures = present.standing_figures(points, "Thái Bình", "en", per_figure=1)
    assert len(figures) == 2
    assert all('alt="Chart: where Thái Bình stands' in f and "data:image/svg+xml;base64," in f for f in figures)
    assert present.standing_figures(points.iloc[0:0], "Thái Bình") == []


def test_standing_table_writes_the_others_values_in_the_readers_notation():
    ranked = compare.standing(facts(), docs(), "Thái Bình")
    html_vi = present.standing_table(ranked, "vi", as_html=True)
    html_en = present.standing_table(ranked, "en", as_html=True)
    assert "Kon Tum 15.945 (2010)" in html_vi and "Kon Tum 15,945 (2010)" in html_en


def test_a_range_is_drawn_and_labelled_as_a_range_never_as_its_midpoint():
    points = compare.standing_points(facts(), docs(), "Kon Tum")
    points = points[points["indicator"] == "computers_per_staff_pct"]
    fig = plots.standing_strips(
        points, province="Kon Tum", panel_titles=["Computers"], unit_labels=["%"], percent=[True]
    )
    texts = _texts(fig)
    assert "Kon Tum 60–70 (2010)" in texts
    assert not any("65" in t for t in texts)
    ax = fig.axes[0]
    bars = [c for c in ax.collections if hasattr(c, "get_segments")]
    # a bar from 60 to 70 on the 0–100 scale (drawn from 0 to 1)
    assert [tuple(seg[:, 0]) for c in bars for seg in c.get_segments()] == [(0.6, 0.7)]
    plt.close(fig)


def test_baseline_target_bars_label_a_range_as_stated_and_a_gap_as_missing():
    table = compare.indicator_comparison(docs(), facts(), ["computers_per_staff_pct"], scopes=("province",))
    fig = plots.baseline_target_bars(
        table, label_col="province", title="Computers", xlabel="%", baseline_label="baseline",
        target_label="target", missing_label="not stated", lang="vi",
    )  # fmt: skip
    texts = _texts(fig)
    assert "60–70 (2010)" in texts and "80 (2016)" in texts
    assert not any(t.startswith("65") for t in texts)  # the midpoint is never written
    assert texts.count("not stated") == 4  # no baselines at all, no target for Thái Bình: said, not drawn as 0
    plt.close(fig)


def test_a_long_standing_row_names_the_nearest_provinces_and_counts_the_rest():
    others = [{"province": f"P{i:02d}", "value": float(i), "low": None, "high": None, "year": 2020} for i in range(20)]
    row = pd.Series({"value": 9.5, "low": None, "high": None, "others_values": others})
    text = present._others(row, "en")
    assert text.startswith("P11 11 (2020); P10 10 (2020); P09 9 (2020); P08 8 (2020)")
    assert "and 16 more" in text and "P12" not in text and "P07" not in text
    few = pd.Series({"value": 1.0, "low": None, "high": None, "others_values": others[:3]})
    assert present._others(few, "en") == "P00 0 (2020); P01 1 (2020); P02 2 (2020)"


def test_a_strip_figure_stays_compact_at_63_provinces():
    # 28 comparisons of 63 provinces each: one figure of 28 strips, no label but the profiled province's, and
    # no label printed over another.
    rows = []
    for k in range(28):
        for i in range(63):
            rows.append({"indicator": f"i{k}", "kind": "target", "scope": "all", "province": f"P{i:02d}",
                         "value": float(i), "low": None, "high": None, "year": 2020, "quote": "q",
                         "is_self": i == 30})  # fmt: skip
    fig = plots.standing_strips(
        pd.DataFrame(rows), province="P30", panel_titles=[f"Indicator {k}" for k in range(28)],
        unit_labels=["%"] * 28, percent=[True] * 28, lang="vi",
    )  # fmt: skip
    assert fig.get_size_inches()[1] <= 28 * plots.STRIP_INCHES + 0.2
    texts = _texts(fig)
    assert len(texts) == 28 * 2 and texts.count("P30 30 (2020)") == 28
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in fig.axes[0].texts]
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    plt.close(fig)


def test_a_strip_figure_draws_as_many_svg_elements_at_63_provinces_as_at_5():
    # WeasyPrint's time for a profile's PDF went mostly to one SVG element per province and strip; the other
    # provinces' marks are one path, so the PDF of a 63-province profile costs what a 5-province one does.
    def svg_elements(n_provinces: int) -> int:
        rows = [{"indicator": f"i{k}", "kind": "target", "scope": "all", "province": f"P{i:02d}",
                 "value": float(i), "low": None, "high": None, "year": 2020, "quote": "q", "is_self": i == 2}
                for k in range(8) for i in range(n_provinces)]  # fmt: skip
        fig = plots.standing_strips(
            pd.DataFrame(rows), province="P02", panel_titles=[f"Indicator {k}" for k in range(8)],
            unit_labels=["%"] * 8, percent=[True] * 8,
        )  # fmt: skip
        svg = present.figure(fig, "alt", as_html=True, crop=False)
        markup = base64.b64decode(svg.split("base64,")[1].split('"')[0]).decode()
        return sum(markup.count(tag) for tag in ("<path", "<use", "<text", "<g "))

    assert svg_elements(63) == svg_elements(5)


def test_every_word_of_a_framed_chart_is_inside_the_figure():
    # The one-axes charts place their frame from measured labels (no constrained layout): the longest province
    # name, the title, the axis label, the legend and the last tick label (`2022`, `175,000`) all stay inside.
    names = ["Bà Rịa - Vũng Tàu", "Thừa Thiên Huế", "Hồ Chí Minh", "An Giang"] * 4
    timeline = pd.DataFrame({"province": names, "period_start": [2009, 2014, 2016, 2016] * 4,
                             "period_end": [2010, 2015, 2020, 2021] * 4, "issued": ["2016-06-01"] * 16})  # fmt: skip
    table = pd.DataFrame({"province": names, "baseline": [175000.0, None, 12.0, 3.0] * 4, "target": [1.0] * 16,
                          "baseline_year": [2017] * 16, "target_year": [2020] * 16})  # fmt: skip
    figures = [
        plots.plan_timeline(timeline, title="Plan periods", issued_label="issued", unknown_label="not stated"),
        plots.baseline_target_bars(
            table,
            label_col="province",
            title="Level-3 online public services",
            xlabel="services",
            baseline_label="baseline (year)",
            target_label="target (year)",
            missing_label="not stated",
        ),
    ]
    for fig in figures:
        fig.canvas.draw()
        drawn = fig.get_tightbbox(fig.canvas.get_renderer())  # inches: every artist drawn, tick labels included
        width, height = fig.get_size_inches()
        assert drawn.x0 >= -0.01 and drawn.y0 >= -0.01, drawn
        assert drawn.x1 <= width + 0.01 and drawn.y1 <= height + 0.01, drawn
        plt.close(fig)
