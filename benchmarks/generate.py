"""Invented CPPCC work bulletins for the scale benchmarks: every copy varies names, places and companies.

The templates below are written for this benchmark (no text of a real bulletin); each bulletin has a masthead,
an issue number, the editing office, a date, a table of contents and some articles in 【sections】 whose
sentences state posts (市政协副主席某某), meetings, visits to companies and proposals, so every stage of the
pipeline has work to do. The same seed gives the same bulletins.

    python benchmarks/generate.py 200 -o /tmp/bulletins          # 200 files of about 5,000 characters
    python benchmarks/generate.py 1 --chars 1000000 -o /tmp/big   # one bulletin of about 1 MB

>>> from benchmarks.generate import bulletin
>>> text = bulletin(7)
>>> text.splitlines()[0].endswith("政协工作动态")
True
"""
from __future__ import annotations

import argparse
import random
from pathlib import Path

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "建国伟明华军平志强海涛晓东红梅丽娟敏静文博宇浩然俊峰立新永刚春生秋云德福庆祥玉兰凤英振兴卫东学勤书翰思远嘉怡子涵雨轩欣悦瑞林"
# (city, province, short name of the bulletin's masthead, districts of the city)
CITIES = [
    ("柳州市", "广西壮族自治区", "柳州", ["城中区", "鱼峰区", "柳南区", "柳北区"]),
    ("绵阳市", "四川省", "绵阳", ["涪城区", "游仙区", "安州区", "江油市"]),
    ("赣州市", "江西省", "赣州", ["章贡区", "南康区", "赣县区", "瑞金市"]),
    ("潍坊市", "山东省", "潍坊", ["奎文区", "潍城区", "寒亭区", "青州市"]),
    ("岳阳市", "湖南省", "岳阳", ["岳阳楼区", "云溪区", "君山区", "汨罗市"]),
    ("宝鸡市", "陕西省", "宝鸡", ["渭滨区", "金台区", "陈仓区", "凤翔区"]),
    ("湖州市", "浙江省", "湖州", ["吴兴区", "南浔区", "德清县", "长兴县"]),
    ("曲靖市", "云南省", "曲靖", ["麒麟区", "沾益区", "马龙区", "宣威市"]),
    ("齐齐哈尔市", "黑龙江省", "齐齐哈尔", ["龙沙区", "建华区", "铁锋区", "讷河市"]),
    ("芜湖市", "安徽省", "芜湖", ["镜湖区", "鸠江区", "弋江区", "湾沚区"]),
]
COMPANY_WORDS = ["华信", "远景", "恒通", "金桥", "瑞丰", "鼎盛", "宏达", "新源", "天成", "嘉禾", "博远", "正泰"]
INDUSTRIES = ["新材料", "智能装备", "生物医药", "电子科技", "农业发展", "物流", "新能源", "食品", "汽车零部件"]
COMPANY_KINDS = ["有限公司", "股份有限公司", "集团有限公司"]
BODIES = ["提案委员会", "经济委员会", "文化文史和学习委员会", "社会和法制委员会", "农业和农村委员会"]
TOPICS = ["优化营商环境", "乡村振兴", "城市更新", "养老服务体系建设", "职业教育发展", "生态环境保护",
          "中小企业融资", "文化旅游融合发展", "数字经济发展", "老旧小区改造"]
SECTIONS = ["重要会议", "协商议政", "调研视察", "委员风采", "提案工作", "县区政协"]


