"""Workshop Companion: plan, run and record collaboration workshops offline."""

__version__ = "0.1.0"
