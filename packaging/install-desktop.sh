#!/usr/bin/env bash
# Adds Relecture to the current user's application menu (Linux): the .desktop file, the icons, and a
# `relecture` command in ~/.local/bin pointing at the built bundle.  Nothing outside $HOME is touched.
#   packaging/install-desktop.sh [BUNDLE_EXECUTABLE]   (default: dist/relecture/relecture, else dist/relecture)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
exe="${1:-}"
if [ -z "$exe" ]; then
  if [ -x "$root/dist/relecture/relecture" ]; then exe="$root/dist/relecture/relecture"
  elif [ -f "$root/dist/relecture" ] && [ -x "$root/dist/relecture" ]; then exe="$root/dist/relecture"
  else echo "install-desktop: no bundle in dist/; run 'make package' first" >&2; exit 1; fi
fi
exe="$(cd "$(dirname "$exe")" && pwd)/$(basename "$exe")"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$HOME/.local/bin" "$data/applications"
ln -sfn "$exe" "$HOME/.local/bin/relecture"
for png in "$root"/resources/icons/relecture-*.png; do
  size="$(basename "$png" .png)"; size="${size#relecture-}"
  mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$data/icons/hicolor/${size}x${size}/apps/relecture.png"
done
mkdir -p "$data/icons/hicolor/scalable/apps"
cp "$root/resources/icons/relecture.svg" "$data/icons/hicolor/scalable/apps/relecture.svg"
# Absolute Exec path: the menu entry works even when ~/.local/bin is not on the session's PATH.
sed -e "s#^Exec=relecture#Exec=$exe#" -e "s#^TryExec=relecture#TryExec=$exe#" \
  "$root/resources/relecture.desktop" > "$data/applications/relecture.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
echo "installed: $data/applications/relecture.desktop -> $exe"
