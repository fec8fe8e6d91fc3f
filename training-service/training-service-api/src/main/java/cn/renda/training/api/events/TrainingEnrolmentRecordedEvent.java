package cn.renda.training.api.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A deputy was enrolled (报名) in a training and holds one of its seats.
 */
@Revision("1")
public record TrainingEnrolmentRecordedEvent(String trainingId, String county, String deputyId, String townshipCode,
                                             Instant enrolledAt) {
}
