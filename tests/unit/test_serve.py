"""Which paths the server sends back to their view: only those below a view, never its own routes."""

from pathlib import Path

import pytest

from tools.serve import secrets_files, trusted_proxies, view_of_deep_path


@pytest.mark.parametrize(
    ("path", "view"),
    [
        ("/map/extra/path", "map"),
        ("/sources/x", "sources"),
        ("/map", None),  # the view itself
        ("/map/_stcore/health", None),  # the page probing for the app's base path
        ("/static/js/index.js", None),  # not below a view
        ("/nosuchview/x", None),
        ("/map/../../../etc/shadow", None),  # left to Streamlit's refusal, never probed
    ],
)
def test_only_a_path_below_a_view_is_sent_to_that_view(path, view, tmp_path):
    assert view_of_deep_path(path, str(tmp_path)) == view


def test_only_the_proxies_the_secrets_name_are_believed(tmp_path):
    machine, project = tmp_path / "machine.toml", tmp_path / "project.toml"
    machine.write_text('[editors]\ntrusted_proxies = ["10.0.0.0/8"]\n', encoding="utf-8")
    project.write_text('[editors]\ntrusted_proxies = ["127.0.0.1", "::1"]\n', encoding="utf-8")
    assert trusted_proxies([machine, project]) == "127.0.0.1/32,::1/128"  # the project's file wins
    assert trusted_proxies([machine]) == "10.0.0.0/8"
    assert trusted_proxies([tmp_path / "absent.toml"]) == ""  # none: X-Forwarded-For is never believed
    project.write_text('[editors]\ntrusted_proxies = ["nginx"]\n', encoding="utf-8")
    with pytest.raises(SystemExit, match="'nginx' is not an IP address or network"):
        trusted_proxies([project])


def test_the_secrets_file_given_to_streamlit_is_the_one_read():
    assert secrets_files(["run", "app.py", "--secrets.files", "/etc/am.toml"]) == [Path("/etc/am.toml")]
    assert secrets_files(["run", "app.py", "--secrets.files=/etc/am.toml"]) == [Path("/etc/am.toml")]
    assert len(secrets_files(["run", "app.py"])) == 2
