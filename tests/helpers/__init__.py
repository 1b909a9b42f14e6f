"""Shared test helpers (no mocks: they drive real Qt widgets)."""
