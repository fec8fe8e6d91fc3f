package cn.renda.training.api;

/** 出勤情况 of a deputy at a course; present and late are a person-time (人次), absent and excused are not. */
public enum AttendanceStatus {
    PRESENT("出席", "present"),
    LATE("迟到", "late"),
    ABSENT("缺席", "absent"),
    EXCUSED("请假", "excused");

    private final String zh;
    private final String en;

    AttendanceStatus(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** Present or late: the deputy took part, which counts as one person-time and the course's hours. */
    public boolean attended() {
        return this == PRESENT || this == LATE;
    }

    public String label(boolean chinese) {
        return chinese ? zh : en;
    }
}
