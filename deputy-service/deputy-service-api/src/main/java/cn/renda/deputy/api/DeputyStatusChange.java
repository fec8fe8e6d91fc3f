package cn.renda.deputy.api;

/** How a deputy's service ends (代表资格变动); each one ends it for good within the term. */
public enum DeputyStatusChange {
    RESIGNED("辞职", "resigned", "RESIGNED"),
    RECALLED("罢免", "recalled", "RECALLED"),
    TERMINATED("终止代表资格", "qualification terminated", "TERMINATED"),
    DECEASED("去世", "deceased", "DECEASED");

    private final String zh;
    private final String en;
    private final String status;

    DeputyStatusChange(String zh, String en, String status) {
        this.zh = zh;
        this.en = en;
        this.status = status;
    }

    public String label(boolean chinese) {
        return chinese ? zh : en;
    }

    /** The status the deputy has afterwards, as read models store it (never {@code SERVING}). */
    public String resultingStatus() {
        return status;
    }
}
