"""Timings of kg.places: import, gazetteer construction, find_all on 50k characters.

    .venv/bin/python benchmarks/bench_places.py

Targets: construction < 0.5 s, find_all on 50,000 characters < 50 ms.
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

t0 = time.perf_counter()
from kg import places  # noqa: E402

t_import = time.perf_counter() - t0


def timed(fn, repeat):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return result, times


def main() -> None:
    t = time.perf_counter()
    g = places.gazetteer()
    t_first = time.perf_counter() - t
    _, builds = timed(places.Gazetteer, 5)

    seeds = "".join(p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt")))
    seeds = seeds or "市政协副主席云港带队赴重庆、福建、江西、山西等地开展招商引资。青山区政协、土右旗政协。"
    text = (seeds * (50_000 // len(seeds) + 1))[:50_000]
    matches, runs = timed(lambda: g.find_all(text), 20)
    strong, runs_strong = timed(lambda: g.find_all(text, short_forms=False), 20)
    _, lookups = timed(lambda: [g.resolve(m.surface) for m in matches], 5)

    aho = None
    try:  # reference: the same surfaces in pyahocorasick (all matches, no selection)
        import ahocorasick

        automaton = ahocorasick.Automaton()
        for surface, _, _ in g.surfaces():
            automaton.add_word(surface, surface)
        automaton.make_automaton()
        _, aho = timed(lambda: list(automaton.iter(text)), 5)
    except ImportError:
        pass

    ms = lambda xs: f"median {statistics.median(xs) * 1e3:7.2f} ms, min {min(xs) * 1e3:7.2f} ms"
    print(f"places: {len(g)}, surface forms: {g.surface_count}, aliases: {len(g.aliases)}")
    print(f"import kg.places                 {t_import * 1e3:7.2f} ms")
    print(f"gazetteer() first build          {t_first * 1e3:7.2f} ms (incl. reading cpca files)")
    print(f"Gazetteer() rebuild (x5)         {ms(builds)}")
    print(f"find_all 50k chars (x20)         {ms(runs)}  -> {len(matches)} matches")
    print(f"find_all short_forms=False (x20) {ms(runs_strong)}  -> {len(strong)} matches")
    if aho:
        print(f"pyahocorasick iter, reference    {ms(aho)}")
    print(f"resolve each match, no context   {ms(lookups)}")


if __name__ == "__main__":
    main()
