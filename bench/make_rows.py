#!/usr/bin/python3
"""Writes a synthetic 10-column sensor table for throughput runs (bench/score-throughput.sh).

  make_rows.py --rows N --out FILE.csv [--seed S] [--label]

Columns: site (12 levels), mode (3), grade (6) categorical; temperature_c, pressure_bar, rpm, flow_l_min,
voltage_v, current_a, humidity_pct numeric. About 2% of temperature_c, flow_l_min and grade are missing
(empty fields); 1% of rows are faults (one sensor far off). --label adds an 11th column, is_fault.
The same seed and N give the same bytes, and the first M rows of N do not depend on N (rows are drawn
in fixed blocks of 100,000).
"""
import argparse
import numpy as np

ap = argparse.ArgumentParser()
ap.add_argument('--rows', type=int, required=True); ap.add_argument('--out', required=True)
ap.add_argument('--seed', type=int, default=1); ap.add_argument('--label', action='store_true')
a = ap.parse_args()

SITES = np.array([f'site-{i:02d}' for i in range(12)]); MODES = np.array(['run', 'idle', 'ramp']); GRADES = np.array(list('ABCDEF'))
BLOCK = 100_000

def fmt(values, decimals, missing=None):
    out = np.char.mod(f'%.{decimals}f', values)
    if missing is not None:
        out[missing] = ''
    return out

def block(rng, n):
    site = rng.integers(0, 12, n); mode = rng.choice(3, n, p=[0.7, 0.2, 0.1]); grade = rng.integers(0, 6, n)
    load = np.where(mode == 0, 1.0, np.where(mode == 1, 0.2, 0.6)) + 0.05 * site / 12
    rpm = 3000 * load + rng.normal(0, 60, n)
    current = 4 + 10 * load + rng.normal(0, 0.3, n)
    voltage = 230 + rng.normal(0, 2, n)
    temperature = 35 + 30 * load + 0.02 * current * voltage / 10 + rng.normal(0, 1.5, n)
    pressure = np.exp(rng.normal(0, 0.15, n)) * (1 + load)
    flow = 20 * pressure + rng.normal(0, 1, n)
    humidity = np.clip(rng.normal(45, 8, n), 0, 100)
    fault = rng.random(n) < 0.01
    kind = rng.integers(0, 3, n)
    temperature = np.where(fault & (kind == 0), temperature + 25, temperature)
    rpm = np.where(fault & (kind == 1), rpm * 0.3, rpm)
    flow = np.where(fault & (kind == 2), flow * 0.4, flow)
    cols = [SITES[site], MODES[mode], GRADES[grade].astype(object),
            fmt(temperature, 2, rng.random(n) < 0.02), fmt(pressure, 3), fmt(rpm, 0), fmt(flow, 2, rng.random(n) < 0.02),
            fmt(voltage, 1), fmt(current, 2), fmt(humidity, 1)]
    cols[2][rng.random(n) < 0.02] = ''
    if a.label:
        cols.append(fault.astype(int).astype(str))
    return cols

header = ['site', 'mode', 'grade', 'temperature_c', 'pressure_bar', 'rpm', 'flow_l_min', 'voltage_v', 'current_a', 'humidity_pct']
if a.label:
    header.append('is_fault')
with open(a.out, 'w', newline='') as f:
    f.write(','.join(header) + '\n')
    done, b = 0, 0
    while done < a.rows:
        rng = np.random.default_rng([a.seed, b])
        cols = block(rng, BLOCK)
        n = min(BLOCK, a.rows - done)
        lines = cols[0][:n].astype(object)
        for c in cols[1:]:
            lines = lines + ',' + c[:n].astype(object)
        f.write('\n'.join(lines) + '\n')
        done += n; b += 1
