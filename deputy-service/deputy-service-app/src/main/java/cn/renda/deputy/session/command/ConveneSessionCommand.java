package cn.renda.deputy.session.command;

import cn.renda.deputy.api.SessionKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Convenes a session. An extraordinary session (临时会议) needs at least one fifth of the township's serving deputies
 * ({@code servingDeputyIds}, from the roster) among {@code proposerIds}. {@code termStartsOn}/{@code termUntil} are
 * the days the term runs (from the term lookup; both null for a township without registered terms): the session must
 * start within them.
 */
public record ConveneSessionCommand(@TargetAggregateIdentifier String sessionId, String county, String townshipCode,
                                    int term, int number, SessionKind kind, LocalDate startsOn, int days,
                                    List<String> agenda, List<String> proposerIds, List<String> servingDeputyIds,
                                    LocalDate termStartsOn, LocalDate termUntil) {

    public ConveneSessionCommand(String sessionId, String county, String townshipCode, int term, int number,
                                 SessionKind kind, LocalDate startsOn, int days, List<String> agenda,
                                 List<String> proposerIds, List<String> servingDeputyIds) {
        this(sessionId, county, townshipCode, term, number, kind, startsOn, days, agenda, proposerIds,
                servingDeputyIds, null, null);
    }

    /** A regular session or a presidium meeting: no proposers needed. */
    public ConveneSessionCommand(String sessionId, String county, String townshipCode, int term, int number,
                                 SessionKind kind, LocalDate startsOn, int days, List<String> agenda) {
        this(sessionId, county, townshipCode, term, number, kind, startsOn, days, agenda, List.of(), List.of());
    }
}
