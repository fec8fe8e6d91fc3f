package cn.renda.training.training.command;

import cn.renda.training.api.Audience;
import cn.renda.training.api.CourseFormat;
import cn.renda.training.api.LegalTopic;
import cn.renda.training.api.Organiser;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Plans a training (a course session). The course particulars after {@code organiser} are optional: null means
 * not given (no capacity limit, no passing score).
 */
public record PlanTrainingCommand(@TargetAggregateIdentifier String trainingId, String county, String title,
                                  LegalTopic topic, LocalDate date, int hours, Organiser organiser,
                                  String organiserTownshipCode, Audience audience, CourseFormat format, String place,
                                  Integer capacity, Integer passingScore) {

    /** A training with no course particulars beyond title, topic, date, hours and organiser. */
    public PlanTrainingCommand(String trainingId, String county, String title, LegalTopic topic, LocalDate date,
                               int hours, Organiser organiser) {
        this(trainingId, county, title, topic, date, hours, organiser, null, null, null, null, null, null);
    }

    boolean hasDetails() {
        return organiserTownshipCode != null || audience != null || format != null || place != null
                || capacity != null || passingScore != null;
    }
}
