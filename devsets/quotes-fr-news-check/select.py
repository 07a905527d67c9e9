#!/usr/bin/env python3
"""Selection of the quotes-fr-news-check set (see README.md, "Selection").

Reads ../shared/data/french-news/orangesum/orangesum_parsed.jsonl.gz relative to the project root
(or the path given as first argument) and prints the selected ids, one per line (-> ids.txt).
Only ids are written; the texts stay in ../shared.
"""
import gzip
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT = os.path.join(ROOT, "..", "shared", "data", "french-news", "orangesum", "orangesum_parsed.jsonl.gz")
SKIP_LINES = 2000
MIN_WORDS, MAX_WORDS = 120, 700
QUOTE_MARKS = ('«', '"', '“', '”')
N_QUOTED, N_UNQUOTED = 36, 4
SEED = 20261205


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT
    with open(os.path.join(ROOT, "devsets", "quotes-fr-news", "ids.txt"), encoding="utf-8") as f:
        excluded = {line.strip() for line in f if line.strip()}
    quoted, unquoted = [], []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n < SKIP_LINES:
                continue
            rec = json.loads(line)
            if rec["id"] in excluded:
                continue
            text = rec.get("text") or ""
            words = len(text.split())
            if not MIN_WORDS <= words <= MAX_WORDS:
                continue
            if any(m in text for m in QUOTE_MARKS):
                quoted.append(rec["id"])
            else:
                unquoted.append(rec["id"])
    rng = random.Random(SEED)
    chosen = rng.sample(quoted, N_QUOTED) + rng.sample(unquoted, N_UNQUOTED)
    print(f"pool: {len(quoted)} with a quotation mark, {len(unquoted)} without", file=sys.stderr)
    for i in chosen:
        print(i)


if __name__ == "__main__":
    main()
