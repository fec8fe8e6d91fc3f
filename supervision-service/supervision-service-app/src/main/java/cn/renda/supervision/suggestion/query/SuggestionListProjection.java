package cn.renda.supervision.suggestion.query;

import cn.renda.platform.mongo.IdempotentWrites;
import cn.renda.supervision.api.events.SuggestionAssignedEvent;
import cn.renda.supervision.api.events.SuggestionCarriedOverEvent;
import cn.renda.supervision.api.events.SuggestionClosedEvent;
import cn.renda.supervision.api.events.SuggestionDueSoonEvent;
import cn.renda.supervision.api.events.SuggestionFlaggedEvent;
import cn.renda.supervision.api.events.SuggestionMadeDuringSessionEvent;
import cn.renda.supervision.api.events.SuggestionOverdueEvent;
import cn.renda.supervision.api.events.SuggestionRatedEvent;
import cn.renda.supervision.api.events.SuggestionReHandlingStartedEvent;
import cn.renda.supervision.api.events.SuggestionRepliedEvent;
import cn.renda.supervision.api.events.SuggestionSubmittedEvent;
import cn.renda.supervision.shared.ChinaTime;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Suggestions for lists, filters and detail views ({@code suggestions} collection): one document per suggestion with
 * its current status, units, deadline, flags, last reply and the ratings of the current round; idempotent by
 * sequence.
 */
@Component
@ProcessingGroup("suggestion-list")
class SuggestionListProjection {

    static final String COLLECTION = "suggestions";

    private final MongoCollection<Document> suggestions;

    SuggestionListProjection(MongoDatabase db) {
        this.suggestions = db.getCollection(COLLECTION);
    }

    private void write(String id, String county, long seq, Bson update) {
        suggestions.bulkWrite(IdempotentWrites.applyToOwn(id, new Document("county", county), seq, update));
    }

    @EventHandler
    void on(SuggestionSubmittedEvent e, @SequenceNumber long seq) {
        write(e.suggestionId(), e.county(), seq, Updates.combine(
                Updates.set("townshipCode", e.townshipCode()),
                Updates.set("deputyIds", e.deputyIds()),
                Updates.set("title", e.title()),
                Updates.set("content", e.content()),
                Updates.set("category", e.category() == null ? null : e.category().name()),
                Updates.set("status", "SUBMITTED"),
                Updates.set("flagged", false),
                Updates.set("dueSoon", false),
                Updates.set("overdue", false),
                Updates.set("round", 0),
                Updates.set("duringSession", false),
                Updates.set("trackedYear", e.submittedAt() == null ? null
                        : ChinaTime.dateOf(e.submittedAt()).getYear()),
                Updates.set("submittedAt", e.submittedAt() == null ? null : e.submittedAt().toString())));
    }

    @EventHandler
    void on(SuggestionMadeDuringSessionEvent e, @SequenceNumber long seq) {
        write(e.suggestionId(), e.county(), seq, Updates.combine(
                Updates.set("duringSession", true),
                Updates.set("sessionId", e.sessionId())));
    }

    @EventHandler
    void on(SuggestionAssignedEvent e, @SequenceNumber long seq) {
        List<String> units = new ArrayList<>();
        units.add(e.leadUnitId());
        units.addAll(e.coUnitIds());
        write(e.suggestionId(), e.county(), seq, Updates.combine(
                Updates.set("status", "ASSIGNED"),
                Updates.set("leadUnitId", e.leadUnitId()),
                Updates.set("coUnitIds", e.coUnitIds()),
                Updates.set("unitIds", units),
                Updates.set("responsibleLeader", e.responsibleLeader()),
                Updates.set("deadline", e.deadline().toString()),
                Updates.set("round", 1),
                Updates.set("assignedAt", e.assignedAt().toString())));
    }

    @EventHandler
    void on(SuggestionFlaggedEvent e, @SequenceNumber long seq) {
        write(e.suggestionId(), e.county(), seq, Updates.combine(
                Updates.set("flagged", true),
                Updates.set("flagReason", e.reason()),
                Updates.set("flaggedAt", e.flaggedAt().toString())));
    }

    @EventHandler
    void on(SuggestionRepliedEvent e, @SequenceNumber long seq) {
        Document reply = new Document("round", e.round())
                .append("unitId", e.unitId())
                .append("result", e.result().name())
                .append("content", e.content())
                .append("reasons", e.reasons())
                .append("onTime", e.onTime())
                .append("repliedAt", e.repliedAt().toString());
        write(e.suggestionId(), e.county(), seq, Updates.combine(
                Updates.set("status", "REPLIED"),
                Updates.set("lastReply", reply),
                Updates.set("ratings", new Document()),
                Updates.set("dueSoon", false),
                Updates.set("overdue", false)));
    }

    @EventHandler
    void on(SuggestionRatedEvent e, @SequenceNumber long seq) {
        write(e.suggestionId(), e.county(), seq, Updates.set("ratings." + e.deputyId().replace('.', '_'),
                e.rating().name()));
    }

    @EventHandler
    void on(SuggestionReHandlingStartedEvent e, @SequenceNumber long seq) {
        write(e.suggestionId(), e.county(), seq, Updates.combine(
                Updates.set("status", "RE_HANDLING"),
                Updates.set("round", e.round()),
                Updates.set("deadline", e.deadline().toString()),
                Updates.set("reHandlingReason", e.reason()),
                Updates.set("dueSoon", false),
                Updates.set("overdue", false)));
    }

    @EventHandler
    void on(SuggestionCarriedOverEvent e, @SequenceNumber long seq) {
        write(e.suggestionId(), e.county(), seq, Updates.combine(
                Updates.set("trackedYear", e.toYear()),
                Updates.addToSet("carriedOverFrom", e.fromYear())));
    }

    @EventHandler
    void on(SuggestionClosedEvent e, @SequenceNumber long seq) {
        write(e.suggestionId(), e.county(), seq, Updates.combine(
                Updates.set("status", "CLOSED"),
                Updates.set("finalRating", e.rating() == null ? null : e.rating().name()),
                Updates.set("dueSoon", false),
                Updates.set("overdue", false),
                Updates.set("closedAt", e.closedAt().toString())));
    }

    @EventHandler
    void on(SuggestionDueSoonEvent e, @SequenceNumber long seq) {
        write(e.suggestionId(), e.county(), seq, Updates.set("dueSoon", true));
    }

    @EventHandler
    void on(SuggestionOverdueEvent e, @SequenceNumber long seq) {
        write(e.suggestionId(), e.county(), seq, Updates.combine(
                Updates.set("overdue", true),
                Updates.set("everOverdue", true)));
    }

    @ResetHandler
    void reset() {
        suggestions.deleteMany(new Document());
    }
}
