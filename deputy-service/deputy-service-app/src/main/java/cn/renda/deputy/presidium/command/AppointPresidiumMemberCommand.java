package cn.renda.deputy.presidium.command;

import cn.renda.deputy.api.PresidiumRole;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Gives a serving deputy of the township (checked at the edge against the roster) a presidium post. */
public record AppointPresidiumMemberCommand(@TargetAggregateIdentifier String presidiumId, String county,
                                            String deputyId, String name, String deputyTownship, PresidiumRole role,
                                            boolean fullTime, boolean partySecretary, boolean governmentDuties,
                                            LocalDate appointedOn) {
}
