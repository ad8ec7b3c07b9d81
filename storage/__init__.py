"""Storage: SQLModel tables, the creator record contract (validation of every door), repository
functions (CRUD with a keyword-only session) and the Alembic migrations.

The database is the source of truth. May import: nothing else of Jodoh (not retrieval, not the
application's settings: migrations receive a connection or DATABASE_URL)."""
