"""Throughput, memory and start-up of policyextract, side by side with the tools a user would
otherwise pick (JioNLP, cn2an, Microsoft Recognizers-Text).

    pip install -e '.[bench]'
    python benchmarks/run.py                 # 20 MB corpus, about five minutes on 2 cores
    python benchmarks/run.py --quick         # a smaller run to see that everything works

The corpus is made from the seed documents (fixtures/seeds/*.txt): their paragraphs are
shuffled and mixed into new documents until the corpus reaches --size-mb, then written under
--out-dir (bench-out/ by default, which git ignores). Our pipeline runs in this process, on one
core, over the whole corpus; the peers are much slower, so they and we are timed on the same
smaller sample. Memory against corpus size is measured in a fresh process per size, so each
peak belongs to that size alone. Nothing here asserts a speed: it measures and prints.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import platform
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
import tracemalloc
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "seeds"
DEFAULT_OUT = ROOT / "bench-out"

# CJK Unified Ideographs, extension A and the compatibility block: what "CJK characters" counts.
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_MB = 1_000_000


# ---------------------------------------------------------------------------------------------
# The corpus


def seed_paragraphs(seeds_dir: Path = SEEDS) -> list[list[str]]:
    """The non-empty lines of each seed document: the units that are shuffled and mixed."""
    documents = []
    for path in sorted(seeds_dir.glob("*.txt")):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        if lines:
            documents.append(lines)
    if not documents:
        raise SystemExit(f"no seed documents in {seeds_dir}")
    return documents


def build_corpus(out_dir: Path, size_mb: float, *, seed: int = 0, seeds_dir: Path = SEEDS) -> list[Path]:
    """Write shuffled documents of seed paragraphs until they total `size_mb` of UTF-8.

    Each document keeps a seed's title line and shuffles that seed's other paragraphs, mixed
    with a few from other seeds, so sizes and figure densities stay those of real documents
    while no two documents are the same text.
    """
    seeds = seed_paragraphs(seeds_dir)
    every_paragraph = [line for lines in seeds for line in lines[1:]]
    randomness = random.Random(seed)
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    target = int(size_mb * _MB)
    written = 0
    paths: list[Path] = []
    while written < target:
        title, *body = randomness.choice(seeds)
        body = body[:]
        randomness.shuffle(body)
        borrowed = randomness.sample(every_paragraph, k=min(len(every_paragraph), max(1, len(body) // 5)))
        for paragraph in borrowed:
            body.insert(randomness.randrange(len(body) + 1), paragraph)
        data = "\n".join([title, *body]).encode("utf-8") + b"\n"
        path = out_dir / f"doc_{len(paths):06d}.txt"
        path.write_bytes(data)
        paths.append(path)
        written += len(data)
    return paths


def cjk_count(text: str) -> int:
    return len(text) - len(_CJK.sub("", text))


def prefix_by_size(paths: Sequence[Path], size_mb: float) -> list[Path]:
    """The first documents of the corpus that together reach `size_mb`."""
    chosen, total = [], 0
    for path in paths:
        if total >= size_mb * _MB:
            break
        chosen.append(path)
        total += path.stat().st_size
    return chosen


# ---------------------------------------------------------------------------------------------
# Measurements


@dataclass(frozen=True)
class Throughput:
    seconds: float  # wall clock
    cpu_seconds: float  # this process's CPU time: fairer than the wall clock on a busy machine
    documents: int
    cjk: int
    figures: int

    @property
    def cjk_per_cpu_second(self) -> float:
        return self.cjk / self.cpu_seconds

    @property
    def cjk_per_second(self) -> float:
        return self.cjk / self.seconds

    @property
    def documents_per_second(self) -> float:
        return self.documents / self.seconds

    @property
    def figures_per_second(self) -> float:
        return self.figures / self.seconds


_WARM_UP_DOCUMENTS = 40


def time_ours(texts: Sequence[str], repeat: int) -> Throughput:
    """Median pass of the full pipeline (recognition + metric, modality, role, time) in this
    process: one thread, so one core."""
    from policyextract import extract_document

    # Untimed first: the first documents compile the patterns, the master pattern and the
    # cut-down ones recognition compiles as texts need them (~25 ms each, ~16 for this corpus:
    # recognize.py), so that the timed passes measure throughput, not one-time compiling
    # ("import + first extract" reports that cost for one document).
    for number, text in enumerate(texts[:_WARM_UP_DOCUMENTS]):
        extract_document(text, doc_id=f"warm-up{number}")
    cjk = sum(cjk_count(text) for text in texts)
    passes, cpu_passes, figures = [], [], 0
    for _ in range(repeat):
        gc.collect()
        started, cpu_started = time.perf_counter(), time.process_time()
        figures = 0
        for number, text in enumerate(texts):
            figures += len(extract_document(text, doc_id=f"d{number}").figures)
        passes.append(time.perf_counter() - started)
        cpu_passes.append(time.process_time() - cpu_started)
    return Throughput(statistics.median(passes), statistics.median(cpu_passes), len(texts), cjk, figures)


def peak_per_document(texts: Sequence[str]) -> float:
    """tracemalloc peak (MB) while extracting the largest document: the working memory of one
    document, figures included."""
    from policyextract import extract_document

    largest = max(texts, key=len)
    gc.collect()
    tracemalloc.start()
    extract_document(largest, doc_id="largest")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / _MB


def import_time(repeat: int) -> tuple[float, float]:
    """Median seconds, in a fresh interpreter, to import policyextract, and to import it and
    extract one sentence (which compiles the patterns)."""
    probe = (
        "import time; started = time.perf_counter(); import policyextract; imported = time.perf_counter();"
        "policyextract.extract('全市小学入学率为98.67%。'); print(imported - started, time.perf_counter() - started)"
    )
    imports, firsts = [], []
    for _ in range(repeat):
        output = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout
        imported, first = (float(number) for number in output.split())
        imports.append(imported)
        firsts.append(first)
    return statistics.median(imports), statistics.median(firsts)


def has_batch() -> bool:
    try:
        from policyextract import batch
    except ImportError:
        return False
    return hasattr(batch, "extract_files")


def _figure_count(item: object) -> int:
    """Figures in whatever extract_files yields for one document (a Result, or its figures)."""
    figures = getattr(item, "figures", item)
    return len(figures) if isinstance(figures, list | tuple) else 1


def stream_files(paths: Sequence[Path], jobs: int) -> tuple[int, int]:
    """Extract every file the way a user would on a large corpus; keep only counts.

    Through policyextract.batch.extract_files when it exists, else a loop over
    read_source + extract_document. Returns (documents, figures).
    """
    if has_batch():
        from policyextract.batch import extract_files

        documents = figures = 0
        for item in extract_files([str(path) for path in paths], jobs=jobs):
            documents += 1
            figures += _figure_count(item)
        return documents, figures
    from policyextract import extract_document
    from policyextract.ingest import read_source

    figures = 0
    for path in paths:
        source = read_source(path)
        figures += len(extract_document(source.text, doc_id=source.doc_id).figures)
    return len(paths), figures


def _probe_main(list_file: Path, jobs: int, trace: bool) -> None:
    """Child process: stream the listed files, print seconds, counts and memory peaks."""
    paths = [Path(line) for line in list_file.read_text(encoding="utf-8").splitlines() if line]
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    documents, figures = stream_files(paths, jobs)
    seconds = time.perf_counter() - started
    traced = tracemalloc.get_traced_memory()[1] / _MB if trace else 0.0
    # Children covers the worker processes of extract_files(jobs>1); ru_maxrss is KiB on Linux.
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    own = peak_rss_mb()
    print(f"PROBE {seconds} {documents} {figures} {own} {children} {traced}")


def peak_rss_mb() -> float:
    """This process's peak resident memory since it started its program, in MB.

    Linux carries ru_maxrss across exec, so a child started by this script would report the
    parent's peak (the whole corpus in memory) as its own; VmHWM belongs to the new program.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@dataclass(frozen=True)
