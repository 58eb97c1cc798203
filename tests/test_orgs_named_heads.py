"""Named bodies whose heads real pages write and the lexicon lacked (session 14, fix7a): a logistics park (物流园),
a joint or innovation centre (联合中心, 联合创新中心, a place in ASCII brackets inside the name), a federation of
organizations (总会), with stop words inside the name (组织, 联合). Invented bulletins of 宝鸡 (陕西)."""
from __future__ import annotations

import pytest

from test_extraction import posts_of
from test_real_pages import page


@pytest.mark.parametrize("body, name, kind", [
    ("视察组先后前往秦岭宝鸡现代农产品物流园、渭滨小学调研。", "秦岭宝鸡现代农产品物流园", "COMPANY"),
    # 联合 is a stop word elsewhere (联合调研): inside 联合创新中心 it is the name's
    ("委员们在秦云(宝鸡)联合创新中心就数字经济进行调研。", "秦云(宝鸡)联合创新中心", "OTHER"),
    # 组织 is a stop word elsewhere (组织开展): inside 社会组织总会 it is the name's
    ("市民政局、陕西社会组织总会相关负责人参加座谈。", "陕西社会组织总会", "OTHER"),
])
def test_a_body_named_with_a_head_of_its_own(tmp_path_factory, body, name, kind):
    doc = page(tmp_path_factory, "宝鸡", f"委员视察\n6月1日，{body}\n")
    assert doc.organizations[name].kind == kind


def test_a_joint_centre_and_its_head(tmp_path_factory):
    doc = page(tmp_path_factory, "宝鸡", "专题讲座\n6月1日，国家西部水土保持联合中心副主任马德成作报告。\n")
    assert posts_of(doc, "马德成") == {("副主任", "国家西部水土保持联合中心")}
