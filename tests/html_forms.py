"""What a browser without JavaScript sends when a reader submits a form as it is rendered."""

from bs4 import BeautifulSoup


def submitted_fields(html, selector):
    """The (action, [(name, value)]) that submitting the form matching `selector` sends
    with every field left as rendered: text and hidden inputs with their value, each
    select with its selected option (else its first), checked boxes only."""
    form = BeautifulSoup(html, "html.parser").select_one(selector)
    assert form is not None, f"no form matches {selector!r}"
    pairs = []
    for field in form.select("input[name], select[name], textarea[name]"):
        if field.has_attr("disabled"):
            continue
        name = field["name"]
        if field.name == "select":
            options = field.find_all("option")
            chosen = [o for o in options if o.has_attr("selected")] or options[:1]
            pairs += [(name, o.get("value", o.get_text())) for o in chosen]
        elif field.name == "textarea":
            pairs.append((name, field.get_text()))
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                pairs.append((name, field.get("value", "on")))
        elif field.get("type") not in ("submit", "button", "image", "reset", "file"):
            pairs.append((name, field.get("value", "")))
    return form.get("action", ""), pairs
