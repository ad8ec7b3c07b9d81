"""Creator profiles by index key for the ranking, from a small in-memory cache or the database."""

from __future__ import annotations

import threading
from collections.abc import Iterable

from sqlalchemy.engine import Engine

from retrieval.profile import CreatorProfile
from storage import repository as repo
from storage.db import session_scope

# Profiles kept in memory for the ranking (≈ 2.5 KB each); all of a small base, the most
# recently found ones of a large one.
PROFILE_CACHE_SIZE = 5000


class ProfileCache:
    """Profiles by index key; emptied by `forget` whenever creators change (here or, as the
    in-memory indexes notice through the creators' signature, in another instance)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._profiles: dict[str, CreatorProfile] = {}
        self._generation = 0
        self._lock = threading.Lock()

    def load(self, keys: Iterable[str]) -> dict[str, CreatorProfile]:
        """Profiles of the creators that exist among `keys`."""
        keys = list(keys)
        with self._lock:
            generation = self._generation
            found = {key: self._profiles[key] for key in keys if key in self._profiles}
        missing = [key for key in keys if key not in found]
        if not missing:
            return found
        with session_scope(self._engine) as session:
            loaded = {key: CreatorProfile.from_row(row) for key, row in
                      repo.get_profile_rows_by_keys(missing, session=session).items()}
        with self._lock:
            # Read before a write that has emptied the cache since: not kept.
            if generation == self._generation:
                for key, profile in loaded.items():
                    if len(self._profiles) >= PROFILE_CACHE_SIZE:
                        self._profiles.pop(next(iter(self._profiles)))
                    self._profiles[key] = profile
        found.update(loaded)
        return found

    def forget(self) -> None:
        """Creators were written: drop every cached profile, and any being loaded meanwhile."""
        with self._lock:
            self._generation += 1
            self._profiles.clear()
