"""Rendering: what people and programs see — validation reporters by name, status tables,
the timeline, Word files and the calendar.

May import ``drafts``, ``queries`` and everything below them; never editing, caches or the
command line.
"""
