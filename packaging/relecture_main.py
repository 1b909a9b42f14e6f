"""Entry script of the PyInstaller bundle: the same `relecture` command as the installed console script."""

import multiprocessing
import sys

from app.cli import main

if __name__ == "__main__":
    # `relecture check` may use a process pool; frozen children must not re-run the CLI.
    multiprocessing.freeze_support()
    sys.exit(main())
