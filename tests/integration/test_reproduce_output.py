"""What `assb reproduce` shows a user: progress on stdout, nothing else on stderr."""

import re
import subprocess
import sys


def test_reproduce_sakka2022_writes_no_paths_or_warnings_to_stderr(tmp_path):
    run = subprocess.run(
        [sys.executable, "-m", "assb_models.cli", "reproduce", "sakka2022"]
        + ["--out", str(tmp_path / "report")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "report" / "sakka2022.json").exists()
    # Python's warning lines ("UserWarning: ...") never reach the user; the CLI's own
    # one-line "warning: ..." may
    assert "Warning" not in run.stderr, run.stderr
    # no source paths of the package or of Python's libraries
    assert not re.search(r"(/|\\)[\w.-]+\.py\b|site-packages", run.stderr), run.stderr
