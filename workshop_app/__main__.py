"""Allow `python -m workshop_app`."""

import sys

from workshop_app.cli import main  # absolute: also the entry script of the PyInstaller bundle

sys.exit(main())
