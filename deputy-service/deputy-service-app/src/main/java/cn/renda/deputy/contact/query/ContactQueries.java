package cn.renda.deputy.contact.query;

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

@Component
public class ContactQueries {

    /** One contact record; the fields that do not apply to its kind are null. */
    public record ContactView(String id, String kind, String county, String townshipCode, String date, String place,
                              List<String> deputyIds, Integer visitors, Integer households, List<String> issues,
                              Integer voters, Integer satisfied, Integer basicallySatisfied, Integer dissatisfied) {
    }

    private final MongoCollection<Document> contacts;

    ContactQueries(MongoDatabase db) {
        this.contacts = db.getCollection(ContactProjection.COLLECTION);
        contacts.createIndex(Indexes.ascending("county", "kind", "townshipCode", "date"));
    }

    public PageResponse<ContactView> find(String county, String kind, String township, String month, String deputyId,
                                          int page, int size) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("county", county), Filters.eq("kind", kind)));
        if (township != null && !township.isBlank()) {
            filters.add(Filters.eq("townshipCode", township));
        }
        if (month != null && !month.isBlank()) {
            filters.add(Filters.eq("month", month));
        }
        if (deputyId != null && !deputyId.isBlank()) {
            filters.add(Filters.eq("deputyIds", deputyId));
        }
        Bson filter = Filters.and(filters);
        List<ContactView> items = new ArrayList<>();
        contacts.find(filter).sort(Sorts.descending("date")).skip(page * size).limit(size).forEach(d -> items.add(
                new ContactView(d.getString("_id"), d.getString("kind"), d.getString("county"),
                        d.getString("townshipCode"), d.getString("date"), d.getString("place"),
                        d.getList("deputyIds", String.class, List.of()), d.getInteger("visitors"),
                        d.getInteger("households"), d.getList("issues", String.class), d.getInteger("voters"),
                        d.getInteger("satisfied"), d.getInteger("basicallySatisfied"), d.getInteger("dissatisfied"))));
        return new PageResponse<>(items, contacts.countDocuments(filter), page, size);
    }
}
