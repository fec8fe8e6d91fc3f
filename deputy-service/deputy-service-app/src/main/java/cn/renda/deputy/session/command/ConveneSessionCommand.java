package cn.renda.deputy.session.command;

import cn.renda.deputy.api.SessionKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

public record ConveneSessionCommand(@TargetAggregateIdentifier String sessionId, String county, String townshipCode,
                                    int term, int number, SessionKind kind, LocalDate startsOn, int days,
                                    List<String> agenda) {
}
