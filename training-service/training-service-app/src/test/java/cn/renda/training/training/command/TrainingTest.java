package cn.renda.training.training.command;

import cn.renda.platform.problem.DomainException;
import cn.renda.training.api.LegalTopic;
import cn.renda.training.api.Organiser;
import cn.renda.training.api.events.TrainingAttendanceRecordedEvent;
import cn.renda.training.api.events.TrainingPlannedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

class TrainingTest {

    private static final Instant NOW = Instant.parse("2024-04-18T08:00:00Z");
    private static final TrainingPlannedEvent PLANNED = new TrainingPlannedEvent("t1", "410327", "代表法专题培训",
            LegalTopic.DEPUTIES_LAW, LocalDate.parse("2024-04-18"), 4, Organiser.COUNTY);
    private AggregateTestFixture<Training> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Training.class);
    }

    @Test
    void a_training_is_planned() {
        fixture.givenNoPriorActivity()
                .when(new PlanTrainingCommand("t1", "410327", "代表法专题培训", LegalTopic.DEPUTIES_LAW,
                        LocalDate.parse("2024-04-18"), 4, Organiser.COUNTY))
                .expectEvents(PLANNED);
    }

    @Test
    void a_training_without_hours_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new PlanTrainingCommand("t1", "410327", "代表法专题培训", LegalTopic.DEPUTIES_LAW,
                        LocalDate.parse("2024-04-18"), 0, Organiser.COUNTY))
                .expectNoEvents()
                .expectException(DomainException.class);
    }

    @Test
    void attendance_counts_the_trainings_hours_for_the_deputys_township() {
        fixture.given(PLANNED)
                .when(new RecordAttendanceCommand("t1", "410327", "d1", "410327100", NOW))
                .expectEvents(new TrainingAttendanceRecordedEvent("t1", "410327", "d1", "410327100", 4, NOW));
    }

    @Test
    void the_same_deputys_attendance_is_recorded_once() {
        fixture.given(PLANNED, new TrainingAttendanceRecordedEvent("t1", "410327", "d1", "410327100", 4, NOW))
                .when(new RecordAttendanceCommand("t1", "410327", "d1", "410327100", NOW))
                .expectNoEvents()
                .expectException(DomainException.class)
                .expectExceptionMessage("This deputy's attendance at this training is already recorded.");
    }

    @Test
    void another_countys_training_is_not_found() {
        fixture.given(PLANNED)
                .when(new RecordAttendanceCommand("t1", "410328", "d1", "410328100", NOW))
                .expectNoEvents()
                .expectException(DomainException.class);
    }
}
