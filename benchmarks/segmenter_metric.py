"""Would a POS segmenter find the metric's boundary better than the character rules? (docs/meaning.md)

    pip install jieba rjieba thulac
    python benchmarks/segmenter_metric.py rjieba --cut v,p,r,d,c,u --out /tmp/seg CORPUS_DIR...
    python ../shared/eval/score.py CORPUS_DIR /tmp/seg_NAME.jsonl      # NAME: the folder's name

Every metric rule stays; the subject the rules found is then trimmed to the words after its
last token whose tag starts with one of --cut (`vn` is kept: a verbal noun such as 考试). The
segmenter runs only on that window before each figure. `none` writes the rules' own output.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import policyextract
from policyextract import metric

_KEEP = {"vn", "vd"}


def tagger(name: str) -> Callable[[str], list[tuple[str, str]]] | None:
    if name == "jieba":
        import jieba
        import jieba.posseg

        jieba.setLogLevel(60)
        return lambda text: [(pair.word, pair.flag) for pair in jieba.posseg.cut(text)]
    if name == "rjieba":
        import rjieba

        return lambda text: list(rjieba.tag(text))
    if name == "thulac":
        import thulac

        model = thulac.thulac()
        return lambda text: [(word, flag) for word, flag in model.cut(text)]
    return None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("segmenter", choices=["none", "jieba", "rjieba", "thulac"])
    parser.add_argument("corpora", nargs="+", type=Path)
    parser.add_argument("--cut", default="v,p,r,d,c,u")
    parser.add_argument("--out", default="/tmp/seg")
    args = parser.parse_args()
    tag = tagger(args.segmenter)
    cut_tags = tuple(args.cut.split(","))
    spent = [0, 0.0]
    rules_subject = metric._subject

    def subject(clause_left: str) -> str:
        text = rules_subject(clause_left)
        if tag is None or len(text) < 3:
            return text
        began = time.perf_counter()
        tokens = tag(text)
        spent[0] += 1
        spent[1] += time.perf_counter() - began
        cut = position = 0
        for word, flag in tokens:
            position += len(word)
            if flag.startswith(cut_tags) and flag not in _KEEP and position < len(text):
                cut = position
        tail = text[cut:]
        return tail if len(tail) >= 2 else text

    metric._subject = subject  # the experiment only: the library never patches itself
    for corpus in args.corpora:
        with open(f"{args.out}_{corpus.name}.jsonl", "w", encoding="utf-8") as out:
            for path in sorted(corpus.glob("*.txt")):
                for figure in policyextract.extract(path.read_text(encoding="utf-8"), doc_id=path.stem):
                    out.write(figure.model_dump_json() + "\n")
    print(f"{args.segmenter}: {spent[0]} subjects tagged in {spent[1]:.3f} s")


if __name__ == "__main__":
    main()
