package cn.renda.supervision.api.events;

import cn.renda.supervision.api.SuggestionCategory;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * A written suggestion (代表书面意见/建议) was submitted by one or more deputies; it counts for the township of the
 * first (lead) deputy.
 */
@Revision("1")
public record SuggestionSubmittedEvent(String suggestionId, String county, String townshipCode, List<String> deputyIds,
                                       String title, String content, SuggestionCategory category,
                                       Instant submittedAt) {
}