class ProbeResult:
    megabytes: float
    seconds: float
    documents: int
    figures: int
    cjk: int
    rss_mb: float
    children_rss_mb: float
    traced_mb: float


def run_probe(paths: Sequence[Path], jobs: int, *, trace: bool, work_dir: Path) -> ProbeResult:
    list_file = work_dir / f"probe-{len(paths)}-{jobs}.lst"
    list_file.write_text("\n".join(str(path) for path in paths), encoding="utf-8")
    command = [sys.executable, str(Path(__file__).resolve()), "--probe", str(list_file), "--jobs", str(jobs)]
    if trace:
        command.append("--trace")
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    line = next(line for line in output.splitlines() if line.startswith("PROBE "))
    seconds, documents, figures, own, children, traced = line.split()[1:]
    megabytes = sum(path.stat().st_size for path in paths) / _MB
    cjk = sum(cjk_count(path.read_text(encoding="utf-8")) for path in paths)
    return ProbeResult(
        megabytes, float(seconds), int(documents), int(figures), cjk, float(own), float(children), float(traced)
    )


# ---------------------------------------------------------------------------------------------
# Peers


@dataclass(frozen=True)
class Peer:
    name: str
    what: str
    prepare: Callable[[], Callable[[str], object]]  # imports and builds once; returns the per-document call


