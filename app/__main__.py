import multiprocessing
import sys

from app.cli import main

if __name__ == "__main__":
    # Worker processes ("spawn") import this module again: the guard keeps them from starting the app,
    # and freeze_support() lets a frozen executable act as such a worker.
    multiprocessing.freeze_support()
    sys.exit(main())
