// latent explore: one map per model; a click or drag on a map decodes that point of the PCA plane.
"use strict";
const COLOURS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];

async function getJson(url, options) {
  const response = await fetch(url, options);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

function drawPixels(canvas, pixels, shape) {
  const [c, h, w] = shape;
  canvas.width = w; canvas.height = h;
  const context = canvas.getContext("2d");
  const image = context.createImageData(w, h);
  for (let p = 0; p < h * w; p++) {
    for (let k = 0; k < 3; k++) image.data[p * 4 + k] = pixels[(c === 3 ? k : 0) * h * w + p];
    image.data[p * 4 + 3] = 255;
  }
  context.putImageData(image, 0, 0);
}

// The latent vector of plane point (u, v): mean + u * axis0 + v * axis1.
function lift(map, u, v, d) {
  const z = new Array(d);
  for (let j = 0; j < d; j++) z[j] = map.mean[j] + u * map.axes[j] + (map.axes.length > d ? v * map.axes[d + j] : 0);
  return z;
}

class ModelMap {
  constructor(index, info, map, root) {
    Object.assign(this, { index, info, map, inFlight: false, pending: null });
    const box = document.createElement("div");
    box.className = "model";
    box.innerHTML = `<h2>${info.name} (${info.variational ? "VAE" : "AE"}, d = ${info.latentDim})</h2>`;
    this.canvas = Object.assign(document.createElement("canvas"), { width: 400, height: 400, className: "map" });
    this.decoded = Object.assign(document.createElement("canvas"), { className: "decoded" });
    box.append(this.canvas, document.createElement("br"), this.decoded);
    root.append(box);
    const xs = map.x, ys = map.y;
    const pad = 0.05;
    this.bounds = { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
    const bx = this.bounds.x1 - this.bounds.x0 || 1, by = this.bounds.y1 - this.bounds.y0 || 1;
    this.bounds.x0 -= bx * pad; this.bounds.x1 += bx * pad; this.bounds.y0 -= by * pad; this.bounds.y1 += by * pad;
    this.draw();
    let dragging = false;
    this.canvas.addEventListener("mousedown", e => { dragging = true; this.pick(e); });
    this.canvas.addEventListener("mousemove", e => { if (dragging) this.pick(e); });
    window.addEventListener("mouseup", () => { dragging = false; });
  }

  toPlane(px, py) {
    const b = this.bounds;
    return [b.x0 + (px / this.canvas.width) * (b.x1 - b.x0), b.y1 - (py / this.canvas.height) * (b.y1 - b.y0)];
  }

  draw() {
    const context = this.canvas.getContext("2d");
    const b = this.bounds, w = this.canvas.width, h = this.canvas.height;
    context.clearRect(0, 0, w, h);
    for (let i = 0; i < this.map.x.length; i++) {
      context.fillStyle = COLOURS[this.map.labels[i] % COLOURS.length];
      context.fillRect((this.map.x[i] - b.x0) / (b.x1 - b.x0) * w - 1, (b.y1 - this.map.y[i]) / (b.y1 - b.y0) * h - 1, 2, 2);
    }
  }

  pick(event) {
    const rect = this.canvas.getBoundingClientRect();
    const [u, v] = this.toPlane(event.clientX - rect.left, event.clientY - rect.top);
    this.request(lift(this.map, u, v, this.info.latentDim));
  }

  // At most one decode in flight per map: a newer point replaces the waiting one, stale ones are dropped.
  async request(z) {
    if (this.inFlight) { this.pending = z; return; }
    this.inFlight = true;
    try {
      const body = await getJson(`/api/models/${this.index}/decode`, { method: "POST", body: JSON.stringify(z) });
      drawPixels(this.decoded, body.pixels, this.info.shape);
    } catch (error) {
      console.warn(error.message);
    } finally {
      this.inFlight = false;
      if (this.pending) { const next = this.pending; this.pending = null; this.request(next); }
    }
  }
}

async function main() {
  const root = document.getElementById("models");
  try {
    const models = await getJson("/api/models");
    for (let m = 0; m < models.length; m++) new ModelMap(m, models[m], await getJson(`/api/models/${m}/map`), root);
  } catch (error) {
    root.innerHTML = `<p class="error">${error.message}</p>`;
  }
}
main();
