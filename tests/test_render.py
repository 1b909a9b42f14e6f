"""The preview HTML: complete Markdown, the front matter as a card, nothing live."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core import render
from tests.conftest import SEED_NAMES, SEEDS


def test_markdown_extensions_render() -> None:
    html = render.render_body("| a | b |\n|---|---|\n| 1 | 2 |\n\n```python\nx = 1\n```\n\nNote[^1].\n\n[^1]: Pied.\n")
    assert "<table>" in html and "<td>1</td>" in html
    assert "<code" in html and "x = 1" in html
    assert "footnote" in html


def test_front_matter_is_a_card_not_a_paragraph() -> None:
    text = '---\ntitle: "Mon titre"\ntags: ["a", "b"]\ndraft: false\nseo:\n  title: "SEO"\n---\n\nCorps.\n'
    html = render.render(text)
    assert "<h1>Mon titre</h1>" in html
    assert "seo.title" in html and "SEO" in html
    assert "title: &quot;" not in html and "---" not in html.split("<body>")[1]


def test_scripts_frames_handlers_and_remote_images_are_inert() -> None:
    body = (
        '<script>alert(1)</script>\n\n<iframe src="https://x.test"></iframe>\n\n'
        '<p onclick="evil()">clic</p>\n\n![img](https://x.test/a.png)\n\n[lien](javascript:alert(2))\n\n'
        "<style>body{display:none}</style>\n\n<b>gras</b>\n"
    )
    html = render.render_body(body)
    assert "alert(1)" not in html and "<script" not in html
    assert "<iframe" not in html and "onclick" not in html and "evil" not in html
    assert "https://x.test/a.png" not in html.split("non chargée")[0]
    assert 'src="https://' not in html
    assert "javascript:" not in html
    assert "display:none" not in html
    assert "<b>gras</b>" in html


def test_line_anchors_point_at_source_lines() -> None:
    text = "---\ntitle: T\n---\n# Titre\n\nPremier paragraphe.\n\n```\ncode\n```\n\n* item\n"
    html = render.render(text)
    assert '<a name="L4"></a>' in html  # the heading is line 4 of the file
    assert '<a name="L6"></a>' in html
    assert '<a name="L12"></a>' in html
    assert "\ue000" not in html and "\ue001" not in html


@pytest.mark.parametrize("name", SEED_NAMES)
def test_every_seed_renders(name: str) -> None:
    text = (SEEDS / name).read_text("utf-8")
    html = render.render(text)
    assert "<body>" in html and len(html) > len(text) // 2
    if name.startswith("003"):
        assert "Product owner" in html
    else:
        assert "<h1>" in html  # the title card


def test_data_image_is_kept_but_no_remote(tmp_path: Path) -> None:
    html = render.render_body("![x](data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==)")
    assert 'src="data:image/gif;base64' in html


def test_dark_page_differs_only_by_its_style() -> None:
    text = '---\ntitle: "Été"\ntags: [a]\n---\n\n# Titre\n\n> cité\n\n`code`\n'
    light, dark = render.render(text), render.render(text, dark=True)
    assert render.DARK_STYLE not in light and render.DARK_STYLE in dark
    assert dark.replace(render.DARK_STYLE, "") == light
