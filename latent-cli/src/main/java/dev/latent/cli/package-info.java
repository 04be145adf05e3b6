/** The command line: one picocli command per file, shared options as mixins, a thin main. */
package dev.latent.cli;
