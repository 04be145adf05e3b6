/**
 * Where examples come from: IDX files (raw or gzip), the embedded mnist-10k digits, directories
 * in the MNIST layout, and folders of PNG/JPEG images (flat or one subfolder per class), read
 * defensively into {@link dev.latent.data.Images}.
 */
package dev.latent.data;
