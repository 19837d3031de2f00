"""Demo images and PDF documents, drawn locally with Pillow: nothing is downloaded.

Each illustration is an abstract composition drawn from a key, so the same key always
gives the same picture. Images and documents are described in demo/content/media/ and
found again by title, so loading the demo twice creates each of them once.
"""

import io
import random

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.documents.models import Document
from wagtail.images.models import Image

# Avise-like colours: deep blue, teal, warm yellow, coral, soft green, light background.
PALETTE = ["#1f3a93", "#138086", "#f2b134", "#e4572e", "#5fa777", "#8e6bbf"]
BACKGROUNDS = ["#f4f1ea", "#eaf2f4", "#f6ede6", "#eef3ea"]


def _png(picture):
    buffer = io.BytesIO()
    picture.save(buffer, "PNG", optimize=False)
    return buffer


def draw_abstract(key, size=(1200, 675)):
    """Overlapping translucent circles and bands, the same for the same key."""
    rng = random.Random(key)
    width, height = size
    picture = PILImage.new("RGB", size, rng.choice(BACKGROUNDS))
    layer = PILImage.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    colours = rng.sample(PALETTE, 4)
    for index in range(7):
        colour = colours[index % len(colours)]
        alpha = rng.randint(110, 200)
        fill = PILImage.new("RGB", (1, 1), colour).getpixel((0, 0)) + (alpha,)
        x, y = rng.randint(0, width), rng.randint(0, height)
        if index % 3 == 2:
            draw.rectangle([x - width // 2, y - 40, x + width // 2, y + 40], fill=fill)
        else:
            radius = rng.randint(height // 6, height // 2)
            draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=fill)
    picture.paste(layer, (0, 0), layer)
    return picture


def _font(size):
    """A system font with accented letters if there is one; Pillow's own font (whose
    accented letters are missing) otherwise."""
    for name in ("DejaVuSans.ttf", "LiberationSans-Regular.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def _wrap(text, font, width, draw):
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if draw.textlength(candidate, font=font) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    return [*lines, line] if line else lines


def draw_cover(key, title, subtitle, size=(800, 1100)):
    """A portrait cover: an abstract band at the top, the title written below it."""
    width, height = size
    picture = PILImage.new("RGB", size, "#ffffff")
    picture.paste(draw_abstract(key, (width, height // 2)), (0, 0))
    draw = ImageDraw.Draw(picture)
    title_font = _font(44)
    small_font = _font(26)
    y = height // 2 + 50
    for line in _wrap(title, title_font, width - 120, draw):
        draw.text((60, y), line, fill="#1a1a1a", font=title_font)
        y += 56
    draw.text((60, height - 90), subtitle, fill="#444444", font=small_font)
    return picture


def demo_image(name, spec):
    """The Wagtail image titled `spec["title"]`, drawn if it does not exist yet.

    The picture is drawn from `spec["drawing"]` (`name` by default); a `cover` has its
    title and subtitle written under the drawing, as on a study's cover."""
    image = Image.objects.filter(title=spec["title"]).first()
    if image is None:
        key = spec.get("drawing", name)
        if "cover" in spec:
            picture = draw_cover(key, spec["cover"]["title"], spec["cover"]["subtitle"])
            file_name = f"demo-{key}-cover.png"
        else:
            picture, file_name = draw_abstract(key), f"demo-{key}.png"
        image = Image(title=spec["title"])
        image.file = ImageFile(_png(picture), name=file_name)
        image.save()
    return image


def demo_document(name, spec):
    """The Wagtail document titled `spec["title"]`: a one-page PDF, a cover with
    `spec["lines"]` written on it (the first as its title, the last at the bottom)."""
    document = Document.objects.filter(title=spec["title"]).first()
    if document is None:
        lines = spec["lines"]
        page = draw_cover(name, lines[0], lines[-1], size=(1240, 1754))
        draw = ImageDraw.Draw(page)
        font = _font(34)
        y = 1300
        for line in lines[1:-1]:
            for wrapped in _wrap(line, font, 1120, draw):
                draw.text((60, y), wrapped, fill="#333333", font=font)
                y += 46
        buffer = io.BytesIO()
        page.save(buffer, "PDF", resolution=150.0, title=spec["title"])
        document = Document(title=spec["title"])
        document.file = ContentFile(buffer.getvalue(), name=f"demo-{name}.pdf")
        document.save()
    return document
