package cn.renda.training.api.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * An attendee's assessment score (考核成绩, 0 to 100); {@code passed} against the course's passing score (always
 * true when the course sets none). A later score replaces an earlier one.
 */
@Revision("1")
public record TrainingAssessedEvent(String trainingId, String county, String deputyId, int score, boolean passed,
                                    Instant assessedAt) {
}
