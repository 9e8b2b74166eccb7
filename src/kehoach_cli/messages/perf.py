"""Messages of loading large workspaces: code -> (Vietnamese, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "perf.reading": ("Đang đọc tệp", "Reading files"),
}
