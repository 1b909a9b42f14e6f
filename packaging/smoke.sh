#!/usr/bin/env bash
# Smoke test of a built bundle: the GUI's --smoke run, `check` and `fix` through the frozen executable,
# with no network (when a network namespace can be made), a throw-away user data dir, and a check that
# nothing was written inside the bundle.  Fails loudly on the first problem.
#   packaging/smoke.sh [EXECUTABLE]   (default: dist/relecture/relecture, else the one-file dist/relecture)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

fail() { echo "SMOKE FAILED: $*" >&2; exit 1; }
step() { echo "--- $*"; }

exe="${1:-}"
if [ -z "$exe" ]; then
  if [ -d dist/relecture ]; then exe=dist/relecture/relecture; else exe=dist/relecture; fi
fi
[ -f "$exe" ] && [ -x "$exe" ] || fail "no executable at $exe (run 'make package' first)"
exe="$(cd "$(dirname "$exe")" && pwd)/$(basename "$exe")"
if [ -d "$(dirname "$exe")/_internal" ]; then
  bundle="$(dirname "$exe")"   # one folder
else
  bundle="$exe"                # one file
fi
py="$root/.venv/bin/python"; [ -x "$py" ] || py=python3

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export RELECTURE_DATA_DIR="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache"
export QT_QPA_PLATFORM=offscreen
mkdir -p "$tmp/articles"
cp seeds/* "$tmp/articles/"
seed_bad="$tmp/articles/000_3707fc633bf3519f.txt"   # heavy mojibake
seed_ok="$tmp/articles/003_3d825cb3911fbed3.txt"    # clean encoding, spelling and typography findings
n_seeds="$(find seeds -maxdepth 1 -type f | wc -l)"

# No network: run everything in an empty network namespace when the kernel allows it.
net=()
if unshare -rn true 2>/dev/null; then net=(unshare -rn); echo "(running without network: unshare -rn)"
else echo "(note: cannot drop the network here; running with it)"; fi
run() { "${net[@]}" "$exe" "$@"; }

find "$bundle" -print0 | sort -z | xargs -0 sha256sum 2>/dev/null > "$tmp/before.sha" || true
find "$bundle" | sort > "$tmp/before.list"

step "version"
run --version | tee "$tmp/version.txt"
grep -q "^relecture [0-9]" "$tmp/version.txt" || fail "--version printed $(cat "$tmp/version.txt")"

step "--smoke (offscreen): samples copied to the user data dir, rendered, checked"
set +e
run --smoke > "$tmp/smoke.out" 2> "$tmp/smoke.err"
rc=$?
set -e
cat "$tmp/smoke.out"
[ $rc -eq 0 ] || { cat "$tmp/smoke.err" >&2; fail "--smoke exited $rc"; }
! grep -qE "Traceback|Could not load the Qt platform plugin|Failed to execute script" "$tmp/smoke.err" \
  || { cat "$tmp/smoke.err" >&2; fail "--smoke wrote an error on stderr"; }
"$py" - "$tmp/smoke.out" "$n_seeds" <<'EOF' || fail "--smoke output is not the expected JSON line"
import json, sys
lines = [l for l in open(sys.argv[1], encoding="utf-8").read().splitlines() if l.strip()]
assert len(lines) == 1, lines
out = json.loads(lines[0])
for key in ("startup_ms", "list_ms", "first_render_ms", "checks_ms", "articles"):
    assert key in out, key
assert out["articles"] == int(sys.argv[2]), out
EOF
[ "$(find "$RELECTURE_DATA_DIR/exemples" -type f | wc -l)" -eq "$n_seeds" ] || fail "samples not copied to $RELECTURE_DATA_DIR/exemples"

step "check (text) on a clean sample: exit 1 with findings"
set +e
run check "$seed_ok" > "$tmp/check.txt" 2> "$tmp/check.err"; rc=$?
set -e
tail -n 1 "$tmp/check.txt"
[ $rc -eq 1 ] || { cat "$tmp/check.err" >&2; fail "check exited $rc, expected 1"; }

step "check --format json: spelling findings with suggestions (lexicon + pyspellchecker data present)"
set +e
run check --format json "$seed_ok" > "$tmp/check.json" 2> "$tmp/check.err"; rc=$?
set -e
[ $rc -eq 1 ] || { cat "$tmp/check.err" >&2; fail "check --format json exited $rc"; }
"$py" - "$tmp/check.json" <<'EOF' || fail "check JSON is wrong"
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
assert d["version"] == 1 and d["summary"]["files"] == 1, d["summary"]
f = d["files"][0]
assert f["error"] is None and f["encoding"], f
spelling = [x for x in f["findings"] if x["kind"] == "spelling"]
assert spelling, "no spelling finding: the lexicon did not load"
assert any(x["suggestions"] for x in spelling), "no suggestion: pyspellchecker's fr data is missing"
print(f"{len(f['findings'])} findings, {len(spelling)} spelling, e.g. {spelling[0]['text']!r} -> {spelling[0]['suggestions'][:3]}")
EOF

step "check --only grammar: Grammalecte inside the bundle finds a grammar error"
printf -- '---\ntitle: "Essai"\n---\n\nIls mange une pomme dans le jardin.\n' > "$tmp/grammar.md"
set +e
run check --only grammar --format json "$tmp/grammar.md" > "$tmp/grammar.json" 2> "$tmp/grammar.err"; rc=$?
set -e
[ $rc -eq 1 ] || { cat "$tmp/grammar.err" >&2; fail "check --only grammar exited $rc, expected 1"; }
[ ! -s "$tmp/grammar.err" ] || { cat "$tmp/grammar.err" >&2; fail "check --only grammar wrote on stderr (no Grammalecte in the bundle?)"; }
"$py" - "$tmp/grammar.json" <<'EOF' || fail "no grammar finding from the bundle"
import json, sys
found = json.load(open(sys.argv[1], encoding="utf-8"))["files"][0]["findings"]
hits = [x for x in found if x["kind"] == "grammar" and x["text"] == "mange" and x["suggestions"][:1] == ["mangent"]]
assert hits and hits[0]["rule"], found
print(f"grammar: {hits[0]['text']!r} -> {hits[0]['suggestions']} ({hits[0]['rule']})")
EOF

step "check --only mojibake on a damaged sample: exit 1"
set +e
run check --only mojibake --format json "$seed_bad" > "$tmp/moji.json"; rc=$?
set -e
[ $rc -eq 1 ] || fail "check --only mojibake exited $rc, expected 1"

step "fix --stdout: repaired text on stdout, file untouched"
before="$(sha256sum "$seed_bad" | cut -d' ' -f1)"
set +e
run fix --stdout "$seed_bad" > "$tmp/fixed.txt"; rc=$?
set -e
[ $rc -eq 0 ] || fail "fix --stdout exited $rc"
[ "$(sha256sum "$seed_bad" | cut -d' ' -f1)" = "$before" ] || fail "fix --stdout modified the file"
[ -s "$tmp/fixed.txt" ] || fail "fix --stdout printed nothing"
cmp -s "$tmp/fixed.txt" "$seed_bad" && fail "fix --stdout repaired nothing"
# Residues may remain (never auto-fixed), but no plain mojibake finding should.
set +e
run check --only mojibake --format json "$tmp/fixed.txt" > "$tmp/fixed.json"
set -e
"$py" -c 'import json,sys; k=json.load(open(sys.argv[1]))["summary"]["findings"]; assert not k.get("mojibake"), k' \
  "$tmp/fixed.json" || fail "fix --stdout output still has mojibake"
run fix --stdout "$seed_ok" | cmp -s - "$seed_ok" || fail "fix --stdout changed a clean file"

step "fix in place (atomic write into the user's folder)"
run fix "$seed_bad"
cmp -s "$tmp/fixed.txt" "$seed_bad" || fail "fix in place differs from fix --stdout"

step "set: front matter written with ruamel.yaml"
cp "$seed_ok" "$tmp/set.md"
run set "$tmp/set.md" "title=Essai d'été" "tags=[produit, agile]" || fail "set exited $?"
head -n 1 "$tmp/set.md" | grep -qx -- "---" || fail "set did not add a YAML block"
grep -q "Essai d'été" "$tmp/set.md" && grep -q "agile" "$tmp/set.md" || fail "set did not write the values"
tail -n +2 "$tmp/set.md" | cmp -s - "$seed_ok" && fail "set changed nothing"

step "usage error: exit 2, one line, no traceback"
set +e
run check "$tmp/does-not-exist.md" > /dev/null 2> "$tmp/err.txt"; rc=$?
set -e
[ $rc -eq 2 ] || fail "missing file: exit $rc, expected 2"
[ "$(wc -l < "$tmp/err.txt")" -eq 1 ] && ! grep -q Traceback "$tmp/err.txt" || fail "error output: $(cat "$tmp/err.txt")"

if command -v xvfb-run >/dev/null; then
  step "--smoke on X11 (xcb plugin, under xvfb-run)"
  QT_QPA_PLATFORM=xcb xvfb-run -a "${net[@]}" "$exe" --smoke > "$tmp/xcb.out" 2> "$tmp/xcb.err" \
    || { cat "$tmp/xcb.err" >&2; fail "--smoke under X11 failed"; }
  cat "$tmp/xcb.out"
else
  echo "(xvfb-run not found: X11 run skipped)"
fi

if command -v strace >/dev/null && strace -f -qq -e trace=socket -o /dev/null true 2>/dev/null; then
  step "no network socket opened (strace: --smoke and check)"
  strace -f -qq -e trace=socket -o "$tmp/strace.smoke" "$exe" --smoke > /dev/null 2>&1 || fail "--smoke under strace"
  set +e
  strace -f -qq -e trace=socket -o "$tmp/strace.check" "$exe" check "$seed_ok" > /dev/null 2>&1
  set -e
  if grep -hE "AF_INET|AF_INET6|AF_PACKET|AF_NETLINK" "$tmp"/strace.*; then fail "the app opened a network socket"; fi
else
  echo "(strace not usable here: socket check skipped)"
fi

step "nothing written inside the bundle"
find "$bundle" | sort > "$tmp/after.list"
diff "$tmp/before.list" "$tmp/after.list" || fail "files appeared or vanished inside $bundle"
find "$bundle" -print0 | sort -z | xargs -0 sha256sum 2>/dev/null > "$tmp/after.sha" || true
cmp -s "$tmp/before.sha" "$tmp/after.sha" || fail "a file inside $bundle changed"

step "size budget"
size="$(du -sm "$bundle" | cut -f1)"
if [ -d "$bundle" ]; then budget="${RELECTURE_MAX_MB:-130}"; else budget="${RELECTURE_MAX_MB:-60}"; fi
[ "$size" -le "$budget" ] || fail "$bundle is $size MB, over the $budget MB budget"

echo "SMOKE OK: $exe ($size MB, budget $budget MB)"
