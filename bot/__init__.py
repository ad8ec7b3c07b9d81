"""The Telegram bot: handlers translate Telegram updates to calls on `jodoh.services.Services`
(reached through `bot.common.services`) and back; one module per flow (brand, creator, admin).

May import: jodoh (the application layer), retrieval and storage value types, prompts; never
chromadb, sqlmodel or storage's engines and repositories (tests/test_layering.py)."""
