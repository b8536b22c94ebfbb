package org.linli.infra.sandbox.alipay;

import com.alipay.api.FileItem;
import com.alipay.api.internal.util.AbstractHttpClient;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The SDK's HTTP transport for the sandbox while this server cannot yet call itself (demo data is written before it
 * listens): the same signed request goes to the sandbox gateway in-process, and its signed answer comes back for
 * the SDK to verify. Once the server has served a request, calls go over loopback HTTP instead.
 */
public class SandboxTransport extends AbstractHttpClient {

    private final Supplier<SandboxGateway> gateway;

    public SandboxTransport(Supplier<SandboxGateway> gateway) {
        this.gateway = gateway;
    }

    @Override
    public String doPost(String url, Map<String, String> params, String charset, Map<String, String> headers)
            throws IOException {
        Map<String, String> merged = queryOf(url);
        if (params != null) {
            params.forEach((name, value) -> {
                if (value != null && !value.isEmpty()) {
                    merged.put(name, value);
                }
            });
        }
        return gateway.get().call(merged, "");
    }

    /** The decoded parameters of an address's query string, as the gateway reads them. */
    static Map<String, String> queryOf(String url) {
        Map<String, String> parameters = new HashMap<>();
        String query = URI.create(url).getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    parameters.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return parameters;
    }

    @Override
    public String doPost(String url, Map<String, String> params, Map<String, FileItem> files, String charset,
                         Map<String, String> headers) throws IOException {
        return doPost(url, params, charset, headers);
    }
}
