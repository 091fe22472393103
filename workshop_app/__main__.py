"""Allow `python -m workshop_app`."""

import sys

from .cli import main

sys.exit(main())
