import xml.etree.ElementTree as ET
from types import SimpleNamespace

import pytest
from django.template import Context, Template
from django.utils import translation

from network.charts import figure_charts, render_bar_chart

SVG = "{http://www.w3.org/2000/svg}"


def test_bar_chart_is_an_image_with_title_and_a_description_of_every_value():
    with translation.override("en"):
        svg = render_bar_chart([("2021", 100), ("2022", 50)], title="Members", id_prefix="m")
    root = ET.fromstring(str(svg))
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "m-title m-desc"
    assert root.find(f"{SVG}title").text == "Members"
    assert root.find(f"{SVG}desc").text == "2021: 100; 2022: 50"


def test_bar_heights_are_proportional_to_the_values():
    svg = render_bar_chart([("a", 100), ("b", 50), ("c", 0)], title="T", id_prefix="t")
    heights = [float(r.get("height")) for r in ET.fromstring(str(svg)).findall(f"{SVG}rect")]
    assert heights[0] == pytest.approx(2 * heights[1], rel=0.01)
    assert heights[2] == 0


def test_values_are_written_as_text_and_missing_ones_are_not_zero():
    with translation.override("fr"):
        svg = render_bar_chart([("2021", 1299), ("2022", None)], title="T", id_prefix="t")
    root = ET.fromstring(str(svg))
    texts = [t.text for t in root.findall(f"{SVG}text")]
    assert "1\u202f299" in texts or "1\xa0299" in texts or "1 299" in texts
    assert "–" in texts
    assert len(root.findall(f"{SVG}rect")) == 1
    assert "2022: " in root.find(f"{SVG}desc").text


def test_titles_are_escaped():
    svg = render_bar_chart([("<b>", 1)], title="<script>", id_prefix="x")
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    ET.fromstring(str(svg))


def figures(year, members=None, sessions=None, studies=None, created=None):
    return SimpleNamespace(
        year=year,
        members=members,
        creativity_sessions=sessions,
        opportunity_studies=studies,
        activities_created=created,
    )


def test_figure_charts_skip_measures_without_any_figure_and_keep_every_row():
    result = figure_charts([figures(2021, members=28), figures(2022, 30, 299, 109, 47)])
    assert len(result["charts"]) == 4
    assert [row["year"] for row in result["rows"]] == [2021, 2022]
    assert result["rows"][0]["values"] == ["28", "–", "–", "–"]
    only_members = figure_charts([figures(2022, members=30)])
    assert [str(c["title"]) for c in only_members["charts"]] == ["Member structures"]


@pytest.mark.django_db
def test_network_figures_tag_renders_charts_and_an_accessible_table(locales):
    from network.models import Network, NetworkFigures

    network = Network.objects.create(
        name="Fabrique à initiatives", slug="fabrique", locale=locales["fr"]
    )
    NetworkFigures.objects.create(
        network=network,
        year=2022,
        members=30,
        creativity_sessions=299,
        opportunity_studies=109,
        activities_created=47,
    )
    with translation.override("en"):
        html = Template("{% load network_charts %}{% network_figures network %}").render(
            Context({"network": network})
        )
    assert html.count('role="img"') == 4
    assert '<th scope="row">2022</th>' in html
    assert "<caption>Fabrique à initiatives: figures by year</caption>" in html
    assert ">299<" in html and ">47<" in html


@pytest.mark.django_db
def test_network_without_figures_renders_nothing(locales):
    from network.models import Network

    network = Network.objects.create(name="Vide", slug="vide", locale=locales["fr"])
    html = Template("{% load network_charts %}{% network_figures network %}").render(
        Context({"network": network})
    )
    assert html.strip() == ""
