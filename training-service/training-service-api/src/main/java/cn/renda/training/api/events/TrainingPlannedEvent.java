package cn.renda.training.api.events;

import cn.renda.training.api.LegalTopic;
import cn.renda.training.api.Organiser;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A training (培训) was planned: topic, date and length in hours. */
@Revision("1")
public record TrainingPlannedEvent(String trainingId, String county, String title, LegalTopic topic, LocalDate date,
                                   int hours, Organiser organiser) {
}
