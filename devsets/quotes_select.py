#!/usr/bin/env python3
"""Draws the articles of a French news quotation set (see quotes-fr-news-check/README.md, "Selection").

usage: quotes_select.py SEED EXCLUDED_SET... [--corpus CORPUS.jsonl.gz] > SET/ids.txt

Reads ../shared/data/french-news/orangesum/orangesum_parsed.jsonl.gz relative to the project root (or
--corpus), skips the first 2,000 records and the ids of every EXCLUDED_SET folder (its ids.txt), keeps texts
of 120 to 700 words and draws 36 holding a quotation mark, then 4 holding none, with random.Random(SEED).
Only ids are written; the texts stay in ../shared.
"""
import argparse
import gzip
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT = os.path.join(ROOT, "..", "shared", "data", "french-news", "orangesum", "orangesum_parsed.jsonl.gz")
SKIP_LINES = 2000  # the corpus-scale sample read while developing
MIN_WORDS, MAX_WORDS = 120, 700
QUOTE_MARKS = ('«', '"', '“', '”')
N_QUOTED, N_UNQUOTED = 36, 4


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("seed", type=int)
    parser.add_argument("excluded", nargs="*", help="set folders (under devsets/) whose ids are left out")
    parser.add_argument("--corpus", default=DEFAULT)
    args = parser.parse_args()
    excluded = set()
    for folder in args.excluded:
        with open(os.path.join(HERE, folder, "ids.txt"), encoding="utf-8") as f:
            excluded |= {line.strip() for line in f if line.strip()}
    quoted, unquoted = [], []
    with gzip.open(args.corpus, "rt", encoding="utf-8") as f:
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
    rng = random.Random(args.seed)
    chosen = rng.sample(quoted, N_QUOTED) + rng.sample(unquoted, N_UNQUOTED)
    print(f"pool: {len(quoted)} with a quotation mark, {len(unquoted)} without", file=sys.stderr)
    for i in chosen:
        print(i)


if __name__ == "__main__":
    main()
