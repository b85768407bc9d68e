"""config.py: one configuration, found like ruff finds its own, errors with file, exact line and nearest key."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcheck.config import find, load
from factcheck.knowledge import KnowledgeError


@pytest.fixture
def repo(tmp_path, monkeypatch):
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    (tmp_path / "repo" / "a" / "b").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "repo" / "a" / "b")
    return tmp_path / "repo"


def test_found_walking_up_to_the_repository_root_and_not_beyond(repo):
    (repo.parent / "factcheck.toml").write_text('ledger = "outside.toml"\n', encoding="utf-8")
    assert find() is None  # above the repository root: not ours
    cfg = load()
    assert cfg.source is None and Path(cfg.root) == repo.resolve() and cfg.ledger_path().resolve() == repo.resolve() / "claims.toml"
    (repo / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert find() is None  # a pyproject.toml without [tool.factcheck] does not count
    (repo / "a" / "pyproject.toml").write_text('[tool.factcheck]\nledger = "r/claims.toml"\ninclude = ["src"]\n',
                                               encoding="utf-8")
    cfg = load()
    assert cfg.source.endswith(os.path.join("a", "pyproject.toml"))
    assert cfg.ledger_path().resolve() == (repo / "a" / "r" / "claims.toml").resolve()
    assert [Path(p).resolve() for p in cfg.include_paths()] == [(repo / "a" / "src").resolve()]
    (repo / "a" / "b" / "factcheck.toml").write_text('fail-on = ["conflict"]\n', encoding="utf-8")
    assert load().fail_on == ("conflict",) and load().ledger_path() == Path("claims.toml")


def test_both_spellings_and_explicit_files(repo):
    (repo / "x.toml").write_text('fail-on = ["none"]\noutput-format = "github"\nexclude = ["drafts/*"]\n',
                                 encoding="utf-8")
    cfg = load(repo / "x.toml")
    assert cfg.fail_on == () and cfg.output_format == "github" and cfg.exclude == ("drafts/*",)
    with pytest.raises(KnowledgeError, match="nope.toml: configuration file not found"):
        load(repo / "nope.toml")


@pytest.mark.parametrize("text, message", [
    ('[tool.other]\nrounding = 5\n\n[tool.factcheck]\nrounding = 2\n', "pyproject.toml:5: `rounding` must be"),
    ('[tool.ruff]\nfail_on = 1\n[tool.factcheck]\nfail_on = ["conflct"]\n',
     "pyproject.toml:4: unknown verdict 'conflct' in fail_on; did you mean 'conflict'?"),
    ('[tool.factcheck]\nfailon = ["conflict"]\n', "pyproject.toml:2: unknown key 'failon'; did you mean 'fail_on'?"),
    ('[tool.factcheck]\nfail_on = ["conflict"]\nfail-on = ["rounding"]\n', "pyproject.toml:3: 'fail-on' given twice"),
    ('[tool.factcheck]\nzzz = 1\n', "pyproject.toml:2: unknown key 'zzz' (known: include, exclude"),
])
def test_errors_name_the_file_the_exact_line_and_the_nearest_key(repo, text, message):
    (repo / "pyproject.toml").write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError) as exc:
        load()
    assert message in str(exc.value)
