"""Loads and validates resources/ and sessions/ data files into domain objects."""
