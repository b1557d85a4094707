"""Search benchmark: index build rate, query and suggestion latency, index size, on a large multilingual
catalogue, with SQLite FTS5 run on the same data in the same process as a yardstick.

Method
------
1. A fresh SQLite database and search index in a temporary directory; the project's migrations (which
   seed the 12 regions, 12 categories and 6 label types); then N products and N/50 cooperatives are
   bulk-inserted with SQLAlchemy Core (not the ORM: ORM commits would index every row as it is written,
   through market/search/sync.py). Names and descriptions in Arabic, French and English come from a
   vocabulary of Moroccan cooperative products over the 12 categories, with qualifiers, generated
   brand words, the cooperative's city, units and sizes; ~30% of products have 2-3 variants; ~30% of
   cooperatives hold verified cooperative-wide label claims (BIO, IGP, ONSSA...), a few expired or
   pending; ~40% are women-led; a few products are unpublished or blocked and a few cooperatives not
   approved (neither engine indexes those). The RNG is seeded: the same catalogue on every run.
2. Whoosh: ``get_index(app).rebuild()`` is timed (documents per second, reading the database included);
   the index size is the sum of the index directory's file sizes.
3. FTS5 yardstick: an FTS5 table (``unicode61 remove_diacritics 2``) over the same public products'
   names, descriptions and variant labels, cooperative, city, region and category names, filled by one
   ``INSERT ... SELECT`` (timed the same way); its size is the growth of the database file.
4. Queries: a fixed mix of 30 queries (10 Arabic, 10 French, 10 English: multi-word, a typo per language,
   a phrase in quotes, a cooperative's city), each run without filters and with its own facet filters
   (category, region, label, price range, women-led, in stock, alone or combined). Whoosh runs the real
   ``services.search()`` in a request context, as the /search page does: query parsing and fuzzy
   expansion, matching, counts for all 7 facets (every search counts facets, filtered or not), the
   ranked page of 24 and loading those 24 products from the database. FTS5 runs the same words as a
   MATCH (OR of the words, phrases required) ordered by bm25 with field weights 3/1.5/1, LIMIT 24, plus
   a ``GROUP BY category`` count on the matches joined to products and cooperatives, with the same
   filters as SQL WHERE clauses in the filtered runs. FTS5 does no stemming, Arabic folding or typo
   tolerance and loads no products: it is the floor of what an embedded engine costs on this machine,
   not an equivalent. A warm-up pass (reported as "cold") precedes ``--repeat`` measured passes; the two
   engines alternate query by query, so noise on the machine hits both.
5. Suggestions: ``services.suggest()`` for 40 prefixes of 2-6 letters (ar/fr/en), as the search box's
   completions; FTS5 answers a prefix query on the name column (LIMIT 32) as a yardstick.

Targets (issue, at 100,000 products on a 2-core machine): search p95 <= 50 ms with facet filters,
suggestions p95 <= 15 ms, rebuild >= 2,000 products/s. Other sizes report the same checks for reference.
A missed target is reported, not fatal (exit 0).

Results: ``benchmarks/results/search-<N>.json`` and ``.md`` for every run; a run at 100,000 products (the
targets' size) also writes ``search.json`` and ``search.md``. ``--profile`` then prints cProfile
summaries of the slowest queries and suggestions and of a slice of the rebuild (stdout only).

Usage: ``.venv/bin/python benchmarks/search.py [--products 20000] [--seed 20261124] [--repeat 5] [--keep]
[--profile]``
"""

from __future__ import annotations

