package cn.renda.training.training.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** Enrols deputies in a training, all or none. */
public record EnrolDeputiesCommand(@TargetAggregateIdentifier String trainingId, String county,
                                   List<Participant> deputies, Instant enrolledAt) {

    /** A deputy as the replica knows them. */
    public record Participant(String deputyId, String townshipCode) {
    }
}
