from datetime import timedelta

import pytest
from sqlalchemy import func, select

from market.accounts import services
from market.accounts.exceptions import EmailTaken, InvalidResetToken
from market.accounts.models import PasswordResetToken, User
from market.core.models import OutboxEmail, utcnow
from market.extensions import db
from tests.conftest import csrf_token_from
from tests.factories import PASSWORD, make_user


def register(client, **overrides):
    data = {
        "display_name": "Fatima Zahra",
        "email": "Fatima@Example.COM ",
        "password": PASSWORD,
        "confirm": PASSWORD,
        "locale": "ar",
    }
    data.update(overrides)
    return client.post("/account/register", data=data)


def test_register_normalises_email_and_hashes_with_scrypt(client):
    response = register(client)
    assert response.status_code == 302
    user = db.session.scalar(select(User))
    assert user.email == "fatima@example.com"
    assert user.locale == "ar"
    assert user.password_hash.startswith("scrypt:")
    assert PASSWORD not in user.password_hash
    # Signed in right away.
    assert "Fatima Zahra" in client.get("/").get_data(as_text=True)


def test_email_is_unique_regardless_of_case(client):
    make_user(email="omar@example.com")
    db.session.commit()
    response = register(client, email="OMAR@example.com")
    assert response.status_code == 200
    assert "Un compte existe déjà avec cet e-mail." in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count()).select_from(User)) == 1
    with pytest.raises(EmailTaken):
        services.register_user(" Omar@Example.com", PASSWORD, "Omar")


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"email": "not-an-email"}, "Adresse électronique non valide."),
        (
            {"password": "short", "confirm": "short"},
            "La longueur du champ doit être comprise entre 8 et 128 caractères.",
        ),
        ({"confirm": "something else"}, "Les deux mots de passe ne correspondent pas."),
        ({"display_name": ""}, "Ce champ est requis."),
        ({"locale": "de"}, "N&#39;est pas un choix valide."),
    ],
)
def test_register_shows_errors_next_to_the_field_in_the_users_language(client, overrides, message):
    response = register(client, **overrides)
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert message in html
    assert 'class="errors"' in html
    assert db.session.scalar(select(func.count()).select_from(User)) == 0


def test_register_errors_in_arabic(client):
    response = client.post("/account/register?lang=ar", data={"email": "x", "password": "1", "confirm": "2"})
    html = response.get_data(as_text=True)
    assert 'dir="rtl"' in html
    assert "هذا الحقل مطلوب." in html
    assert "This field is required" not in html


def test_login_logout_and_wrong_password(client):
    user = make_user(email="karim@example.com")
    db.session.commit()
    bad = client.post("/account/login", data={"email": "karim@example.com", "password": "wrong-password"})
    assert bad.status_code == 200
    assert "E-mail ou mot de passe incorrect." in bad.get_data(as_text=True)
    unknown = client.post("/account/login", data={"email": "nobody@example.com", "password": "wrong-password"})
    assert "E-mail ou mot de passe incorrect." in unknown.get_data(as_text=True)

    ok = client.post("/account/login", data={"email": "KARIM@example.com", "password": PASSWORD})
    assert ok.status_code == 302
    assert db.session.get(User, user.id).last_login_at is not None
    assert client.get("/account/profile").status_code == 200
    client.post("/account/logout")
    assert client.get("/account/profile").status_code == 302


def test_logout_requires_post(client):
    assert client.get("/account/logout").status_code == 405


def test_remember_me_sets_a_persistent_cookie(client):
    make_user(email="remember@example.com")
    db.session.commit()
    client.post("/account/login", data={"email": "remember@example.com", "password": PASSWORD, "remember": "y"})
    assert client.get_cookie("remember_token") is not None


def test_login_redirects_only_to_same_site_next(client):
    make_user(email="next@example.com")
    db.session.commit()
    inside = client.post(
        "/account/login",
        data={"email": "next@example.com", "password": PASSWORD, "next": "/cooperatives?region=oriental"},
    )
    assert inside.headers["Location"] == "/cooperatives?region=oriental"
    client.post("/account/logout")
    outside = client.post(
        "/account/login", data={"email": "next@example.com", "password": PASSWORD, "next": "https://evil.example/"}
    )
    assert outside.headers["Location"] == "/"


