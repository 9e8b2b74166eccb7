"""kehoach: a Vietnamese action plan (kế hoạch) as YAML in git, checked and tracked."""

__version__ = "0.2.0"
