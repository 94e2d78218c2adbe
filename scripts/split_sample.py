"""Split ../shared/samples/taipei_times_2025-04.txt into the five articles of data/raw/.

Run once by hand (`python scripts/split_sample.py`); its output is committed. The dump
has one paragraph per line. The first article runs to the last line before the first
line of over 500 characters; each of the four later articles is one such long line
(a one-paragraph deck story). Publication dates come from the Taipei Times archive.
"""

from __future__ import annotations

from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "samples" / "taipei_times_2025-04.txt"
RAW = Path(__file__).resolve().parents[1] / "data" / "raw"
ARTICLES = [  # (file name, published, title)
    ("2025-04-29-kcna-troops", "2025-04-29", "North Korea confirms it deployed troops to Russia"),
    ("2025-04-23-carrot-and-stick", "2025-04-23", "CARROT AND STICK"),
    ("2025-04-26-trade", "2025-04-26", "TRADE"),
    ("2025-04-23-pope-francis", "2025-04-23", "Pope Francis to be laid to rest on Saturday"),
    ("2025-04-26-cross-strait", "2025-04-26", "CROSS-STRAIT"),
]


def main() -> None:
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    first_long = next(i for i, line in enumerate(lines) if len(line) > 500)
    bodies = ["\n".join(lines[:first_long]), *[line for line in lines[first_long:] if line]]
    assert len(bodies) == len(ARTICLES), len(bodies)
    RAW.mkdir(parents=True, exist_ok=True)
    for (name, published, title), body in zip(ARTICLES, bodies, strict=True):
        front = f"---\ntitle: {title}\npublished: {published}\nsource: Taipei Times\n---\n"
        (RAW / f"{name}.txt").write_text(front + body + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
