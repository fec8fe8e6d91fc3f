package cn.renda.deputy.deputy.command;

import cn.renda.deputy.api.Education;
import cn.renda.deputy.api.Gender;
import cn.renda.deputy.api.Occupation;
import cn.renda.deputy.api.PartyMembership;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Registers a deputy. {@code personalData} is already ciphertext (encrypted at the edge with the deputy's own key);
 * the aggregate never sees phone, ID card number or address in clear.
 */
public record RegisterDeputyCommand(@TargetAggregateIdentifier String deputyId, String county, String townshipCode,
                                    String name, Gender gender, Integer birthYear, Occupation occupation,
                                    Instant registeredAt, Integer term, String ethnicity, Education education,
                                    PartyMembership party, Boolean reElected, Boolean byElection, String district,
                                    String groupId, LocalDate electedOn, String personalData) {

    public RegisterDeputyCommand(String deputyId, String county, String townshipCode, String name, Gender gender,
                                 Integer birthYear, Occupation occupation, Instant registeredAt) {
        this(deputyId, county, townshipCode, name, gender, birthYear, occupation, registeredAt,
                null, null, null, null, null, null, null, null, null, null);
    }
}
