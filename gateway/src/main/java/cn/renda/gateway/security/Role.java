package cn.renda.gateway.security;

/** The roles of the platform, as carried in the token's {@code role} claim. */
public enum Role {
    /** 县人大常委会工作人员: one county, reads and writes all of it. */
    COUNTY_ADMIN,
    /**
     * 乡镇人大主席团（专职副主席、秘书）: one township; the county's dashboards and analyses, but only its own township's
     * records, and writes only there (the services narrow reads and writes).
     */
    TOWNSHIP_CLERK,
    /** 承办单位: only the items assigned to it (checked in services). */
    HANDLING_UNIT,
    /** 人大代表: own suggestions, ratings and record (checked in services). */
    DEPUTY,
    /** 分析人员: read-only, a set of counties. */
    ANALYST,
    /** 运维: rebuilds and health; no county data. */
    OPERATOR;

    public boolean readOnly() {
        return this == ANALYST;
    }
}
