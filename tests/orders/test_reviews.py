"""Reviews: who may write one, what a bad one looks like, where they show (product page, storefront,
JSON-LD), the cooperative's reply, and an admin hiding one."""

from __future__ import annotations

import json
import re

import pytest
from flask import render_template_string
from sqlalchemy import event, func, select

from market.catalog import reviews as catalog_reviews
from market.catalog.models import Review
from market.core.models import AuditEntry
from market.extensions import db
from market.orders import reviews, services
from tests.factories import add_member, make_coop, make_order, make_product, make_user

GOOD_TEXT = "Huile très parfumée, bien emballée. Merci !"


def en_user(**attrs):
    return make_user(locale="en", **attrs)


@pytest.fixture
def shop(app):
    owner = en_user(display_name="Aicha Owner")
    coop = make_coop(owner=owner, slug="argan-coop")
    product = make_product(coop, slug="argan-oil", name_en="Argan oil")
    db.session.commit()
    return {"owner": owner, "coop": coop, "product": product}


def delivered_line(shop, buyer=None, product=None):
    buyer = buyer or en_user(display_name="Fatima Zahra Bennani")
    order = make_order(buyer, [(product or shop["product"], 1)])
    part = order.parts[0]
    services.advance(part, "shipped", shop["owner"], "")
    services.advance(part, "delivered", shop["owner"])
    db.session.commit()
    return part.lines[0]


def reviewed(shop, rating, text=GOOD_TEXT, name="Fatima Zahra Bennani", product=None):
    line = delivered_line(shop, en_user(display_name=name), product)
    review = reviews.add_review(line.coop_order.order.buyer, line, rating, text)
    db.session.commit()
    return review


def flashes(client) -> list[str]:
    with client.session_transaction() as session:
        return [message for _category, message in session.get("_flashes", [])]


def page(client, path) -> str:
    response = client.get(path + ("&" if "?" in path else "?") + "lang=en")
    assert response.status_code == 200, path
    return response.get_data(as_text=True)


def product_page(client, shop, extra="") -> str:
    product = shop["product"]
    return page(client, f"/p/{product.id}-{product.slug}{extra}")


