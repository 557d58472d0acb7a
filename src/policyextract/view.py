"""One self-contained HTML page that shows documents with their figures marked (`policyextract view`).

    import policyextract
    from policyextract.view import render_html
    text = "全市小学适龄儿童入学率为98.67%,比上年提高1.2个百分点。"
    page = render_html([(text, policyextract.extract_document(text, doc_id="demo"))])

Each figure is a `<mark>` around exactly `text[start:end]`, coloured by kind, with every field
in `data-*` attributes; hovering or clicking one shows its fields. A side table lists the figures,
filterable by kind, modality and indicator; clicking a row scrolls to its mark. The page loads
nothing: its CSS and script are inline, and its Content-Security-Policy forbids any other load.

The document's own text is escaped (`<script>` in a document is text on the page), and the
script reads the fields from the DOM and writes them with `textContent`, never as HTML.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from .errors import InputError
from .extractor import Extractor
from .ingest import DEFAULT_MAX_BYTES, STDIN, IngestError, Skipped, iter_inputs, printable_path, read_source, read_stdin
from .models import KINDS, Document, Figure, Kind, Result
from .pipeline import extract_document

__all__ = ["ShownDocument", "render_html", "view_files"]

# What one document of the page is: its text and what was extracted from it (a `Result`, or the
# figures alone, as `policyextract.extract` returns them).
ShownDocument = tuple[str, Result | Sequence[Figure]]

# Light backgrounds, told apart at a glance; black text stays readable on each.
KIND_COLOURS: dict[Kind, str] = {
    "percentage": "#ffe08a",
    "percentage_point": "#ffbf9e",
    "money": "#b5e7b0",
    "count": "#a9d3ff",
    "area": "#dcc5f2",
    "length": "#b9efe4",
    "ratio": "#f6c1dc",
    "multiple": "#eed9a4",
    "rank": "#dfe39a",
    "date": "#d9d9d9",
    "duration": "#cde6c4",
    "other": "#f0f0f0",
}
_BOUND_SIGNS = {"=": "", "~": "≈", ">=": "≥", ">": ">", "<=": "≤", "<": "<"}
# characters that cannot stand in an HTML page: lone surrogates (unencodable) and NUL; each is
# replaced by one U+FFFD, so that offsets into the text keep their meaning
_UNSHOWABLE = re.compile("[\x00\ud800-\udfff]")


def render_html(documents: Iterable[ShownDocument], *, title: str = "policyextract view") -> str:
    """One HTML page showing each document's text with its figures marked.

    Args:
        documents: (text, result) pairs: the text the figures were extracted from, and the
            `Result` of `extract_document` (or the list of `extract`). Figures may overlap or
            touch; each gets one `<mark id=…>` (a figure that crosses another's end is continued
            by `<mark class="fig continued">` pieces without an id).
        title: the page's title.

    Returns:
        The page: UTF-8 HTML with inline CSS and script, loading nothing from the network.

    Raises:
        InputError: a figure's offsets do not fall inside its text, or `text[start:end]` is not
            the figure's `text` (the records were extracted from another text).

    Examples:
        >>> from policyextract import extract_document
        >>> text = "入学率为98.67%。<script>"
        >>> page = render_html([(text, extract_document(text, doc_id="demo"))])
        >>> page.count('<mark id="d0-f'), "&lt;script&gt;" in page
        (1, True)
    """
    shown = [_Shown.of(index, text, extracted) for index, (text, extracted) in enumerate(documents)]
    total = sum(len(document.figures) for document in shown)
    several = len(shown) > 1
    parts = [
        '<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n',
        # nothing but this page's own inline style and script, and no request at all
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n",
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        '<link rel="icon" href="data:,">\n',  # no favicon request
        f"<title>{_text(title)}</title>\n<style>\n{_css()}</style>\n</head>\n<body>\n",
        '<div id="layout">\n<main id="documents">\n<header>\n',
        f"<h1>{_text(title)}</h1>\n",
        f'<p id="summary">{_plural(len(shown), "document")}, {_plural(total, "figure")}</p>\n',
        _legend(),
        "</header>\n",
    ]
    if several:
        parts.append(_document_list(shown))
    parts.extend(_section(document) for document in shown)
    parts.append("</main>\n")
    parts.append(_side_table(shown, several))
    parts.append('</div>\n<div id="popup" role="tooltip" hidden><dl></dl></div>\n')
    parts.append(f"<script>\n{_SCRIPT}</script>\n</body>\n</html>\n")
    return "".join(parts)


def view_files(
    paths: Iterable[str | Path],
    *,
    doc_year: int | None = None,
    glob: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    extractor: Extractor | None = None,
    on_skip: Callable[[Skipped], None] | None = None,
) -> Iterator[tuple[str, Result]]:
    """Each input document read and extracted, as (text, result) for `render_html`.

    Inputs are read as `extract_files` reads them (files, folders walked in sorted order, `-` for
    standard input). A document that cannot be read or extracted yields `("", result)` with
    `result.document.error` saying why, and no figures; what a folder holds but is not read goes
    to `on_skip`.
    """
    for path in iter_inputs(paths, glob=glob):
        if isinstance(path, Skipped):
            if on_skip is not None:
                on_skip(path)
            continue
        name = "<stdin>" if path == STDIN else printable_path(path)
        try:
            source = read_stdin(max_bytes=max_bytes) if path == STDIN else read_source(path, max_bytes=max_bytes)
            result = extract_document(
                source.text,
                doc_id=source.doc_id,
                doc_year=doc_year,
                source=source.source,
                encoding=source.encoding,
                extractor=extractor,
            )
        except (IngestError, InputError) as error:
            yield "", _failure(name, str(error))
            continue
        except Exception as error:  # one document's bug must not lose the others' page
            yield "", _failure(name, f"{name}: {type(error).__name__}: {error}")
            continue
        yield source.text, result


def _failure(name: str, error: str) -> Result:
    return Result(document=Document(doc_id=name, source=name, error=error))


# ---------------------------------------------------------------------------------------------
# the parts of the page


@dataclass(frozen=True)
class _Shown:
    """One document of the page: its position, id, source, text and figures in document order."""

    index: int
    doc_id: str
    source: str | None
    text: str
    figures: tuple[Figure, ...]

    @classmethod
    def of(cls, index: int, text: str, extracted: Result | Sequence[Figure]) -> _Shown:
        if isinstance(extracted, Result):
            figures: Sequence[Figure] = extracted.figures
            doc_id, source = extracted.document.doc_id, extracted.document.source
        else:
            figures = extracted
            doc_id, source = (figures[0].doc_id if figures else f"document {index + 1}"), None
        for figure in figures:
            if not 0 <= figure.start < figure.end <= len(text) or text[figure.start : figure.end] != figure.text:
                raise InputError(
                    f"document {doc_id!r}: the figure {figure.text!r} at {figure.start}–{figure.end} is not "
                    "in its text (were the records extracted from another text?)"
                )
        ordered = sorted(figures, key=lambda figure: (figure.start, -figure.end))
        return cls(index, doc_id, source, text, tuple(ordered))

    def figure_id(self, number: int) -> str:
        return f"d{self.index}-f{number}"


def _section(document: _Shown) -> str:
    source = f' <span class="source">{_text(document.source)}</span>' if document.source else ""
    return (
        f'<section class="document" id="doc-{document.index}" data-doc-id="{_attribute(document.doc_id)}">\n'
        f"<h2>{_text(document.doc_id)}{source} "
        f'<span class="count">{_plural(len(document.figures), "figure")}</span></h2>\n'
        f'<pre class="text">{_marked_text(document)}</pre>\n</section>\n'
    )


def _marked_text(document: _Shown) -> str:
    """The escaped text with a `<mark>` around each figure. Marks nest where figures nest; a
    figure that crosses the end of another is closed there and continued after it (HTML
    elements cannot cross), so each figure still covers exactly its characters."""
    text, figures = document.text, document.figures
    starts: dict[int, list[int]] = {}
    ends: dict[int, set[int]] = {}
    for number, figure in enumerate(figures):  # in (start, longest first) order: the outer opens first
        starts.setdefault(figure.start, []).append(number)
        ends.setdefault(figure.end, set()).add(number)
    out: list[str] = []
    open_marks: list[int] = []  # the figures whose marks are open, innermost last
    position = 0
    for boundary in sorted(starts.keys() | ends.keys()):
        out.append(_text(text[position:boundary]))
        position = boundary
        closing = ends.get(boundary, set())
        reopen: list[int] = []
        while closing & set(open_marks):  # close down to the deepest figure that ends here
            number = open_marks.pop()
            out.append("</mark>")
            if number not in closing:
                reopen.append(number)
        for number in reversed(reopen):  # in their old order, outermost first
            figure = figures[number]
            out.append(f'<mark class="fig continued k-{figure.kind}" data-of="{document.figure_id(number)}">')
            open_marks.append(number)
        for number in starts.get(boundary, ()):
            out.append(_mark(document, number))
            open_marks.append(number)
    out.append(_text(text[position:]))
    return "".join(out)


def _mark(document: _Shown, number: int) -> str:
    figure = document.figures[number]
    fields = {
        "doc": document.doc_id,
        "kind": figure.kind,
        "value": _number(figure.value),
        "high": _number(figure.high),
        "bound": figure.bound,
        "unit": figure.unit,
        "metric": figure.metric or "",
        "modality": figure.modality,
        "role": figure.role,
        "time": _time(figure),
        "indicator": figure.indicator or "",
        "stage": figure.stage or "",
        "commitment": figure.commitment or "",
        "rule": figure.rule,
        "start": str(figure.start),
        "end": str(figure.end),
    }
    data = " ".join(f'data-{name}="{_attribute(value)}"' for name, value in fields.items())
    return f'<mark id="{document.figure_id(number)}" class="fig k-{figure.kind}" tabindex="0" {data}>'


def _side_table(documents: Sequence[_Shown], several: bool) -> str:
    figures = [figure for document in documents for figure in document.figures]
    kinds = sorted({figure.kind for figure in figures}, key=KINDS.index)
    modalities = sorted({figure.modality for figure in figures})
    indicators = sorted({figure.indicator for figure in figures if figure.indicator})
    none = [("", "(none)")] if any(figure.indicator is None for figure in figures) else []
    rows = []
    for document in documents:
        for number, figure in enumerate(document.figures):
            # the document's number in the list (its id in full on hover): ids are long, the side narrow
            cells = [f'<td title="{_attribute(document.doc_id)}">{document.index + 1}</td>'] if several else []
            cells += [
                f"<td>{_text(figure.text)}</td>",
                f"<td>{_text(figure.kind)}</td>",
                f"<td>{_text(_shown_value(figure))}</td>",
                f"<td>{_text(figure.metric or '')}</td>",
                f"<td>{_text(figure.modality)}</td>",
                f"<td>{_text(figure.indicator or '')}</td>",
            ]
            rows.append(
                f'<tr data-target="{document.figure_id(number)}" data-kind="{figure.kind}" '
                f'data-modality="{figure.modality}" data-indicator="{_attribute(figure.indicator or "")}">'
                f"{''.join(cells)}</tr>\n"
            )
    headings = (["doc"] if several else []) + ["figure", "kind", "value", "metric", "modality", "indicator"]
    return (
        '<aside id="side">\n<form id="filters">\n'
        + _select("kind", [(kind, kind) for kind in kinds])
        + _select("modality", [(modality, modality) for modality in modalities])
        + _select("indicator", [(indicator, indicator) for indicator in indicators] + none)
        + f'</form>\n<p id="shown">{len(figures)} of {len(figures)} figures shown</p>\n'
        + '<table id="figures">\n<thead><tr>'
        + "".join(f"<th>{heading}</th>" for heading in headings)
        + "</tr></thead>\n<tbody>\n"
        + "".join(rows)
        + "</tbody>\n</table>\n</aside>\n"
    )


def _select(name: str, options: list[tuple[str, str]]) -> str:
    choices = "".join(f'<option value="{_attribute(value)}">{_text(label)}</option>' for value, label in options)
    return (
        f'<label>{name} <select id="filter-{name}" data-field="{name}">'
        f'<option value="*">all</option>{choices}</select></label>\n'
    )


def _document_list(documents: Sequence[_Shown]) -> str:
    items = "".join(
        f'<li><a href="#doc-{document.index}">{_text(document.doc_id)}</a> '
        f'<span class="count">{_plural(len(document.figures), "figure")}</span></li>\n'
        for document in documents
    )
    return f'<nav id="document-list">\n<h2>Documents</h2>\n<ol>\n{items}</ol>\n</nav>\n'


def _legend() -> str:
    items = "".join(f'<span class="fig k-{kind}">{kind}</span> ' for kind in KINDS)
    return f'<p id="legend">{items}</p>\n'


def _css() -> str:
    colours = "".join(f".k-{kind} {{ background: {colour}; }}\n" for kind, colour in KIND_COLOURS.items())
    return _STYLE + colours


# ---------------------------------------------------------------------------------------------
# values as shown


def _text(value: str) -> str:
    """Text content: `<`, `>` and `&` escaped, unshowable characters replaced one for one."""
    return html.escape(_UNSHOWABLE.sub("\ufffd", value), quote=False)


def _attribute(value: str) -> str:
    return html.escape(_UNSHOWABLE.sub("\ufffd", value), quote=True)


def _number(value: str | Decimal | None) -> str:
    """A value as plain digits (no exponent): 4916000, 98.67; a date as its string."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f")


