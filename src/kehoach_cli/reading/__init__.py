"""Reading: YAML files become checked domain objects, each problem located at file:line:col.

``yamlread`` (the careful reader that keeps positions), ``yamlfast`` (the fast path over libyaml's
events) and ``yamlplain`` (the plainest files, line by line, before libyaml) parse;
``fileformat`` is the pydantic boundary (``extra="forbid"``); ``schema_errors`` maps pydantic's
error locations back to YAML lines; ``building`` and ``loading`` make the domain.  May import
``model``, ``timeexpr``, ``messages`` and ``problems``.
"""