def json_ld(html: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match
    return json.loads(match.group(1))


def review_count() -> int:
    return db.session.scalar(select(func.count()).select_from(Review))


# ------------------------------------------------------------------------------------------ eligibility


def test_only_the_buyer_of_a_delivered_line_may_review_it_once(shop):
    line = delivered_line(shop)
    buyer, stranger = line.coop_order.order.buyer, en_user()
    assert reviews.can_review(buyer, line)
    assert not reviews.can_review(stranger, line)
    assert not reviews.can_review(shop["owner"], line)
    with pytest.raises(reviews.ReviewError, match="Seul l’acheteur"):
        reviews.add_review(stranger, line, 5, GOOD_TEXT)

    undelivered = make_order(buyer, [(shop["product"], 1)])
    db.session.commit()
    assert undelivered.parts[0].status == "confirmed"
    assert not reviews.can_review(buyer, undelivered.parts[0].lines[0])
    with pytest.raises(reviews.ReviewError, match="été livré"):
        reviews.add_review(buyer, undelivered.parts[0].lines[0], 5, GOOD_TEXT)

    review = reviews.add_review(buyer, line, 4, f"  {GOOD_TEXT}  ")
    db.session.commit()
    assert (review.rating, review.text, review.author_name) == (4, GOOD_TEXT, "Fatima")  # first name only
    assert review.cooperative_id == shop["coop"].id and review.product_id == shop["product"].id
    assert not reviews.can_review(buyer, line)
    with pytest.raises(reviews.ReviewError, match="déjà donné votre avis"):
        reviews.add_review(buyer, line, 5, GOOD_TEXT)
    assert reviews.reviews_for_lines([line.id, undelivered.parts[0].lines[0].id]) == {line.id: review}
    assert reviews.reviews_for_lines([]) == {}


def test_buyer_reviews_from_the_order_page(shop, client, login):
    line = delivered_line(shop)
    order = line.coop_order.order
    login(order.buyer)
    response = client.post(f"/orders/lines/{line.id}/review", data={"rating": "5", "text": GOOD_TEXT})
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/orders/{order.number}#review-{line.id}")
    assert "Thank you for your review" in " ".join(flashes(client))
    assert db.session.scalar(select(Review.rating).where(Review.order_line_id == line.id)) == 5
    # Twice: refused with a message, nothing added.
    response = client.post(f"/orders/lines/{line.id}/review", data={"rating": "1", "text": "Changed my mind about it"})
    assert response.status_code == 302
    assert any("already reviewed" in m for m in flashes(client))
    assert review_count() == 1


def test_not_delivered_or_not_ones_own_line_is_refused(shop, client, login):
    buyer = en_user()
    order = make_order(buyer, [(shop["product"], 1)])
    db.session.commit()
    login(buyer)
    line = order.parts[0].lines[0]
    response = client.post(f"/orders/lines/{line.id}/review", data={"rating": "5", "text": GOOD_TEXT})
    assert response.status_code == 302
    assert any("once it has been delivered" in m for m in flashes(client))
    someone_elses = delivered_line(shop)
    good = {"rating": "5", "text": GOOD_TEXT}
    assert client.post(f"/orders/lines/{someone_elses.id}/review", data=good).status_code == 404
    assert client.post("/orders/lines/999999/review", data=good).status_code == 404
    assert client.post("/orders/lines/99999999999999/review", data={"rating": "5"}).status_code == 404
    assert review_count() == 0


def test_anonymous_visitor_is_sent_to_sign_in(shop, client):
    line = delivered_line(shop)
    response = client.post(f"/orders/lines/{line.id}/review", data={"rating": "5", "text": GOOD_TEXT})
    assert response.status_code == 302 and "/account/login" in response.headers["Location"]
    assert review_count() == 0


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"rating": "0", "text": GOOD_TEXT}, "rating from 1 to 5"),
        ({"rating": "6", "text": GOOD_TEXT}, "rating from 1 to 5"),
        ({"rating": "-1", "text": GOOD_TEXT}, "rating from 1 to 5"),
        ({"rating": "abc", "text": GOOD_TEXT}, "rating from 1 to 5"),
        ({"rating": "99999999999999999999999", "text": GOOD_TEXT}, "rating from 1 to 5"),
        ({"text": GOOD_TEXT}, "rating from 1 to 5"),
        ({"rating": "4", "text": "Too short"}, "10 to 2000 characters"),
        ({"rating": "4", "text": "   short    "}, "10 to 2000 characters"),
        ({"rating": "4", "text": "x" * 2001}, "10 to 2000 characters"),
        ({"rating": "4", "text": "    "}, "Write a few words"),
        ({"rating": "4"}, "Write a few words"),
    ],
)
def test_bad_ratings_and_texts_give_a_message_and_change_nothing(shop, client, login, data, message):
    line = delivered_line(shop)
    login(line.coop_order.order.buyer)
    response = client.post(f"/orders/lines/{line.id}/review", data=data)
    assert response.status_code == 302
    assert any(message in m for m in flashes(client)), flashes(client)
    assert review_count() == 0


def test_service_checks_rating_and_text_too(shop):
    line = delivered_line(shop)
    buyer = line.coop_order.order.buyer
    for rating, text in ((0, GOOD_TEXT), (6, GOOD_TEXT), ("5", GOOD_TEXT), (True, GOOD_TEXT), (3, "short"), (3, None)):
        with pytest.raises(reviews.ReviewError):
            reviews.add_review(buyer, line, rating, text)
    assert reviews.add_review(buyer, line, 1, "x" * 2000).rating == 1


# ------------------------------------------------------------------------------------------ public pages


