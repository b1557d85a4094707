"""No input ever produces a 500: every route, with malformed and oversized values, GET and POST."""

import re

import pytest

from market.extensions import db
from tests.factories import make_coop, make_product, make_user

NASTY_VALUES = [
    "",
    "x" * 5000,
    "-1",
    "0",
    "99999999999999999999",
    "1e309",
    "نص عربي ٣",
    "'; DROP TABLE users; --",
    "<script>alert(1)</script>",
    "%00\x00nul",
    "../../etc/passwd",
    "https://evil.example/",
    "😀 emoji",
]
PATH_VALUES = ["x" * 300, "..", "%2e%2e", "0", "99999999999999999999", "نص", "-1"]
FORM_FIELDS = [
    "email",
    "password",
    "confirm",
    "display_name",
    "locale",
    "lang",
    "next",
    "remember",
    "q",
    "page",
    "sort",
]


def _urls_for(app, sample):
    urls = set()
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static":
            continue
        values = list(PATH_VALUES) + [sample.get(arg, "x") for arg in rule.arguments]
        for value in values:
            path = rule.rule
            for arg in rule.arguments:
                path = re.sub(r"<(?:[^:<>]+:)?" + arg + ">", str(value), path)
            urls.add((path, tuple(sorted(rule.methods - {"HEAD", "OPTIONS"}))))
    return sorted(urls)


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_no_route_returns_500(app, client, login, lang):
    owner = make_user()
    coop = make_coop(owner=owner)
    product = make_product(coop)
    db.session.commit()
    login(owner)
    sample = {"slug": coop.slug, "product_id": product.id, "token": "abc", "filename": "demo/x-320.jpg"}
    failures = []
    for path, methods in _urls_for(app, sample):
        for value in NASTY_VALUES:
            params = {name: value for name in FORM_FIELDS}
            params["lang"] = lang
            for method in methods:
                if method == "GET":
                    response = client.get(path, query_string=params)
                else:
                    response = client.open(path, method=method, data=params)
                if response.status_code >= 500:
                    failures.append((method, path, value[:30], response.status_code))
                if path == "/account/logout" and method == "POST":
                    login(owner)
    assert not failures


def test_oversized_body_gets_413_page(client, app):
    app.config["MAX_CONTENT_LENGTH"] = 1024
    response = client.post("/account/login", data={"email": "a" * 5000})
    assert response.status_code == 413
    assert "trop volumineux" in response.get_data(as_text=True)
