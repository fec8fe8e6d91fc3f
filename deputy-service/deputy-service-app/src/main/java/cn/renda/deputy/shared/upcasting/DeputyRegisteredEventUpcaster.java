package cn.renda.deputy.shared.upcasting;

import cn.renda.deputy.api.events.DeputyRegisteredEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code DeputyRegisteredEvent} revision 1 -> 2: the first eight fields stay as they are; the fields revision 2
 * added are written as null (a deputy registered before them has no term, composition extras or personal data).
 */
@Component
@Order(0)
public class DeputyRegisteredEventUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType V1 = new SimpleSerializedType(DeputyRegisteredEvent.class.getName(), "1");
    static final SimpleSerializedType V2 = new SimpleSerializedType(DeputyRegisteredEvent.class.getName(), "2");
    static final String[] ADDED = {"term", "ethnicity", "education", "party", "reElected", "byElection", "district",
            "groupId", "electedOn", "personalData"};

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(V1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(V2, JsonNode.class, json -> {
            ObjectNode node = (ObjectNode) json;
            for (String field : ADDED) {
                if (!node.has(field)) {
                    node.putNull(field);
                }
            }
            return node;
        });
    }
}
