#!/usr/bin/python3
"""The table of bench/one-class-images.sh: ROC AUC / AP per held-out digit and detector, and the means.

  one_class_table.py results.jsonl DATA EPOCHS

PCA rows name their rule; the components each rule gave (per digit) are listed under the table.
"""
import json, statistics, sys

rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
for r in rows:
    if "rule" in r:  # one name per rule, whatever k it gave for a digit
        rule = r["rule"]
        r["detector"] = "pca peer rule" if rule == "peer" else ("pca %s of variance" % rule if "." in rule else "pca k=" + rule)
detectors = list(dict.fromkeys(r["detector"] for r in rows))
digits = sorted({r["digit"] for r in rows})
at = {(r["detector"], r["digit"]): r for r in rows}
print(f"\n{sys.argv[2]}: one class (digit D) held out as the anomaly; latent {sys.argv[3]} epochs; cells ROC AUC / AP\n")
print("| digit | anomalies / rows | " + " | ".join(detectors) + " |")
print("|---|---|" + "---|" * len(detectors))
for d in digits:
    first = at[(detectors[0], d)]
    print(f"| {d} | {first.get('anomalies')} / {first.get('rows', first.get('rows_scored'))} | "
          + " | ".join(f"{at[(k, d)]['roc_auc']:.4f} / {at[(k, d)]['average_precision']:.4f}" for k in detectors) + " |")
print("| mean | | " + " | ".join(f"{statistics.mean(at[(k, d)]['roc_auc'] for d in digits):.4f} / "
                               f"{statistics.mean(at[(k, d)]['average_precision'] for d in digits):.4f}" for k in detectors) + " |")
for k in detectors:
    ks = [at[(k, d)]["components"] for d in digits if "components" in at[(k, d)]]
    if ks:
        fits = [at[(k, d)]["rows_fit"] for d in digits]
        print(f"\n{k}: components {min(ks)}-{max(ks)}; fitted on {min(fits)}-{max(fits)} normal training images", end="")
print()
bad = [r for r in rows if r.get("sklearn_agrees") is False]
print(f"\nlatent's ROC AUC / AP recomputed by sklearn from its score CSVs: {'all agree' if not bad else 'DISAGREE: ' + str(bad)}")
