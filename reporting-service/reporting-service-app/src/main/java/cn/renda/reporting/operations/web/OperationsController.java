package cn.renda.reporting.operations.web;

import cn.renda.platform.problem.DomainException;
import cn.renda.platform.security.Caller;
import cn.renda.reporting.facts.inbound.RebuildRequests;
import cn.renda.reporting.facts.query.FactStore;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Projections, for operators only: list them (documents, last recorded event, SHA-256 of the content) and rebuild
 * one. {@code reporting-events}: the log is cleared and every instance rewinds its partitions to offset 0 (within a
 * second or so); {@code reporting-facts}: the facts are cleared and folded again from the log, here and now.
 */
@RestController
class OperationsController {

    static final String EVENTS = "reporting-events";
    static final String FACTS = "reporting-facts";

    private final FactStore store;
    private final RebuildRequests rebuilds;

    OperationsController(FactStore store, RebuildRequests rebuilds) {
        this.store = store;
        this.rebuilds = rebuilds;
    }

    @GetMapping("/api/operations/projections")
    List<Projection> projections() {
        requireOperator();
        return List.of(projection(EVENTS, FactStore.EVENTS), projection(FACTS, FactStore.FACTS));
    }

    @PostMapping("/api/operations/projections/{name}/rebuild")
    ResponseEntity<Map<String, Object>> rebuild(@PathVariable String name) {
        requireOperator();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("projection", name);
        switch (name) {
            case EVENTS -> {
                store.clearEvents();
                body.put("generation", rebuilds.requestEventsRebuild());
                return ResponseEntity.accepted().body(body);
            }
            case FACTS -> {
                body.put("facts", store.rebuildFacts());
                return ResponseEntity.ok(body);
            }
            default -> throw new DomainException(404, "unknown-projection", "没有该投影", "No such projection",
                    "投影 " + name + " 不存在，可选 reporting-events、reporting-facts。",
                    "There is no projection " + name + "; choose reporting-events or reporting-facts.");
        }
    }

    private Projection projection(String name, String collection) {
        FactStore.ProjectionStatus s = store.status(collection);
        return new Projection(name, collection, s.documents(), s.lastRecordedAt(), s.sha256());
    }

    /** Operators run the platform; they see no county's data, only these counts and hashes. */
    private static void requireOperator() {
        Caller.current().ifPresent(caller -> {
            if (!Caller.OPERATOR.equals(caller.role())) {
                throw new DomainException(403, "forbidden-role", "无权执行该操作", "Not allowed for this role",
                        "投影的查看和重建只允许运维人员执行。", "Only operators may list or rebuild projections.");
            }
        });
    }

    record Projection(String name, String collection, long documents, Instant lastRecordedAt, String sha256) {
    }
}
