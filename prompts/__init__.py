"""Every user-facing text template and LLM prompt lives in this package."""
