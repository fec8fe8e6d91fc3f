package cn.renda.reporting.facts;

import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * One source aggregate as reporting knows it ({@code reporting_facts}): {@code _id = <kind>:<aggregateId>}, its
 * county and township, the last applied sequence, when its first and last events were recorded, and the reporting
 * {@code state} folded by {@link Reducers}. Everything stored is derived from events only, so a rebuild yields the
 * same bytes.
 */
public record Fact(String id, String county, String township, String kind, String aggregateId, long seq,
                   Instant firstRecordedAt, Instant lastRecordedAt, Document state) {

    public static String id(String kind, String aggregateId) {
        return kind + ":" + aggregateId;
    }

    /** A fact before its first event. */
    public static Fact empty(String kind, String aggregateId, String county) {
        return new Fact(id(kind, aggregateId), county, null, kind, aggregateId, -1, null, null, new Document());
    }

    /** This fact after the event; events at or below the applied sequence change nothing. */
    public Fact apply(LoggedEvent e) {
        if (e.seq() <= seq) {
            return this;
        }
        return new Fact(id, county != null ? county : e.county(), Reducers.township(kind, township, e), kind,
                aggregateId, e.seq(), firstRecordedAt == null ? e.recordedAt() : firstRecordedAt, e.recordedAt(),
                Reducers.apply(state, e));
    }

    /** This fact after the events (any order; each is applied in sequence order, once). */
    public Fact applyAll(List<LoggedEvent> events) {
        Fact f = this;
        for (LoggedEvent e : events.stream().sorted(java.util.Comparator.comparingLong(LoggedEvent::seq)).toList()) {
            f = f.apply(e);
        }
        return f;
    }

    public Document toDocument() {
        return new Document("_id", id).append("county", county).append("township", township).append("kind", kind)
                .append("aggregateId", aggregateId).append("seq", seq)
                .append("firstRecordedAt", firstRecordedAt == null ? null : Date.from(firstRecordedAt))
                .append("lastRecordedAt", lastRecordedAt == null ? null : Date.from(lastRecordedAt))
                .append("state", state);
    }

    public static Fact fromDocument(Document d) {
        return new Fact(d.getString("_id"), d.getString("county"), d.getString("township"), d.getString("kind"),
                d.getString("aggregateId"), ((Number) d.get("seq")).longValue(),
                d.getDate("firstRecordedAt") == null ? null : d.getDate("firstRecordedAt").toInstant(),
                d.getDate("lastRecordedAt") == null ? null : d.getDate("lastRecordedAt").toInstant(),
                d.get("state", Document.class));
    }
}
