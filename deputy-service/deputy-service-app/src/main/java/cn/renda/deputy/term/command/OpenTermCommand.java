package cn.renda.deputy.term.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Opens term {@code number} of a township congress from {@code startsOn}. {@code latestNumber} and
 * {@code latestStartsOn} describe the township's latest term so far (from the lookup table; both null for the first
 * term the township registers).
 */
public record OpenTermCommand(@TargetAggregateIdentifier String termId, String county, String townshipCode,
                              int number, LocalDate startsOn, Integer latestNumber, LocalDate latestStartsOn) {

    public static String idOf(String townshipCode, int number) {
        return townshipCode + "-" + number;
    }
}
