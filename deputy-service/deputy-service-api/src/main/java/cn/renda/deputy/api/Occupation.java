package cn.renda.deputy.api;

/** 职业构成: the composition categories the county watches (the cadre share above all). */
public enum Occupation {
    CADRE("干部", "cadre"),
    WORKER("工人", "worker"),
    FARMER("农民", "farmer"),
    PROFESSIONAL("专业技术人员", "professional"),
    BUSINESS("企业人员", "business"),
    OTHER("其他", "other");

    private final String zh;
    private final String en;

    Occupation(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String label(boolean chinese) {
        return chinese ? zh : en;
    }
}
