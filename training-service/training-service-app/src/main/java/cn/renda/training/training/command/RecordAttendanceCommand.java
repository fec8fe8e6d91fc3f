package cn.renda.training.training.command;

import cn.renda.training.api.AttendanceStatus;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** Records an attendance sheet (签到表) of a training: each deputy's status, all or none. */
public record RecordAttendanceCommand(@TargetAggregateIdentifier String trainingId, String county,
                                      List<Entry> entries, Instant recordedAt) {

    /** One deputy's attendance. */
    public record Entry(String deputyId, String townshipCode, AttendanceStatus status) {
    }

    /** One deputy present. */
    public RecordAttendanceCommand(String trainingId, String county, String deputyId, String townshipCode,
                                   Instant recordedAt) {
        this(trainingId, county, List.of(new Entry(deputyId, townshipCode, AttendanceStatus.PRESENT)), recordedAt);
    }
}
