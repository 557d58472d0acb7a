"""`policyextract explain TEXT`: each figure and the rules and cues that decided its fields."""

from __future__ import annotations

from .extractor import Extractor, resolve
from .pipeline import explained_figures, prepare


def explain(text: str, doc_year: int | None = None, *, extractor: Extractor | None = None) -> str:
    """A human-readable account of every figure of `text` and why each field is what it is.

    For each figure: its text and offsets, the recognition rule that found it, and the cue or
    rule that decided its metric, modality, role and time — the first thing to look at when
    a figure comes out wrong. `policyextract explain` prints the same.

    Args:
        text: the text to explain.
        doc_year: the year the text speaks from (for `今年`, `上年`).
        extractor: the settings; the default ones when None.

    Returns:
        Several lines a figure, or `"no figures"`.

    Examples:
        >>> print(explain("全市共有普通高中12所。").splitlines()[0])
        12所  [8:11]
    """
    normalized, doc_year, _ = prepare(text, "explain", doc_year)
    lines: list[str] = []
    texts: dict[int, str] = {}  # start → text of the figures so far: a part names its total
    for figure, meaning in explained_figures(normalized, "explain", doc_year, resolve(extractor)):
        high = f"–{figure.high}" if figure.high is not None else ""
        lines.append(f"{figure.text}  [{figure.start}:{figure.end}]")
        lines.append(f"  kind     {figure.kind}  ({figure.rule} rule)")
        lines.append(f"  value    {figure.value}{high} {figure.unit}  bound {figure.bound}")
        lines.append(f"  metric   {figure.metric}  ({meaning.why.get('metric', '')})")
        lines.append(f"  modality {figure.modality}  ({meaning.why.get('modality', '')})")
        lines.append(f"  role     {figure.role}  ({meaning.why.get('role', '')})")
        time = f"{figure.time.text} → {figure.time.year}" if figure.time else None
        lines.append(f"  time     {time}  ({meaning.why.get('time', '')})")
        if figure.commitment or "commitment" in meaning.why:
            lines.append(f"  commitment {figure.commitment}  ({meaning.why.get('commitment', '')})")
        if figure.part_of is not None:
            total = texts.get(figure.part_of, "?")
            lines.append(f"  part_of  {total} [{figure.part_of}]  ({meaning.why.get('part_of', '')})")
        texts[figure.start] = figure.text
        if figure.indicator or figure.stage:
            lines.append(f"  indicator {figure.indicator}  stage {figure.stage}")
    if not lines:
        return "no figures"
    return "\n".join(lines)
