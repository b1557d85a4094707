"""A cooperative's back office for its catalogue: dashboard, products, photos, labels, CSV import/export."""

from __future__ import annotations

from flask import Response, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from market.catalog import bp, labels, products
from market.catalog.exceptions import CatalogError
from market.catalog.forms import (
    EXTRA_VARIANT_ROWS,
    ConfirmForm,
    ImportForm,
    ItemForm,
    LabelClaimForm,
    PhotoUploadForm,
    ProductForm,
    PublishForm,
)
from market.catalog.importing import export_products, import_products
from market.catalog.money import centimes_to_text, parse_price
from market.catalog.products import TEXT_FIELDS
from market.coops.manage import load_coop
from market.core.actions import perform
from market.core.documents import forget_document, send_document, store_document
from market.core.i18n import localized
from market.core.images import InvalidImage, read_upload, store_upload
from market.core.models import Category
from market.core.params import MAX_ID
from market.core.permissions import require
from market.core.storage import StorageUnavailable
from market.extensions import db


def _product_or_404(coop, product_id: int):
    product = products.product_of(coop, product_id) if 0 < product_id <= MAX_ID else None
    if product is None:
        abort(404)
    return product


@bp.route("/manage/<slug>/")
@require("coop.orders", coop_loader=load_coop)
def manage_dashboard(coop):
    return render_template(
        "catalog/manage/dashboard.html",
        coop=coop,
        products=products.products_of(coop),
        claims=labels.claims_of(coop),
        low_stock=products.LOW_STOCK,
        today=labels.today(),
        publish_form=PublishForm(),
    )


def category_choices() -> list[tuple[int, str]]:
    categories = db.session.scalars(db.select(Category).order_by(Category.parent_id.nullsfirst(), Category.position))
    return [(c.id, localized(c, "name")) for c in categories]


def _product_form(product=None) -> ProductForm:
    form = ProductForm(obj=product)
    form.category_id.choices = category_choices()
    if request.method == "GET" and product is not None:
        form.price.data = centimes_to_text(product.price_centimes)
        for variant in product.variants:
            form.variants.append_entry(
                {"title": variant.label, "sku": variant.sku, "price": centimes_to_text(variant.price_centimes),
                 "stock": variant.stock}
            )  # fmt: skip
    if request.method == "GET":
        for _row in range(EXTRA_VARIANT_ROWS):
            form.variants.append_entry()
    return form


def save_product_form(coop, product, form: ProductForm):
    """The product form's data to `products.save_product` (the back office's form and the API's)."""
    data = {name: f.data for name, f in form._fields.items() if name not in ("csrf_token", "variants", "price")}
    data["price_centimes"] = parse_price(form.price.data)
    for name in (*TEXT_FIELDS, "unit"):
        data[name] = (data.get(name) or "").strip() or None
    variants = [
        products.VariantData(v.title.data, v.sku.data, parse_price(v.price.data), v.stock.data or 0)
        for v in (row.form for row in form.variants)
        if not v.is_blank()
    ]
    return products.save_product(coop, product, data, variants)


@bp.route("/manage/<slug>/products/new", methods=["GET", "POST"])
@require("coop.manage", coop_loader=load_coop)
def new_product(coop):
    form = _product_form()
    if form.validate_on_submit():
        try:
            product = save_product_form(coop, None, form)
        except CatalogError as exc:
            db.session.rollback()
            getattr(form, exc.field or "sku").errors.append(str(exc))
        else:
            db.session.commit()
            flash(_("The product has been created. Add its photos below."), "success")
            return redirect(url_for("catalog.edit_product", slug=coop.slug, product_id=product.id))
    return render_template("catalog/manage/product_form.html", coop=coop, form=form, product=None)


@bp.route("/manage/<slug>/products/<int:product_id>", methods=["GET", "POST"])
@require("coop.manage", coop_loader=load_coop)
def edit_product(coop, product_id):
    product = _product_or_404(coop, product_id)
    form = _product_form(product)
    if form.validate_on_submit():
        try:
            save_product_form(coop, product, form)
        except CatalogError as exc:
            db.session.rollback()
            getattr(form, exc.field or "sku").errors.append(str(exc))
        else:
            db.session.commit()
            flash(_("The product has been saved."), "success")
            return redirect(url_for("catalog.edit_product", slug=coop.slug, product_id=product.id))
    return render_template(
        "catalog/manage/product_form.html",
        coop=coop,
        form=form,
        product=product,
        photo_form=PhotoUploadForm(),
        item_form=ItemForm(),
    )


@bp.route("/manage/<slug>/products/<int:product_id>/publish", methods=["POST"])
@require("coop.manage", coop_loader=load_coop)
def publish_product(coop, product_id):
    product = _product_or_404(coop, product_id)
    form = PublishForm()
    if form.validate_on_submit():
        products.set_published(product, bool(form.publish.data))
        db.session.commit()
        flash(
            _("The product is now visible to buyers.") if product.is_published else _("The product is hidden."),
            "success",
        )
    return redirect(url_for("catalog.manage_dashboard", slug=coop.slug))


