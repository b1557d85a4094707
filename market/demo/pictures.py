"""Pictures for the demo marketplace, drawn with Pillow so that pages show images offline."""

from __future__ import annotations

import colorsys
import random

from PIL import Image, ImageDraw, ImageFont

SIZE = 1024


def _rgb(hue: int, saturation: float, lightness: float) -> tuple[int, int, int]:
    r, g, b = colorsys.hls_to_rgb(hue / 360, lightness, saturation)
    return int(r * 255), int(g * 255), int(b * 255)


def _hex_to_rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))


def _background(top, bottom) -> Image.Image:
    gradient = Image.linear_gradient("L").resize((SIZE, SIZE))
    return Image.composite(Image.new("RGB", (SIZE, SIZE), bottom), Image.new("RGB", (SIZE, SIZE), top), gradient)


def product_picture(hue: int, shape: str, seed: int) -> Image.Image:
    rnd = random.Random(seed)
    image = _background(_rgb((hue + 25) % 360, 0.35, 0.93), _rgb((hue + 10) % 360, 0.3, 0.78))
    draw = ImageDraw.Draw(image)
    main = _rgb(hue, 0.55 + rnd.random() * 0.3, 0.35 + rnd.random() * 0.2)
    dark = _rgb(hue, 0.5, 0.22)
    light = _rgb((hue + 40) % 360, 0.5, 0.85)
    c = SIZE // 2
    draw.ellipse((c - 330, 820, c + 330, 900), fill=_rgb(hue, 0.2, 0.65))  # shadow
    if shape == "bottle":
        draw.rounded_rectangle((c - 150, 380, c + 150, 860), 60, fill=main)
        draw.rectangle((c - 55, 220, c + 55, 400), fill=main)
        draw.rounded_rectangle((c - 70, 170, c + 70, 240), 18, fill=dark)
        draw.rounded_rectangle((c - 110, 520, c + 110, 720), 20, fill=light)
    elif shape == "jar":
        draw.rounded_rectangle((c - 230, 360, c + 230, 860), 90, fill=main)
        draw.rounded_rectangle((c - 200, 270, c + 200, 370), 25, fill=dark)
        draw.rounded_rectangle((c - 160, 500, c + 160, 700), 24, fill=light)
    elif shape == "sack":
        draw.polygon([(c - 260, 860), (c - 200, 330), (c + 200, 330), (c + 260, 860)], fill=main)
        draw.polygon([(c - 200, 330), (c - 120, 230), (c + 120, 230), (c + 200, 330)], fill=dark)
        draw.rectangle((c - 150, 540, c + 150, 700), fill=light)
    elif shape == "box":
        draw.rectangle((c - 260, 420, c + 260, 860), fill=main)
        draw.polygon([(c - 260, 420), (c - 180, 320), (c + 340, 320), (c + 260, 420)], fill=dark)
        draw.rectangle((c - 200, 540, c + 200, 740), fill=light)
    elif shape == "rug":
        draw.rectangle((c - 300, 200, c + 300, 860), fill=light)
        for row in range(5):
            y = 250 + row * 120
            draw.polygon([(c, y), (c + 110, y + 60), (c, y + 120), (c - 110, y + 60)], outline=main, width=18)
        draw.rectangle((c - 300, 200, c + 300, 860), outline=main, width=30)
    elif shape == "bowl":
        draw.chord((c - 330, 330, c + 330, 900), 0, 180, fill=main)
        draw.ellipse((c - 330, 560, c + 330, 660), fill=dark)
        for i in range(6):
            x = c - 250 + i * 100
            draw.ellipse((x - 22, 700, x + 22, 744), fill=light)
    elif shape == "bag":
        draw.rounded_rectangle((c - 260, 420, c + 260, 860), 50, fill=main)
        draw.arc((c - 160, 240, c + 160, 560), 180, 360, fill=dark, width=36)
        draw.rectangle((c - 260, 560, c + 260, 600), fill=dark)
    else:  # block
        draw.rounded_rectangle((c - 240, 440, c + 240, 800), 40, fill=main)
        draw.rounded_rectangle((c - 180, 520, c + 180, 720), 20, outline=light, width=16)
    return image


def logo_picture(brand_colour: str, initial: str) -> Image.Image:
    image = Image.new("RGB", (SIZE // 2, SIZE // 2), "#ffffff")
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, SIZE // 2 - 8, SIZE // 2 - 8), fill=_hex_to_rgb(brand_colour))
    font = ImageFont.load_default(size=260)
    luminance = sum(v * w for v, w in zip(_hex_to_rgb(brand_colour), (0.2126, 0.7152, 0.0722), strict=True))
    draw.text(
        (SIZE // 4, SIZE // 4),
        initial.upper(),
        fill="#1d1d1b" if luminance > 150 else "#ffffff",
        font=font,
        anchor="mm",
    )
    return image


def banner_picture(brand_colour: str, seed: int) -> Image.Image:
    rnd = random.Random(seed)
    base = _hex_to_rgb(brand_colour)
    lighter = tuple(min(255, int(v + (255 - v) * 0.35)) for v in base)
    image = Image.new("RGB", (SIZE, 300), base)
    draw = ImageDraw.Draw(image)
    step = 60 + rnd.randrange(0, 30)
    for x in range(-step, SIZE + step, step):
        for y in range(-step, 300 + step, step):
            draw.polygon([(x, y - step // 3), (x + step // 3, y), (x, y + step // 3), (x - step // 3, y)], fill=lighter)
    return image
