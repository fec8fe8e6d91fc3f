package cn.renda.gateway.routing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The instances of each service the gateway spreads requests over. They come from {@code renda.services.<service>}
 * (one URI or several, comma-separated) and, when {@code renda.gateway.instances-file} names a properties file
 * ({@code deputy=http://127.0.0.1:8081,http://127.0.0.1:8181}), from that file, which overrides the properties
 * for the services it names. The file is read again whenever it changes ({@code ./renda scale} rewrites it), so
 * instances are added and removed without restarting the gateway. A file that cannot be read leaves the last list.
 */
@Component
class ServiceInstances {

    private static final Logger log = LoggerFactory.getLogger(ServiceInstances.class);

    private final Map<String, List<URI>> configured = new LinkedHashMap<>();
    private final Path file;
    private volatile FileTime fileTime;
    private volatile Map<String, List<URI>> fromFile = Map.of();

    ServiceInstances(@Value("${renda.services.deputy:http://127.0.0.1:8081}") String deputy,
                     @Value("${renda.services.supervision:http://127.0.0.1:8082}") String supervision,
                     @Value("${renda.services.training:http://127.0.0.1:8083}") String training,
                     @Value("${renda.services.reporting:http://127.0.0.1:8084}") String reporting,
                     @Value("${renda.gateway.instances-file:}") String file) {
        configured.put("deputy", parse(deputy));
        configured.put("supervision", parse(supervision));
        configured.put("training", parse(training));
        configured.put("reporting", parse(reporting));
        this.file = file == null || file.isBlank() ? null : Path.of(file);
    }

    /** The services this gateway routes to. */
    List<String> services() {
        return List.copyOf(configured.keySet());
    }

    /** The current instances of a service, in a stable order; never empty for a known service. */
    List<URI> of(String service) {
        List<URI> overridden = current().get(service);
        return overridden != null && !overridden.isEmpty() ? overridden : configured.getOrDefault(service, List.of());
    }

    private Map<String, List<URI>> current() {
        if (file == null) {
            return fromFile;
        }
        try {
            FileTime modified = Files.exists(file) ? Files.getLastModifiedTime(file) : null;
            if (modified == null) {
                fromFile = Map.of();
                fileTime = null;
            } else if (!modified.equals(fileTime)) {
                Properties p = new Properties();
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                Map<String, List<URI>> read = new LinkedHashMap<>();
                p.stringPropertyNames().forEach(service -> read.put(service, parse(p.getProperty(service))));
                fromFile = read;
                fileTime = modified;
                log.info("service instances from {}: {}", file, read);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("cannot read the service instances file {} ({}); keeping {}", file, e.getMessage(), fromFile);
        }
        return fromFile;
    }

    static List<URI> parse(String uris) {
        return Arrays.stream(uris.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(URI::create)
                .peek(u -> {
                    if (u.getHost() == null || u.getPort() < 0) {
                        throw new IllegalArgumentException("a service instance needs host and port: " + u);
                    }
                })
                .toList();
    }
}
