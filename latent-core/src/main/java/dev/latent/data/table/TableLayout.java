package dev.latent.data.table;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * How one encoded table row (D floats) is laid out for the likelihood: a list of blocks, each a
 * run of features of one kind that belongs to one column of the table.
 *
 * <ul>
 *   <li>{@link Kind#GAUSSIAN}: width 1, a numeric column's standardised value;
 *   <li>{@link Kind#BERNOULLI}: width 1, 0 or 1 (a numeric column's was-missing indicator);
 *   <li>{@link Kind#CATEGORICAL}: one-hot over the column's levels (width = the number of levels).
 * </ul>
 * Blocks tile [0, D) in order without gaps.
 *
 * @param blocks in feature order
 */
public record TableLayout(List<Block> blocks) {
    /** The likelihood of a block. */
    public enum Kind {
        GAUSSIAN("gaussian"), BERNOULLI("bernoulli"), CATEGORICAL("categorical");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        @JsonValue
        public String id() {
            return id;
        }
    }

    /**
     * @param column the table column the features encode
     * @param kind their likelihood
     * @param offset the first feature's index in the encoded row
     * @param width how many features
     */
    public record Block(String column, Kind kind, int offset, int width) {
        public Block {
            if (column == null || kind == null || offset < 0 || width < 1 || (kind != Kind.CATEGORICAL && width != 1)) {
                throw new IllegalArgumentException("bad layout block " + column + " " + kind + " at " + offset + " width " + width);
            }
        }
    }

    public TableLayout {
        blocks = List.copyOf(blocks);
        int next = 0;
        for (Block block : blocks) {
            if (block.offset() != next) {
                throw new IllegalArgumentException("layout blocks must tile the row: " + block.column() + " starts at " + block.offset() + ", expected " + next);
            }
            next += block.width();
        }
        if (next == 0) {
            throw new IllegalArgumentException("a table layout needs at least one feature");
        }
    }

    /** D: the encoded row's width. */
    public int width() {
        Block last = blocks.get(blocks.size() - 1);
        return last.offset() + last.width();
    }

    /** The offsets of the Gaussian features, in order. */
    public int[] offsets(Kind kind) {
        return blocks.stream().filter(b -> b.kind() == kind).mapToInt(Block::offset).toArray();
    }

    /** The categorical blocks, in order. */
    public List<Block> categorical() {
        return blocks.stream().filter(b -> b.kind() == Kind.CATEGORICAL).toList();
    }

    /** The table columns the blocks encode, in order of first appearance. */
    public List<String> columns() {
        return new ArrayList<>(new LinkedHashSet<>(blocks.stream().map(Block::column).toList()));
    }

    /** For each feature, the index of its column in {@link #columns()}. */
    public int[] columnOfFeature() {
        List<String> columns = columns();
        int[] out = new int[width()];
        for (Block block : blocks) {
            int column = columns.indexOf(block.column());
            for (int i = 0; i < block.width(); i++) {
                out[block.offset() + i] = column;
            }
        }
        return out;
    }
}
