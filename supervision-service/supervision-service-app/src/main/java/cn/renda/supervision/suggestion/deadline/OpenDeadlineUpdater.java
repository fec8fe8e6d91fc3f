package cn.renda.supervision.suggestion.deadline;

import cn.renda.supervision.api.events.SuggestionAssignedEvent;
import cn.renda.supervision.api.events.SuggestionClosedEvent;
import cn.renda.supervision.api.events.SuggestionDueSoonEvent;
import cn.renda.supervision.api.events.SuggestionOverdueEvent;
import cn.renda.supervision.api.events.SuggestionReHandlingStartedEvent;
import cn.renda.supervision.api.events.SuggestionRepliedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/** Keeps {@code open_deadline}: a row per suggestion round that awaits a reply. */
@Component
@ProcessingGroup("suggestion-deadlines")
class OpenDeadlineUpdater {

    private final OpenDeadlineRepository deadlines;

    OpenDeadlineUpdater(OpenDeadlineRepository deadlines) {
        this.deadlines = deadlines;
    }

    @EventHandler
    void on(SuggestionAssignedEvent e) {
        deadlines.save(new OpenDeadline(e.suggestionId(), e.county(), e.deadline()));
    }

    @EventHandler
    void on(SuggestionReHandlingStartedEvent e) {
        deadlines.save(new OpenDeadline(e.suggestionId(), e.county(), e.deadline()));
    }

    @EventHandler
    void on(SuggestionRepliedEvent e) {
        deadlines.deleteById(e.suggestionId());
    }

    @EventHandler
    void on(SuggestionClosedEvent e) {
        deadlines.deleteById(e.suggestionId());
    }

    @EventHandler
    void on(SuggestionDueSoonEvent e) {
        deadlines.findById(e.suggestionId()).ifPresent(d -> {
            d.dueSoonRaised(e.deadline());
            deadlines.save(d);
        });
    }

    @EventHandler
    void on(SuggestionOverdueEvent e) {
        deadlines.findById(e.suggestionId()).ifPresent(d -> {
            d.overdueRaised(e.deadline());
            deadlines.save(d);
        });
    }

    @ResetHandler
    void reset() {
        deadlines.deleteAll();
    }
}
