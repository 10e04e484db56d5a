"""Memory over 5,000 selections after a warm-up: growth should be at most 1 MiB."""

from __future__ import annotations

import gc

from common import open_main_window, rss_mib


def main(selections: int = 5000, warm_up: int = 500) -> dict[str, float]:
    app, pack, window = open_main_window()
    ids = [*pack.nodes, *pack.edges, *pack.pathways]
    nav = window.navigator

    def run(count: int) -> None:
        for i in range(count):
            nav.select(ids[i % len(ids)])
            app.processEvents()
            if i % 7 == 0:
                nav.home()
                app.processEvents()

    run(warm_up)
    gc.collect()
    before = rss_mib()
    run(selections)
    gc.collect()
    after = rss_mib()
    return {"selections": selections, "rss_before_mib": round(before, 1), "rss_after_mib": round(after, 1),
            "growth_mib": round(after - before, 2)}


if __name__ == "__main__":
    print("memory", main())
