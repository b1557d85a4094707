"""`flask payments ...` (filled in with the Stripe work)."""

from flask.cli import AppGroup

payments_cli = AppGroup("payments", help="Card payments through Stripe.")
