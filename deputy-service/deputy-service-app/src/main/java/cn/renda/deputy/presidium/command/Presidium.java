package cn.renda.deputy.presidium.command;

import cn.renda.deputy.api.PresidiumRole;
import cn.renda.deputy.api.events.PresidiumFormedEvent;
import cn.renda.deputy.api.events.PresidiumMemberAppointedEvent;
import cn.renda.deputy.api.events.PresidiumPostLostEvent;
import cn.renda.platform.problem.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The presidium (主席团) of a township congress for one term: one chair, vice chairs and members, all serving deputies
 * of the township, at most {@code maxSize} (5 to 9 by default); a member whose deputy status ends loses the post.
 */
@Aggregate
class Presidium {

    @AggregateIdentifier
    private String presidiumId;
    private String county;
    private String townshipCode;
    private int maxSize;
    private final Map<String, PresidiumRole> seats = new HashMap<>();

    Presidium() {
    }

    @CommandHandler
    Presidium(FormPresidiumCommand c) {
        if (!c.townshipCode().startsWith(c.county())) {
            throw new DomainException(422, "township-outside-county", "乡镇不属于该县", "Township outside the county",
                    "乡镇代码 " + c.townshipCode() + " 不属于县 " + c.county() + "。",
                    "Township " + c.townshipCode() + " is not in county " + c.county() + ".");
        }
        if (c.minSize() < 1 || c.maxSize() < c.minSize()) {
            throw new DomainException(422, "presidium-size-invalid", "主席团人数范围无效", "Invalid presidium size",
                    "主席团人数范围 " + c.minSize() + "–" + c.maxSize() + " 无效。",
                    "Presidium size range " + c.minSize() + "-" + c.maxSize() + " is invalid.");
        }
        if (c.termStartsOn() != null && c.termUntil() != null
                && (c.formedOn().isBefore(c.termStartsOn()) || c.formedOn().isAfter(c.termUntil()))) {
            throw new DomainException(422, "presidium-outside-term", "主席团产生日期不在本届任期内",
                    "Presidium formed outside the term",
                    "第 " + c.term() + " 届任期为 " + c.termStartsOn() + " 至 " + c.termUntil() + "，主席团产生日期 "
                            + c.formedOn() + " 不在其中。",
                    "Term " + c.term() + " runs from " + c.termStartsOn() + " to " + c.termUntil()
                            + "; a presidium formed on " + c.formedOn() + " is outside it.");
        }
        apply(new PresidiumFormedEvent(c.presidiumId(), c.county(), c.townshipCode(), c.term(), c.minSize(),
                c.maxSize(), c.formedOn()));
    }

    @CommandHandler
    void handle(AppointPresidiumMemberCommand c) {
        if (!county.equals(c.county())) {
            throw new DomainException(404, "not-found", "未找到", "Not found", "本县没有该主席团。",
                    "This county has no such presidium.");
        }
        if (!townshipCode.equals(c.deputyTownship())) {
            throw new DomainException(422, "deputy-of-another-township", "代表不属于本乡镇",
                    "Deputy of another township", "主席团成员须为本乡镇人大代表。",
                    "Presidium members must be deputies of this township.");
        }
        if (seats.containsKey(c.deputyId())) {
            throw new DomainException(409, "already-presidium-member", "已是主席团成员", "Already a presidium member",
                    "该代表已担任主席团" + seats.get(c.deputyId()).label(true) + "。",
                    "This deputy already holds the post of " + seats.get(c.deputyId()).label(false) + ".");
        }
        if (c.role() == PresidiumRole.CHAIR && seats.containsValue(PresidiumRole.CHAIR)) {
            throw new DomainException(409, "chair-taken", "主席已有人担任", "Chair already taken",
                    "主席团只能有一名主席。", "A presidium has only one chair.");
        }
        if (seats.size() >= maxSize) {
            throw new DomainException(422, "presidium-full", "主席团人数已满", "Presidium full",
                    "主席团人数已达上限 " + maxSize + " 人。", "The presidium already has the maximum of " + maxSize + " members.");
        }
        apply(new PresidiumMemberAppointedEvent(presidiumId, county, townshipCode, c.deputyId(), c.name(), c.role(),
                c.fullTime(), c.partySecretary(), c.governmentDuties(), c.appointedOn()));
    }

    @CommandHandler
    void handle(VacatePresidiumPostCommand c) {
        PresidiumRole role = seats.get(c.deputyId());
        if (role != null) {
            apply(new PresidiumPostLostEvent(presidiumId, county, townshipCode, c.deputyId(), role, c.cause(),
                    c.effectiveOn()));
        }
    }

    @EventSourcingHandler
    void on(PresidiumFormedEvent e) {
        presidiumId = e.presidiumId();
        county = e.county();
        townshipCode = e.townshipCode();
        maxSize = e.maxSize();
    }

    @EventSourcingHandler
    void on(PresidiumMemberAppointedEvent e) {
        seats.put(e.deputyId(), e.role());
    }

    @EventSourcingHandler
    void on(PresidiumPostLostEvent e) {
        seats.remove(e.deputyId());
    }
}
