"""The search analysis chain: folding, tokens, stems, and a Whoosh index built with it."""

from __future__ import annotations

import pickle

import pytest
from whoosh import highlight
from whoosh.fields import ID, TEXT, Schema
from whoosh.filedb.filestore import RamStorage
from whoosh.index import create_in, open_dir
from whoosh.qparser import QueryParser

from market.search.analysis import (
    _LEMMA_SOURCE,
    _LEMMAS,
    STOP_WORDS,
    fold,
    plain_analyzer,
    stem,
    text_analyzer,
    tokens,
)


def analyze(text: str) -> list[str]:
    return [t.text for t in text_analyzer()(text)]


# --- Arabic ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["زيت اركان", "زَيْتُ الأرْكان", "زيوت الأركان", "زيت أرجان"])
def test_arabic_oil_and_argan_spellings_share_stems(text):
    assert analyze(text) == ["زيت", "اركان"]


def test_arabic_article_alone_leaves_the_stem():
    assert analyze("الزيت") == ["زيت"]


def test_harakat_do_not_split_words():
    assert tokens("زَيْتُ") == ["زيت"]


@pytest.mark.parametrize("word", ["عسل", "عســل", "العسل", "بالعسل", "وعسل", "والعسل", "عسلها"])
def test_tatweel_article_and_clitics_are_removed(word):
    assert analyze(word) == ["عسل"]


def test_conjunction_waw_is_stripped_before_a_stem():
    assert analyze("وزيت") == ["زيت"]


@pytest.mark.parametrize("word", ["ورد", "بلح", "كمون", "رمان", "كسكس", "بهار", "فخار", "فلفل", "ورق", "وعاء"])
def test_length_guards_keep_root_letters(word):
    assert stem(fold(word)) == fold(word)


def test_light_suffixes():
    assert stem("منتجات") == stem("منتج") == "منتج"
    assert stem("بهارات") == stem("بهار")
    assert stem("زيتها") == "زيت"


@pytest.mark.parametrize(
    ("plural", "singular"),
    [
        ("زيوت", "زيت"),
        ("تمور", "تمرة"),
        ("زرابي", "زربية"),
        ("الزرابي", "زربية"),
        ("أعشاب", "عشب"),
        ("توابل", "تابل"),
        ("أواني", "إناء"),
        ("جلود", "جلد"),
        ("طواجين", "الطاجين"),
        ("ورود", "وردة"),
    ],
)
def test_broken_plurals_meet_their_singular(plural, singular):
    assert analyze(plural) == analyze(singular)


def test_lemma_table_protects_words_stripping_would_damage():
    assert stem("زيتون") == "زيتون" != stem("زيت")
    assert stem(fold("الأركان")) == "اركان"
    assert stem("صابون") == "صابون"


def test_every_lemma_table_entry_is_consistent():
    assert 15 <= len(_LEMMA_SOURCE) <= 30
    for word, lemma in _LEMMA_SOURCE.items():
        assert stem(fold(word)) == stem(fold(lemma)), word
    for lemma in _LEMMAS.values():
        assert stem(lemma) == lemma


@pytest.mark.parametrize(
    ("a", "b"),
    [("أملو", "املو"), ("إكليل", "اكليل"), ("مكناسة", "مكناسه"), ("حلوى", "حلوي"), ("آنية", "انيه"), ("ٱلله", "الله")],
)
def test_fold_unifies_arabic_letter_variants(a, b):
    assert fold(a) == fold(b) == b


def test_fold_hamza_carriers_and_standalone_hamza():
    assert fold("مؤسسة") == "موسسه"
    assert fold("بئر") == "بير"
    assert fold("حناء") == fold("حنا") == "حنا"


def test_fold_moroccan_letters():
    assert fold("أرڭان") == "اركان"


@pytest.mark.parametrize("digits", ["٢٥٠", "۲۵۰", "250"])
def test_digits_become_ascii(digits):
    assert fold(digits) == "250"
    assert analyze(f"{digits} غ") == ["250", "غ"]


# --- French and English ------------------------------------------------------------------


def test_fold_latin():
    assert fold("Épices CRÈME brûlée Œufs ﬁgues") == "epices creme brulee oeufs figues"


