package cn.renda.deputy.group.query;

import cn.renda.platform.web.PageResponse;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Component
public class GroupQueries {

    public record Activity(String activityId, String topic, String plannedOn, boolean held, String heldOn,
                           List<String> attendeeIds, String summary) {
    }

    public record GroupView(String id, String county, String townshipCode, String name, String village, String room,
                            String leaderDeputyId, int planned, int held, int attendances, List<Activity> activities) {
    }

    private final MongoCollection<Document> groups;

    GroupQueries(MongoDatabase db) {
        this.groups = db.getCollection(GroupProjection.COLLECTION);
        groups.createIndex(Indexes.ascending("county", "townshipCode", "name"));
    }

    public PageResponse<GroupView> find(String county, String township, int page, int size) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("county", county)));
        if (township != null && !township.isBlank()) {
            filters.add(Filters.eq("townshipCode", township));
        }
        Bson filter = Filters.and(filters);
        List<GroupView> items = new ArrayList<>();
        groups.find(filter).sort(Sorts.ascending("townshipCode", "name")).skip(page * size).limit(size)
                .forEach(d -> items.add(view(d)));
        return new PageResponse<>(items, groups.countDocuments(filter), page, size);
    }

    public Optional<GroupView> get(String county, String id) {
        return Optional.ofNullable(groups.find(Filters.eq("_id", id)).first())
                .filter(d -> county.equals(d.getString("county"))).map(GroupQueries::view);
    }

    private static GroupView view(Document d) {
        List<Activity> activities = new ArrayList<>();
        for (Document a : d.getList("activities", Document.class, List.of())) {
            activities.add(new Activity(a.getString("activityId"), a.getString("topic"), a.getString("plannedOn"),
                    Boolean.TRUE.equals(a.getBoolean("held")), a.getString("heldOn"),
                    a.getList("attendeeIds", String.class, List.of()), a.getString("summary")));
        }
        return new GroupView(d.getString("_id"), d.getString("county"), d.getString("townshipCode"),
                d.getString("name"), d.getString("village"), d.getString("room"), d.getString("leaderDeputyId"),
                d.getInteger("planned", 0), d.getInteger("held", 0), d.getInteger("attendances", 0), activities);
    }
}
