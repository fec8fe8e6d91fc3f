package cn.renda.supervision.workreport.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

public record RecordDeliberationOpinionsCommand(@TargetAggregateIdentifier String reportId, String county,
                                                List<String> opinions, Instant deliberatedAt) {
}