import argparse
import cProfile
import inspect
import io
import json
import os
import platform
import pstats
import random
import re
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from importlib import metadata
from itertools import islice
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python benchmarks/search.py` from anywhere
    sys.path.insert(0, str(ROOT))

from flask import Flask  # noqa: E402
from flask_migrate import upgrade  # noqa: E402
from sqlalchemy import insert, select  # noqa: E402
from werkzeug.datastructures import MultiDict  # noqa: E402

from market import create_app  # noqa: E402
from market.catalog.models import LabelClaim, LabelType, Product, ProductVariant  # noqa: E402
from market.coops.models import Cooperative  # noqa: E402
from market.core.models import Category, Region  # noqa: E402
from market.extensions import db  # noqa: E402
from market.search import analysis, services  # noqa: E402
from market.search.index import get_index  # noqa: E402

RESULTS_DIR = ROOT / "benchmarks" / "results"
TARGET_PRODUCTS = 100_000
SEARCH_P95_TARGET_MS = 50.0
SUGGEST_P95_TARGET_MS = 15.0
REBUILD_TARGET_DOCS_S = 2_000.0
PAGE_SIZE = 24
FTS_WEIGHTS = "3.0, 1.5, 1.0"  # name, place, body: as the Whoosh schema's field boosts

# ----------------------------------------------------------------------------------------- vocabulary

# category slug -> (process sentence ar/fr/en, price range in MAD, [(ar, fr, en, units)])
CATALOGUE: dict[str, tuple[tuple[str, str, str], tuple[int, int], list[tuple[str, str, str, tuple[str, ...]]]]] = {
    "oils": (
        ("معصور على البارد من لوز مكسر يدويا", "Pressée à froid à partir d'amandons concassés à la main",
         "Cold-pressed from hand-cracked kernels"),
        (60, 400),
        [("زيت الأركان", "Huile d'argan", "Argan oil", ("100 ml", "250 ml", "500 ml")),
         ("زيت الأركان الغذائي", "Huile d'argan alimentaire", "Culinary argan oil", ("250 ml", "500 ml", "1 l")),
         ("زيت الزيتون البكر", "Huile d'olive vierge extra", "Extra virgin olive oil", ("500 ml", "1 l", "5 l")),
         ("زيت بذور التين الشوكي", "Huile de pépins de figue de barbarie", "Prickly pear seed oil",
          ("15 ml", "30 ml", "50 ml"))],
    ),
    "honey": (
        ("عسل حر من خلايا تقليدية في الجبل", "Miel pur de ruches traditionnelles de montagne",
         "Pure honey from traditional mountain hives"),
        (80, 600),
        [("عسل الزعتر", "Miel de thym", "Thyme honey", ("250 g", "500 g", "1 kg")),
         ("عسل الدغموس", "Miel d'euphorbe", "Euphorbia honey", ("250 g", "500 g")),
         ("عسل السدر", "Miel de jujubier", "Jujube honey", ("250 g", "500 g", "1 kg")),
         ("عسل زهر البرتقال", "Miel de fleur d'oranger", "Orange blossom honey", ("250 g", "500 g"))],
    ),
    "spices-herbs": (
        ("مجفف في الظل ومنقى يدويا", "Séché à l'ombre et trié à la main", "Shade-dried and hand-sorted"),
        (20, 300),
        [("زعفران تالوين", "Safran de Taliouine", "Taliouine saffron", ("1 g", "2 g", "5 g")),
         ("رأس الحانوت", "Ras el hanout", "Ras el hanout spice blend", ("100 g", "250 g")),
         ("كمون بلدي", "Cumin beldi", "Beldi cumin", ("100 g", "250 g")),
         ("نعناع مجفف", "Menthe séchée", "Dried mint", ("50 g", "100 g")),
         ("زعتر بري", "Thym sauvage", "Wild thyme", ("50 g", "100 g"))],
    ),
    "dates-nuts": (
        ("مختار من واحات الجنوب", "Sélectionnées dans les oasis du sud", "Selected in the southern oases"),
        (40, 250),
        [("تمر المجهول", "Dattes Medjool", "Medjool dates", ("500 g", "1 kg", "5 kg")),
         ("تمر بوفقوس", "Dattes Boufeggous", "Boufeggous dates", ("500 g", "1 kg")),
         ("لوز بلدي", "Amandes beldi", "Beldi almonds", ("250 g", "500 g", "1 kg")),
         ("جوز الأطلس", "Noix de l'Atlas", "Atlas walnuts", ("500 g", "1 kg"))],
    ),
    "cereals-couscous": (
        ("مفتول يدويا ومجفف في الشمس", "Roulé à la main et séché au soleil", "Hand-rolled and sun-dried"),
        (20, 90),
        [("كسكس الشعير", "Couscous d'orge", "Barley couscous", ("1 kg", "2 kg")),
         ("كسكس القمح الكامل", "Couscous de blé complet", "Whole wheat couscous", ("1 kg", "2 kg")),
         ("دقيق الذرة", "Farine de maïs", "Corn flour", ("1 kg", "5 kg")),
         ("بلبولة", "Belboula", "Belboula cracked barley", ("1 kg",))],
    ),
    "preserves-spreads": (
        ("محضر بطريقة تقليدية بدون سكر مضاف", "Préparé de façon traditionnelle sans sucre ajouté",
         "Traditionally made with no added sugar"),
        (30, 150),
        [("أملو باللوز", "Amlou aux amandes", "Almond amlou", ("250 g", "500 g")),
         ("أملو بالكاوكاو", "Amlou aux cacahuètes", "Peanut amlou", ("250 g", "500 g")),
         ("مربى التين", "Confiture de figues", "Fig jam", ("250 g", "400 g")),
         ("مربى البرتقال", "Confiture d'orange", "Orange marmalade", ("250 g", "400 g"))],
    ),
    "dairy": (
        ("من حليب قطعان محلية", "Au lait de troupeaux locaux", "From the milk of local herds"),
        (25, 200),
        [("جبن الماعز", "Fromage de chèvre", "Goat cheese", ("200 g", "500 g")),
         ("زبدة بلدية", "Beurre beldi", "Beldi butter", ("250 g", "500 g")),
         ("سمن", "Smen", "Smen aged butter", ("250 g", "500 g")),
         ("جبن جبلي", "Fromage de montagne", "Mountain cheese", ("250 g", "1 kg"))],
    ),
    "cosmetics": (
        ("طبيعي مئة بالمئة للبشرة والشعر", "100 % naturel pour la peau et les cheveux",
         "100% natural for skin and hair"),
        (20, 250),
        [("ماء الورد", "Eau de rose", "Rose water", ("200 ml", "500 ml")),
         ("صابون بلدي", "Savon noir", "Black soap", ("250 g", "500 g")),
         ("غاسول", "Ghassoul", "Rhassoul clay", ("200 g", "500 g")),
         ("حناء", "Henné", "Henna powder", ("100 g", "250 g"))],
    ),
    "carpets-textiles": (
        ("منسوج يدويا من صوف الغنم", "Tissé à la main en laine de mouton", "Hand-woven from sheep's wool"),
        (400, 9_000),
        [("زربية أمازيغية", "Tapis berbère", "Berber rug", ("1 pièce",)),
         ("حنبل", "Hanbel", "Hanbel kilim", ("1 pièce",)),
         ("وسادة مطرزة", "Coussin brodé", "Embroidered cushion", ("1 pièce", "lot de 2")),
         ("بطانية صوف", "Couverture en laine", "Wool blanket", ("1 pièce",))],
    ),
    "pottery-ceramics": (
        ("مشكل يدويا ومطهو في فرن تقليدي", "Façonné à la main et cuit au four traditionnel",
         "Hand-shaped and fired in a traditional kiln"),
        (50, 700),
        [("طاجين فخاري", "Tajine en terre cuite", "Clay tagine", ("1 pièce",)),
         ("صحن خزفي", "Assiette en céramique", "Ceramic plate", ("1 pièce", "lot de 6")),
         ("إبريق فخاري", "Cruche en terre cuite", "Clay jug", ("1 pièce",)),
         ("زليج", "Zellige", "Zellige tiles", ("1 m²", "lot de 20"))],
    ),
    "leather": (
        ("من جلد مدبوغ بطريقة طبيعية", "En cuir tanné de façon naturelle", "Made of naturally tanned leather"),
        (120, 1_500),
        [("بلغة جلدية", "Babouches en cuir", "Leather slippers", ("1 paire",)),
         ("حقيبة جلدية", "Sac en cuir", "Leather bag", ("1 pièce",)),
         ("محفظة جلدية", "Portefeuille en cuir", "Leather wallet", ("1 pièce",)),
         ("بوف جلدي", "Pouf en cuir", "Leather pouf", ("1 pièce",))],
    ),
    "wood-crafts": (
        ("منحوت يدويا من خشب محلي", "Sculpté à la main dans un bois local", "Hand-carved from local wood"),
        (60, 900),
        [("علبة من خشب العرعار", "Boîte en thuya", "Thuya wood box", ("1 pièce",)),
         ("ملعقة خشبية", "Cuillère en bois", "Wooden spoon", ("1 pièce", "lot de 3")),
         ("لوح تقطيع", "Planche à découper", "Cutting board", ("1 pièce",)),
         ("صينية من خشب الأرز", "Plateau en cèdre", "Cedar wood tray", ("1 pièce",))],
    ),
}  # fmt: skip
QUALIFIERS = [
    ("عضوي", "bio", "organic"),
    ("تقليدي", "traditionnel", "traditional"),
    ("ممتاز", "extra", "premium"),
    ("من الجبل", "de montagne", "mountain"),
    ("بلدي", "beldi", "farmhouse"),
    ("يدوي", "artisanal", "handmade"),
]
GENERIC_SENTENCES = [
    ("من إنتاج {coop_ar} في {city_ar}.", "Produit par la {coop_fr} à {city}.", "Made by {coop_en} in {city}."),
    ("محصول {year}، معبأ بعناية.", "Récolte {year}, conditionné avec soin.", "{year} harvest, carefully packed."),
    ("بدون مواد حافظة أو إضافات.", "Sans conservateur ni additif.", "No preservatives or additives."),
    ("هدية مثالية للعائلة والأصدقاء.", "Idéal à offrir en famille ou entre amis.",
     "A perfect gift for family and friends."),
    ("من عمل نساء التعاونية بأجر عادل.", "Travail des femmes de la coopérative, rémunérées équitablement.",
     "Crafted by the cooperative's women, fairly paid."),
    ("يحفظ في مكان جاف بعيدا عن الشمس.", "À conserver au sec, à l'abri de la lumière.",
     "Keep dry and away from light."),
]  # fmt: skip
COOP_NAMES = [
    ("تيفاوت", "Tifaout"), ("الأمل", "Al Amal"), ("النور", "Nour"), ("تامونت", "Tamount"), ("البركة", "Al Baraka"),
    ("تيغانيمين", "Tighanimine"), ("الصفاء", "Assafa"), ("الوفاء", "Al Wafa"), ("تاركانت", "Targante"),
    ("أفوس", "Afous"), ("إيمي", "Imi"), ("الخير", "Al Khair"), ("تافوكت", "Tafoukt"), ("تويزي", "Tiwizi"),
    ("أجديك", "Ajddigue"), ("تمينوت", "Tamaynoute"), ("الفتح", "Al Fath"), ("النهضة", "Annahda"),
    ("الزهراء", "Azzahra"), ("تاوادا", "Tawada"), ("إغرم", "Ighram"), ("أمالو", "Amalou"), ("تادوارت", "Tadwart"),
    ("الإخلاص", "Al Ikhlass"),
]  # fmt: skip
# region slug (seeded by migration 0001) -> [(city, city_ar)]
CITIES: dict[str, list[tuple[str, str]]] = {
    "tanger-tetouan-al-hoceima": [("Chefchaouen", "شفشاون"), ("Tétouan", "تطوان"), ("Al Hoceïma", "الحسيمة")],
    "oriental": [("Berkane", "بركان"), ("Figuig", "فجيج"), ("Oujda", "وجدة")],
    "fes-meknes": [("Sefrou", "صفرو"), ("Ifrane", "إفران"), ("Meknès", "مكناس")],
    "rabat-sale-kenitra": [("Khémisset", "الخميسات"), ("Sidi Kacem", "سيدي قاسم")],
    "beni-mellal-khenifra": [("Azilal", "أزيلال"), ("Khénifra", "خنيفرة")],
    "casablanca-settat": [("El Jadida", "الجديدة"), ("Settat", "سطات")],
    "marrakech-safi": [("Essaouira", "الصويرة"), ("Chichaoua", "شيشاوة"), ("Safi", "آسفي")],
    "draa-tafilalet": [("Tinghir", "تنغير"), ("Errachidia", "الرشيدية"), ("Zagora", "زاكورة")],
    "souss-massa": [("Taliouine", "تالوين"), ("Tiznit", "تزنيت"), ("Taroudant", "تارودانت"), ("Agadir", "أكادير")],
    "guelmim-oued-noun": [("Guelmim", "كلميم"), ("Sidi Ifni", "سيدي إفني")],
    "laayoune-sakia-el-hamra": [("Laâyoune", "العيون"), ("Tarfaya", "طرفاية")],
    "dakhla-oued-ed-dahab": [("Dakhla", "الداخلة")],
}
LABEL_WEIGHTS = {"BIO": 35, "IGP": 25, "ONSSA": 20, "AOP": 8, "LA": 6, "FAIRTRADE": 6}
SYLLABLES = [("ta", "تا"), ("ma", "ما"), ("za", "زا"), ("ri", "ري"), ("nou", "نو"), ("ga", "گا"), ("fa", "فا"),
             ("ti", "تي"), ("mi", "مي"), ("la", "لا"), ("sa", "سا"), ("da", "دا"), ("ka", "كا"), ("ra", "را"),
             ("na", "نا"), ("ba", "با"), ("si", "سي"), ("li", "لي"), ("zou", "زو"), ("kha", "خا"), ("wa", "وا"),
             ("ya", "يا"), ("tou", "تو"), ("ghi", "غي")]  # fmt: skip
ENDINGS = [("t", "ت"), ("n", "ن"), ("r", "ر"), ("l", "ل"), ("", "")]


@dataclass(frozen=True)
class Query:
    lang: str
    text: str
    filters: dict[str, str]
    note: str = ""


# 10 per language: multi-word queries, one typo each, a phrase in quotes, a cooperative's city.
QUERIES = [
    Query("ar", "زيت أركان", {"category": "oils", "region": "souss-massa"}),
    Query("ar", "عسل الزعتر", {"price": "100-200"}),
    Query("ar", "زعفران تالوين", {"label": "IGP"}),
    Query("ar", "تمر المجهول", {"women": "1"}),
    Query("ar", "كسكس الشعير", {"in_stock": "1", "price": "0-50"}),
    Query("ar", '"ماء الورد"', {"category": "cosmetics"}, "phrase"),
    Query("ar", "زربية أمازيغية صوف", {"price": "500-"}),
    Query("ar", "بلغة جلدية", {"region": "fes-meknes", "women": "1"}),
    Query("ar", "زعفرن", {"category": "spices-herbs"}, "typo"),
    Query("ar", "تزنيت", {"label": "BIO"}, "city"),
    Query("fr", "huile d'argan", {"category": "oils", "women": "1"}),
    Query("fr", "miel de thym bio", {"price": "100-200", "label": "BIO"}),
    Query("fr", "safran de Taliouine", {"region": "souss-massa"}),
    Query("fr", "dattes medjool", {"in_stock": "1"}),
    Query("fr", '"savon noir"', {"price": "0-50"}, "phrase"),
    Query("fr", "tapis berbère laine", {"category": "carpets-textiles", "price": "500-"}),
    Query("fr", "tajine terre cuite", {"women": "1", "region": "marrakech-safi"}),
    Query("fr", "babouches en cuir", {"label": "ONSSA"}),
    Query("fr", "amlou amendes", {"category": "preserves-spreads"}, "typo"),
    Query("fr", "Essaouira", {"category": "cosmetics"}, "city"),
    Query("en", "argan oil", {"label": "IGP"}),
    Query("en", "thyme honey", {"region": "souss-massa", "women": "1"}),
    Query("en", "saffron", {"price": "200-500"}),
    Query("en", "medjool dates", {"category": "dates-nuts", "in_stock": "1"}),
    Query("en", '"rose water"', {"women": "1"}, "phrase"),
    Query("en", "berber rug wool", {"price": "500-"}),
    Query("en", "leather slippers", {"region": "fes-meknes"}),
    Query("en", "organik honey", {"category": "honey"}, "typo"),
    Query("en", "goat cheese", {"label": "BIO", "in_stock": "1"}),
    Query("en", "Chefchaouen", {"category": "carpets-textiles"}, "city"),
]
SUGGESTIONS = [
    ("ar", p) for p in ("زي", "زيت", "زيت ا", "عس", "عسل", "زعف", "تم", "كسك", "أمل", "صاب", "زرب", "طاج", "بلغ")
] + [
    ("fr", p) for p in ("hu", "hui", "huile d", "mie", "miel", "saf", "datt", "cous", "amlo", "sav", "tap", "taj",
                        "bab", "tif")
] + [
    ("en", p) for p in ("ar", "arg", "argan o", "hon", "saff", "dat", "bar", "soa", "rug", "tag", "slip", "ced", "goa")
]  # fmt: skip

# ----------------------------------------------------------------------------------------- arguments


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--products", type=int, default=20_000, help="products to generate (default 20000)")
    parser.add_argument("--seed", type=int, default=20261124, help="RNG seed (default 20261124)")
    parser.add_argument("--repeat", type=int, default=5, help="measured passes over the query mix (default 5)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory (database, indexes)")
    parser.add_argument("--profile", action="store_true", help="print cProfile summaries after measuring")
    parser.add_argument(
        "--procs",
        type=int,
        default=min(os.cpu_count() or 1, 4),
        help="processes for the rebuild, as `flask search rebuild --procs` (default: its default, min(nproc, 4));"
        " 1 = a web worker's background rebuild",
    )
    args = parser.parse_args(argv)
    if args.products < 100 or args.repeat < 1 or args.procs < 1:
        parser.error("--products must be at least 100, --repeat and --procs at least 1")
    return args


# ----------------------------------------------------------------------------------------- catalogue


def brand_words(rng: random.Random, count: int) -> list[tuple[str, str]]:
    """Invented brand and variety names, in Latin letters and in Arabic."""
    words: dict[str, str] = {}
    while len(words) < count:
        parts = rng.sample(SYLLABLES, rng.randint(2, 3))
        end = rng.choice(ENDINGS)
        latin = "".join(p[0] for p in parts) + end[0]
        words.setdefault(latin.capitalize(), "".join(p[1] for p in parts) + end[1])
    return list(words.items())


def weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def make_app(tmp: Path) -> Flask:
    os.environ["INSTANCE_PATH"] = str(tmp / "instance")
    return create_app(
        {
            "DATABASE_URL": f"sqlite:///{tmp / 'bench.db'}",
            "SEARCH_INDEX_DIR": str(tmp / "index"),
            "UPLOAD_DIR": str(tmp / "uploads"),
            "PRIVATE_DIR": str(tmp / "private"),
            "SECRET_KEY": "bench",
            "TESTING": False,
            "RATELIMIT_ENABLED": False,
            "FRAGMENT_TTL": 0,
        }
    )


def insert_rows(conn, table, rows: Iterator[dict[str, Any]], chunk: int = 5_000) -> int:
    count = 0
    while batch := list(islice(rows, chunk)):
        conn.execute(insert(table), batch)
        count += len(batch)
    return count


def load_catalogue(app: Flask, products: int, seed: int) -> dict[str, Any]:
    """Migrate the database and fill it; returns counts."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    with app.app_context():
        upgrade()
        regions = dict(db.session.execute(select(Region.slug, Region.id)).all())
        categories = dict(db.session.execute(select(Category.slug, Category.id)).all())
        label_types = dict(db.session.execute(select(LabelType.code, LabelType.id)).all())
        db.session.remove()
        missing = set(CITIES) - set(regions)
        missing |= (set(CATALOGUE) - set(categories)) | (set(LABEL_WEIGHTS) - set(label_types))
        if missing:
            raise SystemExit(f"reference data seeded by the migrations lacks: {sorted(missing)}")
        brands = brand_words(rng, 1_500)
        coop_count = max(1, products // 50)
        coops: list[dict[str, Any]] = []
        region_slugs = list(CITIES)
        for i in range(coop_count):
            region = region_slugs[i % len(region_slugs)]
            city, city_ar = rng.choice(CITIES[region])
            name_ar, name_latin = rng.choice(COOP_NAMES)
            created = now - timedelta(days=rng.uniform(200, 1500))
            roll = rng.random()
            coops.append({
                "slug": f"{re.sub(r'[^a-z]+', '-', name_latin.lower())}-{i + 1}",
                "name_ar": f"تعاونية {name_ar}", "name_fr": f"Coopérative {name_latin}",
                "name_en": f"{name_latin} Cooperative", "legal_form": "cooperative", "region_id": regions[region],
                "city": city, "city_ar": city_ar, "women_led": rng.random() < 0.4, "youth": rng.random() < 0.15,
                "status": "approved" if roll < 0.97 else ("pending" if roll < 0.99 else "suspended"),
                "members_count": rng.randint(7, 300), "featured": i < 8, "created_at": created, "updated_at": created,
                # Not columns: what products are generated from.
                "_categories": rng.sample(list(CATALOGUE), 2), "_city": (city, city_ar),
                "_names": (f"تعاونية {name_ar}", f"Coopérative {name_latin}", f"{name_latin} Cooperative"),
            })  # fmt: skip
        started = time.perf_counter()
        with db.engine.begin() as conn:
            insert_rows(conn, Cooperative.__table__, ({k: v for k, v in c.items() if k[0] != "_"} for c in coops))
            coop_ids = dict(conn.execute(select(Cooperative.slug, Cooperative.id)).all())
            claims = []
            for coop in coops:
                if rng.random() < 0.30:
                    for code in {weighted(rng, LABEL_WEIGHTS) for _ in range(rng.randint(1, 2))}:
                        roll = rng.random()
                        claims.append({
                            "cooperative_id": coop_ids[coop["slug"]], "label_type_id": label_types[code],
                            "certificate_number": f"CERT-{rng.randrange(10**6):06d}",
                            "status": "pending" if roll < 0.08 else "verified",
                            "valid_from": date(2024, 1, 1),
                            # A few claims expired: not shown, not indexed.
                            "valid_until": date(2025, 6, 30) if 0.08 <= roll < 0.13 else date(2030, 12, 31),
                            "created_at": now, "updated_at": now,
                        })  # fmt: skip
            if claims:
                conn.execute(insert(LabelClaim.__table__), claims)
            count = insert_rows(conn, Product.__table__, product_rows(rng, products, coops, coop_ids, categories,
                                                                          brands, now))  # fmt: skip
            product_ids = dict(conn.execute(select(Product.sku, Product.id)).all())
            variants = insert_rows(conn, ProductVariant.__table__, variant_rows(rng, product_ids, products))
        load_s = time.perf_counter() - started
    public = coop_public_products(app)
    return {
        "products": count,
        "public_products": public,
        "coops": coop_count,
        "women_led_coops": sum(c["women_led"] for c in coops),
        "label_claims": len(claims),
        "variants": variants,
        "insert_s": round(load_s, 2),
    }


_VARIANT_PLAN: dict[str, tuple[int, str, tuple[str, ...]]] = {}


def product_rows(rng, count, coops, coop_ids, categories, brands, now) -> Iterator[dict[str, Any]]:
    for i in range(count):
        coop = rng.choice(coops)
        slug = rng.choice(coop["_categories"]) if rng.random() < 0.85 else rng.choice(list(CATALOGUE))
        process, (low, high), items = CATALOGUE[slug]
        base_ar, base_fr, base_en, units = rng.choice(items)
        unit = rng.choice(units)
        parts_ar, parts_fr, parts_en = [base_ar], [base_fr], [base_en]
        if rng.random() < 0.7:
            q_ar, q_fr, q_en = rng.choice(QUALIFIERS)
            parts_ar.append(q_ar)
            parts_fr.append(q_fr)
            parts_en.insert(0, q_en)
        if rng.random() < 0.5:
            brand, brand_ar = rng.choice(brands)
            parts_ar.append(brand_ar)
            parts_fr.append(brand)
            parts_en.append(brand)
        city, city_ar = coop["_city"]
        if rng.random() < 0.3:
            parts_ar.append(f"من {city_ar}")
            parts_fr.append(f"de {city}")
            parts_en.append(f"from {city}")
        coop_ar, coop_fr, coop_en = coop["_names"]
        fill = {"coop_ar": coop_ar, "coop_fr": coop_fr.lower()[:1] + coop_fr[1:], "coop_en": coop_en, "city": city,
                "city_ar": city_ar, "year": rng.choice((2024, 2025, 2026))}  # fmt: skip
        sentences = [process, *rng.sample(GENERIC_SENTENCES, rng.randint(1, 3))]
        price = int(np.exp(rng.uniform(np.log(low), np.log(high))) * 100) // 50 * 50
        created = now - timedelta(seconds=rng.uniform(0, 2 * 365 * 24 * 3600))
        sku = f"SKU-{i + 1:07d}"
        if rng.random() < 0.3 and len(units) > 1:
            _VARIANT_PLAN[sku] = (price, sku, units)
        blocked = rng.random() < 0.003
        yield {
            "cooperative_id": coop_ids[coop["slug"]],
            "category_id": categories[slug],
            "sku": sku,
            "slug": f"{re.sub(r'[^a-z0-9]+', '-', base_en.lower()).strip('-')}-{i + 1}",
            "name_ar": f"{' '.join(parts_ar)} {unit}",
            "name_fr": f"{' '.join(parts_fr)} – {unit}",
            "name_en": f"{' '.join(parts_en)}, {unit}",
            "description_ar": " ".join(s[0].format(**fill) for s in sentences),
            "description_fr": " ".join(s[1].format(**fill) for s in sentences),
            "description_en": " ".join(s[2].format(**fill) for s in sentences),
            "price_centimes": price,
            "stock": 0 if rng.random() < 0.06 else rng.randint(1, 200),
            "unit": unit,
            "weight_g": rng.choice((100, 250, 500, 1000)),
            "is_published": rng.random() < 0.97,
            "image": None,
            "featured": rng.random() < 0.001,
            "blocked_reason": "benchmark: taken down" if blocked else None,
            "created_at": created,
            "updated_at": created,
        }


def variant_rows(rng, product_ids: dict[str, int], count: int) -> Iterator[dict[str, Any]]:
    for sku, (price, _sku, units) in sorted(_VARIANT_PLAN.items()):
        for position, unit in enumerate(units):
            yield {"product_id": product_ids[sku], "label": unit, "sku": f"{sku}-{position + 1}",
                   "price_centimes": price * (position + 1) * 9 // 10 // 50 * 50, "stock": rng.randint(0, 60),
                   "position": position}  # fmt: skip
    _VARIANT_PLAN.clear()


def coop_public_products(app: Flask) -> int:
    with app.app_context():
        count = db.session.scalar(
            select(db.func.count(Product.id))
            .join(Product.cooperative)
            .where(Product.is_published, Product.blocked_reason.is_(None), Cooperative.status == "approved")
        )
        db.session.remove()
    return int(count or 0)


# ----------------------------------------------------------------------------------------- building


def directory_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def build_whoosh(app: Flask, procs: int) -> dict[str, Any]:
    index = get_index(app)
    options: dict[str, Any] = {}
    if "procs" in inspect.signature(index.rebuild).parameters:
        options["procs"] = procs
    else:  # older code: one process only
        procs = 1
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.perf_counter()
        if now - last[0] > 15 or done >= total:
            last[0] = now
            print(f"    {done:>7}/{total} products indexed", flush=True)

    with app.app_context():
        started = time.perf_counter()
        count = index.rebuild(progress=progress, **options)
        elapsed = time.perf_counter() - started
        db.session.remove()
    size = directory_size(index.path)
    return {
        "docs": count,
        "seconds": round(elapsed, 2),
        "docs_per_s": round(count / elapsed, 1),
        "size_mb": round(size / 2**20, 2),
        "files": sum(1 for f in index.path.iterdir() if f.is_file()),
        "procs": procs,
    }


FTS_SOURCE = """
SELECT p.id,
       coalesce(p.name_ar, '') || ' ' || coalesce(p.name_fr, '') || ' ' || coalesce(p.name_en, ''),
       c.name_ar || ' ' || c.name_fr || ' ' || coalesce(c.name_en, '') || ' ' || c.city || ' '
         || coalesce(c.city_ar, '') || ' ' || r.name_ar || ' ' || r.name_fr || ' ' || r.name_en || ' '
         || k.name_ar || ' ' || k.name_fr || ' ' || k.name_en,
       coalesce(p.description_ar, '') || ' ' || coalesce(p.description_fr, '') || ' '
         || coalesce(p.description_en, '') || ' ' || coalesce(p.unit, '') || ' '
         || coalesce((SELECT group_concat(v.label, ' ') FROM product_variants v WHERE v.product_id = p.id), '')
FROM products p
JOIN cooperatives c ON c.id = p.cooperative_id
JOIN regions r ON r.id = c.region_id
JOIN categories k ON k.id = p.category_id
WHERE p.is_published AND p.blocked_reason IS NULL AND c.status = 'approved'
"""


def require_fts5() -> None:
    try:
        conn = sqlite3.connect(":memory:")
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(a, tokenize = 'unicode61 remove_diacritics 2')")
        conn.close()
    except sqlite3.OperationalError as exc:
        raise SystemExit(
            f"this Python's sqlite3 (SQLite {sqlite3.sqlite_version}) has no usable FTS5 ({exc}): "
            "use a Python linked against an SQLite built with FTS5 (Debian's and python.org's builds are)"
        ) from exc


def build_fts(db_path: Path) -> tuple[sqlite3.Connection, dict[str, Any]]:
    conn = sqlite3.connect(db_path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages_before = conn.execute("PRAGMA page_count").fetchone()[0]
    started = time.perf_counter()
    conn.execute(
        "CREATE VIRTUAL TABLE product_fts USING fts5(name, place, body, tokenize = 'unicode61 remove_diacritics 2')"
    )
    conn.execute("INSERT INTO product_fts (rowid, name, place, body) " + FTS_SOURCE)  # noqa: S608 (constant)
    conn.execute("INSERT INTO product_fts (product_fts) VALUES ('optimize')")
    conn.commit()
    elapsed = time.perf_counter() - started
    docs = conn.execute("SELECT count(*) FROM product_fts").fetchone()[0]
    pages_after = conn.execute("PRAGMA page_count").fetchone()[0]
    return conn, {
        "docs": docs,
        "seconds": round(elapsed, 2),
        "docs_per_s": round(docs / elapsed, 1),
        "size_mb": round((pages_after - pages_before) * page_size / 2**20, 2),
        "sqlite": sqlite3.sqlite_version,
    }


# ----------------------------------------------------------------------------------------- FTS5 queries

_FTS_WORD_RE = re.compile(r"[^\W_]+")


def fts_words(text: str) -> list[str]:
    return [w for w in _FTS_WORD_RE.findall(text) if analysis.fold(w) not in analysis.STOP_WORDS]


def fts_match(text: str) -> str | None:
    """The query as an FTS5 expression: phrases required, the other words OR-ed."""
    phrases = [fts_words(p) for p in re.findall(r'"([^"]*)"', text)]
    words = fts_words(re.sub(r'"[^"]*"', " ", text))
    parts = []
    if words:
        parts.append("(" + " OR ".join(f'"{w}"' for w in words) + ")")
    parts += ['"' + " ".join(p) + '"' for p in phrases if p]
    return " AND ".join(parts) or None


@dataclass
class FtsFilters:
    where: str = ""
    params: list[Any] = field(default_factory=list)


def fts_filters(filters: dict[str, str], ids: dict[str, dict[str, int]]) -> FtsFilters:
    """The facet filters as SQL conditions on products p and cooperatives c (constant SQL fragments)."""
    out = FtsFilters()
    clauses: list[str] = []
    for name, value in filters.items():
        if name == "category":
            clauses.append("p.category_id = ?")
            out.params.append(ids["category"][value])
        elif name == "region":
            clauses.append("c.region_id = ?")
            out.params.append(ids["region"][value])
        elif name == "women":
            clauses.append("c.women_led = 1")
        elif name == "in_stock":
            clauses.append(
                "(p.stock > 0 OR EXISTS (SELECT 1 FROM product_variants v WHERE v.product_id = p.id AND v.stock > 0))"
            )
        elif name == "price":
            low, high = next((lo, hi) for key, lo, hi in services.PRICE_RANGES if key == value)
            clauses.append("p.price_centimes >= ? AND p.price_centimes < ?")
            out.params += [low, high]
        elif name == "label":
            clauses.append(
                "EXISTS (SELECT 1 FROM label_claims l WHERE l.cooperative_id = c.id AND l.status = 'verified'"
                " AND l.label_type_id = ? AND (l.valid_until IS NULL OR l.valid_until >= date('now'))"
                " AND (l.valid_from IS NULL OR l.valid_from <= date('now')))"
            )
            out.params.append(ids["label"][value])
    out.where = "".join(f" AND {clause}" for clause in clauses)
    return out


FTS_FROM = (
    " FROM product_fts JOIN products p ON p.id = product_fts.rowid JOIN cooperatives c ON c.id = p.cooperative_id"
    " WHERE product_fts MATCH ?"
)


def fts_search(conn: sqlite3.Connection, match: str | None, where: FtsFilters) -> tuple[list[int], int]:
    """The page of 24 by bm25 and the count per category (whose sum is the total)."""
    if match is None:
        return [], 0
    top = conn.execute(
        f"SELECT p.id{FTS_FROM}{where.where} ORDER BY bm25(product_fts, {FTS_WEIGHTS}) LIMIT {PAGE_SIZE}",  # noqa: S608
        [match, *where.params],
    ).fetchall()
    counts = conn.execute(
        f"SELECT p.category_id, count(*){FTS_FROM}{where.where} GROUP BY p.category_id",  # noqa: S608
        [match, *where.params],
    ).fetchall()
    return [row[0] for row in top], sum(n for _cat, n in counts)


def fts_suggest(conn: sqlite3.Connection, text: str) -> int:
    words = fts_words(text)
    if not words:
        return 0
    *full, last = words
    match = "name : (" + " ".join([*(f'"{w}"' for w in full), f'"{last}"*']) + ")"
    rows = conn.execute("SELECT rowid FROM product_fts WHERE product_fts MATCH ? LIMIT 32", [match]).fetchall()
    return len(rows)


# ----------------------------------------------------------------------------------------- measuring


def timed(call: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    value = call()
    return (time.perf_counter() - started) * 1000, value


def whoosh_search(app: Flask, query: Query, filtered: bool) -> tuple[float, int]:
    args = MultiDict([("q", query.text), *(query.filters.items() if filtered else ())])
    with app.test_request_context("/search"):
        params = services.SearchParams.from_args(args)
        ms, result = timed(lambda: services.search(params, query.lang))
        if result.fallback:
            raise SystemExit("search fell back to the database: the index is unavailable")
    return ms, result.total


def whoosh_suggest(app: Flask, prefix: str, lang: str) -> tuple[float, int]:
    with app.test_request_context("/search/suggest"):
        ms, found = timed(lambda: services.suggest(prefix, lang))
    return ms, len(found)


def load_cost(app: Flask, rng: random.Random, rounds: int = 30) -> float:
    """Median ms to load one page of 24 public products the way search does (services._load)."""
    with app.app_context():
        ids = [doc for doc in db.session.scalars(select(Product.id).where(Product.is_published))]
        db.session.remove()
    times = []
    for _ in range(rounds):
        page = rng.sample(ids, PAGE_SIZE)
        with app.test_request_context("/search"):
            ms, _rows = timed(lambda page=page: services._load(page))
        times.append(ms)
    return float(np.median(times))


@dataclass
class Samples:
    """Latencies (ms) per key; the first pass is kept apart as "cold"."""

    cold: dict[tuple, list[float]] = field(default_factory=lambda: defaultdict(list))
    warm: dict[tuple, list[float]] = field(default_factory=lambda: defaultdict(list))
    totals: dict[tuple, int] = field(default_factory=dict)

    def add(self, key: tuple, ms: float, total: int, warm: bool) -> None:
        (self.warm if warm else self.cold)[key].append(ms)
        self.totals[key] = total


def measure_queries(app: Flask, fts: sqlite3.Connection, ids, repeat: int) -> tuple[Samples, Samples]:
    whoosh, sqlite = Samples(), Samples()
    plans = {
        (i, filtered): (fts_match(q.text), fts_filters(q.filters if filtered else {}, ids))
        for i, q in enumerate(QUERIES)
        for filtered in (False, True)
    }
    for round_no in range(repeat + 1):
        warm = round_no > 0
        started = time.perf_counter()
        for i, query in enumerate(QUERIES):
            for filtered in (False, True):
                key = (i, filtered)
                ms, total = whoosh_search(app, query, filtered)
                whoosh.add(key, ms, total, warm)
                match, where = plans[key]
                ms, (_ids, total) = timed(lambda match=match, where=where: fts_search(fts, match, where))
                sqlite.add(key, ms, total, warm)
        label = f"pass {round_no}/{repeat}" if warm else "warm-up pass"
        print(f"    queries: {label} in {time.perf_counter() - started:.1f} s", flush=True)
    return whoosh, sqlite


def measure_suggestions(app: Flask, fts: sqlite3.Connection, repeat: int) -> tuple[Samples, Samples]:
    whoosh, sqlite = Samples(), Samples()
    for round_no in range(repeat + 1):
        warm = round_no > 0
        for i, (lang, prefix) in enumerate(SUGGESTIONS):
            ms, count = whoosh_suggest(app, prefix, lang)
            whoosh.add((i,), ms, count, warm)
            ms, count = timed(lambda prefix=prefix: fts_suggest(fts, prefix))
            sqlite.add((i,), ms, count, warm)
    return whoosh, sqlite


def stats(values: Sequence[float]) -> dict[str, float]:
    if not values:
        return {"n": 0, "p50_ms": 0.0, "p95_ms": 0.0, "max_ms": 0.0, "mean_ms": 0.0}
    arr = np.asarray(values, dtype=float)
    return {
        "n": int(arr.size),
        "p50_ms": round(float(np.percentile(arr, 50)), 2),
        "p95_ms": round(float(np.percentile(arr, 95)), 2),
        "max_ms": round(float(arr.max()), 2),
        "mean_ms": round(float(arr.mean()), 2),
    }


def pooled(samples: Samples, keys: Sequence[tuple], cold: bool = False) -> list[float]:
    source = samples.cold if cold else samples.warm
    return [ms for key in keys for ms in source[key]]


def query_groups(whoosh: Samples, sqlite: Samples) -> list[dict[str, Any]]:
    rows = []
    for lang in ("ar", "fr", "en", "all"):
        for filtered in (False, True):
            keys = [(i, filtered) for i, q in enumerate(QUERIES) if lang in ("all", q.lang)]
            w, s = stats(pooled(whoosh, keys)), stats(pooled(sqlite, keys))
            rows.append({
                "group": f"{lang} {'with facet filters' if filtered else 'no filters'}",
                "lang": lang, "filtered": filtered, "queries": len(keys), "whoosh": w, "fts5": s,
                "whoosh_cold": stats(pooled(whoosh, keys, cold=True)),
                "fts5_cold": stats(pooled(sqlite, keys, cold=True)),
                "p95_ratio": round(w["p95_ms"] / s["p95_ms"], 1) if s["p95_ms"] else None,
            })  # fmt: skip
    return rows


def per_query(whoosh: Samples, sqlite: Samples) -> list[dict[str, Any]]:
    rows = []
    for i, query in enumerate(QUERIES):
        for filtered in (False, True):
            key = (i, filtered)
            rows.append({
                "lang": query.lang, "q": query.text, "note": query.note,
                "filters": query.filters if filtered else {},
                "whoosh_median_ms": round(float(np.median(whoosh.warm[key])), 2),
                "whoosh_max_ms": round(max(whoosh.warm[key]), 2),
                "whoosh_cold_ms": round(whoosh.cold[key][0], 2), "whoosh_total": whoosh.totals[key],
                "fts5_median_ms": round(float(np.median(sqlite.warm[key])), 2), "fts5_total": sqlite.totals[key],
            })  # fmt: skip
    return rows


def suggestion_groups(whoosh: Samples, sqlite: Samples) -> list[dict[str, Any]]:
    rows = []
    for lang in ("ar", "fr", "en", "all"):
        keys = [(i,) for i, (code, _p) in enumerate(SUGGESTIONS) if lang in ("all", code)]
        rows.append({
            "group": lang, "prefixes": len(keys), "whoosh": stats(pooled(whoosh, keys)),
            "fts5": stats(pooled(sqlite, keys)), "whoosh_cold": stats(pooled(whoosh, keys, cold=True)),
        })  # fmt: skip
    return rows


# ----------------------------------------------------------------------------------------- profiling


def _shorten(text: str) -> str:
    for prefix in (str(ROOT) + "/", sys.prefix + "/lib/python3.11/site-packages/", sys.base_prefix + "/lib/"):
        text = text.replace(prefix, "")
    return text


def print_profile(title: str, profiler: cProfile.Profile, top: int = 22) -> None:
    for order in ("tottime", "cumulative"):
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats(order).print_stats(top)
        body = out.getvalue()
        body = body[body.find("   ncalls") :] if "   ncalls" in body else body
        print(f"\n--- profile: {title} (by {order}) ---\n{_shorten(body).rstrip()}", flush=True)


def rebuild_slice(app: Flask, path: Path, count: int, profiler: cProfile.Profile | None = None) -> dict[str, float]:
    """The rebuild's own loop (index.SearchIndex.rebuild) over the first `count` products into a scratch
    index, timing its phases: reading products (SQL + ORM), building documents, add_document, commit."""
    from whoosh import index as whoosh_index
    from whoosh.writing import CLEAR

    from market.search.documents import Reference, documents, load_products, make_schema
    from market.search.index import reading_session

    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    writer = whoosh_index.create_in(path, make_schema()).writer(limitmb=128)  # as rebuild(procs=1)
    phases: dict[str, float] = defaultdict(float)
    if profiler:
        profiler.enable()
    with app.app_context(), reading_session() as session:
        ref = Reference.load(session)
        products = load_products(session, None, batch=500)
        done = 0
        while done < count:
            started = time.perf_counter()
            chunk = list(islice(products, min(500, count - done)))
            phases["read products (SQL + ORM)"] += time.perf_counter() - started
            if not chunk:
                break
            started = time.perf_counter()
            docs = list(documents(session, chunk, ref))
            phases["build documents"] += time.perf_counter() - started
            started = time.perf_counter()
            for doc in docs:
                writer.add_document(**doc)
            phases["writer.add_document (analysis, postings)"] += time.perf_counter() - started
            session.expunge_all()
            done += len(chunk)
        started = time.perf_counter()
        writer.commit(mergetype=CLEAR)
        phases["commit (segment written)"] += time.perf_counter() - started
    if profiler:
        profiler.disable()
    phases["total"] = sum(phases.values())
    phases["docs"] = done
    return dict(phases)


def profile(app: Flask, tmp: Path, products: int, whoosh_q: Samples, whoosh_s: Samples) -> dict[str, Any]:
    found: dict[str, Any] = {}
    slice_size = min(5_000, products)
    phases = rebuild_slice(app, tmp / "profile-index", slice_size)
    print(f"\n--- rebuild slice of {int(phases['docs'])} products, phases (no profiler) ---", flush=True)
    for name, seconds in phases.items():
        if name != "docs":
            print(f"  {name:<45} {seconds:7.2f} s  {100 * seconds / phases['total']:5.1f} %")
    found["rebuild_slice_phases_s"] = {k: round(v, 3) for k, v in phases.items()}
    profiler = cProfile.Profile()
    rebuild_slice(app, tmp / "profile-index", slice_size, profiler)
    print_profile(f"rebuild slice of {int(phases['docs'])} products", profiler)

    slowest = sorted(whoosh_q.warm, key=lambda key: -float(np.median(whoosh_q.warm[key])))[:3]
    for i, filtered in slowest:
        query = QUERIES[i]
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(10):
            whoosh_search(app, query, filtered)
        profiler.disable()
        what = f"search {query.lang} {query.text!r} {query.filters if filtered else 'no filters'} x10"
        print_profile(what, profiler)
    slowest_s = sorted(whoosh_s.warm, key=lambda key: -float(np.median(whoosh_s.warm[key])))[:3]
    profiler = cProfile.Profile()
    profiler.enable()
    for (i,) in slowest_s:
        for _ in range(20):
            whoosh_suggest(app, SUGGESTIONS[i][1], SUGGESTIONS[i][0])
    profiler.disable()
    print_profile("suggest " + ", ".join(repr(SUGGESTIONS[i][1]) for (i,) in slowest_s) + " x20", profiler)
    return found


# ----------------------------------------------------------------------------------------- report


def code_version() -> str:
    """The commit measured, and whether market/search had uncommitted changes (another engineer may be
    editing it while this runs)."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "market/search"], cwd=ROOT, capture_output=True, text=True
        )
    except OSError:
        return "unknown"
    changed = sorted(line[3:] for line in dirty.stdout.splitlines())
    return head.stdout.strip() + (f" + uncommitted changes in {', '.join(changed)}" if changed else "")


def machine_info(args: argparse.Namespace, catalogue: dict[str, Any], code_at_start: str) -> dict[str, Any]:
    code = code_version()
    if code != code_at_start:
        code = f"CHANGED DURING THE RUN: {code_at_start} at start, {code} at the end"
    return {
        "code": code,
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "nproc": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "whoosh": f"whoosh-reloaded {metadata.version('whoosh-reloaded')}",
        "sqlite": sqlite3.sqlite_version,
        "numpy": np.__version__,
        "seed": args.seed,
        "repeat": args.repeat,
        **catalogue,
    }


def targets(whoosh_build: dict, groups: list[dict], suggestions: list[dict], products: int) -> list[dict[str, Any]]:
    facet = next(g for g in groups if g["lang"] == "all" and g["filtered"])
    suggest = next(g for g in suggestions if g["group"] == "all")
    rows = [
        ("search p95 with facet filters (ms)", facet["whoosh"]["p95_ms"], "<=", SEARCH_P95_TARGET_MS),
        ("suggestions p95 (ms)", suggest["whoosh"]["p95_ms"], "<=", SUGGEST_P95_TARGET_MS),
        ("rebuild (products/s)", whoosh_build["docs_per_s"], ">=", REBUILD_TARGET_DOCS_S),
    ]
    return [
        {
            "target": name,
            "value": value,
            "limit": f"{op} {limit:g}",
            "met": value <= limit if op == "<=" else value >= limit,
            "applies": products == TARGET_PRODUCTS,
        }
        for name, value, op, limit in rows
    ]


def fmt_ms(s: dict[str, float]) -> str:
    return f"{s['p50_ms']:.1f} / {s['p95_ms']:.1f} / {s['max_ms']:.1f}"


def tables(payload: dict[str, Any]) -> str:
    wb, fb = payload["whoosh_build"], payload["fts5_build"]
    groups, sugg = payload["queries"], payload["suggestions"]
    lines = [
        "| measure | Whoosh | SQLite FTS5 | Whoosh / FTS5 |",
        "|---|--:|--:|--:|",
        f"| build (products/s; Whoosh: rebuild(procs={wb['procs']})) | {wb['docs_per_s']:,.0f}"
        f" ({wb['docs']:,} in {wb['seconds']:.1f} s) "
        f"| {fb['docs_per_s']:,.0f} ({fb['docs']:,} in {fb['seconds']:.1f} s)"
        f" | {wb['docs_per_s'] / fb['docs_per_s']:.2f} |",
        f"| index size (MB) | {wb['size_mb']:.1f} | {fb['size_mb']:.1f}"
        f" | {wb['size_mb'] / max(fb['size_mb'], 0.01):.1f} |",
        f"| first search after opening (ms) | {payload['cold_first_search_ms']:.0f} | | |",
        f"| loading the 24 products of a page (median ms, part of every Whoosh search) "
        f"| {payload['load_page_ms']:.1f} | not done | |",
        "",
        "Search latency, p50 / p95 / max in ms (warm passes; every Whoosh search also counts all 7 facets,"
        " with or without filters):",
        "",
        "| group | queries | samples | Whoosh | FTS5 | p95 ratio | Whoosh cold p95 |",
        "|---|--:|--:|--:|--:|--:|--:|",
    ]
    for g in groups:
        name = f"**{g['group']}**" if g["lang"] == "all" else g["group"]
        lines.append(
            f"| {name} | {g['queries']} | {g['whoosh']['n']} | {fmt_ms(g['whoosh'])} | {fmt_ms(g['fts5'])}"
            f" | {g['p95_ratio']} | {g['whoosh_cold']['p95_ms']:.1f} |"
        )
    lines += [
        "",
        "Suggestions (search box completions), p50 / p95 / max in ms:",
        "",
        "| prefixes | count | samples | Whoosh | FTS5 prefix query | Whoosh cold p95 |",
        "|---|--:|--:|--:|--:|--:|",
    ]
    for g in sugg:
        name = f"**{g['group']}**" if g["group"] == "all" else g["group"]
        lines.append(
            f"| {name} | {g['prefixes']} | {g['whoosh']['n']} | {fmt_ms(g['whoosh'])} | {fmt_ms(g['fts5'])}"
            f" | {g['whoosh_cold']['p95_ms']:.1f} |"
        )
    slow = sorted(payload["per_query"], key=lambda r: -r["whoosh_median_ms"])[:8]
    lines += [
        "",
        "Slowest queries (Whoosh median of the warm passes):",
        "",
        "| lang | query | filters | Whoosh median ms | Whoosh hits | FTS5 median ms | FTS5 hits |",
        "|---|---|---|--:|--:|--:|--:|",
    ]
    for r in slow:
        filters = ", ".join(f"{k}={v}" for k, v in r["filters"].items()) or "none"
        q = r["q"].replace("|", "\\|")
        lines.append(
            f"| {r['lang']} | {q} | {filters} | {r['whoosh_median_ms']:.1f} | {r['whoosh_total']:,}"
            f" | {r['fts5_median_ms']:.1f} | {r['fts5_total']:,} |"
        )
    applies = payload["machine"]["products"] == TARGET_PRODUCTS
    lines += [
        "",
        "Targets" + ("" if applies else f" (set for {TARGET_PRODUCTS:,} products; shown for reference)") + ":",
        "",
        "| target | value | limit | met |",
        "|---|--:|--:|---|",
    ]
    for t in payload["targets"]:
        lines.append(f"| {t['target']} | {t['value']:,} | {t['limit']} | {'yes' if t['met'] else '**no**'} |")
    return "\n".join(lines)


def notes(payload: dict[str, Any]) -> list[str]:
    machine = payload["machine"]
    out = [
        "Every Whoosh search counts all 7 facets (category, region, cooperative, label, price, women-led, in stock):"
        " 'no filters' means no facet filter is applied, not that facets are skipped.",
        "Whoosh times are services.search() as the /search page calls it: parsing, fuzzy expansion of words of 4+"
        " letters, matching, facet counts, the ranked page and loading its 24 products through the ORM"
        f" (~{payload['load_page_ms']:.1f} ms of each search, see above). Rendering the page is not included.",
        "FTS5 is a yardstick, not an equivalent: no stemming, no Arabic folding (أ/ا, ة/ه, the article),"
        " no typo tolerance, one category count instead of 7 facets, no products loaded; hit counts differ.",
        f"Whoosh rebuild: get_index(app).rebuild(procs={payload['whoosh_build']['procs']}), timed from the first"
        " database read to the commit; `flask search rebuild` uses min(nproc, 4) processes, a web worker's"
        " background rebuild one.",
        f"Query mix: {len(QUERIES)} queries (10 ar, 10 fr, 10 en), each without and with its filters;"
        f" {machine['repeat']} measured passes after a warm-up pass (the 'cold' column: the first pass after the"
        " index was opened, search caches empty).",
        f"Load average (1 min) at start / after building / at the end: {machine['loadavg_start']} /"
        f" {machine['loadavg_built']} / {machine['loadavg_end']} on {machine['nproc']} cores.",
    ]
    if max(machine["loadavg_built"], machine["loadavg_end"]) > 0.75 * (machine["nproc"] or 1) + 1:
        out.append(
            "The machine was busy during the run (load average above the core count: another engineer's tests"
            " may have been running); tail latencies are inflated accordingly."
        )
    return out


def markdown(payload: dict[str, Any]) -> str:
    machine = payload["machine"]
    missed = [t for t in payload["targets"] if not t["met"]]
    applies = machine["products"] == TARGET_PRODUCTS
    verdict = (
        "\n".join(f"- {t['target']}: {t['value']:,} (limit {t['limit']})" for t in missed)
        if missed
        else "- none: every target met"
    )
    if not applies:
        verdict += f"\n\n(The targets are set for {TARGET_PRODUCTS:,} products; this run has {machine['products']:,}.)"
    facts = "\n".join(f"- {key}: {value}" for key, value in machine.items())
    return (
        "# Search benchmark (benchmarks/search.py)\n\n"
        f"{machine['products']:,} products ({machine['public_products']:,} public), {machine['coops']:,} cooperatives;"
        " Whoosh and SQLite FTS5 on the same data in the same run.\n\n"
        f"{tables(payload)}\n\n## Missed targets\n\n{verdict}\n\n## Notes\n\n"
        + "\n".join(f"- {n}" for n in notes(payload))
        + f"\n\n## Machine\n\n{facts}\n"
    )


def write_results(payload: dict[str, Any]) -> list[Path]:
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    products = payload["machine"]["products"]
    names = [f"search-{products}"] + (["search"] if products == TARGET_PRODUCTS else [])
    written = []
    for name in names:
        (RESULTS_DIR / f"{name}.json").write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
        (RESULTS_DIR / f"{name}.md").write_text(markdown(payload))
        written += [RESULTS_DIR / f"{name}.json", RESULTS_DIR / f"{name}.md"]
    return written


# ----------------------------------------------------------------------------------------- main


def run(args: argparse.Namespace, tmp: Path) -> dict[str, Any]:
    loadavg_start = round(os.getloadavg()[0], 2)
    code_at_start = code_version()  # the modules were imported just before
    app = make_app(tmp)
    print(f"catalogue: {args.products:,} products, {max(1, args.products // 50):,} cooperatives in {tmp}", flush=True)
    catalogue = load_catalogue(app, args.products, args.seed)
    print(f"  inserted in {catalogue['insert_s']:.1f} s ({catalogue['public_products']:,} public)", flush=True)
    print("whoosh: rebuilding the index", flush=True)
    whoosh_build = build_whoosh(app, args.procs)
    print(f"  {whoosh_build['docs']:,} docs in {whoosh_build['seconds']:.1f} s", flush=True)
    print("fts5: building the yardstick", flush=True)
    fts, fts_build = build_fts(tmp / "bench.db")
    print(f"  {fts_build['docs']:,} docs in {fts_build['seconds']:.1f} s", flush=True)
    loadavg_built = round(os.getloadavg()[0], 2)
    with app.app_context():
        ids = {
            "category": dict(db.session.execute(select(Category.slug, Category.id)).all()),
            "region": dict(db.session.execute(select(Region.slug, Region.id)).all()),
            "label": dict(db.session.execute(select(LabelType.code, LabelType.id)).all()),
        }
        db.session.remove()
    cold_ms, _total = whoosh_search(app, Query("fr", "argan", {}), False)
    print(f"  first search (opens the index, reads the numeric columns): {cold_ms:.0f} ms", flush=True)
    print(f"measuring: {len(QUERIES)} queries x 2 x ({args.repeat} + warm-up), both engines", flush=True)
    whoosh_q, fts_q = measure_queries(app, fts, ids, args.repeat)
    print(f"measuring: {len(SUGGESTIONS)} suggestion prefixes x ({args.repeat} + warm-up)", flush=True)
    whoosh_s, fts_s = measure_suggestions(app, fts, args.repeat)
    load_page_ms = load_cost(app, random.Random(args.seed))
    info = machine_info(args, catalogue, code_at_start) | {
        "loadavg_start": loadavg_start,
        "loadavg_built": loadavg_built,
        "loadavg_end": round(os.getloadavg()[0], 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    groups = query_groups(whoosh_q, fts_q)
    suggestions = suggestion_groups(whoosh_s, fts_s)
    payload: dict[str, Any] = {
        "benchmark": "search",
        "machine": info,
        "whoosh_build": whoosh_build,
        "fts5_build": fts_build,
        "cold_first_search_ms": round(cold_ms, 1),
        "load_page_ms": round(load_page_ms, 2),
        "queries": groups,
        "suggestions": suggestions,
        "per_query": per_query(whoosh_q, fts_q),
        "per_prefix": [
            {
                "lang": lang,
                "prefix": prefix,
                "whoosh_median_ms": round(float(np.median(whoosh_s.warm[(i,)])), 2),
                "whoosh_results": whoosh_s.totals[(i,)],
                "fts5_median_ms": round(float(np.median(fts_s.warm[(i,)])), 2),
            }
            for i, (lang, prefix) in enumerate(SUGGESTIONS)
        ],  # fmt: skip
        "ratios": {
            "build_rate_whoosh_over_fts5": round(whoosh_build["docs_per_s"] / fts_build["docs_per_s"], 3),
            "size_whoosh_over_fts5": round(whoosh_build["size_mb"] / max(fts_build["size_mb"], 0.01), 2),
            "search_p95_filtered_whoosh_over_fts5": next(g for g in groups if g["lang"] == "all" and g["filtered"])[
                "p95_ratio"
            ],
            "search_p95_unfiltered_whoosh_over_fts5": next(
                g for g in groups if g["lang"] == "all" and not g["filtered"]
            )["p95_ratio"],
        },
        "targets": targets(whoosh_build, groups, suggestions, args.products),
    }
    payload["missed"] = [t["target"] for t in payload["targets"] if not t["met"]]
    payload["notes"] = notes(payload)
    if args.profile:
        payload["machine"]["profiled_after_measuring"] = True
        payload["profile"] = profile(app, tmp, args.products, whoosh_q, whoosh_s)
    fts.close()
    with app.app_context():
        db.engine.dispose()
    return payload


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    require_fts5()
    started = time.monotonic()
    tmp = Path(tempfile.mkdtemp(prefix="souk-search-bench-"))
    try:
        payload = run(args, tmp)
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    payload["machine"]["total_s"] = round(time.monotonic() - started, 1)
    written = write_results(payload)
    print()
    print(tables(payload))
    print()
    for note in payload["notes"]:
        print(f"note: {note}")
    print()
    if payload["missed"]:
        suffix = "" if args.products == TARGET_PRODUCTS else f" (targets are set for {TARGET_PRODUCTS:,} products)"
        print("TARGETS MISSED" + suffix + ":")
        for t in payload["targets"]:
            if not t["met"]:
                print(f"  - {t['target']}: {t['value']:,} (limit {t['limit']})")
    else:
        print("All targets met.")
    paths = ", ".join(str(p.relative_to(ROOT)) for p in written)
    print(f"\nResults: {paths} (total {payload['machine']['total_s']} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
