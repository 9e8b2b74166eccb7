"""Messages of the queries area: code -> (Vietnamese, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
}
