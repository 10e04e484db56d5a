"""``python -m explainer``: the same command line as ``know-your-data``."""

from explainer.app import main

raise SystemExit(main())
