package cn.renda.training.api;

/** 培训专题: the legal topics of the county's training catalogue. */
public enum LegalTopic {
    DEPUTIES_LAW("代表法", "Deputies Law"),
    SUPERVISION_LAW("监督法", "Supervision Law"),
    ELECTION_LAW("选举法", "Election Law"),
    ORGANIC_LAW("地方组织法", "Organic Law of Local Congresses and Governments"),
    BUDGET_REVIEW("预算审查", "budget review"),
    CORE_KNOWLEDGE("应知应会", "core knowledge"),
    GOVERNMENT_WORK_REPORT("应知应会：如何审议政府工作报告", "core knowledge: deliberating the government work report"),
    BETWEEN_SESSIONS("应知应会：闭会期间如何开展代表工作", "core knowledge: working between sessions"),
    OTHER("其他", "other");

    private final String zh;
    private final String en;

    LegalTopic(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String label(boolean chinese) {
        return chinese ? zh : en;
    }
}
