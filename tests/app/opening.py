"""Open a view as Streamlit runs it (AppTest), optionally from a link with query parameters."""

import base64
from pathlib import Path

import numpy as np
import plotly.graph_objects as go
import plotly.io
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[2] / "app.py")


def open_view(view_path: str, *, secrets: dict | None = None, user: dict | None = None, **query) -> AppTest:
    """The view as a visitor opens it: from a link with `query`, with the deployment's
    `secrets` and, when given, the `user` an identity provider signed in."""
    app = AppTest.from_file(APP, default_timeout=60)
    for key, value in (secrets or {}).items():
        app.secrets[key] = value
    if user is not None:
        app.user = user
    for key, value in query.items():
        app.query_params[key] = value
    app.run()
    return app.switch_page(view_path).run()


def plotly_figures(app: AppTest) -> list[go.Figure]:
    """The Plotly figures on the page, rebuilt from what the browser receives."""
    return [plotly.io.from_json(chart.proto.spec) for chart in app.get("plotly_chart")]


def array(values) -> list:
    """A trace's values, decoded from Plotly's typed-array form ({'bdata': ..., 'dtype': ...})."""
    if isinstance(values, dict) and "bdata" in values:
        return np.frombuffer(base64.b64decode(values["bdata"]), dtype=values["dtype"]).tolist()
    return list(values)


def open_expander(app: AppTest, key: str) -> AppTest:
    """Open an expander that builds its content only while open, as a click would."""
    app.session_state[key] = True
    return app.run()
