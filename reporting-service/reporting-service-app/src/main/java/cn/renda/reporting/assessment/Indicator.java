package cn.renda.reporting.assessment;

/**
 * The indicators a township can be assessed by, each with its label, the raw value's unit and the default weight
 * and target (the raw value that earns the full score). The defaults sum to 100.
 */
public enum Indicator {
    SESSIONS_HELD("召开人代会次数", "congress sessions held", 10, 1),
    SESSION_LENGTH("人代会平均会期（天）", "average session length (days)", 10, 2),
    FULL_TIME_VICE_CHAIR("配备专职副主席", "full-time vice chair in post", 10, 1),
    INSPECTIONS_PER_100_DEPUTIES("每百名代表视察次数", "inspections per 100 deputies", 15, 3),
    SUGGESTIONS_ANSWERED_ON_TIME("建议按期答复率（%）", "suggestions answered on time (%)", 15, 100),
    SATISFACTION_RATE("建议办理满意率（%）", "satisfaction rate (%)", 10, 100),
    RECEPTION_DAYS_PER_MONTH("每月选民接待日次数", "reception days per month", 10, 1),
    GROUP_ACTIVITIES_HELD_VS_PLANNED("代表小组活动完成率（%）", "group activities held of planned (%)", 10, 100),
    TRAINING_COVERAGE("代表培训覆盖率（%）", "deputies trained (%)", 10, 100);

    private final String zh;
    private final String en;
    private final int defaultWeight;
    private final double defaultTarget;

    Indicator(String zh, String en, int defaultWeight, double defaultTarget) {
        this.zh = zh;
        this.en = en;
        this.defaultWeight = defaultWeight;
        this.defaultTarget = defaultTarget;
    }

    public String label(boolean chinese) {
        return chinese ? zh : en;
    }

    public int defaultWeight() {
        return defaultWeight;
    }

    public double defaultTarget() {
        return defaultTarget;
    }

    public static boolean known(String code) {
        for (Indicator i : values()) {
            if (i.name().equals(code)) {
                return true;
            }
        }
        return false;
    }
}
