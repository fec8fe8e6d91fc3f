package cn.renda.reporting.analysis;

import cn.renda.platform.problem.DomainException;
import cn.renda.platform.security.Caller;

import java.util.Optional;

/**
 * Who may read the analyses (the county itself is checked by the security chain first): the county's admin, its
 * township clerks and analysts read the county's alerts, assessment, timeliness and exports; handling units and
 * deputies do not. A performance record: a deputy only their own, a clerk deputies of the clerk's township, county
 * admins and analysts every deputy of the county. Without a verified caller (security off) everything is allowed.
 */
public final class Access {

    private Access() {
    }

    public static void requireCountyReader(String county) {
        Caller.current().ifPresent(c -> {
            boolean ok = c.mayRead(county) && (Caller.COUNTY_ADMIN.equals(c.role())
                    || Caller.TOWNSHIP_CLERK.equals(c.role()) || Caller.ANALYST.equals(c.role()));
            if (!ok) {
                throw forbidden("统计分析只对县人大常委会、乡镇人大工作人员和分析人员开放。",
                        "Analyses are open to county staff, township clerks and analysts only.");
            }
        });
    }

    /** Checks a performance record read; {@code township} is the deputy's township (null when unknown). */
    public static void requireRecordReader(String county, String deputyId, String township) {
        Caller.current().ifPresent(c -> {
            boolean ok = c.mayRead(county) && switch (c.role()) {
                case Caller.COUNTY_ADMIN, Caller.ANALYST -> true;
                case Caller.TOWNSHIP_CLERK -> township != null && township.equals(c.township());
                case Caller.DEPUTY -> deputyId.equals(c.deputy());
                default -> false;
            };
            if (!ok) {
                throw forbidden("代表只能查看本人的履职档案，乡镇人大工作人员只能查看本乡镇代表的履职档案。",
                        "A deputy may read only their own record, a township clerk only records of the clerk's township.");
            }
        });
    }

    /** The caller's own township when they are a clerk (their lists are cut to it), else null. */
    public static Optional<String> clerkTownship() {
        return Caller.current().filter(c -> Caller.TOWNSHIP_CLERK.equals(c.role())).map(Caller::township);
    }

    public static void requireCountyAdmin(String county) {
        Caller.current().ifPresent(c -> {
            if (!Caller.COUNTY_ADMIN.equals(c.role()) || !c.mayWrite(county)) {
                throw forbidden("该配置只允许县人大常委会工作人员修改。", "Only the county's staff may change this configuration.");
            }
        });
    }

    static DomainException forbidden(String zh, String en) {
        return new DomainException(403, "forbidden-role", "无权执行该操作", "Not allowed for this role", zh, en);
    }
}