@pytest.mark.parametrize("text", ["huile d'argan", "huile d argan", "Huiles d’Argan", "L'huile d'Argane"])
def test_french_argan_oil_spellings_share_stems(text):
    assert analyze(text) == [stem("huile"), "argan"]


def test_french_plurals_and_accents():
    assert stem("miels") == "miel"
    assert stem("huiles") == stem("huile")
    assert analyze("Épices") == analyze("epices") == analyze("épice")
    assert stem("dattes") == stem("datte")
    assert stem("olives") == stem("olive")
    assert stem("tapis") == stem("tapis")  # stable for documents and queries alike
    assert stem("gateaux") == stem("gateau")
    assert stem("bocaux") == stem("bocal")


def test_french_elisions():
    assert tokens("l'huile") == ["huile"]
    assert tokens("L’Huile d’olive qu'il aime") == ["huile", "olive", "il", "aime"]
    assert tokens("aujourd'hui") == ["aujourd", "hui"]
    assert analyze("l'huile") == [stem("huile")]


@pytest.mark.parametrize("text", ["M'Goun", "m’goun", "Mgoun", "MGOUN"])
def test_moroccan_names_with_m_apostrophe_stay_one_word(text):
    # The demo's "Roses du M'Goun" must be found by "mgoun", as visitors type it.
    assert tokens(text) == ["mgoun"]
    assert tokens("Kelâat M'Gouna") == ["kelaat", "mgouna"]


def test_m_apostrophe_name_offsets_cover_the_whole_name():
    text = "Roses du M'Goun"
    spans = [text[t.startchar : t.endchar] for t in text_analyzer()(text, chars=True)]
    assert spans == ["Roses", "M'Goun"]


def test_english_plurals():
    assert stem("rugs") == stem("rug")
    assert stem("slippers") == stem("slipper")
    assert stem("oils") == stem("oil")


@pytest.mark.parametrize("word", ["ras", "gas", "bio", "tea", "2pcs"])
def test_short_latin_words_and_words_with_digits_are_left_alone(word):
    assert stem(word) == word


def test_stop_words():
    assert {"de", "d", "l", "pour", "the", "and", "في", "علي", "الي"} <= STOP_WORDS
    assert not STOP_WORDS & {"argan", "huile", "miel", "oil", "زيت", "sans"}
    assert analyze("huile de la ferme pour the kitchen") == [stem("huile"), stem("ferme"), stem("kitchen")]
    assert analyze("زيت من الأركان") == ["زيت", "اركان"]


def test_stemming_is_marked_as_morphology():
    # Whoosh skips morphological filters (no_morph=True) when it builds a spelling word list.
    assert [t.text for t in text_analyzer()("Huiles d'argan", no_morph=True)] == ["huiles", "argan"]


def test_tokens_keep_stop_words_and_do_not_stem():
    assert tokens("Huiles d argan, 250 ML") == ["huiles", "d", "argan", "250", "ml"]
    assert [t.text for t in plain_analyzer()("زيوت الأركان")] == ["زيوت", "الاركان"]


# --- Offsets for highlighting ------------------------------------------------------------


def test_offsets_point_into_the_original_text():
    text = "زَيْتُ الأرْكان"
    found = [(t.text, text[t.startchar : t.endchar], t.pos) for t in text_analyzer()(text, chars=True, positions=True)]
    assert found == [("زيت", "زَيْتُ", 0), ("اركان", "الأرْكان", 1)]


def test_offsets_skip_the_elided_article():
    text = "Huile d'argan"
    spans = [text[t.startchar : t.endchar] for t in text_analyzer()(text, chars=True, mode="query")]
    assert spans == ["Huile", "argan"]


def test_positions_are_renumbered_after_stop_words():
    assert [t.pos for t in text_analyzer()("huile d argan", positions=True)] == [0, 1]


# --- Whoosh round trip -------------------------------------------------------------------

DOCUMENTS = {
    "ar-oil": "زيت الأركان البلدي",
    "fr-oil": "Huile d'argan bio",
    "en-oil": "Pure argan oils",
    "ar-honey": "عسل الزعتر",
    "fr-rug": "Tapis berbère en laine",
    "ar-rug": "زرابي أمازيغية",
}


