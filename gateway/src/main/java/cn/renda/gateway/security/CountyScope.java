package cn.renda.gateway.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import reactor.core.publisher.Mono;

import java.util.Set;

/**
 * {@code /api/counties/{county}/**}: the county in the path must be one of the token's counties; an analyst only
 * reads; an operator sees no county data. Services check the same again (never rely on the gateway alone), and the
 * finer rules (a clerk writes only in the clerk's township, a unit sees only its items) are theirs.
 */
public class CountyScope implements ReactiveAuthorizationManager<AuthorizationContext> {

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Override
    public Mono<AuthorizationDecision> check(Mono<Authentication> authentication, AuthorizationContext context) {
        String county = (String) context.getVariables().get("county");
        HttpMethod method = context.getExchange().getRequest().getMethod();
        return authentication
                .filter(a -> a.isAuthenticated() && a instanceof JwtAuthenticationToken)
                .map(a -> Caller.from(((JwtAuthenticationToken) a).getToken()))
                .map(caller -> new AuthorizationDecision(caller.mayAccessCounty(county)
                        && (!caller.role().readOnly() || READS.contains(method))))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }
}
