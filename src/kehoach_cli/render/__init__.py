"""Views of a workspace drawn for people: terminal charts and the like."""
