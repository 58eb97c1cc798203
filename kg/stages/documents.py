"""Stage documents: proposals, reports, recommendations and regulations named in 《》, and who wrote,
handled or supervised them.

The kind comes from the word right after 》 (《…》提案, 《…》的重点提案), else from the word the title ends
with (…的提案, …调研报告, …实施意见); titles ending in none (books, songs, programmes, newspapers) are not
documents of this kind and are left out. A verb right before 《 (提交, 制定, 办理, 督办…) makes the subject
of its clause (the first person named in it, else the first organization) the author, handler or
supervisor.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.document import Document, NamedDocument, by_sentence
from kg.lexicon import alternation, rows

READS = ("text", "sentences", "person_mentions", "org_mentions", "persons")
WRITES = ("documents",)

TITLE = re.compile(r"《([^《》]{2,120})》")
VERB_GAP = 3   # 制定了《, 提交了题为《


@lru_cache(maxsize=1)
def words() -> dict:
    kinds = dict(rows("document_kinds.tsv"))
    agents = dict(rows("document_agents.tsv"))
    return {"kinds": kinds, "ending": re.compile(f"(?:{alternation(kinds).pattern})$"),
            "after": re.compile(f"^的?(?:{alternation(kinds).pattern})"),
            "agents": agents, "agent_pattern": alternation(agents)}


def document_kind(title: str, after: str) -> str | None:
    w = words()
    m = w["after"].match(after) or w["ending"].search(title)
    return w["kinds"][m.group().removeprefix("的")] if m else None


def agent_in_clause(mentions: tuple[list, list], clause_start: int, verb_at: int) -> tuple[str, str] | None:
    """(person|org, name) of the clause's subject: the first person named between the clause start and the
    verb, else the first organization (冯晓雪向市政协提交: 冯晓雪; 市政协提案委员会督办: the committee);
    mentions: the (resolved persons', organizations') mentions of the clause's sentence."""
    persons = [m for m in mentions[0] if clause_start <= m.start and m.end <= verb_at]
    if persons:
        return "person", min(persons, key=lambda m: m.start).name
    orgs = [m for m in mentions[1] if clause_start <= m.start and m.end <= verb_at]
    if orgs:
        return "org", min(orgs, key=lambda m: m.start).org
    return None


def run(doc: Document) -> None:
    seen: dict[str, NamedDocument] = {}
    w = words()
    persons = by_sentence([m for m in doc.person_mentions if m.name in doc.persons])
    orgs = by_sentence(doc.org_mentions)
    for si, s in enumerate(doc.sentences):
        if s.article < 0:
            continue
        text = doc.text[s.start:s.end]
        for m in TITLE.finditer(text):
            title = m.group(1).strip()
            kind = document_kind(title, text[m.end():])
            if kind is None:
                continue
            named = seen.get(title)
            if named is None:
                named = seen[title] = NamedDocument(title, kind, s.start + m.start(), s.start + m.end(), si)
            head = text[:m.start()]
            clause_at = doc.clause_start(si, s.start + m.start()) - s.start
            verbs = list(w["agent_pattern"].finditer(head, clause_at))
            if not verbs:
                continue
            verb = verbs[-1]
            if len(head) - verb.end() > VERB_GAP:
                continue   # the verb governs something else of the clause (审议时的讲话精神和《…》)
            agent = agent_in_clause((persons.get(si, []), orgs.get(si, [])), s.start + clause_at, s.start + verb.start())
            if agent:
                link = (w["agents"][verb.group()], *agent)
                if link not in named.agents:
                    named.agents.append(link)
    doc.documents = list(seen.values())
