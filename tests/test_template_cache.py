"""Templates are compiled once per process, whichever Renderer asks (daemon/mail/rendering.py).

Each Renderer (a config load or reload, ``doctor``'s template check, ``preview``) builds its
own Jinja2 environment; they share the compiled templates, and a template edited on disk
is compiled again, never served stale.
"""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from daemon.mail.rendering import Renderer


def _templates(root: Path, greeting: str) -> Path:
    folder = root / "en"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "hello.subject.j2").write_text("Hello {{ who }}", encoding="utf-8")
    (folder / "hello.txt.j2").write_text(f"{greeting}, {{{{ who }}}}.", encoding="utf-8")
    (folder / "hello.html.j2").write_text(f"<p>{greeting}, {{{{ who }}}}.</p>", encoding="utf-8")
    return root


def test_a_second_renderer_compiles_nothing_and_an_edited_template_is_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compiled: list[str] = []
    real = jinja2.Environment._compile

    def counting(env: jinja2.Environment, source: str, filename: str):  # type: ignore[no-untyped-def]
        compiled.append(Path(filename).name)
        return real(env, source, filename)

    monkeypatch.setattr(jinja2.Environment, "_compile", counting)
    root = _templates(tmp_path / "tpl", "Dear")
    first = Renderer([root]).render_named("en", "hello", {"who": "Wang"})
    assert first.text == "Dear, Wang.\n"
    assert sorted(compiled) == ["hello.html.j2", "hello.subject.j2", "hello.txt.j2"]

    again = Renderer([root]).render_named("en", "hello", {"who": "Li"})
    assert (again.subject, again.text) == ("Hello Li", "Dear, Li.\n")
    assert len(compiled) == 3  # the new environment compiled nothing

    _templates(root, "Good morning")
    edited = Renderer([root]).render_named("en", "hello", {"who": "Li"})
    assert edited.text == "Good morning, Li.\n" and edited.html == "<p>Good morning, Li.</p>\n"
    assert sorted(compiled[3:]) == ["hello.html.j2", "hello.txt.j2"]
