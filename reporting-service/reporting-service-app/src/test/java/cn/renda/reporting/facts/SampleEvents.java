package cn.renda.reporting.facts;

import cn.renda.testkit.EventRecords;
import org.bson.Document;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;

/** Logged events made from the producers' golden samples, for unit tests of reducers and calculations. */
public final class SampleEvents {

    private SampleEvents() {
    }

    /** The golden sample {@code <type>.v1.json} as logged, with the aggregate id and sequence given. */
    public static LoggedEvent event(String type, String aggregateId, long seq, Consumer<Document> change) {
        Document payload = Document.parse(EventRecords.sample(type + ".v1.json"));
        payload.remove(LoggedEvent.PERSONAL_DATA);
        change.accept(payload);
        String header = type.startsWith("Rectification") ? FactKinds.ENFORCEMENT_INSPECTION
                : FactKinds.kindOf(type, null);
        return new LoggedEvent(UUID.randomUUID().toString(), payload.getString("county"), "test", header,
                aggregateId, seq, type, "1", Instant.parse("2024-01-01T00:00:00Z").plusSeconds(seq), payload, 0, seq);
    }

    public static LoggedEvent event(String type, String aggregateId, long seq) {
        return event(type, aggregateId, seq, p -> { });
    }
}
