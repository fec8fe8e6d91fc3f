package cn.renda.training.coverage.query;

import cn.renda.deputy.replica.DeputyReplica;
import cn.renda.training.api.AttendanceStatus;
import cn.renda.training.api.LegalTopic;
import cn.renda.training.training.query.TrainingQueries;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Training coverage (培训覆盖面): for each township and legal topic, the share of its serving deputies who attended
 * (present or late) at least one training in the period; and the serving deputies with no training at all in it.
 * Serving deputies come from this service's replica ({@code deputy_replica}), attendance from
 * {@code training_participants}; a deputy counts in the township the replica has now.
 */
@Component
public class CoverageQueries {

    /** Of {@code serving} deputies, {@code trained} attended a training of this topic (or of any, for the total). */
    public record TopicShare(String topic, String label, int trained, double share) {
    }

    public record TownshipCoverage(String townshipCode, int servingDeputies, int trained, double share,
                                   List<TopicShare> topics) {
    }

    public record UntrainedDeputy(String id, String name, String townshipCode) {
    }

    public record Coverage(String county, LocalDate since, LocalDate until, int servingDeputies, int trained,
                           double share, List<TopicShare> topics, List<TownshipCoverage> townships,
                           List<UntrainedDeputy> untrainedDeputies) {
    }

    private final MongoCollection<Document> replica;
    private final MongoCollection<Document> participants;

    CoverageQueries(MongoDatabase db) {
        this.replica = db.getCollection(DeputyReplica.COLLECTION);
        this.participants = db.getCollection(TrainingQueries.PARTICIPANTS);
    }

    public Coverage coverage(String county, LocalDate since, LocalDate until, boolean chinese) {
        Map<String, Document> serving = new HashMap<>();
        replica.find(Filters.and(Filters.eq("county", county), Filters.eq("status", DeputyReplica.SERVING)))
                .projection(Projections.include("_id", "townshipCode", "name"))
                .forEach(d -> serving.put(d.getString("_id"), d));

        Map<String, Set<String>> topicsByDeputy = new HashMap<>();
        participants.find(Filters.and(Filters.eq("county", county),
                        Filters.in("attendance", AttendanceStatus.PRESENT.name(), AttendanceStatus.LATE.name()),
                        Filters.gte("date", since.toString()), Filters.lte("date", until.toString())))
                .projection(Projections.include("deputyId", "topic"))
                .forEach(d -> {
                    if (serving.containsKey(d.getString("deputyId"))) {
                        topicsByDeputy.computeIfAbsent(d.getString("deputyId"), k -> new HashSet<>())
                                .add(d.getString("topic"));
                    }
                });

        Map<String, List<String>> byTownship = new TreeMap<>();
        serving.values().forEach(d -> byTownship.computeIfAbsent(String.valueOf(d.getString("townshipCode")),
                k -> new ArrayList<>()).add(d.getString("_id")));
        List<TownshipCoverage> townships = new ArrayList<>();
        byTownship.forEach((township, ids) -> townships.add(new TownshipCoverage(township, ids.size(),
                trained(ids, topicsByDeputy, null), share(trained(ids, topicsByDeputy, null), ids.size()),
                topics(ids, topicsByDeputy, chinese))));

        List<String> all = new ArrayList<>(serving.keySet());
        List<UntrainedDeputy> untrained = new ArrayList<>();
        serving.values().stream().filter(d -> !topicsByDeputy.containsKey(d.getString("_id")))
                .sorted((a, b) -> (String.valueOf(a.getString("townshipCode")) + a.getString("_id"))
                        .compareTo(String.valueOf(b.getString("townshipCode")) + b.getString("_id")))
                .forEach(d -> untrained.add(new UntrainedDeputy(d.getString("_id"), d.getString("name"),
                        d.getString("townshipCode"))));
        int trained = trained(all, topicsByDeputy, null);
        return new Coverage(county, since, until, all.size(), trained, share(trained, all.size()),
                topics(all, topicsByDeputy, chinese), townships, untrained);
    }

    private static List<TopicShare> topics(List<String> ids, Map<String, Set<String>> topicsByDeputy,
                                           boolean chinese) {
        List<TopicShare> result = new ArrayList<>();
        for (LegalTopic topic : LegalTopic.values()) {
            int n = trained(ids, topicsByDeputy, topic.name());
            result.add(new TopicShare(topic.name(), topic.label(chinese), n, share(n, ids.size())));
        }
        return result;
    }

    private static int trained(List<String> ids, Map<String, Set<String>> topicsByDeputy, String topic) {
        int n = 0;
        for (String id : ids) {
            Set<String> topics = topicsByDeputy.get(id);
            if (topics != null && (topic == null || topics.contains(topic))) {
                n++;
            }
        }
        return n;
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : Math.round(10_000.0 * part / whole) / 10_000.0;
    }
}
