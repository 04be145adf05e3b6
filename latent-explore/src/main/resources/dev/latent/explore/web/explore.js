// latent explore: a panel per model (map, decoded image, sliders, paths); actions run in every linked panel.
"use strict";
window.latentErrors = [];
window.addEventListener("error", e => window.latentErrors.push(String(e.message)));
window.addEventListener("unhandledrejection", e => window.latentErrors.push(String(e.reason)));
window.latentStats = { decodeMs: [], drawMs: () => panels.flatMap(p => p.map.drawTimes) };
const panels = [];
const picks = [];
let pickedIn = null;
let priorSeed = 1;

async function getJson(url, options) {
  const response = await fetch(url, options);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

function status(text) { document.getElementById("status").textContent = text; }

function drawPixels(canvas, pixels, shape, offset = 0) {
  const [c, h, w] = shape;
  canvas.width = w; canvas.height = h;
  const context = canvas.getContext("2d"), image = context.createImageData(w, h);
  for (let p = 0; p < h * w; p++) {
    for (let k = 0; k < 3; k++) image.data[p * 4 + k] = pixels[offset + (c === 3 ? k : 0) * h * w + p];
    image.data[p * 4 + 3] = 255;
  }
  context.putImageData(image, 0, 0);
  canvas.dataset.draws = String(Number(canvas.dataset.draws || 0) + 1);
}

function element(tag, props = {}, ...children) {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

class Panel {
  constructor(index, info, root) {
    Object.assign(this, { index, info, z: null, inFlight: false, pending: null, d: info.latentDim });
    const axisNames = ["pc1", ...(this.d > 1 ? ["pc2"] : []), ...Array.from({ length: this.d }, (_, j) => "z" + j)];
    const select = value => element("select", {}, ...axisNames.map(a => element("option", { value: a, selected: a === value, textContent: a })));
    this.axisX = select("pc1"); this.axisY = select(this.d > 1 ? "pc2" : "pc1");
    this.numbers = element("p", { className: "numbers", textContent: "latent-space numbers: computing..." });
    this.canvas = element("canvas", { width: 420, height: 420, className: "map" });
    this.decoded = element("canvas", { className: "decoded" });
    this.hover = element("canvas", { className: "hover" });
    this.hoverText = element("span", { className: "hover-text" });
    this.sliders = element("div", { className: "sliders" });
    this.frames = element("div", { className: "frames" });
    this.drawTime = element("span", { className: "draw-time" });
    const title = `${info.name}: ${info.kind}${info.classes ? " (conditional)" : ""}, d = ${this.d}, ${info.points} test images`;
    // a conditional model decodes every code given a label: the one chosen here (picking a test image chooses its own)
    this.labelSelect = info.classes ? element("select", { className: "label" },
      ...Array.from({ length: info.classes }, (_, c) => element("option", { value: String(c), textContent: String(c) }))) : null;
    this.box = element("div", { className: "model" }, element("h2", { textContent: title }), this.numbers,
      ...(this.labelSelect ? [element("label", {}, "decode given label ", this.labelSelect), element("br")] : []),
      element("label", {}, "x ", this.axisX), element("label", {}, " y ", this.axisY),
      element("button", { textContent: "reset view", onclick: () => this.map.resetView() }), this.drawTime,
      element("br"), this.canvas,
      element("div", { className: "images" }, element("figure", {}, this.decoded, element("figcaption", { textContent: "decoded" })),
        element("figure", {}, this.hover, element("figcaption", {}, this.hoverText))),
      this.sliders, this.frames);
    this.box.dataset.model = String(index);
    root.append(this.box);
    this.map = new MapView(this.canvas, {
      hover: i => this.showHover(i),
      pick: i => pickImage(i, this),
      point: (x, y) => linked(this).forEach(p => p.decodeAt(p === this ? [x, y] : p.sameRelativePlace(this, x, y))),
      drawn: times => { this.drawTime.textContent = ` ${info.points} points drawn in ${times[times.length - 1].toFixed(1)} ms`
        + ` (worst ${Math.max(...times).toFixed(1)} ms of ${times.length})`; },
    });
    this.axisX.onchange = this.axisY.onchange = () => this.loadMap();
    if (this.labelSelect) this.labelSelect.onchange = () => { if (this.z) this.request(this.z); };
  }

  // "?label=N" (or "&label=N" after other parameters) for a conditional model, "" for others.
  labelQuery(separator) { return this.labelSelect ? `${separator}label=${this.labelSelect.value}` : ""; }

  async loadMap() {
    const map = await getJson(`/api/models/${this.index}/map?x=${this.axisX.value}&y=${this.axisY.value}`);
    Object.assign(this, { mean: map.mean, components: map.components, codeSd: map.codeSd, axes: map.axes });
    this.map.setPoints(map.x, map.y, map.labels);
    this.buildSliders();
    if (!this.z) await this.setCode(map.mean.slice()); else this.moveMarker();
  }

  // The same place relative to the data: the other map's (x, y) in its own means and sds, here.
  sameRelativePlace(other, x, y) {
    const o = other.map, m = this.map;
    return [m.meanX + (x - o.meanX) / o.sdX * m.sdX, m.meanY + (y - o.meanY) / o.sdY * m.sdY];
  }

  // Map coordinates of a latent vector: its projection on the PCA axes, or its two chosen dimensions.
  project(z) {
    return this.axes.map(a => {
      if (a[0] === "z") return z[Number(a.slice(1))];
      const c = a === "pc1" ? 0 : 1;
      let s = 0;
      for (let j = 0; j < this.d; j++) s += (z[j] - this.mean[j]) * this.components[c * this.d + j];
      return s;
    });
  }

  // The latent vector at map point (x, y): on the PCA plane through the codes' mean, or the current point with two dimensions set.
  lift(x, y) {
    const z = this.axes.some(a => a[0] === "z") ? this.z.slice() : this.mean.slice();
    this.axes.forEach((a, k) => {
      const value = k === 0 ? x : y;
      if (a[0] === "z") z[Number(a.slice(1))] = value;
      else { const c = a === "pc1" ? 0 : 1; for (let j = 0; j < this.d; j++) z[j] += value * this.components[c * this.d + j]; }
    });
    return z;
  }

  decodeAt([x, y]) { this.setCode(this.lift(x, y)); }

  // Resolves once this code (or a newer one) has been decoded and drawn.
  setCode(z) {
    this.z = z;
    this.moveMarker();
    this.updateSliders();
    return this.request(z);
  }

  moveMarker() { if (this.z && this.axes) { this.map.marker = this.project(this.z); this.map.drawOverlay(); } }

  // One decode in flight per panel: a newer point replaces the waiting one, stale ones are dropped.
  async request(z) {
    if (this.inFlight) { this.pending = z; return; }
    this.inFlight = true;
    const start = performance.now();
    try {
      const body = await getJson(`/api/models/${this.index}/decode${this.labelQuery("?")}`, { method: "POST", body: JSON.stringify(z) });
      window.latentStats.decodeMs.push(performance.now() - start);
      drawPixels(this.decoded, body.pixels, this.info.shape);
    } catch (error) {
      status(error.message);
    } finally {
      this.inFlight = false;
      if (this.pending) { const next = this.pending; this.pending = null; this.request(next); }
    }
  }

  buildSliders() {
    this.sliders.replaceChildren(element("p", { textContent: "traversal: z_j = mean_j + s * sd_j, s in sds of the test codes" }));
    this.inputs = [];
    for (let j = 0; j < this.d; j++) {
      const input = element("input", { type: "range", min: -4, max: 4, step: 0.05, value: 0 });
      input.dataset.dim = String(j);
      const value = element("span", { className: "value" });
      input.oninput = () => moveSlider(this, j, Number(input.value));
      this.inputs.push([input, value]);
      this.sliders.append(element("label", { className: "slider" }, `z${j} `, input, value));
    }
    this.updateSliders();
  }

  updateSliders() {
    if (!this.inputs || !this.z) return;
    this.inputs.forEach(([input, value], j) => {
      const s = (this.z[j] - this.mean[j]) / (this.codeSd[j] || 1);
      if (document.activeElement !== input) input.value = String(s);
      value.textContent = this.z[j].toFixed(2);
    });
  }

  setDimension(j, s) {
    if (j >= this.d) return;
    const z = this.z.slice();
    z[j] = this.mean[j] + s * (this.codeSd[j] || 1);
    this.setCode(z);
  }

  async showHover(i) {
    if (i < 0 || i === this.hovered) return;
    this.hovered = i;
    const image = await cachedImage(this.index, i);
    if (this.hovered !== i) return;
    drawPixels(this.hover, image.pixels, this.info.shape);
    this.hoverText.textContent = `test image ${i}, label ${image.label}`;
  }

  async showPath(from, to) {
    this.frames.replaceChildren();
    const kinds = this.info.kind === "VAE" ? ["linear", "slerp"] : ["linear"];
    for (const kind of kinds) {
      const path = await getJson(`/api/models/${this.index}/path?from=${from}&to=${to}&steps=8&kind=${kind}${this.labelQuery("&")}`);
      const row = element("div", { className: "path " + kind }, element("span", { textContent: kind === "slerp" ? "spherical " : "straight " }));
      const per = this.info.shape.reduce((a, b) => a * b), frames = path.codes.length / this.d;
      for (let t = 0; t < frames; t++) {
        const frame = element("canvas", { className: "frame" });
        drawPixels(frame, path.pixels, this.info.shape, t * per);
        row.append(frame);
      }
      this.frames.append(row);
      if (kind === "linear") {
        this.map.path = Array.from({ length: frames }, (_, t) => this.project(path.codes.slice(t * this.d, (t + 1) * this.d)));
        this.map.drawOverlay();
      }
    }
  }

  async showNumbers() {
    const n = await getJson(`/api/models/${this.index}/numbers`);
    if (!n.ready) { setTimeout(() => this.showNumbers().catch(e => status(e.message)), 1000); return; }
    this.numbers.textContent = `active units ${n.activeUnits} of ${this.d} · prior coverage ${n.priorCoverage.toFixed(3)} (0.5 ideal) · `
      + `interpolation smoothness ${n.interpolationSmoothness.toExponential(2)} per pixel (lower is smoother); as evaluate --full`;
    this.numbers.classList.add("ready");
  }
}

const images = new Map();
function cachedImage(m, i) {
  const key = m + "/" + i;
  if (!images.has(key)) images.set(key, getJson(`/api/models/${m}/images/${i}`));
  return images.get(key);
}

function linked(panel) { return panels.filter(p => p.info.linkGroup === panel.info.linkGroup); }

async function pickImage(i, from) {
  if (pickedIn && pickedIn.info.linkGroup !== from.info.linkGroup) picks.length = 0;
  pickedIn = from;
  picks.push(i);
  if (picks.length > 2) picks.shift();
  for (const p of linked(from)) {
    const image = await cachedImage(p.index, i);
    if (p.labelSelect && image.label >= 0) p.labelSelect.value = String(image.label);
    p.map.selected = picks.slice();
    p.setCode(image.code.slice());
  }
  document.getElementById("interpolate").disabled = picks.length < 2;
  status(`picked test image ${i}` + (picks.length === 2 ? `; interpolate ${picks[0]} -> ${picks[1]}` : "; pick another to interpolate"));
}

function moveSlider(from, j, s) { linked(from).forEach(p => p.setDimension(j, s)); }

async function samplePrior() {
  const seed = priorSeed++;
  for (const p of panels) {
    const draw = await getJson(`/api/models/${p.index}/prior?seed=${seed}${p.labelQuery("&")}`);
    p.setCode(draw.code);
  }
  status(`prior draw ${seed}: ` + panels.map(p => `${p.info.name} from ${p.info.prior}`).join("; "));
}

async function interpolate() {
  if (picks.length < 2) return;
  await Promise.all(linked(pickedIn).map(p => p.showPath(picks[0], picks[1])));
  status(`interpolated test images ${picks[0]} -> ${picks[1]}`);
}

async function main() {
  const root = document.getElementById("models");
  const guard = f => () => f().catch(e => status(e.message));
  document.getElementById("prior").onclick = guard(samplePrior);
  document.getElementById("interpolate").onclick = guard(interpolate);
  try {
    const models = await getJson("/api/models");
    models.forEach((info, m) => panels.push(new Panel(m, info, root)));
    await Promise.all(panels.map(p => p.loadMap()));
    panels.forEach(p => p.showNumbers().catch(e => status(e.message)));
    document.body.dataset.ready = "true";
    status("ready: hover a point to see its image; click it to pick it; click or drag anywhere to decode; shift-drag pans, the wheel zooms");
  } catch (error) {
    status(error.message);
  }
}
main();
