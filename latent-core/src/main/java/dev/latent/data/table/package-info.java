/**
 * Tables: CSV files read defensively into {@link dev.latent.data.table.RawTable} strings (or
 * streamed by {@link dev.latent.data.table.CsvRows}), a {@link dev.latent.data.table.Schema} of
 * column types inferred from them (or edited by hand), and the
 * {@link dev.latent.data.table.ColumnTransforms} fitted on the training rows that turn a row into
 * D floats (standardised numbers, was-missing indicators, one-hot categories) laid out by a
 * {@link dev.latent.data.table.TableLayout}, and turn a decoder's means back into a row of text.
 */
package dev.latent.data.table;
