package cn.renda.supervision.unit.query;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The handling units that exist (table {@code known_handling_unit}), written in the same transaction as their events
 * (subscribing processor {@code handling-unit-lookup}): a unit can receive a suggestion the moment its registration
 * was acknowledged. Small per county, so the unit list is read from here too.
 */
@Entity
@Table(name = "known_handling_unit")
public class KnownHandlingUnit {

    @Id
    private String id;
    private String county;
    private String townshipCode;
    private String name;
    private String contactPerson;
    private String contactPhone;
    private String responsibleLeader;

    protected KnownHandlingUnit() {
    }

    KnownHandlingUnit(String id, String county, String townshipCode, String name, String contactPerson,
                      String contactPhone, String responsibleLeader) {
        this.id = id;
        this.county = county;
        this.townshipCode = townshipCode;
        this.name = name;
        this.contactPerson = contactPerson;
        this.contactPhone = contactPhone;
        this.responsibleLeader = responsibleLeader;
    }

    void contact(String person, String phone, String leader) {
        this.contactPerson = person;
        this.contactPhone = phone;
        this.responsibleLeader = leader;
    }

    public String id() {
        return id;
    }

    public String county() {
        return county;
    }

    public String townshipCode() {
        return townshipCode;
    }

    public String name() {
        return name;
    }

    public String contactPerson() {
        return contactPerson;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public String responsibleLeader() {
        return responsibleLeader;
    }
}
