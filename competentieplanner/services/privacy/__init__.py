"""The AVG rights as use cases: inzage (art. 15), erasure (art. 17), retention (art. 5.1.e) and
the legal hold that stops both. Queries live in ``persistence.privacy_queries``."""
