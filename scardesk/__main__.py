"""``python -m scardesk`` is the same as the ``scardesk`` command."""

from scardesk.cli import main

raise SystemExit(main())
