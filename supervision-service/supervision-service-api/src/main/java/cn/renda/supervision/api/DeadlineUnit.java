package cn.renda.supervision.api;

/**
 * How a county counts a suggestion's handling deadline: calendar months from assignment (a last day that is not a
 * working day moves to the next working day), or working days after the day of assignment.
 */
public enum DeadlineUnit {
    CALENDAR_MONTHS("自然月", "calendar months"),
    WORKING_DAYS("工作日", "working days");

    private final String zh;
    private final String en;

    DeadlineUnit(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String label(boolean chinese) {
        return chinese ? zh : en;
    }
}
