package cn.renda.training.api.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * An enrolled deputy did not attend: absent (缺席) or, with {@code excused}, on leave (请假). Not a person-time.
 */
@Revision("1")
public record TrainingAbsenceRecordedEvent(String trainingId, String county, String deputyId, String townshipCode,
                                           boolean excused, Instant recordedAt) {
}
