package dev.latent.io;

/** Arithmetic on tensor shapes that never overflows silently. */
final class Shapes {

    private Shapes() {}

    /**
     * The number of elements of a tensor with this shape; 1 for a scalar (empty shape).
     *
     * @param shape the dimensions
     * @return the product of the dimensions
     * @throws IllegalArgumentException if a dimension is negative
     * @throws ArithmeticException if the product does not fit in a long
     */
    static long numel(long[] shape) {
        long product = 1;
        for (long dim : shape) {
            if (dim < 0) {
                throw new IllegalArgumentException("negative dimension " + dim);
            }
            product = Math.multiplyExact(product, dim);
        }
        return product;
    }
}
