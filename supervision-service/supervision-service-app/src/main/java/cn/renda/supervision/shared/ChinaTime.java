package cn.renda.supervision.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Deadlines are days of the Chinese calendar: an instant counts for its date in China Standard Time. */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {
    }

    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }
}