class Bulletin:
    """The invented people, companies and dates of one bulletin, and its sentences."""

    def __init__(self, rng: random.Random, number: int):
        self.rng = rng
        self.number = number
        self.city, self.province, self.short, self.districts = rng.choice(CITIES)
        self.year = rng.randint(2016, 2025)
        self.month = rng.randint(1, 12)
        self.chair, self.party_secretary = self.person(), self.person()
        self.vice_chairs = [self.person() for _ in range(rng.randint(2, 4))]
        self.secretary_general = self.person()

    def person(self) -> str:
        given = "".join(self.rng.choice(GIVEN) for _ in range(self.rng.choice((1, 2, 2))))
        return self.rng.choice(SURNAMES) + given

    def company(self) -> str:
        return self.short + self.rng.choice(COMPANY_WORDS) + self.rng.choice(INDUSTRIES) + self.rng.choice(COMPANY_KINDS)

    def day(self) -> str:
        return f"{self.month}月{self.rng.randint(1, 28)}日"

    def sentences(self) -> list[str]:
        r = self.rng
        vice, other = r.sample(self.vice_chairs, 2)
        district = r.choice(self.districts)
        topic, body = r.choice(TOPICS), r.choice(BODIES)
        return r.sample([
            f"{self.day()}，市政协主席{self.chair}主持召开主席会议，专题协商“{topic}”工作。",
            f"市政协党组书记{self.party_secretary}出席会议并讲话，市政协副主席{vice}、{other}参加。",
            f"{self.day()}，市政协副主席{vice}带队赴{self.company()}调研，详细了解企业生产经营情况。",
            f"市政协秘书长{self.secretary_general}陪同调研，{district}政协主席{self.person()}介绍了有关情况。",
            f"市政协{body}主任{self.person()}汇报了“{topic}”专题调研报告起草情况。",
            f"会议审议通过了《关于{topic}的协商意见》，将报送市委、市政府参阅。",
            f"市政协委员、{self.company()}董事长{self.person()}建议加大对{topic}的政策支持力度。",
            f"{self.province}政协副主席{self.person()}来{self.short}调研，市政协主席{self.chair}陪同。",
            f"{district}政协召开常委会议，区政协主席{self.person()}主持，副主席{self.person()}通报了提案办理情况。",
            f"与会委员围绕{topic}积极建言，提出意见建议{r.randint(8, 40)}条。",
        ], k=r.randint(6, 10))

    def article(self, section: str) -> list[str]:
        title = f"市政协{self.rng.choice(['召开', '组织', '开展'])}“{self.rng.choice(TOPICS)}”专题{self.rng.choice(['协商会', '调研', '视察'])}"
        return [f"【{section}】", "", title, "", *self.sentences(), ""]

    def text(self, chars: int) -> str:
        lines = [f"{self.short}政协工作动态", "", f"第 {self.number % 24 + 1} 期", "", f"{self.city}政协办公室", "",
                 f"{self.year} 年 {self.month} 月 {self.rng.randint(1, 28)} 日", ""]
        size = sum(map(len, lines))
        sections = iter(lambda: self.rng.choice(SECTIONS), None)
        while size < chars:
            article = self.article(next(sections))
            lines.extend(article)
            size += sum(len(line) + 1 for line in article)
        return "\n".join(lines) + "\n"


def bulletin(number: int, chars: int = 5000, seed: int = 0) -> str:
    """The text of invented bulletin NUMBER, about CHARS characters long.

    >>> len(bulletin(1, chars=2000)) >= 2000
    True
    """
    return Bulletin(random.Random(f"{seed}:{number}"), number).text(chars)


def write(directory: str | Path, count: int, chars: int = 5000, seed: int = 0) -> list[Path]:
    """Write COUNT bulletins as DIRECTORY/bulletin-NNNNNN.txt (UTF-8); returns their paths."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = directory / f"bulletin-{seed}-{number:06d}.txt"
        path.write_text(bulletin(number, chars, seed), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int)
    parser.add_argument("-o", "--output", required=True, metavar="DIR")
    parser.add_argument("--chars", type=int, default=5000, help="characters per bulletin (default 5000)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    paths = write(args.output, args.count, args.chars, args.seed)
    print(f"wrote {len(paths)} bulletins to {args.output}")


if __name__ == "__main__":
    main()
