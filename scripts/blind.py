#!/usr/bin/env python3
"""blind.py: the blind-annotated corpus articles of eval/blind, kept without article text.

The gold files in eval/blind were written by annotators who had not seen geokg's output on
their articles (docs/extraction.md, "Measuring on unseen articles"). The articles themselves are
third-party text and stay in ../shared/corpus: each gold file names its corpus line and article
id, and every evidence quote is stored as a character span of the article file instead of text.

  blind.py [--corpus JSONL] unpack BLIND_DIR OUT_DIR
      write OUT_DIR/NAME.txt (the article, in the dev layout: header, ---, body) and
      OUT_DIR/NAME.gold.json (the gold, evidence quotes restored) for every BLIND_DIR/NAME.gold.json
  blind.py [--corpus JSONL] draw [--blind DIR] SEED COUNT OUT_DIR
      draw COUNT articles at random (random.Random(SEED)) among the corpus lines of 1,800 to 5,500
      characters of text that no gold file of the blind DIR (default: eval/blind) names, and write
      them to OUT_DIR/001.txt ... in that layout, for annotators
  blind.py [--corpus JSONL] pack GOLD_DIR OUT_DIR PREFIX
      the reverse, for a new draw: GOLD_DIR holds NNN.txt and NNN.gold.json in the dev layout
      (articles written by unpack's layout from corpus lines); writes OUT_DIR/PREFIX-NNN.gold.json

unpack and pack check what they write: a corpus line whose article id or text differs from the
gold's, or an evidence quote not found in its article, is an error (exit 1), and nothing is
written for it.
"""
import argparse
import json
import os
import random
import re
import sys

DEFAULT_CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared",
                              "corpus", "allsides-world.jsonl")
LINE = re.compile(r"^source_repo: allsides-world corpus line (\d+)$", re.M)


class Error(Exception):
    pass


def load_corpus(path):
    """The corpus as {line number (from 1): article dict}."""
    try:
        with open(path, encoding="utf-8") as f:
            return {n: json.loads(l) for n, l in enumerate(f, 1) if l.strip()}
    except OSError as e:
        raise Error(f"read corpus: {e}") from e


def article_text(line, art):
    """The article file for a corpus line, byte for byte the layout the annotators read."""
    return (f"source_repo: allsides-world corpus line {line}\nsource_path: {art['id']}\n"
            f"title: {art['title']}\ndate: {art.get('date') or ''}\n---\n{art['text']}\n")


def find_span(text, quote):
    """The first span of text that equals quote up to runs of white space, or None."""
    words = quote.split()
    if not words:
        return None
    m = re.search(r"\s+".join(map(re.escape, words)), text)
    return [m.start(), m.end()] if m else None


def pack_one(corpus, gold_path, txt_path):
    with open(txt_path, encoding="utf-8") as f:
        # The first draw wrote a missing date as "None"; the layout writes it empty.
        txt = f.read().replace("\ndate: None\n", "\ndate: \n", 1)
    m = LINE.search(txt)
    if not m:
        raise Error(f"{txt_path}: no 'source_repo: allsides-world corpus line N' header")
    line = int(m.group(1))
    art = corpus.get(line)
    if art is None or article_text(line, art) != txt:
        raise Error(f"{txt_path}: differs from corpus line {line}")
    with open(gold_path, encoding="utf-8") as f:
        gold = json.load(f)
    for part in ("relations", "events"):
        for r in gold.get(part, []):
            span = find_span(txt, r.pop("evidence", ""))
            if span is None:
                raise Error(f"{gold_path}: an evidence quote of its {part} is not in the article")
            r["span"] = span
    gold["source"] = {"corpus": "allsides-world.jsonl", "line": line, "id": art["id"]}
    gold.pop("article", None)
    return gold


