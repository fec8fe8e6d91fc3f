package cn.renda.deputy.term.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * "At least one session a year" (乡镇人大会议每年至少举行一次), made visible: each calendar year a term covers (the
 * first and last clipped to the term), the congress sessions dated in it and whether they were held (opened), and a
 * {@code missing} flag for a year that is over without a session held. Presidium meetings do not count.
 * <p>
 * Reads the {@code sessions} collection of the session feature (fields {@code county}, {@code townshipCode},
 * {@code term}, {@code kind}, {@code startsOn}, {@code stage}) by name, so that this feature does not depend on it.
 */
@Component
public class TermYears {

    static final String SESSIONS = "sessions";

    public record YearSession(String id, int number, String kind, String startsOn, String stage, boolean held) {
    }

    /** One calendar year of a term: {@code over} once {@code to} has passed; {@code missing} = over, none held. */
    public record TermYear(int year, String from, String to, List<YearSession> sessions, int held, boolean over,
                           boolean missing) {
    }

    public record TermView(String id, String county, String townshipCode, int number, String startsOn, String endsOn,
                           String until, boolean current, List<TermYear> years, int yearsMissingSession) {
    }

    private final TermDirectory terms;
    private final MongoCollection<Document> sessions;

    TermYears(TermDirectory terms, MongoDatabase db) {
        this.terms = terms;
        this.sessions = db.getCollection(SESSIONS);
    }

    /** The terms of a county or one township, each with its years; {@code today} in China time. */
    public List<TermView> list(String county, String townshipCode, LocalDate today) {
        List<TermDirectory.TermPeriod> periods = townshipCode == null ? terms.terms(county)
                : terms.terms(county, townshipCode);
        return periods.stream().map(p -> view(p, today)).toList();
    }

    public java.util.Optional<TermView> get(String county, String termId, LocalDate today) {
        return terms.get(county, termId).map(p -> view(p, today));
    }

    TermView view(TermDirectory.TermPeriod p, LocalDate today) {
        List<Document> held = new ArrayList<>();
        sessions.find(Filters.and(Filters.eq("county", p.county()), Filters.eq("townshipCode", p.townshipCode()),
                        Filters.eq("term", p.number()), Filters.ne("kind", "PRESIDIUM_MEETING")))
                .sort(Sorts.ascending("startsOn")).forEach(held::add);
        return view(p, today, held);
    }

    static TermView view(TermDirectory.TermPeriod p, LocalDate today, List<Document> sessionDocuments) {
        List<TermYear> years = new ArrayList<>();
        int missing = 0;
        for (int year = p.startsOn().getYear(); year <= p.until().getYear(); year++) {
            LocalDate from = max(LocalDate.of(year, 1, 1), p.startsOn());
            LocalDate to = min(LocalDate.of(year, 12, 31), p.until());
            List<YearSession> in = new ArrayList<>();
            int heldCount = 0;
            for (Document d : sessionDocuments) {
                String startsOn = d.getString("startsOn");
                if (startsOn == null) {
                    continue;
                }
                LocalDate day = LocalDate.parse(startsOn);
                if (day.isBefore(from) || day.isAfter(to)) {
                    continue;
                }
                String stage = d.getString("stage");
                boolean held = "OPEN".equals(stage) || "CLOSED".equals(stage);
                heldCount += held ? 1 : 0;
                in.add(new YearSession(d.getString("_id"), d.getInteger("number", 0), d.getString("kind"), startsOn,
                        stage, held));
            }
            boolean over = today.isAfter(to);
            boolean yearMissing = over && heldCount == 0;
            missing += yearMissing ? 1 : 0;
            years.add(new TermYear(year, from.toString(), to.toString(), in, heldCount, over, yearMissing));
        }
        return new TermView(p.id(), p.county(), p.townshipCode(), p.number(), p.startsOn().toString(),
                p.endsOn().toString(), p.until().toString(), p.covers(today), years, missing);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
