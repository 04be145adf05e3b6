// latent explore: one model's map. Points are drawn once per view into an offscreen layer (one fill
// colour per label, so 10,000 points are 10 paths); the pointer, path and selection are drawn over it.
"use strict";
const COLOURS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];
const PICK_RADIUS = 5;

function meanAndSd(values) {
  let sum = 0, squares = 0;
  for (const v of values) { sum += v; squares += v * v; }
  const mean = sum / values.length;
  return [mean, Math.sqrt(Math.max(squares / values.length - mean * mean, 1e-12))];
}

class MapView {
  // handlers: hover(i | -1), pick(i), point(x, y) in map coordinates (a click off the data, and while dragging), drawn(times in ms).
  constructor(canvas, handlers) {
    Object.assign(this, { canvas, handlers, marker: null, path: [], selected: [], drawTimes: [] });
    this.layer = document.createElement("canvas");
    this.layer.width = canvas.width; this.layer.height = canvas.height;
    let down = null;
    canvas.addEventListener("contextmenu", e => e.preventDefault());
    canvas.addEventListener("mousedown", e => {
      down = { x: e.offsetX, y: e.offsetY, pan: e.shiftKey || e.button !== 0, moved: false, view: { ...this.view } };
    });
    canvas.addEventListener("mousemove", e => {
      if (!down) { this.handlers.hover(this.nearest(e.offsetX, e.offsetY)); return; }
      if (Math.abs(e.offsetX - down.x) + Math.abs(e.offsetY - down.y) > 2) down.moved = true;
      if (!down.moved) return;
      if (down.pan) {
        const k = (this.view.x1 - this.view.x0) / canvas.width, l = (this.view.y1 - this.view.y0) / canvas.height;
        const dx = (e.offsetX - down.x) * k, dy = (e.offsetY - down.y) * l;
        this.view = { x0: down.view.x0 - dx, x1: down.view.x1 - dx, y0: down.view.y0 + dy, y1: down.view.y1 + dy };
        this.drawPoints();
      } else {
        this.handlers.point(...this.toMap(e.offsetX, e.offsetY));
      }
    });
    window.addEventListener("mouseup", e => {
      if (!down) return;
      const was = down; down = null;
      if (was.moved || was.pan || e.target !== canvas) return;
      const i = this.nearest(was.x, was.y);
      if (i >= 0) this.handlers.pick(i); else this.handlers.point(...this.toMap(was.x, was.y));
    });
    canvas.addEventListener("wheel", e => {
      e.preventDefault();
      const [mx, my] = this.toMap(e.offsetX, e.offsetY), f = Math.exp(e.deltaY * 0.001);
      const v = this.view;
      this.view = { x0: mx + (v.x0 - mx) * f, x1: mx + (v.x1 - mx) * f, y0: my + (v.y0 - my) * f, y1: my + (v.y1 - my) * f };
      this.drawPoints();
    }, { passive: false });
  }

  // New points (x, y, labels): fits the view to them and records their mean and sd per axis.
  setPoints(x, y, labels) {
    Object.assign(this, { x, y, labels });
    [this.meanX, this.sdX] = meanAndSd(x);
    [this.meanY, this.sdY] = meanAndSd(y);
    this.resetView();
  }

  resetView() {
    let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
    for (let i = 0; i < this.x.length; i++) {
      x0 = Math.min(x0, this.x[i]); x1 = Math.max(x1, this.x[i]); y0 = Math.min(y0, this.y[i]); y1 = Math.max(y1, this.y[i]);
    }
    const px = (x1 - x0 || 1) * 0.08, py = (y1 - y0 || 1) * 0.08;
    this.view = { x0: x0 - px, x1: x1 + px, y0: y0 - py, y1: y1 + py };
    this.drawPoints();
  }

  toMap(px, py) {
    const v = this.view;
    return [v.x0 + (px / this.canvas.width) * (v.x1 - v.x0), v.y1 - (py / this.canvas.height) * (v.y1 - v.y0)];
  }

  toScreen(x, y) {
    const v = this.view;
    return [(x - v.x0) / (v.x1 - v.x0) * this.canvas.width, (v.y1 - y) / (v.y1 - v.y0) * this.canvas.height];
  }

  // The test point within PICK_RADIUS pixels of (px, py), else -1.
  nearest(px, py) {
    const [mx, my] = this.toMap(px, py);
    const kx = this.canvas.width / (this.view.x1 - this.view.x0), ky = this.canvas.height / (this.view.y1 - this.view.y0);
    let best = -1, bestDistance = PICK_RADIUS * PICK_RADIUS;
    for (let i = 0; i < this.x.length; i++) {
      const dx = (this.x[i] - mx) * kx, dy = (this.y[i] - my) * ky, d = dx * dx + dy * dy;
      if (d <= bestDistance) { best = i; bestDistance = d; }
    }
    return best;
  }

  drawPoints() {
    const start = performance.now();
    const context = this.layer.getContext("2d");
    context.clearRect(0, 0, this.layer.width, this.layer.height);
    const byLabel = new Map();
    for (let i = 0; i < this.x.length; i++) {
      const label = ((this.labels[i] % COLOURS.length) + COLOURS.length) % COLOURS.length;
      if (!byLabel.has(label)) byLabel.set(label, new Path2D());
      const [sx, sy] = this.toScreen(this.x[i], this.y[i]);
      byLabel.get(label).rect(sx - 1, sy - 1, 2, 2);
    }
    for (const [label, path] of byLabel) { context.fillStyle = COLOURS[label]; context.fill(path); }
    this.drawOverlay();
    this.drawTimes.push(performance.now() - start);
    if (this.handlers.drawn) this.handlers.drawn(this.drawTimes);
  }

  drawOverlay() {
    const context = this.canvas.getContext("2d");
    context.clearRect(0, 0, this.canvas.width, this.canvas.height);
    context.drawImage(this.layer, 0, 0);
    context.lineWidth = 2;
    if (this.path.length > 1) {
      context.strokeStyle = "#000";
      context.beginPath();
      this.path.forEach(([x, y], t) => { const [sx, sy] = this.toScreen(x, y); if (t) context.lineTo(sx, sy); else context.moveTo(sx, sy); });
      context.stroke();
    }
    context.strokeStyle = "#000";
    for (const i of this.selected) {
      const [sx, sy] = this.toScreen(this.x[i], this.y[i]);
      context.beginPath(); context.arc(sx, sy, 6, 0, 2 * Math.PI); context.stroke();
    }
    if (this.marker) {
      const [sx, sy] = this.toScreen(...this.marker);
      context.strokeStyle = "#d00";
      context.beginPath(); context.moveTo(sx - 8, sy); context.lineTo(sx + 8, sy); context.moveTo(sx, sy - 8); context.lineTo(sx, sy + 8); context.stroke();
    }
  }
}
