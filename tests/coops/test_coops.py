import pytest
from sqlalchemy import select

from market.coops import services
from market.coops.exceptions import CoopError
from market.coops.models import Cooperative, Invitation, Membership
from market.coops.validators import normalise_ice, normalise_phone
from market.core.models import AuditEntry, OutboxEmail
from market.extensions import db
from tests.factories import add_member, make_coop, make_user

APPLICATION = {
    "name_ar": "تعاونية النور",
    "name_fr": "Coopérative Nour",
    "name_en": "",
    "legal_form": "cooperative",
    "registration_number": "2019/45",
    "ice": "001234567000089",
    "region": "souss-massa",
    "province": "Taroudant",
    "city": "Taliouine",
    "city_ar": "تالوين",
    "sector": "spices-herbs",
    "founded_on": "2019-03-08",
    "members_count": "24",
    "women_members_count": "24",
    "women_led": "y",
    "phone": "06 12 34 56 78",
    "email": "nour@example.ma",
}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("06 12 34 56 78", "+212612345678"),
        ("+212 612-345678", "+212612345678"),
        ("00212712345678", "+212712345678"),
        ("0522 12 34 56", "+212522123456"),
        ("٠٦١٢٣٤٥٦٧٨", "+212612345678"),
        ("+33612345678", None),
        ("0412345678", None),
        ("12345", None),
        ("", None),
    ],
)
def test_phone_normalisation(raw, expected):
    assert normalise_phone(raw) == expected


def test_ice_validation():
    assert normalise_ice("001 234 567 000 089") == "001234567000089"
    assert normalise_ice("12345") is None
    assert normalise_ice("00123456700008A") is None


def test_apply_then_admin_approves_with_audit(client, login):
    applicant = make_user(email="fatima@example.ma", locale="ar")
    admin = make_user(is_admin=True)
    db.session.commit()
    login(applicant)
    response = client.post("/cooperatives/apply", data=APPLICATION)
    assert response.status_code == 302, response.get_data(as_text=True)
    coop = db.session.scalar(select(Cooperative))
    assert (coop.status, coop.slug, coop.phone, coop.region.slug) == (
        "pending",
        "cooperative-nour",
        "+212612345678",
        "souss-massa",
    )
    assert applicant.coop_role(coop.id) == "owner"
    assert client.get(f"/c/{coop.slug}").status_code == 404  # not public yet
    assert client.get(f"/manage/{coop.slug}/").status_code == 200  # but the owner prepares it

    client.post("/account/logout")
    login(admin)
    page = client.get(f"/admin/cooperatives/{coop.id}?lang=fr").get_data(as_text=True)
    assert "Coopérative Nour" in page and "001234567000089" in page
    refused = client.post(f"/admin/cooperatives/{coop.id}?lang=fr", data={"decision": "reject", "reason": ""})
    assert "Donnez une raison : la coopérative la lira." in refused.get_data(as_text=True)
    assert client.post(f"/admin/cooperatives/{coop.id}", data={"decision": "approve"}).status_code == 302
    db.session.refresh(coop)
    assert coop.status == "approved"
    assert client.get(f"/c/{coop.slug}").status_code == 200
    actions = [e.action for e in db.session.scalars(select(AuditEntry).order_by(AuditEntry.id))]
    assert actions == ["coop.applied", "coop.approve"]
    mail = db.session.scalar(select(OutboxEmail).where(OutboxEmail.to == "fatima@example.ma"))
    assert mail is not None and "سوق التضامن" in mail.subject  # in the applicant's language


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("ice", "12345", "L’ICE comporte exactement 15 chiffres."),
        ("phone", "+33 6 12 34 56 78", "Saisissez un numéro de téléphone marocain"),
        ("region", "atlantis", "N&#39;est pas un choix valide"),
        ("women_members_count", "99", "Il ne peut pas y avoir plus de femmes membres que de membres."),
        ("founded_on", "2999-01-01", "La date de création ne peut pas être dans le futur."),
    ],
)
def test_application_errors_change_nothing(client, login, field, value, message):
    user = make_user()
    db.session.commit()
    login(user)
    response = client.post("/cooperatives/apply?lang=fr", data=dict(APPLICATION, **{field: value}))
    assert response.status_code == 200
    assert message in response.get_data(as_text=True)
    assert db.session.scalar(select(Cooperative)) is None


def test_decisions_follow_the_state_machine(app):
    admin = make_user(is_admin=True)
    coop = make_coop(status="pending")
    with pytest.raises(CoopError):
        services.decide(admin, coop, "suspend", "why")
    services.decide(admin, coop, "approve")
    with pytest.raises(CoopError):
        services.decide(admin, coop, "suspend", "")  # a reason is required
    services.decide(admin, coop, "suspend", "Fausse déclaration")
    assert coop.status == "suspended" and coop.status_reason == "Fausse déclaration"
    services.decide(admin, coop, "reinstate")
    assert coop.status == "approved"


def test_invitation_flow_and_roles(client, login, app):
    owner = make_user(email="owner@example.ma")
    invitee = make_user(email="karim@example.ma")
    coop = make_coop(owner=owner)
    db.session.commit()
    login(owner)
    response = client.post(f"/manage/{coop.slug}/members", data={"email": "Karim@Example.ma", "role": "manager"})
    assert response.status_code == 302
    mail = db.session.scalar(select(OutboxEmail).where(OutboxEmail.to == "karim@example.ma"))
    path = (
        next(line for line in mail.body.splitlines() if "/invitations/" in line)
        .strip()
        .removeprefix("http://localhost")
    )
    client.post("/account/logout")

    intruder = make_user(email="someone@example.ma")
    db.session.commit()
    login(intruder)
    client.post(path)
    assert intruder.coop_role(coop.id) is None  # the link works only for the invited address
    client.post("/account/logout")

    login(invitee)
    assert client.post(path).status_code == 302
    db.session.expire_all()
    assert db.session.get(type(invitee), invitee.id).coop_role(coop.id) == "manager"
    assert db.session.scalar(select(Invitation)).accepted_at is not None
    assert client.post(path).status_code == 302  # used once
    # A manager edits products but cannot manage members.
    assert client.get(f"/manage/{coop.slug}/products/new").status_code == 200
    assert client.get(f"/manage/{coop.slug}/members").status_code == 403


