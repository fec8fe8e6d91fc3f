package cn.renda.supervision.calendar.query;

import cn.renda.supervision.api.DeadlineUnit;

/** How long a unit has to handle a suggestion, and when it counts as due soon. */
public record DeadlineRule(DeadlineUnit unit, int amount, int dueSoonWorkingDays) {

    /** The default: 3 months from assignment; due soon 5 working days before the deadline. */
    public static final DeadlineRule DEFAULT = new DeadlineRule(DeadlineUnit.CALENDAR_MONTHS, 3, 5);
}
