package cn.renda.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, from the verified bearer token (the same claims the gateway checks): subject, {@code role},
 * {@code counties}, and for a clerk the {@code township}, for a handling unit the {@code unit}, for a deputy the
 * {@code deputy} id.
 */
public record Caller(String user, String role, List<String> counties, String township, String unit, String deputy) {

    public static final String COUNTY_ADMIN = "COUNTY_ADMIN";
    public static final String TOWNSHIP_CLERK = "TOWNSHIP_CLERK";
    public static final String HANDLING_UNIT = "HANDLING_UNIT";
    public static final String DEPUTY = "DEPUTY";
    public static final String ANALYST = "ANALYST";
    public static final String OPERATOR = "OPERATOR";
    static final Set<String> ROLES = Set.of(COUNTY_ADMIN, TOWNSHIP_CLERK, HANDLING_UNIT, DEPUTY, ANALYST, OPERATOR);

    public static Caller from(Jwt jwt) {
        List<String> counties = jwt.getClaimAsStringList("counties");
        return new Caller(jwt.getSubject(), jwt.getClaimAsString("role"), counties == null ? List.of() : counties,
                jwt.getClaimAsString("township"), jwt.getClaimAsString("unit"), jwt.getClaimAsString("deputy"));
    }

    /** The caller of the current request, when the service checks tokens. */
    public static Optional<Caller> current() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a instanceof JwtAuthenticationToken jwt ? Optional.of(from(jwt.getToken())) : Optional.empty();
    }

    public boolean mayRead(String county) {
        return ROLES.contains(role) && !OPERATOR.equals(role) && counties.contains(county);
    }

    public boolean mayWrite(String county) {
        return mayRead(county) && !ANALYST.equals(role);
    }

    /** A township clerk writes only in the clerk's own township; everyone else who may write here, anywhere. */
    public boolean mayWriteTownship(String county, String townshipCode) {
        return mayWrite(county) && (!TOWNSHIP_CLERK.equals(role) || (township != null && township.equals(townshipCode)));
    }
}
