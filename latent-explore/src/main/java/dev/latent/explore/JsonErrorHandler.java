package dev.latent.explore;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own refusals (an ambiguous or undecodable URI, headers too large), which never reach
 * the routes, as the same one line of JSON the routes give: never an HTML page or a stack. Jetty
 * closes the connection after these, so the response says so and no client reuses it.
 */
final class JsonErrorHandler extends ErrorHandler {
    private static final HttpField JSON_TYPE = new HttpField(HttpHeader.CONTENT_TYPE, "application/json");
    private static final HttpField CLOSE = new HttpField(HttpHeader.CONNECTION, "close");

    /** Every method gets the body, not only GET, POST and HEAD. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        response.getHeaders().put(JSON_TYPE);
        response.getHeaders().put(CLOSE);
        response.write(true, ByteBuffer.wrap(body(code)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(JSON_TYPE);
        fields.put(CLOSE);
        return ByteBuffer.wrap(body(status));
    }

    private static byte[] body(int code) {
        String reason = HttpStatus.getMessage(code);
        try {
            return ExploreServer.JSON.writeValueAsBytes(Map.of("error", "the server refused the request: " + code + " " + reason));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return "{\"error\":\"bad request\"}".getBytes(StandardCharsets.UTF_8);
        }
    }
}
