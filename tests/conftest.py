"""Shared fixtures. Fast tests use a deterministic hashing embedder; `slow` ones the real model."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from langchain_core.embeddings import Embeddings
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from bench.botdriver import free_port
from jodoh.service import JodohService
from jodoh.settings import Settings
from storage.db import normalize_url

ROOT = Path(__file__).resolve().parent.parent
SHARED_DEV = ROOT.parent / "shared" / "eval" / "dev"
SAMPLE = ROOT / "data" / "sample_creators.jsonl"
# Set by .ci/run, which starts a PostgreSQL server on loopback.
POSTGRES_URL = os.environ.get("JODOH_TEST_POSTGRES_URL")


class HashingEmbeddings(Embeddings):
    """Bag-of-words hashed into 256 dimensions: deterministic, instant, topic-sensitive."""

    dim = 256

    def __init__(self) -> None:
        self.calls = 0

    def _vector(self, text: str) -> list[float]:
        vector = np.zeros(self.dim, dtype=np.float32)
        for token in re.findall(r"[a-z0-9]+", text.lower()):
            digest = hashlib.md5(token.encode()).digest()
            vector[int.from_bytes(digest[:4], "little") % self.dim] += 1.0
        norm = float(np.linalg.norm(vector)) or 1.0
        return (vector / norm).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.calls += len(texts)
        return [self._vector(text) for text in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)


def creator_row(handle: str, **overrides: Any) -> dict[str, Any]:
    """A valid contract record with sensible defaults."""
    row: dict[str, Any] = {
        "handle": handle,
        "platform": "instagram",
        "display_name": handle.title(),
        "bio": "Review skincare lokal untuk kulit berminyak dan berjerawat.",
        "community": "Mahasiswi dan pekerja muda yang peduli kulit sehat.",
        "niches": ["beauty_skincare"],
        "city": "Surabaya",
        "country": "ID",
        "languages": ["id"],
        "followers": 12000,
        "avg_likes": 420,
        "avg_comments": 18,
        "avg_views": None,
        "posts_per_week": 3,
        "follower_history": [10500, 11000, 11600, 12000],
        "rate_idr": 750000,
        "contact": f"{handle}@example.com",
    }
    row.update(overrides)
    return row


def import_coffee_and_skincare(settings: Settings, count: int) -> JodohService:
    """A service over `count` creators: odd ones review coffee in Bandung, even ones skincare
    (`creator_row`'s default), imported with hashed embeddings."""
    from storage.records import CreatorRecord

    service = JodohService(settings, embeddings=HashingEmbeddings())
    service.import_records([
        CreatorRecord.model_validate(creator_row(
            f"kopi.{i}", bio="Review kopi specialty dan manual brew.", niches=["coffee"],
            city="Bandung") if i % 2 else creator_row(f"glow.{i}"))
        for i in range(count)
    ])
    return service


def write_jsonl(path: Path, rows: list[Any]) -> Path:
    path.write_text("\n".join(json.dumps(r) if not isinstance(r, str) else r for r in rows) + "\n",
                    encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def shared_models_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One models directory per test session, so the default model is built once."""
    return tmp_path_factory.mktemp("models")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(jodoh_data_dir=tmp_path / "data", _env_file=None)  # type: ignore[call-arg]


@pytest.fixture
def service(settings: Settings) -> Iterator[JodohService]:
    svc = JodohService(settings, embeddings=HashingEmbeddings())
    yield svc
    svc.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The same test on a SQLite file and on a fresh database of a real PostgreSQL server."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'db' / 'jodoh.db'}"
        return
    if not POSTGRES_URL:
        if os.environ.get("CI"):
            pytest.fail("JODOH_TEST_POSTGRES_URL is not set: .ci/run starts PostgreSQL")
        pytest.skip("no PostgreSQL server (bash .ci/run starts one; or set "
                    "JODOH_TEST_POSTGRES_URL)")
    name = f"jodoh_test_{uuid.uuid4().hex[:12]}"
    server = make_url(normalize_url(POSTGRES_URL))
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield server.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    """A Chroma server (`chroma run`, shipped with chromadb) on loopback; yields its port."""
    chroma = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    port = free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    process = subprocess.Popen(
        [chroma, "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={"ANONYMIZED_TELEMETRY": "False", "PATH": str(Path(sys.executable).parent)},
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            assert process.poll() is None, "chroma run exited"
            assert time.monotonic() < deadline, "chroma server did not start"
            time.sleep(0.3)
    yield port
    process.terminate()
    process.wait(timeout=20)
