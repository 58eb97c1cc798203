"""Property tests (hypothesis): the pipeline on any text, and the inputs on any bytes.

Texts mix arbitrary Unicode with the words bulletins are made of (titles, bodies, dates, brackets, line
breaks), so the extractors get past the read and split stages and find names, posts, events and documents
in strange places. Each property holds for every input: no exception but a ReadError, every offset points
at the text it quotes, and the Turtle of the result parses. Example counts are small to keep the suite fast.
"""
from __future__ import annotations

import os
from pathlib import Path

import rdflib
from hypothesis import HealthCheck, given, settings, strategies as st

from kg import inputs, rdf
from kg.document import Document
from kg.pipeline import STAGES
from kg.stages.read import ReadError

WORDS = ["市政协", "县政协", "主席", "副主席", "秘书长", "党组书记", "委员", "王建国", "李明", "张红梅", "欧阳",
         "召开", "主持", "出席", "调研", "视察", "会议", "常委会议", "协商", "《关于", "的提案》", "》", "《",
         "【", "】", "（", "）", "“", "”", "，", "、", "。", "：", "；", "！", "\n", "\n\n", " ", "\u3000",
         "6月", "10日", "2023年", "二〇二三年", "十二月", "第3期", "政协工作动态", "有限公司", "董事长",
         "吉安市", "永新县", "乡", "镇", "党委", "人民政府", "近日", "本报讯", "发布时间：2024-05-30",
         "来源：", "抄送：", "＊", "\r\n", "\t", "a", "1", "Ａ"]
texts = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=4)), max_size=60).map("".join)
# few examples by default (about 3 s in all, when the machine is not loaded); HYPOTHESIS_PROFILE=thorough tries many more
settings.register_profile("fast", max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=2000, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fast"))


def run_pipeline(raw: bytes, name: str = "bulletin.txt") -> Document | None:
    """The pipeline on bytes; None when the read stage refuses them (with a ReadError)."""
    doc = Document(path=Path(name), raw=raw)
    try:
        for _name, stage in STAGES:
            stage(doc)
    except ReadError as e:      # a refusal names the file and the cause in one line
        assert str(e).startswith(f"{name}: ") and "\n" not in str(e)
        return None
    return doc


def assert_offsets_quote_the_text(doc: Document) -> None:
    text = doc.text
    for s in doc.sentences:
        assert 0 <= s.start <= s.end <= len(text)
    for a in doc.articles:
        assert 0 <= a.start <= a.end <= len(text)
    for m in doc.person_mentions:
        assert text[m.start:m.end] == m.name
    for m in doc.org_mentions:
        assert text[m.start:m.end] == m.surface
    for p in doc.posts:
        assert 0 <= p.start < p.end <= len(text) and p.person in text[p.start:p.end]
    for d in doc.documents:
        assert d.title in text[d.start:d.end]
    for e in doc.events:
        assert 0 <= e.sentence <= e.last_sentence < len(doc.sentences)


@given(texts)
def test_pipeline_on_any_text(text):
    doc = run_pipeline(text.encode("utf-8") or b" ")    # empty bytes would make the stage read the file
    if doc is None:
        assert not inputs.looks_like_text(text) or not text.strip()
        return
    assert_offsets_quote_the_text(doc)
    turtle = rdf.to_graph(doc).serialize(format="turtle")
    assert len(rdflib.Graph().parse(data=turtle, format="turtle")) > 0


@given(st.sampled_from([b"", b"%PDF-1.4\n", b"PK\x03\x04", b"<html>"]), st.binary(max_size=300),
       st.sampled_from(["a.txt", "a.pdf", "a.docx", "a.html"]))
def test_inputs_on_any_bytes_read_or_name_the_cause(magic, rest, name):
    raw = magic + rest          # past the first bytes that tell the kind, into each reader
    try:
        reading = inputs.read(name, raw)
    except ReadError as e:
        message = str(e)
        assert message.startswith(name + ":") and "\n" not in message
        return
    assert reading.text.strip() and reading.kind in inputs.READERS


@given(texts, st.sampled_from(["utf-8", "gb18030", "utf-16"]))
def test_chinese_text_reads_back_in_its_encoding(text, encoding):
    sample = "政协委员深入调研" + text     # Chinese text, unless text brings many other letters
    try:
        raw = sample.encode(encoding)
    except UnicodeEncodeError:
        return
    if inputs.looks_like_text(sample) and inputs.chinese_ratio(sample) >= inputs.MIN_CHINESE:
        assert inputs.decode_text(raw) == (sample, encoding, [])