def make_schema() -> Schema:
    return Schema(
        id=ID(stored=True, unique=True),
        title=TEXT(analyzer=text_analyzer(), stored=True),
        spell=TEXT(analyzer=plain_analyzer()),
    )


def fill(index) -> None:
    writer = index.writer()
    for doc_id, title in DOCUMENTS.items():
        writer.add_document(id=doc_id, title=title, spell=title)
    writer.commit()


def search_ids(index, query: str, field: str = "title") -> set[str]:
    with index.searcher() as searcher:
        parsed = QueryParser(field, index.schema).parse(query)
        return {hit["id"] for hit in searcher.search(parsed, limit=None)}


@pytest.fixture
def ram_index():
    index = RamStorage().create_index(make_schema())
    fill(index)
    return index


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("زيت اركان", {"ar-oil"}),
        ("زيوت أركان", {"ar-oil"}),
        ("huile d argan", {"fr-oil"}),
        ("huiles d'argan", {"fr-oil"}),
        ("argan oil", {"en-oil"}),
        ("argan", {"fr-oil", "en-oil"}),
        ("عســل", {"ar-honey"}),
        ("بالعسل", {"ar-honey"}),
        ("tapis berbere", {"fr-rug"}),
        ("زربية", {"ar-rug"}),
        ("miel", set()),
    ],
)
def test_queries_find_documents(ram_index, query, expected):
    assert search_ids(ram_index, query) == expected


def test_plain_field_is_not_stemmed(ram_index):
    assert search_ids(ram_index, "الاركان", field="spell") == {"ar-oil"}
    assert search_ids(ram_index, "زيوت", field="spell") == set()


@pytest.mark.parametrize(
    ("title", "query", "expected"),
    [
        ("زَيْتُ الأرْكان", "زيوت", '<mark class="match term0">زَيْتُ</mark> الأرْكان'),
        ("L'huile d'argan", "huiles", "L'<mark class=\"match term0\">huile</mark> d'argan"),
    ],
)
def test_highlights_mark_the_original_words(title, query, expected):
    index = RamStorage().create_index(make_schema())
    writer = index.writer()
    writer.add_document(id="1", title=title, spell="")
    writer.commit()
    with index.searcher() as searcher:
        results = searcher.search(QueryParser("title", index.schema).parse(query))
        results.formatter = highlight.HtmlFormatter(tagname="mark")
        results.fragmenter = highlight.WholeFragmenter()
        assert results[0].highlights("title") == expected


def test_schema_pickles_with_its_analyzers():
    schema = pickle.loads(pickle.dumps(make_schema()))  # noqa: S301 - our own bytes
    assert [t.text for t in schema["title"].analyzer("Huiles d’Argan")] == [stem("huile"), "argan"]
    assert schema["title"].analyzer == text_analyzer()


def test_file_index_reopens(tmp_path):
    fill(create_in(str(tmp_path), make_schema()))
    index = open_dir(str(tmp_path))
    try:
        assert search_ids(index, "زيت اركان") == {"ar-oil"}
        assert search_ids(index, "argan oils") == {"en-oil"}
    finally:
        index.close()


# --- Tamazight (Tifinagh) ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("tifinagh", "latin"),
    [
        ("ⴰⵔⴳⴰⵏ", "argan"),
        ("ⴰⵎⵍⵓ", "amlou"),  # ⵓ is "ou"
        ("ⵜⴰⵎⴰⵣⵉⵖⵜ", "tamazight"),  # ⵖ is "gh"
        ("ⵜⴰⵎⵎⵏⵜ", "tammnt"),
        ("ⵜⴰⵣⵏⴰⵅⵜ", "taznakht"),  # ⵅ is "kh"
        ("ⵎⵕⵕⴰⴽⵛ", "mrrakch"),  # ⵛ is "ch"
        ("ⴷⵔⵄⴰ", "draa"),  # ⵄ is "a"
        ("ⴰⵖⵔⵓⵎ 250 ⵖ", "aghroum 250 gh"),
    ],
)
def test_tifinagh_folds_to_latin_as_moroccans_type_it(tifinagh, latin):
    assert fold(tifinagh) == latin


