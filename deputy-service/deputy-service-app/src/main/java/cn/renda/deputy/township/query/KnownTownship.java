package cn.renda.deputy.township.query;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Set-based validation table: the townships that exist, written in the same transaction as the event that
 * registered them (subscribing processor {@code township-lookup}), so a deputy can be registered in a township
 * the moment the township's registration was acknowledged.
 */
@Entity
@Table(name = "known_township")
public class KnownTownship {

    @Id
    private String code;
    private String county;
    private String name;

    protected KnownTownship() {
    }

    public KnownTownship(String code, String county, String name) {
        this.code = code;
        this.county = county;
        this.name = name;
    }

    public String code() {
        return code;
    }

    public String county() {
        return county;
    }

    public String name() {
        return name;
    }
}