def unpack_one(corpus, gold):
    src = gold.get("source") or {}
    art = corpus.get(src.get("line"))
    if art is None or art["id"] != src.get("id"):
        raise Error(f"corpus line {src.get('line')} is not article {src.get('id')}")
    txt = article_text(src["line"], art)
    for part in ("relations", "events"):
        for r in gold.get(part, []):
            start, end = r.pop("span")
            if not 0 <= start < end <= len(txt):
                raise Error(f"span {start}-{end} is outside article {src['id']}")
            r["evidence"] = txt[start:end]
    return txt, gold


def draw(corpus, blind_dir, seed, count, out_dir):
    used = set()
    for n in os.listdir(blind_dir):
        if n.endswith(".gold.json"):
            with open(os.path.join(blind_dir, n), encoding="utf-8") as f:
                used.add(json.load(f).get("source", {}).get("line"))
    pool = [n for n, a in sorted(corpus.items()) if 1800 <= len(a["text"]) <= 5500 and n not in used]
    if count > len(pool):
        raise Error(f"only {len(pool)} articles left to draw")
    os.makedirs(out_dir, exist_ok=True)
    for i, n in enumerate(sorted(random.Random(seed).sample(pool, count)), 1):
        with open(os.path.join(out_dir, f"{i:03d}.txt"), "w", encoding="utf-8") as f:
            f.write(article_text(n, corpus[n]))
    print(f"{count} articles written to {out_dir}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    sub = ap.add_subparsers(dest="cmd", required=True)
    u = sub.add_parser("unpack")
    u.add_argument("blind_dir")
    u.add_argument("out_dir")
    d = sub.add_parser("draw")
    d.add_argument("--blind", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "eval", "blind"))
    d.add_argument("seed", type=int)
    d.add_argument("count", type=int)
    d.add_argument("out_dir")
    p = sub.add_parser("pack")
    p.add_argument("gold_dir")
    p.add_argument("out_dir")
    p.add_argument("prefix")
    a = ap.parse_args()
    try:
        corpus = load_corpus(a.corpus)
        if a.cmd == "draw":
            draw(corpus, a.blind, a.seed, a.count, a.out_dir)
        elif a.cmd == "unpack":
            names = sorted(n[:-len(".gold.json")] for n in os.listdir(a.blind_dir) if n.endswith(".gold.json"))
            if not names:
                raise Error(f"{a.blind_dir}: no .gold.json files")
            os.makedirs(a.out_dir, exist_ok=True)
            for name in names:
                with open(os.path.join(a.blind_dir, name + ".gold.json"), encoding="utf-8") as f:
                    gold = json.load(f)
                try:
                    txt, gold = unpack_one(corpus, gold)
                except Error as e:
                    raise Error(f"{name}: {e}") from e
                gold = {"article": name + ".txt", **{k: v for k, v in gold.items() if k != "source"}}
                with open(os.path.join(a.out_dir, name + ".txt"), "w", encoding="utf-8") as f:
                    f.write(txt)
                with open(os.path.join(a.out_dir, name + ".gold.json"), "w", encoding="utf-8") as f:
                    json.dump(gold, f, indent=1, ensure_ascii=False)
            print(f"{len(names)} articles written to {a.out_dir}")
        else:
            names = sorted(n[:-len(".gold.json")] for n in os.listdir(a.gold_dir) if n.endswith(".gold.json"))
            packed = [(n, pack_one(corpus, os.path.join(a.gold_dir, n + ".gold.json"),
                                   os.path.join(a.gold_dir, n + ".txt"))) for n in names]
            os.makedirs(a.out_dir, exist_ok=True)
            for n, gold in packed:
                with open(os.path.join(a.out_dir, f"{a.prefix}-{n}.gold.json"), "w", encoding="utf-8") as f:
                    json.dump(gold, f, indent=1, ensure_ascii=False)
                    f.write("\n")
            print(f"{len(packed)} gold files written to {a.out_dir}")
    except (Error, OSError, ValueError, KeyError) as e:
        print(f"blind.py: {e}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
