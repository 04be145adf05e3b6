/** Files: safetensors weights, JSON configs, atomic writes. */
package dev.latent.io;
