package cn.renda.reporting.alert;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One alert: the rule that raised it (code, label, the thresholds used), the township, the records concerned (each
 * with a link to the owning service's record) and the figures that raised it.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Alert(AlertRule rule, String label, Map<String, Object> threshold, String township,
                    String townshipName, List<Subject> subjects, Map<String, Object> figures) {

    /** A record an alert is about. */
    public record Subject(String kind, String id, String title, String link) {
    }
}