def test_password_reset_flow_is_one_time_and_invalidates_sessions(client, app):
    user = make_user(email="reset@example.com", locale="ar")
    db.session.commit()
    old_session_id = user.get_id()
    response = client.post("/account/forgot", data={"email": "RESET@example.com"})
    assert response.status_code == 302
    email = db.session.scalar(select(OutboxEmail))
    assert email.to == "reset@example.com"
    assert email.status == "sent"
    assert "كلمة مرور" in email.subject  # in the account's language
    link = next(line for line in email.body.splitlines() if "/account/reset/" in line).strip()
    path = link.removeprefix("http://localhost")

    assert client.get(path).status_code == 200
    done = client.post(path, data={"password": "a brand new password", "confirm": "a brand new password"})
    assert done.status_code == 302
    db.session.expire_all()
    user = db.session.get(User, user.id)
    assert user.check_password("a brand new password")
    assert user.get_id() != old_session_id  # remember-me cookies of the old password stop working
    assert services.load_user_from_session(old_session_id) is None

    client.post("/account/logout")
    again = client.get(path)
    assert again.status_code == 302
    assert again.headers["Location"].endswith("/account/forgot")


def test_unknown_email_reset_reveals_nothing(client):
    response = client.post("/account/forgot", data={"email": "ghost@example.com"}, follow_redirects=True)
    assert "Si un compte existe pour cette adresse" in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count()).select_from(OutboxEmail)) == 0


def test_expired_reset_token_is_refused(app):
    user = make_user()
    with app.test_request_context():
        services.request_password_reset(user.email)
    record = db.session.scalar(select(PasswordResetToken))
    record.expires_at = utcnow() - timedelta(seconds=1)
    db.session.flush()
    with pytest.raises(InvalidResetToken):
        services.reset_password("anything-but-the-token", "new password 123")
    with pytest.raises(InvalidResetToken):
        services.check_reset_token("")


@pytest.mark.app_config(RATELIMIT_ENABLED=True)
def test_login_is_rate_limited_with_a_translated_page(client):
    statuses = [
        client.post("/account/login", data={"email": "a@example.com", "password": "wrong-password"}).status_code
        for _ in range(11)
    ]
    assert statuses[:10] == [200] * 10
    assert statuses[10] == 429
    page = client.post("/account/login?lang=ar", data={"email": "a@example.com", "password": "x"})
    assert page.status_code == 429
    assert "محاولات كثيرة" in page.get_data(as_text=True)


@pytest.mark.app_config(WTF_CSRF_ENABLED=True)
def test_forms_require_a_csrf_token(client):
    make_user(email="csrf@example.com")
    db.session.commit()
    refused = client.post("/account/login", data={"email": "csrf@example.com", "password": PASSWORD})
    assert refused.status_code == 400
    assert "Ce formulaire a expiré" in refused.get_data(as_text=True)
    token = csrf_token_from(client.get("/account/login").get_data(as_text=True))
    accepted = client.post(
        "/account/login", data={"email": "csrf@example.com", "password": PASSWORD, "csrf_token": token}
    )
    assert accepted.status_code == 302


def test_profile_changes_language(client, login):
    user = make_user(locale="fr")
    db.session.commit()
    login(user)
    response = client.post("/account/profile", data={"display_name": "Nouveau Nom", "locale": "en"})
    assert response.status_code == 302
    assert db.session.get(User, user.id).locale == "en"
    assert '<html lang="en" dir="ltr">' in client.get("/").get_data(as_text=True)


def test_create_admin_command(runner):
    result = runner.invoke(args=["users", "create-admin", "Boss@Example.com", "--password", "admin password 1"])
    assert result.exit_code == 0, result.output
    assert "Created admin boss@example.com" in result.output
    user = services.find_user_by_email("boss@example.com")
    assert user.is_admin and user.check_password("admin password 1")
    again = runner.invoke(args=["users", "create-admin", "boss@example.com"])
    assert "Promoted admin boss@example.com" in again.output
    prompted = runner.invoke(
        args=["users", "create-admin", "new@example.com"], input="long enough pw\nlong enough pw\n"
    )
    assert prompted.exit_code == 0, prompted.output
    short = runner.invoke(args=["users", "create-admin", "x@example.com", "--password", "short"])
    assert short.exit_code != 0
    assert services.find_user_by_email("x@example.com") is None
