package cn.renda.deputy.deputy.command;

import cn.renda.deputy.api.events.DeputyPersonalDataErasedEvent;
import cn.renda.deputy.api.events.DeputyRegisteredEvent;
import cn.renda.deputy.api.events.DeputyStatusChangedEvent;
import cn.renda.platform.problem.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A deputy (人大代表) of a township congress: registered serving, until resignation, recall, termination or death. */
@Aggregate
class Deputy {

    @AggregateIdentifier
    private String deputyId;
    private String county;
    private String townshipCode;
    private LocalDate electedOn;
    private boolean serving;
    private boolean hasPersonalData;
    private boolean personalDataErased;

    Deputy() {
    }

    @CommandHandler
    Deputy(RegisterDeputyCommand c) {
        if (!c.townshipCode().startsWith(c.county())) {
            throw new DomainException(422, "township-outside-county", "乡镇不属于该县", "Township outside the county",
                    "乡镇代码 " + c.townshipCode() + " 不属于县 " + c.county() + "。",
                    "Township " + c.townshipCode() + " is not in county " + c.county() + ".");
        }
        if (c.birthYear() != null && c.registeredAt() != null
                && c.registeredAt().atZone(ZoneOffset.UTC).getYear() - c.birthYear() < 18) {
            throw new DomainException(422, "deputy-too-young", "代表未满十八周岁", "Deputy under 18",
                    "人大代表须年满十八周岁。", "A deputy must be at least 18 years old.");
        }
        if (c.electedOn() != null && c.registeredAt() != null
                && c.electedOn().isAfter(c.registeredAt().atZone(ZoneOffset.UTC).toLocalDate())) {
            throw new DomainException(422, "elected-in-future", "当选日期晚于登记日期", "Elected in the future",
                    "当选日期 " + c.electedOn() + " 不能晚于登记日期。",
                    "Election date " + c.electedOn() + " cannot be after the registration.");
        }
        if (Boolean.TRUE.equals(c.byElection()) && Boolean.TRUE.equals(c.reElected())) {
            throw new DomainException(422, "by-election-re-elected", "补选代表不能为连任", "By-election is not re-election",
                    "补选产生的代表不能同时登记为连任代表。", "A deputy elected in a by-election cannot be recorded as re-elected.");
        }
        if (c.personalData() != null && !c.personalData().startsWith("aesgcm1:")) {
            throw new DomainException(422, "personal-data-not-encrypted", "个人信息未加密", "Personal data not encrypted",
                    "个人信息必须加密后才能写入事件。", "Personal data must be encrypted before it enters an event.");
        }
        apply(new DeputyRegisteredEvent(c.deputyId(), c.county(), c.townshipCode(), c.name(), c.gender(),
                c.birthYear(), c.occupation(), c.registeredAt(), c.term(), c.ethnicity(), c.education(), c.party(),
                c.reElected(), c.byElection(), c.district(), c.groupId(), c.electedOn(), c.personalData()));
    }

    @CommandHandler
    void handle(ChangeDeputyStatusCommand c) {
        requireCounty(c.county());
        if (!serving) {
            throw new DomainException(409, "deputy-not-serving", "代表已不在任", "Deputy no longer serving",
                    "该代表的代表资格已经终止，不能再次变动。",
                    "This deputy's service has already ended; it cannot change again.");
        }
        LocalDate recordedOn = c.recordedAt().atZone(ZoneOffset.UTC).toLocalDate();
        if (c.effectiveOn().isAfter(recordedOn.plusDays(1))) {
            throw new DomainException(422, "status-change-in-future", "变动日期不能晚于今天", "Change dated in the future",
                    "代表资格变动日期 " + c.effectiveOn() + " 晚于登记日期。",
                    "The change's date " + c.effectiveOn() + " is after the day it is recorded.");
        }
        if (electedOn != null && c.effectiveOn().isBefore(electedOn)) {
            throw new DomainException(422, "status-change-before-election", "变动日期早于当选日期",
                    "Change dated before the election",
                    "代表资格变动日期 " + c.effectiveOn() + " 早于当选日期 " + electedOn + "。",
                    "The change's date " + c.effectiveOn() + " is before the election on " + electedOn + ".");
        }
        apply(new DeputyStatusChangedEvent(deputyId, county, townshipCode, c.change(), c.effectiveOn(),
                c.reason(), c.recordedAt()));
    }

    @CommandHandler
    void handle(ErasePersonalDataCommand c) {
        requireCounty(c.county());
        if (personalDataErased) {
            throw new DomainException(409, "personal-data-already-erased", "个人信息已删除", "Personal data already erased",
                    "该代表的个人信息已经删除。", "This deputy's personal data was already erased.");
        }
        if (!hasPersonalData) {
            throw new DomainException(422, "no-personal-data", "没有可删除的个人信息", "No personal data",
                    "该代表登记时没有个人信息。", "This deputy was registered without personal data.");
        }
        apply(new DeputyPersonalDataErasedEvent(deputyId, county, townshipCode, c.reason(), c.erasedAt()));
    }

    private void requireCounty(String requested) {
        if (!county.equals(requested)) {
            throw new DomainException(404, "not-found", "未找到", "Not found", "本县没有该代表。",
                    "This county has no such deputy.");
        }
    }

    @EventSourcingHandler
    void on(DeputyRegisteredEvent e) {
        deputyId = e.deputyId();
        county = e.county();
        townshipCode = e.townshipCode();
        electedOn = e.electedOn();
        serving = true;
        hasPersonalData = e.personalData() != null;
    }

    @EventSourcingHandler
    void on(DeputyStatusChangedEvent e) {
        serving = false;
    }

    @EventSourcingHandler
    void on(DeputyPersonalDataErasedEvent e) {
        personalDataErased = true;
    }
}
