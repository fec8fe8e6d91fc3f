package cn.renda.platform.security;

import cn.renda.platform.problem.DomainException;

/**
 * The finer rules a controller applies once it knows what a command touches (the county itself is checked by the
 * security chain before any controller runs). Without a verified caller (security switched off behind a trusted
 * gateway) they allow.
 */
public final class Permissions {

    private Permissions() {
    }

    /** A township clerk writes only in the clerk's own township. */
    public static void requireTownshipWrite(String county, String townshipCode) {
        Caller.current().ifPresent(caller -> {
            if (!caller.mayWriteTownship(county, townshipCode)) {
                throw new DomainException(403, "forbidden-township", "无权操作该乡镇", "Not your township",
                        "乡镇人大账号只能登记本乡镇的数据。", "A township clerk may write only in the clerk's own township.");
            }
        });
    }

    /** Only the county's staff (county admin) may do this, e.g. county configuration or county-wide trainings. */
    public static void requireCountyAdmin(String county) {
        Caller.current().ifPresent(caller -> {
            if (!Caller.COUNTY_ADMIN.equals(caller.role()) || !caller.mayWrite(county)) {
                throw new DomainException(403, "forbidden-role", "无权执行该操作", "Not allowed for this role",
                        "该操作只允许县人大常委会工作人员执行。", "Only the county's staff may do this.");
            }
        });
    }

    /**
     * The work of the congress staff (planning, enrolling, taking attendance...): the county's admin anywhere in the
     * county, a township clerk only in the clerk's township; handling units, deputies and analysts not at all.
     * {@code townshipCode} null means county-wide work, which only the county's admin does.
     */
    public static void requireStaff(String county, String townshipCode) {
        Caller.current().ifPresent(caller -> {
            boolean admin = Caller.COUNTY_ADMIN.equals(caller.role()) && caller.mayWrite(county);
            boolean clerk = Caller.TOWNSHIP_CLERK.equals(caller.role()) && townshipCode != null
                    && caller.mayWriteTownship(county, townshipCode);
            if (!admin && !clerk) {
                throw new DomainException(403, "forbidden-role", "无权执行该操作", "Not allowed for this role",
                        townshipCode == null ? "该操作只允许县人大常委会工作人员执行。" : "该操作只允许县人大常委会或本乡镇人大工作人员执行。",
                        townshipCode == null ? "Only the county's staff may do this."
                                : "Only the county's staff or this township's clerk may do this.");
            }
        });
    }

    /** The township of a record whose id begins with its township code ({@code 410327100-...}), else null. */
    public static String townshipOf(String id) {
        return id != null && id.length() > 10 && id.charAt(9) == '-' && id.substring(0, 9).chars().allMatch(Character::isDigit)
                ? id.substring(0, 9) : null;
    }
}