@pytest.mark.parametrize(
    ("variant", "ircam"),
    [
        ("ⵜⴰⵎⴰⵣⵉⵗⵜ", "ⵜⴰⵎⴰⵣⵉⵖⵜ"),  # Tuareg gh
        ("ⵜⴰⵎⴰⵣⵉⵘⵜ", "ⵜⴰⵎⴰⵣⵉⵖⵜ"),
        ("ⴰⵤⵜ", "ⴰⵢⵜ"),  # neo-Tifinagh y
        ("ⴰⴵⴷⴷⵉⴳ", "ⴰⵊⴷⴷⵉⴳ"),
        ("ⴰⵋⴷⴷⵉⴳ", "ⴰⵊⴷⴷⵉⴳ"),
        ("ⴰⵌⴷⴷⵉⴳ", "ⴰⵊⴷⴷⵉⴳ"),
        ("ⴰⴲⵔⴽⴰⵏ", "ⴰⴱⵔⴽⴰⵏ"),
        ("ⴰⴴⵔⵓⵎ", "ⴰⴳⵔⵓⵎ"),
        ("ⴰⴾⴼⴰⵢ", "ⴰⴽⴼⴰⵢ"),
        ("ⴰⴿⴼⴰⵢ", "ⴰⴽⴼⴰⵢ"),
        ("ⵜⴰⵎⵐⵜ", "ⵜⴰⵎⵏⵜ"),
        ("ⵝⴰⵎⵎⵏⵝ", "ⵜⴰⵎⵎⵏⵜ"),
        ("ⵞⵞⵉⴱⴰ", "ⵛⵛⵉⴱⴰ"),
        ("ⴰⵆⴰⵎ", "ⴰⵅⴰⵎ"),
        ("ⵈⵈⴰⵙ", "ⵇⵇⴰⵙ"),
    ],
)
def test_tifinagh_letter_variants_fall_together(variant, ircam):
    assert fold(variant) == fold(ircam)


@pytest.mark.parametrize(
    ("emphatic", "plain"), [("ⴹ", "ⴷ"), ("ⵕ", "ⵔ"), ("ⵚ", "ⵙ"), ("ⵟ", "ⵜ"), ("ⵥ", "ⵣ"), ("ⵃ", "ⵀ")]
)
def test_tifinagh_emphatics_fold_with_their_plain_letters(emphatic, plain):
    assert fold(emphatic) == fold(plain)


def test_emphatic_spellings_of_one_word_share_stems():
    assert analyze("ⴰⵣⵄⴼⵕⴰⵏ") == analyze("ⴰⵣⵄⴼⵔⴰⵏ") == analyze("ⵣⵄⴼⵔⴰⵏ") == ["zafran"]
    assert analyze("ⵚⵚⴰⴱⵓⵏ ⴰⴱⵔⴽⴰⵏ") == analyze("ⵙⵙⴰⴱⵓⵏ ⴰⴱⵔⴽⴰⵏ")


@pytest.mark.parametrize("joiner", ["\u200d", "\u200c", "\u2d7f"])  # zero-width joiner and non-joiner, ⵿
def test_joiners_inside_a_tifinagh_word_are_dropped_and_keep_it_one_word(joiner):
    text = f"ⵜⴰⵎ{joiner}ⵎⵏⵜ ⵏ ⵓⵣⵓⴽⵏⵉ"
    assert tokens(text) == ["tammnt", "n", "ouzoukni"]
    found = [(t.text, text[t.startchar : t.endchar]) for t in text_analyzer()(text, chars=True)]
    assert found == [("tammnt", f"ⵜⴰⵎ{joiner}ⵎⵏⵜ"), ("azoukni", "ⵓⵣⵓⴽⵏⵉ")]  # annexed ⵓⵣⵓⴽⵏⵉ: ⴰⵣⵓⴽⵏⵉ


def test_labialisation_mark_is_written_w():
    assert fold("ⴰⵙⴳⴳⵯⴰⵙ") == fold("ⴰⵙⴳⴳⵡⴰⵙ") == "asggwas"
    assert tokens("ⴰⵣⴳⴳⵯⴰⵖ ⴰⵙⴳⴳⵯⴰⵙ") == ["azggwagh", "asggwas"]  # ⵯ is part of the word


