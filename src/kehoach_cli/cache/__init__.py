"""Caches: a checked workspace and a query's answer kept between runs, never hiding a change.

``workspace`` keys a checked workspace by its files; ``entries`` reads and writes one cache
file; ``results`` keeps a query's printed output.  May import every stage but the command line.
"""
