package cn.renda.deputy.term.query;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** Set-based validation table: the terms of each township, written in the event's transaction ({@code term-lookup}). */
@Entity
@Table(name = "known_term")
public class KnownTerm {

    @Id
    @Column(name = "term_id")
    private String termId;
    private String county;
    @Column(name = "township_code")
    private String townshipCode;
    @Column(name = "term_number")
    private int number;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;

    protected KnownTerm() {
    }

    KnownTerm(String termId, String county, String townshipCode, int number, LocalDate startsOn, LocalDate endsOn) {
        this.termId = termId;
        this.county = county;
        this.townshipCode = townshipCode;
        this.number = number;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    String termId() {
        return termId;
    }

    String county() {
        return county;
    }

    String townshipCode() {
        return townshipCode;
    }

    int number() {
        return number;
    }

    LocalDate startsOn() {
        return startsOn;
    }

    LocalDate endsOn() {
        return endsOn;
    }
}
