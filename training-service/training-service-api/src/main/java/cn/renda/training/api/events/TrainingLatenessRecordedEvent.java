package cn.renda.training.api.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The deputy whose attendance was just recorded ({@link TrainingAttendanceRecordedEvent}, still one person-time)
 * arrived late (迟到).
 */
@Revision("1")
public record TrainingLatenessRecordedEvent(String trainingId, String county, String deputyId, Instant recordedAt) {
}
