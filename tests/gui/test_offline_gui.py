"""The desktop application never touches the network: no Python socket, and no Qt network module."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest


def test_the_application_opens_no_socket(demo_copy: Path, open_window, monkeypatch: pytest.MonkeyPatch) -> None:
    attempts: list[str] = []

    def refuse(name: str):  # type: ignore[no-untyped-def]
        def call(*args: object, **kwargs: object) -> None:
            attempts.append(name)
            raise OSError(f"network access attempted: {name}")

        return call

    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse(f"socket.{name}"))
    window = open_window(demo_copy)
    for page in ("review", "export", "assess"):
        window.show_page(page)
    window.go_to("D3.1.1")  # guidance with treaty references, and an evidence file
    window.page.ui.guidance.toHtml()
    assert attempts == []
    loaded = {name for name in sys.modules if name.startswith("PySide6.")}
    assert not loaded & {"PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets"}
