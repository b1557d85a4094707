"""Tamazight (zgh) texts of the demo catalogue: Standard Moroccan Tamazight in Tifinagh, by cooperative
slug and by product key (market/demo/data.py). The loader adds them to what it upserts; cooperatives and
products without an entry here have no Tamazight text, and visitors reading in Tamazight get the fallback.

The texts are short and plain, written for the demo. They use the words Moroccan Tamazight speakers use,
loanwords included where those are the everyday words (ⵍⵍⵓⵣ almonds, ⵍⵡⵔⴷ roses, ⵚⵚⴰⴱⵓⵏ soap, ⵍⵊⴱⵏ jben),
and the annexed state where the grammar wants it (ⴰⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ "argan oil", ⵜⴰⵎⵎⵏⵜ ⵏ ⵓⵣⵓⴽⵏⵉ "thyme
honey"). A product key names the same product at every cooperative that sells its family, so one entry
gives every such cooperative the text. A native speaker's review is welcome before real use.
"""

from __future__ import annotations

# slug -> name_zgh, city_zgh, story_zgh (2-4 sentences)
COOPERATIVES_ZGH: dict[str, dict[str, str]] = {
    "tifaout-argan": {
        "name_zgh": "ⵜⴰⵎⵙⵎⵓⵏⵜ ⵜⵉⴼⴰⵡⵜ ⵏ ⵡⴰⵔⴳⴰⵏ",
        "city_zgh": "ⵜⴰⵎⵔⵉ",
        "story_zgh": (
            "ⵙⵙⵏⵜⵉⵏⵜ ⵜⵎⵖⴰⵔⵉⵏ ⵏ ⵜⵎⴰⵣⵉⵔⵜ ⵏ ⵜⴰⵎⵔⵉ ⵜⴰⵎⵙⵎⵓⵏⵜ ⴰⴷ ⴳ ⵓⵙⴳⴳⵯⴰⵙ ⵏ 2003. ⵙⴽⴰⵔⵏⵜ ⴰⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⴷ ⵓⵎⵍⵓ ⵙ ⵓⴼⵓⵙ. "
            "ⴳ ⵜⵎⵙⵎⵓⵏⵜ ⴰⴷ, ⵍⵎⴷⵏⵜ ⴽⵉⴳⴰⵏ ⴳⵉⵙⵏⵜ ⵜⵉⵖⵔⵉ ⴷ ⵜⵉⵔⴰ."
        ),
    },
    "tagmat-argan-cosmetics": {
        "name_zgh": "ⵜⴰⵎⵙⵎⵓⵏⵜ ⵜⴰⴳⵎⴰⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⴷ ⵜⴼⵓⵍⴽⵉ",
        "city_zgh": "ⵜⴰⵔⵓⴷⴰⵏⵜ",
        "story_zgh": (
            "ⵙⵙⵏⵜⵉⵏⵜ 38 ⵏ ⵜⵎⵖⴰⵔⵉⵏ ⵏ ⵜⵎⴰⵣⵉⵔⵜ ⵏ ⵜⴰⵔⵓⴷⴰⵏⵜ ⵜⴰⵎⵙⵎⵓⵏⵜ ⴰⴷ ⴳ ⵓⵙⴳⴳⵯⴰⵙ ⵏ 2012. ⵣⵉⴽ ⵙⴽⴰⵔⵏⵜ ⵖⴰⵙ ⴰⵣⵉⵜ ⵏ "
            "ⵡⴰⵔⴳⴰⵏ; ⵖⵉⵍⴰ ⵙⴽⴰⵔⵏⵜ ⵓⵍⴰ ⵙⵙⴰⴱⵓⵏ ⴷ ⵍⴽⵔⵉⵎⴰⵜ ⵙ ⵡⴰⵔⴳⴰⵏ."
        ),
    },
    "azaghar-saffron": {
        "name_zgh": "ⵜⴰⵎⵙⵎⵓⵏⵜ ⴰⵣⴰⵖⴰⵔ ⵏ ⵣⵄⴼⵔⴰⵏ",
        "city_zgh": "ⵜⴰⵍⵉⵡⵉⵏ",
        "story_zgh": (
            "ⵜⵙⵎⵓⵏ ⵜⵎⵙⵎⵓⵏⵜ ⴰⴷ ⵜⴰⵡⵊⵉⵡⵉⵏ ⵏ ⵉⵖⵔⵎⴰⵏ ⴷⴷⴰⵡ ⵏ ⵓⴷⵔⴰⵔ ⵏ ⵙⵉⵔⵡⴰ. ⴳ ⵓⵎⵡⴰⵏ, ⵜⵜⴽⴽⵙⵏⵜ ⵜⵎⵖⴰⵔⵉⵏ ⵉⵊⴷⴷⵉⴳⵏ ⵏ ⵣⵄⴼⵔⴰⵏ "
            "ⵣⵡⴰⵔ ⵏ ⵜⵓⴼⵖⴰ ⵏ ⵜⴰⴼⵓⴽⵜ. ⵜⴰⵎⵙⵎⵓⵏⵜ ⴰⴷ ⵉⵜⵜⵣⵣⵏⵣⵏ ⵣⵄⴼⵔⴰⵏ, ⴰⴷ ⵢⵉⵍⵉ ⵙⵙⵓⵎⴰ ⵉⴼⵓⵍⴽⵉⵏ ⵉ ⵜⵡⵊⵉⵡⵉⵏ."
        ),
    },
    "ameln-almonds": {
        "name_zgh": "ⵜⴰⵎⵙⵎⵓⵏⵜ ⴰⵎⵍⵏ ⵏ ⵍⵍⵓⵣ",
        "city_zgh": "ⵜⴰⴼⵔⴰⵡⵜ",
        "story_zgh": (
            "ⵉⵙⴽⵍⴰ ⵏ ⵍⵍⵓⵣ ⵏ ⵓⵙⵉⴼ ⵏ ⴰⵎⵍⵏ ⵓⵔ ⵙⵙⴰⵏ ⵖⴰⵙ ⴰⵏⵥⴰⵔ. ⵙⴽⴰⵔⵏⵜ ⵜⵎⵖⴰⵔⵉⵏ ⵏ ⵜⵡⵊⵉⵡⵉⵏ ⴰⵎⵍⵓ ⵙ ⴽⵔⴰ ⴳ ⵍⵍⵓⵣ ⵏ ⵜⵎⵙⵎⵓⵏⵜ."
        ),
    },
    "tagant-honey": {
        "name_zgh": "ⵜⴰⵎⵙⵎⵓⵏⵜ ⵜⴰⴳⴰⵏⵜ ⵏ ⵜⵣⵉⵣⵡⴰ",
        "city_zgh": "ⴰⵢⵜ ⴱⴰⵀⴰ",
        "story_zgh": (
            "ⵙⵙⵏⵜⵉⵏ ⵢⵉⵄⵔⵔⵉⵎⵏ ⵏ ⴰⵢⵜ ⴱⴰⵀⴰ ⵜⴰⵎⵙⵎⵓⵏⵜ ⴰⴷ ⴳ ⵓⵙⴳⴳⵯⴰⵙ ⵏ 2016. ⵜⵜⴰⵡⵉⵏ ⵜⵉⵣⵉⵣⵡⴰ ⵏⵏⵙⵏ ⴳⵔ ⵜⴰⴳⴰⵏⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⴷ "
            "ⵉⴷⵓⵔⴰⵔ ⵏ ⴷⴷⴰⵖⵎⵓⵙ."
        ),
    },
    "tamount-argan-union": {
        "name_zgh": "ⵜⴰⵎⵓⵏⵜ ⵏ ⵜⵎⵙⵎⵓⵏⵉⵏ ⵏ ⵡⴰⵔⴳⴰⵏ",
        "city_zgh": "ⵜⴰⵎⴰⵏⴰⵔ",
        "story_zgh": (
            "ⵜⵙⵎⵓⵏ ⵜⵎⵓⵏⵜ ⴰⴷ ⵙⴹⵉⵙ ⵏ ⵜⵎⵙⵎⵓⵏⵉⵏ ⵏ ⵜⵎⵖⴰⵔⵉⵏ ⴳ ⵜⵎⴰⵣⵉⵔⵜ ⵏ ⵃⴰⵃⴰ. ⴽⵔⴰⵢⴳⴰⵜⵜ ⵜⴰⵎⵙⵎⵓⵏⵜ ⵜⵙⴽⴰⵔ ⴰⵣⵉⵜ ⵏⵏⵙ, ⵜⴰⵎⵓⵏⵜ "
            "ⵜⵣⵣⵏⵣ ⵜ."
        ),
    },
    "roses-du-mgoun": {
        "name_zgh": "ⵜⴰⵎⵙⵎⵓⵏⵜ ⵏ ⵍⵡⵔⴷ ⵏ ⵎⴳⵓⵏ",
        "city_zgh": "ⵇⵍⵄⴰⵜ ⵎⴳⵓⵏⴰ",
        "story_zgh": (
            "ⵜⵜⴽⴽⵙⵏⵜ ⵜⵎⵖⴰⵔⵉⵏ ⵍⵡⵔⴷ ⵙ ⵜⵉⴼⴰⵡⵜ ⴳ ⵉⴳⵔⴰⵏ ⵏ ⵓⵙⵉⴼ ⵏ ⴷⴰⴷⵙ, ⵙⴽⴰⵔⵏⵜ ⴳⵉⵙ ⴰⵎⴰⵏ ⵏ ⵍⵡⵔⴷ ⴳ ⵡⴰⵙⵙ ⵏⵏⵙ. ⴽⵔⴰⵢⴳⴰⵜⵜ "
            "ⴰⵙⴳⴳⵯⴰⵙ, ⴳ ⵎⴰⵢⵢⵓ, ⵜⵍⵍⴰ ⵜⵎⵙⵎⵓⵏⵜ ⴳ ⵓⵎⵓⵙⵙⵎ ⵏ ⵍⵡⵔⴷ ⴳ ⵇⵍⵄⴰⵜ ⵎⴳⵓⵏⴰ."
        ),
    },
    "tamegroute-pottery": {
        "name_zgh": "ⵜⴰⵎⵙⵎⵓⵏⵜ ⵜⴰⵎⴳⵔⵓⵜ ⵏ ⵉⵎⴰⵏⵏⴰⵡⵏ ⵏ ⵡⴰⵍⵓⴷ",
        "city_zgh": "ⵜⴰⵎⴳⵔⵓⵜ",
        "story_zgh": (
            "ⵙⴽⴰⵔⵏ ⴰⵢⵜ ⵜⵎⵙⵎⵓⵏⵜ ⴰⴷ ⵉⵎⴰⵏⵏⴰⵡⵏ ⵉⵣⴳⵣⴰⵡⵏ ⵏ ⵜⴰⵎⴳⵔⵓⵜ, ⵣⵓⵏⴷ ⵎⴰ ⵙⴽⴰⵔⵏ ⵉⵎⵣⵡⵓⵔⴰ ⵏⵏⵙⵏ. ⵅⴷⴷⵎⵏ ⴳ ⵜⵃⴰⵏⵓⵜⵉⵏ ⴷⴷⴰⵡ ⵏ "
            "ⵡⴰⴽⴰⵍ, ⵙⵎⵎⵉⴹⵏⵜ ⴳ ⵓⵏⴱⴷⵓ ⵏ ⴷⵔⵄⴰ."
        ),
    },
    "siroua-weavers": {
        "name_zgh": "ⵜⴰⵎⵙⵎⵓⵏⵜ ⵙⵉⵔⵡⴰ ⵏ ⵓⵥⴹⴰ",
        "city_zgh": "ⵜⴰⵣⵏⴰⵅⵜ",
        "story_zgh": (
            "ⵥⴹⴹⴰⵏⵜ ⵜⵎⵖⴰⵔⵉⵏ ⵏ ⵜⵎⵙⵎⵓⵏⵜ ⵉⵃⵏⴱⵍⵏ ⵏ ⵜⴰⵣⵏⴰⵅⵜ ⵙ ⵜⴰⴹⵓⴼⵜ ⵏ ⵡⵓⵍⵍⵉ ⵏ ⵙⵉⵔⵡⴰ. ⴳ ⵓⵎⵡⴰⵏ, ⵜⵜⴽⴽⵙⵏⵜ ⴽⵔⴰ ⵏ ⵜⵡⵊⵉⵡⵉⵏ "
            "ⵓⵍⴰ ⵣⵄⴼⵔⴰⵏ."
        ),
    },
    "marmoucha-rugs": {
        "name_zgh": "ⵜⴰⵎⵙⵎⵓⵏⵜ ⵎⴰⵔⵎⵓⵛⴰ ⵏ ⵓⵃⵏⴱⵍ",
        "city_zgh": "ⵉⵎⵓⵣⵣⴰⵔ ⵎⴰⵔⵎⵓⵛⴰ",
        "story_zgh": (
            "ⵣⴳ ⵣⵉⴽ, ⵥⴹⴹⴰⵏⵜ ⵜⵎⵖⴰⵔⵉⵏ ⵏ ⵡⴰⵟⵍⴰⵙ ⴰⵍⵎⵎⴰⵙ ⵉⵃⵏⴱⵍⵏ ⵏ ⴰⵢⵜ ⵡⴰⵔⴰⵢⵏ, ⴰⴷ ⵙⵃⵎⵓⵏⵜ ⵜⵉⴷⴷⴰⵔ ⵏⵏⵙⵏⵜ ⴳ ⵜⴳⵔⵙⵜ. ⵜⵜⵙⵖⴰ "
            "ⵜⵎⵙⵎⵓⵏⵜ ⵜⴰⴹⵓⴼⵜ ⵣⴳ ⵉⵎⴽⵙⴰⵡⵏ ⵏ ⵜⵎⴰⵣⵉⵔⵜ; ⵙⵉⵔⴷⵏⵜ ⵜⵜ ⵜⵎⵖⴰⵔⵉⵏ, ⵍⵍⵎⵏⵜ ⵜⵜ ⵙ ⵓⴼⵓⵙ."
        ),
    },
    "ighrem-azilal-weavers": {
        "name_zgh": "ⵜⴰⵎⵙⵎⵓⵏⵜ ⵉⵖⵔⵎ ⵏ ⵓⵥⴹⴰ",
        "city_zgh": "ⴰⵣⵉⵍⴰⵍ",
        "story_zgh": (
            "ⵥⴹⴹⴰⵏⵜ ⵜⵎⵖⴰⵔⵉⵏ ⵉⵃⵏⴱⵍⵏ ⵏ ⴰⵣⵉⵍⴰⵍ ⴳ ⵜⵉⴷⴷⴰⵔ ⵏⵏⵙⵏⵜ, ⵙⵎⴷⵏⵜ ⵜⵏ ⴳ ⵜⵎⵙⵎⵓⵏⵜ. ⴳ ⵜⴳⵉⵔⴰ ⵏ ⵓⵙⴳⴳⵯⴰⵙ, ⴱⴹⵓⵏⵜ ⵍⴼⴰⵢⴷⴰ "
            "ⴳⵔⴰⵜⵙⵏⵜ."
        ),
    },
    "zayane-hanbel": {
        "name_zgh": "ⵜⴰⵎⵙⵎⵓⵏⵜ ⵣⴰⵢⵢⴰⵏ ⵏ ⵓⵃⵏⴱⵍ",
        "city_zgh": "ⵅⵏⵉⴼⵕⴰ",
        "story_zgh": (
            "ⵜⵙⴽⴰⵔ ⵜⵎⵙⵎⵓⵏⵜ ⴰⴷ ⴰⵥⴹⴰ ⵏ ⴰⵢⵜ ⵣⴰⵢⵢⴰⵏ: ⵉⵃⵏⴱⵍⵏ ⵉⵣⴳⴳⵯⴰⵖⵏ ⵙ ⵜⵎⴰⵜⴰⵔⵉⵏ. ⵥⴹⴹⴰⵏⵜ ⵙⵏⴰⵜ ⵏⵉⵖ ⴽⵔⴰⴹ ⵏ ⵜⵎⵖⴰⵔⵉⵏ ⴼ ⵢⴰⵏ ⵓⵥⴹⴰ."
        ),
    },
    "ait-baamrane-cactus": {
        "name_zgh": "ⵜⴰⵎⵙⵎⵓⵏⵜ ⴰⵢⵜ ⴱⴰⵄⵎⵔⴰⵏ ⵏ ⵓⴽⵔⵎⵓⵙ",
        "city_zgh": "ⵙⵉⴷⵉ ⵉⴼⵏⵉ",
        "story_zgh": (
            "ⵙⵙⵏⵜⵉⵏⵜ ⵜⵄⵔⵔⵉⵎⵉⵏ ⵏ ⴰⵢⵜ ⴱⴰⵄⵎⵔⴰⵏ ⵜⴰⵎⵙⵎⵓⵏⵜ ⴰⴷ ⴳ ⵓⵙⴳⴳⵯⴰⵙ ⵏ 2016. ⵙⴽⴰⵔⵏⵜ ⴰⵣⵉⵜ ⵏ ⵓⴽⵔⵎⵓⵙ ⴷ ⵓⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ."
        ),
    },
    "oued-noun-argan": {
        "name_zgh": "ⵜⴰⵎⵙⵎⵓⵏⵜ ⵡⴰⴷ ⵏⵓⵏ ⵏ ⵡⴰⵔⴳⴰⵏ",
        "city_zgh": "ⴳⵍⵎⵉⵎ",
        "story_zgh": (
            "ⵜⵍⵍⴰ ⵜⵎⵙⵎⵓⵏⵜ ⴰⴷ ⴳ ⵜⴰⵎⴰ ⵏ ⵜⴰⴳⴰⵏⵜ ⵏ ⵡⴰⵔⴳⴰⵏ, ⴳ ⵓⵏⵥⵓⵍ. ⵙⴽⴰⵔⵏⵜ ⵜⵎⵖⴰⵔⵉⵏ ⵓⵍⴰ ⴰⵎⵍⵓ ⵙ ⵍⵍⵓⵣ ⴷ ⵜⵎⵎⵏⵜ ⵏ ⵜⵎⴰⵣⵉⵔⵜ."
        ),
    },
}

