"""A real server in its own process, for the tests that drive the site over HTTP."""

import socket
import time
import urllib.error
import urllib.request

START_TIMEOUT = 60


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_serving(url, process, headers=None):
    """Return once `url` answers (any status), or fail if `process` exits first."""
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"The test server exited with {process.returncode}.")
        try:
            urllib.request.urlopen(urllib.request.Request(url, headers=headers or {}), timeout=2)
            return
        except urllib.error.HTTPError:
            return  # It answers: good enough.
        except OSError:
            time.sleep(0.2)  # Polling the server's start-up, not a test sleep.
    raise RuntimeError(f"The test server did not answer within {START_TIMEOUT} s.")
