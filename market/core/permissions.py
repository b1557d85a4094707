"""The one place that decides who may do what. Views use `require`; templates use `can`."""

from __future__ import annotations

from functools import wraps

from flask import abort
from flask_login import current_user

from market.extensions import login_manager

# A cooperative role includes the ones before it: an owner can do what a manager and staff can.
COOP_ROLES = ("staff", "manager", "owner")

# permission -> minimum cooperative role (for coop.* permissions)
COOP_PERMISSIONS = {
    "coop.orders": "staff",  # see and fulfil the cooperative's orders
    "coop.manage": "manager",  # edit the storefront and products
    "coop.own": "owner",  # invite members, change roles
}


def role_rank(role: str | None) -> int:
    return COOP_ROLES.index(role) + 1 if role in COOP_ROLES else 0


def can(user, permission: str, coop=None) -> bool:
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if permission == "admin":
        return user.is_admin
    if permission == "organise":
        return user.is_organiser or user.is_admin
    if permission in COOP_PERMISSIONS:
        if coop is None:
            return False
        return role_rank(user.coop_role(coop.id)) >= role_rank(COOP_PERMISSIONS[permission])
    raise ValueError(f"unknown permission {permission!r}")


def require(permission: str, coop_loader=None):
    """View decorator: anonymous users go to the login page; others without the permission get 403.

    For cooperative permissions, `coop_loader(view_kwargs)` pops the URL values it uses (e.g. `slug`)
    and returns the cooperative (or aborts 404); the view then receives it as `coop=`.
    """

    def decorator(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            if not current_user.is_authenticated:
                return login_manager.unauthorized()
            coop = None
            if coop_loader is not None:
                coop = coop_loader(kwargs)
                kwargs["coop"] = coop
            if not can(current_user, permission, coop):
                abort(403)
            return view(*args, **kwargs)

        return wrapped

    return decorator