# product key -> name_zgh, description_zgh (1-2 sentences)
PRODUCTS_ZGH: dict[str, dict[str, str]] = {
    # argan-oil
    "argan-oil-roasted-250ml": {
        "name_zgh": "ⴰⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⵏ ⵜⵉⵔⵎⵜ",
        "description_zgh": "ⴰⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⵏ ⵜⵉⵔⵎⵜ, ⵉⵜⵜⵓⵙⴽⴰⵔ ⴳ ⵜⵎⵙⵎⵓⵏⵜ. ⵉⵜⵜⵢⴰⵛⵛⴰ ⵙ ⵓⵖⵔⵓⵎ.",
    },
    "argan-oil-roasted-500ml": {
        "name_zgh": "ⴰⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⵏ ⵜⵉⵔⵎⵜ, 500 ml",
        "description_zgh": "ⴰⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⵏ ⵜⵉⵔⵎⵜ ⴳ ⵢⴰⵜ ⵜⵇⵔⵄⵉⵜ ⵜⴰⵎⵇⵇⵔⴰⵏⵜ, ⵉ ⵜⵡⵊⵉⵡⵉⵏ.",
    },
    "argan-oil-roasted-1l": {
        "name_zgh": "ⴰⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⵏ ⵜⵉⵔⵎⵜ, 1 l",
        "description_zgh": "ⵢⴰⵏ ⵓⵍⵉⵜⵔ ⵏ ⵓⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⵏ ⵜⵉⵔⵎⵜ, ⵉⴼⵓⵍⴽⵉ ⵉ ⵓⵙⵏⵡⵓ ⵏ ⵓⵎⵍⵓ.",
    },
    "argan-oil-hand-kneaded-250ml": {
        "name_zgh": "ⴰⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⵏ ⵜⵎⴰⵣⵉⵔⵜ, ⵙ ⵓⴼⵓⵙ",
        "description_zgh": "ⵉⵜⵜⵓⵙⴽⴰⵔ ⵙ ⵓⴼⵓⵙ ⵣⵓⵏⴷ ⵣⵉⴽ, ⵙ ⵜⵙⵉⵔⵜ ⵏ ⵓⵥⵔⵓ.",
    },
    "argan-oil-organic-100ml": {
        "name_zgh": "ⴰⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⴰⴳⴰⵎⴰⵏ",
        "description_zgh": "ⴰⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⴰⴳⴰⵎⴰⵏ ⵏ ⵜⵉⵔⵎⵜ, ⵣⴳ ⵜⴰⴳⴰⵏⵜ ⵏ ⵡⴰⵔⴳⴰⵏ.",
    },
    # argan-cosmetics
    "argan-oil-cosmetic-50ml": {
        "name_zgh": "ⴰⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⵉ ⵜⴼⵓⵍⴽⵉ",
        "description_zgh": "ⴰⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⵉ ⵓⴳⵍⵉⵎ ⴷ ⵓⵣⵣⴰⵔ.",
    },
    "argan-oil-cosmetic-100ml-pump": {
        "name_zgh": "ⴰⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⵉ ⵜⴼⵓⵍⴽⵉ, 100 ml",
        "description_zgh": "ⴰⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⵉ ⵓⴳⵍⵉⵎ ⴷ ⵓⵣⵣⴰⵔ. ⵖⴰⵙ ⴽⵔⴰ ⵏ ⵜⵎⵇⵇⵉⵜⵉⵏ ⴼ ⵓⴳⵍⵉⵎ.",
    },
    "argan-oil-rose-scented-50ml": {
        "name_zgh": "ⴰⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⵙ ⵍⵡⵔⴷ",
        "description_zgh": "ⴰⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⵉ ⵜⴼⵓⵍⴽⵉ, ⵙ ⴽⵔⴰ ⵏ ⵜⵎⵇⵇⵉⵜⵉⵏ ⵏ ⵓⵣⵉⵜ ⵏ ⵍⵡⵔⴷ.",
    },
    "argan-soap-100g": {
        "name_zgh": "ⵙⵙⴰⴱⵓⵏ ⵙ ⵓⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ",
        "description_zgh": "ⵙⵙⴰⴱⵓⵏ ⵙ ⵓⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⴷ ⵓⵣⵉⵜ ⵏ ⵓⵣⵎⵎⵓⵔ, ⵉ ⵡⵓⴷⵎ ⴷ ⵉⴼⴰⵙⵙⵏ.",
    },
    # honey
    "honey-thyme-500g": {
        "name_zgh": "ⵜⴰⵎⵎⵏⵜ ⵏ ⵓⵣⵓⴽⵏⵉ",
        "description_zgh": "ⵜⴰⵎⵎⵏⵜ ⵏ ⵉⴷⵓⵔⴰⵔ, ⵣⴳ ⵉⵊⴷⴷⵉⴳⵏ ⵏ ⵓⵣⵓⴽⵏⵉ. ⵜⴼⵓⵍⴽⵉ ⴳ ⵜⴳⵔⵙⵜ ⵉ ⵜⵓⵙⵓⵜ.",
    },
    "honey-euphorbia-500g": {
        "name_zgh": "ⵜⴰⵎⵎⵏⵜ ⵏ ⴷⴷⴰⵖⵎⵓⵙ",
        "description_zgh": "ⵜⴰⵎⵎⵏⵜ ⵣⴳ ⵉⵊⴷⴷⵉⴳⵏ ⵏ ⴷⴷⴰⵖⵎⵓⵙ ⵏ ⵉⴷⵓⵔⴰⵔ ⵉⵇⵇⵓⵔⵏ: ⵢⴰⵜ ⵜⵖⵏⵊⴰⵢⵜ ⴳ ⵜⵉⴼⴰⵡⵜ.",
    },
    "honey-orange-blossom-500g": {
        "name_zgh": "ⵜⴰⵎⵎⵏⵜ ⵏ ⵓⵊⴷⴷⵉⴳ ⵏ ⵍⵍⵉⵎⵓⵏ",
        "description_zgh": "ⵜⴰⵎⵎⵏⵜ ⵜⴰⵎⵍⵍⴰⵍⵜ ⵏ ⵜⴰⴼⵙⵓⵜ, ⵣⴳ ⵉⵊⴷⴷⵉⴳⵏ ⵏ ⵍⵍⵉⵎⵓⵏ.",
    },
    "honey-carob-500g": {
        "name_zgh": "ⵜⴰⵎⵎⵏⵜ ⵏ ⵍⵅⵔⵔⵓⴱ",
        "description_zgh": "ⵜⴰⵎⵎⵏⵜ ⵜⴰⴱⵔⴽⴰⵏⵜ ⵏ ⵓⵎⵡⴰⵏ, ⵣⴳ ⵉⵊⴷⴷⵉⴳⵏ ⵏ ⵍⵅⵔⵔⵓⴱ.",
    },
    "honey-jujube-250g": {
        "name_zgh": "ⵜⴰⵎⵎⵏⵜ ⵏ ⵙⵙⴷⵔ",
        "description_zgh": "ⵜⴰⵎⵎⵏⵜ ⵣⴳ ⵉⵊⴷⴷⵉⴳⵏ ⵏ ⵙⵙⴷⵔ ⵏ ⵜⵎⵉⵣⴰⵔ ⵉⵇⵇⵓⵔⵏ.",
    },
    "honey-eucalyptus-1kg": {
        "name_zgh": "ⵜⴰⵎⵎⵏⵜ ⵏ ⴽⴰⵍⵉⵜⵓⵙ",
        "description_zgh": "ⵜⴰⵎⵎⵏⵜ ⵏ ⵜⴳⴰⵏⵜ ⵏ ⴽⴰⵍⵉⵜⵓⵙ, ⵉ ⵡⴰⵜⴰⵢ ⵏ ⴽⵔⴰⵢⴳⴰⵜⵜ ⴰⵙⵙ.",
    },
    "honey-wildflower-1kg": {
        "name_zgh": "ⵜⴰⵎⵎⵏⵜ ⵏ ⵉⵊⴷⴷⵉⴳⵏ",
        "description_zgh": "ⵜⴰⵎⵎⵏⵜ ⵏ ⵜⴰⴼⵙⵓⵜ, ⵣⴳ ⵉⵊⴷⴷⵉⴳⵏ ⵎⵏⵏⴰⵡⵜ ⵏ ⵜⵎⴰⵣⵉⵔⵜ.",
    },
    # amlou
    "amlou-beldi-250g": {
        "name_zgh": "ⴰⵎⵍⵓ ⵏ ⵜⵎⴰⵣⵉⵔⵜ",
        "description_zgh": "ⴰⵎⵍⵓ ⵙ ⵍⵍⵓⵣ ⴷ ⵓⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⴷ ⵜⵎⵎⵏⵜ. ⵉⵜⵜⵢⴰⵛⵛⴰ ⵙ ⵓⵖⵔⵓⵎ ⴷ ⵡⴰⵜⴰⵢ.",
    },
    "amlou-beldi-500g": {
        "name_zgh": "ⴰⵎⵍⵓ ⵏ ⵜⵎⴰⵣⵉⵔⵜ, ⵜⴰⴱⵓⵇⴰⵍⵜ ⵜⴰⵎⵇⵇⵔⴰⵏⵜ",
        "description_zgh": "ⴰⵎⵍⵓ ⵙ ⵍⵍⵓⵣ ⵏ ⵜⵎⴰⵣⵉⵔⵜ, ⴳ ⵢⴰⵜ ⵜⴱⵓⵇⴰⵍⵜ ⵜⴰⵎⵇⵇⵔⴰⵏⵜ ⵉ ⵜⵡⵊⵉⵡⵉⵏ.",
    },
    "amlou-thyme-honey-250g": {
        "name_zgh": "ⴰⵎⵍⵓ ⵙ ⵜⵎⵎⵏⵜ ⵏ ⵓⵣⵓⴽⵏⵉ",
        "description_zgh": "ⴰⵎⵍⵓ ⵙ ⵜⵎⵎⵏⵜ ⵏ ⵓⵣⵓⴽⵏⵉ ⵏ ⵉⴷⵓⵔⴰⵔ, ⵉⴼⵓⵍⴽⵉ ⵙ ⵓⵖⵔⵓⵎ ⵏ ⵜⵎⴰⵣⵉⵔⵜ.",
    },
    "amlou-peanut-300g": {
        "name_zgh": "ⴰⵎⵍⵓ ⵙ ⴽⴰⵡⴽⴰⵡ",
        "description_zgh": "ⴰⵎⵍⵓ ⵙ ⴽⴰⵡⴽⴰⵡ ⴷ ⵓⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⴷ ⵜⵎⵎⵏⵜ, ⵃⵎⵍⵏⵜ ⵜ ⵜⴰⵔⵡⴰ.",
    },
    "amlou-no-added-sugar-250g": {
        "name_zgh": "ⴰⵎⵍⵓ ⴱⵍⴰ ⵙⵙⵓⴽⴽⵔ",
        "description_zgh": "ⵖⴰⵙ ⵍⵍⵓⵣ ⴷ ⵓⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ: ⵓⵔ ⴳⵉⵙ ⵙⵙⵓⴽⴽⵔ.",
    },
    # saffron
    "saffron-taliouine-1g": {
        "name_zgh": "ⵣⵄⴼⵔⴰⵏ ⵏ ⵜⴰⵍⵉⵡⵉⵏ",
        "description_zgh": "ⵣⵄⴼⵔⴰⵏ ⵏ ⵜⴰⵍⵉⵡⵉⵏ: ⴽⴽⵙⵏⵜ ⵜ ⵜⵎⵖⴰⵔⵉⵏ ⵙ ⵓⴼⵓⵙ ⴳ ⵓⵎⵡⴰⵏ, ⵙⵙⵇⵇⵔⵏⵜ ⵜ ⴳ ⵜⵉⵍⵉ.",
    },
    "saffron-taliouine-2g-gift": {
        "name_zgh": "ⵣⵄⴼⵔⴰⵏ ⵏ ⵜⴰⵍⵉⵡⵉⵏ ⴳ ⵜⵙⵏⴷⵓⵇⵜ ⵏ ⵓⵙⵖⴰⵔ",
        "description_zgh": "ⵣⵄⴼⵔⴰⵏ ⵏ ⵜⴰⵍⵉⵡⵉⵏ ⴳ ⵢⴰⵜ ⵜⵙⵏⴷⵓⵇⵜ ⵜⴰⵎⵥⵥⵢⴰⵏⵜ ⵏ ⵓⵙⵖⴰⵔ, ⵉ ⵜⴰⵡⵙⴰ.",
    },
    "saffron-taliouine-5g": {
        "name_zgh": "ⵣⵄⴼⵔⴰⵏ ⵏ ⵜⴰⵍⵉⵡⵉⵏ, 5 g",
        "description_zgh": "ⵣⵄⴼⵔⴰⵏ ⴰⵣⴳⴳⵯⴰⵖ ⵏ ⵜⴰⵍⵉⵡⵉⵏ. ⴳ ⵡⴰⵎⴰⵏ ⵉⵔⵖⴰⵏ, ⵉⴼⴽⴰ ⵉⵏⵉ ⴰⵡⵔⴰⵖ.",
    },
    "saffron-taliouine-10g": {
        "name_zgh": "ⵣⵄⴼⵔⴰⵏ ⵏ ⵜⴰⵍⵉⵡⵉⵏ, 10 g",
        "description_zgh": "ⵣⵄⴼⵔⴰⵏ ⵏ ⵜⴰⵍⵉⵡⵉⵏ ⵉ ⵜⵃⴰⵏⵓⵜⵉⵏ ⴷ ⵉⵎⵙⵏⵡⴰⵢⵏ.",
    },
    "saffron-mint-infusion-40g": {
        "name_zgh": "ⵣⵄⴼⵔⴰⵏ ⴷ ⵏⵏⴰⵄⵏⴰⵄ",
        "description_zgh": "ⵏⵏⴰⵄⵏⴰⵄ ⵉⵇⵇⵓⵔⵏ ⴷ ⵣⵄⴼⵔⴰⵏ: ⵙⵙⴰⵏ ⵜ ⵣⵓⵏⴷ ⴰⵜⴰⵢ. ⴼⴽⴰⵏⵜ ⵜ ⵜⵎⵖⴰⵔⵉⵏ ⵏ ⵜⴰⵍⵉⵡⵉⵏ ⵉ ⵉⵏⴱⴳⵉⵡⵏ.",
    },
    "saffron-corms-20pcs": {
        "name_zgh": "ⵉⵥⵓⵔⴰⵏ ⵏ ⵣⵄⴼⵔⴰⵏ ⵉ ⵜⴽⵔⵣⴰ",
        "description_zgh": "ⵉⵥⵓⵔⴰⵏ ⵏ ⵣⵄⴼⵔⴰⵏ ⵏ ⵜⴰⵍⵉⵡⵉⵏ: ⵥⵥⵓ ⵜⵏ ⴳ ⵖⵓⵛⵜ ⵏⵉⵖ ⵛⵜⴰⵏⴱⵉⵔ, ⴰⴷ ⴷ ⴼⴼⵖⵏ ⵉⵊⴷⴷⵉⴳⵏ ⴳ ⵓⵎⵡⴰⵏ.",
    },
    # dates
    "dates-mejhoul-1kg": {
        "name_zgh": "ⵜⵉⵢⵢⵉⵏⵉ ⵏ ⵎⵊⵀⵓⵍ",
        "description_zgh": "ⵜⵉⵢⵢⵉⵏⵉ ⵏ ⵜⴰⴼⵉⵍⴰⵍⵜ, ⵜⵉⵎⵇⵇⵔⴰⵏⵉⵏ, ⵥⵉⴹⵏⵜ. ⵜⵜⵢⴰⵛⵛⴰⵏⵜ ⵙ ⵡⴰⴽⴼⴰⵢ ⵏⵉⵖ ⵙ ⵡⴰⵜⴰⵢ.",
    },
    "dates-mejhoul-500g-gift": {
        "name_zgh": "ⵜⵉⵢⵢⵉⵏⵉ ⵏ ⵎⵊⵀⵓⵍ ⴳ ⵜⵙⵏⴷⵓⵇⵜ",
        "description_zgh": "ⵜⵉⵢⵢⵉⵏⵉ ⵜⵉⵎⵇⵇⵔⴰⵏⵉⵏ ⴳ ⵢⴰⵜ ⵜⵙⵏⴷⵓⵇⵜ ⵏ ⵓⵙⵖⴰⵔ ⵏ ⵜⵣⴷⴰⵢⵜ, ⵉ ⵜⴰⵡⵙⴰ ⴳ ⵔⵎⴹⴰⵏ ⴷ ⵍⵄⵉⴷⴰⵜ.",
    },
    "dates-boufeggous-1kg": {
        "name_zgh": "ⵜⵉⵢⵢⵉⵏⵉ ⵏ ⴱⵓⴼⴳⴳⵓⵙ",
        "description_zgh": "ⵜⵉⵢⵢⵉⵏⵉ ⵏ ⴷⵔⵄⴰ ⴷ ⵜⴰⴼⵉⵍⴰⵍⵜ, ⵜⵜⵖⴰⵎⴰⵏⵜ ⵖⵣⵣⵉⴼⵏⵜ ⵓⵔ ⵇⵇⵓⵔⵏⵜ.",
    },
    "dates-jihel-1kg": {
        "name_zgh": "ⵜⵉⵢⵢⵉⵏⵉ ⵏ ⵊⵉⵀⵍ",
        "description_zgh": "ⵜⵉⵢⵢⵉⵏⵉ ⵜⵉⴱⵔⴽⴰⵏⵉⵏ, ⵜⵉⵢⵢⵉⵏⵉ ⵏ ⴽⵔⴰⵢⴳⴰⵜⵜ ⴰⵙⵙ ⴳ ⵜⵉⴷⴷⴰⵔ ⵏ ⵓⵏⵥⵓⵍ.",
    },
    "dates-najda-1kg": {
        "name_zgh": "ⵜⵉⵢⵢⵉⵏⵉ ⵏ ⵏⴰⵊⴷⴰ",
        "description_zgh": "ⵜⵉⵢⵢⵉⵏⵉ ⵜⴰⵎⴰⵢⵏⵓⵜ ⵏ ⵍⵎⵖⵔⵉⴱ. ⵥⵥⴰⵏ ⵜⵜ ⴳ ⴽⵉⴳⴰⵏ ⵏ ⵜⵎⵉⵣⴰⵔ ⵏ ⵓⵏⵥⵓⵍ.",
    },
    "dates-bouslikhene-1kg": {
        "name_zgh": "ⵜⵉⵢⵢⵉⵏⵉ ⵏ ⴱⵓⵙⵍⵉⵅⵏ",
        "description_zgh": "ⵜⵉⵢⵢⵉⵏⵉ ⵜⵉⵣⴳⴳⵯⴰⵖⵉⵏ ⵏ ⵓⵏⵥⵓⵍ, ⵜⵜⵢⴰⵛⵛⴰⵏⵜ ⵙ ⵓⵖⵉ ⵏⵉⵖ ⵙ ⵍⵍⵓⵣ.",
    },
    "date-paste-500g": {
        "name_zgh": "ⵍⵄⵊⵉⵏⴰ ⵏ ⵜⵉⵢⵢⵉⵏⵉ",
        "description_zgh": "ⵜⵉⵢⵢⵉⵏⵉ ⴱⵍⴰ ⵉⵖⵙⴰⵏ, ⵥⴹⵏ ⵜⵏⵜ ⴱⵍⴰ ⴽⵔⴰ. ⵉ ⵍⵎⵇⵔⵓⵜ ⴷ ⵍⴽⵄⴽ.",
    },
    "date-syrup-350g": {
        "name_zgh": "ⵔⵔⵓⴱⴱ ⵏ ⵜⵉⵢⵢⵉⵏⵉ",
        "description_zgh": "ⵜⵉⵢⵢⵉⵏⵉ ⵙⵙⵏⵡⴰⵏ ⵜⵏⵜ ⴳ ⵡⴰⵎⴰⵏ ⵙ ⵉⵎⵉⴽ ⵙ ⵉⵎⵉⴽ. ⵉⴼⵓⵍⴽⵉ ⵔⵔⵓⴱⴱ ⵉ ⵜⵃⵍⴰⵡⵉⵏ ⵣⵓⵏⴷ ⵙⵙⵓⴽⴽⵔ.",
    },
    # couscous
    "couscous-barley-1kg": {
        "name_zgh": "ⵙⴽⵙⵓ ⵏ ⵜⵎⵥⵉⵏ",
        "description_zgh": "ⵙⴽⵙⵓ ⵏ ⵜⵎⵥⵉⵏ ⵏ ⵜⵎⴰⵣⵉⵔⵜ, ⵉⵜⵜⵓⵙⴽⴰⵔ ⵙ ⵓⴼⵓⵙ, ⵉⵇⵇⵓⵔ ⴳ ⵜⴰⴼⵓⴽⵜ. ⵉⴼⵓⵍⴽⵉ ⵙ ⵓⵖⵉ.",
    },
    "couscous-whole-wheat-1kg": {
        "name_zgh": "ⵙⴽⵙⵓ ⵏ ⵢⵉⵔⴷⵏ",
        "description_zgh": "ⵙⴽⵙⵓ ⵏ ⵢⵉⵔⴷⵏ ⵏ ⵜⵎⴰⵣⵉⵔⵜ, ⵥⴹⵏ ⵜⵏ ⴳ ⵜⵙⵉⵔⵜ ⵏ ⵓⵥⵔⵓ.",
    },
    "couscous-maize-1kg": {
        "name_zgh": "ⵙⴽⵙⵓ ⵏ ⵜⵙⵏⴳⴰⵔⵜ",
        "description_zgh": "ⵙⴽⵙⵓ ⴰⵡⵔⴰⵖ ⵏ ⵜⵙⵏⴳⴰⵔⵜ, ⵉⵜⵜⵢⴰⵛⵛⴰ ⴱⴰⵀⵔⴰ ⴳ ⵙⵓⵙ ⴷ ⵓⵏⵥⵓⵍ.",
    },
    "mhamsa-hand-rolled-1kg": {
        "name_zgh": "ⵍⵎⵃⴰⵎⵙⴰ ⵙ ⵓⴼⵓⵙ",
        "description_zgh": "ⵍⵎⵃⴰⵎⵙⴰ ⵙ ⵓⴼⵓⵙ: ⵙⵙⵏⵡⴰⵏ ⵜⵜ ⴳ ⵓⵙⵙⴽⵉⴼ ⵏⵉⵖ ⵣⵓⵏⴷ ⵙⴽⵙⵓ.",
    },
    "dchicha-barley-grits-1kg": {
        "name_zgh": "ⴷⵛⵉⵛⴰ ⵏ ⵜⵎⵥⵉⵏ",
        "description_zgh": "ⵜⵎⵥⵉⵏ ⵉ ⵓⵙⵙⴽⵉⴼ ⵏ ⴷⵛⵉⵛⴰ ⴳ ⵜⴳⵔⵙⵜ, ⵙ ⵍⴽⴰⵎⵓⵏ ⴷ ⵓⵣⵉⵜ ⵏ ⵓⵣⵎⵎⵓⵔ.",
    },
    "couscous-fine-seffa-1kg": {
        "name_zgh": "ⵙⴽⵙⵓ ⴰⵎⵥⵥⵢⴰⵏ ⵉ ⵙⴼⴼⴰ",
        "description_zgh": "ⵙⴽⵙⵓ ⴰⵎⵥⵥⵢⴰⵏ ⵉ ⵙⴼⴼⴰ ⵙ ⵍⵇⵔⴼⴰ ⴷ ⵙⵙⵓⴽⴽⵔ ⴷ ⵍⵍⵓⵣ.",
    },
    # goat-dairy
    "jben-goat-fresh-250g": {
        "name_zgh": "ⵍⵊⴱⵏ ⵏ ⵜⵖⴰⵜ",
        "description_zgh": "ⵍⵊⴱⵏ ⴰⵎⴰⵢⵏⵓ ⵣⴳ ⵡⴰⴽⴼⴰⵢ ⵏ ⵜⵖⴰⵜ ⵏ ⵓⴷⵔⴰⵔ, ⵙⴽⴰⵔⵏ ⵜ ⴽⵔⴰⵢⴳⴰⵜⵜ ⴰⵙⵙ.",
    },
    "goat-tomme-aged-300g": {
        "name_zgh": "ⵍⵊⴱⵏ ⵏ ⵜⵖⴰⵜ ⵉⵇⵇⵓⵔⵏ",
        "description_zgh": "ⵍⵊⴱⵏ ⵏ ⵜⵖⴰⵜ, ⵉⵇⵇⵉⵎ ⵙⵉⵏ ⵏ ⵡⴰⵢⵢⵓⵔⵏ ⴳ ⵓⴳⵏⵙⵓ ⴰⵙⵎⵎⵉⴹ.",
    },
    "goat-cheese-herbs-250g": {
        "name_zgh": "ⵍⵊⴱⵏ ⵏ ⵜⵖⴰⵜ ⵙ ⵢⵉⵙⴽⴽⵉⵡⵏ",
        "description_zgh": "ⵍⵊⴱⵏ ⴰⵎⴰⵢⵏⵓ ⵙ ⵓⵣⵓⴽⵏⵉ ⴷ ⵏⵏⴰⵄⵏⴰⵄ ⵉⵇⵇⵓⵔⵏ ⴷ ⵙⴰⵏⵓⵊ.",
    },
    "smen-beldi-250g": {
        "name_zgh": "ⵓⴷⵉ ⵏ ⵜⵎⴰⵣⵉⵔⵜ",
        "description_zgh": "ⵓⴷⵉ ⵙ ⵜⵉⵙⵏⵜ, ⵉⵇⵇⵉⵎ ⴳ ⵢⴰⵜ ⵜⴱⵓⵇⴰⵍⵜ ⵏ ⵡⴰⵍⵓⴷ, ⵉ ⵙⴽⵙⵓ ⴷ ⵍⵃⵔⵉⵔⴰ.",
    },
    "smen-thyme-500g": {
        "name_zgh": "ⵓⴷⵉ ⵙ ⵓⵣⵓⴽⵏⵉ",
        "description_zgh": "ⵓⴷⵉ ⵉⵇⵇⵉⵎ ⵢⴰⵏ ⵓⵙⴳⴳⵯⴰⵙ ⵙ ⵓⵣⵓⴽⵏⵉ, ⵣⵓⵏⴷ ⵎⴰ ⵜ ⵙⴽⴰⵔⵏⵜ ⵜⵎⵖⴰⵔⵉⵏ ⵏ ⵉⵖⵔⵎⴰⵏ.",
    },
    # camel-dairy
    "camel-milk-pasteurised-1l": {
        "name_zgh": "ⴰⴽⴼⴰⵢ ⵏ ⵜⵍⵖⵎⵜ",
        "description_zgh": "ⴰⴽⴼⴰⵢ ⵏ ⵜⵍⵖⵎⵜ: ⵥⵥⴳⵏ ⵜ, ⵙⴽⵔⵏ ⵜ ⴳ ⵜⵇⵔⵄⵉⵢⵉⵏ ⴳ ⵡⴰⵙⵙ ⵏⵏⵙ.",
    },
    "camel-milk-fermented-1l": {
        "name_zgh": "ⴰⵖⵉ ⵏ ⵜⵍⵖⵎⵜ",
        "description_zgh": "ⴰⵖⵉ ⵏ ⵜⵍⵖⵎⵜ: ⵙⵙⴰⵏ ⵜ ⵉⵙⵎⵎⵉⴹ, ⵙ ⵜⵉⵢⵢⵉⵏⵉ.",
    },
    "camel-milk-cheese-200g": {
        "name_zgh": "ⵍⵊⴱⵏ ⵏ ⵡⴰⴽⴼⴰⵢ ⵏ ⵜⵍⵖⵎⵜ",
        "description_zgh": "ⵍⵊⴱⵏ ⴰⵎⴰⵢⵏⵓ ⵙ ⵡⴰⴽⴼⴰⵢ ⵏ ⵜⵍⵖⵎⵜ.",
    },
    "camel-milk-date-drink-330ml": {
        "name_zgh": "ⴰⴽⴼⴰⵢ ⵏ ⵜⵍⵖⵎⵜ ⵙ ⵜⵉⵢⵢⵉⵏⵉ",
        "description_zgh": "ⴰⴽⴼⴰⵢ ⵏ ⵜⵍⵖⵎⵜ ⴷ ⵜⵉⵢⵢⵉⵏⵉ ⵢⵓⵥⴹⵏ, ⴱⵍⴰ ⵙⵙⵓⴽⴽⵔ.",
    },
    "camel-milk-powder-200g": {
        "name_zgh": "ⴰⴽⴼⴰⵢ ⵏ ⵜⵍⵖⵎⵜ ⵉⵇⵇⵓⵔⵏ",
        "description_zgh": "ⴰⴽⴼⴰⵢ ⵏ ⵜⵍⵖⵎⵜ ⵉⵇⵇⵓⵔⵏ, ⵓⵔ ⵉⵃⵜⴰⵊ ⵜⵜⵍⵍⴰⵊⴰ. ⵙⵏⴰⵜ ⵏ ⵜⵖⵏⵊⴰⵢⵉⵏ ⴳ ⵢⴰⵏ ⵍⴽⴰⵙ ⵏ ⵡⴰⵎⴰⵏ ⵉⵔⵖⴰⵏ.",
    },
    # rose-water
    "rose-water-beldi-250ml": {
        "name_zgh": "ⴰⵎⴰⵏ ⵏ ⵍⵡⵔⴷ ⵏ ⵜⵎⴰⵣⵉⵔⵜ",
        "description_zgh": "ⴰⵎⴰⵏ ⵏ ⵍⵡⵔⴷ, ⵙⴽⵔⵏ ⵜⵏ ⵙ ⵍⵡⵔⴷ ⵏ ⵇⵍⵄⴰⵜ ⵎⴳⵓⵏⴰ ⴳ ⵎⴰⵢⵢⵓ. ⵉ ⵓⴳⵍⵉⵎ ⴷ ⵜⵃⵍⴰⵡⵉⵏ.",
    },
    "rose-water-mist-100ml": {
        "name_zgh": "ⴰⵎⴰⵏ ⵏ ⵍⵡⵔⴷ ⵉ ⵡⵓⴷⵎ",
        "description_zgh": "ⴰⵎⴰⵏ ⵏ ⵍⵡⵔⴷ ⴳ ⵢⴰⵜ ⵜⵇⵔⵄⵉⵜ ⵜⴰⵎⵥⵥⵢⴰⵏⵜ, ⵉ ⵡⵓⴷⵎ ⴳ ⵡⴰⵙⵙ.",
    },
    "rose-water-1l": {
        "name_zgh": "ⴰⵎⴰⵏ ⵏ ⵍⵡⵔⴷ, 1 l",
        "description_zgh": "ⵢⴰⵏ ⵓⵍⵉⵜⵔ ⵏ ⵡⴰⵎⴰⵏ ⵏ ⵍⵡⵔⴷ, ⵉ ⵜⵏⵡⴰⵍⵜ ⴷ ⵍⵃⵎⵎⴰⵎ ⴷ ⵜⵎⵖⵔⵉⵡⵉⵏ.",
    },
    "rose-buds-dried-100g": {
        "name_zgh": "ⵍⵡⵔⴷ ⵉⵇⵇⵓⵔⵏ",
        "description_zgh": "ⵉⵊⴷⴷⵉⴳⵏ ⵉⵎⵥⵥⵢⴰⵏⵏ ⵏ ⵍⵡⵔⴷ, ⵇⵇⵓⵔⵏ ⴳ ⵜⵉⵍⵉ. ⵉ ⵡⴰⵜⴰⵢ ⴷ ⵔⴰⵙ ⵍⵃⴰⵏⵓⵜ.",
    },
    "rose-essential-oil-2ml": {
        "name_zgh": "ⴰⵣⵉⵜ ⵏ ⵍⵡⵔⴷ",
        "description_zgh": "ⴰⵣⵉⵜ ⵏ ⵍⵡⵔⴷ ⵓⵔ ⵉⵜⵜⵢⴰⴼⴰⵏ ⴱⴰⵀⵔⴰ. ⵢⴰⵜ ⵜⵎⵇⵇⵉⵜ ⴳ ⵓⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⵜⴳⴰ ⵍⵄⵟⵔ.",
    },
    "rose-cream-50ml": {
        "name_zgh": "ⵍⴽⵔⵉⵎ ⵏ ⵍⵡⵔⴷ",
        "description_zgh": "ⵍⴽⵔⵉⵎ ⵉⴼⵙⵓⵙⵏ ⵙ ⵡⴰⵎⴰⵏ ⵏ ⵍⵡⵔⴷ ⴷ ⵓⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ, ⵉ ⵓⴳⵍⵉⵎ.",
    },
    # black-soap
    "black-soap-olive-250g": {
        "name_zgh": "ⵙⵙⴰⴱⵓⵏ ⴰⴱⵔⴽⴰⵏ ⵙ ⵓⵣⵎⵎⵓⵔ",
        "description_zgh": "ⵙⵙⴰⴱⵓⵏ ⴰⴱⵔⴽⴰⵏ ⵏ ⵜⵎⴰⵣⵉⵔⵜ, ⵙ ⵓⵣⵉⵜ ⵏ ⵓⵣⵎⵎⵓⵔ ⴷ ⵓⵣⵎⵎⵓⵔ ⴰⴱⵔⴽⴰⵏ. ⵉ ⵍⵃⵎⵎⴰⵎ ⴷ ⵍⴽⵉⵙ.",
    },
    "black-soap-eucalyptus-250g": {
        "name_zgh": "ⵙⵙⴰⴱⵓⵏ ⴰⴱⵔⴽⴰⵏ ⵙ ⴽⴰⵍⵉⵜⵓⵙ",
        "description_zgh": "ⵙⵙⴰⴱⵓⵏ ⴰⴱⵔⴽⴰⵏ ⵙ ⵓⵣⵉⵜ ⵏ ⴽⴰⵍⵉⵜⵓⵙ, ⵉ ⵍⵃⵎⵎⴰⵎ.",
    },
    "black-soap-argan-250g": {
        "name_zgh": "ⵙⵙⴰⴱⵓⵏ ⴰⴱⵔⴽⴰⵏ ⵙ ⵓⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ",
        "description_zgh": "ⵙⵙⴰⴱⵓⵏ ⴰⴱⵔⴽⴰⵏ ⵙ ⵓⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ, ⵉ ⵓⴳⵍⵉⵎ ⵉⵇⵇⵓⵔⵏ.",
    },
    "black-soap-rose-250g": {
        "name_zgh": "ⵙⵙⴰⴱⵓⵏ ⴰⴱⵔⴽⴰⵏ ⵙ ⵍⵡⵔⴷ",
        "description_zgh": "ⵙⵙⴰⴱⵓⵏ ⴰⴱⵔⴽⴰⵏ ⵙ ⵡⴰⵎⴰⵏ ⵏ ⵍⵡⵔⴷ ⴷ ⵍⵡⵔⴷ ⵉⵇⵇⵓⵔⵏ.",
    },
    "kessa-hammam-mitt": {
        "name_zgh": "ⵍⴽⵉⵙ ⵏ ⵍⵃⵎⵎⴰⵎ",
        "description_zgh": "ⵍⴽⵉⵙ ⵉⵜⵜⵓⵥⴹⴰⵏ, ⵉ ⵍⵃⵎⵎⴰⵎ ⴹⴼⵔ ⵏ ⵙⵙⴰⴱⵓⵏ ⴰⴱⵔⴽⴰⵏ.",
    },
    # carpets
    "rug-beni-ouarain-170x240": {
        "name_zgh": "ⴰⵃⵏⴱⵍ ⵏ ⴰⵢⵜ ⵡⴰⵔⴰⵢⵏ",
        "description_zgh": (
            "ⴰⵃⵏⴱⵍ ⵙ ⵜⴰⴹⵓⴼⵜ ⵜⴰⵎⵍⵍⴰⵍⵜ ⵏ ⵡⵓⵍⵍⵉ, ⵙ ⵜⵎⴰⵜⴰⵔⵉⵏ ⵜⵉⴱⵔⴽⴰⵏⵉⵏ. ⵥⴹⴰⵏⵜ ⵜ ⵜⵎⵖⴰⵔⵉⵏ ⴼ ⵓⵥⴹⴰ ⵓⴳⴰⵔ ⵏ ⵙⵉⵏ ⵏ ⵡⴰⵢⵢⵓⵔⵏ."
        ),
    },
    "rug-beni-ouarain-80x150": {
        "name_zgh": "ⴰⵃⵏⴱⵍ ⴰⵎⵥⵥⵢⴰⵏ ⵏ ⴰⵢⵜ ⵡⴰⵔⴰⵢⵏ",
        "description_zgh": "ⴰⵃⵏⴱⵍ ⴰⵎⵥⵥⵢⴰⵏ ⵏ ⴰⵢⵜ ⵡⴰⵔⴰⵢⵏ, ⵉ ⵜⴰⵎⴰ ⵏ ⵡⵓⵙⵓ.",
    },
    "rug-azilal-150x230": {
        "name_zgh": "ⴰⵃⵏⴱⵍ ⵏ ⴰⵣⵉⵍⴰⵍ",
        "description_zgh": "ⴰⵃⵏⴱⵍ ⴰⵎⵍⵍⴰⵍ ⵙ ⵜⵎⴰⵜⴰⵔⵉⵏ ⵜⵉⵎⴰⵣⵉⵖⵉⵏ ⵜⵉⵣⴳⴳⵯⴰⵖⵉⵏ ⴷ ⵜⵉⵏⵉⵍⵉⵍⵉⵏ.",
    },
    "rug-boucherouite-120x180": {
        "name_zgh": "ⴰⵃⵏⴱⵍ ⵏ ⴱⵓⵛⵔⵡⵉⵜ",
        "description_zgh": "ⴰⵃⵏⴱⵍ ⵙ ⵉⵔⵓⴹ ⵉⵇⴱⵓⵔⵏ, ⵙ ⵉⵏⵉⵢⵏ ⵎⵏⵏⴰⵡⵜ.",
    },
    "hanbel-kilim-140x200": {
        "name_zgh": "ⴰⵃⵏⴱⵍ ⵏ ⵣⵎⵎⵓⵔ ⴷ ⵣⴰⵢⵢⴰⵏ",
        "description_zgh": "ⴰⵃⵏⴱⵍ ⵉⴼⵙⵓⵙⵏ ⵙ ⵉⴱⵔⴷⴰⵏ ⵉⵣⴳⴳⵯⴰⵖⵏ ⴷ ⵉⴱⵔⴽⴰⵏⵏ, ⵉ ⵜⵃⵏⴷⵉⵔⵜ ⵏⵉⵖ ⵉ ⵡⴰⴽⴰⵍ.",
    },
    "rug-taznakht-150x250": {
        "name_zgh": "ⴰⵃⵏⴱⵍ ⵏ ⵜⴰⵣⵏⴰⵅⵜ",
        "description_zgh": "ⴰⵃⵏⴱⵍ ⵏ ⵜⴰⵣⵏⴰⵅⵜ ⵙ ⵉⵏⵉⵢⵏ ⵏ ⵍⵃⵏⵏⵉ ⴷ ⵜⴰⵔⵓⴱⵢⴰ ⴷ ⵉⵍⵎⴰⵡⵏ ⵏ ⵔⵔⵎⴰⵏ.",
    },
    "kilim-cushion-cover-50x50": {
        "name_zgh": "ⴰⵖⵍⴰⴼ ⵏ ⵜⵙⵓⵎⵜⴰ ⵏ ⵓⵃⵏⴱⵍ",
        "description_zgh": "ⴰⵖⵍⴰⴼ ⵏ ⵜⵙⵓⵎⵜⴰ, ⵥⴹⴰⵏⵜ ⵜ ⵜⵎⵖⴰⵔⵉⵏ ⵙ ⵜⴰⴹⵓⴼⵜ ⵉⵇⵇⵉⵎⵏ ⵣⴳ ⵉⵃⵏⴱⵍⵏ.",
    },
    # olive-oil
    "olive-oil-extra-virgin-1l": {
        "name_zgh": "ⴰⵣⵉⵜ ⵏ ⵓⵣⵎⵎⵓⵔ",
        "description_zgh": "ⴰⵣⵉⵜ ⵏ ⵓⵣⵎⵎⵓⵔ ⵏ ⵍⵎⵖⵔⵉⴱ, ⵄⵚⵚⵔⵏ ⵜ ⴳ ⵡⴰⵙⵙ ⵏ ⵜⵎⴳⵔⴰ. ⵉ ⵜⵉⵔⵎⵜ ⵏ ⴽⵔⴰⵢⴳⴰⵜⵜ ⴰⵙⵙ.",
    },
    "olive-oil-extra-virgin-5l": {
        "name_zgh": "ⴰⵣⵉⵜ ⵏ ⵓⵣⵎⵎⵓⵔ, 5 l",
        "description_zgh": "ⴰⵣⵉⵜ ⵏ ⵓⵣⵎⵎⵓⵔ ⴳ ⵢⴰⵜ ⵜⴱⵉⴷⵓⵏⵜ ⵏ 5 l, ⵉ ⵜⵡⵊⵉⵡⵉⵏ.",
    },
    "olive-oil-early-harvest-500ml": {
        "name_zgh": "ⴰⵣⵉⵜ ⵏ ⵓⵣⵎⵎⵓⵔ ⴰⵣⴳⵣⴰⵡ",
        "description_zgh": "ⴰⵣⵉⵜ ⵏ ⵓⵣⵎⵎⵓⵔ ⴰⵣⴳⵣⴰⵡ, ⵄⵚⵚⵔⵏ ⵜ ⴳ ⴽⵜⵓⴱⵔ ⵣⴳ ⵓⵣⵎⵎⵓⵔ ⵓⵔ ⵜⴰ ⵉⵏⵡⵉ.",
    },
    "olive-oil-beldi-maasra-750ml": {
        "name_zgh": "ⴰⵣⵉⵜ ⵏ ⵓⵣⵎⵎⵓⵔ ⵏ ⵍⵎⵄⵚⵔⴰ",
        "description_zgh": "ⴰⵣⵉⵜ ⵏ ⵓⵣⵎⵎⵓⵔ ⵏ ⵜⵎⴰⵣⵉⵔⵜ, ⵉⵜⵜⵢⴰⵥⴹ ⴳ ⵍⵎⵄⵚⵔⴰ ⵙ ⵓⵥⵔⵓ. ⵉⵜⵜⵢⴰⵛⵛⴰ ⵙ ⵓⵖⵔⵓⵎ ⴷ ⴱⵉⵙⴰⵔⴰ.",
    },
    "olive-oil-thyme-infused-250ml": {
        "name_zgh": "ⴰⵣⵉⵜ ⵏ ⵓⵣⵎⵎⵓⵔ ⵙ ⵓⵣⵓⴽⵏⵉ",
        "description_zgh": "ⴰⵣⵉⵜ ⵏ ⵓⵣⵎⵎⵓⵔ, ⵉⵇⵇⵉⵎ ⴳⵉⵙ ⵓⵣⵓⴽⵏⵉ ⵏ ⵓⴷⵔⴰⵔ ⴽⵔⴰⴹ ⵏ ⵉⵎⴰⵍⴰⵙⵙⵏ.",
    },
    "olive-oil-organic-500ml": {
        "name_zgh": "ⴰⵣⵉⵜ ⵏ ⵓⵣⵎⵎⵓⵔ ⴰⴳⴰⵎⴰⵏ",
        "description_zgh": "ⴰⵣⵉⵜ ⵏ ⵓⵣⵎⵎⵓⵔ ⵣⴳ ⵉⴳⵔⴰⵏ ⵏ ⵓⴷⵔⴰⵔ, ⴱⵍⴰ ⵙⵙⵎⵓⵎ.",
    },
    # pottery
    "tagine-safi-painted": {
        "name_zgh": "ⵜⴰⵊⵉⵏ ⵏ ⴰⵙⴼⵉ ⵙ ⵉⵏⵉⵢⵏ",
        "description_zgh": (
            "ⵜⴰⵊⵉⵏ ⵏ ⵡⴰⵍⵓⴷ ⴰⵣⴳⴳⵯⴰⵖ ⵏ ⴰⵙⴼⵉ, ⵙ ⵜⵎⴰⵜⴰⵔⵉⵏ ⵜⵉⵏⵉⵍⵉⵍⵉⵏ ⴷ ⵜⵉⵣⴳⵣⴰⵡⵉⵏ. ⵉ ⵓⵙⵔⵙ ⵏ ⵓⵛⵛⵉ, ⵓⵔ ⴷ ⵉ ⵓⵙⵏⵡⵓ."
        ),
    },
    "safi-serving-plate-35cm": {
        "name_zgh": "ⴰⵟⴱⵙⵉⵍ ⴰⵎⵇⵇⵔⴰⵏ ⵏ ⴰⵙⴼⵉ",
        "description_zgh": "ⴰⵟⴱⵙⵉⵍ ⴰⵎⵇⵇⵔⴰⵏ ⵙ ⵉⵊⴷⴷⵉⴳⵏ. ⵉⴼⵓⵍⴽⵉ ⵉ ⵓⵛⵛⵉ ⵏⵉⵖ ⴼ ⵓⵖⵔⴰⴱ.",
    },
    "fes-blue-bowl": {
        "name_zgh": "ⵜⴰⴱⵓⵇⴰⵍⵜ ⵜⴰⵏⵉⵍⵉⵜ ⵏ ⴼⴰⵙ",
        "description_zgh": "ⵜⴰⴱⵓⵇⴰⵍⵜ ⵏ ⵡⴰⵍⵓⴷ ⴰⵎⵍⵍⴰⵍ ⵏ ⴼⴰⵙ, ⵙ ⵜⵎⴰⵜⴰⵔⵉⵏ ⵜⵉⵏⵉⵍⵉⵍⵉⵏ. ⵉ ⵍⵃⵔⵉⵔⴰ ⵏⵉⵖ ⵉ ⵙⵙⵍⴰⴹⴰ.",
    },
    "fes-blue-plate-30cm": {
        "name_zgh": "ⴰⵟⴱⵙⵉⵍ ⴰⵏⵉⵍⵉ ⵏ ⴼⴰⵙ",
        "description_zgh": "ⴰⵟⴱⵙⵉⵍ ⴰⵏⵉⵍⵉ ⵏ ⴼⴰⵙ, ⵙ ⵢⴰⵏ ⵢⵉⵜⵔⵉ. ⴽⵔⴰⵢⴳⴰⵜⵜ ⴰⵟⴱⵙⵉⵍ ⵉⵜⵜⵢⴰⵔⴰ ⴳⵉⵙ ⵢⵉⵙⵎ ⵏ ⵓⵎⵙⵙⵏⴰⵡ.",
    },
    "tamegroute-green-bowl": {
        "name_zgh": "ⵜⴰⴱⵓⵇⴰⵍⵜ ⵜⴰⵣⴳⵣⴰⵡⵜ ⵏ ⵜⴰⵎⴳⵔⵓⵜ",
        "description_zgh": "ⵜⴰⴱⵓⵇⴰⵍⵜ ⵏ ⵡⴰⵍⵓⴷ ⵏ ⵜⴰⵎⴳⵔⵓⵜ ⵙ ⵉⵏⵉ ⴰⵣⴳⵣⴰⵡ.",
    },
    "cooking-tagine-clay": {
        "name_zgh": "ⵜⴰⵊⵉⵏ ⵏ ⵡⴰⵍⵓⴷ ⵉ ⵓⵙⵏⵡⵓ",
        "description_zgh": "ⵜⴰⵊⵉⵏ ⵏ ⵡⴰⵍⵓⴷ ⵉ ⵓⵙⵏⵡⵓ ⴼ ⵍⴼⴰⵅⵔ ⵏⵉⵖ ⴼ ⵍⴳⴰⵣ.",
    },
    # almonds-nuts
    "almonds-beldi-500g": {
        "name_zgh": "ⵍⵍⵓⵣ ⵏ ⵜⵎⴰⵣⵉⵔⵜ",
        "description_zgh": "ⵍⵍⵓⵣ ⴰⵎⵥⵥⵢⴰⵏ ⵏ ⵉⵙⴽⵍⴰ ⵏ ⵓⴷⵔⴰⵔ, ⵓⵔ ⵙⵙⴰⵏ ⵖⴰⵙ ⴰⵏⵥⴰⵔ. ⵉ ⵜⵃⵍⴰⵡⵉⵏ ⴷ ⵓⵎⵍⵓ.",
    },
    "almonds-blanched-500g": {
        "name_zgh": "ⵍⵍⵓⵣ ⴱⵍⴰ ⵉⵍⵎ",
        "description_zgh": "ⵍⵍⵓⵣ ⵏ ⵜⵎⴰⵣⵉⵔⵜ, ⴽⴽⵙⵏⵜ ⴰⵙ ⵜⵎⵖⴰⵔⵉⵏ ⵉⵍⵎ ⵙ ⵓⴼⵓⵙ. ⵉ ⵜⵃⵍⴰⵡⵉⵏ ⴷ ⵍⴱⵙⵟⵉⵍⴰ.",
    },
    "walnut-kernels-250g": {
        "name_zgh": "ⵍⴳⵔⴳⴰⵄ ⴱⵍⴰ ⴰⵇⵛⵓⵔ",
        "description_zgh": "ⵍⴳⵔⴳⴰⵄ ⵏ ⵉⵙⴽⵍⴰ ⵉⵇⴱⵓⵔⵏ ⵏ ⵓⴷⵔⴰⵔ, ⵔⵥⵥⵏ ⵜ ⵙ ⵓⴼⵓⵙ.",
    },
    "walnuts-in-shell-1kg": {
        "name_zgh": "ⵍⴳⵔⴳⴰⵄ ⵙ ⵓⵇⵛⵓⵔ",
        "description_zgh": "ⵍⴳⵔⴳⴰⵄ ⴰⵎⴰⵢⵏⵓ, ⴽⴽⵙⵏ ⵜ ⴳ ⵛⵜⴰⵏⴱⵉⵔ, ⵉⵇⵇⵓⵔ ⴳ ⵡⴰⴹⵓ.",
    },
    "almonds-roasted-salted-250g": {
        "name_zgh": "ⵍⵍⵓⵣ ⵙ ⵜⵉⵙⵏⵜ",
        "description_zgh": "ⵍⵍⵓⵣ ⵏ ⵜⵎⴰⵣⵉⵔⵜ ⵉⵜⵜⵢⴰⵇⵍⴰⵏ ⴳ ⵍⴼⵔⵔⴰⵏ ⵙ ⵉⵎⵉⴽ ⵏ ⵜⵉⵙⵏⵜ. ⵉⴼⵓⵍⴽⵉ ⴷ ⵡⴰⵜⴰⵢ.",
    },
}

_NO_COOPERATIVE_TEXT = dict.fromkeys(("name_zgh", "city_zgh", "story_zgh"))
_NO_PRODUCT_TEXT = dict.fromkeys(("name_zgh", "description_zgh"))


def cooperative_texts(slug: str) -> dict[str, str | None]:
    """The cooperative's Tamazight columns (None where the demo has no text), for the loader's upsert."""
    return {**_NO_COOPERATIVE_TEXT, **COOPERATIVES_ZGH.get(slug, {})}


def product_texts(key: str) -> dict[str, str | None]:
    """The product's Tamazight columns (None where the demo has no text), for the loader's upsert."""
    return {**_NO_PRODUCT_TEXT, **PRODUCTS_ZGH.get(key, {})}
