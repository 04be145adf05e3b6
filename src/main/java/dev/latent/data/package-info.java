/**
 * Where examples come from: IDX files (raw or gzip), the embedded mnist-10k digits, and
 * directories in the MNIST layout, read defensively into {@link dev.latent.data.Images}.
 */
package dev.latent.data;
