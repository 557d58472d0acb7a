"""Inputs built to be slow: time and peak memory against input size, each in a fresh process.

    python benchmarks/adversarial.py                         # every pattern at 50k … 1M characters
    python benchmarks/adversarial.py --sizes 50k,200k --patterns percent,approx
    python benchmarks/adversarial.py --big                   # also 10M characters through the API
    python benchmarks/adversarial.py --docx                  # a DOCX whose document.xml is ~100 MB
    python benchmarks/adversarial.py --sizes 100k,1m --max-linear 1.5   # exit 1 past 1.5 × linear

Each run extracts one document with `policyextract.extract_document` in a child process and
reports its CPU time (`time.process_time`), figures, the size of its records as JSONL, and the
child's peak RSS (`ru_maxrss`). Linear time shows as a CPU time per character that stays flat;
the ratio column divides the time at each size by the time at the smallest, over the size ratio.
A run that fails (a size limit) prints the error's first line. With `--max-linear`, the script
exits 1 when a run fails or grows faster than that many times linear: `.ci/run` uses it, because a
per-figure scan back to the line start costs little at the sizes a unit test can afford and
dominates only near a megabyte.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


def _dash_chain(size: int) -> str:
    return ("1-2-3-4-5-6-7-8-9-" * (size // 18 + 1))[:size]  # built without a list of its numbers


PATTERNS: dict[str, Callable[[int], str]] = {
    "percent": _repeat("达到98.67%,"),  # a figure every 9 characters, no sentence stop
    "approx": _repeat("近百名多余以上"),  # approximate counts run together
    "dash": _dash_chain,  # 1-2-3-4…: an endless range
    "enumeration": _repeat("1、2、3、"),  # bare numbers listed without end
    "sparse-line": _repeat("全县各类学校的办学条件和教育教学质量得到进一步改善与提升，中小学校舍面积达到98.67%，"),
    "table-row": lambda size: "在校生人数（人） | " + _repeat("21500 | ")(size),  # one row, thousands of cells
}


def _size(text: str) -> int:
    text = text.strip().lower()
    factor = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    return int(float(text.rstrip("km")) * factor)


def _child(pattern: str, size: int) -> None:
    """In the child: build the text, extract it, print one JSON line."""
    import policyextract

    policyextract.extract("全县新建学校3所。")  # compile the patterns outside the timing
    text = PATTERNS[pattern](size)
    started, wall = time.process_time(), time.perf_counter()
    report: dict[str, object] = {"pattern": pattern, "size": size}
    try:
        result = policyextract.extract_document(text, doc_id=f"{pattern}-{size}")
        report["cpu_s"] = time.process_time() - started  # extraction only, as the API gives it
        report["wall_s"] = time.perf_counter() - wall
        report["figures"] = len(result.figures)
        report["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(report), flush=True)  # what is known, should writing the JSONL time out
        report["jsonl_bytes"] = sum(
            len(json.dumps(figure.model_dump(mode="json"), ensure_ascii=False).encode("utf-8")) + 1
            for figure in result.figures
        )
    except Exception as error:
        report["error"] = f"{type(error).__name__}: {str(error).splitlines()[0][:100]}"
        report["cpu_s"] = time.process_time() - started
        report["wall_s"] = time.perf_counter() - wall
    report["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(report))


def _docx_child(xml_mb: float) -> None:
    """In the child: a DOCX whose document.xml is `xml_mb` MB of one-run paragraphs of figures."""
    import io
    import zipfile

    import policyextract
    from policyextract.ingest import docx_to_text

    namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    run = "<w:r><w:rPr><w:b/><w:sz w:val='24'/></w:rPr><w:t>达到98.67%,</w:t></w:r>"
    paragraph = "<w:p>" + run * 50 + "</w:p>"
    count = int(xml_mb * 1024 * 1024 / len(paragraph.encode("utf-8")))
    head = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{namespace}"><w:body>'
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("word/document.xml", "w", force_zip64=True) as part,
    ):
        part.write(head.encode("utf-8"))
        for _ in range(count):
            part.write(paragraph.encode("utf-8"))
        part.write(b"</w:body></w:document>")
    data = buffer.getvalue()
    report: dict[str, object] = {"docx_kb": len(data) / 1024, "xml_mb": xml_mb}
    started = time.process_time()
    try:
        text = docx_to_text(data, "big.docx")
        report["read_cpu_s"] = time.process_time() - started
        report["characters"] = len(text)
        report["read_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        result = policyextract.extract_document(text, doc_id="big")
        report["figures"] = len(result.figures)
    except Exception as error:
        report["error"] = f"{type(error).__name__}: {str(error).splitlines()[0][:120]}"
    report["cpu_s"] = time.process_time() - started
    report["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(report))


def _run(arguments: list[str], timeout: float) -> dict[str, object]:
    command = [sys.executable, str(Path(__file__).resolve()), *arguments]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired as expired:
        output = expired.stdout.decode() if isinstance(expired.stdout, bytes) else expired.stdout or ""
        partial = output.strip().splitlines()
        if partial:  # extracted, but writing its records as JSONL did not finish
            return {**json.loads(partial[-1]), "error": f"JSONL not written in {timeout:g} s"}
        return {"error": f"did not finish in {timeout:g} s"}
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        return {"error": (done.stderr.strip().splitlines() or ["no output"])[-1][:120]}
    return json.loads(lines[-1])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--patterns", default=",".join(PATTERNS), help="comma-separated: " + ", ".join(PATTERNS))
    parser.add_argument("--sizes", default="50k,100k,200k,400k,1m", help="characters, comma-separated (k, m)")
    parser.add_argument("--big", action="store_true", help="also 10M characters of each pattern")
    parser.add_argument("--docx", action="store_true", help="a DOCX whose document.xml is ~99 MB")
    parser.add_argument("--docx-mb", type=float, default=99.0, help=argparse.SUPPRESS)
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds a run may take")
    parser.add_argument("--max-linear", type=float, help="exit 1 when a run fails or exceeds this × linear")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--docx-child", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child[0], int(args.child[1]))
        return 0
    if args.docx_child:
        _docx_child(args.docx_child)
        return 0
    sizes = [_size(size) for size in args.sizes.split(",")]
    if args.big:
        sizes.append(10_000_000)
    print(f"policyextract adversarial inputs ({sys.version.split()[0]}); CPU time and peak RSS, one process each")
    print(f"{'pattern':<12} {'characters':>11} {'figures':>8} {'CPU s':>8} {'µs/char':>8} {'× linear':>9} "
          f"{'JSONL MB':>9} {'peak RSS MB':>12}")  # fmt: skip
    too_slow: list[str] = []
    for pattern in args.patterns.split(","):
        first: tuple[int, float] | None = None
        for size in sizes:
            report = _run(["--child", pattern, str(size)], args.timeout)
            if "cpu_s" not in report:
                print(f"{pattern:<12} {size:>11,} {report['error']}")
                too_slow.append(f"{pattern} at {size:,}: {report['error']}")
                continue
            cpu = float(report["cpu_s"])  # type: ignore[arg-type]
            first = first or (size, cpu)
            ratio = (cpu / max(first[1], 1e-6)) / (size / first[0])
            figures = report.get("figures", "-")
            jsonl = f"{int(report['jsonl_bytes']) / 1e6:9.1f}" if "jsonl_bytes" in report else f"{'-':>9}"  # type: ignore[call-overload]
            line = (
                f"{pattern:<12} {size:>11,} {figures:>8} {cpu:8.2f} {cpu / size * 1e6:8.2f} {ratio:9.2f} "
                f"{jsonl} {float(report['peak_rss_mb']):12.0f}"  # type: ignore[arg-type]
            )
            print(line + (f"  {report['error']}" if "error" in report else ""))
            if args.max_linear is not None and ("error" in report or ratio > args.max_linear):
                too_slow.append(f"{pattern} at {size:,}: {ratio:.2f} × linear {report.get('error', '')}".rstrip())
    if args.docx:
        report = _run(["--docx-child", str(args.docx_mb)], args.timeout)
        print(f"docx: {json.dumps(report, ensure_ascii=False)}")
    if args.max_linear is not None and too_slow:
        print(f"slower than {args.max_linear:g} × linear or failed: " + "; ".join(too_slow), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
