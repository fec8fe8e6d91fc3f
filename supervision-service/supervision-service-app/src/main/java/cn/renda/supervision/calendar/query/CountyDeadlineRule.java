package cn.renda.supervision.calendar.query;

import cn.renda.supervision.api.DeadlineUnit;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A county's suggestion deadline rule (table {@code county_deadline_rule}); absent means the default. */
@Entity
@Table(name = "county_deadline_rule")
public class CountyDeadlineRule {

    @Id
    private String county;
    @Enumerated(EnumType.STRING)
    private DeadlineUnit unit;
    private int amount;
    private int dueSoonWorkingDays;

    protected CountyDeadlineRule() {
    }

    CountyDeadlineRule(String county, DeadlineUnit unit, int amount, int dueSoonWorkingDays) {
        this.county = county;
        this.unit = unit;
        this.amount = amount;
        this.dueSoonWorkingDays = dueSoonWorkingDays;
    }

    DeadlineRule toRule() {
        return new DeadlineRule(unit, amount, dueSoonWorkingDays);
    }
}
