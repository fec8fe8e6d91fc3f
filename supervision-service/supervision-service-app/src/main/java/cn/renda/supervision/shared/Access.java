package cn.renda.supervision.shared;

import cn.renda.platform.problem.DomainException;
import cn.renda.platform.security.Caller;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What a caller may do here beyond the county check of the platform's security chain: a handling unit acts only as
 * itself, a deputy only as himself or herself, a township clerk writes only in the clerk's township, and neither a
 * unit nor a deputy runs the clerks' steps (assigning, flagging, closing, configuring). Without a verified token
 * (security switched off behind a trusted gateway in tests) nothing is checked here.
 */
public final class Access {

    private Access() {
    }

    private static Optional<Caller> caller() {
        return Caller.current();
    }

    private static DomainException forbidden(String zh, String en) {
        return new DomainException(403, "forbidden", "无权操作", "Forbidden", zh, en);
    }

    /** A clerk's step: county admin or a clerk of this township (when the township is known). */
    public static void clerk(String county, String townshipCode) {
        caller().ifPresent(c -> {
            if (Caller.HANDLING_UNIT.equals(c.role()) || Caller.DEPUTY.equals(c.role())) {
                throw forbidden("承办单位和代表不能进行此项操作。", "Handling units and deputies cannot take this step.");
            }
            if (townshipCode != null && !c.mayWriteTownship(county, townshipCode)) {
                throw forbidden("只能登记本乡镇的记录。", "A township clerk records only the clerk's own township.");
            }
        });
    }

    /** A township clerk only in the clerk's own township; anyone else the county's security chain let through. */
    public static void township(String county, String townshipCode) {
        caller().ifPresent(c -> {
            if (Caller.TOWNSHIP_CLERK.equals(c.role()) && !c.mayWriteTownship(county, townshipCode)) {
                throw forbidden("只能登记本乡镇的记录。", "A township clerk records only the clerk's own township.");
            }
        });
    }

    /** A unit's step (a reply): a handling unit only as itself. */
    public static void unit(String unitId) {
        caller().ifPresent(c -> {
            if (Caller.DEPUTY.equals(c.role())) {
                throw forbidden("代表不能代替承办单位答复。", "A deputy cannot reply for a handling unit.");
            }
            if (Caller.HANDLING_UNIT.equals(c.role()) && !unitId.equals(c.unit())) {
                throw forbidden("承办单位只能以本单位名义答复。", "A handling unit replies only as itself.");
            }
        });
    }

    /** A deputy's step (a rating, a submission): a deputy only as himself or herself. */
    public static void deputy(Collection<String> deputyIds) {
        caller().ifPresent(c -> {
            if (Caller.HANDLING_UNIT.equals(c.role())) {
                throw forbidden("承办单位不能进行此项操作。", "A handling unit cannot take this step.");
            }
            if (Caller.DEPUTY.equals(c.role()) && (c.deputy() == null || !deputyIds.contains(c.deputy()))) {
                throw forbidden("代表只能以本人名义操作。", "A deputy acts only as himself or herself.");
            }
        });
    }

    /**
     * The unit a list is narrowed to: a handling unit sees only the items assigned to it (asking for another unit's is
     * refused), everyone else what they asked for.
     */
    public static String listedUnit(String requested) {
        return caller().filter(c -> Caller.HANDLING_UNIT.equals(c.role())).map(c -> {
            if (c.unit() == null || (requested != null && !requested.equals(c.unit()))) {
                throw forbidden("承办单位只能查看交由本单位办理的事项。", "A handling unit sees only the items assigned to it.");
            }
            return c.unit();
        }).orElse(requested);
    }

    /**
     * The deputy a list is narrowed to: a deputy sees only the suggestions he or she submitted or co-signed (asking for
     * another deputy's is refused), everyone else what they asked for.
     */
    public static String listedDeputy(String requested) {
        return caller().filter(c -> Caller.DEPUTY.equals(c.role())).map(c -> {
            if (c.deputy() == null || (requested != null && !requested.equals(c.deputy()))) {
                throw forbidden("代表只能查看本人提出或联名的建议。", "A deputy sees only his or her own suggestions.");
            }
            return c.deputy();
        }).orElse(requested);
    }

    /** May the caller read this item: a handling unit one assigned to it, a deputy one he or she signed. */
    public static boolean mayRead(List<String> deputyIds, List<String> unitIds) {
        return caller().map(c -> {
            if (Caller.HANDLING_UNIT.equals(c.role())) {
                return c.unit() != null && unitIds.contains(c.unit());
            }
            if (Caller.DEPUTY.equals(c.role())) {
                return c.deputy() != null && deputyIds.contains(c.deputy());
            }
            return true;
        }).orElse(true);
    }
}
