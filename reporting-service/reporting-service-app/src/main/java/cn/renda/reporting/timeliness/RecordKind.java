package cn.renda.reporting.timeliness;

/**
 * The kinds of record whose lateness is measured: each is an event that names the day the activity happened, so
 * the delay between that day and the day the event was recorded can be measured.
 */
public enum RecordKind {
    SESSION("人代会及主席团会议", "sessions", "SessionOpenedEvent", "openedOn"),
    INSPECTION("代表视察", "inspections", "InspectionRecordedEvent", "date"),
    ENFORCEMENT_INSPECTION("执法检查", "enforcement inspections", "EnforcementInspectionRecordedEvent", "startedOn"),
    WORK_REPORT("专项工作报告", "work reports", "WorkReportDeliveredEvent", "deliveredOn"),
    PETITION("信访", "petitions", "PetitionReceivedEvent", "receivedOn"),
    RECEPTION_DAY("选民接待日", "reception days", "ReceptionDayHeldEvent", "heldOn"),
    HOME_VISIT("走访选民", "home visits", "HomeVisitMadeEvent", "visitedOn"),
    VOTER_REPORT("向选民述职", "reports to voters", "DeputyReportedToVotersEvent", "reportedOn"),
    GROUP_ACTIVITY("代表小组活动", "group activities", "GroupActivityHeldEvent", "heldOn"),
    TRAINING_ATTENDANCE("培训出勤", "training attendance", "TrainingAttendanceRecordedEvent", null);

    private final String zh;
    private final String en;
    private final String eventType;
    private final String dateField;

    RecordKind(String zh, String en, String eventType, String dateField) {
        this.zh = zh;
        this.en = en;
        this.eventType = eventType;
        this.dateField = dateField;
    }

    public String label(boolean chinese) {
        return chinese ? zh : en;
    }

    public String eventType() {
        return eventType;
    }

    /** The payload field holding the activity's day; null when the day is the training's (from its fact). */
    public String dateField() {
        return dateField;
    }

    public static RecordKind ofEventType(String type) {
        for (RecordKind k : values()) {
            if (k.eventType.equals(type)) {
                return k;
            }
        }
        return null;
    }
}
