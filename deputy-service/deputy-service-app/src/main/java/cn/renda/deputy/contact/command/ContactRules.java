package cn.renda.deputy.contact.command;

import cn.renda.platform.problem.DomainException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Checks shared by the constituent-contact records. */
final class ContactRules {

    private ContactRules() {
    }

    static void requireTownshipInCounty(String townshipCode, String county) {
        if (!townshipCode.startsWith(county)) {
            throw new DomainException(422, "township-outside-county", "乡镇不属于该县", "Township outside the county",
                    "乡镇代码 " + townshipCode + " 不属于县 " + county + "。",
                    "Township " + townshipCode + " is not in county " + county + ".");
        }
    }

    static void requireNotFuture(LocalDate date, Instant recordedAt) {
        // China Standard Time is UTC+8: a record made in the morning there is still "yesterday" in UTC
        if (date.isAfter(recordedAt.atOffset(ZoneOffset.ofHours(8)).toLocalDate())) {
            throw new DomainException(422, "date-in-future", "日期晚于今天", "Date in the future",
                    "不能登记尚未发生的活动（" + date + "）。", "Cannot record something that has not happened yet (" + date + ").");
        }
    }

    static void requireDeputies(List<String> deputyIds) {
        if (deputyIds == null || deputyIds.isEmpty()) {
            throw new DomainException(422, "no-deputies", "没有参加的代表", "No deputies",
                    "至少须有一名代表参加。", "At least one deputy must take part.");
        }
    }
}
