"""Every user-facing text template and LLM prompt, in Indonesian and English.

May import: nothing else of Jodoh."""
