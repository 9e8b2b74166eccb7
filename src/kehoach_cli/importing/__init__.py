"""Importing: a plan document (.docx, .pdf with a text layer, .txt/.md) drafted into a plan file.

One small module per job: reading the document into blocks (``blocks``, ``docxread``,
``pdfread``), the header (``header``), the outline (``outline``), units (``unitnames``), the
fields of a task (``fields``), tasks and task tables (``tasks``, ``tables``), the reporting
section (``reporting``), the draft as a whole (``draft``) and the commented YAML (``yamlout``).
Rule-based: no network, no model.  It sits after checks and queries in the pipeline and may use
``reading``, ``timeexpr``, ``checks`` and ``queries.unitlookup``; only ``cli`` imports it.
"""
