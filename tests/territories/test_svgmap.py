import xml.etree.ElementTree as ET

import pytest
from django.template import Context, Template

from territories import svgmap

SVG = "{http://www.w3.org/2000/svg}"


def parse(svg):
    return ET.fromstring(str(svg))


def links(root):
    return root.findall(f"{SVG}a")


def test_layout_has_the_101_departements_and_is_built_once():
    names = svgmap.departement_names()
    assert len(names) == 101
    assert {"2A", "2B", "971", "972", "973", "974", "976", "01", "95"} <= set(names)
    assert svgmap.layout() is svgmap.layout()  # cached, never re-read per request


def test_every_path_lies_inside_the_view_box():
    geometry = svgmap.layout()
    for inset in geometry.insets:
        assert inset.y + inset.height <= geometry.height
    root = parse(svgmap.render_departement_svg({}, title="Empty"))
    assert root.get("viewBox") == f"0 0 {geometry.width} {geometry.height}"


def test_svg_is_valid_xml_with_title_desc_and_one_link_per_departement():
    values = {"69": 12, "2A": 1, "974": 3}
    svg = svgmap.render_departement_svg(
        values, lambda code: f"/fr/annuaire/?departement={code}", title="Structures"
    )
    root = parse(svg)
    assert root.get("role") == "group"
    assert root.find(f"{SVG}title").text == "Structures"
    assert root.find(f"{SVG}desc").text
    focusable = [a for a in links(root) if a.get("tabindex") != "-1"]
    assert len(focusable) == 101
    by_code = {a.get("data-code"): a for a in focusable}
    assert by_code["2A"].get("href") == "/fr/annuaire/?departement=2A"
    assert by_code["69"].get("aria-label") == "Rhône (69): 12"
    assert by_code["69"].find(f"{SVG}title").text == "Rhône (69): 12"
    assert by_code["01"].get("aria-label") == "Ain (01): 0"


def test_paris_inset_repeats_links_hidden_from_assistive_technologies():
    root = parse(svgmap.render_departement_svg({}, "/x/{code}", title="Map"))
    hidden = [a for a in links(root) if a.get("tabindex") == "-1"]
    assert sorted(a.get("data-code") for a in hidden) == ["75", "92", "93", "94"]
    assert all(a.get("aria-hidden") == "true" for a in hidden)


def test_link_spec_may_be_a_mapping_or_none():
    root = parse(svgmap.render_departement_svg({}, {"13": "/marseille/"}, title="Map"))
    assert [a.get("href") for a in links(root)] == ["/marseille/"]
    no_links = parse(svgmap.render_departement_svg({"13": 2}, None, title="Map"))
    assert links(no_links) == []
    labelled = no_links.findall(f"{SVG}g[@role='img']")
    assert len(labelled) == 101


def test_text_is_escaped():
    svg = svgmap.render_departement_svg(
        {}, lambda code: '/?a=1&b="x"', title="<script>alert(1)</script>"
    )
    root = parse(svg)  # would raise on a raw & or <
    assert root.find(f"{SVG}title").text == "<script>alert(1)</script>"


@pytest.mark.parametrize("maximum", [1, 2, 3, 7, 30, 1000])
def test_colours_grow_with_the_value(maximum):
    classes = svgmap.colour_classes(maximum)
    assert classes[0].fill == svgmap.ZERO_FILL
    assert classes[-1].high == maximum
    assert classes[-1].fill == svgmap.SCALE_FILLS[-1]  # the largest value is the darkest
    order = [svgmap.ZERO_FILL, *svgmap.SCALE_FILLS]
    ranks = [order.index(svgmap.fill_for(v, classes)) for v in range(maximum + 1)]
    assert ranks == sorted(ranks)
    assert ranks[0] == 0 and all(rank > 0 for rank in ranks[1:])
    # Classes tile 0…maximum without gaps or overlaps.
    covered = [v for c in classes for v in range(c.low, c.high + 1)]
    assert covered == list(range(maximum + 1))


def test_equal_intervals_make_colour_proportional():
    classes = svgmap.colour_classes(100)
    assert [c.label for c in classes] == ["0", "1–20", "21–40", "41–60", "61–80", "81–100"]


def test_fills_in_the_svg_follow_the_values():
    svg = svgmap.render_departement_svg({"33": 100, "29": 10, "2B": 55}, "/{code}", title="M")
    root = parse(svg)
    fills = {a.get("data-code"): a.find(f"{SVG}path").get("fill") for a in links(root)}
    assert fills["33"] == svgmap.SCALE_FILLS[-1]
    assert fills["29"] == svgmap.SCALE_FILLS[0]
    assert fills["2B"] == svgmap.SCALE_FILLS[2]
    assert fills["01"] == svgmap.ZERO_FILL


def test_figure_has_legend_and_table_alternative():
    html = svgmap.render_departement_map(
        {"2A": 4}, "/fr/annuaire/?departement={code}", title="Structures", legend_label="Nombre"
    )
    assert "<figcaption" in html and "<details" in html
    table = html[html.index("<table") : html.index("</table>") + len("</table>")]
    root = ET.fromstring(table)
    rows = root.findall("./tbody/tr")
    assert len(rows) == 101
    corse = next(r for r in rows if r.find("td").text == "2A")
    assert corse.find("th").get("scope") == "row"
    assert corse.find("th/a").get("href") == "/fr/annuaire/?departement=2A"
    assert corse.findall("td")[1].text == "4"
    assert [th.get("scope") for th in root.findall("./thead/tr/th")] == ["col"] * 3


def test_table_can_be_left_out():
    html = svgmap.render_departement_map({}, None, title="T", legend_label="L", with_table=False)
    assert "<table" not in html


def test_template_tag_renders_the_map():
    template = Template(
        "{% load territories_tags %}"
        "{% departement_map values '/fr/annuaire/?departement={code}' title='Carte' "
        "legend_label='structures' id_prefix='m1' %}"
    )
    html = template.render(Context({"values": {"974": 2}}))
    assert 'id="m1-title"' in html
    assert 'href="/fr/annuaire/?departement=974"' in html
