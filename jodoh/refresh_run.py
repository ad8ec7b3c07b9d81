"""One refresh of everything that can be verified, as `jodoh refresh` and the bot's daily job
both run it: first each connected account with its own login (Instagram, TikTok), then each
connector that reads public numbers with Jodoh's own credentials (YouTube, Instagram Business
Discovery), skipping the accounts their login already refreshed.

A provider that fails stops only itself: what it stored before the failure stays, and the
other providers still run.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from jodoh.connect import AccountConnect, LoginRefresh
from jodoh.platforms.base import InvalidCredentials, PlatformConnector, PlatformError
from jodoh.refresh import RefreshReport, refresh
from jodoh.service import JodohService

# (platform, done, total)
RunProgress = Callable[[str, int, int], None]


@dataclass(slots=True)
class RefreshRun:
    connected: list[LoginRefresh] = field(default_factory=list)
    reports: list[RefreshReport] = field(default_factory=list)
    rejected: dict[str, str] = field(default_factory=dict)  # platform → the key's error
    failed: dict[str, str] = field(default_factory=dict)  # platform → what stopped it

    @property
    def out_of_quota(self) -> list[str]:
        return [report.platform for report in self.reports if report.not_reached]

    @property
    def exit_code(self) -> int:
        return 1 if self.rejected or self.failed or self.out_of_quota else 0


def refresh_everything(service: JodohService, connects: Mapping[str, AccountConnect],
                       connectors: Sequence[PlatformConnector], *,
                       now: datetime | None = None,
                       progress: RunProgress | None = None) -> RefreshRun:
    moment = now or datetime.now(UTC)
    run = RefreshRun()
    refreshed: dict[str, set[int]] = {}
    for platform, connect in connects.items():
        refreshed[platform] = set(connect.connected_creators())
        try:
            run.connected.append(connect.refresh_all(now=moment))
        except PlatformError as error:
            run.failed[platform] = str(error)
    for connector in connectors:
        platform = connector.platform
        step = None if progress is None else (
            lambda done, total, name=platform: progress(name, done, total))
        try:
            run.reports.append(refresh(service, connector, now=moment, progress=step,
                                       skip=refreshed.get(platform, set())))
        except InvalidCredentials as error:
            run.rejected[platform] = str(error)
        except PlatformError as error:
            run.failed[platform] = str(error)
    return run