def test_reviews_and_average_on_the_product_page_storefront_and_json_ld(shop, client):
    html = product_page(client, shop)
    assert "No reviews yet" in html
    assert "aggregateRating" not in html
    reviewed(shop, 5, "Une huile magnifique, je recommande.", name="Fatima Zahra Bennani")
    reviewed(shop, 4, "Bonne huile mais livraison un peu lente.", name="Youssef El Idrissi")
    html = product_page(client, shop)
    assert "4.5 out of 5" in html and "2 reviews" in html
    assert "Une huile magnifique, je recommande." in html and "Fatima" in html and "Youssef" in html
    assert "Bennani" not in html and "Idrissi" not in html  # first names only
    assert 'href="#reviews"' in html
    data = json_ld(html)
    assert data["aggregateRating"] == {
        "@type": "AggregateRating", "ratingValue": "4.5", "reviewCount": 2, "bestRating": 5, "worstRating": 1,
    }  # fmt: skip
    assert {r["author"]["name"] for r in data["review"]} == {"Fatima", "Youssef"}
    assert data["offers"]["priceCurrency"] == "MAD"  # the rest of the product data is still there
    assert "css/reviews.css" in html

    storefront = page(client, "/c/argan-coop")
    assert "4.5 out of 5" in storefront and "2 reviews" in storefront
    assert "css/reviews.css" in storefront
    # French and Arabic: the number in the visitor's way of writing it; the page still works in RTL.
    french = client.get(f"/p/{shop['product'].id}-argan-oil?lang=fr").get_data(as_text=True)
    assert "4,5" in french
    arabic = client.get("/c/argan-coop?lang=ar").get_data(as_text=True)
    assert 'dir="rtl"' in arabic and "stars-visual" in arabic and "--rating: 90%" in arabic


def test_storefront_averages_all_its_products(shop, client):
    other = make_product(shop["coop"], slug="honey")
    reviewed(shop, 5)
    reviewed(shop, 2, product=other)
    reviewed(shop, 2, product=other)
    assert catalog_reviews.cooperative_summary(shop["coop"].id).average == 3.0
    storefront = page(client, "/c/argan-coop")
    assert "3 out of 5" in storefront and "3 reviews" in storefront
    assert "5 out of 5" in product_page(client, shop)


def test_reviews_are_paginated_on_the_product_page(shop, client):
    for n in range(7):
        reviewed(shop, 1 + n % 5, text=f"Review number {n} of the argan oil")
    html = product_page(client, shop)
    assert "7 reviews" in html
    assert "Review number 6 " in html and "Review number 2 " in html and "Review number 1 " not in html
    assert "Older reviews" in html and "reviews=2" in html
    second = product_page(client, shop, "?reviews=2")
    assert "Review number 1 " in second and "Review number 0 " in second and "Review number 6 " not in second
    assert "7 reviews" in second and "Newer reviews" in second
    assert {r["reviewBody"] for r in json_ld(second)["review"]} == {
        "Review number 1 of the argan oil", "Review number 0 of the argan oil",
    }  # fmt: skip
    beyond = product_page(client, shop, "?reviews=40")
    assert "7 reviews" in beyond and "No more reviews" in beyond
    assert product_page(client, shop, "?reviews=abc")  # a bad page number is page 1


def test_rating_summary_and_page_come_from_one_query(shop, client):
    for rating in (5, 4, 4, 1):
        reviewed(shop, rating)
    product_id = shop["product"].id
    statements = []

    def count(*args):
        statements.append(args[2])

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        result = catalog_reviews.product_reviews(product_id, page=1, per_page=2)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert len(statements) == 1
    assert result.summary.count == 4 and result.summary.average == 3.5
    assert result.summary.distribution == {5: 1, 4: 2, 3: 0, 2: 0, 1: 1}
    assert result.summary.share(4) == 50
    assert len(result.page.items) == 2 and result.page.pages == 2


def test_product_page_queries_do_not_grow_with_reviews(shop, client):
    from tests.catalog.test_query_counts import queries

    path = f"/p/{shop['product'].id}-argan-oil"
    reviewed(shop, 5)
    few = queries(client, path)
    for _ in range(8):
        reviewed(shop, 3)
    many = queries(client, path)
    assert few == many and many <= 8, (few, many)
    assert queries(client, "/c/argan-coop") <= 8


# ------------------------------------------------------------------------------------------ the cooperative


