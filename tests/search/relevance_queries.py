"""The relevance set for product search: queries in Arabic, French, English and Tamazight over the demo
catalogue (market/demo/data.py, with the Tamazight texts of market/demo/tamazight.py), each with the products
that must come first.

The relevant products are chosen by rule from the catalogue's own structure (product family, product key,
cooperative, its city or region), by reading what each product *is*, never by copying what the engine
returns. A query about argan oil wants the bottles of argan oil (culinary or cosmetic), not the shampoo or
the soap made with it; a query naming a cooperative, a town or a region wants that place's products.

Every cooperative sells every product of its families, so one product key names one product per
cooperative; only the products the search can show count (the demo's last cooperatives wait for approval).

`lang` is the language of the query; `ui` the language the visitor browses in (the `lang` parameter),
different from `lang` for the cross-language queries. Tamazight (zgh) queries are typed in Tifinagh or in the
Latin letters Moroccans type Tamazight words with (tammnt, amlou, argan); their relevant products are chosen
by the same rules, whatever language a product's texts are in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Item:
    """One demo product as the catalogue describes it."""

    coop: str
    region: str
    city: str
    family: str
    key: str


class Rule:
    """A predicate on an Item, combinable with | and &."""

    def __init__(self, test: Callable[[Item], bool], text: str):
        self.test, self.text = test, text

    def __call__(self, item: Item) -> bool:
        return self.test(item)

    def __or__(self, other: Rule) -> Rule:
        return Rule(lambda i: self(i) or other(i), f"({self.text} | {other.text})")

    def __and__(self, other: Rule) -> Rule:
        return Rule(lambda i: self(i) and other(i), f"({self.text} & {other.text})")

    def __repr__(self) -> str:
        return self.text


def family(*slugs: str) -> Rule:
    return Rule(lambda i: i.family in slugs, f"family{slugs}")


def key(*keys: str) -> Rule:
    return Rule(lambda i: i.key in keys, f"key{keys}")


def key_prefix(*prefixes: str) -> Rule:
    return Rule(lambda i: i.key.startswith(prefixes), f"key_prefix{prefixes}")


def coop(*slugs: str) -> Rule:
    return Rule(lambda i: i.coop in slugs, f"coop{slugs}")


def city(*names: str) -> Rule:
    return Rule(lambda i: i.city in names, f"city{names}")


def region(*slugs: str) -> Rule:
    return Rule(lambda i: i.region in slugs, f"region{slugs}")


# --- What the products are --------------------------------------------------------------------------

# Bottles of argan oil, culinary or cosmetic (not the creams, soaps and shampoos made with it).
ARGAN_OIL = family("argan-oil") | key(
    "argan-oil-cosmetic-50ml", "argan-oil-cosmetic-100ml-pump", "argan-oil-rose-scented-50ml"
)
COSMETIC_ARGAN_OIL = key("argan-oil-cosmetic-50ml", "argan-oil-cosmetic-100ml-pump")
OLIVE_OIL = family("olive-oil")
# Every product that is an oil.
OILS = ARGAN_OIL | OLIVE_OIL | key_prefix("prickly-pear-seed-oil") | key("rose-essential-oil-2ml")
HONEY = family("honey")
THYME_HONEY = key("honey-thyme-500g", "amlou-thyme-honey-250g")
EUCALYPTUS_HONEY = key("honey-eucalyptus-1kg")
DATES = family("dates")
RUGS = key_prefix("rug-") | key("hanbel-kilim-140x200")  # the kilim is a flat-woven rug
SAFFRON = family("saffron")
TALIOUINE_SAFFRON = key_prefix("saffron-taliouine-")
SPICES = family("saffron", "herbs-spices")  # the category "spices and herbs"
CUMIN = key("cumin-beldi-200g")
GOAT_CHEESE = key("jben-goat-fresh-250g", "goat-tomme-aged-300g", "goat-cheese-herbs-250g")
CAMEL_MILK = family("camel-dairy")
AMLOU = family("amlou")
BARLEY_COUSCOUS = key("couscous-barley-1kg")
ROSE_WATER = key("rose-water-beldi-250ml", "rose-water-mist-100ml", "rose-water-1l")
TAGINES = key("tagine-safi-painted", "cooking-tagine-clay")
BABOUCHES = key("babouches-yellow", "babouches-embroidered-women")
CEDAR = family("cedar-crafts")
CEDAR_BOXES = key("cedar-jewellery-box", "cedar-spice-box")
THUYA = family("thuya-crafts")
BLACK_SOAP = key_prefix("black-soap-")
ALMONDS = key("almonds-beldi-500g", "almonds-blanched-500g", "almonds-roasted-salted-250g")
WALNUTS = key("walnut-kernels-250g", "walnuts-in-shell-1kg")
JAMS = family("jams")
PRICKLY_PEAR = family("cactus-seed-oil") | key("jam-prickly-pear-300g")
PRICKLY_PEAR_OIL = key_prefix("prickly-pear-seed-oil")
FES_BLUE_BOWL = key("fes-blue-bowl")
CUSHIONS = key("kilim-cushion-cover-50x50", "sahrawi-leather-cushion")
LEATHER_BAGS = key("leather-shoulder-bag")
ORGANIC_ARGAN_OIL = key("argan-oil-organic-100ml")
CHEESE = GOAT_CHEESE | key("camel-milk-cheese-200g")
POTTERY = family("pottery")
ARGAN_COSMETICS = family("argan-cosmetics")
FIG_JAM = key("jam-fig-300g")
APRICOT_JAM = key("jam-apricot-300g")
GREEN_OLIVE_OIL = key("olive-oil-early-harvest-500ml")
ORANGE_BLOSSOM_HONEY = key("honey-orange-blossom-500g")
GHASSOUL = key_prefix("ghassoul-")  # the clay itself, not the hammam gift set
# Products made of argan and named for it: the oils, the argan cosmetics, black soap and serum with argan oil
# (not amlou, an almond spread, nor the rose cream or hammam set that only hold some argan oil).
ARGAN_PRODUCTS = ARGAN_OIL | ARGAN_COSMETICS | key("black-soap-argan-250g", "prickly-pear-argan-serum-30ml")
COUSCOUS = family("couscous")


@dataclass(frozen=True)
class Case:
    q: str
    lang: str  # language of the query
    relevant: Rule
    ui: str = ""  # language of the page; the query's own language unless set
    kind: str = ""

    @property
    def page_lang(self) -> str:
        return self.ui or self.lang


CASES: list[Case] = [
    # --- Arabic ---------------------------------------------------------------------------------------
    Case("زيت اركان", "ar", ARGAN_OIL, kind="product words"),
    Case("زَيْت الزَّيْتُون", "ar", OLIVE_OIL, kind="harakat"),
    Case("زيتون", "ar", OLIVE_OIL, kind="product word"),
    Case("عســل", "ar", HONEY, kind="tatweel"),
    Case("زيوت", "ar", OILS, kind="broken plural"),
    Case("تمور", "ar", DATES, kind="broken plural"),
    Case("زرابي", "ar", RUGS, kind="broken plural"),
    Case("الزربية", "ar", RUGS, kind="article, singular"),
    Case("بالعسل", "ar", HONEY | THYME_HONEY, kind="clitic"),
    Case("والزيت", "ar", OILS, kind="clitic"),
    Case("تارودانت", "ar", city("Taroudant"), kind="city"),
    Case("تعاونية تيفاوت", "ar", coop("tifaout-argan"), kind="cooperative"),
    Case("سوس ماسة", "ar", region("souss-massa"), kind="region"),
    Case("زعفران تالوين", "ar", TALIOUINE_SAFFRON, kind="multi-word"),
    Case("زعفرن", "ar", SAFFRON, kind="typo"),
    Case("جبن الماعز", "ar", GOAT_CHEESE, kind="multi-word"),
    Case("حليب النوق", "ar", CAMEL_MILK, kind="multi-word"),
    Case("أملو", "ar", AMLOU, kind="product word"),
    Case("كسكس الشعير", "ar", BARLEY_COUSCOUS, kind="multi-word"),
    Case("ماء الورد", "ar", ROSE_WATER, kind="multi-word"),
    Case("طواجين", "ar", TAGINES, kind="broken plural"),
    Case("بلغة", "ar", BABOUCHES, kind="product word"),
    Case("خشب الأرز", "ar", CEDAR, kind="multi-word"),
    Case("العرعار", "ar", THUYA, kind="article"),
    Case("الصابون البلدي", "ar", BLACK_SOAP, kind="multi-word"),
    Case("زيت أركان تجميلي", "ar", COSMETIC_ARGAN_OIL, kind="multi-word"),
    Case("أجبان", "ar", CHEESE, kind="broken plural"),
    Case("توابل", "ar", SPICES, kind="broken plural"),
    Case("فخار", "ar", POTTERY, kind="category word"),
    Case("مربى التين", "ar", FIG_JAM, kind="multi-word"),
    Case("زيتوون", "ar", OLIVE_OIL, kind="typo"),
    Case("مستحضرات الأركان", "ar", ARGAN_COSMETICS, kind="multi-word, plural"),
    Case("عسل الزعتر", "ar", THYME_HONEY, ui="fr", kind="cross-language"),
    Case("زربية", "ar", RUGS, ui="en", kind="cross-language"),
    # --- French ---------------------------------------------------------------------------------------
    Case("huile d'argan", "fr", ARGAN_OIL, kind="product words"),
    Case("l'huile d'olive", "fr", OLIVE_OIL, kind="elision"),
    Case("miels", "fr", HONEY, kind="plural"),
    Case("épices", "fr", SPICES, kind="accent, plural"),
    Case("dattes", "fr", DATES, kind="plural"),
    Case("datte", "fr", DATES, kind="singular"),
    Case("tapis", "fr", RUGS, kind="product word"),
    Case("safrann", "fr", SAFFRON, kind="typo"),
    Case("huille d’argan", "fr", ARGAN_OIL, kind="typo, typographic apostrophe"),
    Case("amandes", "fr", ALMONDS, kind="plural"),
    Case("amande", "fr", ALMONDS, kind="singular"),
    Case("Taroudant", "fr", city("Taroudant"), kind="city"),
    Case("coopérative Tifaout", "fr", coop("tifaout-argan"), kind="cooperative"),
    Case("Drâa-Tafilalet", "fr", region("draa-tafilalet"), kind="region"),
    Case("fromage de chèvre", "fr", GOAT_CHEESE, kind="multi-word, accent"),
    Case("savon noir", "fr", BLACK_SOAP, kind="multi-word"),
    Case("eau de rose", "fr", ROSE_WATER, kind="multi-word"),
    Case("tajines", "fr", TAGINES, kind="plural"),
    Case("babouches", "fr", BABOUCHES, kind="product word"),
    Case("babouche", "fr", BABOUCHES, kind="singular"),
    Case("bois de cèdre", "fr", CEDAR, kind="multi-word"),
    Case("bol bleu de fes", "fr", FES_BLUE_BOWL, kind="multi-word, no accent"),
    Case("couscous d'orge", "fr", BARLEY_COUSCOUS, kind="elision"),
    Case("confitures", "fr", JAMS, kind="plural"),
    Case("lait de chamelle", "fr", CAMEL_MILK, kind="multi-word"),
    Case("figue de barbarie", "fr", PRICKLY_PEAR, kind="multi-word"),
    Case("roses du mgoun", "fr", coop("roses-du-mgoun"), kind="cooperative, no apostrophe"),
    Case("huile argan bio", "fr", ORGANIC_ARGAN_OIL, kind="multi-word"),
    Case("huiles", "fr", OILS, kind="plural"),
    Case("poterie", "fr", POTTERY, kind="category word"),
    Case("fromages", "fr", CHEESE, kind="plural"),
    Case("confiture d'abricots", "fr", APRICOT_JAM, kind="elision, plural"),
    Case("cosmétiques à l'argan", "fr", ARGAN_COSMETICS, kind="multi-word, accent, elision"),
    Case("miel de thym", "fr", THYME_HONEY, ui="en", kind="cross-language"),
    Case("ghassoul", "fr", GHASSOUL, ui="ar", kind="cross-language"),
    # --- English --------------------------------------------------------------------------------------
    Case("argan oil", "en", ARGAN_OIL, kind="product words"),
    Case("olive oil", "en", OLIVE_OIL, kind="product words"),
    Case("honey", "en", HONEY, kind="product word"),
    Case("honney", "en", HONEY, kind="typo"),
    Case("dates", "en", DATES, kind="plural"),
    Case("rugs", "en", RUGS, kind="plural"),
    Case("slippers", "en", BABOUCHES, kind="plural"),
    Case("walnuts", "en", WALNUTS, kind="plural"),
    Case("cushions", "en", CUSHIONS, kind="plural"),
    Case("cushion", "en", CUSHIONS, kind="singular"),
    Case("saffron", "en", SAFFRON, kind="product word"),
    Case("Essaouira", "en", city("Essaouira"), kind="city"),
    Case("Guelmim Oued Noun", "en", region("guelmim-oued-noun"), kind="region"),
    Case("Tagmat cooperative", "en", coop("tagmat-argan-cosmetics"), kind="cooperative"),
    Case("mgoun", "en", coop("roses-du-mgoun"), kind="cooperative, name written M'Goun"),
    Case("chefchauen", "en", coop("chefchaouen-goat-cheese"), kind="typo, cooperative"),
    Case("cumin", "en", CUMIN, kind="product word"),
    Case("goat cheese", "en", GOAT_CHEESE, kind="multi-word"),
    Case("black soap", "en", BLACK_SOAP, kind="multi-word"),
    Case("rose water", "en", ROSE_WATER, kind="multi-word"),
    Case("tagines", "en", TAGINES, kind="plural"),
    Case("eucaliptus honey", "en", EUCALYPTUS_HONEY, kind="typo, multi-word"),
    Case("camel milk", "en", CAMEL_MILK, kind="multi-word"),
    Case("prickly pear oil", "en", PRICKLY_PEAR_OIL, kind="multi-word"),
    Case("cedar box", "en", CEDAR_BOXES, kind="multi-word"),
    Case("barley couscous", "en", BARLEY_COUSCOUS, kind="multi-word"),
    Case("almonds", "en", ALMONDS, kind="plural"),
    Case("almond", "en", ALMONDS, kind="singular"),
    Case("leather bags", "en", LEATHER_BAGS, kind="plural, multi-word"),
    Case("oils", "en", OILS, kind="plural"),
    Case("carpets", "en", RUGS, kind="category word, plural"),
    Case("cheeses", "en", CHEESE, kind="plural"),
    Case("pottery", "en", POTTERY, kind="category word"),
    Case("spices", "en", SPICES, kind="plural"),
    Case("green olive oil", "en", GREEN_OLIVE_OIL, kind="multi-word"),
    Case("orange blossom honey", "en", ORANGE_BLOSSOM_HONEY, kind="multi-word"),
    Case("saffrom", "en", SAFFRON, kind="typo"),
    Case("thyme honey", "en", THYME_HONEY, ui="ar", kind="cross-language"),
    # --- Tamazight: Tifinagh --------------------------------------------------------------------------
    Case("ⴰⵔⴳⴰⵏ", "zgh", ARGAN_PRODUCTS, kind="product word"),
    Case("ⴰⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ", "zgh", ARGAN_OIL, kind="product words, annexed state"),
    Case("ⴰⵣⵉⵜ", "zgh", OILS, kind="category word"),
    Case("ⵜⴰⵎⵎⵏⵜ", "zgh", HONEY, kind="product word"),
    Case("ⵜⴰⵎⵎⵏⵜ ⵏ ⵓⵣⵓⴽⵏⵉ", "zgh", THYME_HONEY, kind="multi-word"),
    Case("ⴰⵎⵍⵓ", "zgh", AMLOU, kind="product word"),
    Case("ⵣⵄⴼⵔⴰⵏ", "zgh", SAFFRON, kind="product word"),
    Case("ⴰⵣⵄⴼⵕⴰⵏ", "zgh", SAFFRON, kind="spelling variant, emphatic letter"),
    Case("ⵜⵉⵢⵢⵉⵏⵉ", "zgh", DATES, kind="product word"),
    Case("ⵙⴽⵙⵓ", "zgh", COUSCOUS, kind="product word"),
    Case("ⵙⴽⵙⵓ ⵏ ⵜⵎⵥⵉⵏ", "zgh", BARLEY_COUSCOUS, kind="multi-word"),
    Case("ⴰⴽⴼⴰⵢ ⵏ ⵜⵍⵖⵎⵜ", "zgh", CAMEL_MILK, kind="multi-word"),
    Case("ⵍⵊⴱⵏ ⵏ ⵜⵖⴰⵜ", "zgh", GOAT_CHEESE, kind="multi-word"),
    Case("ⴰⵎⴰⵏ ⵏ ⵍⵡⵔⴷ", "zgh", ROSE_WATER, kind="multi-word"),
    Case("ⴰⵣⵉⵜ ⵏ ⵓⵣⵎⵎⵓⵔ", "zgh", OLIVE_OIL, kind="multi-word, annexed state"),
    Case("ⴰⵣⵎⵎⵓⵔ", "zgh", OLIVE_OIL, kind="product word, free state"),
    Case("ⵍⵍⵓⵣ", "zgh", ALMONDS, kind="product word"),
    Case("ⵚⵚⴰⴱⵓⵏ ⴰⴱⵔⴽⴰⵏ", "zgh", BLACK_SOAP, kind="multi-word"),
    Case("ⴰⵃⵏⴱⵍ", "zgh", RUGS, kind="product word"),
    Case("ⵜⴰⵊⵉⵏ", "zgh", TAGINES, kind="product word"),
    Case("ⵜⴰⵔⵓⴷⴰⵏⵜ", "zgh", city("Taroudant"), kind="city"),
    Case("ⵜⴰⵍⵉⵡⵉⵏ", "zgh", city("Taliouine") | TALIOUINE_SAFFRON, kind="town, its saffron"),
    Case("ⵜⴰⵣⵏⴰⵅⵜ", "zgh", city("Taznakht") | key("rug-taznakht-150x250"), kind="town, its rugs"),
    Case("ⴰⵣⵉⵍⴰⵍ", "zgh", city("Azilal") | key("rug-azilal-150x230"), kind="town, its rugs"),
    Case("ⵜⴰⵎⵙⵎⵓⵏⵜ ⵜⵉⴼⴰⵡⵜ", "zgh", coop("tifaout-argan"), kind="cooperative"),
    Case("ⵜⴰⵎⵓⵏⵜ", "zgh", coop("tamount-argan-union"), kind="cooperative"),
    Case("ⵎⴳⵓⵏ", "zgh", coop("roses-du-mgoun"), kind="cooperative"),
    Case("ⵙⵓⵙ-ⵎⴰⵙⵙⴰ", "zgh", region("souss-massa"), kind="region"),
    Case("ⴷⵔⵄⴰ-ⵜⴰⴼⵉⵍⴰⵍⵜ", "zgh", region("draa-tafilalet"), kind="region"),
    # --- Tamazight: Latin letters ---------------------------------------------------------------------
    Case("tammnt", "zgh", HONEY, kind="transliteration"),
    Case("tamment", "zgh", HONEY, kind="transliteration with a vowel Tifinagh does not write"),
    Case("amlou", "zgh", AMLOU, kind="transliteration"),
    Case("argan", "zgh", ARGAN_PRODUCTS, kind="transliteration"),
    Case("azit n wargan", "zgh", ARGAN_OIL, kind="transliteration, annexed state"),
    Case("tiyyini", "zgh", DATES, kind="transliteration"),
    Case("zaafran", "zgh", SAFFRON, kind="transliteration, typo distance"),
    Case("aman n lward", "zgh", ROSE_WATER, kind="transliteration with a vowel Tifinagh does not write"),
    Case("tafraout", "zgh", city("Tafraout"), kind="town, transliteration"),
    # --- Tamazight: cross-language --------------------------------------------------------------------
    Case("ⵜⴰⵎⵎⵏⵜ", "zgh", HONEY, ui="fr", kind="cross-language"),
    Case("ⴰⵎⵍⵓ", "zgh", AMLOU, ui="ar", kind="cross-language"),
    Case("ⵜⵉⵢⵢⵉⵏⵉ", "zgh", DATES, ui="ar", kind="cross-language"),
    Case("ⴰⵃⵏⴱⵍ", "zgh", RUGS, ui="en", kind="cross-language"),
    Case("ⵣⵄⴼⵔⴰⵏ ⵏ ⵜⴰⵍⵉⵡⵉⵏ", "zgh", TALIOUINE_SAFFRON, ui="fr", kind="cross-language, multi-word"),
    Case("ⵜⴰⵔⵓⴷⴰⵏⵜ", "zgh", city("Taroudant"), ui="ar", kind="cross-language, city"),
]
