"""Turn a planned email into subject, plain text and HTML, from Jinja2 templates.

Templates live in ``templates/<language>/<name>.{subject,txt,html}.j2``; a PM may override
any of them file by file with ``settings.templates_dir``. Rendering is strict: an unknown
variable, a syntax error or a missing file raises :class:`~daemon.errors.TemplateError`
naming the template, so a broken override never sends half a letter. Only HTML is
autoescaped (a client called ``<script>`` stays text). The subject is always one line.

The context (:func:`daemon.mail.context.build_context`) holds display-ready strings:
amounts and dates are formatted in the letter's language, so templates stay free of logic
about money.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from daemon.config.records import Config
from daemon.domain.emails import PlannedEmail
from daemon.domain.state import StateView
from daemon.errors import TemplateError
from daemon.mail import formatting
from daemon.mail.context import build_context, config_path
from daemon.mail.parts import GeneratedFile, InlineImage

if TYPE_CHECKING:
    import jinja2
    from markupsafe import Markup

# Jinja2 (with markupsafe, ~2 MB) is imported when the first template is rendered, not when
# this module is: the daemon builds its Renderer at start-up and may then idle for days with
# nothing to send (bench/idle.py).

logger = logging.getLogger(__name__)


def _shipped_templates(module: str | Path = __file__) -> Path:
    """daemon/templates when installed (package data), else templates/ of the checkout.

    ``module`` is this file, daemon/mail/rendering.py: the package root is two levels up.
    """
    package = Path(module).resolve().parent.parent
    installed = package / "templates"
    return installed if installed.is_dir() else package.parent / "templates"


SHIPPED_TEMPLATES = _shipped_templates()
"""The templates that come with cuikuan."""


_NAME_RE = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class RenderedEmail:
    """A rendered email, ready for :func:`daemon.mail.compose.compose`."""

    subject: str
    text: str
    html: str
    attachments: tuple[Path, ...] = ()
    inline: tuple[InlineImage, ...] = ()
    """Images the HTML shows by ``cid:`` (the pay-now QR codes)."""
    files: tuple[GeneratedFile, ...] = ()
    """Attachments made in memory (the statement's CSV)."""


class Renderer:
    """A Jinja2 environment over override folders (first) and the shipped templates."""

    def __init__(self, templates_dirs: Sequence[Path]) -> None:
        self.templates_dirs = tuple(Path(d) for d in templates_dirs)

    @cached_property
    def env(self) -> jinja2.Environment:
        """The environment, built on first use (templates are then parsed once, cached)."""
        import jinja2

        loader = jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(d)) for d in self.templates_dirs])
        env = jinja2.Environment(
            loader=loader,
            undefined=jinja2.StrictUndefined,
            autoescape=_autoescape,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
            bytecode_cache=_compiled_templates(),
        )
        env.filters["money"] = jinja2.pass_context(_money_filter)
        env.filters["date"] = jinja2.pass_context(_date_filter)
        env.filters["percent"] = jinja2.pass_context(_percent_filter)
        env.filters["nl2br"] = _nl2br
        return env

    @classmethod
    def for_config(cls, config: Config) -> Renderer:
        """Override folder from ``settings.templates_dir`` (if any), then the shipped one."""
        dirs: list[Path] = []
        if config.settings.templates_dir is not None:
            dirs.append(config_path(config, config.settings.templates_dir))
        dirs.append(SHIPPED_TEMPLATES)
        return cls(dirs)

    def render(
        self,
        config: Config,
        planned: PlannedEmail,
        state: StateView,
        now: datetime,
        *,
        evidence: Sequence[Path] = (),
    ) -> RenderedEmail:
        """:func:`render` with this environment (templates are parsed once, then cached)."""
        return render(config, planned, state, now, renderer=self, evidence=evidence)

    def render_named(
        self,
        language: str,
        name: str,
        context: Mapping[str, Any],
        attachments: Sequence[Path] = (),
        *,
        inline: Sequence[InlineImage] = (),
        files: Sequence[GeneratedFile] = (),
    ) -> RenderedEmail:
        """Render ``<language>/<name>.{subject,txt,html}.j2`` with ``context``."""
        if language not in formatting.LOCALES:
            raise TemplateError(f"no templates for language {language!r}: use zh or en")
        if not _NAME_RE.match(name):
            raise TemplateError(f"{name!r} is not a template name")
        ctx = {"language": language, **context}
        subject = " ".join(self._render(f"{language}/{name}.subject.j2", ctx).split())
        if not subject:
            raise TemplateError(f"{language}/{name}.subject.j2 rendered an empty subject")
        ctx["subject"] = subject
        text = _tidy_text(self._render(f"{language}/{name}.txt.j2", ctx))
        html = self._render(f"{language}/{name}.html.j2", ctx).strip() + "\n"
        return RenderedEmail(subject, text, html, tuple(attachments), tuple(inline), tuple(files))

    def _render(self, name: str, context: Mapping[str, Any]) -> str:
        import jinja2

        try:
            template = self.env.get_template(name)
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateError(_syntax_message(name, exc)) from exc
        except jinja2.TemplateNotFound as exc:
            raise TemplateError(
                f"template {exc.name} not found in {', '.join(map(str, self.templates_dirs))}"
            ) from exc
        try:
            return template.render(context)
        except jinja2.TemplateSyntaxError as exc:  # in an extended or included template
            raise TemplateError(_syntax_message(name, exc)) from exc
        except jinja2.TemplateNotFound as exc:
            raise TemplateError(
                f"{_where(name, template, exc.__traceback__)}: template {exc.name} not found"
            ) from exc
        except jinja2.UndefinedError as exc:
            raise TemplateError(
                f"{_where(name, template, exc.__traceback__)}: {exc.message} "
                "(a variable the template uses is not in the context; check its spelling)"
            ) from exc
        except Exception as exc:  # a filter or test failed on a value: still a template error
            raise TemplateError(
                f"{_where(name, template, exc.__traceback__)}: {type(exc).__name__}: {exc}"
            ) from exc


