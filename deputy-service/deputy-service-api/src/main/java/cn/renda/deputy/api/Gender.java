package cn.renda.deputy.api;

/** 性别 */
public enum Gender {
    MALE("男", "male"),
    FEMALE("女", "female");

    private final String zh;
    private final String en;

    Gender(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String label(boolean chinese) {
        return chinese ? zh : en;
    }
}
