package cn.renda.training.api;

/** 培训形式: how a course is held. */
public enum CourseFormat {
    LECTURE("集中授课", "lecture"),
    ON_SITE("现场教学", "on-site"),
    ONLINE("网络培训", "online");

    private final String zh;
    private final String en;

    CourseFormat(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String label(boolean chinese) {
        return chinese ? zh : en;
    }
}
