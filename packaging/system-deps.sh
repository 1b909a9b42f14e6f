#!/usr/bin/env bash
# Installs the system libraries Qt 6 needs (xcb, EGL, fonts) and the tools the tests use
# (hunspell-fr for the spelling benchmark comparison), and Grammalecte, the French grammar checker (pure
# Python, GPL-3.0; not on PyPI: packaging/link-grammalecte.sh exposes it to the venv). Does nothing if they are present or we are not root.
set -u
need=()
for pkg in libegl1 libgl1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 \
           libxcb-shape0 libxcb-xinerama0 libfontconfig1 libdbus-1-3 fonts-dejavu-core python3-grammalecte; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need+=("$pkg")
done
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "note: missing system packages (${need[*]}); install them if Qt fails to start" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null && apt-get install -y -qq "${need[@]}" >/dev/null || echo "warning: apt-get could not install ${need[*]}" >&2
exit 0
