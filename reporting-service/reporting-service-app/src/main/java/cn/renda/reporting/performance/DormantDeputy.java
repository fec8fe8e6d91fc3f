package cn.renda.reporting.performance;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * A serving deputy without any recorded activity since {@code inactiveSince}: the latest activity before it (if
 * any) and the link to the deputy's performance record.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DormantDeputy(String deputyId, String name, String township, String townshipName,
                            LocalDate lastActivityOn, ActivityKind lastActivityKind, LocalDate inactiveSince,
                            String record) {
}
