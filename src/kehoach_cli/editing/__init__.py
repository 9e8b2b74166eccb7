"""Editing: changes a user asks for, written back without losing a byte they wrote.

``recording`` is ``kehoach record``; ``entryedit`` decides the change, ``roundtrip`` and
``yamllayout`` apply it through ruamel.yaml's round-trip mode; ``fsutil`` writes files atomically
for every command that writes one.  May import every stage up to rendering; never caches or the
command line.
"""
