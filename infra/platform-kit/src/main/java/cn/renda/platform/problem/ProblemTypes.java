package cn.renda.platform.problem;

import java.net.URI;

/** Problem type URIs are stable: clients may switch on them. */
public final class ProblemTypes {

    public static final String BASE = "urn:renda:problem:";
    public static final String VALIDATION = "validation";
    public static final String MALFORMED = "malformed-request";
    public static final String NOT_FOUND = "not-found";
    public static final String CONFLICT = "conflict";
    public static final String INTERNAL = "internal";

    private ProblemTypes() {
    }

    public static URI uri(String slug) {
        return URI.create(BASE + slug);
    }
}
