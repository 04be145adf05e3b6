#!/usr/bin/env python3
"""The tables of bench/variants.sh from its output folder: python3 bench/variants_table.py runs/variants"""
import json, os, statistics, sys

out = sys.argv[1]

def load(name):
    path = os.path.join(out, name + '.json')
    return json.load(open(path)) if os.path.exists(path) else None

def metrics(model):
    path = os.path.join(out, model, 'metrics.jsonl')
    return [json.loads(l) for l in open(path)] if os.path.exists(path) else []

def speed(model):
    rates = [m['samples_per_second'] for m in metrics(model)][1:]  # the first epoch is warm-up
    return statistics.median(rates) if rates else float('nan')

def table(head, rows):
    print('| ' + ' | '.join(head) + ' |'); print('|' + '---|' * len(head))
    for r in rows:
        print('| ' + ' | '.join(f'{v:.3f}' if isinstance(v, float) else str(v) for v in r) + ' |')
    print()

if load('ae.corrupt-gaussian'):
    print('Denoising (AE 784-400-20; reconstruction of corrupted test images scored against the clean ones, nats/image; probe: linear probe accuracy on test codes)')
    rows = []
    for kind, spec in [('gaussian', 'gaussian:0.3'), ('mask', 'mask:0.25'), ('salt-pepper', 'salt-pepper:0.1')]:
        plain, den = load(f'ae.corrupt-{kind}'), load(f'ae-{kind}.corrupt-{kind}')
        full_plain, full_den = load('ae.full'), load(f'ae-{kind}.full')
        if plain and den:
            rows.append([spec, plain['corrupted_reconstruction_nats'], den['corrupted_reconstruction_nats'],
                         plain['reconstruction_nats'], den['reconstruction_nats'],
                         f"{full_plain['probe_accuracy']:.4f}" if full_plain else 'n/a', f"{full_den['probe_accuracy']:.4f}" if full_den else 'n/a'])
    table(['corruption', 'plain AE, corrupted in', 'denoiser, corrupted in', 'plain AE, clean in', 'denoiser, clean in',
           'probe, plain', 'probe, denoiser'], rows)

if load('ae.plain'):
    print('Sparsity (AE 784-400-20; test split)')
    rows = []
    for name, label in [('ae', 'none'), ('ae-l1_0.01', 'l1:0.01'), ('ae-l1_0.1', 'l1:0.1'), ('ae-l1_1', 'l1:1'),
                        ('ae-kl_0.05_1', 'kl:0.05:1'), ('ae-kl_0.05_10', 'kl:0.05:10')]:
        r = load(name + '.plain')
        if r:
            rows.append([label, r['reconstruction_nats'], r['code_near_zero_share'], r['code_inactive_share']])
    table(['sparsity', 'reconstruction (nats/image)', 'entries |z| < 5% rms', 'entries sigmoid(z) < 0.05'], rows)

if load('vae.full'):
    print('IWAE (VAE 784-400-20, same epochs; NLL = IWAE bound with K = 1000 on the test split)')
    rows = []
    for name, label in [('vae', 'ELBO'), ('vae-iwae5', 'IWAE, K = 5')]:
        r = load(name + '.full')
        if r:
            rows.append([label, r['negative_elbo_nats'], r['nll_nats'], r['active_units'], round(speed(name))])
    table(['objective', 'test -ELBO (nats/image)', 'test NLL, K=1000 (nats/image)', 'active units (of 20)', 'training images/s'], rows)

cap = metrics('vae-capacity')
if cap:
    print('Controlled capacity (VAE, --capacity 25:4000, gamma 1000): the epoch means of C_t and of the batch KL')
    rows = []
    for m in cap:
        c, kl = m['train_capacity_nats'], m['train_kl_nats']
        rows.append([m['epoch'], c, kl, f'{100 * (kl - c) / c:+.1f}%' if c > 0 else 'n/a'])
    table(['epoch', 'mean C_t (nats)', 'mean KL (nats)', 'KL vs C'], rows)

if load('vae-gauss.full'):
    print('Gaussian decoder (VAE 784-400-20; nats/image on the test split)')
    rows = []
    for name, label in [('vae-gauss', 'fixed variance 0.1'), ('vae-gauss-learned', 'learned, per pixel'),
                        ('vae-gauss-shared', 'learned, one per image')]:
        r = load(name + '.full')
        if r:
            rows.append([label, r['negative_elbo_nats'], r['nll_nats']])
    table(['variance', 'test -ELBO', 'test NLL, K=1000'], rows)

if load('vae-100.plain'):
    print('Early stopping (784-400-20 on the embedded mnist-10k, up to 100 epochs; test -ELBO in nats/image)')
    rows = []
    for name, label in [('vae-100', 'VAE, 100 epochs'), ('vae-early5', 'VAE, --early-stop 5'), ('ae-100', 'AE, 100 epochs'),
                        ('ae-early5', 'AE, --early-stop 5')]:
        ms, r = metrics(name), load(name + '.plain')
        if not ms or not r:
            continue
        best = min(ms, key=lambda m: m['test_negative_elbo_nats'])
        rows.append([label, len(ms), best['epoch'], best['test_negative_elbo_nats'], ms[-1]['test_negative_elbo_nats'], r['negative_elbo_nats']])
    table(['run', 'epochs trained', 'best epoch', 'best epoch test -ELBO', 'last epoch test -ELBO', 'saved model test -ELBO'], rows)

if load('cvae-mnist-d2.full'):
    print('Conditional VAE (784-400-d; samples ask for the classes in turn; the share is what latent\'s sample classifier assigns to the asked label)')
    rows = []
    for data, key in [('mnist-10k', 'mnist'), ('Fashion-MNIST', 'fashion')]:
        for d in (2, 8, 20):
            c, v = load(f'cvae-{key}-d{d}.full'), load(f'vae-{key}-d{d}.plain')
            if c and v:
                rows.append([data, d, 10, v['negative_elbo_nats'], c['negative_elbo_nats'], c['sample_asked_label_share']])
            longer = load(f'cvae-{key}-d{d}-e30.full')
            if longer:
                rows.append([data, d, 30, 'n/a', longer['negative_elbo_nats'], longer['sample_asked_label_share']])
    table(['data', 'd', 'epochs', 'VAE test -ELBO (bound on -log p(x))', 'CVAE test -ELBO (bound on -log p(x|y))', 'samples classified as the asked label'], rows)
