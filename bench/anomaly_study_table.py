#!/usr/bin/python3
"""Tabulates the seed study of bench/anomaly-vs-sklearn.sh: one row per (config, score), mean (sd) over seeds.

  anomaly_study_table.py results.jsonl [more.jsonl ...]

The peer's best ROC AUC and best AP are taken from the sklearn rows (each may come from another detector).
"beats both" counts the seeds whose run beats the peer's best ROC AUC AND its best AP; "mean beats" says
whether the mean over seeds does. sd is the sample standard deviation (n - 1).
"""
import json, statistics, sys

rows = [json.loads(l) for f in sys.argv[1:] for l in open(f) if l.strip()]
peer = [r for r in rows if r.get("side") == "sklearn"]
study = [r for r in rows if r.get("side") == "study"]
best_auc = max(peer, key=lambda r: r["roc_auc"])
best_ap = max(peer, key=lambda r: r["average_precision"])
print(f"\npeer's best: ROC AUC {best_auc['roc_auc']:.4f} ({best_auc['detector']}), "
      f"AP {best_ap['average_precision']:.4f} ({best_ap['detector']})\n")

def ms(values, digits=4):
    sd = statistics.stdev(values) if len(values) > 1 else 0.0
    return f"{statistics.mean(values):.{digits}f} ({sd:.{digits}f})"

print("| config | flags | score | seeds | ROC AUC mean (sd) | AP mean (sd) | min ROC AUC | min AP | seeds beating both | mean beats both | train s mean |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
order = []
for r in study:
    key = (r["config"], r["score_kind"])
    if key not in order:
        order.append(key)
for config, kind in order:
    group = [r for r in study if r["config"] == config and r["score_kind"] == kind]
    auc = [r["roc_auc"] for r in group]
    ap = [r["average_precision"] for r in group]
    wins = sum(1 for r in group if r["roc_auc"] > best_auc["roc_auc"] and r["average_precision"] > best_ap["average_precision"])
    mean_wins = statistics.mean(auc) > best_auc["roc_auc"] and statistics.mean(ap) > best_ap["average_precision"]
    print(f"| {config} | {group[0]['flags'] or '(defaults)'} | {kind} | {len(group)} | {ms(auc)} | {ms(ap)} | {min(auc):.4f} | "
          f"{min(ap):.4f} | {wins}/{len(group)} | {'yes' if mean_wins else 'no'} | "
          f"{statistics.mean(r['train_seconds'] for r in group):.1f} |")
