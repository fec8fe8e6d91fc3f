package cn.renda.deputy.deputy.web;

import cn.renda.deputy.api.DeputyStatusChange;
import cn.renda.deputy.api.Education;
import cn.renda.deputy.api.Gender;
import cn.renda.deputy.api.PartyMembership;
import cn.renda.deputy.deputy.command.ChangeDeputyStatusCommand;
import cn.renda.deputy.deputy.command.ErasePersonalDataCommand;
import cn.renda.deputy.district.query.DistrictDirectory;
import cn.renda.deputy.group.query.GroupDirectory;
import cn.renda.deputy.term.query.TermDirectory;
import cn.renda.deputy.privacy.IdCardRegister;
import cn.renda.deputy.privacy.IdCards;
import cn.renda.deputy.privacy.PersonalData;
import cn.renda.deputy.privacy.PersonalDataVault;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.PastOrPresent;
import cn.renda.deputy.api.Occupation;
import cn.renda.deputy.deputy.command.RegisterDeputyCommand;
import cn.renda.deputy.deputy.query.DeputyQueries;
import cn.renda.deputy.township.query.TownshipDirectory;
import cn.renda.platform.problem.DomainException;
import cn.renda.platform.problem.ProblemAdvice;
import cn.renda.platform.security.Permissions;
import cn.renda.platform.web.Codes;
import cn.renda.platform.web.CommandSender;
import cn.renda.platform.web.PageResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/counties/{county}/deputies")
class DeputyController {

    record RegisterDeputyRequest(
            @NotBlank @Pattern(regexp = Codes.TOWNSHIP) String townshipCode,
            @NotBlank @Size(max = 40) String name,
            @NotNull Gender gender,
            @Min(1900) @Max(2100) Integer birthYear,
            @NotNull Occupation occupation,
            @Min(1) @Max(99) Integer term,
            @Size(max = 20) String ethnicity,
            Education education,
            PartyMembership party,
            Boolean reElected,
            Boolean byElection,
            @Size(max = 40) String district,
            @Size(max = 64) String groupId,
            @PastOrPresent LocalDate electedOn,
            @Pattern(regexp = "1\\d{10}|0\\d{2,3}-?\\d{7,8}") String phone,
            @Pattern(regexp = "\\d{17}[\\dXx]") String idCardNumber,
            @Size(max = 100) String address) {

        boolean hasPersonalData() {
            return notBlank(phone) || notBlank(idCardNumber) || notBlank(address);
        }
    }

    record ChangeStatusRequest(@NotNull DeputyStatusChange change, @NotNull LocalDate effectiveOn,
                               @NotBlank @Size(max = 200) String reason) {
    }

    record EraseRequest(@NotBlank @Size(max = 200) String reason) {
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String strip(String s) {
        return notBlank(s) ? s.strip() : null;
    }

    private final CommandSender commands;
    private final TownshipDirectory townships;
    private final DeputyQueries queries;
    private final Clock clock;
    private final PersonalDataVault vault;
    private final IdCardRegister idCards;
    private final ObjectMapper mapper;
    private final GroupDirectory groups;
    private final TermDirectory terms;
    private final DistrictDirectory districts;

