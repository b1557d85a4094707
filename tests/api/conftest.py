from tests.stripe_stub import stripe_stub, stripe_stub_server  # noqa: F401  (fixtures)
