#!/usr/bin/python3
"""A copy of ../shared/peers/pytorch_vae.py (the classic PyTorch MNIST VAE recipe: 784-400-20 MLP,
Adam 1e-3, batch 128, BCE-sum + KL) with the two changes latent's variants make, for speed runs
against latent in bench/compare-pytorch.sh; the mlp model only:
  --objective iwae --k K   the IWAE bound (Burda et al. 2015): one encoder pass, K decodes per image,
                           loss = -sum_b log (1/K) sum_k p(x|z_k) p(z_k) / q(z_k|x)
  --conditional            a conditional VAE (Sohn et al. 2015) as latent builds it: the one-hot label
                           joins the encoder's hidden features before the mu and log-variance heads,
                           and the code z at the decoder's input
Prints one JSON line per epoch: train samples/s and test loss per sample (nats)."""
import argparse, gzip, json, struct, time, os
import numpy as np, torch
from torch import nn
from torch.nn import functional as F

def idx(path):
    with gzip.open(path, 'rb') as f:
        magic, = struct.unpack('>I', f.read(4)); nd = magic & 0xff
        dims = struct.unpack('>' + 'I' * nd, f.read(4 * nd))
        return np.frombuffer(f.read(), dtype=np.uint8).reshape(dims)

class MlpVae(nn.Module):
    def __init__(s, d=784, h=400, z=20, c=0):
        super().__init__(); s.c = c; s.fc1 = nn.Linear(d, h); s.mu = nn.Linear(h + c, z); s.lv = nn.Linear(h + c, z)
        s.fc3 = nn.Linear(z + c, h); s.fc4 = nn.Linear(h, d)
    def encode(s, x, y):
        h = F.relu(s.fc1(x.view(x.size(0), -1)))
        if s.c: h = torch.cat([h, y], 1)
        return s.mu(h), s.lv(h)
    def decode(s, z, y):
        if s.c: z = torch.cat([z, y], 1)
        return torch.sigmoid(s.fc4(F.relu(s.fc3(z))))
    def forward(s, x, y=None):
        mu, lv = s.encode(x, y)
        z = mu + torch.randn_like(mu) * torch.exp(0.5 * lv)
        return s.decode(z, y), mu, lv

class ConvVae(nn.Module):
    def __init__(s, z=16):
        super().__init__()
        s.enc = nn.Sequential(nn.Conv2d(1, 32, 4, 2, 1), nn.ReLU(), nn.Conv2d(32, 64, 4, 2, 1), nn.ReLU(), nn.Flatten(), nn.Linear(64*7*7, 256), nn.ReLU())
        s.mu = nn.Linear(256, z); s.lv = nn.Linear(256, z)
        s.dec = nn.Sequential(nn.Linear(z, 256), nn.ReLU(), nn.Linear(256, 64*7*7), nn.ReLU(), nn.Unflatten(1, (64, 7, 7)),
                              nn.ConvTranspose2d(64, 32, 4, 2, 1), nn.ReLU(), nn.ConvTranspose2d(32, 1, 4, 2, 1))
    def forward(s, x):
        h = s.enc(x); mu, lv = s.mu(h), s.lv(h)
        z = mu + torch.randn_like(mu) * torch.exp(0.5 * lv)
        return torch.sigmoid(s.dec(z)).view(x.size(0), -1), mu, lv

LOG2PI = float(np.log(2 * np.pi))

def iwae_loss(m, x, y, k):
    mu, lv = m.encode(x, y); b, d = mu.shape
    eps = torch.randn(k, b, d); z = mu + torch.exp(0.5 * lv) * eps                     # (K, B, d)
    yk = None if y is None else y.repeat(k, 1)
    rx = m.decode(z.reshape(k * b, d), yk)
    log_px = -F.binary_cross_entropy(rx, x.view(b, -1).repeat(k, 1), reduction='none').sum(1).view(k, b)
    log_pz = -0.5 * (z.pow(2) + LOG2PI).sum(2); log_q = -0.5 * (eps.pow(2) + lv + LOG2PI).sum(2)
    return -(torch.logsumexp(log_px + log_pz - log_q, 0) - float(np.log(k))).sum()

def loss_fn(rx, x, mu, lv):
    bce = F.binary_cross_entropy(rx, x.view(x.size(0), -1), reduction='sum')
    return bce - 0.5 * torch.sum(1 + lv - mu.pow(2) - lv.exp())

ap = argparse.ArgumentParser()
ap.add_argument('--data', required=True); ap.add_argument('--model', default='mlp')
ap.add_argument('--epochs', type=int, default=1); ap.add_argument('--threads', type=int, default=2)
ap.add_argument('--limit', type=int, default=0); ap.add_argument('--batch', type=int, default=128)
ap.add_argument('--objective', default='elbo'); ap.add_argument('--k', type=int, default=5); ap.add_argument('--conditional', action='store_true')
a = ap.parse_args()
torch.set_num_threads(a.threads); torch.manual_seed(1)
tr = torch.from_numpy(idx(os.path.join(a.data, 'train-images-idx3-ubyte.gz')).astype(np.float32) / 255.).unsqueeze(1)
te = torch.from_numpy(idx(os.path.join(a.data, 't10k-images-idx3-ubyte.gz')).astype(np.float32) / 255.).unsqueeze(1)
def onehot(path):
    return F.one_hot(torch.from_numpy(idx(path).astype(np.int64)), 10).float()
ytr = onehot(os.path.join(a.data, 'train-labels-idx1-ubyte.gz')); yte = onehot(os.path.join(a.data, 't10k-labels-idx1-ubyte.gz'))
if a.limit: tr = tr[:a.limit]; ytr = ytr[:a.limit]
assert a.model == 'mlp', 'the variants are of the mlp recipe'
m = MlpVae(c=10 if a.conditional else 0)
opt = torch.optim.Adam(m.parameters(), lr=1e-3)
for ep in range(1, a.epochs + 1):
    m.train(); perm = torch.randperm(len(tr)); t0 = time.perf_counter(); tot = 0.
    for i in range(0, len(tr), a.batch):
        x = tr[perm[i:i + a.batch]]; y = ytr[perm[i:i + a.batch]] if a.conditional else None
        opt.zero_grad()
        if a.objective == 'iwae': l = iwae_loss(m, x, y, a.k)
        else: rx, mu, lv = m(x, y); l = loss_fn(rx, x, mu, lv)
        l.backward(); opt.step(); tot += l.item()
    dt = time.perf_counter() - t0
    m.eval(); tl = 0.
    with torch.no_grad():
        for i in range(0, len(te), 1000):
            x = te[i:i + 1000]; rx, mu, lv = m(x, yte[i:i + 1000] if a.conditional else None); tl += loss_fn(rx, x, mu, lv).item()
    print(json.dumps({'peer': 'pytorch-' + torch.__version__, 'model': a.model, 'objective': a.objective, 'conditional': a.conditional, 'epoch': ep, 'train_seconds': round(dt, 3),
                      'samples_per_s': round(len(tr) / dt, 1), 'train_loss': round(tot / len(tr), 3), 'test_loss': round(tl / len(te), 3)}), flush=True)
