"""Start the app as a real server on a free port and wait until it answers: for the browser
tests, the benchmark, the tools that render it and the replicas (no browser needed here)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

REPO = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def streamlit_server(
    script: Path = REPO / "app.py",
    env: dict[str, str] | None = None,
    options: tuple[str, ...] = (),
    port: int | None = None,
) -> Iterator[str]:
    """Run `streamlit run script` on `port` (a free one if None), with extra command-line `options`;
    yield its base URL. A caller names the port when the configuration must know it first (st.login's
    redirect_uri)."""
    port = port or free_port()
    command = [
        sys.executable, "-m", "tools.serve", "run", str(script),
        "--server.port", str(port), "--server.address", "127.0.0.1",
        "--server.headless", "true", "--browser.gatherUsageStats", "false", *options,
    ]  # fmt: skip
    # The server's output goes to a file: a pipe nobody reads fills up and freezes the server.
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(
            command, cwd=REPO, env={**os.environ, **(env or {})}, stdout=log, stderr=subprocess.STDOUT
        )
        url = f"http://127.0.0.1:{port}"
        try:
            wait_until_healthy(url, process, "Streamlit", lambda: _read_all(log))
            yield url
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


def wait_until_healthy(
    url: str, process: subprocess.Popen, name: str, output: Callable[[], str], timeout: float = 60
) -> None:
    """Until `url` answers Streamlit's health check (directly or through a proxy); `output` is
    what the process printed, shown when it exits first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited with {process.returncode}:\n{output()}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{name} did not answer at {url} within {timeout} s")


def _read_all(log: IO[bytes]) -> str:
    log.seek(0)
    return log.read().decode(errors="replace")
