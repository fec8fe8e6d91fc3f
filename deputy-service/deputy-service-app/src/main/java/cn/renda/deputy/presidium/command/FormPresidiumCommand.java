package cn.renda.deputy.presidium.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Forms the presidium of a township for a term; its id is {@code <township>-<term>}. {@code termStartsOn} and
 * {@code termUntil} are the days the term runs (from the term lookup; null for a township without registered terms):
 * the presidium is formed within them.
 */
public record FormPresidiumCommand(@TargetAggregateIdentifier String presidiumId, String county, String townshipCode,
                                   int term, int minSize, int maxSize, LocalDate formedOn, LocalDate termStartsOn,
                                   LocalDate termUntil) {

    public FormPresidiumCommand(String presidiumId, String county, String townshipCode, int term, int minSize,
                                int maxSize, LocalDate formedOn) {
        this(presidiumId, county, townshipCode, term, minSize, maxSize, formedOn, null, null);
    }

    public static String idOf(String townshipCode, int term) {
        return townshipCode + "-" + term;
    }
}
