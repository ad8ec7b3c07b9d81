"""Storage: SQLModel tables, the creator record contract and repository functions."""
