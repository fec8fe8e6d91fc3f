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
}
