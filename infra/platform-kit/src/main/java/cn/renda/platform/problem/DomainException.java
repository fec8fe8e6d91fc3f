package cn.renda.platform.problem;

/**
 * A refusal the business cares about. Each carries a stable problem type, an HTTP status, and its message
 * in Chinese (the users' language) and English. The web layer turns it into RFC 9457 problem+json.
 * Free of Spring so that aggregates may throw it.
 */
public class DomainException extends RuntimeException {

    private final int status;
    private final String type;
    private final String titleZh;
    private final String titleEn;
    private final String detailZh;
    private final String detailEn;

    public DomainException(int status, String type, String titleZh, String titleEn, String detailZh, String detailEn) {
        super(detailEn);
        this.status = status;
        this.type = type;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.detailZh = detailZh;
        this.detailEn = detailEn;
    }

    public int status() {
        return status;
    }

    /** Stable slug, e.g. {@code unknown-deputy}; the problem type URI is built from it. */
    public String type() {
        return type;
    }

    public String title(boolean chinese) {
        return chinese ? titleZh : titleEn;
    }

    public String detail(boolean chinese) {
        return chinese ? detailZh : detailEn;
    }
}
