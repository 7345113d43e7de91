import sys
from pathlib import Path

# bench/ is a folder of scripts, not a package: its modules import each other by name. Appended
# last, so none of its module names can hide an installed package.
BENCH_DIR = Path(__file__).resolve().parents[2] / "bench"
if str(BENCH_DIR) not in sys.path:
    sys.path.append(str(BENCH_DIR))