def _jionlp() -> Callable[[str], object]:
    import jionlp

    def run(text: str) -> object:
        return jionlp.ner.extract_money(text), jionlp.ner.extract_time(text)

    return run


def _cn2an() -> Callable[[str], object]:
    import cn2an

    return lambda text: cn2an.transform(text, "cn2an")


def _recognizers() -> Callable[[str], object]:
    import emoji

    # recognizers-text 1.0.2a2 imports emoji.UNICODE_EMOJI, which emoji 2.x renamed to
    # EMOJI_DATA (also a dict keyed by emoji); without this alias the package cannot import.
    if not hasattr(emoji, "UNICODE_EMOJI"):
        emoji.UNICODE_EMOJI = emoji.EMOJI_DATA
    from recognizers_number import Culture, NumberRecognizer
    from recognizers_number_with_unit import NumberWithUnitRecognizer

    numbers = NumberRecognizer(Culture.Chinese)
    units = NumberWithUnitRecognizer(Culture.Chinese)
    models = [numbers.get_number_model(), numbers.get_percentage_model(), units.get_currency_model()]

    def run(text: str) -> object:
        return [model.parse(text) for model in models]

    return run


PEERS = (
    Peer("jionlp", "ner.extract_money + ner.extract_time", _jionlp),
    Peer("cn2an", "transform(text, 'cn2an')", _cn2an),
    Peer("recognizers-text", "zh number + percentage + currency models, built once", _recognizers),
)


def time_peer(peer: Peer, texts: Sequence[str]) -> tuple[float | None, str]:
    """(CPU seconds over `texts`, note); None when the peer cannot be imported or run."""
    logging.disable(logging.CRITICAL)  # JioNLP logs a traceback for each phrase it cannot parse
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            run = _quietly(peer.prepare)
            _quietly(lambda: run(texts[0][:500]))  # warm-up: lazy loading of dictionaries
            started = time.process_time()
            for text in texts:
                run(text)
            return time.process_time() - started, ""
    except Exception as error:  # any failure of a third-party package is a note, not a crash
        return None, f"skipped: {type(error).__name__}: {error}".splitlines()[0][:160]
    finally:
        logging.disable(logging.NOTSET)


