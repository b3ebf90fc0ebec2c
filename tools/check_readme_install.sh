#!/usr/bin/env bash
# The README's install blocks, run as a student would, in a fresh clone of this repository (CI runs this: .ci/run).
#   1. macOS and Linux: the block between LINUX INSTALL markers, its last line (which opens JupyterLab) replaced by a
#      check that JupyterLab and framing are installed;
#   2. a school JupyterHub, simulated: a hub whose JupyterLab is another version than the course's; the student's
#      one-time kernel install (the block between HUB KERNEL markers) with `pip install --user` into a Python of its
#      own; then lesson 01 run by the hub's server on that kernel.
# Nothing outside a temporary folder is touched: the user's site-packages and Jupyter folders are redirected there.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
# The interpreter itself, not a virtual environment's copy (CI runs this inside one; pip --user refuses there).
PYTHON="$("$PYTHON" -c 'import os, sys; print(os.path.realpath(os.path.join(sys.base_prefix, "bin", "python3")))')"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
bounded() { local seconds=$1; shift; timeout --kill-after=30 "$seconds" "$@"; }
readme_block() {  # the ```bash block between <!-- $1 START --> and <!-- $1 END --> of README.md
    "$PYTHON" - "$1" <<'PY'
import pathlib, re, sys
readme = pathlib.Path("README.md").read_text(encoding="utf-8")
start, end = f"<!-- {sys.argv[1]} START -->", f"<!-- {sys.argv[1]} END -->"
if start not in readme or end not in readme:
    sys.exit(f"README.md has no {start} ... {end} block")
print("\n".join(re.findall(r"^```bash\n(.*?)^```", readme.split(start, 1)[1].split(end, 1)[0], re.M | re.S)))
PY
}
python_dir="$(dirname "$(command -v "$PYTHON")")"
git clone -q . "$work/course"

echo "== README, macOS and Linux: install into a fresh clone"
linux=$(readme_block "LINUX INSTALL")
echo "$linux"
checked=$(printf '%s\n' "$linux" | sed -E 's/^jupyter lab .*/jupyter lab --version \&\& python -c "import framing; print(framing.__file__)"/')
(cd "$work/course" && PATH="$python_dir:$PATH" bounded 1500 bash -euo pipefail -c "$checked")

echo "== README, a school JupyterHub (simulated)"
"$PYTHON" -m venv "$work/hub"
bounded 900 "$work/hub/bin/python" -m pip install --quiet "jupyterlab==4.5.*" nbconvert
hub_lab=$("$work/hub/bin/python" -c "import jupyterlab; print(jupyterlab.__version__)")
course_lab=$(grep -E '^jupyterlab==' requirements.txt | cut -d= -f3)
[ "$hub_lab" != "$course_lab" ] || { echo "the simulated hub must run another JupyterLab than $course_lab" >&2; exit 1; }
export PYTHONUSERBASE="$work/user" JUPYTER_DATA_DIR="$work/jupyter-data"
hub=$(readme_block "HUB KERNEL" | sed -E 's#^cd same-story-five-frames$#cd "$COURSE"#')
echo "$hub"
mkdir -p "$work/home"
COURSE="$work/course" HOME="$work/home" PATH="$python_dir:$PATH" bounded 1500 bash -euo pipefail -c "$hub"
if "$PYTHON" -c "import site, jupyterlab, sys; sys.exit(0 if jupyterlab.__file__.startswith(site.getuserbase()) else 1)" 2>/dev/null; then
    echo "the kernel install put JupyterLab into the student's packages: it must leave the hub's own alone" >&2
    exit 1
fi
"$work/hub/bin/jupyter" kernelspec list
(cd "$work/course" && bounded 600 "$work/hub/bin/jupyter" nbconvert --to notebook --execute \
    --ExecutePreprocessor.timeout=300 --output-dir "$work/out" notebooks/01-meet-the-articles.ipynb)
if grep -q '"output_type": "error"' "$work/out/01-meet-the-articles.ipynb"; then
    echo "lesson 01 failed on the hub's kernel" >&2
    exit 1
fi
echo "README install blocks: the Linux block installs the course; on the simulated hub (JupyterLab $hub_lab) lesson 01 ran on the course's kernel"
