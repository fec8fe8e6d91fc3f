package cn.renda.training.training.command;

import cn.renda.training.api.LegalTopic;
import cn.renda.training.api.Organiser;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record PlanTrainingCommand(@TargetAggregateIdentifier String trainingId, String county, String title,
                                  LegalTopic topic, LocalDate date, int hours, Organiser organiser) {
}
