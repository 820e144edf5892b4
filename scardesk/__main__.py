"""``python -m scardesk`` is the same as the ``scardesk`` command."""

import sys

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # The demo builds its rows in a second process (scardesk.demo.pipeline), started with
        # "spawn": in the frozen build that process is this executable, and freeze_support
        # runs the process's work instead of the command line. Not imported otherwise (start-up).
        import multiprocessing

        multiprocessing.freeze_support()
    from scardesk.cli import main

    raise SystemExit(main())
