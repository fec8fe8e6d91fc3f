package cn.renda.training.training.command;

import cn.renda.platform.problem.DomainException;
import cn.renda.training.api.AttendanceStatus;
import cn.renda.training.api.Organiser;
import cn.renda.training.api.events.TrainingAbsenceRecordedEvent;
import cn.renda.training.api.events.TrainingAssessedEvent;
import cn.renda.training.api.events.TrainingAttendanceRecordedEvent;
import cn.renda.training.api.events.TrainingCertificateRevokedEvent;
import cn.renda.training.api.events.TrainingCompletedEvent;
import cn.renda.training.api.events.TrainingCourseDetailsSetEvent;
import cn.renda.training.api.events.TrainingEnrolmentRecordedEvent;
import cn.renda.training.api.events.TrainingLatenessRecordedEvent;
import cn.renda.training.api.events.TrainingPlannedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A training (培训): one course session with its enrolment, attendance, assessment and completions.
 * <p>
 * Seats: with a capacity, every enrolled deputy holds a seat, and so does a deputy recorded present or late without
 * having enrolled (a walk-in, 现场报到: the attendance endpoint does not enrol implicitly, it records the walk-in, who
 * then holds a seat). An enrolment or a walk-in past the capacity is refused. Absence and leave are recorded only for
 * enrolled deputies. Completion needs attendance (present or late) and, where the course sets a passing score, a
 * passing assessment; it issues one certificate, which may be revoked, after which the deputy cannot complete again.
 */
@Aggregate
class Training {

    @AggregateIdentifier
    private String trainingId;
    private String county;
    private String title;
    private LocalDate date;
    private int hours;
    private Integer capacity;
    private Integer passingScore;
    private final Set<String> seats = new HashSet<>();
    private final Map<String, AttendanceStatus> attendance = new HashMap<>();
    private final Map<String, String> townships = new HashMap<>();
    private final Map<String, Integer> scores = new HashMap<>();
    private final Map<String, String> certificates = new HashMap<>();
    private final Set<String> revoked = new HashSet<>();

    Training() {
    }

    @CommandHandler
    Training(PlanTrainingCommand c) {
        if (c.hours() <= 0 || c.hours() > 200) {
            throw new DomainException(422, "invalid-hours", "学时无效", "Invalid hours",
                    "培训学时须在 1 到 200 之间。", "Training hours must be between 1 and 200.");
        }
        if (c.capacity() != null && (c.capacity() < 1 || c.capacity() > 10_000)) {
            throw new DomainException(422, "invalid-capacity", "名额无效", "Invalid capacity",
                    "培训名额须在 1 到 10000 之间。", "A training's capacity must be between 1 and 10,000.");
        }
        if (c.passingScore() != null && (c.passingScore() < 0 || c.passingScore() > 100)) {
            throw new DomainException(422, "invalid-score", "分数无效", "Invalid score",
                    "合格分数须在 0 到 100 之间。", "The passing score must be between 0 and 100.");
        }
        if (c.organiser() == Organiser.TOWNSHIP
                && (c.organiserTownshipCode() == null || !c.organiserTownshipCode().startsWith(c.county()))) {
            throw new DomainException(422, "organiser-township-required", "须指明主办乡镇",
                    "Organising township required", "乡镇主办的培训须指明本县的主办乡镇。",
                    "A training organised by a township must name a township of this county.");
        }
        apply(new TrainingPlannedEvent(c.trainingId(), c.county(), c.title(), c.topic(), c.date(), c.hours(),
                c.organiser()));
        if (c.hasDetails()) {
            apply(new TrainingCourseDetailsSetEvent(c.trainingId(), c.county(),
                    c.organiser() == Organiser.TOWNSHIP ? c.organiserTownshipCode() : null, c.audience(), c.format(),
                    c.place(), c.capacity(), c.passingScore()));
        }
    }

