"""The wheel: one top-level package, ``spanwatch``, installable and importable outside the repository."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_installs_in_a_clean_venv_with_only_the_spanwatch_package(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", str(dist),
                    str(REPO)], check=True, capture_output=True)
    (wheel,) = dist.glob("spanwatch-*.whl")
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        top_level = {n.split("/")[0] for n in names if not n.split("/")[0].endswith((".dist-info", ".data"))}
        assert top_level == {"spanwatch"}
        info = next(n for n in names if n.endswith(".dist-info/top_level.txt")) if any(
            n.endswith("top_level.txt") for n in names) else None
        if info:
            assert zf.read(info).decode().split() == ["spanwatch"]
        # Package data ships: the default config and rule packs.
        assert "spanwatch/defaults/default.yaml" in names

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(system_site_packages=False, with_pip=False).create(env_dir)
    py = env_dir / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--force-reinstall", "--target",
                    str(tmp_path / "site"), str(wheel)], check=True, capture_output=True)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    # Dependencies come from this environment's site-packages (no network); PYTHONPATH entries are not site
    # directories, so the editable install's path hook pointing at the repo is not active there.
    import sysconfig

    deps = sysconfig.get_paths()["purelib"]
    env = {"PYTHONPATH": f"{tmp_path / 'site'}:{deps}", "PATH": f"{env_dir / 'bin'}:/usr/bin:/bin"}
    code = ("import spanwatch, spanwatch.processors, spanwatch.exporters, spanwatch.receivers.otlp;"
            "import importlib.util as u;"
            f"assert spanwatch.__file__.startswith({str(tmp_path / 'site')!r}), spanwatch.__file__;"
            "assert u.find_spec('processors') is None and u.find_spec('sidecar') is None;"
            "from spanwatch.config import load_config; load_config(env={});"
            "print('ok')")
    out = subprocess.run([str(py), "-c", code], cwd=outside, env=env, capture_output=True, text=True,
                         check=False)
    assert out.returncode == 0, out.stderr
    version = subprocess.run([str(py), "-m", "spanwatch", "--version"], cwd=outside, env=env, capture_output=True,
                             text=True, check=False)
    assert version.returncode == 0, version.stderr
    assert version.stdout.startswith("spanwatch ")
