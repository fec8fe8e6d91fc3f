package cn.renda.reporting.alert;

/** The alert rules, each with its stable code and label. */
public enum AlertRule {
    OVERDUE_SUGGESTION("建议超期未答复", "suggestions overdue"),
    FLAGGED_SUGGESTION_DUE_SOON("重点督办建议即将到期", "flagged suggestions due soon"),
    SUGGESTION_DUE_SOON("建议即将到期", "suggestions nearly due"),
    DORMANT_DEPUTIES("休眠代表", "dormant deputies"),
    NO_FULL_TIME_VICE_CHAIR("未配备专职副主席", "no full-time vice chair"),
    CADRE_SHARE_HIGH("干部代表比例偏高", "cadre share too high"),
    SHORT_SESSION("人代会会期过短", "congress session too short"),
    NO_RECEPTION_DAY_THIS_MONTH("本月未开展选民接待日", "no reception day this month");

    private final String zh;
    private final String en;

    AlertRule(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String label(boolean chinese) {
        return chinese ? zh : en;
    }
}
