package cn.renda.training.training.command;

import cn.renda.platform.problem.DomainException;
import cn.renda.training.api.events.TrainingAttendanceRecordedEvent;
import cn.renda.training.api.events.TrainingPlannedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A training (培训) and who attended it. Enrolment, capacity, assessment and certificates are issue 5. */
@Aggregate
class Training {

    @AggregateIdentifier
    private String trainingId;
    private String county;
    private int hours;
    private final Set<String> attendees = new HashSet<>();

    Training() {
    }

    @CommandHandler
    Training(PlanTrainingCommand c) {
        if (c.hours() <= 0 || c.hours() > 200) {
            throw new DomainException(422, "invalid-hours", "学时无效", "Invalid hours",
                    "培训学时须在 1 到 200 之间。", "Training hours must be between 1 and 200.");
        }
        apply(new TrainingPlannedEvent(c.trainingId(), c.county(), c.title(), c.topic(), c.date(), c.hours(),
                c.organiser()));
    }

    @CommandHandler
    void handle(RecordAttendanceCommand c) {
        if (!county.equals(c.county())) {
            throw new DomainException(404, "not-found", "未找到", "Not found", "培训不存在。", "No such training.");
        }
        if (attendees.contains(c.deputyId())) {
            throw new DomainException(409, "attendance-already-recorded", "出勤已登记", "Attendance already recorded",
                    "该代表本次培训的出勤已登记。", "This deputy's attendance at this training is already recorded.");
        }
        apply(new TrainingAttendanceRecordedEvent(trainingId, county, c.deputyId(), c.townshipCode(), hours,
                c.recordedAt()));
    }

    @EventSourcingHandler
    void on(TrainingPlannedEvent e) {
        trainingId = e.trainingId();
        county = e.county();
        hours = e.hours();
    }

    @EventSourcingHandler
    void on(TrainingAttendanceRecordedEvent e) {
        attendees.add(e.deputyId());
    }
}