def test_cooperative_reads_and_replies_and_edits_its_reply(shop, client, login):
    review = reviewed(shop, 3, "Correct, mais le flacon fuyait un peu.")
    login(shop["owner"])
    html = page(client, "/manage/argan-coop/reviews")
    assert "Correct, mais le flacon fuyait un peu." in html and "Argan oil" in html
    assert f'action="/manage/argan-coop/reviews/{review.id}/reply"' in html
    assert 'name="csrf_token"' in html
    reply_url = f"/manage/argan-coop/reviews/{review.id}/reply"
    response = client.post(reply_url, data={"text": "Désolées, nous changeons de flacon."})
    assert response.status_code == 302 and response.headers["Location"].endswith(f"#review-{review.id}")
    db.session.refresh(review)
    assert review.reply == "Désolées, nous changeons de flacon." and review.replied_at is not None
    assert "Désolées, nous changeons de flacon." in product_page(client, shop)
    # The one reply can be edited; an empty or too long reply changes nothing.
    client.post(f"/manage/argan-coop/reviews/{review.id}/reply", data={"text": "Merci, c'est corrigé."})
    for bad in ("   ", "y" * 2001):
        assert client.post(f"/manage/argan-coop/reviews/{review.id}/reply", data={"text": bad}).status_code == 302
        assert flashes(client)
    db.session.refresh(review)
    assert review.reply == "Merci, c'est corrigé."
    assert "No review is waiting" in page(client, "/manage/argan-coop/reviews?show=awaiting")


def test_staff_may_reply_but_another_cooperative_may_not(shop, client, login):
    review = reviewed(shop, 2)
    other_owner = en_user()
    make_coop(owner=other_owner, slug="other-coop")
    db.session.commit()
    login(other_owner)
    # Through its own back office, another cooperative's review is not found.
    assert client.post(f"/manage/other-coop/reviews/{review.id}/reply", data={"text": "Hijack"}).status_code == 404
    # Through the victim's, the permission is refused.
    assert client.get("/manage/argan-coop/reviews").status_code == 403
    assert client.post(f"/manage/argan-coop/reviews/{review.id}/reply", data={"text": "Hijack"}).status_code == 403
    db.session.refresh(review)
    assert review.reply is None
    with pytest.raises(reviews.ReviewError):
        reviews.reply(review, db.session.get(type(shop["coop"]), shop["coop"].id + 1), other_owner, "Hijack")

    staff = en_user()
    add_member(shop["coop"], staff, "staff")
    db.session.commit()
    client.post("/account/logout")
    login(staff)
    assert client.post(f"/manage/argan-coop/reviews/{review.id}/reply", data={"text": "Thank you!"}).status_code == 302
    db.session.refresh(review)
    assert review.reply == "Thank you!"


# ------------------------------------------------------------------------------------------ admins


def test_admin_hides_a_review_which_disappears_and_no_longer_counts(shop, client, login):
    kept = reviewed(shop, 5, "Produit authentique et délicieux.")
    abusive = reviewed(shop, 1, "Texte insultant envers la coopérative.")
    admin = en_user(is_admin=True)
    db.session.commit()
    assert "3 out of 5" in product_page(client, shop)
    login(admin)
    html = page(client, "/admin/reviews")
    assert "Texte insultant" in html and f'action="/admin/reviews/{abusive.id}/hide"' in html

    # No reason: refused, nothing hidden.
    response = client.post(f"/admin/reviews/{abusive.id}/hide", data={"reason": "  ", "back": "all"})
    assert response.status_code == 302 and flashes(client)
    db.session.refresh(abusive)
    assert abusive.hidden_reason is None

    response = client.post(f"/admin/reviews/{abusive.id}/hide", data={"reason": "Insultes", "back": "hidden"})
    assert response.status_code == 302 and response.headers["Location"].endswith("/admin/reviews?status=hidden")
    db.session.refresh(abusive)
    assert abusive.hidden_reason == "Insultes"
    entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "review.hide"))
    assert entry.subject_id == abusive.id and entry.actor_id == admin.id and entry.reason == "Insultes"

    client.post("/account/logout")
    html = product_page(client, shop)
    assert "Texte insultant" not in html
    assert "5 out of 5" in html and "1 review" in html and "Produit authentique" in html
    assert json_ld(html)["aggregateRating"]["reviewCount"] == 1
    assert "1 review" in page(client, "/c/argan-coop")
    assert catalog_reviews.cooperative_summary(shop["coop"].id).count == 1

    login(admin)
    assert "Texte insultant" in page(client, "/admin/reviews?status=hidden")
    assert "Texte insultant" not in page(client, "/admin/reviews?status=visible")
    assert "Produit authentique" not in page(client, "/admin/reviews?status=hidden")
    assert page(client, "/admin/reviews?status=nonsense&page=abc")
    # Hiding twice is refused; showing it again is recorded too.
    client.post(f"/admin/reviews/{abusive.id}/hide", data={"reason": "Encore"})
    assert any("already hidden" in m for m in flashes(client))
    assert client.post(f"/admin/reviews/{abusive.id}/unhide", data={"back": "all"}).status_code == 302
    db.session.refresh(abusive)
    assert abusive.hidden_reason is None
    unhidden = select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "review.unhide")
    assert db.session.scalar(unhidden) == 1
    assert client.post("/admin/reviews/999999/hide", data={"reason": "x"}).status_code == 404
    assert kept.hidden_reason is None


