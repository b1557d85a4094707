from flask import flash, g, make_response, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user

from market.accounts import bp, services, tokens
from market.accounts.exceptions import AccountError
from market.accounts.forms import (
    ForgotPasswordForm,
    LanguageForm,
    LoginForm,
    ProfileForm,
    RegisterForm,
    ResetPasswordForm,
    RevokeTokenForm,
)
from market.accounts.token_pages import NO_STORE, make_token_from_form
from market.core.actions import perform
from market.core.i18n import LANG_COOKIE, current_language
from market.core.mail import deliver_outbox
from market.core.redirects import safe_next
from market.extensions import db, limiter

ONE_YEAR = 365 * 24 * 3600


@bp.route("/register", methods=["GET", "POST"])
@limiter.limit("20 per hour", methods=["POST"])
def register():
    if current_user.is_authenticated:
        return redirect(url_for("catalog.home"))
    form = RegisterForm()
    if request.method == "GET":
        form.locale.data = current_language()
    if form.validate_on_submit():
        try:
            user = services.register_user(form.email.data, form.password.data, form.display_name.data, form.locale.data)
        except AccountError as exc:
            form.email.errors.append(str(exc))
        else:
            db.session.commit()
            login_user(user)
            flash(_("Welcome to Souk Tadamon, %(name)s!", name=user.display_name), "success")
            return redirect(url_for("catalog.home"))
    return render_template("accounts/register.html", form=form)


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit("10 per minute", methods=["POST"])
def login():
    form = LoginForm()
    if request.method == "GET":
        form.next.data = request.args.get("next", "")
    if current_user.is_authenticated:
        return redirect(safe_next(form.next.data, url_for("catalog.home")))
    if form.validate_on_submit():
        user = services.authenticate(form.email.data, form.password.data)
        if user is None:
            form.password.errors.append(_("Wrong email or password."))
        else:
            db.session.commit()
            login_user(user, remember=form.remember.data)
            flash(_("You are signed in."), "success")
            return redirect(safe_next(form.next.data, url_for("catalog.home")))
    return render_template("accounts/login.html", form=form)


@bp.route("/logout", methods=["POST"])
def logout():
    logout_user()
    flash(_("You are signed out."), "info")
    return redirect(url_for("catalog.home"))


@bp.route("/forgot", methods=["GET", "POST"])
@limiter.limit("5 per 15 minutes", methods=["POST"])
def forgot_password():
    form = ForgotPasswordForm()
    if form.validate_on_submit():
        services.request_password_reset(form.email.data)
        db.session.commit()
        deliver_outbox()
        flash(_("If an account exists for this address, we have sent it a link to choose a new password."), "info")
        return redirect(url_for("accounts.login"))
    return render_template("accounts/forgot.html", form=form)


@bp.route("/reset/<token>", methods=["GET", "POST"])
@limiter.limit("10 per 15 minutes", methods=["POST"])
def reset_password(token):
    try:
        services.check_reset_token(token)
    except AccountError as exc:
        flash(str(exc), "error")
        return redirect(url_for("accounts.forgot_password"))
    form = ResetPasswordForm()
    if form.validate_on_submit():
        try:
            user = services.reset_password(token, form.password.data)
        except AccountError as exc:
            flash(str(exc), "error")
            return redirect(url_for("accounts.forgot_password"))
        db.session.commit()
        login_user(user)
        flash(_("Your password has been changed."), "success")
        return redirect(url_for("catalog.home"))
    return render_template("accounts/reset.html", form=form)


@bp.route("/profile", methods=["GET", "POST"])
@login_required
def profile():
    form = ProfileForm(obj=current_user)
    if form.validate_on_submit():
        current_user.display_name = form.display_name.data.strip()
        services.set_locale(current_user, form.locale.data)
        db.session.commit()
        flash(_("Your profile has been saved."), "success")
        response = redirect(url_for("accounts.profile"))
        response.set_cookie(LANG_COOKIE, current_user.locale, max_age=ONE_YEAR, samesite="Lax", httponly=True)
        return response
    return render_template("accounts/profile.html", form=form)


@bp.route("/api-tokens", methods=["GET", "POST"])
@login_required
def api_tokens():
    """A buyer's tokens for /api/v1 (cart and orders from an app of her own)."""
    form, secret = make_token_from_form()
    page = render_template("accounts/api_tokens.html", form=form, revoke_form=RevokeTokenForm(),
                           tokens=tokens.active_tokens(current_user), new_secret=secret)  # fmt: skip
    return page, 200, NO_STORE


@bp.route("/api-tokens/revoke", methods=["POST"])
@login_required
def revoke_api_token():
    form = RevokeTokenForm()
    perform(
        form,
        lambda: tokens.revoke_token(form.item_id.data, current_user),
        success=_("The token has been revoked: it no longer works."),
        invalid=_("This token does not exist or is already revoked."),
        errors=(AccountError,),
    )
    return redirect(url_for("accounts.api_tokens"))


@bp.route("/language", methods=["POST"])
def set_language():
    """The header's language switcher: remembered in a cookie, and on the account when signed in."""
    form = LanguageForm()
    target = safe_next(form.next.data, url_for("catalog.home"))
    if not form.validate_on_submit():
        flash(_("Choose one of the offered languages."), "error")
        return redirect(target)
    if current_user.is_authenticated:
        services.set_locale(current_user, form.lang.data)
        db.session.commit()
    response = make_response(redirect(target))
    response.set_cookie(LANG_COOKIE, form.lang.data, max_age=ONE_YEAR, samesite="Lax", httponly=True)
    return response


@bp.after_app_request
def remember_query_language(response):
    """`?lang=xx` switches the language for this page and remembers it for the next ones."""
    lang = g.get("lang_from_query")
    if lang and request.cookies.get(LANG_COOKIE) != lang:
        response.set_cookie(LANG_COOKIE, lang, max_age=ONE_YEAR, samesite="Lax", httponly=True)
    return response
