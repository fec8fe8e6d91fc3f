package cn.renda.deputy.api;

/** 文化程度: the highest education completed, as the composition statistics group it. */
public enum Education {
    PRIMARY("小学及以下", "primary or less"),
    JUNIOR_SECONDARY("初中", "junior secondary"),
    SENIOR_SECONDARY("高中、中专", "senior secondary"),
    JUNIOR_COLLEGE("大专", "junior college"),
    BACHELOR("大学本科", "bachelor"),
    POSTGRADUATE("研究生", "postgraduate");

    private final String zh;
    private final String en;

    Education(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String label(boolean chinese) {
        return chinese ? zh : en;
    }
}
