"""The numpy matcher reads Whoosh's postings and scores exactly as Whoosh's own searcher does."""

import numpy as np
import pytest
from whoosh import query as wq
from whoosh.filedb.filestore import RamStorage

from market.search import engine
from market.search.documents import make_schema

TEXTS = [
    "huile d'argan bio", "miel de thym", "huile d'olive vierge", "argan argan huile cosmétique",
    "safran de taliouine", "زيت الأركان", "miel d'euphorbe bio", "huile de nigelle",
]  # fmt: skip


@pytest.fixture
def searcher():
    ix = RamStorage().create_index(make_schema())
    for batch in (TEXTS[:4], TEXTS[4:]):  # two segments
        writer = ix.writer()
        for n, text in enumerate(batch):
            writer.add_document(pid=f"{text}-{n}", name=text, body=text + " " + text)
        writer.commit(merge=False)
    writer = ix.writer()
    writer.delete_by_term("pid", "miel de thym-1")  # a deleted document in the first segment
    writer.commit(merge=False)
    engine.clear()
    with ix.searcher() as s:
        yield s


@pytest.mark.parametrize("field", ["name", "body"])
@pytest.mark.parametrize("text", ["huil", "argan", "bio", "miel", "اركان", "absent"])
def test_scores_equal_whoosh(searcher, field, text):
    scorer = engine.Scorer(searcher)
    assert len(searcher.reader().leaf_readers()) == 2
    live = np.zeros(scorer.doc_count, dtype=bool)
    live[list(searcher.reader().all_doc_ids())] = True
    docs, scores, counts = scorer.match([[engine.Term(field, text)]], live)
    expected = {hit.docnum: hit.score for hit in searcher.search(wq.Term(field, text), limit=None)}
    assert dict(zip(docs.tolist(), scores.tolist(), strict=True)) == pytest.approx(expected, rel=1e-5)
    assert set(counts.tolist()) <= {1}


def test_documents_matching_every_word_are_counted(searcher):
    scorer = engine.Scorer(searcher)
    live = np.ones(scorer.doc_count, dtype=bool)
    words = [[engine.Term("name", "huil")], [engine.Term("name", "argan")]]
    docs, _scores, counts = scorer.match(words, live)
    both = {int(d) for d, c in zip(docs, counts, strict=True) if c == 2}
    names = {int(hit.docnum) for hit in searcher.search(wq.And([wq.Term("name", "huil"), wq.Term("name", "argan")]))}
    assert both == names and len(both) == 2