    DeputyController(CommandSender commands, TownshipDirectory townships, DeputyQueries queries, Clock clock,
                     PersonalDataVault vault, IdCardRegister idCards, ObjectMapper mapper, GroupDirectory groups,
                     TermDirectory terms, DistrictDirectory districts) {
        this.terms = terms;
        this.districts = districts;
        this.groups = groups;
        this.commands = commands;
        this.townships = townships;
        this.queries = queries;
        this.clock = clock;
        this.vault = vault;
        this.idCards = idCards;
        this.mapper = mapper;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> register(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                 @Valid @RequestBody RegisterDeputyRequest body, HttpServletRequest request) {
        Permissions.requireStaff(county, body.townshipCode());
        if (!townships.exists(body.townshipCode(), county)) {
            throw new DomainException(422, "unknown-township", "乡镇不存在", "Unknown township",
                    "本县没有代码为 " + body.townshipCode() + " 的乡镇，请先登记乡镇。",
                    "County " + county + " has no township " + body.townshipCode() + "; register it first.");
        }
        if (notBlank(body.idCardNumber()) && !IdCards.valid(body.idCardNumber())) {
            throw new DomainException(422, "invalid-id-card", "身份证号码校验位错误", "Invalid ID card number",
                    "身份证号码的校验位不正确，请核对。", "The ID card number's check character is wrong.");
        }
        if (notBlank(body.groupId())) {
            groups.requireInTownship(county, body.townshipCode(), body.groupId().strip());
        }
        Integer term = terms.resolve(county, body.townshipCode(), body.term(), today())
                .map(TermDirectory.TermPeriod::number).orElse(body.term());
        String district = districts.resolve(county, body.townshipCode(), strip(body.district()))
                .map(DistrictDirectory.District::name).orElse(strip(body.district()));
        idCards.requireFree(county, term, strip(body.idCardNumber()));
        String deputyId = UUID.randomUUID().toString();
        String sealed = body.hasPersonalData()
                ? vault.seal(deputyId, county, new PersonalData(strip(body.phone()),
                IdCards.normalize(strip(body.idCardNumber())), strip(body.address())))
                : null;
        String id = commands.send(new RegisterDeputyCommand(deputyId, county, body.townshipCode(),
                body.name().strip(), body.gender(), body.birthYear(), body.occupation(), clock.instant(),
                term, strip(body.ethnicity()), body.education(), body.party(), body.reElected(),
                body.byElection(), district, strip(body.groupId()), body.electedOn(), sealed),
                request, county);
        return Map.of("id", id);
    }

    private LocalDate today() {
        return clock.instant().atZone(java.time.ZoneOffset.ofHours(8)).toLocalDate();
    }

    /** The deputy's own township's clerk or the county's admin; for an unknown deputy, the county's admin only. */
    private void requireStaffFor(String county, String deputyId) {
        Permissions.requireStaff(county, queries.get(county, deputyId).map(DeputyQueries.DeputySummary::townshipCode)
                .orElse(null));
    }

    /** 代表资格变动: resignation, recall, termination or death; the deputy stops serving everywhere. */
    @PostMapping("/{id}/status-changes")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> changeStatus(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                     @PathVariable String id, @Valid @RequestBody ChangeStatusRequest body,
                                     HttpServletRequest request) {
        requireStaffFor(county, id);
        commands.send(new ChangeDeputyStatusCommand(id, county, body.change(), body.effectiveOn(),
                body.reason().strip(), clock.instant()), request, county);
        return Map.of("id", id);
    }

    /** Crypto-shredding: destroys the deputy's key; phone, ID card number and address are gone for good. */
    @PostMapping("/{id}/personal-data-erasure")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> erase(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                              @PathVariable String id, @Valid @RequestBody EraseRequest body,
                              HttpServletRequest request) {
        requireStaffFor(county, id);
        commands.send(new ErasePersonalDataCommand(id, county, body.reason().strip(), clock.instant()), request,
                county);
        return Map.of("id", id);
    }

    @GetMapping
    PageResponse<DeputyQueries.DeputySummary> list(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                                   @RequestParam(required = false) @Pattern(regexp = Codes.TOWNSHIP) String township,
                                                   @RequestParam(required = false) @Size(max = 64) String group,
                                                   @RequestParam(required = false) @Pattern(regexp = "SERVING|RESIGNED|RECALLED|TERMINATED|DECEASED") String status,
                                                   @RequestParam(required = false) Occupation occupation,
                                                   @RequestParam(required = false) Gender gender,
                                                   @RequestParam(required = false) PartyMembership party,
                                                   @RequestParam(required = false) Education education,
                                                   @RequestParam(required = false) Boolean reElected,
                                                   @RequestParam(required = false) @Min(1) @Max(99) Integer term,
                                                   @RequestParam(required = false) @Size(max = 40) String district,
                                                   @RequestParam(required = false) @Size(max = 40) String name,
                                                   @RequestParam(defaultValue = "0") @Min(0) int page,
                                                   @RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
        return queries.find(county, new DeputyQueries.DeputyFilter(township, group, status,
                occupation == null ? null : occupation.name(), gender == null ? null : gender.name(),
                party == null ? null : party.name(), education == null ? null : education.name(), reElected, term,
                district == null || district.isBlank() ? null : district.strip(), name),
                page, size);
    }

    /** 代表结构: the composition of the serving deputies of the county or one township, with the cadre share. */
    @GetMapping("/composition")
    DeputyQueries.Composition composition(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                          @RequestParam(required = false) @Pattern(regexp = Codes.TOWNSHIP) String township) {
        return queries.composition(county, township, clock.instant().atZone(java.time.ZoneOffset.ofHours(8)).getYear());
    }

    /**
     * A deputy's profile: the summary, the status change if any, and the personal data opened with the deputy's key
     * (ID card number masked); after an erasure those three read {@code [已删除]}.
     */
    @GetMapping("/{id}")
    ResponseEntity<?> get(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id) {
        return queries.record(county, id).<ResponseEntity<?>>map(r -> {
            Map<String, Object> profile = mapper.convertValue(r.summary(), new TypeReference<LinkedHashMap<String, Object>>() {
            });
            profile.put("statusChange", r.statusChange());
            profile.put("personalDataErased", r.personalDataErased());
            if (r.personalDataErased()) {
                profile.put("phone", PersonalData.ERASED);
                profile.put("idCardNumber", PersonalData.ERASED);
                profile.put("address", PersonalData.ERASED);
            } else {
                Optional<PersonalData> data = vault.open(id, r.personalDataCiphertext());
                profile.put("phone", data.map(PersonalData::phone).orElse(null));
                profile.put("idCardNumber", data.map(PersonalData::maskedIdCard).orElse(null));
                profile.put("address", data.map(PersonalData::address).orElse(null));
            }
            return ResponseEntity.ok(profile);
        }).orElseGet(ProblemAdvice::notFound);
    }
}
