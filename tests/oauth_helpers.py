"""What OAuth tests share: the creator's browser, and the tokens as stored."""

from __future__ import annotations

import httpx

from jodoh.service import JodohService
from storage import runtime_repository as runtime_repo
from storage.db import session_scope


async def log_in(link: str) -> httpx.Response:
    """What the creator's browser does: the provider's login page (a stand-in that logs in
    at once), then the redirect to Jodoh's callback."""
    async with httpx.AsyncClient(follow_redirects=True, timeout=20) as browser:
        return await browser.get(link)


def stored_tokens(service: JodohService) -> dict[str, object]:
    with session_scope(service.engine) as session:
        return runtime_repo.load_states("oauth_token", session=session)
