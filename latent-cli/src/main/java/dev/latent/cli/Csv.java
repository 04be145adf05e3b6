package dev.latent.cli;

/** Writing CSV fields: RFC 4180 quoting where a value needs it. */
final class Csv {
    private Csv() {}

    /** {@code value} as one CSV field: quoted (quotes doubled) when it holds a comma, a quote or a line break. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return '"' + value.replace("\"", "\"\"") + '"';
            }
        }
        return value;
    }

    /** A row of fields joined by commas. */
    static String row(String[] values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            line.append(i == 0 ? "" : ",").append(field(values[i]));
        }
        return line.toString();
    }
}
