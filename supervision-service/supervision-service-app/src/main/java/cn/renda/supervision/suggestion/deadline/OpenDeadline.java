package cn.renda.supervision.suggestion.deadline;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A suggestion round awaiting its reply (table {@code open_deadline}), written in the same transaction as the events
 * (subscribing processor {@code suggestion-deadlines}), so it survives any restart exactly as the event store does.
 */
@Entity
@Table(name = "open_deadline")
public class OpenDeadline {

    @Id
    private String suggestionId;
    private String county;
    private LocalDate deadline;
    private boolean dueSoonRaised;
    private boolean overdueRaised;

    protected OpenDeadline() {
    }

    OpenDeadline(String suggestionId, String county, LocalDate deadline) {
        this.suggestionId = suggestionId;
        this.county = county;
        this.deadline = deadline;
    }

    public String suggestionId() {
        return suggestionId;
    }

    public String county() {
        return county;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public boolean dueSoonRaised() {
        return dueSoonRaised;
    }

    public boolean overdueRaised() {
        return overdueRaised;
    }

    void dueSoonRaised(LocalDate forDeadline) {
        if (forDeadline.equals(deadline)) {
            dueSoonRaised = true;
        }
    }

    void overdueRaised(LocalDate forDeadline) {
        if (forDeadline.equals(deadline)) {
            overdueRaised = true;
        }
    }
}