@bp.route("/manage/<slug>/products/<int:product_id>/delete", methods=["POST"])
@require("coop.manage", coop_loader=load_coop)
def delete_product(coop, product_id):
    product = _product_or_404(coop, product_id)
    if ConfirmForm().validate_on_submit():
        products.delete_product(product)
        db.session.commit()
        flash(_("The product has been deleted."), "success")
    return redirect(url_for("catalog.manage_dashboard", slug=coop.slug))


@bp.route("/manage/<slug>/products/<int:product_id>/photos", methods=["POST"])
@require("coop.manage", coop_loader=load_coop)
def add_product_photo(coop, product_id):
    product = _product_or_404(coop, product_id)
    form = PhotoUploadForm()
    perform(
        form,
        lambda: products.add_photo(product, store_upload(form.photo.data, "products", min_side=200)),
        success=_("The photo has been added."),
        invalid=_("Choose a photo to send."),
        errors=(InvalidImage, StorageUnavailable, CatalogError),
    )
    return redirect(url_for("catalog.edit_product", slug=coop.slug, product_id=product.id))


@bp.route("/manage/<slug>/products/<int:product_id>/photos/remove", methods=["POST"])
@require("coop.manage", coop_loader=load_coop)
def remove_product_photo(coop, product_id):
    product = _product_or_404(coop, product_id)
    form = ItemForm()
    perform(
        form,
        lambda: products.remove_photo(product, form.item_id.data),
        success=_("The photo has been removed."),
        invalid=_("This photo does not belong to the product."),
        errors=(CatalogError,),
    )
    return redirect(url_for("catalog.edit_product", slug=coop.slug, product_id=product.id))


@bp.route("/manage/<slug>/labels/new", methods=["GET", "POST"])
@require("coop.manage", coop_loader=load_coop)
def new_label_claim(coop):
    form = label_claim_form(coop)
    if form.validate_on_submit():
        try:
            submit_label_claim(coop, form)
        except (InvalidImage, StorageUnavailable) as exc:
            form.document.errors.append(str(exc))
        except CatalogError as exc:
            getattr(form, exc.field or "label_type_id").errors.append(str(exc))
        else:
            flash(_("Your label has been sent for verification."), "success")
            return redirect(url_for("catalog.manage_dashboard", slug=coop.slug))
    return render_template("catalog/manage/label_form.html", coop=coop, form=form)


def label_claim_form(coop, formdata=None) -> LabelClaimForm:
    """The claim form with this cooperative's choices: from the page, or (`formdata`, no CSRF) from the API."""
    form = LabelClaimForm() if formdata is None else LabelClaimForm(formdata=formdata, meta={"csrf": False})
    form.label_type_id.choices = [(t.id, f"{t.code} — {localized(t, 'name')}") for t in labels.label_types()]
    form.product_ids.choices = [(p.id, localized(p, "name")) for p in products.products_of(coop)]
    return form


def submit_label_claim(coop, form: LabelClaimForm):
    """Store the certificate privately and make the claim, then commit; on a refusal nothing is kept
    (raises InvalidImage, StorageUnavailable or CatalogError, rolled back)."""
    document = None
    try:
        document = store_document(form.document.data, "certificates")
        chosen = [p for p in products.products_of(coop) if p.id in set(form.product_ids.data or [])]
        data = {k: form[k].data for k in ("certificate_number", "issuer", "valid_from", "valid_until")}
        claim = labels.claim_label(coop, form.label_type_id.data, chosen, data, document)
    except (InvalidImage, StorageUnavailable):
        db.session.rollback()
        raise
    except CatalogError:
        db.session.rollback()
        if document is not None:
            forget_document(document)  # the claim was refused: its file has no row to belong to
        raise
    db.session.commit()
    return claim


@bp.route("/manage/<slug>/labels/<int:claim_id>/certificate")
@require("coop.manage", coop_loader=load_coop)
def label_certificate(coop, claim_id):
    claim = labels.claim_of(coop, claim_id) if 0 < claim_id <= MAX_ID else None
    if claim is None or not claim.document:
        abort(404)
    return send_certificate(claim)


def send_certificate(claim):
    """Private file, for the cooperative and admins only (the calling views' `require` decides): proxied
    from the storage, never cached, never sniffed, downloaded as-is."""
    return send_document(claim.document, claim.document_type, f"certificate-{claim.id}.{claim.document_type}")


@bp.route("/manage/<slug>/import", methods=["GET", "POST"])
@require("coop.manage", coop_loader=load_coop)
def import_catalog(coop):
    form = ImportForm()
    report = None
    if form.validate_on_submit():
        try:
            data = read_upload(form.file.data, 20 * 1024 * 1024)
        except InvalidImage as exc:
            form.file.errors.append(str(exc))
        else:
            report = import_products(data, only_coop=coop)
            if report.ok:
                db.session.commit()
                flash(
                    _("Import done: %(created)d created, %(updated)d updated.", created=report.created,
                      updated=report.updated),
                    "success",
                )  # fmt: skip
                return redirect(url_for("catalog.manage_dashboard", slug=coop.slug))
            db.session.rollback()
    return render_template("catalog/manage/import.html", coop=coop, form=form, report=report)


@bp.route("/manage/<slug>/export.csv")
@require("coop.manage", coop_loader=load_coop)
def export_catalog(coop):
    return Response(
        export_products(coop),
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename={coop.slug}-products.csv"},
    )
