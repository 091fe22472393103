"""The Qt user interface: the only package that imports PySide6.

Importing the package first makes the binding cheaper to import after: see `binding`.
"""

from . import binding

binding.judge_modules_without_source()
