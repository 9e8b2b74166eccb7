"""Drafts: the content of the monthly report and the reminder letter, before any format.

The ``*data`` modules gather what a draft says from the queries; ``reportlines`` and
``reporttables`` phrase it; ``docparts`` holds the NĐ 30/2020 letter parts; ``templating`` and
``templates/`` turn it into Markdown and HTML.  May import ``queries`` and the stages below;
rendering (Word) reads drafts, never the reverse.
"""
