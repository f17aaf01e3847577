"""A fake HTTP server for ``httpx.MockTransport``: queued answers, recorded requests."""

from __future__ import annotations

import httpx


class Server:
    """Answers queued responses in order (an exception is raised instead); records each request."""

    def __init__(self, *answers: httpx.Response | Exception) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    @property
    def request(self) -> httpx.Request:
        """The only request received (fails when there were several)."""
        assert len(self.requests) == 1, [str(r.url) for r in self.requests]
        return self.requests[0]