def test_hidden_review_is_shown_to_the_cooperative_with_the_reason(shop, client, login):
    review = reviewed(shop, 1, "Un avis que l'admin a caché.")
    reviews.hide(review, en_user(is_admin=True), "Propos injurieux")
    db.session.commit()
    login(shop["owner"])
    html = page(client, "/manage/argan-coop/reviews")
    assert "Propos injurieux" in html and f"/reviews/{review.id}/reply" not in html
    response = client.post(f"/manage/argan-coop/reviews/{review.id}/reply", data={"text": "Réponse"})
    assert response.status_code == 302 and any("hidden" in m for m in flashes(client))


def test_non_admins_get_403_on_admin_review_pages(shop, client, login):
    review = reviewed(shop, 4)
    assert client.get("/admin/reviews").status_code == 302  # anonymous: sign in first
    login(shop["owner"])
    assert client.get("/admin/reviews").status_code == 403
    assert client.post(f"/admin/reviews/{review.id}/hide", data={"reason": "x"}).status_code == 403
    assert client.post(f"/admin/reviews/{review.id}/unhide").status_code == 403
    db.session.refresh(review)
    assert review.hidden_reason is None


# ------------------------------------------------------------------------------------------ the include


INCLUDE_IN_A_LOOP = """{% for line in lines %}{% set review = reviews.get(line.id) %}
{% include "orders/_review_form.html" %}{% endfor %}"""


def test_review_form_include_shows_the_form_or_the_review(shop, app):
    first, second = delivered_line(shop), delivered_line(shop)
    review = reviewed(shop, 4, "Très bon produit, je rachèterai.")
    review.reply = "Merci beaucoup !"
    db.session.commit()
    lines = [first, second, review_line := db.session.get(type(first), review.order_line_id)]
    with app.test_request_context("/?lang=en"):
        html = render_template_string(
            INCLUDE_IN_A_LOOP, lines=lines, reviews=reviews.reviews_for_lines([line.id for line in lines])
        )
    assert html.count('name="rating"') == 10  # two forms of five radios
    assert f'action="/orders/lines/{first.id}/review"' in html and f'action="/orders/lines/{second.id}/review"' in html
    assert f'id="review-{first.id}-rating-5"' in html and f'for="review-{second.id}-rating-1"' in html
    assert f'/orders/lines/{review_line.id}/review"' not in html
    assert "Très bon produit" in html and "Merci beaucoup" in html and "4 out of 5" in html
    assert 'name="csrf_token"' in html


def test_back_office_lists_are_paginated_newest_first(shop):
    made = [reviewed(shop, 1 + n % 5, text=f"Back-office review number {n}") for n in range(5)]
    reviews.hide(made[0], en_user(is_admin=True), "Spam")
    db.session.commit()
    coop_id = shop["coop"].id
    first = catalog_reviews.cooperative_reviews(coop_id, page=1, per_page=2)
    assert first.total == 5 and first.pages == 3
    assert [r.id for r in first.items] == [made[4].id, made[3].id]
    assert catalog_reviews.cooperative_reviews(coop_id, page=1, per_page=2, awaiting_reply=True).total == 4
    assert catalog_reviews.reviews_for_moderation("all", page=3, per_page=2).items == [made[0]]
    assert catalog_reviews.reviews_for_moderation("visible", page=1, per_page=2).total == 4
    assert catalog_reviews.reviews_for_moderation("hidden", page=1, per_page=2).items == [made[0]]
