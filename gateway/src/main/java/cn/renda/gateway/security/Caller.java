package cn.renda.gateway.security;

import org.springframework.security.oauth2.jwt.Jwt;

import java.util.List;

/** Who is calling, from a verified token. */
public record Caller(String user, Role role, List<String> counties, String township, String unit, String deputy) {

    public static final String ROLE = "role";
    public static final String COUNTIES = "counties";
    public static final String TOWNSHIP = "township";
    public static final String UNIT = "unit";
    public static final String DEPUTY = "deputy";

    public static Caller from(Jwt jwt) {
        String role = jwt.getClaimAsString(ROLE);
        List<String> counties = jwt.getClaimAsStringList(COUNTIES);
        return new Caller(jwt.getSubject(), role == null ? null : Role.valueOf(role),
                counties == null ? List.of() : counties, jwt.getClaimAsString(TOWNSHIP), jwt.getClaimAsString(UNIT),
                jwt.getClaimAsString(DEPUTY));
    }

    public boolean mayAccessCounty(String county) {
        return role != null && role != Role.OPERATOR && counties.contains(county);
    }
}
