"""Text analysis for product search in Arabic, French, English and Tamazight.

Documents and queries go through the same chain, so what matters most is that two spellings of
one product word end on the same term; linguistic perfection matters less. The chain of
``text_analyzer()``:

1. ``ProductTokenizer`` finds words in the *original* text, so that highlighting gets true
   character offsets. A word is a run of letters or digits of any script plus the combining
   marks inside it: Python's ``\\w`` does not match Arabic harakat (category Mn), and a plain
   ``\\w+`` would split ``زَيْتُ`` into letters. Apostrophes (' ’ ‘ ʼ) split words, and a French
   elided article or pronoun before one (l' d' qu' j' s' n' c' t') is dropped with it:
   ``l'huile`` gives the single token ``huile``, with offsets pointing at ``huile``. A leading
   ``m'`` is the exception: in product texts it starts Moroccan names (M'Goun, Kelâat M'Gouna,
   M'Hamid, M'diq) far more often than it is the pronoun (m'a), and visitors type those names
   without the apostrophe, so ``M'Goun`` is the single token ``mgoun`` (offsets cover ``M'Goun``).
2. ``FoldFilter`` applies ``fold()`` to each token: NFKC (Arabic presentation forms, full-width
   Latin, ligatures such as ﬁ become ordinary letters), casefold, then
   - Arabic: harakat, Quranic marks and tatweel are removed (``عســل`` = ``عسل``); the alef forms
     أ إ آ ٱ become ا, ة becomes ه and ى becomes ي, because writers use them interchangeably
     (``مكناسة``/``مكناسه``, ``حلوى``/``حلوي``); the hamza carriers ؤ ئ become و ي, and a standalone
     ء is *dropped*: it is the letter most often left out when typing (``حناء``/``حنا``,
     ``ماء``/``ما``), and dropping it keeps one rule for every hamza. The letters Moroccan writers
     use for g and v (ڭ گ ڤ) and the Persian forms of kaf and yeh become ك ف ي.
   - Arabic-Indic (٠-٩) and Persian (۰-۹) digits become ASCII digits: ``٢٥٠`` = ``250``.
   - Latin: accents are removed (é → e, ç → c) and œ æ ø ł đ are spelt out (œ → oe).
   - Tifinagh (Tamazight) is written in Latin letters as Moroccans type Tamazight words
     (``TIFINAGH_LATIN``): ``ⴰⵔⴳⴰⵏ`` → ``argan``, ``ⴰⵎⵍⵓ`` → ``amlou``, ``ⵜⴰⵎⵣⵉⵖⵜ`` → ``tamzight``. So a
     product named in Tifinagh is found by its Latin transliteration and the other way round, and both
     then go through the Latin stemmer like any Latin word. The letters' variants fall together: the
     emphatics with their plain letters (ⴹ ⵕ ⵚ ⵟ ⵥ ⵃ → d r s t z h), the Tuareg and neo-Tifinagh
     forms with IRCAM's (ⵗ ⵘ → gh, ⵤ → y, ⴵ ⵋ ⵌ → j ...); the joiner ⵿ and zero-width joiners inside a
     word are dropped, and the labialisation mark ⵯ is written w (NFKC makes it ⵡ: ``ⴳⵯ`` = ``gw``).
3. Whoosh's ``StopFilter`` removes ``STOP_WORDS``: a tiny French, English, Arabic and Tamazight list of
   articles, prepositions and conjunctions, plus the single letters ``d`` and ``l`` that remain
   when an apostrophe was typed as a space (``huile d argan``). Product words are never stop words.
4. ``StemFilter`` applies ``stem()`` to each token:
   - Arabic (the token contains an Arabic letter), a light stemmer after Lucene's ArabicStemmer:
     a lemma-table lookup, then at most one prefix, then at most one suffix, looking the word up
     in the table again after each step. Prefixes: the article and its combinations
     (وال فال بال كال لل ال) are stripped when at least 2 letters remain (``بالعسل`` → عسل); the
     conjunction و alone when at least 3 letters remain (``وزيت`` → زيت, but ``ورد`` stays).
     The lone prepositions ب ك ل and the conjunction ف are NOT stripped: they are the first root
     letter of too many product words (بلح، بهارات، كمون، كسكس، كركم، ليمون، فخار، فلفل، فستق) and
     are rare before an indefinite noun in titles and queries. Suffixes (ها ان ات ون ين يه ه ي,
     after folding ة→ه) are stripped when at least 3 letters remain (``منتجات`` → منتج, but
     ``كمون`` and ``رمان`` stay).
   - Broken plurals (زيوت → زيت) cannot be reached by stripping, and a few singulars would be
     damaged by it (زيتون would become زيت, أركان would become ارك): ``_LEMMAS`` maps such words
     to one lemma, and every lemma maps to itself, which protects it from stripping.
   - Tamazight, folded to Latin: ``_TAMAZIGHT_LEMMAS`` maps the annexed state and a few plurals and
     spellings to the free state (``ⵡⴰⵔⴳⴰⵏ`` "of argan" → ``ⴰⵔⴳⴰⵏ``), then the Latin rules apply.
   - Latin (ASCII after folding): French plurals in -eaux/-oux/-aux become -eau/-ou/-al, then
     Whoosh's Porter stemmer. Porter is English, but on French product words it does what we need
     (huiles/huile → huil, miels → miel, epices → epic, dattes/datte → datt, tapis → tapi for both
     documents and queries), it merges English plurals (rugs → rug, slippers → slipper) and it
     ships with our pinned Whoosh, so one function serves both languages without guessing which
     language a word is in. Words of 3 letters or fewer, and words with digits, are left alone.

``plain_analyzer()`` is steps 1 and 2 only, for names and for the spelling/suggestion field, where
fuzzy matching needs unstemmed words. The schema is pickled with its analyzers, so every class
here lives at module level.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from whoosh.analysis import Filter, StopFilter, Token, Tokenizer
from whoosh.lang.porter import stem as porter_stem

__all__ = ["STOP_WORDS", "fold", "plain_analyzer", "stem", "text_analyzer", "tokens"]

# Combining marks that may sit inside a word: Latin accents, harakat and Quranic annotation marks.
# Zero-width (non-)joiners and the Tifinagh consonant joiner ⵿ (a combining mark, which \w does not match) are
# kept inside a word too: Tifinagh writers put them between consonants.
_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u200c\u200d\u2d7f"
_APOSTROPHES = "'\u2019\u2018\u02bc"
_WORD_RE = re.compile(
    rf"(?:(?:qu|[cdjlnst])[{_APOSTROPHES}](?=[^\W_]))?"  # French elision, dropped
    rf"(?P<word>(?:m[{_APOSTROPHES}](?=[^\W_]))?"  # M'Goun: part of the name, apostrophe removed
    rf"(?:[^\W_\u02bc]|[{_MARKS}])+)",
    re.IGNORECASE,
)
_NO_APOSTROPHES = str.maketrans("", "", _APOSTROPHES)

_FOLD_TABLE = {ord(c): "ا" for c in "أإآٱ"}
_FOLD_TABLE.update({ord(c): None for c in "\u0640\u0621"})  # tatweel, standalone hamza
_FOLD_TABLE.update(str.maketrans("ةىؤئکیڭگڤ", "هيويكيككف"))
_FOLD_TABLE.update(str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2))
_FOLD_TABLE.update({ord("œ"): "oe", ord("æ"): "ae", ord("ø"): "o", ord("ł"): "l", ord("đ"): "d"})
_ARABIC_RE = re.compile("[\u0600-\u06ff\u0750-\u077f]")

# Tifinagh (IRCAM's letters, then Tuareg and neo-Tifinagh variants) -> Latin as Moroccans type Tamazight:
# ⵓ is "ou" (Souss, amlou, Taliouine), ⵛ "ch" (Marrakech), ⵖ "gh" (tamazight), ⵅ "kh", ⵄ "a" (Draa).
TIFINAGH_LATIN = {
    "ⴰ": "a", "ⴱ": "b", "ⴲ": "b", "ⴳ": "g", "ⴴ": "g", "ⴵ": "j", "ⴶ": "j", "ⴷ": "d", "ⴸ": "d", "ⴹ": "d",
    "ⴺ": "d", "ⴻ": "e", "ⴼ": "f", "ⴽ": "k", "ⴾ": "k", "ⴿ": "k", "ⵀ": "h", "ⵁ": "h", "ⵂ": "h", "ⵃ": "h",
    "ⵄ": "a", "ⵅ": "kh", "ⵆ": "kh", "ⵇ": "q", "ⵈ": "q", "ⵉ": "i", "ⵊ": "j", "ⵋ": "j", "ⵌ": "j", "ⵍ": "l",
    "ⵎ": "m", "ⵏ": "n", "ⵐ": "n", "ⵑ": "n", "ⵒ": "p", "ⵓ": "ou", "ⵔ": "r", "ⵕ": "r", "ⵖ": "gh", "ⵗ": "gh",
    "ⵘ": "gh", "ⵙ": "s", "ⵚ": "s", "ⵛ": "ch", "ⵜ": "t", "ⵝ": "t", "ⵞ": "ch", "ⵟ": "t", "ⵠ": "v", "ⵡ": "w",
    "ⵢ": "y", "ⵣ": "z", "ⵤ": "y", "ⵥ": "z", "ⵦ": "e", "ⵧ": "o", "⵰": " ", "⵿": "",
}  # fmt: skip
_FOLD_TABLE.update({ord(letter): latin for letter, latin in TIFINAGH_LATIN.items()})
_FOLD_TABLE.update({0x200C: None, 0x200D: None})

# Plural or variant -> lemma, as people write them; folded (and completed) by _build_lemmas().
_LEMMA_SOURCE = {
    "زيوت": "زيت",  # oils
    "زياتين": "زيتون",  # olives
    "أرجان": "أركان",  # argan
    "توابل": "تابل",  # spices
    "أعشاب": "عشب",  # herbs
    "ورود": "ورد",  # roses
    "وردة": "ورد",
    "تمور": "تمر",  # dates
    "حبوب": "حب",  # cereals, grains
    "مربيات": "مربى",  # jams
    "حلويات": "حلوى",  # sweets
    "ألبان": "لبن",  # dairy
    "أجبان": "جبن",  # cheeses
    "عطور": "عطر",  # perfumes
    "صوابين": "صابون",  # soaps
    "زرابي": "زربية",  # carpets
    "أغطية": "غطاء",  # blankets
    "وسائد": "وسادة",  # cushions
    "أواني": "إناء",  # vessels
    "فخاريات": "فخار",  # pottery
    "طواجين": "طاجين",  # tagines
    "أطباق": "طبق",  # dishes
    "سلال": "سلة",  # baskets
    "جلود": "جلد",  # leather, hides
    "أحذية": "حذاء",  # shoes
    "بلاغي": "بلغة",  # babouches
    "أخشاب": "خشب",  # wood
    "ألواح": "لوح",  # boards
    "صناديق": "صندوق",  # boxes
}

_ARTICLES = ("وال", "فال", "بال", "كال", "لل", "ال")  # longest first
_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")  # ة and ية are folded to ه and يه
_FRENCH_PLURALS = (("eaux", "eau"), ("oux", "ou"), ("aux", "al"))


def fold(text: str) -> str:
    """Language-neutral normalisation: NFKC, casefold, Latin accents and Arabic marks removed,
    Arabic letter variants unified, all digits ASCII. No stemming."""
    text = unicodedata.normalize("NFKC", text).casefold()
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text.translate(_FOLD_TABLE))
    return unicodedata.normalize("NFC", "".join(c for c in text if unicodedata.category(c) != "Mn"))


def _build_lemmas() -> dict[str, str]:
    lemmas = {}
    for word, lemma in _LEMMA_SOURCE.items():
        lemmas[fold(word)] = lemmas[fold(lemma)] = fold(lemma)
    return lemmas


_LEMMAS = _build_lemmas()

# Tamazight: a noun after ⵏ "of" or ⴷ "and" takes its annexed state (ⴰⵔⴳⴰⵏ -> ⵡⴰⵔⴳⴰⵏ, ⴰⵣⵉⵜ -> ⵓⵣⵉⵜ,
# ⵜⴰⵎⵎⵏⵜ -> ⵜⵎⵎⵏⵜ), and a few product words have a plural or a second spelling. Folded to Latin like the
# text, each form maps to the free state, which the Latin stemmer then treats like any word.
_TAMAZIGHT_LEMMA_SOURCE = {
    "ⵡⴰⵔⴳⴰⵏ": "ⴰⵔⴳⴰⵏ", "ⵓⵎⵍⵓ": "ⴰⵎⵍⵓ", "ⵓⵣⵉⵜ": "ⴰⵣⵉⵜ", "ⵉⵣⵉⵜⵏ": "ⴰⵣⵉⵜ", "ⵜⵎⵎⵏⵜ": "ⵜⴰⵎⵎⵏⵜ",
    "ⵓⵣⵎⵎⵓⵔ": "ⴰⵣⵎⵎⵓⵔ", "ⵓⵣⵓⴽⵏⵉ": "ⴰⵣⵓⴽⵏⵉ", "ⵡⴰⴽⴼⴰⵢ": "ⴰⴽⴼⴰⵢ", "ⵓⴽⴼⴰⵢ": "ⴰⴽⴼⴰⵢ", "ⵓⵃⵏⴱⵍ": "ⴰⵃⵏⴱⵍ",
    "ⵉⵃⵏⴱⵍⵏ": "ⴰⵃⵏⴱⵍ", "ⵜⵍⵖⵎⵜ": "ⵜⴰⵍⵖⵎⵜ", "ⵜⵖⴰⵜ": "ⵜⴰⵖⴰⵜ", "ⵜⵎⵥⵉⵏ": "ⵜⵉⵎⵥⵉⵏ", "ⵡⴰⵍⵓⴷ": "ⴰⵍⵓⴷ",
    "ⴰⵣⵄⴼⵔⴰⵏ": "ⵣⵄⴼⵔⴰⵏ", "ⵣⵣⵄⴼⵔⴰⵏ": "ⵣⵄⴼⵔⴰⵏ",
}  # fmt: skip
_TAMAZIGHT_LEMMAS = {fold(form): fold(lemma) for form, lemma in _TAMAZIGHT_LEMMA_SOURCE.items()}
_FRENCH_STOPS = ("de", "du", "des", "la", "le", "les", "et", "a", "au", "aux", "en", "pour", "d", "l")
_ENGLISH_STOPS = ("the", "of", "and", "for", "with", "a", "an", "in")
_ARABIC_STOPS = ("و", "في", "من", "مع", "على", "إلى", "عن", "أو")
_TAMAZIGHT_STOPS = ("ⵏ", "ⴷ", "ⴳ", "ⵙ", "ⵉ", "ⵏⵖ")  # of, and/with, in, with/to, to, or
STOP_WORDS: frozenset[str] = frozenset(
    fold(w) for w in _FRENCH_STOPS + _ENGLISH_STOPS + _ARABIC_STOPS + _TAMAZIGHT_STOPS
)


def _stem_arabic(word: str) -> str:
    if word in _LEMMAS:
        return _LEMMAS[word]
    for prefix in _ARTICLES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            word = word[len(prefix) :]
            break
    else:
        if word.startswith("و") and len(word) - 1 >= 3:
            word = word[1:]
    if word in _LEMMAS:
        return _LEMMAS[word]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return _LEMMAS.get(word, word)


def _stem_latin(word: str) -> str:
    for plural, singular in _FRENCH_PLURALS:
        if word.endswith(plural):
            word = word[: -len(plural)] + singular
            break
    return porter_stem(word)


@lru_cache(maxsize=65536)
def stem(token: str) -> str:
    """Stem one folded token, Arabic or Latin; the same function serves documents and queries."""
    if _ARABIC_RE.search(token):
        return _stem_arabic(token)
    token = _TAMAZIGHT_LEMMAS.get(token, token)
    if len(token) <= 3 or not token.isascii() or not token.isalpha():
        return token
    return _stem_latin(token)


def tokens(text: str) -> list[str]:
    """Folded words of ``text``: no stemming, no stop words, French elisions removed."""
    return [t.text for t in plain_analyzer()(text)]


class ProductTokenizer(Tokenizer):
    """Words of any script with their inner combining marks, offsets into the original text."""

    def __call__(
        self,
        value,
        positions=False,
        chars=False,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        tokenize=True,
        mode="",
        **kwargs,
    ):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        spans = [(value, 0, len(value))] if not tokenize else _word_spans(value)
        for pos, (text, start, end) in enumerate(spans):
            t.text = text
            t.boost = 1.0
            t.stopped = False
            if keeporiginal:
                t.original = text
            if positions:
                t.pos = start_pos + pos
            if chars:
                t.startchar = start_char + start
                t.endchar = start_char + end
            yield t


def _word_spans(value: str):
    for match in _WORD_RE.finditer(value):
        yield match.group("word").translate(_NO_APOSTROPHES), match.start("word"), match.end("word")


class FoldFilter(Filter):
    """Replaces each token's text with ``fold(text)``; drops tokens that fold to nothing."""

    def __call__(self, tokens):
        for t in tokens:
            t.text = _fold_word(t.text)
            if t.text:
                yield t


# Words repeat endlessly across a catalogue: folding each distinct word once makes indexing ~15% faster.
_fold_word = lru_cache(maxsize=200_000)(fold)


class StemFilter(Filter):
    """Replaces each token's text with ``stem(text)``."""

    is_morph = True

    def __call__(self, tokens):
        for t in tokens:
            if not t.stopped:
                t.text = stem(t.text)
            yield t


def text_analyzer():
    """Analyzer for free-text fields in Arabic, French and English: fold, stop words, stems."""
    return ProductTokenizer() | FoldFilter() | StopFilter(stoplist=STOP_WORDS, minsize=1) | StemFilter()


def plain_analyzer():
    """Analyzer without stop words or stemming, for names and the spelling/suggestion field."""
    return ProductTokenizer() | FoldFilter()
