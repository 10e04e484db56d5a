"""Know Your Data: run the app from a checkout (``python main.py --help``)."""

from explainer.app import main

if __name__ == "__main__":
    raise SystemExit(main())
