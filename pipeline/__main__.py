"""`python -m pipeline` is the same as the `factrack` console script."""

from pipeline.cli import main

raise SystemExit(main())
