"""Compiled Qt Designer forms (see forms/)."""
