"""The Telegram bot: handlers translate Telegram updates to service calls and back."""
