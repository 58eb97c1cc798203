"""Stage posts."""
from kg.document import Document


def run(doc: Document) -> None:
    pass
