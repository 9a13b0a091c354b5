"""Deterministic rules behind extract, classify and boundary: one module per concern.

Everything here is plain regular expressions and small tables, so a reviewer
can read why a thread was flagged and a test can pin every phrase.
"""
