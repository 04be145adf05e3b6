#!/usr/bin/python3
"""One-class digits with PCA reconstruction error: the classic peer of bench/one-class-images.sh.

  pca_one_class.py --data mnist-10k|DIR --digits "0 1 ... 9" [--components peer|N|0.F] [--seed S]
  pca_one_class.py --check-latent SCORES.csv --data ... --digit D    (recomputes latent's ROC AUC / AP)

Data as latent reads it: mnist-10k is the embedded IDX pair (latent-core/src/main/resources/dev/latent/
data/mnist-10k/; train = the first 9000 images, test = the last 1000); a directory holds
train-images-idx3-ubyte[.gz] (+ labels) and t10k-*, or, without t10k files, its last 10% is the test split.
Pixels are scaled to [0, 1]. For digit D, PCA is fitted on every training image that is not a D (latent
holds 10% of those training rows out for validation; PCA does not) and scores the whole test split by its
squared reconstruction error, sum over pixels; a D is an anomaly.
--components: peer = the rule of ../shared/peers/sklearn_anomaly.py, k = max(1, min(F - 1, int(0.5 F)))
(392 for 28x28); an integer N = N components; a fraction 0 < f < 1 = the fewest components explaining
that share of the variance (sklearn's n_components=f). One JSON line per digit.
"""
import argparse, gzip, json, os, sys, time
import numpy as np
from sklearn.decomposition import PCA
from sklearn.metrics import average_precision_score, roc_auc_score

HERE = os.path.dirname(os.path.abspath(__file__))
EMBEDDED = os.path.join(HERE, '..', 'latent-core', 'src', 'main', 'resources', 'dev', 'latent', 'data', 'mnist-10k')

def idx(path):
    opener = gzip.open if path.endswith('.gz') else open
    with opener(path, 'rb') as f:
        data = f.read()
    dims = data[3]
    shape = tuple(int.from_bytes(data[4 + 4 * i:8 + 4 * i], 'big') for i in range(dims))
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)

def find(folder, name):
    for candidate in (name, name + '.gz'):
        if os.path.exists(os.path.join(folder, candidate)):
            return os.path.join(folder, candidate)
    return None

def load(spec):
    """(train images, train labels, test images, test labels), images flattened to [0, 1]."""
    if spec == 'mnist-10k':
        x = idx(os.path.join(EMBEDDED, 'images-idx3-ubyte.gz')); y = idx(os.path.join(EMBEDDED, 'labels-idx1-ubyte.gz'))
        cut = 9000
        xtr, ytr, xte, yte = x[:cut], y[:cut], x[cut:], y[cut:]
    else:
        train = find(spec, 'train-images-idx3-ubyte')
        if train is None:
            sys.exit(f'pca_one_class: {spec}: no train-images-idx3-ubyte[.gz]')
        xtr, ytr = idx(train), idx(find(spec, 'train-labels-idx1-ubyte'))
        test = find(spec, 't10k-images-idx3-ubyte')
        if test is not None:
            xte, yte = idx(test), idx(find(spec, 't10k-labels-idx1-ubyte'))
        else:
            held = max(1, len(xtr) // 10); cut = len(xtr) - held
            xtr, ytr, xte, yte = xtr[:cut], ytr[:cut], xtr[cut:], ytr[cut:]
    flat = lambda a: a.reshape(len(a), -1).astype(np.float64) / 255.0
    return flat(xtr), ytr.astype(int), flat(xte), yte.astype(int)

ap = argparse.ArgumentParser()
ap.add_argument('--data', default='mnist-10k'); ap.add_argument('--digits', default='0 1 2 3 4 5 6 7 8 9')
ap.add_argument('--components', default='peer'); ap.add_argument('--seed', type=int, default=1)
ap.add_argument('--check-latent'); ap.add_argument('--digit', type=int)
a = ap.parse_args()
xtr, ytr, xte, yte = load(a.data)

if a.check_latent:
    # latent's score CSV: row (1-based, test order), label, score, ...; check the labels line up with ours.
    import pandas as pd
    d = pd.read_csv(a.check_latent)
    if len(d) != len(yte) or not (d['label'].to_numpy() == yte).all():
        sys.exit(f'pca_one_class: {a.check_latent}: rows or labels differ from the test split of {a.data}')
    s = d.iloc[:, 2].to_numpy(); y = (yte == a.digit).astype(int)
    print(json.dumps({'file': a.check_latent, 'score': d.columns[2], 'rows': len(d), 'anomalies': int(y.sum()),
                      'roc_auc': roc_auc_score(y, s), 'average_precision': average_precision_score(y, s)}))
    sys.exit(0)

F = xtr.shape[1]
for digit in [int(x) for x in a.digits.split()]:
    fit = xtr[ytr != digit]
    if a.components == 'peer':
        k = max(1, min(F - 1, int(0.5 * F)))
    elif '.' in a.components:
        k = float(a.components)
    else:
        k = int(a.components)
    t0 = time.perf_counter()
    pca = PCA(n_components=k, random_state=a.seed).fit(fit)
    error = ((xte - pca.inverse_transform(pca.transform(xte))) ** 2).sum(1)
    seconds = time.perf_counter() - t0
    y = (yte == digit).astype(int)
    print(json.dumps({'digit': digit, 'components': int(pca.n_components_), 'rule': a.components, 'rows_fit': len(fit),
                      'rows_scored': len(xte), 'anomalies': int(y.sum()), 'roc_auc': round(roc_auc_score(y, error), 4),
                      'average_precision': round(average_precision_score(y, error), 4), 'seconds': round(seconds, 2)}), flush=True)
