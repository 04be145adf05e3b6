/** Pictures: image grids, charts, reports. */
package dev.latent.viz;
