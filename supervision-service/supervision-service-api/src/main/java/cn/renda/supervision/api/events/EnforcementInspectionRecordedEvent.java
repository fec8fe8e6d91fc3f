package cn.renda.supervision.api.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** 执法检查: the congress checked how a law is enforced, in a scope, with deputies taking part, and found this. */
@Revision("1")
public record EnforcementInspectionRecordedEvent(String inspectionId, String county, String townshipCode, String law,
                                                 String scope, LocalDate startedOn, List<String> deputyIds,
                                                 String findings, Instant recordedAt) {
}
