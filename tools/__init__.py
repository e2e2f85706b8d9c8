"""Tooling that is not the product: the benchmark behind `python app.py bench`."""
