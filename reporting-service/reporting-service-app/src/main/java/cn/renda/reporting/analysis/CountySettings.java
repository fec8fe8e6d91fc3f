package cn.renda.reporting.analysis;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Date;
import java.util.Optional;

/**
 * A county's analysis configuration ({@code reporting_settings}): one small document per county and subject,
 * {@code _id = <county>:<subject>} ({@code alerts}, {@code assessment}), holding the county's values, who set them
 * and when. A county without its own document uses the defaults from {@code renda.reporting.*}. This is
 * configuration, not a projection: a rebuild of the projections leaves it alone.
 */
@Component
public class CountySettings {

    public static final String COLLECTION = "reporting_settings";

    private final MongoCollection<Document> settings;
    private final AlertRules alertDefaults;
    private final Clock clock;

    CountySettings(MongoDatabase db, Optional<Clock> clock,
                   @Value("${renda.reporting.alerts.due-soon-days:5}") int dueSoonDays,
                   @Value("${renda.reporting.alerts.flagged-due-within-days:10}") int flaggedDueWithinDays,
                   @Value("${renda.reporting.alerts.dormant-months:6}") int dormantMonths,
                   @Value("${renda.reporting.alerts.cadre-share-max-percent:40}") double cadreShareMaxPercent,
                   @Value("${renda.reporting.alerts.min-session-days:2}") int minSessionDays,
                   @Value("${renda.reporting.alerts.min-reception-days-per-month:1}") int minReceptionDaysPerMonth) {
        this.settings = db.getCollection(COLLECTION);
        this.clock = clock.orElse(Clock.systemUTC());
        this.alertDefaults = new AlertRules(dueSoonDays, flaggedDueWithinDays, dormantMonths, cadreShareMaxPercent,
                minSessionDays, minReceptionDaysPerMonth);
    }

    public AlertRules alertDefaults() {
        return alertDefaults;
    }

    /** The county's alert rules: its own, or the defaults. */
    public AlertRules alertRules(String county) {
        return find(county, "alerts").map(AlertRules::fromDocument).orElse(alertDefaults);
    }

    public boolean hasOwn(String county, String subject) {
        return find(county, subject).isPresent();
    }

    public Optional<Document> find(String county, String subject) {
        Document d = settings.find(Filters.eq("_id", county + ":" + subject)).first();
        return Optional.ofNullable(d == null ? null : d.get("values", Document.class));
    }

    public void save(String county, String subject, Document values, String user) {
        settings.replaceOne(Filters.eq("_id", county + ":" + subject), new Document("_id", county + ":" + subject)
                        .append("county", county).append("subject", subject).append("values", values)
                        .append("setBy", user).append("setAt", Date.from(clock.instant())),
                new ReplaceOptions().upsert(true));
    }
}
