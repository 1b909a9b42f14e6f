"""Property tests: lossless load→save, mojibake repair that stays in its spans, front-matter edits in place, and a
fuzz run of `relecture check` on random bytes."""

from __future__ import annotations

import codecs
import json
import random
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core import article, frontmatter, textio
from app.core.mojibake import find_mojibake, repair_text

ROOT = Path(__file__).resolve().parents[1]
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

WORDS = ["été", "à", "l’école", "garçon", "Noël", "œuvre", "déjà", "où", "ça", "coûte", "Éric", "naïf", "hôtel",
         "crème", "brûlée", "français", "aujourd’hui", "l'été", "Straße", "🙂", "👍🏽", "€", "…", "—"]  # fmt: skip
PUNCT = [" ", " ", " ", ", ", ". ", " : ", " ; ", " ! ", " ? ", " « ", " » ", "\u00a0", "\u202f", " – "]


@st.composite
def prose(draw: st.DrawFn, max_words: int = 30) -> str:
    n = draw(st.integers(0, max_words))
    parts = []
    for _ in range(n):
        parts.append(draw(st.sampled_from(WORDS)))
        parts.append(draw(st.sampled_from(PUNCT)))
    return "".join(parts).strip()


def mojibake_of(s: str) -> str:
    """What a UTF-8 text looks like after a wrong Windows-1252 decoding (bytes cp1252 lacks are dropped)."""
    return s.encode("utf-8").decode("cp1252", errors="ignore")


@st.composite
def front_matter(draw: st.DrawFn) -> str:
    style = draw(st.sampled_from(["none", "yaml", "yaml-quoted", "yaml-list", "toml", "json"]))
    title = draw(prose(6)).replace('"', "").replace("\\", "") or "Titre"
    if style == "none":
        return ""
    if style == "yaml":
        return f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\ndraft: false\n---\n"
    if style == "yaml-quoted":
        return f"---\ntitle: '{title.replace(chr(39), chr(39) * 2)}'\ndate: 2024-06-01\n---\n"
    if style == "yaml-list":
        return f"---\ntitle: x\ntags:\n  - été\n  - {json.dumps(title, ensure_ascii=False)}\n---\n"
    if style == "toml":
        return f'+++\ntitle = {json.dumps(title, ensure_ascii=False)}\ndraft = true\n+++\n'
    return "{\n" + f'  "title": {json.dumps(title, ensure_ascii=False)}' + "\n}\n"


