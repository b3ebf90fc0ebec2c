"""Where the tests find the project's files."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STORY_DIR = ROOT / "data" / "pezeshkian-iraq-2024"


def load_site_tool():
    """tools/site.py as a module, loaded as tools/course.py loads it (the name ``site`` is Python's own module)."""
    import importlib.util
    import sys

    if "course_site" not in sys.modules:
        spec = importlib.util.spec_from_file_location("course_site", ROOT / "tools" / "site.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
    return sys.modules["course_site"]
