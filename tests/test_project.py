"""Standing promises of the project: environment.yml lists pyproject's dependencies, notebooks are committed
without outputs and with a parameters cell, the README opens with the two set-up commands."""

from __future__ import annotations

import json
import re
import tomllib

import yaml
from conftest import ROOT


def _names(specs: list[str]) -> dict[str, str]:
    out = {}
    for spec in specs:
        m = re.match(r"^\s*([A-Za-z0-9_.\-]+)\s*(.*)$", spec)
        out[m.group(1).lower().replace("_", "-")] = m.group(2).replace(" ", "")
    return out


def test_environment_yml_lists_the_same_dependencies_as_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = _names(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        wanted.update(_names(extra))
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    conda = _names([d for d in env["dependencies"] if isinstance(d, str) and d not in ("pip",)])
    conda.pop("python", None)
    assert conda == wanted, "environment.yml and pyproject.toml list different dependencies or versions"


def test_lock_file_pins_every_runtime_dependency():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    lock = (ROOT / "requirements.lock").read_text().lower().replace("_", "-")
    for name in _names(project["dependencies"] + project["optional-dependencies"]["test"]):
        assert re.search(rf"^{re.escape(name)}==", lock, re.MULTILINE), f"{name} is not pinned in requirements.lock"


def test_notebooks_have_parameters_and_no_outputs():
    notebooks = sorted((ROOT / "notebooks").glob("*.ipynb"))
    assert notebooks
    for nb_path in notebooks:
        nb = json.loads(nb_path.read_text(encoding="utf-8"))
        code = [c for c in nb["cells"] if c["cell_type"] == "code"]
        assert any("parameters" in c.get("metadata", {}).get("tags", []) for c in code), nb_path.name
        assert all(not c.get("outputs") and c.get("execution_count") is None for c in code), nb_path.name


def test_readme_opens_with_the_two_commands():
    head = (ROOT / "README.md").read_text(encoding="utf-8")[:1500]
    assert "make reports" in head and "make test" in head


def test_codebook_copy_keeps_every_shared_indicator():
    shared = ROOT.parent / "shared" / "codebook.yaml"
    if not shared.exists():
        return
    theirs = yaml.safe_load(shared.read_text(encoding="utf-8"))
    ours = yaml.safe_load((ROOT / "src" / "analysis" / "codebook.yaml").read_text(encoding="utf-8"))
    for section in ("dimensions", "indicators"):
        for name, spec in theirs[section].items():
            assert ours[section].get(name) == spec, f"{section}.{name} was renamed or changed"
