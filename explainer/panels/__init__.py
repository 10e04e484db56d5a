"""The explanation panel and its views; HTML is built by pure functions."""
