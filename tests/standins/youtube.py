"""A YouTube Data API v3 stand-in: channels.list, playlistItems.list and videos.list with an
API key, in the documented JSON shapes, and the documented failures on demand (invalid key,
quota exceeded, 429, 5xx; a deleted channel is simply absent from `items`)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from tests.standins.http import Answer, Request, serve_json


@dataclass
class Channel:
    subscribers: int
    videos: list[tuple[int, int | None, int | None]]  # (views, likes or hidden, comments)
    hidden: bool = False
    description: str = ""


@dataclass
class YouTubeStandIn:
    key: str = "good-key"
    channels: dict[str, Channel] = field(default_factory=dict)
    # Failures served next, in order: "quota", "429", "500", "key".
    failures: list[str] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)
    url: str = ""

    def answer(self, path: str, query: dict[str, list[str]]) -> tuple[int, dict[str, Any]]:
        resource = path.rsplit("/", 1)[-1]
        self.calls.append(resource)
        if self.failures:
            return _failure(self.failures.pop(0))
        if query.get("key", [""])[0] != self.key:
            return _failure("key")
        if resource == "channels":
            ids = query.get("id", [""])[0].split(",")
            return 200, {"kind": "youtube#channelListResponse",
                         "pageInfo": {"totalResults": 0, "resultsPerPage": 5},
                         "items": [self._channel(i) for i in ids if i in self.channels]}
        if resource == "playlistItems":
            channel = query.get("playlistId", [""])[0].replace("UU", "UC", 1)
            if channel not in self.channels:
                return 404, {"error": {"code": 404, "message": "The playlist identified with "
                             "the request's playlistId parameter cannot be found.",
                             "errors": [{"domain": "youtube.playlistItem",
                                         "reason": "playlistNotFound"}]}}
            count = int(query.get("maxResults", ["5"])[0])
            return 200, {"kind": "youtube#playlistItemListResponse", "items": [
                {"kind": "youtube#playlistItem",
                 "contentDetails": {"videoId": f"{channel}-v{n}"}}
                for n in range(len(self.channels[channel].videos))][:count]}
        if resource == "videos":
            items = []
            for video_id in query.get("id", [""])[0].split(","):
                channel, _, number = video_id.rpartition("-v")
                views, likes, comments = self.channels[channel].videos[int(number)]
                statistics = {"viewCount": str(views), "favoriteCount": "0"}
                if likes is not None:
                    statistics["likeCount"] = str(likes)
                if comments is not None:
                    statistics["commentCount"] = str(comments)
                items.append({"kind": "youtube#video", "id": video_id,
                              "statistics": statistics})
            return 200, {"kind": "youtube#videoListResponse", "items": items}
        return 404, {"error": {"code": 404, "message": "Not Found", "errors": []}}

    def _channel(self, channel_id: str) -> dict[str, Any]:
        channel = self.channels[channel_id]
        statistics: dict[str, Any] = {"viewCount": str(sum(v for v, _, _ in channel.videos)),
                                      "hiddenSubscriberCount": channel.hidden,
                                      "videoCount": str(len(channel.videos))}
        if not channel.hidden:
            statistics["subscriberCount"] = str(channel.subscribers)
        return {"kind": "youtube#channel", "id": channel_id,
                "snippet": {"title": channel_id, "description": channel.description},
                "statistics": statistics,
                "contentDetails": {"relatedPlaylists": {
                    "uploads": channel_id.replace("UC", "UU", 1)}}}


def _failure(kind: str) -> tuple[int, dict[str, Any]]:
    if kind == "key":
        return 400, {"error": {"code": 400, "message": "API key not valid. Please pass a valid "
                     "API key.", "errors": [{"message": "API key not valid. Please pass a "
                                             "valid API key.", "domain": "global",
                                             "reason": "badRequest"}],
                     "status": "INVALID_ARGUMENT", "details": [{
                         "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                         "reason": "API_KEY_INVALID", "domain": "googleapis.com"}]}}
    if kind == "quota":
        return 403, {"error": {"code": 403, "message": "The request cannot be completed "
                     "because you have exceeded your quota.", "errors": [{
                         "message": "The request cannot be completed because you have "
                                    "exceeded your quota.", "domain": "youtube.quota",
                         "reason": "quotaExceeded"}]}}
    if kind == "429":
        return 429, {"error": {"code": 429, "message": "Too many requests.", "errors": [{
            "domain": "global", "reason": "rateLimitExceeded"}]}}
    return 503, {"error": {"code": 503, "message": "The service is currently unavailable.",
                           "errors": [{"domain": "global", "reason": "backendError"}]}}


@contextmanager
def serve(stand_in: YouTubeStandIn) -> Iterator[YouTubeStandIn]:
    """Run the stand-in on a free port of 127.0.0.1; `stand_in.url` is its base URL."""
    def answer(request: Request) -> Answer:
        status, body = stand_in.answer(request.path, {k: [v] for k, v in request.query.items()})
        return status, body, None

    with serve_json(answer) as url:
        stand_in.url = f"{url}/youtube/v3"
        yield stand_in
