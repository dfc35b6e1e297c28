"""What the benchmark scripts' summaries share: the results file that `measure` (Benchmarks/lib.sh) writes, and its table.

Imported by the scripts' inline Python, run with PYTHONPATH=Benchmarks.
"""


def read(path):
    """The lines `NAME wall user system peak-KB` as {NAME: (wall s, CPU s, peak KB)}, in the order measured."""
    results = {}
    for line in open(path):
        name, wall, user, system, peak = line.split()
        results[name] = (float(wall), float(user) + float(system), int(peak))
    return results


def print_table(results, size, rows, heading):
    """One row per result: wall and CPU seconds, MB/s and rows/s over `size` bytes and `rows` rows, peak MB."""
    print(f"{heading:<22}{'wall s':>8}{'CPU s':>8}{'MB/s':>8}{'rows/s':>12}{'peak MB':>9}")
    for name, (wall, cpu, peak) in results.items():
        print(f"{name:<22}{wall:>8.2f}{cpu:>8.2f}{size / 1e6 / wall:>8.0f}{rows / wall:>12,.0f}{peak / 1024:>9.0f}")
