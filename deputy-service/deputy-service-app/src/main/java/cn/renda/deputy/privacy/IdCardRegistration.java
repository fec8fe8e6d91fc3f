package cn.renda.deputy.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Set-based validation of "one ID card number per term": the keyed hash of the number, per county and term, with
 * the deputy it belongs to. The primary key makes a second registration fail even when two race.
 */
@Entity
@Table(name = "deputy_id_card")
class IdCardRegistration {

    /** county:term:digest */
    @Id
    @Column(length = 120)
    private String id;
    @Column(name = "deputy_id", length = 64)
    private String deputyId;

    protected IdCardRegistration() {
    }

    IdCardRegistration(String id, String deputyId) {
        this.id = id;
        this.deputyId = deputyId;
    }

    static String key(String county, Integer term, String digest) {
        return county + ":" + (term == null ? 0 : term) + ":" + digest;
    }

    String deputyId() {
        return deputyId;
    }
}
