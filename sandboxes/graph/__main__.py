"""``python -m sandboxes.graph --mailbox DIR``: serve the Graph sandbox."""

from __future__ import annotations

import sys

from sandboxes.graph.cli import main

if __name__ == "__main__":
    sys.exit(main())
