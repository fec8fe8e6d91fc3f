package cn.renda.gateway.security;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded default's demo users, by the shape of their name (password {@code renda-demo} unless configured):
 * <ul>
 *   <li>{@code admin-<county>} county admin, e.g. {@code admin-410327}</li>
 *   <li>{@code clerk-<township>} township clerk, e.g. {@code clerk-410327100}</li>
 *   <li>{@code unit-<county>-<name>} handling unit, e.g. {@code unit-410327-jiaotong}</li>
 *   <li>{@code deputy-<county>-<deputy id>} a deputy</li>
 *   <li>{@code analyst} read-only over every demo county; {@code operator} no county data</li>
 * </ul>
 * Only the configured demo counties exist.
 */
final class DemoUsers {

    private static final Pattern ADMIN = Pattern.compile("admin-(\\d{6})");
    private static final Pattern CLERK = Pattern.compile("clerk-((\\d{6})\\d{3})");
    private static final Pattern UNIT = Pattern.compile("unit-(\\d{6})-([a-z0-9-]{1,40})");
    private static final Pattern DEPUTY = Pattern.compile("deputy-(\\d{6})-([A-Za-z0-9-]{1,64})");

    private final List<String> counties;

    DemoUsers(List<String> counties) {
        this.counties = List.copyOf(counties);
    }

    Optional<Caller> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        if (username.equals("analyst")) {
            return Optional.of(new Caller(username, Role.ANALYST, counties, null, null, null));
        }
        if (username.equals("operator")) {
            return Optional.of(new Caller(username, Role.OPERATOR, List.of(), null, null, null));
        }
        Matcher m = ADMIN.matcher(username);
        if (m.matches() && counties.contains(m.group(1))) {
            return Optional.of(new Caller(username, Role.COUNTY_ADMIN, List.of(m.group(1)), null, null, null));
        }
        m = CLERK.matcher(username);
        if (m.matches() && counties.contains(m.group(2))) {
            return Optional.of(new Caller(username, Role.TOWNSHIP_CLERK, List.of(m.group(2)), m.group(1), null, null));
        }
        m = UNIT.matcher(username);
        if (m.matches() && counties.contains(m.group(1))) {
            return Optional.of(new Caller(username, Role.HANDLING_UNIT, List.of(m.group(1)), null, m.group(2), null));
        }
        m = DEPUTY.matcher(username);
        if (m.matches() && counties.contains(m.group(1))) {
            return Optional.of(new Caller(username, Role.DEPUTY, List.of(m.group(1)), null, null, m.group(2)));
        }
        return Optional.empty();
    }
}
