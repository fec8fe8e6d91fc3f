package cn.renda.supervision.api;

/** Before whom a special work report is delivered. */
public enum ReportingBody {
    PRESIDIUM("主席团会议", "presidium meeting"),
    SESSION("人民代表大会会议", "congress session");

    private final String zh;
    private final String en;

    ReportingBody(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String label(boolean chinese) {
        return chinese ? zh : en;
    }
}
