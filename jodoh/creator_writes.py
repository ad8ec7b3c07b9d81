"""Creators written: imports, the bot's registrations and deletions.

Each write commits to the database first and to the index second, so an interruption between
the two leaves nothing `IndexKeeper.reconcile` cannot repair.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.engine import Engine

from jodoh.index_keeper import BATCH_SIZE, IndexKeeper, Progress
from jodoh.retrieval_stack import RetrievalStack
from retrieval.places import canonical_city
from retrieval.profile import CreatorProfile
from storage import repository as repo
from storage.db import retry_on_db_errors, session_scope
from storage.models import Creator
from storage.records import CreatorRecord, RowError


@dataclass(slots=True)
class ImportReport:
    """What an import did."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    kept: int = 0  # maintained by their creators through the bot: not overwritten
    rejected: list[RowError] = field(default_factory=list)
    indexed: int = 0

    @property
    def accepted(self) -> int:
        return self.created + self.updated + self.unchanged + self.kept


def with_canonical_city(record: CreatorRecord) -> CreatorRecord:
    """The record with its city as the place vocabulary names it ("sby" → "Surabaya"); a
    city the vocabulary does not know is kept as written (the admin's stats list it)."""
    city = canonical_city(record.city)
    return record if city == record.city else record.model_copy(update={"city": city})


class CreatorWriter:
    """Adds, updates and deletes creators in the database and the index.

    Args:
        profile_of: the retrieval view of a stored creator.
        on_change: told after every write.
    """

    def __init__(self, engine: Engine, stack: RetrievalStack, keeper: IndexKeeper, *,
                 profile_of: Callable[[Creator], CreatorProfile],
                 on_change: Callable[[], None]) -> None:
        self._engine = engine
        self._stack = stack
        self._keeper = keeper
        self._profile_of = profile_of
        self._on_change = on_change

    def import_records(
        self,
        records: Sequence[CreatorRecord],
        *,
        rejected: Sequence[RowError] = (),
        progress: Progress | None = None,
    ) -> ImportReport:
        """Upsert validated records batch by batch: commit to the database, then index."""
        report = ImportReport(rejected=list(rejected))
        with self._keeper.write_lock:
            self._keeper.check()
            total = len(records)
            for start in range(0, total, BATCH_SIZE):
                batch = [with_canonical_city(r) for r in records[start : start + BATCH_SIZE]]
                with session_scope(self._engine) as session:
                    results = repo.upsert_creators(batch, session=session)
                    changed = [self._profile_of(r.creator) for r in results
                               if r.status in ("created", "updated")]
                for result in results:
                    if result.status == "created":
                        report.created += 1
                    elif result.status == "updated":
                        report.updated += 1
                    elif result.status == "kept":
                        report.kept += 1
                    else:
                        report.unchanged += 1
                self._stack.index_profiles(changed)
                report.indexed += len(changed)
                self._on_change()
                if progress:
                    progress(min(start + BATCH_SIZE, total), total)
        return report

    @retry_on_db_errors
    def save_creator(self, record: CreatorRecord, *, owner_telegram_id: int | None = None,
                     take_over_imported: bool = False) -> Creator:
        """Create or update one profile and index it at once (the bot's registration).

        Raises:
            OwnershipError: the handle is someone else's.
            ClaimNeeded: the handle is an imported profile and no claim was approved.
        """
        with self._keeper.write_lock:
            with session_scope(self._engine) as session:
                result = repo.upsert_creators(
                    [with_canonical_city(record)], session=session,
                    owner_telegram_id=owner_telegram_id,
                    take_over_imported=take_over_imported,
                )[0]
                profile = self._profile_of(result.creator)
                creator = result.creator
            self._stack.index_profiles([profile])
            self._on_change()
        return creator

    @retry_on_db_errors
    def store_verified(self, updates: Sequence[tuple[int, CreatorRecord]], *,
                       at: datetime) -> int:
        """Counts fetched from a platform (`jodoh.refresh`): stored as verified at `at`, each
        with a follower snapshot, then indexed. Creators deleted meanwhile are skipped."""
        if not updates:
            return 0
        with self._keeper.write_lock:
            with session_scope(self._engine) as session:
                changed = []
                for creator_id, record in updates:
                    creator = repo.get_creator(creator_id, session=session)
                    if creator is None:
                        continue
                    repo.store_verified_counts(creator, record, at=at, session=session)
                    changed.append(self._profile_of(creator))
            self._stack.index_profiles(changed)
            self._on_change()
        return len(changed)

    @retry_on_db_errors
    def delete_creator(self, creator_id: int) -> bool:
        """Remove a creator from the database, then from the index."""
        with self._keeper.write_lock:
            with session_scope(self._engine) as session:
                creator = repo.get_creator(creator_id, session=session)
                if creator is None:
                    return False
                key = creator.key
                repo.delete_creator(creator, session=session)
            self._stack.index.delete([key])
            self._on_change()
        return True
