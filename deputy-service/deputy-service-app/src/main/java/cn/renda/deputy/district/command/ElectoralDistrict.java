package cn.renda.deputy.district.command;

import cn.renda.deputy.api.events.ElectoralDistrictRegisteredEvent;
import cn.renda.platform.problem.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An electoral district (选区) of a township: deputies are elected directly by its voters, {@code seats} of them
 * (选举法: each district elects one to three deputies; larger rural districts are common, so only at least one and
 * no more than the voters is required here). Code and name are unique within the township.
 */
@Aggregate
class ElectoralDistrict {

    @AggregateIdentifier
    private String districtId;

    ElectoralDistrict() {
    }

    @CommandHandler
    ElectoralDistrict(RegisterElectoralDistrictCommand c) {
        if (!c.townshipCode().startsWith(c.county())) {
            throw new DomainException(422, "township-outside-county", "乡镇不属于该县", "Township outside the county",
                    "乡镇代码 " + c.townshipCode() + " 不属于县 " + c.county() + "。",
                    "Township " + c.townshipCode() + " is not in county " + c.county() + ".");
        }
        if (c.seats() < 1) {
            throw new DomainException(422, "district-seats-invalid", "应选代表名额无效", "Invalid number of seats",
                    "每个选区至少选出一名代表。", "A district elects at least one deputy.");
        }
        if (c.voters() < c.seats()) {
            throw new DomainException(422, "district-voters-invalid", "选民人数少于应选名额", "Fewer voters than seats",
                    "选民 " + c.voters() + " 人，少于应选代表 " + c.seats() + " 名。",
                    c.voters() + " voters cannot elect " + c.seats() + " deputies.");
        }
        if (c.nameTaken()) {
            throw new DomainException(409, "district-name-taken", "选区名称已存在", "District name taken",
                    "本乡镇已有名为“" + c.name() + "”的选区。", "The township already has a district named " + c.name() + ".");
        }
        apply(new ElectoralDistrictRegisteredEvent(c.districtId(), c.county(), c.townshipCode(), c.code(), c.name(),
                c.seats(), c.voters()));
    }

    @EventSourcingHandler
    void on(ElectoralDistrictRegisteredEvent e) {
        districtId = e.districtId();
    }
}
