"""One line per document: its id and the SHA-256 of its records as JSON, from whichever build of
policyextract is first on the path. `test_compiled_build.py` runs it under the pure and the
compiled build and compares the lines.

    python tests/compiled_dump.py FOLDER...
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import policyextract

# Texts built to stress the per-figure stages (benchmarks/adversarial.py's patterns, short).
STRESS = {
    "stress-percent": "达到98.67%," * 400,
    "stress-approx": "近百名多余以上" * 400,
    "stress-list": "小学、初中、高中入学率分别为99.1%、98.2%和95.3%，比上年提高0.2、0.4和1.1个百分点。" * 40,
    "stress-table": "在校生人数（人） | " + "21500 | " * 300,
}


def records_hash(text: str, doc_id: str) -> str:
    result = policyextract.extract_document(text, doc_id=doc_id)
    digest = hashlib.sha256(result.document.model_dump_json().encode("utf-8"))
    for figure in result.figures:
        digest.update(figure.model_dump_json().encode("utf-8"))
    return digest.hexdigest()


def main(folders: list[str]) -> None:
    print(f"build\t{policyextract.build()}")
    for doc_id, text in STRESS.items():
        print(f"{doc_id}\t{records_hash(text, doc_id)}")
    for folder in folders:
        for path in sorted(Path(folder).glob("*.txt")):
            print(f"{path.stem}\t{records_hash(path.read_text(encoding='utf-8'), path.stem)}")


if __name__ == "__main__":
    main(sys.argv[1:])
