package cn.renda.deputy.api;

/** 票决: a vote on a report (政府工作报告, budget, ...) or an election (主席, 副主席, 乡镇长). */
public enum VoteKind {
    REPORT("报告表决", "vote on a report"),
    ELECTION("选举", "election");

    private final String zh;
    private final String en;

    VoteKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String label(boolean chinese) {
        return chinese ? zh : en;
    }
}
