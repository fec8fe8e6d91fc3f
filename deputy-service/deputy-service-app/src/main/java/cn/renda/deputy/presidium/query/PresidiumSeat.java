package cn.renda.deputy.presidium.query;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Which presidium a deputy sits on ({@code presidium_seat}), for the post-loss policy. */
@Entity
@Table(name = "presidium_seat")
class PresidiumSeat {

    @Id
    @Column(name = "deputy_id", length = 64)
    private String deputyId;
    @Column(name = "presidium_id", length = 40)
    private String presidiumId;

    protected PresidiumSeat() {
    }

    PresidiumSeat(String deputyId, String presidiumId) {
        this.deputyId = deputyId;
        this.presidiumId = presidiumId;
    }

    String presidiumId() {
        return presidiumId;
    }
}
