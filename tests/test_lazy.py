"""Packages that load their operations when first asked for (lazy_loader.attach): every public name
is there to be found, none is shadowed by a module of the same name, and touching one module
of such a package loads none of the others."""

import importlib
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import hrdesk

SOURCE = Path(hrdesk.__file__).parent
LAZY_PACKAGES = sorted(
    ".".join(("hrdesk", *init.parent.relative_to(SOURCE).parts))
    for init in SOURCE.rglob("__init__.py")
    if "lazy_loader.attach(" in init.read_text(encoding="utf-8")
)


def test_the_start_path_packages_are_lazy():
    for name in ("payroll", "receivables", "letters", "reports", "separations"):
        assert f"hrdesk.services.{name}" in LAZY_PACKAGES


@pytest.mark.parametrize("name", LAZY_PACKAGES)
def test_every_public_name_is_found(name):
    package = importlib.import_module(name)
    for public in package.__all__:
        assert getattr(package, public) is not None, public
    with pytest.raises(AttributeError):
        package.no_such_operation  # noqa: B018


@pytest.mark.parametrize("name", LAZY_PACKAGES)
def test_no_public_name_is_also_a_module_of_the_package(name):
    """Importing such a module would put the module where callers expect the operation."""
    package = importlib.import_module(name)
    modules = {module.name for module in pkgutil.iter_modules(package.__path__)}
    assert set(package.__all__) & modules == set()


def test_one_module_of_a_package_loads_none_of_its_siblings():
    script = (
        "import json, sys; import hrdesk.services.payroll.home; "
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('hrdesk.services.payroll.'))))"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert json.loads(result.stdout) == [
        "hrdesk.services.payroll.home",
        "hrdesk.services.payroll.months",
    ], result.stderr
