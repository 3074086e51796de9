"""The README's two opening commands stay true, and CI runs exactly its test command."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("```", 2)[1]
    return [line for line in block.splitlines() if line.strip()]


def test_readme_opens_with_the_two_commands():
    start, test = readme_commands()
    assert start.endswith("hrdesk --demo") and start.startswith("pip install")
    assert "pytest" in test and "[test]" in test


def test_ci_runs_exactly_the_readme_test_command():
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert readme_commands()[1] in ci_lines


def test_the_readme_links_only_inside_the_repository():
    import re

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)#]+)", text) + re.findall(r"`((?:\.\./|docs/)[^`]+\.md)`", text)
    outside = [t for t in targets if not t.startswith("http") and not (ROOT / t).exists()]
    assert outside == [] and "../shared" not in text


def test_the_public_interfaces_in_docs_match_the_teams_copy():
    """docs/interfaces.md is the interface contract as the team wrote it, kept in step."""
    shared = ROOT.parent / "shared" / "docs"
    for name in ("interfaces.md", "domain-cn.md"):
        ours = (ROOT / "docs" / name).read_text(encoding="utf-8")
        if (shared / name).exists():  # beside every checkout the team and CI make
            assert ours == (shared / name).read_text(encoding="utf-8"), f"copy {name} again"
