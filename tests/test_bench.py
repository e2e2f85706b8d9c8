"""`python app.py bench` runs end to end with tiny counts and prints every figure (speed is never asserted)."""
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_bench_prints_every_figure_with_tiny_counts():
    result = subprocess.run(
        [sys.executable, "app.py", "bench", "--messages", "40", "--repeats", "1", "--clients", "3",
         "--cold-starts", "1", "--history", "300", "600"],
        cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert re.search(r"routing: \d+ routes .* p50 [\d.]+ ms, p99 [\d.]+ ms", out)
    assert re.search(r"CPU time p50 [\d.]+ ms, p99 [\d.]+ ms", out)
    assert re.search(r"model: [\d,]+ features x \d+ labels, [\d.]+ MB .*; [\d.]+% of those routes in doubt", out)
    assert re.search(r"handling: [\d,]+ messages/s", out)
    assert re.search(r"raw insert: [\d,]+ rows/s .* handling/raw = [\d.]+", out)
    assert re.search(r"cold start: [\d.]+ s best of 1", out)
    assert re.search(r"peak RSS: \d+ MB", out)
    for size in ("300", "600"):
        assert re.search(rf"history {size} interactions .* log [\d.]+ ms, .* stats [\d.]+ ms", out)
    assert "query plan, log --client: SEARCH interactions USING INDEX" in out
