"""Messages of the reports area: code -> (Vietnamese, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
}
