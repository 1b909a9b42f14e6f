"""Make a folder of N French articles (front matter, mojibake, French prose) for the benchmarks.

python -m benchmarks.generate OUT N [--size BYTES]   (deterministic: same N, same files)
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
TAGS = ["agilité", "product owner", "scrum", "covid", "REX", "Portrait", "produit", "UX", "data", "cloud", "équipe"]


def _paragraphs() -> list[str]:
    paras: list[str] = []
    for p in sorted(SEEDS.iterdir()):
        text = p.read_text("utf-8")
        if text.startswith("---"):
            text = text.split("\n---\n", 1)[-1]
        paras.extend(x.strip() for x in text.split("\n\n") if len(x.strip()) > 40)
    return paras


def _clean(para: str) -> str:
    from app.core.mojibake import repair_text

    return repair_text(para)


def article(rng: random.Random, paras: list[str], clean: list[str], i: int, size: int) -> str:
    title = rng.choice(clean)[:70].replace('"', "'").replace("\n", " ")
    body: list[str] = []
    total = 0
    while total < size:
        # Two in three paragraphs clean, one with its mojibake.
        para = rng.choice(paras) if rng.random() < 0.33 else rng.choice(clean)
        if rng.random() < 0.2:
            para = f"## {para[:50].strip()}"
        body.append(para)
        total += len(para.encode()) + 2
    tags = ", ".join(f'"{t}"' for t in rng.sample(TAGS, rng.randint(1, 4)))
    date = f"20{rng.randint(15, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    draft = "true" if rng.random() < 0.1 else "false"
    description = rng.choice(clean)[:150].replace('"', "'").replace("\n", " ")
    head = (
        f'---\ntitle: "{title}"\ndate: {date}\nauthor: "Équipe {i % 17}"\ntags: [{tags}]\ndraft: {draft}\n'
        f'seo:\n  title: "{title[:58]}"\n  description: "{description}"\n---\n\n'
    )
    return head + "\n\n".join(body) + "\n"


def generate(out: Path, count: int, size: int = 6000, seed: int = 42) -> Path:
    rng = random.Random(seed)
    paras = _paragraphs()
    clean = [_clean(p) for p in paras]
    out.mkdir(parents=True, exist_ok=True)
    per_folder = 500
    for i in range(count):
        folder = out / f"lot-{i // per_folder:03d}"
        folder.mkdir(exist_ok=True)
        (folder / f"article-{i:05d}.md").write_text(article(rng, paras, clean, i, size), "utf-8")
    return out


def big_article(size: int, seed: int = 7) -> str:
    """One article of about `size` bytes."""
    rng = random.Random(seed)
    paras = _paragraphs()
    clean = [_clean(p) for p in paras]
    return article(rng, paras, clean, 0, size)


if __name__ == "__main__":
    target = Path(sys.argv[1])
    n = int(sys.argv[2])
    generate(target, n)
    print(f"{n} articles in {target}")
