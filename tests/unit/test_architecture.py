"""The plan of the code holds: thin pages, imports one way, no Streamlit below the UI, a map of every module."""

import ast
from pathlib import Path

import pytest

from components.views import address_table

ROOT = Path(__file__).resolve().parents[2]
COMPONENTS = ROOT / "components"
# What each room may import from components (besides itself); components/views.py is pure and shared.
ALLOWED = {
    "data": {"data"},
    "editing": {"data", "editing"},
    "topics": {"data", "topics"},
    "figures": {"data", "topics", "figures"},
    "exports": {"data", "topics", "exports"},
    "ui": {"data", "editing", "topics", "figures", "exports", "ui"},
}


def imports_of(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def modules() -> list[Path]:
    return sorted(p for p in COMPONENTS.rglob("*.py") if p.name != "__init__.py")


@pytest.mark.parametrize("page", sorted((ROOT / "pages").glob("*.py")), ids=lambda p: p.name)
def test_pages_lay_out_and_define_nothing(page):
    tree = ast.parse(page.read_text(encoding="utf-8"))
    defined = [
        type(node).__name__
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Lambda)
    ]
    assert defined == []


@pytest.mark.parametrize("module", modules(), ids=lambda p: p.relative_to(COMPONENTS).as_posix())
def test_imports_run_one_way(module):
    parts = module.relative_to(COMPONENTS).parts
    room = parts[0] if len(parts) > 1 else None
    imported = imports_of(module)
    if room != "ui":
        assert not {m for m in imported if m.split(".")[0] == "streamlit"}, "only components/ui/ draws"
    rooms = {m.split(".")[1] for m in imported if m.startswith("components.") and m != "components.views"}
    if room is None:  # a loose module: pure and at the bottom
        assert rooms == set()
    else:
        assert rooms <= ALLOWED[room]


def test_the_readme_names_every_module():
    """Each module is named (as `name.py`) in its room's entry of the README's map of the code."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rooms = readme[readme.index("### The rooms of `components/`") :].split("\n- ")
    unnamed = []
    for module in modules():
        parts = module.relative_to(COMPONENTS).parts
        entry = next((e for e in rooms if e.startswith(f"`{parts[0]}")), "")
        if f"`{parts[-1]}`" not in entry and f"`{'/'.join(parts[1:])}`" not in entry:
            unnamed.append(module.relative_to(ROOT).as_posix())
    assert unnamed == []


def test_components_is_a_handful_of_rooms():
    rooms = [p.name for p in COMPONENTS.iterdir() if p.is_dir() and (p / "__init__.py").exists()]
    loose = [p.name for p in COMPONENTS.glob("*.py") if p.name != "__init__.py"]
    assert len(rooms) >= 4 and len(loose) <= 3


def test_the_readme_lists_every_views_address_parameters():
    assert address_table() in (ROOT / "README.md").read_text(encoding="utf-8")
