"""Messages of the timeline area: code -> (Vietnamese, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
}
