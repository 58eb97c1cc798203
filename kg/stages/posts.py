"""Stage posts: (person, role, organization) from the title phrases that stand before names.

市委副书记、政法委书记、组织部部长王征宇 is split at 、 into organization part + title; an empty
organization part takes the one before it (党组副书记、主席), a sub-body takes its parent (政法委 of 市委),
a title that names its own organization gives it (市长 → 包头市人民政府, 总书记 → 中共中央), and 公司 or a
bare company title (董事长) points back to the company named last. A list of names shares the phrase.
"""
from __future__ import annotations

import dataclasses

from kg.document import Document, Organization, Post
from kg.lexicon import lexicon
from kg.orgnames import canonical, head_kind, party_suffixes, sub_body, subsequence
from kg.scopes import Scope, scope_for

READS = ("text", "sentences", "articles", "context", "person_mentions")
WRITES = ("posts", "organizations", "org_mentions")

COMPANY_TITLES = ("董事长", "副董事长", "董事", "总经理", "副总经理", "经理", "总裁", "副总裁", "总工程师")
GENERIC_HEADS = {"公司": "COMPANY", "集团": "COMPANY", "企业": "COMPANY", "学校": "OTHER", "医院": "OTHER",
                 "学院": "OTHER", "大学": "OTHER"}


def split_title(chunk: str) -> tuple[str, str] | None:
    """(organization part, title) of one 、-separated piece, the title being its longest title suffix."""
    titles = lexicon().titles
    for length in range(min(len(chunk), 8), 1, -1):
        if chunk[-length:] in titles:
            return chunk[:-length], chunk[-length:]
    return None


class PostReader:
    def __init__(self, doc: Document):
        self.doc = doc

    def earlier_orgs(self, before: int, article: int) -> list[Organization]:
        """Organizations named earlier in the same article, nearest first."""
        doc = self.doc
        near = sorted((m for m in doc.org_mentions if m.start < before and m.org in doc.organizations
                       and doc.sentences[m.sentence].article == article), key=lambda m: -m.start)
        return [doc.organizations[m.org] for m in near]

    def anaphor(self, part: str, before: int, article: int) -> Organization | None:
        """公司 → the company named last; 社市委会 → the organization whose name it abbreviates."""
        earlier = self.earlier_orgs(before, article)
        kind = GENERIC_HEADS.get(part)
        if kind:
            return next((o for o in earlier if o.kind == kind), None)
        if len(part) >= 3:
            for o in earlier:
                if part[-1] == o.name[-1] and any(subsequence(part, a) for a in o.aliases | {o.name}):
                    return o
        return None

    def implied(self, template: str, scope: Scope) -> Organization | None:
        values = {"prefecture": scope.prefecture, "county": scope.county, "province": scope.province}
        try:
            name = template.format(**{k: (v.name if v else "\0") for k, v in values.items()})
        except KeyError:
            return None
        if "\0" in name:
            return None
        org = canonical(name, scope)
        if org is None:
            org = Organization(name, "PARTY" if name.startswith("中共") else head_kind(name) or "GOVERNMENT", {name})
        return org

    def phrase_posts(self, phrase: str, at: int, sentence: int, previous: Organization | None):
        """(role, organization) pairs of one title phrase."""
        doc = self.doc
        lex = lexicon()
        article = doc.sentences[sentence].article
        base = scope_for(doc, article)
        out = []
        org: Organization | None = None
        anchor: Organization | None = None   # the top organization of the phrase: sub-bodies hang under it
        for chunk in phrase.split("、"):
            parsed = split_title(chunk)
            if parsed is None:
                continue
            part, role = parsed
            title = lex.titles[role]
            if title.kind == "member" or (title.kind == "person" and not part):
                continue   # 民盟盟员; 高级工程师, 教授 with no university: evidence of a person, no post
            parent = anchor or previous
            scope = dataclasses.replace(base, parent=parent)
            found = None
            if part.startswith("公司") and part[2:].endswith(party_suffixes()):
                # 公司党委书记: the Party committee of the company named before
                company = self.anaphor("公司", at, article)
                found = sub_body(company, part[2:]) if company is not None else None
            elif part:
                found = canonical(part, scope) or self.anaphor(part, at, article)
                if found is None and parent is not None and part in ("机关",):
                    found = parent
            elif title.implies:
                found = self.implied(title.implies, scope)
            elif parent is not None:
                found = parent
            elif role in COMPANY_TITLES:
                found = self.anaphor("公司", at, article)
            if found is None:
                if part:
                    org = None
                continue
            org = found
            anchor = found.parent_org if found.parent_org is not None else found
            out.append((role, org))
        return out, anchor


def leader_posts(doc: Document) -> set[int]:
    """汪洋主席 in a 2021 bulletin: 主席 of 全国政协, by the table of national leaders' terms. Returns the
    start offsets of the mentions it gave a post."""
    done: set[int] = set()
    lex = lexicon()
    national = {name: (kind, aliases) for name, kind, aliases in lex.national_orgs}
    for m in doc.person_mentions:
        if m.evidence != "lexicon" or m.title_start != m.end:
            continue
        title = doc.text[m.title_start:m.title_end]
        for leader in lex.national_leaders:
            if (leader.name, leader.title) == (m.name, title) and leader.in_office(doc.context.year) \
                    and leader.organization in national:
                kind, aliases = national[leader.organization]
                org = Organization(leader.organization, kind, set(aliases))
                doc.add_organization(org, title, m.title_start, m.title_end, m.sentence)
                doc.posts.append(Post(m.name, title, org.name, m.start, m.title_end, m.sentence,
                                      headline=doc.sentences[m.sentence].headline))
                done.add(m.start)
    return done


def run(doc: Document) -> None:
    done = leader_posts(doc)
    reader = PostReader(doc)
    previous_by_sentence: dict[int, Organization] = {}
    phrases: dict[tuple[int, int], list] = {}
    for m in doc.person_mentions:
        if m.title_start >= 0 and m.start not in done:
            phrases.setdefault((m.title_start, m.title_end), []).append(m)
    for (start, end), mentions in sorted(phrases.items()):
        sentence = mentions[0].sentence
        phrase = doc.text[start:end]
        pairs, anchor = reader.phrase_posts(phrase, start, sentence, previous_by_sentence.get(sentence))
        if anchor is not None:
            previous_by_sentence[sentence] = anchor
        for role, org in pairs:
            doc.add_organization(org, doc.text[start:end], start, end, sentence)
            for m in mentions:
                doc.posts.append(Post(m.name, role, org.name, start, m.end, sentence,
                                      headline=doc.sentences[sentence].headline))