    @CommandHandler
    void handle(EnrolDeputiesCommand c) {
        requireCounty(c.county());
        Set<String> batch = new HashSet<>();
        for (EnrolDeputiesCommand.Participant p : c.deputies()) {
            if (seats.contains(p.deputyId()) || !batch.add(p.deputyId())) {
                throw new DomainException(409, "already-enrolled", "已报名", "Already enrolled",
                        "代表 " + p.deputyId() + " 已报名本次培训。",
                        "Deputy " + p.deputyId() + " is already enrolled in this training.");
            }
        }
        requireSeats(batch.size());
        for (EnrolDeputiesCommand.Participant p : c.deputies()) {
            apply(new TrainingEnrolmentRecordedEvent(trainingId, county, p.deputyId(), p.townshipCode(),
                    c.enrolledAt()));
        }
    }

    @CommandHandler
    void handle(RecordAttendanceCommand c) {
        requireCounty(c.county());
        Set<String> batch = new HashSet<>();
        int walkIns = 0;
        for (RecordAttendanceCommand.Entry e : c.entries()) {
            if (attendance.containsKey(e.deputyId()) || !batch.add(e.deputyId())) {
                throw new DomainException(409, "attendance-already-recorded", "出勤已登记",
                        "Attendance already recorded", "该代表本次培训的出勤已登记。",
                        "This deputy's attendance at this training is already recorded.");
            }
            if (!seats.contains(e.deputyId())) {
                if (!e.status().attended()) {
                    throw new DomainException(422, "not-enrolled", "未报名", "Not enrolled",
                            "代表 " + e.deputyId() + " 未报名本次培训，不能登记缺席或请假。",
                            "Deputy " + e.deputyId() + " is not enrolled: absence or leave cannot be recorded.");
                }
                walkIns++;
            }
        }
        requireSeats(walkIns);
        for (RecordAttendanceCommand.Entry e : c.entries()) {
            switch (e.status()) {
                case PRESENT -> apply(new TrainingAttendanceRecordedEvent(trainingId, county, e.deputyId(),
                        e.townshipCode(), hours, c.recordedAt()));
                case LATE -> {
                    apply(new TrainingAttendanceRecordedEvent(trainingId, county, e.deputyId(), e.townshipCode(),
                            hours, c.recordedAt()));
                    apply(new TrainingLatenessRecordedEvent(trainingId, county, e.deputyId(), c.recordedAt()));
                }
                case ABSENT, EXCUSED -> apply(new TrainingAbsenceRecordedEvent(trainingId, county, e.deputyId(),
                        e.townshipCode(), e.status() == AttendanceStatus.EXCUSED, c.recordedAt()));
            }
        }
    }

    @CommandHandler
    void handle(AssessDeputyCommand c) {
        requireCounty(c.county());
        requireAttended(c.deputyId());
        if (c.score() < 0 || c.score() > 100) {
            throw new DomainException(422, "invalid-score", "分数无效", "Invalid score",
                    "考核成绩须在 0 到 100 之间。", "An assessment score must be between 0 and 100.");
        }
        if (certificates.containsKey(c.deputyId())) {
            throw alreadyCompleted();
        }
        apply(new TrainingAssessedEvent(trainingId, county, c.deputyId(), c.score(),
                passingScore == null || c.score() >= passingScore, c.assessedAt()));
    }

    @CommandHandler
    String handle(CompleteTrainingCommand c) {
        requireCounty(c.county());
        requireAttended(c.deputyId());
        if (revoked.contains(c.deputyId())) {
            throw new DomainException(409, "certificate-revoked", "结业证书已撤销", "Certificate revoked",
                    "该代表本次培训的结业证书已被撤销，不能再次结业。",
                    "This deputy's certificate for this training was revoked; the training cannot be completed again.");
        }
        if (certificates.containsKey(c.deputyId())) {
            throw alreadyCompleted();
        }
        if (passingScore != null) {
            Integer score = scores.get(c.deputyId());
            if (score == null || score < passingScore) {
                throw new DomainException(422, "not-passed", "考核未合格", "Assessment not passed",
                        "本次培训须考核合格（" + passingScore + " 分）方可结业，该代表"
                                + (score == null ? "尚无考核成绩。" : "成绩为 " + score + " 分。"),
                        "This training needs a passing score of " + passingScore + "; the deputy "
                                + (score == null ? "has no score yet." : "scored " + score + "."));
            }
        }
        apply(new TrainingCompletedEvent(trainingId, county, c.deputyId(), townships.get(c.deputyId()),
                c.deputyName(), title, hours, date, c.certificateCode(), c.completedAt()));
        return c.certificateCode();
    }

