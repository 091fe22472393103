"""Session packs: pure functions from pack data to PDF bytes (reportlab)."""

from .session_pack import PackCancelled, build_session_pack, build_session_pack_bytes, build_session_pack_report

__all__ = ["PackCancelled", "build_session_pack", "build_session_pack_bytes", "build_session_pack_report"]