@pytest.mark.parametrize(
    ("tifinagh", "latin"),
    [
        ("ⴰⵔⴳⴰⵏ", "Argan"),
        ("ⴰⵎⵍⵓ", "amlou"),
        ("ⵜⴰⵔⵓⴷⴰⵏⵜ", "Taroudant"),
        ("ⵜⴰⵣⵏⴰⵅⵜ", "Taznakht"),
        ("ⵙⵉⴷⵉ ⵉⴼⵏⵉ", "Sidi Ifni"),
        ("ⴷⵔⵄⴰ", "Drâa"),
        ("ⵎⴳⵓⵏⴰ", "M'Gouna"),
    ],
)
def test_tifinagh_and_latin_spellings_share_stems(tifinagh, latin):
    assert analyze(tifinagh) == analyze(latin)


def test_tifinagh_and_latin_find_each_other_in_an_index():
    index = RamStorage().create_index(make_schema())
    writer = index.writer()
    for doc_id, title in {
        "zgh-amlou": "ⴰⵎⵍⵓ ⵏ ⵜⵎⴰⵣⵉⵔⵜ",
        "zgh-honey": "ⵜⴰⵎⵎⵏⵜ ⵏ ⵓⵣⵓⴽⵏⵉ",
        "fr-honey": "Miel de Taroudant",
        "fr-argan": "Huile d'argan",
    }.items():
        writer.add_document(id=doc_id, title=title, spell=title)
    writer.commit()
    assert search_ids(index, "amlou") == {"zgh-amlou"}  # Latin finds Tifinagh
    assert search_ids(index, "tammnt") == {"zgh-honey"}
    assert search_ids(index, "ⵜⴰⵔⵓⴷⴰⵏⵜ") == {"fr-honey"}  # Tifinagh finds Latin
    assert search_ids(index, "ⴰⵔⴳⴰⵏ") == {"fr-argan"}
    assert search_ids(index, "ⵜⴰⵎⵎⵏⵜ ⵏ ⵓⵣⵓⴽⵏⵉ") == {"zgh-honey"}  # ⵏ is a stop word in the query too


def test_tamazight_stop_words():
    assert {fold(word) for word in ("ⵏ", "ⴷ", "ⴳ")} <= STOP_WORDS  # of; and, with; in
    assert not STOP_WORDS & {fold(word) for word in ("ⴰⵔⴳⴰⵏ", "ⵜⴰⵎⵎⵏⵜ", "ⴰⵎⵍⵓ", "ⴰⵣⵉⵜ", "ⵍⵍⵓⵣ")}
    assert analyze("ⴰⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ") == ["azit", "argan"]  # ⵡⴰⵔⴳⴰⵏ: the annexed state of ⴰⵔⴳⴰⵏ
    assert analyze("ⵍⵍⵓⵣ ⴷ ⵜⵎⵎⵏⵜ") == ["llouz", "tammnt"]
    assert analyze("ⵣⵄⴼⵔⴰⵏ ⴳ ⵜⴰⵍⵉⵡⵉⵏ") == ["zafran", "taliwin"]
    assert analyze("azit n wargan") == analyze("ⴰⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ")  # typed in Latin, the same stop word
    assert tokens("ⴰⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ") == ["azit", "n", "wargan"]  # tokens keep them


def test_annexed_state_meets_the_free_state():
    # ⵏ "of" puts the next noun in its annexed state; the lemma table brings it back to the free state.
    assert analyze("ⴰⵣⵉⵜ ⵏ ⵓⵣⵎⵎⵓⵔ") == analyze("ⴰⵣⵉⵜ ⴰⵣⵎⵎⵓⵔ")
    assert analyze("ⵜⴰⵖⴰⵔⵜ ⵏ ⵡⴰⵔⴳⴰⵏ")[-1] == analyze("ⴰⵔⴳⴰⵏ")[0] == analyze("argan")[0]
    assert analyze("ⵜⵎⵎⵏⵜ") == analyze("ⵜⴰⵎⵎⵏⵜ") == analyze("tammnt")
