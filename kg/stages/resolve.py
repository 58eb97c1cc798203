"""Stage resolve."""
from kg.document import Document


def run(doc: Document) -> None:
    pass