def _shown_value(figure: Figure) -> str:
    value = _number(figure.value) or "?"
    if figure.high is not None:
        value += f"–{_number(figure.high)}"
    unit = f" {figure.unit}" if figure.unit else ""
    return f"{_BOUND_SIGNS[figure.bound]}{value}{unit}"


def _time(figure: Figure) -> str:
    if figure.time is None:
        return ""
    if figure.time.year is not None and str(figure.time.year) not in figure.time.text:
        return f"{figure.time.text} ({figure.time.year})"
    return figure.time.text


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


_STYLE = """\
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.6 system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: #222; }
#layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(22em, 2fr); }
main { padding: 0 1.5em 40vh; }
header h1 { font-size: 1.3em; margin: 0.6em 0 0.2em; }
#summary { margin: 0; color: #555; }
#legend span { padding: 0 0.3em; border-radius: 3px; font-size: 0.85em; }
#document-list ol { margin: 0.3em 0; }
#document-list h2, section h2 { font-size: 1.1em; margin: 1.2em 0 0.3em; }
.source, .count { color: #666; font-size: 0.8em; font-weight: normal; }
pre.text { white-space: pre-wrap; word-break: break-word; font: inherit; margin: 0; }
mark.fig { color: inherit; border-radius: 2px; cursor: pointer; }
mark.fig.dim { background: none; outline: 1px dotted #bbb; }
mark.fig.active { outline: 2px solid #d00; }
#side { position: sticky; top: 0; height: 100vh; overflow: auto; padding: 0.5em 1em; border-left: 1px solid #ddd;
  background: #fafafa; font-size: 0.85em; }
#filters label { margin-right: 0.8em; white-space: nowrap; }
#shown { color: #555; margin: 0.4em 0; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.15em 0.4em; border-bottom: 1px solid #e4e4e4; vertical-align: top;
  overflow-wrap: anywhere; }
th { position: sticky; top: 0; background: #eee; }
tbody tr { cursor: pointer; }
tbody tr:hover { background: #fff3c4; }
tbody tr.active { background: #ffe08a; }
#popup { position: absolute; z-index: 10; max-width: 28em; padding: 0.4em 0.7em; background: #fff;
  border: 1px solid #888; border-radius: 4px; box-shadow: 0 2px 8px rgba(0, 0, 0, 0.2); font-size: 0.85em; }
#popup dl { display: grid; grid-template-columns: auto 1fr; gap: 0 0.8em; margin: 0; }
#popup dt { color: #666; }
#popup dd { margin: 0; }
"""

