"""``python -m connectors.outlook.sandbox --mailbox DIR``: serve the Graph sandbox."""

from __future__ import annotations

import sys

from connectors.outlook.sandbox.cli import main

if __name__ == "__main__":
    sys.exit(main())
