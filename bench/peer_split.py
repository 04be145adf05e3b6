#!/usr/bin/python3
"""Writes the split of ../shared/peers/sklearn_anomaly.py as OUT/train.csv and OUT/test.csv.

  peer_split.py --csv FILE --label-column COL --out DIR [--anomaly-value V] [--seed S]

The split is the peer's own call, train_test_split(X, y, test_size=0.3, random_state=SEED, stratify=y),
on the table as pandas reads it; the rows are then written as the file's ORIGINAL text (header and
records byte for byte, not pandas' re-rendering), in file order. Records are told apart with the csv
module, so a quoted field holding a newline stays one record; blank lines are skipped, as pandas does.
Prints one JSON line: rows, train rows, test rows, anomalies in each.
"""
import argparse, csv, io, json, os, sys
import pandas as pd
from sklearn.model_selection import train_test_split

ap = argparse.ArgumentParser()
ap.add_argument('--csv', required=True); ap.add_argument('--label-column', required=True)
ap.add_argument('--anomaly-value', default='1'); ap.add_argument('--seed', type=int, default=1)
ap.add_argument('--out', required=True)
a = ap.parse_args()

# The peer's lines, verbatim.
df = pd.read_csv(a.csv)
y = (df[a.label_column].astype(str) == a.anomaly_value).astype(int).to_numpy()
X = df.drop(columns=[a.label_column])
Xtr, Xte, ytr, yte = train_test_split(X, y, test_size=0.3, random_state=a.seed, stratify=y)

# The original text of each record: the physical lines the csv module consumed for it.
with open(a.csv, newline='', encoding='utf-8') as f:
    lines = f.read().splitlines(keepends=True)
records, start = [], 0
reader = csv.reader(iter(lines))
for fields in reader:
    text = ''.join(lines[start:reader.line_num]); start = reader.line_num
    if fields and any(x.strip() for x in fields):
        records.append(text)
header, body = records[0], records[1:]
if len(body) != len(df):
    sys.exit(f'peer_split: {a.csv}: the csv module sees {len(body)} records, pandas {len(df)}; cannot map rows to lines')

def write(name, positions):
    with open(os.path.join(a.out, name), 'w', newline='', encoding='utf-8') as f:
        f.write(header if header.endswith('\n') else header + '\n')
        for i in sorted(positions):
            line = body[i]
            f.write(line if line.endswith('\n') else line + '\n')

os.makedirs(a.out, exist_ok=True)
# df has a RangeIndex, so the index labels are the row positions.
write('train.csv', Xtr.index.to_numpy()); write('test.csv', Xte.index.to_numpy())
print(json.dumps({'rows': len(df), 'train_rows': len(Xtr), 'test_rows': len(Xte),
                  'train_anomalies': int(ytr.sum()), 'test_anomalies': int(yte.sum()), 'seed': a.seed}))
