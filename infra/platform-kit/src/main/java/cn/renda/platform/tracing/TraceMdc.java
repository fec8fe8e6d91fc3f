package cn.renda.platform.tracing;

import org.slf4j.MDC;

import java.util.HashMap;
import java.util.Map;

/**
 * Puts a few keys into the MDC and, on close, puts back what was there before (so a scope opened inside a request
 * or another scope leaves the outer values intact). Null values are skipped.
 */
public final class TraceMdc implements AutoCloseable {

    private final Map<String, String> previous = new HashMap<>();

    private TraceMdc() {
    }

    /** Opens a scope with alternating keys and values: {@code TraceMdc.put("traceId", id, "county", county)}. */
    public static TraceMdc put(String... keysAndValues) {
        TraceMdc scope = new TraceMdc();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            String key = keysAndValues[i];
            String value = keysAndValues[i + 1];
            if (value != null && !value.isEmpty()) {
                if (!scope.previous.containsKey(key)) {
                    scope.previous.put(key, MDC.get(key));
                }
                MDC.put(key, value);
            }
        }
        return scope;
    }

    @Override
    public void close() {
        previous.forEach((key, value) -> {
            if (value == null) {
                MDC.remove(key);
            } else {
                MDC.put(key, value);
            }
        });
    }
}
