package cn.renda.supervision.suggestion.command;

import cn.renda.platform.problem.DomainException;
import cn.renda.supervision.api.events.SuggestionSubmittedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.LinkedHashSet;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A deputies' written suggestion (代表建议). The full lifecycle (assign, reply, rate, re-handle) is issue 4. */
@Aggregate
class Suggestion {

    @AggregateIdentifier
    private String suggestionId;
    private List<String> deputyIds;

    Suggestion() {
    }

    @CommandHandler
    Suggestion(SubmitSuggestionCommand c) {
        if (c.deputyIds() == null || c.deputyIds().isEmpty()) {
            throw new DomainException(422, "no-deputy", "建议须由代表提出", "A suggestion needs a deputy",
                    "至少需要一名提出建议的代表。", "At least one deputy must submit the suggestion.");
        }
        if (new LinkedHashSet<>(c.deputyIds()).size() != c.deputyIds().size()) {
            throw new DomainException(422, "duplicate-deputy", "代表重复", "Deputy listed twice",
                    "同一代表不能重复列为提出人。", "A deputy may be listed only once.");
        }
        apply(new SuggestionSubmittedEvent(c.suggestionId(), c.county(), c.townshipCode(), List.copyOf(c.deputyIds()),
                c.title(), c.content(), c.category(), c.submittedAt()));
    }

    @EventSourcingHandler
    void on(SuggestionSubmittedEvent e) {
        suggestionId = e.suggestionId();
        deputyIds = e.deputyIds();
    }
}
