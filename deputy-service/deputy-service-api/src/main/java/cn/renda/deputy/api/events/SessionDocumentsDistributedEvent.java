package cn.renda.deputy.api.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** Documents were handed to the deputies on {@code distributedOn}, {@code daysBeforeSession} days before it opens. */
@Revision("1")
public record SessionDocumentsDistributedEvent(String sessionId, String county, String townshipCode,
                                               List<String> titles, LocalDate distributedOn, int daysBeforeSession) {
}
