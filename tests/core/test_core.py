import os
import stat

import pytest

from market import create_app
from market.config import normalise_database_url
from market.coops.branding import contrast_ratio, readable_text_colour
from market.core.permissions import can
from market.core.redirects import safe_next
from market.core.text import slugify
from market.extensions import db
from tests.factories import add_member, make_coop, make_user


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("/cart", "/cart"),
        ("/search?q=argan", "/search?q=argan"),
        ("https://evil.example/", "/"),
        ("//evil.example/", "/"),
        ("/\\evil.example", "/"),
        ("/\t/evil.example", "/"),
        ("javascript:alert(1)", "/"),
        ("", "/"),
        (None, "/"),
        ("x" * 3000, "/"),
    ],
)
def test_safe_next(target, expected):
    assert safe_next(target) == expected


def test_secret_key_is_generated_once_and_private(tmp_path, monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("INSTANCE_PATH", str(tmp_path))
    first = create_app()
    second = create_app()
    assert first.config["SECRET_KEY"] == second.config["SECRET_KEY"]
    assert len(first.config["SECRET_KEY"]) >= 64
    mode = os.stat(tmp_path / "secret_key").st_mode
    assert not mode & (stat.S_IRGRP | stat.S_IROTH)
    assert first.config["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path / 'souk.sqlite3'}"


def test_environment_overrides(tmp_path, monkeypatch):
    monkeypatch.setenv("INSTANCE_PATH", str(tmp_path))
    monkeypatch.setenv("SECRET_KEY", "from-env")
    monkeypatch.setenv("DATABASE_URL", "postgres://u@h/db")
    monkeypatch.setenv("UPLOAD_DIR", "/srv/uploads")
    app = create_app()
    assert app.config["SECRET_KEY"] == "from-env"
    assert app.config["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg://u@h/db"
    assert app.config["UPLOAD_DIR"] == "/srv/uploads"
    assert not (tmp_path / "secret_key").exists()


def test_database_url_normalisation():
    assert normalise_database_url("postgresql://a@b/c") == "postgresql+psycopg://a@b/c"
    assert normalise_database_url("sqlite:///x.db") == "sqlite:///x.db"


def test_slugify():
    assert slugify("Huile d'argan alimentaire") == "huile-d-argan-alimentaire"
    assert slugify("Miel d’euphorbe — 500 g") == "miel-d-euphorbe-500-g"
    assert slugify("زيت") == ""


def test_readable_text_keeps_wcag_aa_contrast():
    for colour in ("#000000", "#ffffff", "#1f6f5c", "#f3c96b", "#808080", "#ff0000", "#0000ff", "#ffff00"):
        text = readable_text_colour(colour)
        assert contrast_ratio(colour, text) >= 4.5, colour
    assert readable_text_colour("not a colour") == "#1d1d1b"


def test_permission_helper(app):
    owner, manager, staff, outsider = (make_user() for _ in range(4))
    admin = make_user(is_admin=True)
    organiser = make_user(is_organiser=True)
    coop, other = make_coop(owner=owner), make_coop()
    add_member(coop, manager, "manager")
    add_member(coop, staff, "staff")
    add_member(other, outsider, "owner")
    db.session.flush()

    assert can(owner, "coop.own", coop) and can(owner, "coop.manage", coop) and can(owner, "coop.orders", coop)
    assert can(manager, "coop.manage", coop) and not can(manager, "coop.own", coop)
    assert can(staff, "coop.orders", coop) and not can(staff, "coop.manage", coop)
    assert not can(outsider, "coop.orders", coop)
    assert can(admin, "admin") and can(admin, "organise")
    assert can(organiser, "organise") and not can(organiser, "admin")
    assert not can(None, "admin")
    owner.active = False
    assert not can(owner, "coop.own", coop)
    with pytest.raises(ValueError):
        can(admin, "launch.rockets")


def test_admin_dashboard_is_for_admins_only(client, login):
    buyer = make_user()
    admin = make_user(is_admin=True)
    db.session.commit()
    assert client.get("/admin/").status_code == 302  # anonymous: to the login page
    login(buyer)
    denied = client.get("/admin/")
    assert denied.status_code == 403
    assert "Vous n’avez pas accès à cette page." in denied.get_data(as_text=True)
    client.post("/account/logout")
    login(admin)
    assert client.get("/admin/").status_code == 200


def test_api_errors_are_json(client):
    response = client.get("/api/v1/nothing-here?lang=ar")
    assert response.status_code == 404 and response.mimetype == "application/problem+json"
    assert response.json["status"] == 404 and response.json["detail"] == "لم نتمكن من العثور على هذه الصفحة."


def test_reference_data(client):
    regions = client.get("/api/v1/regions?lang=fr").json["regions"]
    assert [r["slug"] for r in regions] == [
        "tanger-tetouan-al-hoceima",
        "oriental",
        "fes-meknes",
        "rabat-sale-kenitra",
        "beni-mellal-khenifra",
        "casablanca-settat",
        "marrakech-safi",
        "draa-tafilalet",
        "souss-massa",
        "guelmim-oued-noun",
        "laayoune-sakia-el-hamra",
        "dakhla-oued-ed-dahab",
    ]
    assert client.get("/api/v1/regions?lang=ar").json["regions"][8]["name"] == "سوس ماسة"
    categories = client.get("/api/v1/categories?lang=en").json["categories"]
    assert len(categories) == 12 and categories[0] == {"slug": "oils", "name": "Oils", "parent": None}
