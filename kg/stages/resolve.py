"""Stage resolve: one entry per person, organization and post.

A post read only from a headline gives way to what the article body says of the same person in the same
organization (a headline may call a vice-chair 主席). A person's identity anchor is the place of the
organizations they hold posts in, else the bulletin's place: the same name in two places stays two people.
"""
from __future__ import annotations

from kg.document import Document


def run(doc: Document) -> None:
    body_roles: dict[tuple[str, str], set[str]] = {}
    for p in doc.posts:
        if not p.headline:
            body_roles.setdefault((p.person, p.org), set()).add(p.role)
    doc.posts = [p for p in doc.posts
                 if not p.headline or (p.person, p.org) not in body_roles or p.role in body_roles[(p.person, p.org)]]

    places: dict[str, str] = {}
    for p in doc.posts:
        org = doc.organizations.get(p.org)
        if org and org.place and p.person not in places:
            places[p.person] = org.place
    for m in doc.person_mentions:
        if m.name not in doc.persons:
            doc.persons[m.name] = places.get(m.name) or doc.context.place or doc.name