def test_last_owner_cannot_leave(app):
    owner = make_user()
    coop = make_coop(owner=owner)
    membership = db.session.scalar(select(Membership))
    with pytest.raises(CoopError):
        services.change_role(coop, membership.id, "staff")
    with pytest.raises(CoopError):
        services.remove_member(coop, membership.id)
    second = make_user()
    add_member(coop, second, "owner")
    db.session.refresh(coop)
    services.remove_member(coop, membership.id)


def test_storefront_editor_validates_colour_sanitises_story_and_images(client, login):
    from tests.images import SVG, jpeg_with_exif, upload

    owner = make_user()
    coop = make_coop(owner=owner)
    db.session.commit()
    login(owner)
    bad = client.post(f"/manage/{coop.slug}/storefront?lang=fr", data={"brand_color": "red"})
    assert "#1f6f5c" in bad.get_data(as_text=True)
    svg = client.post(
        f"/manage/{coop.slug}/storefront?lang=fr",
        data={"brand_color": "#ffcc00", "logo": upload(SVG, "logo.png")},
        content_type="multipart/form-data",
    )
    assert "Les fichiers SVG ne sont pas acceptés" in svg.get_data(as_text=True)
    db.session.refresh(coop)
    assert coop.brand_color != "#ffcc00"  # nothing changed

    ok = client.post(
        f"/manage/{coop.slug}/storefront",
        data={
            "brand_color": "#FFCC00",
            "story_fr": '<p onclick="x()">Nous <strong>pressons</strong></p><script>alert(1)</script><img src=x>',
            "logo": upload(jpeg_with_exif(), "logo.jpg"),
        },
        content_type="multipart/form-data",
    )
    assert ok.status_code == 302
    db.session.refresh(coop)
    assert coop.brand_color == "#ffcc00"
    assert coop.story_fr == "<p>Nous <strong>pressons</strong></p>"
    from market.core.images import upload_root

    stored = (upload_root() / f"{coop.logo}-320.jpg").read_bytes()
    assert b"SecretCameraMaker" not in stored  # re-encoded: no EXIF
    html = client.get(f"/c/{coop.slug}?lang=fr").get_data(as_text=True)
    assert "<strong>pressons</strong>" in html and "<script>alert(1)" not in html
    assert "--brand-text: #1d1d1b" in html  # dark text on yellow


def test_coops_csv_import(runner, tmp_path):
    good = tmp_path / "coops.csv"
    good.write_text(
        "slug,name_ar,name_fr,region,city,women_led,youth,status,ice,phone,members\n"
        "tamount,تعاونية تامونت,Coopérative Tamount,souss-massa,Tiznit,true,false,approved,"
        "001234567000089,0612345678,30\n"
        "ighrem,تعاونية إغرم,Coopérative Ighrem,draa-tafilalet,Ouarzazate,false,true,pending,,,\n",
        encoding="utf-8",
    )
    result = runner.invoke(args=["coops", "import", str(good)])
    assert result.exit_code == 0, result.output
    assert "2 created, 0 updated" in result.output
    tamount = services.get_cooperative("tamount")
    assert tamount.phone == "+212612345678" and tamount.women_led and tamount.status == "approved"
    again = runner.invoke(args=["coops", "import", str(good)])
    assert "0 created, 2 updated" in again.output

    bad = tmp_path / "bad.csv"
    bad.write_text(
        "slug,name_ar,name_fr,region,city,women_led,youth,status\n"
        "new-one,تعاونية,Coopérative Neuve,oriental,Oujda,true,false,approved\n"
        "Bad Slug,,Nom,nowhere,Oujda,yes,false,closed\n",
        encoding="utf-8",
    )
    failed = runner.invoke(args=["coops", "import", str(bad)])
    assert failed.exit_code == 1
    assert (
        "line 3:" in failed.output
        and "unknown region" in failed.output
        and "women_led must be true or false" in failed.output
    )
    assert services.get_cooperative("new-one") is None  # all or nothing


def test_rejected_application_is_corrected_and_sent_again(client, login):
    owner = make_user()
    admin = make_user(is_admin=True)
    coop = make_coop(owner=owner, status="pending", ice="001234567000089", members_count=10)
    db.session.commit()
    services.decide(admin, coop, "reject", "ICE illisible")
    db.session.commit()
    login(owner)
    assert "ICE illisible" in client.get(f"/manage/{coop.slug}/?lang=fr").get_data(as_text=True)
    form = client.get(f"/manage/{coop.slug}/application?lang=fr")
    assert form.status_code == 200
    data = dict(APPLICATION, name_fr=coop.name_fr, ice="009876543000012")
    assert client.post(f"/manage/{coop.slug}/application", data=data).status_code == 302
    db.session.refresh(coop)
    assert (coop.status, coop.ice) == ("pending", "009876543000012")
    assert db.session.scalar(select(AuditEntry).where(AuditEntry.action == "coop.resubmitted")) is not None
    services.decide(admin, coop, "approve")
    db.session.commit()
    assert client.get(f"/manage/{coop.slug}/application").status_code == 404  # approved: no longer editable here
