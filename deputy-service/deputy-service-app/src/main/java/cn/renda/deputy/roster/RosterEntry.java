package cn.renda.deputy.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** One deputy in the set-based validation table {@code deputy_roster}: who serves where, as of the last event. */
@Entity
@Table(name = "deputy_roster", indexes = @Index(name = "deputy_roster_township", columnList = "county,township_code,status"))
class RosterEntry {

    @Id
    @Column(name = "deputy_id", length = 64)
    private String deputyId;
    @Column(length = 6)
    private String county;
    @Column(name = "township_code", length = 9)
    private String townshipCode;
    @Column(length = 40)
    private String name;
    @Column(length = 16)
    private String status;
    @Column(name = "group_id", length = 64)
    private String groupId;

    protected RosterEntry() {
    }

    RosterEntry(String deputyId, String county, String townshipCode, String name, String status, String groupId) {
        this.deputyId = deputyId;
        this.county = county;
        this.townshipCode = townshipCode;
        this.name = name;
        this.status = status;
        this.groupId = groupId;
    }

    String deputyId() {
        return deputyId;
    }

    String county() {
        return county;
    }

    String townshipCode() {
        return townshipCode;
    }

    String name() {
        return name;
    }

    String status() {
        return status;
    }

    String groupId() {
        return groupId;
    }

    void status(String status) {
        this.status = status;
    }
}
