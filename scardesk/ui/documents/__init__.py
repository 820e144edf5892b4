"""Printed documents in the app: preview, print and save; the Documents tab; the wording editor."""
