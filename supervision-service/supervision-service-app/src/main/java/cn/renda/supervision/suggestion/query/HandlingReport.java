package cn.renda.supervision.suggestion.query;

import cn.renda.supervision.shared.ChinaTime;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 关于代表建议办理情况的报告: the report on the handling of the suggestions submitted in a period, for one township
 * (or the whole county), with its figures and a text in Chinese for the next session.
 */
@Component
public class HandlingReport {

    public record Report(String county, String townshipCode, String from, String to, long submitted, long assigned,
                         long replied, long repliedOnTime, long closed, long overdue, long flagged, long reHandled,
                         long carriedOver, Map<String, Long> byResult, Map<String, Long> byRating,
                         Map<String, Long> byCategory, double satisfactionRate, String text) {
    }

    private static final Map<String, String> RESULT_ZH = Map.of("RESOLVED", "已解决", "BEING_RESOLVED", "正在解决",
            "PLANNED", "列入计划", "CANNOT_RESOLVE_NOW", "因条件限制暂不能解决");

    private final MongoCollection<Document> suggestions;

    HandlingReport(MongoDatabase db) {
        this.suggestions = db.getCollection(SuggestionListProjection.COLLECTION);
    }

    /**
     * The report; with {@code unit}, only the suggestions assigned to that unit (lead or co-handling); {@code narrowing}
     * by the caller's role.
     */
    public Report of(String county, String township, String townshipName, String unit, LocalDate from, LocalDate to,
                     List<Bson> narrowing) {
        List<Bson> f = new ArrayList<>(narrowing);
        f.add(0, Filters.eq("county", county));
        if (township != null) {
            f.add(Filters.eq("townshipCode", township));
        }
        if (unit != null) {
            f.add(Filters.eq("unitIds", unit));
        }
        // submittedAt is an ISO instant; compare on the China-day boundaries
        f.add(Filters.gte("submittedAt", from.atStartOfDay(ChinaTime.ZONE).toInstant().toString()));
        f.add(Filters.lt("submittedAt", to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant().toString()));
        long submitted = 0, assigned = 0, replied = 0, onTime = 0, closed = 0, overdue = 0, flagged = 0, reHandled = 0,
                carried = 0;
        Map<String, Long> byResult = new LinkedHashMap<>();
        Map<String, Long> byRating = new LinkedHashMap<>();
        Map<String, Long> byCategory = new LinkedHashMap<>();
        for (Document d : suggestions.find(Filters.and(f))) {
            submitted++;
            String status = d.getString("status");
            if (!"SUBMITTED".equals(status)) {
                assigned++;
            }
            Document reply = d.get("lastReply", Document.class);
            if (reply != null) {
                replied++;
                if (Boolean.TRUE.equals(reply.getBoolean("onTime"))) {
                    onTime++;
                }
                byResult.merge(reply.getString("result"), 1L, Long::sum);
            }
            if ("CLOSED".equals(status)) {
                closed++;
            }
            if (Boolean.TRUE.equals(d.getBoolean("overdue"))) {
                overdue++;
            }
            if (Boolean.TRUE.equals(d.getBoolean("flagged"))) {
                flagged++;
            }
            Number round = d.get("round", Number.class);
            if (round != null && round.intValue() > 1) {
                reHandled++;
            }
            if (d.getList("carriedOverFrom", Integer.class) != null) {
                carried++;
            }
            Document ratings = d.get("ratings", Document.class);
            if (ratings != null) {
                ratings.values().forEach(r -> byRating.merge(String.valueOf(r), 1L, Long::sum));
            }
            byCategory.merge(String.valueOf(d.getString("category")), 1L, Long::sum);
        }
        long rated = byRating.values().stream().mapToLong(Long::longValue).sum();
        long satisfied = byRating.getOrDefault("SATISFIED", 0L) + byRating.getOrDefault("BASICALLY_SATISFIED", 0L);
        double rate = rated == 0 ? 0 : Math.round(1000.0 * satisfied / rated) / 10.0;
        StringBuilder text = new StringBuilder();
        text.append(from).append("至").append(to).append("，")
                .append(townshipName == null ? "全县" : townshipName);
        if (unit != null) {
            text.append("代表提出、交由该承办单位办理（含协办）的建议共").append(submitted).append("件，已答复");
        } else {
            text.append("代表共提出建议").append(submitted).append("件，已交办").append(assigned).append("件，已答复");
        }
        text.append(replied).append("件（按期答复")
                .append(onTime).append("件），已办结").append(closed).append("件。");
        if (replied > 0) {
            text.append("答复结果中，");
            List<String> parts = new ArrayList<>();
            for (String key : List.of("RESOLVED", "BEING_RESOLVED", "PLANNED", "CANNOT_RESOLVE_NOW")) {
                long n = byResult.getOrDefault(key, 0L);
                if (n > 0) {
                    parts.add(RESULT_ZH.get(key) + n + "件");
                }
            }
            text.append(String.join("，", parts)).append("。");
        }
        if (rated > 0) {
            text.append("代表测评").append(rated).append("人次，满意和基本满意率为").append(rate).append("%。");
        }
        if (flagged > 0) {
            text.append("挂牌督办").append(flagged).append("件。");
        }
        if (reHandled > 0) {
            text.append("因代表不满意重新办理").append(reHandled).append("件。");
        }
        if (overdue > 0) {
            text.append("目前仍有").append(overdue).append("件逾期未答复，须加大督办力度。");
        }
        if (carried > 0) {
            text.append("结转跟踪督办往年未办结建议").append(carried).append("件。");
        }
        return new Report(county, township, from.toString(), to.toString(), submitted, assigned, replied, onTime,
                closed, overdue, flagged, reHandled, carried, byResult, byRating, byCategory, rate, text.toString());
    }
}
