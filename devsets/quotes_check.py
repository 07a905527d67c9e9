#!/usr/bin/env python3
"""usage: quotes_check.py SET [CORPUS.jsonl.gz]

Checks SET/annotations-*.jsonl (SET a folder under devsets/) against the records: every id of ids.txt annotated
once (annotators may split the set), every quote's `text` a substring of the record's `text`, known kinds, scare quotes without speaker, quotes listed in text order
(the bench locates a repeated text at its next occurrence). Reads the corpus from ../shared relative to
the project root, or the path given as second argument."""
import glob
import gzip
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT = os.path.join(ROOT, "..", "shared", "data", "french-news", "orangesum", "orangesum_parsed.jsonl.gz")
KINDS = {"direct", "partial", "indirect", "scare"}


def main():
    folder = os.path.join(HERE, sys.argv[1])
    path = sys.argv[2] if len(sys.argv) > 2 else DEFAULT
    ids = [l.strip() for l in open(os.path.join(folder, "ids.txt"), encoding="utf-8") if l.strip()]
    wanted = set(ids)
    texts = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec["id"] in wanted:
                texts[rec["id"]] = rec["text"]
    errors = 0
    covered = set()
    for ann in sorted(glob.glob(os.path.join(folder, "annotations-*.jsonl"))):
        seen = []
        for n, line in enumerate(open(ann, encoding="utf-8"), 1):
            d = json.loads(line)
            seen.append(d["id"])
            text = texts.get(d["id"])
            if text is None:
                print(f"{ann}:{n}: id {d['id']} not in ids.txt or not in the corpus"); errors += 1; continue
            last = -1
            for q in d["quotes"]:
                at = text.find(q["text"], last + 1)
                if at < 0:
                    print(f"{ann}:{n}: not in text (or out of order): {q['text'][:60]!r}"); errors += 1; continue
                last = at
                if q["kind"] not in KINDS:
                    print(f"{ann}:{n}: unknown kind {q['kind']}"); errors += 1
                if q["kind"] == "scare" and q["speaker"] is not None:
                    print(f"{ann}:{n}: scare quote with a speaker"); errors += 1
                if q.get("anonymous") and q["speaker"] is not None:
                    print(f"{ann}:{n}: anonymous quote with a speaker"); errors += 1
        if len(set(seen)) != len(seen):
            print(f"{ann}: an id annotated twice"); errors += 1
        covered |= set(seen)
        print(f"{os.path.basename(ann)}: {len(seen)} articles checked")
    if covered != wanted:
        print(f"ids of ids.txt not annotated: {sorted(wanted - covered)}"); errors += 1
    print("OK" if errors == 0 else f"{errors} error(s)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