def _quietly(call: Callable[[], object]) -> object:
    """Run `call` with its stdout silenced (JioNLP prints a banner on import)."""
    saved = sys.stdout
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    try:
        return call()
    finally:
        sys.stdout.close()
        sys.stdout = saved


def sample_texts(texts: Sequence[str], kilobytes: float) -> list[str]:
    """The first documents of the corpus that reach `kilobytes` of UTF-8."""
    chosen, total = [], 0
    for text in texts:
        if total >= kilobytes * 1000:
            break
        chosen.append(text)
        total += len(text.encode("utf-8"))
    return chosen


# ---------------------------------------------------------------------------------------------
# Report


def machine() -> str:
    model = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{model}, {os.cpu_count()} cores, Python {platform.python_version()} ({platform.machine()})"


def row(label: str, value: str, note: str = "") -> None:
    print(f"  {label:<50} {value:>12}  {note}".rstrip())


def heading(title: str) -> None:
    print(f"\n{title}")


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.probe:
        _probe_main(Path(args.probe), args.jobs, args.trace)
        return 0
    if args.quick:
        args.repeat = min(args.repeat, 2)
        args.import_runs = min(args.import_runs, 3)
        args.peer_sample_kb = min(args.peer_sample_kb, 100)

    out_dir = Path(args.out_dir).resolve()
    corpus_dir = out_dir / "corpus"
    started = time.perf_counter()
    paths = build_corpus(corpus_dir, args.size_mb, seed=args.seed)
    texts = [path.read_text(encoding="utf-8") for path in paths]
    corpus_mb = sum(path.stat().st_size for path in paths) / _MB

    print("policyextract benchmark")
    print(f"  machine: {machine()}")
    characters = sum(map(len, texts))
    print(f"  corpus:  {corpus_mb:.1f} MB, {len(paths)} documents, {characters:,} characters, in {corpus_dir}")
    print(f"  batch:   {'policyextract.batch.extract_files' if has_batch() else 'a loop over extract_document'}")
    load = os.getloadavg()[0]
    print(f"  load:    {load:.2f} (1-minute average) when the run started")
    if load > 0.5:
        print("           other processes share the cores: wall-clock rates are low, CPU-time rates fairer")

    heading(f"ours: full pipeline, one core, median of {args.repeat} passes over the corpus")
    ours = time_ours(texts, args.repeat)
    row("CJK characters / s", f"{ours.cjk_per_second:,.0f}", "target >= 1,000,000 (wall clock)")
    row("CJK characters / CPU second", f"{ours.cjk_per_cpu_second:,.0f}", "the same passes by CPU time")
    row("documents / s", f"{ours.documents_per_second:,.1f}")
    row("figures / s", f"{ours.figures_per_second:,.0f}", f"{ours.figures:,} figures in the corpus")
    row("seconds per pass", f"{ours.seconds:.2f}")
    row("peak memory, largest document (tracemalloc, MB)", f"{peak_per_document(texts):.1f}")
    imported, first = import_time(args.import_runs)
    row("import time (s, fresh process)", f"{imported:.3f}", f"median of {args.import_runs}; target < 0.3")
    row("import + first extract (s)", f"{first:.3f}", "includes compiling the patterns")

    work_dir = out_dir / "probes"
    work_dir.mkdir(parents=True, exist_ok=True)
    heading("memory against corpus size: a fresh process per size, streaming the files one by one")
    sizes = [args.size_mb / 4, args.size_mb / 2, args.size_mb]
    print(f"  {'corpus MB':>10} {'documents':>10} {'CJK chars/s':>14} {'peak RSS MB':>12} {'tracemalloc MB':>15}")
    for size in sizes:
        probe = run_probe(prefix_by_size(paths, size), 1, trace=args.trace_probes, work_dir=work_dir)
        traced = f"{probe.traced_mb:.1f}" if args.trace_probes else "-"
        print(
            f"  {probe.megabytes:>10.1f} {probe.documents:>10} {probe.cjk / probe.seconds:>14,.0f}"
            f" {probe.rss_mb:>12.1f} {traced:>15}"
        )
    if args.trace_probes:
        print("  (these CJK chars/s run under tracemalloc, which slows Python down; see the table above)")

    heading("--jobs 1 against --jobs 2 (extract_files)")
    if has_batch():
        subset = prefix_by_size(paths, args.jobs_mb or args.size_mb / 2)
        one = run_probe(subset, 1, trace=False, work_dir=work_dir)
        two = run_probe(subset, 2, trace=False, work_dir=work_dir)
        for label, probe in (("jobs 1", one), ("jobs 2", two)):
            rss = probe.rss_mb + probe.children_rss_mb
            row(
                f"{label}: CJK characters / s ({probe.megabytes:.1f} MB)",
                f"{probe.cjk / probe.seconds:,.0f}",
                f"{probe.seconds:.2f} s, peak RSS parent + largest child {rss:.0f} MB",
            )
        row("speed-up jobs 2 / jobs 1", f"{one.seconds / two.seconds:.2f}x")
    else:
        print("  skipped: policyextract.batch.extract_files does not exist yet")

    heading("peers: the same text for everyone")
    if args.no_peers:
        print("  skipped (--no-peers)")
    else:
        sample = sample_texts(texts, args.peer_sample_kb)
        sample_cjk = sum(cjk_count(text) for text in sample)
        sample_kb = sum(len(text.encode("utf-8")) for text in sample) / 1000
        print(
            f"  timed once on the same {sample_kb:.0f} KB sample ({len(sample)} documents, {sample_cjk:,} CJK"
            " characters), one call per document: a sample, so that the slower peers finish in minutes"
        )
        ours_sample = time_ours(sample, 1)
        print(f"  {'tool':<18} {'what is timed':<52} {'CJK chars/s':>13} {'ours / peer':>12}")
        print(f"  {'':<18} {'':<52} {'(CPU time)':>13} {'(x faster)':>12}")
        ours_rate = ours_sample.cjk_per_cpu_second
        print(f"  {'policyextract':<18} {'full pipeline (figures + meaning)':<52} {ours_rate:>13,.0f} {'1.00x':>12}")
        for peer in PEERS:
            seconds, note = time_peer(peer, sample)
            if seconds is None:
                print(f"  {peer.name:<18} {peer.what[:52]:<52} {'-':>13} {'-':>12}  {note}")
                continue
            rate = sample_cjk / seconds
            print(f"  {peer.name:<18} {peer.what[:52]:<52} {rate:>13,.0f} {ours_rate / rate:>11.2f}x")
    print(f"\ntotal benchmark time: {time.perf_counter() - started:.0f} s")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=float, default=20.0, help="corpus size (default 20)")
    parser.add_argument("--repeat", type=int, default=3, help="passes over the corpus; the median is kept")
    parser.add_argument("--import-runs", type=int, default=7, help="fresh processes timing the import")
    parser.add_argument("--peer-sample-kb", type=float, default=500.0, help="text the peers are timed on")
    parser.add_argument("--jobs-mb", type=float, default=0.0, help="corpus for jobs 1 vs 2 (default: half)")
    parser.add_argument("--out-dir", default=str(DEFAULT_OUT), help="where the corpus is written")
    parser.add_argument("--seed", type=int, default=0, help="shuffling seed of the corpus")
    parser.add_argument("--quick", action="store_true", help="fewer repeats and a smaller peer sample")
    parser.add_argument("--no-peers", action="store_true", help="time policyextract only")
    parser.add_argument(
        "--trace-probes", action="store_true", help="also trace Python allocations in the memory probes (slower)"
    )
    # Internal: the child process of a memory or jobs probe.
    parser.add_argument("--probe", help=argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    return parser


if __name__ == "__main__":
    sys.exit(main())
