"""Uploads through the storage interface, on both backends: local folders and S3 (moto's server on loopback).

The same tests run against each backend; what is stored is checked from outside the code under test (the
folder on disk, or the bucket through a boto3 client of the test's own)."""

from __future__ import annotations

import io
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

import boto3
import pytest
from PIL import Image
from sqlalchemy import func, select

from market.catalog.models import LabelClaim, LabelType, ProductPhoto
from market.core.storage import PRIVATE, PUBLIC, LocalStorage, S3Storage, StorageUnavailable, check_key, storage_for
from market.extensions import db
from tests.conftest import _free_port, make_test_app
from tests.factories import PASSWORD, add_member, make_coop, make_product, make_user
from tests.images import PDF, png_bytes, upload

ONE_YEAR = 365 * 24 * 3600


class Backend:
    """What the test sees of a backend from outside: the objects present in each namespace."""

    def __init__(self, app, s3_config=None):
        self.app = app
        self.s3_config = s3_config

    @property
    def name(self):
        return "s3" if self.s3_config else "local"

    def objects(self, namespace: str) -> set[str]:
        if self.s3_config is None:
            root = Path(self.app.config["UPLOAD_DIR" if namespace == PUBLIC else "PRIVATE_DIR"])
            return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()} if root.exists() else set()
        client = boto3.client("s3", endpoint_url=self.s3_config["S3_ENDPOINT_URL"], region_name="us-east-1")
        listing = client.list_objects_v2(Bucket=self.s3_config["S3_BUCKET"])
        keys = {item["Key"] for item in listing.get("Contents", [])}
        return {k[len(namespace) + 1 :] for k in keys if k.startswith(f"{namespace}/")}


@contextmanager
def _second_app(app, database_url, tmp_path, **settings):
    """A second app on the same database and folders as the `app` fixture (which empties tables after),
    in its own app context; its connections are closed after, or PostgreSQL's TRUNCATE would wait on them."""
    if app.config.get("REDIS_URL"):
        settings.setdefault("REDIS_URL", app.config["REDIS_URL"])
    other = make_test_app(database_url, tmp_path, **settings)
    with other.app_context():
        try:
            yield other
        finally:
            db.session.remove()
            db.engine.dispose()


@pytest.fixture(params=["local", "s3"])
def backend(request, app, database_url, tmp_path):
    if request.param == "local":
        yield Backend(app)
        return
    s3_config = request.getfixturevalue("s3_config")
    with _second_app(app, database_url, tmp_path, **s3_config) as s3_app:
        yield Backend(s3_app, s3_config)


class ClosingClient:
    """Reads and closes every response: a file sent from disk stays open until its response is closed."""

    def __init__(self, client):
        self.client = client

    def open(self, method, *args, **kwargs):
        response = getattr(self.client, method)(*args, **kwargs)
        response.get_data()
        response.close()
        return response

    def get(self, *args, **kwargs):
        return self.open("get", *args, **kwargs)

    def post(self, *args, **kwargs):
        return self.open("post", *args, **kwargs)


def _client(app, user=None):
    client = ClosingClient(app.test_client())
    if user is not None:
        response = client.post("/account/login", data={"email": user.email, "password": PASSWORD})
        assert response.status_code == 302
    return client


def test_backend_is_chosen_once_per_app(backend):
    storage = storage_for(backend.app)
    assert storage is storage_for(backend.app)
    assert isinstance(storage, S3Storage if backend.name == "s3" else LocalStorage)