# Reads every field from the marks' data attributes and writes it with textContent: nothing of a
# document is ever parsed as HTML here.
_SCRIPT = """\
"use strict";
(function () {
  const FIELDS = ["kind", "value", "high", "bound", "unit", "metric", "modality", "role", "time",
                  "indicator", "stage", "commitment", "rule", "doc", "start", "end"];
  const popup = document.getElementById("popup");
  const list = popup.querySelector("dl");
  let pinned = null;

  function figureOf(element) {
    const mark = element && element.closest ? element.closest("mark.fig") : null;
    if (!mark) return null;
    return mark.classList.contains("continued") ? document.getElementById(mark.dataset.of) : mark;
  }

  function show(mark) {
    list.replaceChildren();
    for (const field of FIELDS) {
      const value = mark.dataset[field];
      if (value === undefined || value === "") continue;
      const term = document.createElement("dt");
      term.textContent = field;
      const description = document.createElement("dd");
      description.textContent = value;
      description.className = "field-" + field;
      list.append(term, description);
    }
    const box = mark.getBoundingClientRect();
    popup.hidden = false;
    popup.style.left = Math.max(0, box.left + window.scrollX) + "px";
    popup.style.top = (box.bottom + window.scrollY + 4) + "px";
  }

  function hide() {
    if (!pinned) popup.hidden = true;
  }

  function activate(mark, scroll) {
    for (const old of document.querySelectorAll(".active")) old.classList.remove("active");
    pinned = mark;
    mark.classList.add("active");
    const row = document.querySelector('tr[data-target="' + mark.id + '"]');
    if (row) row.classList.add("active");
    if (scroll) mark.scrollIntoView({block: "center", inline: "nearest"});
    else if (row) row.scrollIntoView({block: "nearest"});
    show(mark);
  }

  document.addEventListener("mouseover", function (event) {
    const mark = figureOf(event.target);
    if (mark && !pinned) show(mark);
  });
  document.addEventListener("mouseout", function (event) {
    if (figureOf(event.target) && !figureOf(event.relatedTarget)) hide();
  });
  document.addEventListener("click", function (event) {
    const mark = figureOf(event.target);
    const row = event.target.closest ? event.target.closest("tbody tr") : null;
    if (mark) activate(mark, false);
    else if (row) activate(document.getElementById(row.dataset.target), true);
    else if (!event.target.closest || !event.target.closest("#popup, #side")) {
      pinned = null;
      for (const old of document.querySelectorAll(".active")) old.classList.remove("active");
      hide();
    }
  });
  document.addEventListener("keydown", function (event) {
    const mark = figureOf(event.target);
    if (mark && event.key === "Enter") activate(mark, false);
    if (event.key === "Escape") { pinned = null; hide(); }
  });

  const selects = Array.from(document.querySelectorAll("#filters select"));
  const rows = Array.from(document.querySelectorAll("#figures tbody tr"));
  const counter = document.getElementById("shown");
  const pieces = {};  // a figure's id → the continued pieces of its mark (figures that cross others)
  for (const piece of document.querySelectorAll("mark.continued")) {
    (pieces[piece.dataset.of] = pieces[piece.dataset.of] || []).push(piece);
  }
  function filter() {
    let shown = 0;
    for (const row of rows) {
      const keep = selects.every(function (select) {
        return select.value === "*" || row.dataset[select.dataset.field] === select.value;
      });
      row.hidden = !keep;
      shown += keep ? 1 : 0;
      const mark = document.getElementById(row.dataset.target);
      mark.classList.toggle("dim", !keep);
      for (const piece of pieces[mark.id] || []) piece.classList.toggle("dim", !keep);
    }
    counter.textContent = shown + " of " + rows.length + " figures shown";
  }
  for (const select of selects) select.addEventListener("change", filter);
})();
"""
