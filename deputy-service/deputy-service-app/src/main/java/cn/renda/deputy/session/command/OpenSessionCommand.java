package cn.renda.deputy.session.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Opens the session: {@code servingDeputyIds} are the township's serving deputies at that moment (from the roster),
 * {@code quorumNumerator}/{@code quorumDenominator} the county's quorum (2/3 by default).
 */
public record OpenSessionCommand(@TargetAggregateIdentifier String sessionId, String county, LocalDate openedOn,
                                 List<String> servingDeputyIds, List<String> presentDeputyIds,
                                 List<String> excusedDeputyIds, int quorumNumerator, int quorumDenominator) {
}
