package cn.renda.deputy.configuration.command;

import cn.renda.deputy.api.events.CountyConfiguredEvent;
import cn.renda.platform.problem.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A county's configurable rules (县级配置) for its township congresses; set again at any time. */
@Aggregate
class CountyConfiguration {

    @AggregateIdentifier
    private String county;

    CountyConfiguration() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ConfigureCountyCommand c) {
        if (c.presidiumMinSize() < 3 || c.presidiumMaxSize() < c.presidiumMinSize() || c.presidiumMaxSize() > 25) {
            throw new DomainException(422, "presidium-size-invalid", "主席团人数范围无效", "Invalid presidium size",
                    "主席团人数范围须在 3 到 25 之间且下限不大于上限。",
                    "The presidium size range must lie within 3..25 with min <= max.");
        }
        if (c.quorumDenominator() < 1 || c.quorumNumerator() < 1 || c.quorumNumerator() > c.quorumDenominator()
                || c.quorumNumerator() * 2 <= c.quorumDenominator()) {
            throw new DomainException(422, "quorum-invalid", "法定人数比例无效", "Invalid quorum",
                    "开会所需出席比例须超过半数且不超过全体代表。",
                    "The quorum must be more than half and at most all of the deputies.");
        }
        apply(new CountyConfiguredEvent(c.county(), c.presidiumMinSize(), c.presidiumMaxSize(), c.quorumNumerator(),
                c.quorumDenominator()));
    }

    @EventSourcingHandler
    void on(CountyConfiguredEvent e) {
        county = e.county();
    }
}
