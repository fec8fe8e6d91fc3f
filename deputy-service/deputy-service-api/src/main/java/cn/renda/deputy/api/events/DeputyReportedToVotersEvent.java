package cn.renda.deputy.api.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A deputy reported on their work to the voters (述职), who evaluated it: satisfied, basically satisfied, not. */
@Revision("1")
public record DeputyReportedToVotersEvent(String reportId, String county, String townshipCode, String deputyId,
                                          LocalDate reportedOn, int voters, int satisfied, int basicallySatisfied,
                                          int dissatisfied) {
}
