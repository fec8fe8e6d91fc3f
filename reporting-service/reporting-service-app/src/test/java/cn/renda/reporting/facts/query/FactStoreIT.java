package cn.renda.reporting.facts.query;

import cn.renda.reporting.facts.Fact;
import cn.renda.reporting.facts.FactKinds;
import cn.renda.reporting.facts.Facts;
import cn.renda.reporting.facts.LoggedEvent;
import cn.renda.testkit.EmbeddedInfra;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static cn.renda.reporting.facts.SampleEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

/** The two projections' writes against the Mongo stand-in: redelivery, gaps, refolds and time travel. */
class FactStoreIT {

    static MongoClient client;
    static FactStore store;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(EmbeddedInfra.mongoUri());
        MongoDatabase db = client.getDatabase("reporting_fact_store_it");
        db.drop();
        store = new FactStore(db);
    }

    @AfterAll
    static void close() {
        client.close();
    }

    static LoggedEvent at(LoggedEvent e, String instant, long offset) {
        return new LoggedEvent(e.eventId(), e.county(), e.topic(), e.aggregateType(), e.aggregateId(), e.seq(),
                e.type(), e.revision(), Instant.parse(instant), e.payload(), 0, offset);
    }

    static void consume(List<LoggedEvent> batch) {
        store.log(batch);
        store.applyLive(batch);
    }

    @Test
    void redelivery_gaps_refolds_and_time_travel_agree() {
        LoggedEvent submitted = at(event("SuggestionSubmittedEvent", "s-1", 0), "2024-03-01T01:30:00Z", 1);
        LoggedEvent assigned = at(event("SuggestionAssignedEvent", "s-1", 1), "2024-03-01T02:00:00Z", 2);
        LoggedEvent replied = at(event("SuggestionRepliedEvent", "s-1", 2), "2024-04-10T08:00:00Z", 3);
        consume(List.of(submitted, assigned));
        consume(List.of(assigned, replied, submitted)); // redelivered, in another order
        Facts live = store.county("410327");
        assertThat(live.suggestions()).singleElement().satisfies(s -> {
            assertThat(s.replies()).hasSize(1);
            assertThat(s.leadUnitId()).isEqualTo("u-0001");
        });
        assertThat(live.all().get(0).seq()).isEqualTo(2);

        // a gap: the log holds the training's first events, the facts never saw them
        LoggedEvent planned = at(event("TrainingPlannedEvent", "t-1", 0), "2024-04-01T00:00:00Z", 4);
        LoggedEvent attended = at(event("TrainingAttendanceRecordedEvent", "t-1", 1), "2024-04-18T08:00:00Z", 5);
        store.log(List.of(planned));
        consume(List.of(attended));
        Facts.Training t = store.county("410327").trainings().get(0);
        assertThat(t.title()).as("folded from the log, not from the batch alone").isEqualTo("代表法专题培训");
        assertThat(t.participants()).hasSize(1);

        // an unknown event type is logged and folded by no fact
        LoggedEvent unknown = new LoggedEvent("e-unknown", "410327", "renda.deputy.events", "Deputy", "d-9", 0,
                "SomethingNewEvent", "1", Instant.parse("2024-05-01T00:00:00Z"), new Document("county", "410327"),
                0, 6);
        consume(List.of(unknown));
        assertThat(store.status(FactStore.EVENTS).documents()).isEqualTo(6);
        assertThat(store.status(FactStore.FACTS).documents()).isEqualTo(2);

        String facts = store.status(FactStore.FACTS).sha256();
        assertThat(store.rebuildFacts()).isEqualTo(2);
        assertThat(store.status(FactStore.FACTS).sha256()).isEqualTo(facts);

        Facts april = store.countyAsOf("410327", Instant.parse("2024-04-01T00:00:00Z"));
        assertThat(april.suggestions().get(0).replies()).isEmpty();
        assertThat(april.trainings().get(0).participants()).isEmpty();
        Facts now = store.countyAsOf("410327", Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(now.all()).isEqualTo(store.county("410327").all());
        assertThat(store.countyAsOf("410328", Instant.parse("2025-01-01T00:00:00Z")).all()).isEmpty();
        assertThat(now.all()).extracting(Fact::kind).containsExactly(FactKinds.SUGGESTION, FactKinds.TRAINING);
    }
}
