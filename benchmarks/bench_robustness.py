"""Robustness of extraction to what real input does to a page, without gold: each page is extracted as it is
and again perturbed as PDF conversion and web pages perturb text, and the two results are compared (F1 of the
perturbed page's persons, organizations and posts against the page's own).

    .venv/bin/python benchmarks/bench_robustness.py                    # the dev corpus of ../shared/eval
    .venv/bin/python benchmarks/bench_robustness.py DIR_OR_FILES... --show 0.9 --kinds letterspaced,wrap

Perturbations (each deterministic, seeded):
    wrap          lines hard-wrapped every 28-40 characters, mid-sentence (PDF line breaks)
    letterspaced  30 % of the lines with a space between every two characters (PDF justified text)
    padded        two-character names padded with an ideographic space (王　伟), as name lists align them
    spaced        three-character names spaced out inside unspaced text (宋 建 国): a known weakness, the
                  text cannot tell it from 王 伟 李明
    columns       the page below its first three lines set in two columns of 18 characters side by side, as
                  `pdftotext -layout` gives a two-column page
    traditional   the page in traditional characters (OpenCC s2t)
    furniture     navigation, page header (发布时间, 来源, 浏览次数), buttons and footer lines around the page

1.0 means the perturbation changes nothing; the figures are means over the pages.
"""
from __future__ import annotations

import argparse
import collections
import random
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.compare_baselines import SHARED  # noqa: E402
from kg import pipeline, rdf  # noqa: E402
from kg.iris import ORG  # noqa: E402
from rdflib.namespace import FOAF, RDF, SKOS  # noqa: E402

FURNITURE_HEAD = "首页 > 新闻中心 > 工作动态\n发布时间：2023-05-06 10:20 来源：本站 作者：办公室 浏览次数：123\n【字体：大 中 小】 打印 关闭\n"
FURNITURE_FOOT = ("\n上一篇：关于召开会议的通知\n下一篇：无\n"
                  "主办单位：某某市政协办公室 地址：某某路1号 电话：0000-1234567 邮箱：office@example.cn\n")


def facts(path: Path) -> dict[str, set]:
    """The persons' names, the organizations' labels and the posts (person, role, organization) of a page."""
    g = rdf.to_graph(pipeline.process(path))

    def labels(node, prop=SKOS.prefLabel) -> set[str]:
        return {str(n) for n in g.objects(node, prop)}
    persons = {n for p in g.subjects(RDF.type, FOAF.Person) for n in labels(p, FOAF.name)}
    orgs = {n for o in g.subjects(RDF.type, ORG.Organization) for n in labels(o)}
    posts = {(p, r, o) for m in set(g.subjects(ORG.member, None))
             for p in {n for x in g.objects(m, ORG.member) for n in labels(x, FOAF.name)}
             for r in {n for x in g.objects(m, ORG.role) for n in labels(x)}
             for o in {n for x in g.objects(m, ORG.organization) for n in labels(x)}}
    return {"persons": persons, "organizations": orgs, "posts": posts}


def wrap(text: str, rnd: random.Random, names: set[str]) -> str:
    out = []
    for line in text.splitlines():
        while len(line) > 40:
            cut = rnd.randint(28, 40)
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return "\n".join(out)


def letterspaced(text: str, rnd: random.Random, names: set[str]) -> str:
    return "\n".join(" ".join(line) if rnd.random() < 0.3 else line for line in text.splitlines())


def padded(text: str, rnd: random.Random, names: set[str]) -> str:
    for name in (n for n in names if len(n) == 2):
        text = text.replace(name, name[0] + "\u3000" + name[1])
    return text


def spaced(text: str, rnd: random.Random, names: set[str]) -> str:
    for name in (n for n in names if len(n) == 3 and "·" not in n):
        text = text.replace(name, " ".join(name))
    return text


def columns(text: str, rnd: random.Random, names: set[str], width: int = 18) -> str:
    lines = text.split("\n")
    head, wrapped = lines[:3], []   # the title and the header lines stay above the columns
    for para in lines[3:]:
        wrapped += [para[i:i + width] for i in range(0, len(para), width)] or [""]
    half = (len(wrapped) + 1) // 2
    left, right = wrapped[:half], wrapped[half:] + [""] * (2 * half - len(wrapped))
    return "\n".join(head + [l + " " * (4 + 2 * (width - len(l))) + r if r.strip() else l
                             for l, r in zip(left, right)])


def traditional(text: str, rnd: random.Random, names: set[str]) -> str:
    import opencc
    return opencc.OpenCC("s2t").convert(text)


def furniture(text: str, rnd: random.Random, names: set[str]) -> str:
    return FURNITURE_HEAD + text + FURNITURE_FOOT


PERTURBATIONS = {f.__name__: f for f in (wrap, letterspaced, padded, spaced, columns, traditional, furniture)}


def f1(base: set, got: set) -> float:
    return 1.0 if not base and not got else 2 * len(base & got) / (len(base) + len(got))


def pages(args: list[str]) -> list[Path]:
    paths = [Path(a) for a in args] or [SHARED / "eval" / "dev" / "corpus"]
    return sorted(q for p in paths for q in (sorted(p.glob("*.txt")) if p.is_dir() else [p]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pages", nargs="*", help="text files or folders of them (default: the dev corpus)")
    ap.add_argument("--kinds", default=",".join(PERTURBATIONS), help="perturbations, comma-separated")
    ap.add_argument("--show", type=float, default=0.0, help="list the pages scoring below this, with what differs")
    args = ap.parse_args(argv)
    kinds = [k for k in args.kinds.split(",") if k]
    scores = collections.defaultdict(lambda: collections.defaultdict(list))
    with tempfile.TemporaryDirectory() as tmp:
        for path in pages(args.pages):
            text = path.read_text(encoding="utf-8")
            base = facts(path)
            for kind in kinds:
                perturbed = Path(tmp) / path.name
                perturbed.write_text(PERTURBATIONS[kind](text, random.Random(path.name), base["persons"]),
                                     encoding="utf-8")
                got = facts(perturbed)
                for what in base:
                    score = f1(base[what], got[what])
                    scores[kind][what].append(score)
                    if score < args.show:
                        print(f"{path.name:28} {kind:12} {what:13} {score:.2f} lost {sorted(base[what] - got[what])[:3]}"
                              f" new {sorted(got[what] - base[what])[:3]}")
    print(f"{'perturbation':14} {'persons':>8} {'orgs':>8} {'posts':>8}   ({len(pages(args.pages))} pages)")
    for kind in kinds:
        print(f"{kind:14} " + " ".join(f"{sum(v) / len(v):8.3f}" for v in scores[kind].values()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