@functools.cache
def _compiled_templates() -> jinja2.BytecodeCache:
    """The process's compiled templates, shared by every :class:`Renderer`.

    Why: each Renderer (each config load or reload, ``doctor``'s template check, ``preview``)
    built its own environment and lexed, parsed and compiled every template it used again.
    Jinja2 keys this cache by the template's name and file and checks its source's checksum,
    so a template edited on disk is compiled afresh. All Renderers use the same options.
    """
    import jinja2

    class InMemory(jinja2.BytecodeCache):
        def __init__(self) -> None:
            self.compiled: dict[str, bytes] = {}

        def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
            data = self.compiled.get(bucket.key)
            if data is not None:
                bucket.bytecode_from_string(data)

        def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
            self.compiled[bucket.key] = bucket.bytecode_to_string()

    return InMemory()


def render(
    config: Config,
    planned: PlannedEmail,
    state: StateView,
    now: datetime,
    *,
    renderer: Renderer | None = None,
    evidence: Sequence[Path] = (),
) -> RenderedEmail:
    """Render the email ``planned`` stands for, as of ``now``.

    The milestone's invoice is attached for the stages in :data:`INVOICE_STAGES`;
    ``evidence`` files (legal stage) are attached after it.
    """
    renderer = renderer or Renderer.for_config(config)
    key = planned.key
    logger.debug("rendering %s/%s/%s/%s", key.contract, key.milestone, key.stage, key.seq)
    context = build_context(config, planned, state, now, evidence_attached=bool(evidence))
    attachments = [Path(p) for p in (context["invoice_path"],) if p is not None]
    attachments.extend(Path(p) for p in evidence)
    inline = tuple(context.get("pay_now_images", ()))
    stage = planned.key.stage
    return renderer.render_named(planned.language, stage, context, attachments, inline=inline)


def _autoescape(template_name: str | None) -> bool:
    return bool(template_name) and str(template_name).endswith(".html.j2")


def _money_filter(ctx: jinja2.runtime.Context, amount: Decimal, currency: str | None = None) -> str:
    cur = currency or ctx["contract"]["currency"]
    return formatting.format_money(Decimal(amount), cur, ctx["language"])


def _date_filter(ctx: jinja2.runtime.Context, value: date) -> str:
    return formatting.format_date(value, ctx["language"])


def _percent_filter(ctx: jinja2.runtime.Context, points: Decimal) -> str:
    return formatting.format_percent(points, ctx["language"])


def _nl2br(value: str) -> Markup:
    """Escape ``value`` and keep its line breaks in HTML."""
    from markupsafe import Markup, escape

    lines = str(value).splitlines()
    return Markup("<br>\n").join(escape(line) for line in lines)


def _tidy_text(text: str) -> str:
    """Trailing spaces off, at most one blank line in a row, one final newline."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)) + "\n"


def _syntax_message(name: str, exc: jinja2.TemplateSyntaxError) -> str:
    where = exc.filename or exc.name or name
    return f"{where}:{exc.lineno}: syntax error: {exc.message}"


def _where(name: str, template: jinja2.Template, tb: TracebackType | None) -> str:
    """``file:line`` of the innermost template frame of ``tb``, else the template's file."""
    filename, line = template.filename or name, None
    while tb is not None:
        code_file = tb.tb_frame.f_code.co_filename
        if code_file.endswith(".j2"):
            filename, line = code_file, tb.tb_lineno
        tb = tb.tb_next
    return f"{filename}:{line}" if line is not None else filename
