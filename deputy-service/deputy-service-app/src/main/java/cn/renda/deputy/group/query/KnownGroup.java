package cn.renda.deputy.group.query;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The deputy groups that exist ({@code known_group}), for checking a deputy's group at registration. */
@Entity
@Table(name = "known_group")
class KnownGroup {

    @Id
    @Column(name = "group_id", length = 64)
    private String groupId;
    @Column(length = 6)
    private String county;
    @Column(name = "township_code", length = 9)
    private String townshipCode;

    protected KnownGroup() {
    }

    KnownGroup(String groupId, String county, String townshipCode) {
        this.groupId = groupId;
        this.county = county;
        this.townshipCode = townshipCode;
    }

    String county() {
        return county;
    }

    String townshipCode() {
        return townshipCode;
    }
}
