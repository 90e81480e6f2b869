"""`streamlit` with the app's pages/ folder read as plain modules, not as a legacy app.

Streamlit treats a folder named pages/ beside the entry script as an old-style
multipage app until st.navigation first runs in the process. Until then, a first
visitor who opens a deep link (e.g. /map) gets the old auto-generated sidebar,
listing app.py itself as a page. Our pages are routed by st.navigation only.

    python -m tools.serve run app.py [streamlit options]
"""

import sys

from streamlit.runtime.pages_manager import PagesManager
from streamlit.web.cli import main

PagesManager.uses_pages_directory = False

if __name__ == "__main__":
    sys.exit(main(prog_name="streamlit"))
