package dev.latent.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.bytedeco.pytorch.global.torch;

/**
 * Test helper: analytic gradients of a scalar function of several tensors, checked against
 * central finite differences in float64, and float32 against float64.
 */
final class GradientCheck {
    private GradientCheck() {}

    /** d f / d input_k for each input, computed by autograd in float64. */
    static List<double[]> autogradFloat64(Function<List<Tensor>, Tensor> f, List<double[]> values, List<long[]> shapes) {
        return autograd(f, leaves(values, shapes, true));
    }

    /** The same gradients computed in float32 (libtorch's fast paths, oneDNN included). */
    static List<double[]> autogradFloat32(Function<List<Tensor>, Tensor> f, List<double[]> values, List<long[]> shapes) {
        return autograd(f, leaves(values, shapes, false));
    }

    /** Central differences (f(v + h) - f(v - h)) / 2h in float64, element by element. */
    static List<double[]> finiteDifferences(Function<List<Tensor>, Tensor> f, List<double[]> values, List<long[]> shapes, double h) {
        List<double[]> gradients = new ArrayList<>();
        for (int k = 0; k < values.size(); k++) {
            double[] gradient = new double[values.get(k).length];
            for (int i = 0; i < gradient.length; i++) {
                List<double[]> plus = copy(values);
                List<double[]> minus = copy(values);
                plus.get(k)[i] += h;
                minus.get(k)[i] -= h;
                double up = f.apply(leaves(plus, shapes, true)).item();
                double down = f.apply(leaves(minus, shapes, true)).item();
                gradient[i] = (up - down) / (2 * h);
            }
            gradients.add(gradient);
        }
        return gradients;
    }

    /** ||a - b|| / max(||b||, tiny), over all inputs together. */
    static double relativeError(List<double[]> a, List<double[]> b) {
        double difference = 0;
        double norm = 0;
        for (int k = 0; k < a.size(); k++) {
            for (int i = 0; i < a.get(k).length; i++) {
                double d = a.get(k)[i] - b.get(k)[i];
                difference += d * d;
                norm += b.get(k)[i] * b.get(k)[i];
            }
        }
        return Math.sqrt(difference) / Math.max(Math.sqrt(norm), 1e-300);
    }

    private static List<double[]> autograd(Function<List<Tensor>, Tensor> f, List<Tensor> inputs) {
        f.apply(inputs).backward();
        List<double[]> gradients = new ArrayList<>();
        for (Tensor input : inputs) {
            gradients.add(input.grad().toDoubleArray());
        }
        return gradients;
    }

    private static List<Tensor> leaves(List<double[]> values, List<long[]> shapes, boolean float64) {
        List<Tensor> leaves = new ArrayList<>();
        for (int k = 0; k < values.size(); k++) {
            Tensor t = Tensor.of(values.get(k), shapes.get(k));
            leaves.add((float64 ? t : float32(t)).requiresGrad());
        }
        return leaves;
    }

    /**
     * A constant (no gradient) holding {@code values}, in the precision of {@code like}: float64
     * on the reference path, float32 on the fast one.
     */
    static Tensor constantLike(Tensor like, double[] values, long... shape) {
        Tensor t = Tensor.of(values, shape);
        return isFloat64(like) ? t : float32(t);
    }

    static Tensor float32(Tensor t) {
        return new Tensor(t.handle.to(torch.ScalarType.Float));
    }

    static boolean isFloat64(Tensor t) {
        // not scalar_type() == Double: the JavaCPP enum compares unequal even for float64 tensors
        return t.handle.is_floating_point() && t.handle.itemsize() == 8;
    }

    private static List<double[]> copy(List<double[]> values) {
        List<double[]> out = new ArrayList<>();
        for (double[] v : values) {
            out.add(v.clone());
        }
        return out;
    }
}
