"""Fakes and fixtures shared by the tests, loaded as pytest plugins from conftest.py."""
