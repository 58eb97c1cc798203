"""Leadership lists as sites and PDFs set them, names spaced out to the width of a column (副主席 王 建 国  赵明华),
on invented text (遵义 in 贵州; the persons are invented)."""
from __future__ import annotations

from test_extraction import masthead, write_and_process


def test_three_characters_spaced_out_between_wider_gaps_are_one_name(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "zunyi-page.txt", masthead("遵义", 5, "2024年6月3日")
                            + "市政协领导班子\n主  席：孙 伟\n副主席：李  强  王 建 国  赵明华\n"
                              "副主席 钱 立 新  周 斌\n秘书长：吴 海 波\n")
    assert {"孙伟", "李强", "王建国", "赵明华", "钱立新", "周斌", "吴海波"} <= set(doc.persons)
    assert not {"王建", "钱立"} & set(doc.persons)