    @CommandHandler
    void handle(RevokeCertificateCommand c) {
        requireCounty(c.county());
        if (revoked.contains(c.deputyId())) {
            throw new DomainException(409, "already-revoked", "证书已撤销", "Certificate already revoked",
                    "该代表本次培训的结业证书已撤销。", "This deputy's certificate for this training is already revoked.");
        }
        String code = certificates.get(c.deputyId());
        if (code == null) {
            throw new DomainException(422, "not-completed", "未结业", "Not completed",
                    "该代表未完成本次培训，没有可撤销的证书。",
                    "The deputy has not completed this training: there is no certificate to revoke.");
        }
        apply(new TrainingCertificateRevokedEvent(trainingId, county, c.deputyId(), code, c.reason(), c.revokedAt()));
    }

    private void requireCounty(String commandCounty) {
        if (!county.equals(commandCounty)) {
            throw new DomainException(404, "not-found", "未找到", "Not found", "培训不存在。", "No such training.");
        }
    }

    private void requireSeats(int wanted) {
        if (capacity != null && seats.size() + wanted > capacity) {
            throw new DomainException(409, "training-full", "名额已满", "Training full",
                    "本次培训名额 " + capacity + " 个，已占 " + seats.size() + " 个，不足 " + wanted + " 个。",
                    "This training has " + capacity + " seats, " + seats.size() + " taken; " + wanted
                            + " more do not fit.");
        }
    }

    private void requireAttended(String deputyId) {
        AttendanceStatus status = attendance.get(deputyId);
        if (status == null || !status.attended()) {
            throw new DomainException(422, "not-attended", "未出勤", "Did not attend",
                    "该代表没有出席本次培训的记录。", "The deputy has no attendance (present or late) at this training.");
        }
    }

    private static DomainException alreadyCompleted() {
        return new DomainException(409, "already-completed", "已结业", "Already completed",
                "该代表已完成本次培训并已发证。", "The deputy has already completed this training and holds its certificate.");
    }

    @EventSourcingHandler
    void on(TrainingPlannedEvent e) {
        trainingId = e.trainingId();
        county = e.county();
        title = e.title();
        date = e.date();
        hours = e.hours();
    }

    @EventSourcingHandler
    void on(TrainingCourseDetailsSetEvent e) {
        capacity = e.capacity();
        passingScore = e.passingScore();
    }

    @EventSourcingHandler
    void on(TrainingEnrolmentRecordedEvent e) {
        seats.add(e.deputyId());
        townships.put(e.deputyId(), e.townshipCode());
    }

    @EventSourcingHandler
    void on(TrainingAttendanceRecordedEvent e) {
        seats.add(e.deputyId());
        attendance.put(e.deputyId(), AttendanceStatus.PRESENT);
        townships.put(e.deputyId(), e.townshipCode());
    }

    @EventSourcingHandler
    void on(TrainingLatenessRecordedEvent e) {
        attendance.put(e.deputyId(), AttendanceStatus.LATE);
    }

    @EventSourcingHandler
    void on(TrainingAbsenceRecordedEvent e) {
        attendance.put(e.deputyId(), e.excused() ? AttendanceStatus.EXCUSED : AttendanceStatus.ABSENT);
    }

    @EventSourcingHandler
    void on(TrainingAssessedEvent e) {
        scores.put(e.deputyId(), e.score());
    }

    @EventSourcingHandler
    void on(TrainingCompletedEvent e) {
        certificates.put(e.deputyId(), e.certificateCode());
    }

    @EventSourcingHandler
    void on(TrainingCertificateRevokedEvent e) {
        revoked.add(e.deputyId());
    }
}