@st.composite
def documents(draw: st.DrawFn) -> bytes:
    fm = draw(front_matter())
    paragraphs = draw(st.lists(prose(), min_size=0, max_size=5))
    body = "\n\n".join(paragraphs)
    if draw(st.booleans()) and body:
        body = mojibake_of(body[: len(body) // 2]) + body[len(body) // 2 :]
    text = fm + body + draw(st.sampled_from(["", "\n"]))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    if newline != "\n":
        text = text.replace("\n", newline)
    data = text.encode("utf-8")
    if draw(st.booleans()):
        data = codecs.BOM_UTF8 + data
    return data


@FAST
@given(data=documents())
def test_load_save_is_byte_identical(tmp_path_factory, data: bytes) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("prop") / "article.md"
    path.write_bytes(data)
    art = article.load(path)
    assert art.data == data
    # Through the editor: \n text back to the file's newline style, unchanged.
    editor_text = textio.to_lf(art.text)
    article.save(art, textio.restore_newlines(editor_text, art.text, art.newline))
    assert path.read_bytes() == data


@st.composite
def text_with_mojibake(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    """Clean prose with a few corrupted pieces; returns the text and where the corrupted pieces are."""
    pieces = draw(st.lists(st.tuples(prose(8), st.booleans()), min_size=1, max_size=6))
    text = ""
    regions = []
    for piece, corrupt in pieces:
        chunk = mojibake_of(piece) if corrupt else piece
        if corrupt and chunk != piece:
            regions.append((len(text), len(text) + len(chunk)))
        text += chunk + "\n"
    return text, regions


@FAST
@given(sample=text_with_mojibake())
def test_mojibake_repair_is_idempotent_and_stays_in_flagged_spans(sample: tuple[str, list[tuple[int, int]]]) -> None:
    text, regions = sample
    findings = [f for f in find_mojibake(text) if f.kind == "mojibake"]
    repaired = repair_text(text)
    assert repair_text(repaired) == repaired
    # Outside the flagged spans the text is untouched, piece by piece.
    pos = 0
    out = 0
    for f in sorted(findings, key=lambda f: f.start):
        outside = text[pos : f.start]
        assert repaired[out : out + len(outside)] == outside
        out += len(outside)
        assert repaired[out : out + len(f.replacement or "")] == f.replacement
        out += len(f.replacement or "")
        pos = f.end
    assert repaired[out:] == text[pos:]
    # And nothing is flagged in clean text: every flagged span lies inside a corrupted piece.
    for f in findings:
        assert any(a <= f.start and f.end <= b for a, b in regions), (f, regions, text)


KEYS = ["title", "author", "slug", "lang", "category", "summary"]


@st.composite
def yaml_document(draw: st.DrawFn) -> tuple[str, str, str]:
    n = draw(st.integers(2, len(KEYS)))
    keys = KEYS[:n]
    lines = []
    for k in keys:
        value = draw(prose(5)) or "x"
        style = draw(st.sampled_from(["plain", "double", "single"]))
        if style == "double" or not value[0].isalpha() or ":" in value or "#" in value:
            lines.append(f"{k}: {json.dumps(value, ensure_ascii=False)}")
        elif style == "single":
            lines.append(f"{k}: '{value.replace(chr(39), chr(39) * 2)}'")
        else:
            lines.append(f"{k}: {value}")
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    text = newline.join(["---", *lines, "---", "", draw(prose()), ""])
    key = draw(st.sampled_from(keys))
    new_value = draw(prose(5)) or "nouveau"
    return text, key, new_value


@FAST
@given(sample=yaml_document())
def test_front_matter_edit_changes_only_that_keys_line(sample: tuple[str, str, str]) -> None:
    text, key, value = sample
    edited = frontmatter.set_values(text, {key: value})
    assert frontmatter.parse(edited).data[key] == value  # type: ignore[index]
    before, after = text.splitlines(keepends=True), edited.splitlines(keepends=True)
    assert len(before) == len(after)
    changed = [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
    assert all(before[i].startswith(f"{key}:") for i in changed), (text, edited)
    assert len(changed) <= 1


def _random_file(rng: random.Random) -> bytes:
    kind = rng.randrange(6)
    raw = rng.randbytes(rng.randrange(0, 3000))
    if kind == 0:
        return raw
    if kind == 1:
        return rng.choice([codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE]) + raw
    if kind == 2:
        return b"---\n" + raw[:200] + b"\n---\n" + raw[200:]
    if kind == 3:
        text = "".join(rng.choice("éà€«» \n\r\t:-#*[]{}'\"!?🙂ÃƒÂ©") for _ in range(rng.randrange(0, 800)))
        return ("---\n" + text).encode("utf-8", errors="surrogatepass")
    if kind == 4:
        # Valid UTF-8 text cut at a random byte (a broken multi-byte sequence at the end).
        text = " ".join(rng.choice(WORDS) for _ in range(200)).encode()
        return text[: rng.randrange(1, len(text))]
    return b"+++\n" + raw[:300] + b"\n+++\n" + bytes(rng.randrange(32, 127) for _ in range(500))


def test_fuzz_check_on_random_bytes_never_prints_a_traceback(tmp_path: Path) -> None:
    rng = random.Random(6)
    folder = tmp_path / "fuzz"
    folder.mkdir()
    for i in range(40):
        (folder / f"f{i:02d}.md").write_bytes(_random_file(rng))
    proc = subprocess.run([sys.executable, "-m", "app", "check", "--format", "json", str(folder)],
                          capture_output=True, text=True, cwd=ROOT)  # fmt: skip
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    assert proc.returncode in (0, 1, 2), proc.stderr
    report = json.loads(proc.stdout)
    assert len(report["files"]) == 40
    errors = [e for e in report["files"] if e["error"]]
    assert (proc.returncode == 2) == bool(errors)
    if errors:
        assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    for entry in report["files"]:
        assert entry["error"] is None or entry["findings"] == []
    proc = subprocess.run([sys.executable, "-m", "app", "check", "--format", "text", "--only",
                           "mojibake,frontmatter,typography", str(folder)],
                          capture_output=True, text=True, cwd=ROOT)  # fmt: skip
    assert "Traceback" not in proc.stderr and proc.returncode in (0, 1, 2), proc.stderr[-3000:]
