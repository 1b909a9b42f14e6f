#!/usr/bin/env bash
# Makes Debian's python3-grammalecte (installed by system-deps.sh) importable from the project's venv.
# Grammalecte is not on PyPI; Debian ships it as pure Python under /usr/lib/python3/dist-packages.  Only the
# grammalecte package is exposed (a symlink in a folder of its own, named by a .pth file), never the rest
# of Debian's dist-packages, so the venv's own libraries are the only ones it sees.
#   packaging/link-grammalecte.sh VENV
set -u
venv="${1:-.venv}"
py="$venv/bin/python"
[ -x "$py" ] || exit 0
site="$("$py" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
link_dir="$venv/system-grammalecte"
pth="$site/relecture-grammalecte.pth"
src=""
if command -v dpkg >/dev/null 2>&1; then
  src="$(dpkg -L python3-grammalecte 2>/dev/null | grep -E '/grammalecte$' | head -n 1)"
fi
if [ -z "$src" ] || [ ! -f "$src/__init__.py" ]; then
  rm -f "$pth"; rm -rf "$link_dir"
  echo "note: python3-grammalecte is not installed: grammar checking is unavailable (as root: apt-get install python3-grammalecte)" >&2
  exit 0
fi
mkdir -p "$link_dir"
ln -sfn "$src" "$link_dir/grammalecte"
echo "$(cd "$link_dir" && pwd)" > "$pth"
"$py" -c 'import grammalecte' 2>/dev/null || echo "warning: grammalecte at $src does not import with $py" >&2
exit 0
