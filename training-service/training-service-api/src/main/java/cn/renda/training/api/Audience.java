package cn.renda.training.api;

/** 培训对象: who a course is meant for. */
public enum Audience {
    DEPUTIES("人大代表", "deputies"),
    GROUP_LEADERS("代表小组组长", "deputy group leaders"),
    PRESIDIUM_STAFF("主席团成员及工作人员", "presidium members and staff");

    private final String zh;
    private final String en;

    Audience(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String label(boolean chinese) {
        return chinese ? zh : en;
    }
}
