package cn.renda.deputy.roster;

import cn.renda.platform.problem.DomainException;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Who serves where, read from {@code deputy_roster} (current the moment a registration or status change was
 * acknowledged): for checks at the edge before a command (presidium posts, attendance, quorum, groups).
 */
@Component
public class Roster {

    public static final String SERVING = "SERVING";

    public record RosterDeputy(String id, String county, String townshipCode, String name, String status,
                               String groupId) {
    }

    private final RosterRepository repository;

    Roster(RosterRepository repository) {
        this.repository = repository;
    }

    /** The deputies of a group, serving or not, by name. */
    public List<RosterDeputy> members(String county, String groupId) {
        return repository.findByCountyAndGroupIdOrderByName(county, groupId).stream()
                .map(r -> new RosterDeputy(r.deputyId(), r.county(), r.townshipCode(), r.name(), r.status(), r.groupId()))
                .toList();
    }

    public long servingCount(String county, String townshipCode) {
        return repository.countByCountyAndTownshipCodeAndStatus(county, townshipCode, SERVING);
    }

    public List<String> servingIds(String county, String townshipCode) {
        return repository.findByCountyAndTownshipCodeAndStatus(county, townshipCode, SERVING).stream()
                .map(RosterEntry::deputyId).toList();
    }

    /** The deputy, serving in this county (any township); otherwise a 422. */
    public RosterDeputy requireServing(String county, String deputyId) {
        RosterEntry r = repository.findById(deputyId).filter(e -> e.county().equals(county)).orElse(null);
        if (r == null || !SERVING.equals(r.status())) {
            throw new DomainException(422, "unknown-deputy", "代表不存在或不在任", "Unknown deputy",
                    "本县没有在任代表 " + deputyId + "。", "County " + county + " has no serving deputy " + deputyId + ".");
        }
        return new RosterDeputy(r.deputyId(), r.county(), r.townshipCode(), r.name(), r.status(), r.groupId());
    }

    /** The deputies, each serving in this county and township; otherwise a 422 naming the first that is not. */
    public List<RosterDeputy> requireServing(String county, String townshipCode, Collection<String> ids) {
        List<String> unique = List.copyOf(new LinkedHashSet<>(ids));
        Map<String, RosterEntry> found = new HashMap<>();
        repository.findAllById(unique).forEach(r -> found.put(r.deputyId(), r));
        List<RosterDeputy> result = new ArrayList<>();
        for (String id : unique) {
            RosterEntry r = found.get(id);
            if (r == null || !r.county().equals(county) || !r.townshipCode().equals(townshipCode)
                    || !SERVING.equals(r.status())) {
                throw new DomainException(422, "unknown-deputy", "代表不存在或不在任", "Unknown deputy",
                        "乡镇 " + townshipCode + " 没有在任代表 " + id + "。",
                        "Township " + townshipCode + " has no serving deputy " + id + ".");
            }
            result.add(new RosterDeputy(r.deputyId(), r.county(), r.townshipCode(), r.name(), r.status(), r.groupId()));
        }
        return result;
    }
}
