package cn.renda.supervision.unit.query;

import cn.renda.platform.problem.DomainException;
import cn.renda.platform.web.PageResponse;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Which handling units a county has; set-based validation for assignments and replies. */
@Component
public class HandlingUnitDirectory {

    public record HandlingUnitView(String id, String county, String townshipCode, String name, String contactPerson,
                                   String contactPhone, String responsibleLeader) {
    }

    private final KnownHandlingUnitRepository units;

    HandlingUnitDirectory(KnownHandlingUnitRepository units) {
        this.units = units;
    }

    public Optional<HandlingUnitView> find(String county, String id) {
        return units.findById(id).filter(u -> u.county().equals(county)).map(HandlingUnitDirectory::view);
    }

    /** Every unit known in this county; otherwise a 422 problem naming the first that is not. */
    public void requireKnown(String county, Collection<String> ids) {
        for (String id : ids) {
            if (find(county, id).isEmpty()) {
                throw new DomainException(422, "unknown-unit", "承办单位不存在", "Unknown handling unit",
                        "本县没有承办单位 " + id + "。", "County " + county + " has no handling unit " + id + ".");
            }
        }
    }

    public PageResponse<HandlingUnitView> list(String county, String township, int page, int size) {
        Page<KnownHandlingUnit> found = township == null || township.isBlank()
                ? units.findByCountyOrderByName(county, PageRequest.of(page, size))
                : units.findByCountyAndTownshipCodeOrderByName(county, township, PageRequest.of(page, size));
        List<HandlingUnitView> items = found.map(HandlingUnitDirectory::view).getContent();
        return new PageResponse<>(items, found.getTotalElements(), page, size);
    }

    private static HandlingUnitView view(KnownHandlingUnit u) {
        return new HandlingUnitView(u.id(), u.county(), u.townshipCode(), u.name(), u.contactPerson(),
                u.contactPhone(), u.responsibleLeader());
    }
}
