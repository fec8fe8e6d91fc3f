package cn.renda.deputy.district.query;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * Set-based validation table: the electoral districts of each township, written in the event's transaction
 * ({@code district-lookup}); a second district with a name already used in the township breaks the unique key.
 */
@Entity
@Table(name = "known_district", uniqueConstraints = @UniqueConstraint(columnNames = {"township_code", "name"}))
public class KnownDistrict {

    @Id
    @Column(name = "district_id", length = 40)
    private String districtId;
    @Column(length = 6)
    private String county;
    @Column(name = "township_code", length = 9)
    private String townshipCode;
    @Column(length = 20)
    private String code;
    @Column(length = 40)
    private String name;
    private int seats;
    private int voters;

    protected KnownDistrict() {
    }

    KnownDistrict(String districtId, String county, String townshipCode, String code, String name, int seats,
                  int voters) {
        this.districtId = districtId;
        this.county = county;
        this.townshipCode = townshipCode;
        this.code = code;
        this.name = name;
        this.seats = seats;
        this.voters = voters;
    }

    String districtId() {
        return districtId;
    }

    String county() {
        return county;
    }

    String townshipCode() {
        return townshipCode;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    int seats() {
        return seats;
    }

    int voters() {
        return voters;
    }
}
