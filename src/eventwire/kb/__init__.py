"""The actor knowledge base (data in ``data/kb/``, format in ``data/kb/FORMAT.md``)."""

from eventwire.kb.base import KnowledgeBase, People, Resolution, RoleNoun, norm
from eventwire.kb.entities import Entity, KBError, Role

__all__ = [
    "Entity",
    "KBError",
    "KnowledgeBase",
    "People",
    "Resolution",
    "Role",
    "RoleNoun",
    "norm",
]
