"""Several app processes behind nginx on this host, sharing one data folder.

    python -m tools.replicas --replicas 2 [--address 0.0.0.0] [--port 8501] [streamlit options]

Each replica is `tools.serve run app.py` on a port of its own on 127.0.0.1, with the same
`server.cookieSecret` and the same data and archive folders (what replicas must agree on is
kept there: the version log, the passphrase back-off, the presenters' slides). nginx
(Debian's package) listens on --address:--port and:

- keeps each browser on one replica (a cookie it sets on the first response), because
  Streamlit keeps a session, its uploads and its downloads in the process serving its
  WebSocket;
- upgrades WebSocket connections and keeps them open;
- forwards the client's address (X-Forwarded-For), which the app believes because nginx,
  on 127.0.0.1, is what `[editors] trusted_proxies` must name;
- names the replica that answered in an `X-Replica` header, for whoever runs it.
"""

from __future__ import annotations

import argparse
import secrets
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from tools.servers import free_port, streamlit_server, wait_until_healthy

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
STICKY_COOKIE = "am_replica"


def nginx_config(address: str, port: int, replica_ports: Sequence[int], run_dir: Path) -> str:
    """nginx.conf for these replicas: everything nginx writes stays in `run_dir`."""
    servers = "\n".join(f"        server 127.0.0.1:{replica};" for replica in replica_ports)
    temp = "\n".join(
        f"    {kind}_temp_path {run_dir / kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    return f"""daemon off;
worker_processes 1;
pid {run_dir / "nginx.pid"};
error_log {run_dir / "error.log"} warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
{temp}
    # The app refuses uploads over 20 MB with a message of its own: let them reach it.
    client_max_body_size 25m;
    # A view's whole state is in its address: long links are the app's to refuse, not nginx's.
    large_client_header_buffers 4 256k;
    map $http_upgrade $connection_upgrade {{ default upgrade; "" close; }}
    # A browser without the cookie is placed by its first request's id, which becomes its cookie.
    map $cookie_{STICKY_COOKIE} $replica_key {{ "" $request_id; default $cookie_{STICKY_COOKIE}; }}
    map $cookie_{STICKY_COOKIE} $replica_cookie {{
        "" "{STICKY_COOKIE}=$request_id; Path=/; HttpOnly; SameSite=Lax";
        default "";
    }}
    upstream replicas {{
        hash $replica_key consistent;
{servers}
    }}
    server {{
        listen {address}:{port};
        location / {{
            proxy_pass http://replicas;
            proxy_http_version 1.1;
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection $connection_upgrade;
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_read_timeout 1d;
            proxy_send_timeout 1d;
            add_header Set-Cookie $replica_cookie;
            add_header X-Replica $upstream_addr always;
        }}
    }}
}}
"""


@dataclass(frozen=True)
class Replicas:
    url: str  # nginx: what browsers open
    replica_urls: tuple[str, ...]  # each app process, for checks


@contextmanager
def running_replicas(
    count: int,
    *,
    address: str = "127.0.0.1",
    port: int | None = None,
    env: dict[str, str] | None = None,
    options: tuple[str, ...] = (),
) -> Iterator[Replicas]:
    """Start `count` replicas and nginx in front of them; stop them all on leaving."""
    if not Path(NGINX).exists():
        raise RuntimeError("nginx not found. Install Debian's package: apt-get install nginx-light")
    # Streamlit takes the cookie secret only from its configuration or the environment.
    shared_env = {"STREAMLIT_SERVER_COOKIE_SECRET": secrets.token_urlsafe(32), **(env or {})}
    with ExitStack() as stack:
        replica_urls = tuple(
            stack.enter_context(streamlit_server(env=shared_env, options=options)) for _ in range(count)
        )
        run_dir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="am-nginx-")))
        listen = port or free_port()
        ports = [urlparse(url).port or 80 for url in replica_urls]
        (run_dir / "nginx.conf").write_text(nginx_config(address, listen, ports, run_dir), encoding="utf-8")
        nginx = subprocess.Popen([NGINX, "-p", str(run_dir), "-c", str(run_dir / "nginx.conf")])
        try:
            url = f"http://{'127.0.0.1' if address in {'0.0.0.0', '::'} else address}:{listen}"
            error_log = run_dir / "error.log"
            wait_until_healthy(url, nginx, "nginx", lambda: error_log.read_text(errors="replace"), timeout=30)
            yield Replicas(url, replica_urls)
        finally:
            nginx.terminate()
            nginx.wait(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--replicas", type=int, default=2)
    parser.add_argument("--address", default="0.0.0.0")
    parser.add_argument("--port", type=int, default=8501)
    known, streamlit_options = parser.parse_known_args()
    with running_replicas(
        known.replicas, address=known.address, port=known.port, options=tuple(streamlit_options)
    ) as replicas:
        print(f"Alliance Monitor: {replicas.url} ({known.replicas} replicas: {', '.join(replicas.replica_urls)})")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
