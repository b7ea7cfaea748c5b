"""Run accessreader with ``python -m accessreader``."""

import sys

from accessreader.cli import main

sys.exit(main())
