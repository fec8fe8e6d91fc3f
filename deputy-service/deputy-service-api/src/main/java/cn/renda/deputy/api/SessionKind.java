package cn.renda.deputy.api;

/** 会议类型: a regular session of the township congress, an extraordinary one, or a presidium meeting. */
public enum SessionKind {
    REGULAR("人民代表大会例会", "regular session"),
    EXTRAORDINARY("临时会议", "extraordinary session"),
    PRESIDIUM_MEETING("主席团会议", "presidium meeting");

    private final String zh;
    private final String en;

    SessionKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String label(boolean chinese) {
        return chinese ? zh : en;
    }
}
