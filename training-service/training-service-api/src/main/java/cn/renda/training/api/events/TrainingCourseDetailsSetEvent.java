package cn.renda.training.api.events;

import cn.renda.training.api.Audience;
import cn.renda.training.api.CourseFormat;
import org.axonframework.serialization.Revision;

/**
 * The course particulars of a training (课程安排): the organising township when a township organises it, audience,
 * format, place, capacity (null: no limit) and the passing score of its assessment (null: no assessment needed to
 * complete). Follows {@link TrainingPlannedEvent} when any of them is given.
 */
@Revision("1")
public record TrainingCourseDetailsSetEvent(String trainingId, String county, String organiserTownshipCode,
                                            Audience audience, CourseFormat format, String place, Integer capacity,
                                            Integer passingScore) {
}
