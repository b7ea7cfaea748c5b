"""accessreader: a terminal reader that makes public reports readable and listenable."""

__version__ = "0.1.0"
