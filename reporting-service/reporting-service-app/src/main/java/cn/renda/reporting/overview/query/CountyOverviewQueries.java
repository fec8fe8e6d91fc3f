package cn.renda.reporting.overview.query;

import cn.renda.reporting.api.CountyOverviewView;
import cn.renda.reporting.overview.inbound.CountyOverviewProjection;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reads a county's overview: its township documents (tens per county), summed into totals. */
@Component
public class CountyOverviewQueries {

    private final MongoCollection<Document> overview;

    CountyOverviewQueries(MongoDatabase db) {
        this.overview = db.getCollection(CountyOverviewProjection.COLLECTION);
        overview.createIndex(Indexes.ascending("county"));
    }

    public CountyOverviewView overview(String county) {
        List<CountyOverviewView.TownshipOverview> townships = new ArrayList<>();
        overview.find(Filters.eq("county", county)).forEach(d -> townships.add(new CountyOverviewView.TownshipOverview(
                d.getString("townshipCode"), d.getString("name"), number(d, "deputies"), number(d, "suggestions"),
                number(d, "trainingPersonTimes"))));
        townships.sort(Comparator.comparing(CountyOverviewView.TownshipOverview::townshipCode));
        return new CountyOverviewView(county, townships, new CountyOverviewView.Totals(townships.size(),
                townships.stream().mapToLong(CountyOverviewView.TownshipOverview::deputies).sum(),
                townships.stream().mapToLong(CountyOverviewView.TownshipOverview::suggestions).sum(),
                townships.stream().mapToLong(CountyOverviewView.TownshipOverview::trainingPersonTimes).sum()));
    }

    private static long number(Document d, String field) {
        Object v = d.get(field);
        return v instanceof Number n ? n.longValue() : 0L;
    }
}
