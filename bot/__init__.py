"""Parting Ways: coaching and client replies for ending client relationships well."""
__version__ = "1.0.0"
