package cn.renda.supervision.api;

/** 答复结果分类: how a handling unit classes its reply to a suggestion. */
public enum ReplyResult {
    RESOLVED("已解决", "resolved"),
    BEING_RESOLVED("正在解决", "being resolved"),
    PLANNED("列入计划", "planned"),
    CANNOT_RESOLVE_NOW("因条件限制暂不能解决", "cannot be resolved now");

    private final String zh;
    private final String en;

    ReplyResult(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String label(boolean chinese) {
        return chinese ? zh : en;
    }
}
