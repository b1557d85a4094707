"""The payments area: card payments through Stripe (stripe_api.py is the only module that imports
`stripe`), its webhook, refunds. Its routes live under /payments/, except a cooperative's refund
form, which sits in the cooperative's back office (/manage/<slug>/...)."""

from flask import Blueprint

bp = Blueprint("payments", __name__)
