"""The static dashboard (``kehoach site``): HTML pages, an SVG Gantt chart, a stylesheet and a
little vanilla JavaScript, written to a folder that opens from disk or any web server.

``pages`` gathers what each page shows from the query dicts, ``gantt`` lays out the timeline,
``build`` renders the jinja2 templates (autoescaped: plan text can hold markup) and lists the
files to write.  Nothing refers to a server, a CDN or the network.
"""
