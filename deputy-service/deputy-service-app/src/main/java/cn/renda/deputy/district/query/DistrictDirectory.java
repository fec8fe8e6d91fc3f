package cn.renda.deputy.district.query;

import cn.renda.deputy.api.events.ElectoralDistrictRegisteredEvent;
import cn.renda.platform.problem.DomainException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The electoral districts of each township, from {@code known_district} (subscribing processor
 * {@code district-lookup}, errors propagate so a duplicate name fails the registration), for the checks before a
 * command.
 * <p>
 * A township without registered districts keeps the behaviour from before districts were modelled: a deputy's district
 * is free text. From its first registered district on, a deputy's district must name one of them (by code or name).
 */
@Component
@ProcessingGroup("district-lookup")
public class DistrictDirectory {

    public record District(String id, String county, String townshipCode, String code, String name, int seats,
                           int voters) {
    }

    private final KnownDistrictRepository repository;

    DistrictDirectory(KnownDistrictRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(ElectoralDistrictRegisteredEvent e) {
        repository.saveAndFlush(new KnownDistrict(e.districtId(), e.county(), e.townshipCode(), e.code(), e.name(),
                e.seats(), e.voters()));
    }

    public List<District> districts(String county, String townshipCode) {
        return (townshipCode == null ? repository.findByCountyOrderByTownshipCodeAscCodeAsc(county)
                : repository.findByCountyAndTownshipCodeOrderByCode(county, townshipCode)).stream()
                .map(DistrictDirectory::of).toList();
    }

    public boolean nameTaken(String townshipCode, String name) {
        return repository.existsByTownshipCodeAndName(townshipCode, name);
    }

    /**
     * The district a deputy names, by code or name: empty when the township has no registered districts (the text is
     * kept as it is); a 422 {@code unknown-district} when it has districts and none matches.
     */
    public Optional<District> resolve(String county, String townshipCode, String codeOrName) {
        List<District> districts = districts(county, townshipCode);
        if (districts.isEmpty() || codeOrName == null) {
            return Optional.empty();
        }
        String wanted = codeOrName.strip();
        return Optional.of(districts.stream().filter(d -> d.code().equals(wanted)).findFirst()
                .or(() -> districts.stream().filter(d -> d.name().equals(wanted)).findFirst())
                .orElseThrow(() -> new DomainException(422, "unknown-district", "选区不存在", "Unknown district",
                        "乡镇 " + townshipCode + " 没有编号或名称为“" + wanted + "”的选区，已登记："
                                + String.join("、", districts.stream().map(District::name).toList()) + "。",
                        "Township " + townshipCode + " has no electoral district coded or named " + wanted + ".")));
    }

    private static District of(KnownDistrict k) {
        return new District(k.districtId(), k.county(), k.townshipCode(), k.code(), k.name(), k.seats(), k.voters());
    }
}
