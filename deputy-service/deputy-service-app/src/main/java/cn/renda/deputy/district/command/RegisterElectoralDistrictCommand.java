package cn.renda.deputy.district.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers an electoral district (选区) of a township. {@code nameTaken} says whether another district of the
 * township already has this name (from the lookup table, checked at the edge).
 */
public record RegisterElectoralDistrictCommand(@TargetAggregateIdentifier String districtId, String county,
                                               String townshipCode, String code, String name, int seats, int voters,
                                               boolean nameTaken) {

    public static String idOf(String townshipCode, String code) {
        return townshipCode + "-" + code;
    }
}
