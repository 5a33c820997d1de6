"""``python -m wirestory``: the same as the ``wirestory`` command."""

import sys

from wirestory.cli import main

sys.exit(main())
