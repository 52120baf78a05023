"""``python -m desktop`` runs the oqyrman command."""

from desktop.cli import main

raise SystemExit(main())
