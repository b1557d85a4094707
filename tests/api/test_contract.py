"""The contract itself: an OpenAPI 3.1 document covering every route, problem details in the caller's
language, ETags, the docs page, rate limits per token."""

import pytest

from market.extensions import db
from tests.api.helpers import bearer, make_token
from tests.factories import make_coop, make_product, make_user

SKIP = {"/api/v1/openapi.json", "/api/v1/docs"}


def test_the_document_is_openapi_3_1_and_describes_every_api_route(app, client):
    doc = client.get("/api/v1/openapi.json").get_json()
    assert doc["openapi"] == "3.1.0"
    assert doc["components"]["securitySchemes"]["token"] == {
        "type": "http",
        "scheme": "bearer",
        "description": doc["components"]["securitySchemes"]["token"]["description"],
    }
    documented = {(path, method.upper()) for path, ops in doc["paths"].items() for method in ops}
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/api/v1") or rule.rule in SKIP:
            continue
        path = rule.rule.replace("<int:", "{").replace("<", "{").replace(">", "}")
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            assert (path, method) in documented, (path, method)
    # Every error answer is a problem document; every read says it may be a 304.
    for path, ops in doc["paths"].items():
        for method, op in ops.items():
            assert op["responses"]["422"]["content"] == {
                "application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}
            }
            assert method != "get" or "304" in op["responses"], path


def test_errors_are_problem_details_in_the_callers_language(client):
    response = client.get("/api/v1/nothing-here", headers={"Accept-Language": "ar"})
    assert response.status_code == 404 and response.mimetype == "application/problem+json"
    problem = response.get_json()
    assert problem["status"] == 404 and problem["type"] == "about:blank" and problem["title"] == "Not Found"
    assert problem["detail"] == "لم نتمكن من العثور على هذه الصفحة." and problem["instance"] == "/api/v1/nothing-here"
    assert response.headers["Content-Language"] == "ar"

    wrong_method = client.delete("/api/v1/products")
    assert wrong_method.status_code == 405 and "GET" in wrong_method.headers["Allow"]
    assert wrong_method.mimetype == "application/problem+json"

    invalid = client.get("/api/v1/products?page=0&per_page=abc&sort=cheapest&lang=fr")
    assert invalid.status_code == 422 and invalid.mimetype == "application/problem+json"
    body = invalid.get_json()
    assert body["type"].endswith("/api/v1/docs#problem-validation")
    assert body["detail"] == "Certaines valeurs ne sont pas valides : voyez errors."
    pointers = {e["pointer"]: e["detail"] for e in body["errors"]}
    assert pointers["#/query/page"] == "Saisissez un nombre d’au moins 1."
    assert pointers["#/query/per_page"] == "Saisissez un nombre entier."
    assert pointers["#/query/sort"].startswith("Choisissez parmi")

    unknown = client.get("/api/v1/products?colour=red", headers={"Accept-Language": "en"})
    assert unknown.status_code == 422
    assert unknown.get_json()["errors"] == [
        {"pointer": "#/query/colour", "detail": "This field is not part of the request."}
    ]


def test_reads_carry_an_etag_and_answer_304_while_nothing_changed(client):
    coop = make_coop()
    product = make_product(coop, name_fr="Miel de thym")
    db.session.commit()
    url = f"/api/v1/products/{product.id}?lang=fr"
    first = client.get(url)
    etag = first.headers["ETag"]
    assert first.status_code == 200 and first.headers["Cache-Control"] == "public, no-cache"
    assert "Accept-Language" in first.headers["Vary"]
    again = client.get(url, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.data == b""
    assert client.get(f"/api/v1/products/{product.id}?lang=ar", headers={"If-None-Match": etag}).status_code == 200

    product.price_centimes = 9900
    db.session.commit()
    changed = client.get(url, headers={"If-None-Match": etag})
    assert changed.status_code == 200 and changed.headers["ETag"] != etag
    assert changed.get_json()["price"]["centimes"] == 9900


@pytest.mark.parametrize("lang", ["ar", "fr", "en", "zgh"])
def test_the_docs_page_reads_in_every_language(client, lang):
    html = client.get(f"/api/v1/docs?lang={lang}").get_data(as_text=True)
    assert 'href="/api/v1/openapi.json"' in html and "Authorization: Bearer st_" in html
    assert 'id="problem-validation"' in html and 'id="schema-Product"' in html and "/coop/stock" in html
    assert f'<html lang="{lang}"' in html


@pytest.mark.app_config(RATELIMIT_ENABLED=True, API_RATE_LIMIT="3/minute")
def test_each_token_has_its_own_rate_limit(client):
    owner, other = make_user(), make_user()
    coop_a, coop_b = make_coop(owner=owner), make_coop(owner=other)
    db.session.commit()
    first, second = make_token(owner, coop_a), make_token(other, coop_b)
    for _ in range(3):
        assert client.get("/api/v1/coop", headers=bearer(first)).status_code == 200
    limited = client.get("/api/v1/coop", headers=bearer(first, "fr"))
    assert limited.status_code == 429 and limited.mimetype == "application/problem+json"
    assert int(limited.headers["Retry-After"]) > 0
    assert limited.get_json()["detail"] == "Trop de tentatives. Veuillez patienter un instant et réessayer."
    assert client.get("/api/v1/coop", headers=bearer(second)).status_code == 200  # another token, another count


def test_input_no_database_could_hold_is_refused_before_it_reaches_one(client):
    """Found by Schemathesis on PostgreSQL: a NUL in the second value of a repeated parameter went past
    the site's guard (MultiDict.values() gives the first value only); and ids beyond 32 bits overflowed."""
    owner = make_user()
    coop = make_coop(owner=owner)
    db.session.commit()
    token = make_token(owner, coop)
    repeated = client.get("/api/v1/products?coop=a&coop=b%00c")
    assert repeated.status_code == 400 and repeated.mimetype == "application/problem+json"
    assert client.get("/search?region=x&region=%00").status_code == 400  # the pages share the guard
    body = client.post("/api/v1/coop/products", json={"name_fr": "a\x00b", "variants": [{"label": "\x00"}]},
                       headers=bearer(token))  # fmt: skip
    assert body.status_code == 422
    for path in ("/api/v1/products/36893488147419103231", "/api/v1/products/0", "/api/v1/coop/orders/2147483648"):
        response = client.get(path, headers=bearer(token))
        assert response.status_code == 404 and response.mimetype == "application/problem+json", path
