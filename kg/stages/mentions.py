"""Stage mentions."""
from kg.document import Document


def run(doc: Document) -> None:
    pass
