"""Which paths the server sends back to their view: only those below a view, never its own routes."""

import pytest

from tools.serve import view_of_deep_path


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
