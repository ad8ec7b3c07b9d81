"""Architecture rules: handlers only translate Telegram ⇄ services."""

from __future__ import annotations

import ast

from tests.conftest import ROOT

FORBIDDEN_IN_BOT = ("chromadb", "sqlmodel", "sqlalchemy", "storage.models", "storage.db",
                    "storage.repository", "storage.brand_repository",
                    "storage.claim_repository", "storage.runtime_repository")


def imported_modules(source: str) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            # "from storage import repository" imports the module storage.repository.
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_bot_never_imports_storage_engines_or_chroma() -> None:
    for path in sorted((ROOT / "bot").glob("*.py")):
        for module in imported_modules(path.read_text(encoding="utf-8")):
            assert not module.startswith(FORBIDDEN_IN_BOT), f"{path.name} imports {module}"


def test_user_facing_bot_texts_exist_in_both_languages() -> None:
    from prompts.bot_texts import BOT_TEXTS
    from prompts.creator_texts import CREATOR_TEXTS
    from prompts.explanations import EXPLANATION_TEMPLATES

    for table in (BOT_TEXTS, CREATOR_TEXTS, EXPLANATION_TEMPLATES):
        assert set(table) == {"id", "en"}
        assert set(table["id"]) == set(table["en"])


def _imports_of(package: str) -> dict[str, set[str]]:
    return {str(path.relative_to(ROOT)): imported_modules(path.read_text(encoding="utf-8"))
            for path in sorted((ROOT / package).rglob("*.py"))}


def _project_packages(modules: set[str]) -> set[str]:
    return {m.split(".")[0] for m in modules} & {"bot", "jodoh", "chatmodel", "retrieval",
                                                   "storage", "prompts"}


def test_packages_import_only_downwards() -> None:
    """bot → jodoh → chatmodel → retrieval/storage → prompts; the CLI (the composition root)
    alone may know the bot; storage and retrieval know no application settings; the optional
    chat model is jodoh's (the bot reaches it only through jodoh's brief pipeline)."""
    allowed = {"prompts": set(), "storage": {"storage"}, "retrieval": {"retrieval", "prompts"},
               "chatmodel": {"chatmodel", "retrieval", "prompts"},
               "jodoh": {"jodoh", "chatmodel", "retrieval", "storage", "prompts"},
               "bot": {"bot", "jodoh", "retrieval", "storage", "prompts"}}
    for package, permitted in allowed.items():
        for path, modules in _imports_of(package).items():
            extra = _project_packages(modules) - permitted - {package}
            if path == "jodoh/cli.py":
                extra -= {"bot"}
            assert not extra, f"{path} imports {sorted(extra)}"
