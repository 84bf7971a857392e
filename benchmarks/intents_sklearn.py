#!/usr/bin/env python3
"""The scikit-learn peer for `switchboard eval intents`: TF-IDF word 1-2 + char_wb 2-5 n-grams
with LinearSVC, trained on the same CSV and scored the same way (thresholds on --tune only).

Prints one JSON object with the keys of `switchboard eval intents --json`.
"""
import argparse, csv, json, sys, time

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion
from sklearn.svm import LinearSVC


def read(path):
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return [r["text"] for r in rows], [r["label"] for r in rows]


def metrics(pred, truth, oos):
    n = len(truth)
    acc = sum(p == t for p, t in zip(pred, truth)) / n
    ins = [(p, t) for p, t in zip(pred, truth) if t != oos]
    outs = [(p, t) for p, t in zip(pred, truth) if t == oos]
    in_acc = sum(p == t for p, t in ins) / len(ins) if ins else 0.0
    oos_recall = sum(p == oos for p, _ in outs) / len(outs) if outs else 0.0
    predicted_oos = sum(p == oos for p in pred)
    oos_precision = sum(p == oos and t == oos for p, t in zip(pred, truth)) / predicted_oos if predicted_oos else 0.0
    labels = sorted(set(truth))
    f1s = []
    for label in labels:
        tp = sum(p == label and t == label for p, t in zip(pred, truth))
        fp = sum(p == label and t != label for p, t in zip(pred, truth))
        fn = sum(p != label and t == label for p, t in zip(pred, truth))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return acc, in_acc, oos_recall, oos_precision, sum(f1s) / len(f1s)


def decide(scores, classes, oos, score_threshold, margin_threshold):
    order = np.argsort(-scores, axis=1)
    top = scores[np.arange(len(scores)), order[:, 0]]
    second = scores[np.arange(len(scores)), order[:, 1]] if scores.shape[1] > 1 else top - 1
    labels = classes[order[:, 0]].astype(object)
    if oos is not None:
        reject = (top < score_threshold) | (top - second < margin_threshold)
        labels[reject] = oos
    return list(labels), top, top - second


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--train", required=True)
    parser.add_argument("--test", required=True)
    parser.add_argument("--tune")
    parser.add_argument("--oos-label")
    args = parser.parse_args()
    train_x, train_y = read(args.train)
    test_x, test_y = read(args.test)
    start = time.perf_counter()
    features = FeatureUnion([
        ("word", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True)),
        ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)),
    ])
    matrix = features.fit_transform(train_x)
    model = LinearSVC(C=1.0).fit(matrix, train_y)
    train_seconds = time.perf_counter() - start
    classes = model.classes_
    best = (-np.inf, -np.inf)
    if args.tune and args.oos_label:
        tune_x, tune_y = read(args.tune)
        scores = model.decision_function(features.transform(tune_x))
        _, top, margin = decide(scores, classes, args.oos_label, -np.inf, -np.inf)
        score_candidates = [-np.inf] + sorted(set(np.quantile(top, np.linspace(0, 1, 61)[:-1])))
        margin_candidates = [-np.inf] + sorted(set(np.quantile(margin, np.linspace(0, 1, 31)[:-1])))
        best_objective = -1
        for s in score_candidates:
            for m in margin_candidates:
                pred, _, _ = decide(scores, classes, args.oos_label, s, m)
                _, in_acc, rec, _, _ = metrics(pred, tune_y, args.oos_label)
                if (in_acc + rec) / 2 > best_objective + 1e-12:
                    best_objective, best = (in_acc + rec) / 2, (s, m)
    scores = model.decision_function(features.transform(test_x))
    pred, _, _ = decide(scores, classes, args.oos_label, *best)
    acc, in_acc, rec, prec, f1 = metrics(pred, test_y, args.oos_label)
    # One at a time, as a bot serves them.
    start = time.perf_counter()
    count = 0
    while time.perf_counter() - start < 1.0:
        for text in test_x[:500]:
            model.decision_function(features.transform([text]))
            count += 1
    per_second = count / (time.perf_counter() - start)
    print(json.dumps({
        "examples": len(test_y), "accuracy": acc, "inScopeAccuracy": in_acc, "oosRecall": rec,
        "oosPrecision": prec, "macroF1": f1, "trainSeconds": train_seconds,
        "utterancesPerSecond": per_second,
    }))


if __name__ == "__main__":
    main()
