package cn.renda.supervision.workreport.command;

import cn.renda.supervision.api.ReportingBody;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

public record RecordWorkReportCommand(@TargetAggregateIdentifier String reportId, String county, String townshipCode,
                                      String office, String subject, ReportingBody body, LocalDate deliveredOn,
                                      Instant recordedAt) {
}
