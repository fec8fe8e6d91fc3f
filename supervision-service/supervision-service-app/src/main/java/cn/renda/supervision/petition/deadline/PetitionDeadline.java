package cn.renda.supervision.petition.deadline;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** The limit a petition currently runs against (table {@code petition_deadline}), kept with the events. */
@Entity
@Table(name = "petition_deadline")
public class PetitionDeadline {

    @Id
    private String petitionId;
    private String county;
    private LocalDate deadline;
    private boolean overdueRaised;

    protected PetitionDeadline() {
    }

    PetitionDeadline(String petitionId, String county, LocalDate deadline) {
        this.petitionId = petitionId;
        this.county = county;
        this.deadline = deadline;
    }

    String petitionId() {
        return petitionId;
    }

    String county() {
        return county;
    }

    LocalDate deadline() {
        return deadline;
    }

    void overdueRaised(LocalDate forDeadline) {
        if (forDeadline.equals(deadline)) {
            overdueRaised = true;
        }
    }
}
