package cn.renda.training.api.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A deputy attended a training: one person-time (人次) for the deputy's township. */
@Revision("1")
public record TrainingAttendanceRecordedEvent(String trainingId, String county, String deputyId, String townshipCode,
                                              int hours, Instant recordedAt) {
}
