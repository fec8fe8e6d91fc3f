package cn.renda.supervision.api.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** 代表视察: deputies inspected a topic in a township on a day; each participating deputy counts one person-time. */
@Revision("1")
public record InspectionRecordedEvent(String inspectionId, String county, String townshipCode, String topic,
                                      LocalDate date, List<String> deputyIds, int personTimes, String findings,
                                      Instant recordedAt) {
}
