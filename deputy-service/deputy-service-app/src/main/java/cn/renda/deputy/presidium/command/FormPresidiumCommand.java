package cn.renda.deputy.presidium.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Forms the presidium of a township for a term; its id is {@code <township>-<term>}. */
public record FormPresidiumCommand(@TargetAggregateIdentifier String presidiumId, String county, String townshipCode,
                                   int term, int minSize, int maxSize, LocalDate formedOn) {

    public static String idOf(String townshipCode, int term) {
        return townshipCode + "-" + term;
    }
}
