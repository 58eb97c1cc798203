"""Cost of kg/inputs.py over the libraries it calls, each measured in the same run on the same input.

    .venv/bin/python benchmarks/bench_inputs.py [--megabytes 50]

  text  decode_text (five encodings judged on the first 64 KB, the one kept decodes the whole file) against
        one bytes.decode of the same bytes in the right encoding, UTF-8 and GBK, a file of --megabytes
  pdf   read_pdf (layout boxes, wrapped lines joined, page numbers and running headers dropped) against
        pdfminer.high_level.extract_text, on seeds/ typeset by reportlab
  docx  read_docx against python-docx's paragraphs alone; html read_html against trafilatura.extract

Targets: text within 3x one bytes.decode (the judging is a bounded sample); the others within 1.3x the
library (what kg adds is bookkeeping). Peak memory of the text case is printed against the file's size.
"""
from __future__ import annotations

import argparse
import io
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg import inputs  # noqa: E402

SEED_TEXT = "\n".join(p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt")))


def best_of(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def row(what: str, ours: float, reference: float, name: str) -> None:
    print(f"{what:<28} {ours * 1000:9.1f} ms   {name:<34} {reference * 1000:9.1f} ms   ratio {ours / reference:5.2f}")


def bench_text(megabytes: int) -> None:
    big = SEED_TEXT * (megabytes * 1_000_000 // len(SEED_TEXT.encode()) + 1)
    for encoding in ("utf-8", "gbk"):
        raw = big.encode(encoding)
        row(f"text {len(raw) / 1e6:.0f} MB {encoding}", best_of(lambda: inputs.decode_text(raw), 1),
            best_of(lambda: raw.decode(encoding), 1), "bytes.decode")
    print(f"{'':28} peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB "
          f"for files of {megabytes} MB")


def seed_pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("cjk", fontName="STSong-Light", fontSize=11, leading=16, wordWrap="CJK")
    out = io.BytesIO()
    paragraphs = [p.replace("&", "&amp;").replace("<", "&lt;") for p in SEED_TEXT.splitlines() if p.strip()]
    SimpleDocTemplate(out, pagesize=A4).build([Paragraph(p, style) for p in paragraphs])
    return out.getvalue()


def bench_pdf() -> None:
    from pdfminer.high_level import extract_text
    raw = seed_pdf()
    row(f"pdf {len(raw) // 1000} kB", best_of(lambda: inputs.read_pdf(raw)),
        best_of(lambda: extract_text(io.BytesIO(raw))), "pdfminer extract_text")


def bench_docx() -> None:
    import docx
    document = docx.Document()
    for line in SEED_TEXT.splitlines():
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    raw = out.getvalue()
    row(f"docx {len(raw) // 1000} kB", best_of(lambda: inputs.read_docx(raw)),
        best_of(lambda: [p.text for p in docx.Document(io.BytesIO(raw)).paragraphs]), "python-docx paragraphs")


def bench_html() -> None:
    import trafilatura
    body = "".join(f"<p>{p}</p>" for p in SEED_TEXT.splitlines() if p.strip())
    page = (f"<html><head><meta charset='utf-8'><title>政协工作动态</title></head><body><div class='nav'>"
            f"<a href='/'>首页</a></div><h1>政协工作动态</h1><div class='info'>发布时间：2024-05-30　来源：政协办公室"
            f"</div><div class='content'>{body}</div></body></html>").encode("utf-8")
    row(f"html {len(page) // 1000} kB", best_of(lambda: inputs.read_html(page)),
        best_of(lambda: trafilatura.extract(page)), "trafilatura extract")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=50, help="size of the text file (default 50)")
    args = parser.parse_args()
    bench_pdf()
    bench_docx()
    bench_html()
    bench_text(args.megabytes)


if __name__ == "__main__":
    main()
