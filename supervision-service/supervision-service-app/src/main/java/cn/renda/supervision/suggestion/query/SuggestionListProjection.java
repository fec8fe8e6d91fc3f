package cn.renda.supervision.suggestion.query;

import cn.renda.platform.mongo.IdempotentWrites;
import cn.renda.supervision.api.events.SuggestionSubmittedEvent;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** Suggestions for lists and detail views ({@code suggestions} collection); idempotent by sequence. */
@Component
@ProcessingGroup("suggestion-list")
class SuggestionListProjection {

    static final String COLLECTION = "suggestions";

    private final MongoCollection<Document> suggestions;

    SuggestionListProjection(MongoDatabase db) {
        this.suggestions = db.getCollection(COLLECTION);
    }

    @EventHandler
    void on(SuggestionSubmittedEvent e, @SequenceNumber long seq) {
        suggestions.bulkWrite(IdempotentWrites.applyToOwn(e.suggestionId(), new Document("county", e.county()), seq,
                Updates.combine(
                        Updates.set("townshipCode", e.townshipCode()),
                        Updates.set("deputyIds", e.deputyIds()),
                        Updates.set("title", e.title()),
                        Updates.set("content", e.content()),
                        Updates.set("category", e.category() == null ? null : e.category().name()),
                        Updates.set("status", "SUBMITTED"),
                        Updates.set("submittedAt", e.submittedAt() == null ? null : e.submittedAt().toString()))));
    }

    @ResetHandler
    void reset() {
        suggestions.deleteMany(new Document());
    }
}
