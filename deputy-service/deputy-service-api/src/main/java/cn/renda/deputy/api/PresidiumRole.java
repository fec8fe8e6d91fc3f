package cn.renda.deputy.api;

/** 主席团职务 */
public enum PresidiumRole {
    CHAIR("主席", "chair"),
    VICE_CHAIR("副主席", "vice chair"),
    MEMBER("成员", "member");

    private final String zh;
    private final String en;

    PresidiumRole(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String label(boolean chinese) {
        return chinese ? zh : en;
    }
}
