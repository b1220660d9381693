"""Where our build spends its time: one build of a generated project under cProfile.

    python bench/profile_build.py --scale ward-10y --top 20

The project is generated into bench/.work/<scale>/profile-project; the full profile is saved as
bench/.work/<scale>/build.prof (read it with `python -m pstats`).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import tempfile
from pathlib import Path

import generate
from run import BENCH, BUILD_DAY

from generator.build import build_site
from generator.site.engine import quiet_engine_logging


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", choices=sorted(generate.SCALES), required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--sort", choices=("cumulative", "tottime"), default="cumulative")
    args = parser.parse_args(argv)
    work = BENCH / ".work" / args.scale
    # Generated afresh: the project holds a copy of theme/, which must match the code profiled.
    project = work / "profile-project"
    generate.generate(args.scale, args.seed, project)
    os.environ["SOURCE_DATE_EPOCH"] = str(int(BUILD_DAY.timestamp()))
    quiet_engine_logging()
    profile = cProfile.Profile()
    with tempfile.TemporaryDirectory(prefix="bench-profile-") as folder:
        profile.runcall(build_site, project, Path(folder) / "site")
    profile.dump_stats(work / "build.prof")
    pstats.Stats(profile).strip_dirs().sort_stats(args.sort).print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
