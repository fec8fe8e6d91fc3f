package cn.renda.training.api;

/** 主办方: the county standing committee or a township presidium. */
public enum Organiser {
    COUNTY("县人大常委会", "county"),
    TOWNSHIP("乡镇人大主席团", "township");

    private final String zh;
    private final String en;

    Organiser(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String label(boolean chinese) {
        return chinese ? zh : en;
    }
}
