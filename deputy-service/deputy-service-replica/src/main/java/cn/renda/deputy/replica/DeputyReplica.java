package cn.renda.deputy.replica;

import cn.renda.deputy.api.DeputyTopic;
import cn.renda.deputy.api.events.DeputyRegisteredEvent;
import cn.renda.deputy.api.events.DeputyStatusChangedEvent;
import cn.renda.platform.events.InboundEvent;
import cn.renda.platform.kafka.BatchProjector;
import cn.renda.platform.mongo.IdempotentWrites;
import cn.renda.platform.problem.DomainException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.springframework.kafka.annotation.KafkaListener;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A service's own copy of the deputies it refers to, fed from {@code renda.deputy.events} (collection
 * {@code deputy_replica}). Batches are written with one bulkWrite, each change guarded by the deputy's sequence, so
 * redelivery and replay change nothing; the offsets are committed only after the write. A
 * {@code DeputyStatusChangedEvent} (resignation, recall, termination, death) sets the status to the one it results in,
 * so {@link #requireServing} refuses that deputy from then on.
 */
public class DeputyReplica {

    public static final String COLLECTION = "deputy_replica";
    public static final String SERVING = "SERVING";

    /** What a service needs to know of a deputy. */
    public record ReplicatedDeputy(String id, String county, String townshipCode, String name, String status) {
        public boolean serving() {
            return SERVING.equals(status);
        }
    }

    private final MongoCollection<Document> replica;
    private final ObjectMapper mapper;

    public DeputyReplica(MongoDatabase db, ObjectMapper mapper) {
        this.replica = db.getCollection(COLLECTION);
        this.mapper = mapper;
    }

    @KafkaListener(topics = DeputyTopic.NAME, groupId = "${renda.deputy-replica.group}")
    public void on(List<ConsumerRecord<String, byte[]>> records) {
        BatchProjector.project(records, replica, this::writesFor);
    }

    private List<WriteModel<Document>> writesFor(InboundEvent event) {
        if (event.is(DeputyRegisteredEvent.class)) {
            DeputyRegisteredEvent e = event.payload(mapper, DeputyRegisteredEvent.class);
            return IdempotentWrites.applyToOwn(e.deputyId(), new Document("county", e.county()),
                    event.sequence(), Updates.combine(
                            Updates.set("townshipCode", e.townshipCode()),
                            Updates.set("name", e.name()),
                            Updates.set("status", SERVING)));
        }
        if (event.is(DeputyStatusChangedEvent.class)) {
            DeputyStatusChangedEvent e = event.payload(mapper, DeputyStatusChangedEvent.class);
            return IdempotentWrites.applyToOwn(e.deputyId(), new Document("county", e.county()),
                    event.sequence(), Updates.combine(
                            Updates.set("townshipCode", e.townshipCode()),
                            Updates.set("status", e.change().resultingStatus()),
                            Updates.set("statusSince", e.effectiveOn() == null ? null : e.effectiveOn().toString())));
        }
        return List.of();
    }

    /** The deputy if this county has it; another county's deputy is as unknown as a missing one. */
    public Optional<ReplicatedDeputy> find(String county, String deputyId) {
        return Optional.ofNullable(replica.find(Filters.eq("_id", deputyId)).first())
                .map(DeputyReplica::toDeputy)
                .filter(d -> county.equals(d.county()));
    }

    /**
     * The deputies, in the order given, each known in this county and serving; otherwise a 422 problem naming
     * the first that is not, and the caller stores nothing.
     */
    public List<ReplicatedDeputy> requireServing(String county, Collection<String> deputyIds) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(deputyIds));
        Map<String, ReplicatedDeputy> found = new HashMap<>();
        replica.find(Filters.in("_id", ids)).forEach(d -> found.put(d.getString("_id"), toDeputy(d)));
        List<ReplicatedDeputy> result = new ArrayList<>();
        for (String id : ids) {
            ReplicatedDeputy d = found.get(id);
            if (d == null || !county.equals(d.county()) || !d.serving()) {
                throw new DomainException(422, "unknown-deputy", "代表不存在或不在任", "Unknown deputy",
                        "本县没有在任代表 " + id + "。", "County " + county + " has no serving deputy " + id + ".");
            }
            result.add(d);
        }
        return result;
    }

    public long count(String county) {
        return replica.countDocuments(Filters.eq("county", county));
    }

    private static ReplicatedDeputy toDeputy(Document d) {
        return new ReplicatedDeputy(d.getString("_id"), d.getString("county"), d.getString("townshipCode"),
                d.getString("name"), d.getString("status"));
    }


}
