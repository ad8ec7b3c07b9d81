"""The same service against a real Chroma server (`chroma run` on loopback) instead of the
embedded store: CHROMA_HOST / CHROMA_PORT make it a setting, not a port."""

from __future__ import annotations

from pathlib import Path

import pytest

from jodoh.service import JodohService
from jodoh.settings import Settings
from retrieval.index import SEARCH_EF
from storage.records import CreatorRecord
from tests.conftest import HashingEmbeddings, creator_row

pytestmark = pytest.mark.slow


def test_service_on_a_chroma_server(chroma_server: int, tmp_path: Path,
                                    database_url: str) -> None:
    """The scaled-out configuration: Chroma server, and SQLite or a PostgreSQL server."""
    collection = f"creators_{abs(hash(database_url)) % 10**8}"
    settings = Settings(jodoh_data_dir=tmp_path, chroma_host="127.0.0.1",  # type: ignore[call-arg]
                        chroma_port=chroma_server, chroma_collection=collection,
                        database_url=database_url, _env_file=None)
    service = JodohService(settings, embeddings=HashingEmbeddings())
    rows = [creator_row("glow.sby"),
            creator_row("kopi.jkt", bio="Review kopi specialty", niches=["coffee"],
                        city="Jakarta")]
    report = service.import_records([CreatorRecord.model_validate(r) for r in rows])
    assert report.indexed == 2
    assert not (tmp_path / "chroma").exists()  # nothing embedded on disk: the server holds it
    assert service.index.search_ef == SEARCH_EF  # set over HTTP too
    assert service.search("kopi specialty Jakarta").matches[0].profile.handle == "kopi.jkt"
    assert service.reindex() == 2
    stats = service.stats()
    assert (stats["creators"], stats["indexed"], stats["stale"]) == (2, 2, 0)
    service.index.delete(["instagram:glow.sby"])
    assert service.reconcile().upserted == 1
    service.close()
