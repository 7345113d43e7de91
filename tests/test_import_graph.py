"""Dependencies point one way: ``core`` imports no project package, and each app imports only
the apps that the table "Dependency directions" in docs/architecture.md allows. Every import
counts, also those inside functions and under ``TYPE_CHECKING``. Of another app, code uses only
its public modules (models, services, selectors, signals, blocks, roles, permissions). Only
``demo`` (demo loaders, ``load_initial_data``, the data generators) may reach into every app,
and no app imports it.

No database and no Django set-up: the source is read with ``ast``."""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARCHITECTURE = ROOT / "docs" / "architecture.md"
TABLE_MARKER = "<!-- dependency-directions -->"
EVERY_APP = "every app"
# What one app may use of another (docs/architecture.md): never its views, forms or admin.
PUBLIC_MODULES = {"models", "services", "selectors", "signals", "blocks", "roles", "permissions"}
# Builds demo and benchmark data from every app, also from their internals; nothing imports it.
DEMO = "demo"


def project_packages() -> set[str]:
    """Top-level packages of the project (apps, core, config), not the tests."""
    return {
        path.parent.name
        for path in ROOT.glob("*/__init__.py")
        if path.parent.name not in {"tests", ".venv"}
    }


def documented_directions() -> dict[str, set[str]]:
    """The table under the marker in docs/architecture.md: package -> packages it may import."""
    text = ARCHITECTURE.read_text(encoding="utf-8")
    assert TABLE_MARKER in text, f"docs/architecture.md has lost the table after {TABLE_MARKER}"
    rows = text.split(TABLE_MARKER, 1)[1].strip().splitlines()
    packages = project_packages()
    allowed: dict[str, set[str]] = {}
    for row in rows[2:]:  # after the header and its separator
        if not row.startswith("|"):
            break
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        (package,) = re.findall(r"`(\w+)`", cells[0])
        names = set(re.findall(r"`(\w+)`", cells[1]))
        allowed[package] = packages - {package, DEMO} if EVERY_APP in cells[1] else names
    return allowed


def imports_of(source: str) -> list[tuple[int, str]]:
    """``(line, module)`` for every absolute import in ``source``, wherever it is written.
    ``from app import name`` counts as importing ``app.name``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if "." in node.module:
                found.append((node.lineno, node.module))
            else:
                found.extend((node.lineno, f"{node.module}.{alias.name}") for alias in node.names)
    return sorted(found)


def modules_of(package: str):
    for path in sorted((ROOT / package).rglob("*.py")):
        relative = path.relative_to(ROOT)
        if "migrations" in relative.parts:
            continue
        yield relative, path.read_text(encoding="utf-8")


def violations(*, package: str, allowed: set[str], modules, packages: set[str]) -> list[str]:
    """One line per import of a project package that ``package`` may not import."""
    found = []
    for relative, source in modules:
        for line, module in imports_of(source):
            target = module.split(".")[0]
            if target in packages and target != package and target not in allowed:
                found.append(f"{relative}:{line} imports {module}")
    return found


def private_reaches(*, package: str, modules, apps: set[str]) -> list[str]:
    """One line per import of another app's module outside its public surface."""
    found = []
    for relative, source in modules:
        for line, module in imports_of(source):
            parts = module.split(".")
            reaches_other_app = parts[0] in apps and parts[0] != package
            if reaches_other_app and (len(parts) < 2 or parts[1] not in PUBLIC_MODULES):
                found.append(f"{relative}:{line} imports {module}")
    return found


def _may(allowed: set[str]) -> str:
    return ", ".join(sorted(allowed)) or "no project package"


def test_the_documented_directions_name_every_package():
    directions = documented_directions()
    missing = sorted(project_packages() - set(directions))
    assert not missing, f"add a row for {missing} to the dependency table in docs/architecture.md"
    assert directions["core"] == set(), "core may import no project package"


def test_core_imports_no_project_package():
    packages = project_packages() | {"demo"}
    modules = list(modules_of("core"))
    assert len(modules) >= 5, "the test read no core module"
    found = violations(package="core", allowed=set(), modules=modules, packages=packages)
    assert not found, "core must not import an app:\n" + "\n".join(found)


def test_each_app_imports_only_the_apps_the_architecture_allows():
    directions = documented_directions()
    packages = project_packages() | {"demo"}
    found = []
    checked = 0
    for package in sorted(project_packages() - {"core"}):
        allowed = directions.get(package, set())
        modules = list(modules_of(package))
        checked += len(modules)
        for line in violations(
            package=package, allowed=allowed, modules=modules, packages=packages
        ):
            found.append(f"{line} ({package} may import: {_may(allowed)})")
    assert checked >= 50, "the test read too few modules to mean anything"
    assert not found, "imports against docs/architecture.md:\n" + "\n".join(found)


def test_apps_reach_each_other_only_through_their_public_modules():
    apps = project_packages() - {"core", "config"}
    found = []
    for package in sorted(apps - {DEMO}):
        found += private_reaches(package=package, modules=modules_of(package), apps=apps)
    public = ", ".join(sorted(PUBLIC_MODULES))
    assert not found, f"another app's code is reached only through {public}:\n" + "\n".join(found)


def test_a_reach_into_another_apps_views_is_reported():
    module = (Path("certificates/x.py"), "from exams import views\nfrom exams.signals import s\n")

    found = private_reaches(
        package="certificates", modules=[module], apps={"exams", "certificates"}
    )

    assert found == ["certificates/x.py:1 imports exams.views"]


def test_the_checker_sees_imports_inside_functions():
    source = "import os\n\ndef later():\n    from exams.selectors import exam_for_course\n"

    assert imports_of(source) == [(1, "os"), (4, "exams.selectors")]


def test_a_forbidden_import_is_reported_with_its_module_and_line():
    module = (Path("courses/views.py"), "from core.csv import csv_safe\nfrom exams import models\n")

    found = violations(
        package="courses",
        allowed={"core", "accounts", "content"},
        modules=[module],
        packages={"core", "accounts", "content", "courses", "exams"},
    )

    assert found == ["courses/views.py:2 imports exams.models"]


def test_no_app_imports_demo():
    directions = documented_directions()
    importers = sorted(package for package, allowed in directions.items() if DEMO in allowed)
    assert importers == [], f"only tests may import demo, not {importers}"


def test_demo_data_modules_live_in_demo():
    demo_data = ("demo_*.py", "load_initial_data.py", "generator.py", "generate_*.py")
    apps = project_packages() - {DEMO}
    found = sorted(
        str(path.relative_to(ROOT))
        for app in apps
        for pattern in demo_data
        for path in (ROOT / app).rglob(pattern)
    )
    assert found == [], "demo and benchmark data belong in demo/:\n" + "\n".join(found)
