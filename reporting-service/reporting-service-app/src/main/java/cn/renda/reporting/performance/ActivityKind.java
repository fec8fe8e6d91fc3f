package cn.renda.reporting.performance;

/** What a deputy took part in, as listed in a performance record (履职档案), with its label. */
public enum ActivityKind {
    SESSION("出席人代会", "attended a congress session"),
    PRESIDIUM_MEETING("出席主席团会议", "attended a presidium meeting"),
    INSPECTION("参加代表视察", "took part in an inspection"),
    ENFORCEMENT_INSPECTION("参加执法检查", "took part in an enforcement inspection"),
    SUGGESTION("提出建议", "submitted a suggestion"),
    RECEPTION_DAY("参加选民接待日", "received voters on a reception day"),
    HOME_VISIT("走访选民", "visited voters"),
    VOTER_REPORT("向选民述职", "reported to voters"),
    GROUP_ACTIVITY("参加代表小组活动", "took part in a group activity"),
    TRAINING("参加培训", "attended a training");

    private final String zh;
    private final String en;

    ActivityKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String label(boolean chinese) {
        return chinese ? zh : en;
    }
}
