"""ISV Desktop: the Internationale Sociale Voorwaarden applied to public tenders, offline."""
__version__ = "0.1.0"
