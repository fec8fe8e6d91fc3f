package cn.renda.supervision.shared;

import cn.renda.platform.problem.DomainException;
import cn.renda.platform.security.Caller;
import com.mongodb.client.model.Filters;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a caller may do here beyond the county check of the platform's security chain: a handling unit acts only as
 * itself, a deputy only as himself or herself, a township clerk writes only in the clerk's township, and neither a
 * unit nor a deputy runs the clerks' steps (assigning, flagging, closing, configuring). Reads are narrowed by role
 * the same way for every kind of record ({@link #listed}, {@link #mayRead}; the table is in the README's "Who may
 * read what"): another's record answers 404, another's list 403. Without a verified token (security switched off
 * behind a trusted gateway in tests) nothing is checked here.
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

    /** The kinds of record whose reads are narrowed by role; {@code unitField} names the unit a record is assigned to. */
    public enum Records {
        SUGGESTIONS("建议", "suggestions", "unitIds"),
        HANDLING_REPORT("建议办理情况报告", "handling report", "unitIds"),
        UNIT_WORKLOAD("承办单位办理情况", "unit workloads", "unitId"),
        INSPECTIONS("代表视察记录", "inspections", null),
        ENFORCEMENT_INSPECTIONS("执法检查记录", "enforcement inspections", null),
        WORK_REPORTS("专项工作报告", "work reports", null),
        PETITIONS("信访事项", "petitions", "unitId");

        final String zh;
        final String en;
        final String unitField;

        Records(String zh, String en, String unitField) {
            this.zh = zh;
            this.en = en;
            this.unitField = unitField;
        }
    }

    /**
     * What one caller may read of one kind of record: nothing ({@code none}), or the records matching every non-null
     * field: the township (with {@code countyWide}, records of no township too), the unit a record is assigned to, a
     * deputy among its {@code deputyIds}, the body a work report was delivered to.
     */
    record Reach(boolean none, String township, boolean countyWide, String unit, String deputy, String body) {

        static final Reach ALL = new Reach(false, null, false, null, null, null);
        static final Reach NONE = new Reach(true, null, false, null, null, null);

        static Reach township(String township, boolean countyWide) {
            return township == null ? NONE : new Reach(false, township, countyWide, null, null, null);
        }

        static Reach unit(String unit) {
            return unit == null ? NONE : new Reach(false, null, false, unit, null, null);
        }

        static Reach deputy(String deputy) {
            return deputy == null ? NONE : new Reach(false, null, false, null, deputy, null);
        }

        static Reach body(String body) {
            return new Reach(false, null, false, null, null, body);
        }
    }

    /**
     * The rules of the README's "Who may read what", in one place. County staff and analysts read the whole county; a
     * township clerk the clerk's own township (county-wide enforcement inspections too; any unit's workload); a
     * handling unit what is assigned or forwarded to it; a deputy what he or she signed or took part in, the work
     * reports delivered to a session and the handling report (both go to the session). Any other role: nothing.
     */
    static Reach reach(Records kind, Caller c) {
        return switch (c.role() == null ? "" : c.role()) {
            case Caller.TOWNSHIP_CLERK -> kind == Records.UNIT_WORKLOAD ? Reach.ALL
                    : Reach.township(c.township(), kind == Records.ENFORCEMENT_INSPECTIONS);
            case Caller.HANDLING_UNIT -> kind.unitField == null ? Reach.NONE : Reach.unit(c.unit());
            case Caller.DEPUTY -> switch (kind) {
                case SUGGESTIONS, INSPECTIONS, ENFORCEMENT_INSPECTIONS -> Reach.deputy(c.deputy());
                case WORK_REPORTS -> Reach.body("SESSION");
                case HANDLING_REPORT -> Reach.ALL;
                default -> Reach.NONE;
            };
            case Caller.COUNTY_ADMIN, Caller.ANALYST -> Reach.ALL;
            default -> Reach.NONE;
        };
    }

    private static Reach reach(Records kind) {
        return caller().map(c -> reach(kind, c)).orElse(Reach.ALL);
    }

    /**
     * A list as the caller may read it: the township, unit and deputy asked for, or else the caller's own (a clerk's
     * township, a unit, a deputy), and the conditions that narrow the list to what the role may read.
     */
    public record Listing(String township, String unit, String deputy, List<Bson> narrowing) {
    }

    /**
     * The list of {@code kind} the caller may read (no narrowing for county staff, analysts and without a token),
     * after checking what was asked for: a kind the caller may not read, or another township's, unit's or deputy's
     * list, is refused (403).
     */
    public static Listing listed(Records kind, String township, String unit, String deputy) {
        Optional<Caller> current = caller();
        Reach r = current.map(c -> reach(kind, c)).orElse(Reach.ALL);
        if (r.none()) {
            String role = current.map(Caller::role).orElse("");
            throw forbidden(roleZh(role) + "不能查看" + kind.zh + "。", roleEn(role) + " cannot read " + kind.en + ".");
        }
        List<Bson> conditions = new ArrayList<>();
        if (r.township() != null) {
            if (township != null && !township.equals(r.township())) {
                throw forbidden("乡镇人大工作人员只能查看本乡镇的" + kind.zh + "。",
                        "A township clerk reads only the " + kind.en + " of the clerk's own township.");
            }
            conditions.add(r.countyWide()
                    ? Filters.or(Filters.eq("townshipCode", r.township()), Filters.eq("townshipCode", null))
                    : Filters.eq("townshipCode", r.township()));
        }
        if (r.unit() != null) {
            if (unit != null && !unit.equals(r.unit())) {
                throw forbidden("承办单位只能查看交由本单位办理的" + kind.zh + "。",
                        "A handling unit reads only the " + kind.en + " assigned to it.");
            }
            conditions.add(Filters.eq(kind.unitField, r.unit()));
        }
        if (r.deputy() != null) {
            if (deputy != null && !deputy.equals(r.deputy())) {
                throw forbidden("代表只能查看本人提出、联名或参加的" + kind.zh + "。",
                        "A deputy reads only his or her own " + kind.en + ".");
            }
            conditions.add(Filters.eq("deputyIds", r.deputy()));
        }
        if (r.body() != null) {
            conditions.add(Filters.eq("body", r.body()));
        }
        return new Listing(township != null || r.countyWide() ? township : r.township(),
                unit != null ? unit : r.unit(), deputy != null ? deputy : r.deputy(), List.copyOf(conditions));
    }

    /**
     * May the caller read this record of {@code kind} (its fields by name: {@code townshipCode}, the kind's unit
     * field, {@code deputyIds}, {@code body})? The controllers answer 404 when not, as for an absent record.
     */
    public static boolean mayRead(Records kind, Map<String, ?> record) {
        Reach r = reach(kind);
        if (r.none()) {
            return false;
        }
        Object township = record.get("townshipCode");
        return (r.township() == null || r.township().equals(township) || (r.countyWide() && township == null))
                && (r.unit() == null || holds(record.get(kind.unitField), r.unit()))
                && (r.deputy() == null || holds(record.get("deputyIds"), r.deputy()))
                && (r.body() == null || r.body().equals(record.get("body")));
    }

    private static boolean holds(Object value, String wanted) {
        return value instanceof Collection<?> values ? values.contains(wanted) : wanted.equals(value);
    }

    private static String roleZh(String role) {
        return switch (role) {
            case Caller.HANDLING_UNIT -> "承办单位";
            case Caller.DEPUTY -> "代表";
            case Caller.TOWNSHIP_CLERK -> "乡镇人大工作人员";
            default -> "当前角色";
        };
    }

    private static String roleEn(String role) {
        return switch (role) {
            case Caller.HANDLING_UNIT -> "A handling unit";
            case Caller.DEPUTY -> "A deputy";
            case Caller.TOWNSHIP_CLERK -> "A township clerk";
            default -> "This role";
        };
    }
}
