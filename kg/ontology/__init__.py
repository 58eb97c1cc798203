"""The project's ontology files, shipped with the package: cppcc.ttl (classes and properties), shapes.ttl
(the SHACL shapes every built graph satisfies), themes.ttl (the theme scheme). In a checkout the top-level
`ontology` is a link to this directory. The environment variable KG_ONTOLOGY_DIR names another directory
holding the same three files (a copy with a class added), read at import: set it before the process starts.

Example
-------
>>> from kg.ontology import ontology_dir, ontology_files
>>> [f.name for f in ontology_files()]
['cppcc.ttl', 'shapes.ttl', 'themes.ttl']
>>> (ontology_dir() / "themes.ttl").is_file()
True
"""
from __future__ import annotations

import os
from pathlib import Path

ONTOLOGY_DIR_VARIABLE = "KG_ONTOLOGY_DIR"


def ontology_dir() -> Path:
    """The directory of the ontology files: $KG_ONTOLOGY_DIR if set, else this package's."""
    other = os.environ.get(ONTOLOGY_DIR_VARIABLE)
    return Path(other) if other else Path(__file__).resolve().parent


def ontology_files() -> list[Path]:
    """The ontology files (*.ttl), sorted by name."""
    return sorted(ontology_dir().glob("*.ttl"))
