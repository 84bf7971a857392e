#!/usr/bin/env python3
"""Runs `switchboard eval intents` and the scikit-learn peer (benchmarks/intents_sklearn.py) on
the same files, in the same run, and prints a table with both and their ratio.

    python3 benchmarks/intents.py [--data ../shared/data] [--switchboard .build/release/switchboard]

For each data set (banking77, hwu64, clinc150) it uses test.csv when present (tuning on
val.csv); otherwise it measures on the validation split: Banking77 and HWU64 train on train.csv
and score val.csv; CLINC150 tunes on the even rows of val.csv and scores the odd rows. The
peer needs scikit-learn (pip install scikit-learn).
"""
import argparse, csv, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def split_halves(path, directory):
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    paths = []
    for name, part in (("tune", rows[0::2]), ("test", rows[1::2])):
        out = os.path.join(directory, f"clinc-{name}.csv")
        with open(out, "w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=["text", "label"])
            writer.writeheader()
            for row in part:
                writer.writerow({"text": row["text"], "label": row["label"]})
        paths.append(out)
    return paths


def run(command):
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=os.path.join(HERE, "..", "..", "shared", "data"))
    parser.add_argument("--switchboard", default=os.path.join(HERE, "..", ".build", "release", "switchboard"))
    args = parser.parse_args()
    scratch = tempfile.mkdtemp(prefix="switchboard-bench-")
    rows = []
    for name in ("banking77", "hwu64", "clinc150"):
        folder = os.path.join(args.data, name)
        train = os.path.join(folder, "train.csv")
        test = os.path.join(folder, "test.csv")
        val = os.path.join(folder, "val.csv")
        files = ["--train", train]
        if os.path.exists(test):
            files += ["--tune", val, "--test", test]
            split = "test (tuned on val)"
        elif name == "clinc150":
            tune, held = split_halves(val, scratch)
            files += ["--tune", tune, "--test", held]
            split = "val odd rows (tuned on even)"
        else:
            files += ["--test", val]
            split = "val"
        if name == "clinc150":
            files += ["--oos-label", "oos"]
        ours = run([args.switchboard, "eval", "intents", "--json"] + files)
        peer = run([sys.executable, os.path.join(HERE, "intents_sklearn.py")] + files)
        rows.append((name, split, ours, peer))
    keys = ["accuracy", "inScopeAccuracy", "oosRecall", "macroF1", "trainSeconds", "utterancesPerSecond"]
    print(f"{'data set':10} {'split':30} {'figure':20} {'switchboard':>12} {'scikit-learn':>12} {'ratio':>7}")
    for name, split, ours, peer in rows:
        for key in keys:
            if key in ("inScopeAccuracy", "oosRecall") and name != "clinc150":
                continue
            a, b = ours[key], peer[key]
            ratio = a / b if b else float("nan")
            shown = (lambda v: f"{v * 100:.2f}%") if key not in ("trainSeconds", "utterancesPerSecond") else (lambda v: f"{v:,.2f}" if v < 1000 else f"{v:,.0f}")
            print(f"{name:10} {split:30} {key:20} {shown(a):>12} {shown(b):>12} {ratio:7.2f}")


if __name__ == "__main__":
    main()
