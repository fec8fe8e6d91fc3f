package cn.renda.deputy.api;

/** 政治面貌 */
public enum PartyMembership {
    CPC_MEMBER("中共党员", "CPC member"),
    DEMOCRATIC_PARTY("民主党派", "democratic party member"),
    NON_PARTY("群众", "no party");

    private final String zh;
    private final String en;

    PartyMembership(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String label(boolean chinese) {
        return chinese ? zh : en;
    }
}
