package cn.renda.supervision.api;

/** 信访渠道: how a letter or visit reached the congress. */
public enum PetitionChannel {
    LETTER("来信", "letter"),
    VISIT("来访", "visit"),
    ONLINE("网上信访", "online");

    private final String zh;
    private final String en;

    PetitionChannel(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String label(boolean chinese) {
        return chinese ? zh : en;
    }
}
