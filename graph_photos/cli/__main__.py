"""`python -m graph_photos.cli`: the `graph-photos` command."""

from graph_photos.cli import main

raise SystemExit(main())
