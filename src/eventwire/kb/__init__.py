"""The actor knowledge base (data in ``data/kb/``, format in ``data/kb/FORMAT.md``)."""

from eventwire.kb.base import KnowledgeBase, Resolution, RoleNoun, norm
from eventwire.kb.entities import Entity, KBError, Role

__all__ = ["Entity", "KBError", "KnowledgeBase", "Resolution", "Role", "RoleNoun", "norm"]