def test_product_picture_is_stored_public_served_at_media_and_removed(backend):
    app = backend.app
    owner = make_user()
    coop = make_coop(owner=owner)
    product = make_product(coop, slug="argan")
    db.session.commit()
    client = _client(app, owner)

    response = client.post(
        f"/manage/{coop.slug}/products/{product.id}/photos",
        data={"photo": upload(png_bytes((800, 800)), "photo.png")},
        content_type="multipart/form-data",
    )
    assert response.status_code == 302
    db.session.refresh(product)
    key = product.image
    assert key.startswith("products/")
    assert backend.objects(PUBLIC) == {f"{key}-320.jpg", f"{key}-640.jpg"}  # no upscaled 1024
    assert backend.objects(PRIVATE) == set()

    page = client.get(f"/p/{product.id}-argan").get_data(as_text=True)
    assert f"/media/{key}-640.jpg" in page
    picture = client.get(f"/media/{key}-640.jpg")
    assert picture.status_code == 200 and picture.mimetype == "image/jpeg"
    assert picture.cache_control.public and picture.cache_control.max_age == ONE_YEAR
    assert picture.cache_control.immutable
    assert Image.open(io.BytesIO(picture.data)).size == (640, 640)
    etag = picture.headers["ETag"]
    again = client.get(f"/media/{key}-640.jpg", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.data == b""
    assert client.get(f"/media/{key}-1024.jpg").status_code == 404
    assert client.get("/media/products/nothing-640.jpg").status_code == 404

    # A second photo, then the first removed: the cover moves to the second one.
    client.post(
        f"/manage/{coop.slug}/products/{product.id}/photos",
        data={"photo": upload(png_bytes((400, 400), (10, 20, 200)), "second.png")},
        content_type="multipart/form-data",
    )
    db.session.refresh(product)
    first, second = product.photos
    response = client.post(f"/manage/{coop.slug}/products/{product.id}/photos/remove", data={"item_id": first.id})
    assert response.status_code == 302
    db.session.refresh(product)
    assert [p.image for p in product.photos] == [second.image] and product.image == second.image
    assert f"/media/{key}-640.jpg" not in client.get(f"/p/{product.id}-argan").get_data(as_text=True)

    # The interface's delete: the object and its URL are gone, and deleting again is fine.
    storage = storage_for(app)
    storage.delete(PUBLIC, f"{key}-640.jpg")
    storage.delete(PUBLIC, f"{key}-640.jpg")
    assert not storage.exists(PUBLIC, f"{key}-640.jpg") and storage.exists(PUBLIC, f"{key}-320.jpg")
    assert f"{key}-640.jpg" not in backend.objects(PUBLIC)
    assert client.get(f"/media/{key}-640.jpg").status_code == 404


def test_storefront_logo_replaced(backend):
    owner = make_user()
    coop = make_coop(owner=owner)
    db.session.commit()
    client = _client(backend.app, owner)
    keys = []
    for colour in ((200, 10, 10), (10, 200, 10)):
        response = client.post(
            f"/manage/{coop.slug}/storefront",
            data={"brand_color": "#1f6f5c", "logo": upload(png_bytes((400, 400), colour), "logo.png")},
            content_type="multipart/form-data",
        )
        assert response.status_code == 302
        db.session.refresh(coop)
        keys.append(coop.logo)
    assert keys[0] != keys[1] and f"{keys[1]}-320.jpg" in backend.objects(PUBLIC)
    served = client.get(f"/media/{keys[1]}-320.jpg")
    assert Image.open(io.BytesIO(served.data)).convert("RGB").getpixel((160, 160))[1] > 150  # the green one
    assert f"/media/{keys[1]}-" in client.get(f"/c/{coop.slug}").get_data(as_text=True)


def _claim(client, coop, document, name):
    igp = db.session.scalar(select(LabelType).where(LabelType.code == "IGP"))
    return client.post(
        f"/manage/{coop.slug}/labels/new?lang=en",
        data={
            "label_type_id": igp.id,
            "certificate_number": "IGP-2024-117",
            "issuer": "ONSSA",
            "valid_from": "2024-01-01",
            "valid_until": (date.today() + timedelta(days=200)).isoformat(),
            "document": upload(document, name),
        },
        content_type="multipart/form-data",
    )


@pytest.mark.parametrize(("document", "doc_type"), [(PDF, "pdf"), (png_bytes((400, 300)), "jpg")], ids=["pdf", "jpg"])
def test_certificate_is_private_and_sent_only_after_the_permission_check(backend, document, doc_type):
    app = backend.app
    manager, intruder, admin = make_user(), make_user(), make_user(is_admin=True)
    coop = make_coop()
    add_member(coop, manager, "manager")
    other = make_coop(owner=intruder)
    db.session.commit()

    member = _client(app, manager)
    assert _claim(member, coop, document, f"certificate.{doc_type}").status_code == 302
    claim = db.session.scalar(select(LabelClaim))
    name = f"{claim.document}.{claim.document_type}"
    assert claim.document_type == doc_type and claim.document.startswith("certificates/")
    assert backend.objects(PRIVATE) == {name}
    assert backend.objects(PUBLIC) == set()

    url = f"/manage/{coop.slug}/labels/{claim.id}/certificate"
    own = member.get(url)
    assert own.status_code == 200 and own.mimetype == ("application/pdf" if doc_type == "pdf" else "image/jpeg")
    assert own.headers["Cache-Control"] == "private, no-store"
    assert own.headers["X-Content-Type-Options"] == "nosniff"
    assert f"certificate-{claim.id}.{doc_type}" in own.headers["Content-Disposition"]
    if doc_type == "pdf":
        assert own.data == PDF
    admin_copy = _client(app, admin).get(f"/admin/labels/{claim.id}/certificate")
    assert admin_copy.status_code == 200 and admin_copy.data == own.data

    outsider = _client(app, intruder)
    assert outsider.get(url).status_code == 403
    assert outsider.get(f"/manage/{other.slug}/labels/{claim.id}/certificate").status_code == 404
    assert outsider.get(f"/admin/labels/{claim.id}/certificate").status_code == 403
    anonymous = _client(app)
    assert anonymous.get(url).status_code == 302
    assert anonymous.get(f"/admin/labels/{claim.id}/certificate").status_code == 302

    # Never through /media, whatever the path tricks.
    for path in (
        f"/media/{name}",
        f"/media/../private/{name}",
        f"/media/%2E%2E/private/{name}",
        f"/media/x/../../private/{name}",
        f"/media/private/{name}",
    ):
        assert anonymous.get(path).status_code == 404, path


def test_storage_keys_cannot_climb_out_of_their_namespace(backend):
    for bad in ("", "/etc/passwd", "../private/x.jpg", "a/../../b.jpg", "a//b.jpg", "a\\b.jpg", "./a.jpg"):
        with pytest.raises(ValueError):
            check_key(bad)
        with pytest.raises(ValueError):
            storage_for(backend.app).put(PUBLIC, bad, b"x", "image/jpeg")
    assert backend.objects(PUBLIC) == set()


def test_storage_interface_round_trip(backend):
    storage = storage_for(backend.app)
    storage.put(PRIVATE, "certificates/abc.pdf", PDF, "application/pdf")
    storage.put(PUBLIC, "gallery/abc-320.jpg", b"jpeg bytes", "image/jpeg")
    stored = storage.get(PRIVATE, "certificates/abc.pdf")
    assert stored.data == PDF and stored.content_type == "application/pdf"
    assert storage.get(PUBLIC, "certificates/abc.pdf") is None  # namespaces are apart
    assert list(storage.keys(PRIVATE)) == ["certificates/abc.pdf"]
    assert list(storage.keys(PUBLIC)) == ["gallery/abc-320.jpg"]
    storage.delete(PRIVATE, "certificates/abc.pdf")
    assert storage.get(PRIVATE, "certificates/abc.pdf") is None and list(storage.keys(PRIVATE)) == []


def test_s3_prefix_puts_both_namespaces_under_it(app, database_url, tmp_path, s3_config):
    with _second_app(app, database_url, tmp_path, S3_PREFIX="/souk/prod/", **s3_config) as s3_app:
        storage = storage_for(s3_app)
    storage.put(PUBLIC, "products/k-320.jpg", b"x", "image/jpeg")
    storage.put(PRIVATE, "certificates/k.pdf", PDF, "application/pdf")
    client = boto3.client("s3", endpoint_url=s3_config["S3_ENDPOINT_URL"], region_name="us-east-1")
    listing = client.list_objects_v2(Bucket=s3_config["S3_BUCKET"])
    assert sorted(o["Key"] for o in listing["Contents"]) == [
        "souk/prod/private/certificates/k.pdf",
        "souk/prod/public/products/k-320.jpg",
    ]
    head = client.head_object(Bucket=s3_config["S3_BUCKET"], Key="souk/prod/public/products/k-320.jpg")
    assert head["ContentType"] == "image/jpeg"
    assert list(storage.keys(PUBLIC)) == ["products/k-320.jpg"]


@pytest.fixture
def storage_down(app, database_url, tmp_path, monkeypatch):
    """An app whose bucket is on a port nobody listens on."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    endpoint = f"http://127.0.0.1:{_free_port()}"
    with _second_app(app, database_url, tmp_path, S3_BUCKET="souk", S3_ENDPOINT_URL=endpoint) as down:
        yield down


MESSAGE = "Your file could not be saved right now. Please try again in a few minutes."


def test_storage_down_gives_a_clear_message_and_changes_nothing(storage_down):
    owner = make_user(locale="en")
    coop = make_coop(owner=owner)
    product = make_product(coop, slug="argan")
    db.session.commit()
    client = _client(storage_down, owner)
    with pytest.raises(StorageUnavailable):
        storage_for(storage_down).put(PUBLIC, "a/b-320.jpg", b"x", "image/jpeg")

    photo = client.post(
        f"/manage/{coop.slug}/products/{product.id}/photos?lang=en",
        data={"photo": upload(png_bytes((800, 800)), "photo.png")},
        content_type="multipart/form-data",
        follow_redirects=True,
    )
    assert photo.status_code == 200 and MESSAGE in photo.get_data(as_text=True)
    assert db.session.scalar(select(func.count()).select_from(ProductPhoto)) == 0
    db.session.refresh(product)
    assert product.image is None

    gallery = client.post(
        f"/manage/{coop.slug}/gallery?lang=en",
        data={"photo": upload(png_bytes((400, 400)), "photo.png")},
        content_type="multipart/form-data",
        follow_redirects=True,
    )
    assert gallery.status_code == 200 and MESSAGE in gallery.get_data(as_text=True)

    storefront = client.post(
        f"/manage/{coop.slug}/storefront?lang=en",
        data={"brand_color": "#ffcc00", "logo": upload(png_bytes((400, 400)), "logo.png")},
        content_type="multipart/form-data",
    )
    assert storefront.status_code == 200 and MESSAGE in storefront.get_data(as_text=True)
    db.session.refresh(coop)
    assert coop.logo is None and coop.brand_color == "#1f6f5c" and coop.photos == []

    claim = _claim(client, coop, PDF, "certificate.pdf")
    assert claim.status_code == 200 and MESSAGE in claim.get_data(as_text=True)
    assert db.session.scalar(select(func.count()).select_from(LabelClaim)) == 0

    # Reading while it is down is a 503 (retry later), not a 500.
    assert client.get("/media/products/abc-640.jpg").status_code == 503
    stored = LabelClaim(cooperative_id=coop.id, label_type_id=1, status="pending", document="x/y", document_type="pdf")
    db.session.add(stored)
    db.session.commit()
    assert client.get(f"/manage/{coop.slug}/labels/{stored.id}/certificate").status_code == 503


def test_copy_to_s3_moves_local_files_once(app, database_url, tmp_path, s3_config):
    from market.core.documents import store_document
    from market.core.images import store_image

    # An installation on local folders, with a picture and a certificate...
    picture = store_image(Image.new("RGB", (700, 500), (90, 30, 160)), "products")
    document, _ = store_document(io.BytesIO(PDF), "certificates")
    local = Backend(app)
    public_before, private_before = local.objects(PUBLIC), local.objects(PRIVATE)
    assert len(public_before) == 2 and private_before == {f"{document}.pdf"}

    # ...then configured for S3 (same folders) and migrated.
    # (The CLI runs in the current app context: the S3 app's here.)
    with _second_app(app, database_url, tmp_path, **s3_config) as s3_app:
        bucket = Backend(s3_app, s3_config)
        runner = s3_app.test_cli_runner()
        dry = runner.invoke(args=["storage", "copy-to-s3", "--dry-run"])
        assert dry.exit_code == 0, dry.output
        assert "would copy 3 file(s)" in dry.output and bucket.objects(PUBLIC) == set()

        first = runner.invoke(args=["storage", "copy-to-s3"])
        assert first.exit_code == 0, first.output
        assert "public: 2 copied" in first.output and "private: 1 copied" in first.output
        assert "copied 3 file(s), 0 already in the bucket" in first.output
        assert bucket.objects(PUBLIC) == public_before and bucket.objects(PRIVATE) == private_before

        # A file added meanwhile is the only one copied by the second run.
        with app.app_context():
            store_image(Image.new("RGB", (320, 320), (1, 2, 3)), "gallery")
        second = runner.invoke(args=["storage", "copy-to-s3"])
        assert second.exit_code == 0, second.output
        assert "copied 1 file(s), 3 already in the bucket" in second.output
        third = runner.invoke(args=["storage", "copy-to-s3"])
        assert "copied 0 file(s), 4 already in the bucket" in third.output

        # The copies are served by the S3 app, with their types.
        served = ClosingClient(s3_app.test_client()).get(f"/media/{picture}-640.jpg")
        assert served.status_code == 200 and served.mimetype == "image/jpeg"
        assert Image.open(io.BytesIO(served.data)).size[0] == 640
        assert storage_for(s3_app).get(PRIVATE, f"{document}.pdf").content_type == "application/pdf"
        assert storage_for(s3_app).get(PRIVATE, f"{document}.pdf").data == PDF


def test_copy_to_s3_needs_a_bucket(runner):
    result = runner.invoke(args=["storage", "copy-to-s3"])
    assert result.exit_code != 0 and "S3_BUCKET is not set" in result.output


def test_copy_to_s3_reports_an_unreachable_bucket(storage_down, tmp_path):
    (tmp_path / "uploads" / "products").mkdir(parents=True)
    (tmp_path / "uploads" / "products" / "a-320.jpg").write_bytes(b"x")
    result = storage_down.test_cli_runner().invoke(args=["storage", "copy-to-s3"])
    assert result.exit_code != 0 and "could not be reached" in result.output
