"""Who may reach the preview: it shows drafts and embargoed records, so it stays on this machine
unless the editor asks otherwise, and it answers only requests addressed to an IP or `localhost`.

The Host check stops DNS rebinding: a web page elsewhere can point a name it controls at
127.0.0.1 and have the reader's browser fetch the preview; the request then carries that name.
"""

from __future__ import annotations

import ipaddress

LOCAL_NAMES = {"localhost"}


def is_loopback(host: str) -> bool:
    """True for an address only this machine reaches (127.0.0.0/8, ::1, `localhost`)."""
    if host.lower() in LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def host_allowed(header: str | None) -> bool:
    """True when a request's Host header names this machine by an IP address or `localhost`."""
    if not header:
        return False
    host = header.strip()
    if host.startswith("["):  # [::1]:8000
        host = host[1:host.find("]")] if "]" in host else ""
    elif host.count(":") == 1:
        host = host.rsplit(":", 1)[0]
    if host.lower() in LOCAL_NAMES:
        return True
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True
