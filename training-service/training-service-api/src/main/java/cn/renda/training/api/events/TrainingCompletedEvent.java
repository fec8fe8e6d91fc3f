package cn.renda.training.api.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A deputy completed a training (结业): attended and, where the course sets a passing score, passed. A certificate
 * with {@code certificateCode} is issued to {@code deputyName} for {@code hours} hours of {@code title} held on
 * {@code date}.
 */
@Revision("1")
public record TrainingCompletedEvent(String trainingId, String county, String deputyId, String townshipCode,
                                     String deputyName, String title, int hours, LocalDate date,
                                     String certificateCode, Instant completedAt) {
}
