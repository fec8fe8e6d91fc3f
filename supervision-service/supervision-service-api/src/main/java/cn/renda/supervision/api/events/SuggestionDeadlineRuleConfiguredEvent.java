package cn.renda.supervision.api.events;

import cn.renda.supervision.api.DeadlineUnit;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A county's rule for suggestion deadlines: {@code amount} of {@code unit} from assignment (at most 6 months), and
 * how many working days before the deadline a suggestion counts as due soon.
 */
@Revision("1")
public record SuggestionDeadlineRuleConfiguredEvent(String county, DeadlineUnit unit, int amount, int dueSoonWorkingDays,
                                                    Instant configuredAt) {
}
