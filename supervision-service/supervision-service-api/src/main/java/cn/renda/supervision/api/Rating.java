package cn.renda.supervision.api;

/** 代表对答复的测评: a submitting deputy's rating of a reply. */
public enum Rating {
    SATISFIED("满意", "satisfied"),
    BASICALLY_SATISFIED("基本满意", "basically satisfied"),
    DISSATISFIED("不满意", "dissatisfied");

    private final String zh;
    private final String en;

    Rating(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String label(boolean chinese) {
        return chinese ? zh : en;
    }
}
