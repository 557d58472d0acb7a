"""Where the pipeline spends its time: cProfile (or py-spy, when installed) over a corpus.

    python benchmarks/profile_pipeline.py                    # cProfile, 2 MB corpus, top 25 by own time
    python benchmarks/profile_pipeline.py --size-mb 5 --top 40 --sort cumulative
    python benchmarks/profile_pipeline.py --py-spy           # sampling profile, no tracing overhead

The corpus is built exactly as benchmarks/run.py builds it (same seeds, same shuffling).
"""

from __future__ import annotations

import argparse
import cProfile
import importlib.util
import io
import pstats
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def _benchmark_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("benchmark_run", HERE / "run.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def extract_all(texts: Sequence[str]) -> int:
    from policyextract import extract_document

    return sum(len(extract_document(text, doc_id=f"d{number}").figures) for number, text in enumerate(texts))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=float, default=2.0)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--sort", default="tottime", choices=["tottime", "cumulative", "ncalls"])
    parser.add_argument("--out-dir", default=str(HERE.parent / "bench-out"))
    parser.add_argument("--py-spy", action="store_true", help="sample with py-spy instead of cProfile")
    parser.add_argument("--corpus", help=argparse.SUPPRESS)  # internal: the py-spy child
    args = parser.parse_args(argv)

    if args.corpus:
        texts = [path.read_text(encoding="utf-8") for path in sorted(Path(args.corpus).glob("*.txt"))]
        extract_all(texts)
        return 0

    bench = _benchmark_module()
    corpus_dir = Path(args.out_dir).resolve() / "profile-corpus"
    paths = bench.build_corpus(corpus_dir, args.size_mb)
    texts = [path.read_text(encoding="utf-8") for path in paths]
    from policyextract import extract_document

    extract_document(texts[0][:2000], doc_id="warm-up")  # pattern compilation is not the subject

    if args.py_spy:
        py_spy = shutil.which("py-spy")
        if py_spy is None:
            print("py-spy is not installed: pip install py-spy")
            return 1
        output = Path(args.out_dir).resolve() / "py-spy.txt"
        command = [py_spy, "record", "--format", "raw", "--output", str(output), "--"]
        command += [sys.executable, __file__, "--corpus", str(corpus_dir)]
        subprocess.run(command, check=True)
        print(_top_of_collapsed(output, args.top))
        return 0

    profiler = cProfile.Profile()
    profiler.enable()
    figures = extract_all(texts)
    profiler.disable()
    report = io.StringIO()
    pstats.Stats(profiler, stream=report).sort_stats(args.sort).print_stats(args.top)
    print(f"{len(texts)} documents, {sum(map(len, texts)):,} characters, {figures:,} figures")
    print(report.getvalue())
    return 0


def _top_of_collapsed(path: Path, top: int) -> str:
    """Own-time share per function from py-spy's collapsed stacks (the last frame of each)."""
    own: dict[str, int] = {}
    total = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack:
            continue
        frame = stack.split(";")[-1]
        own[frame] = own.get(frame, 0) + int(count)
        total += int(count)
    ranked = sorted(own.items(), key=lambda item: item[1], reverse=True)[:top]
    lines = [f"{total} samples; own time by function (py-spy):"]
    lines += [f"  {count / total:6.1%}  {frame}" for frame, count in ranked]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
