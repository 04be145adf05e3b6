package dev.latent.cli;

import dev.latent.model.Architecture;
import dev.latent.model.ModelKind;
import dev.latent.model.Upsampling;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** Binds the domain enums to their ids as written in config.json ({@code vae}, {@code conv}, {@code unpool}). */
final class DomainConverters {
    private DomainConverters() {}

    static void register(CommandLine commandLine) {
        commandLine.registerConverter(ModelKind.class, byId(ModelKind.values(), ModelKind::id));
        commandLine.registerConverter(Architecture.class, byId(Architecture.values(), Architecture::id));
        commandLine.registerConverter(Upsampling.class, byId(Upsampling.values(), Upsampling::id));
    }

    private static <E extends Enum<E>> CommandLine.ITypeConverter<E> byId(E[] values, Function<E, String> id) {
        return text -> Arrays.stream(values).filter(value -> id.apply(value).equals(text)).findFirst()
                .orElseThrow(() -> new CommandLine.TypeConversionException("'" + text + "' is not one of "
                        + Arrays.stream(values).map(id).collect(Collectors.joining(", "))));
    }
}
