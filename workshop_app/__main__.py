"""Allow `python -m workshop_app`; also the entry script of the frozen build (so imports are absolute)."""

import sys

from workshop_app.cli import main

sys.exit(main())
