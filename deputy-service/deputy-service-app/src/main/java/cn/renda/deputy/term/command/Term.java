package cn.renda.deputy.term.command;

import cn.renda.deputy.api.events.TermOpenedEvent;
import cn.renda.platform.problem.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A term (届) of one township's congress: five years from the first session of the newly elected congress. Terms of a
 * township are numbered consecutively and each starts after the one before; the next term's start ends the previous
 * one early if it comes before the five years are over.
 */
@Aggregate
class Term {

    /** A term lasts five years (地方组织法: 乡镇人大每届任期五年). */
    static final int YEARS = 5;

    @AggregateIdentifier
    private String termId;

    Term() {
    }

    @CommandHandler
    Term(OpenTermCommand c) {
        if (!c.townshipCode().startsWith(c.county())) {
            throw new DomainException(422, "township-outside-county", "乡镇不属于该县", "Township outside the county",
                    "乡镇代码 " + c.townshipCode() + " 不属于县 " + c.county() + "。",
                    "Township " + c.townshipCode() + " is not in county " + c.county() + ".");
        }
        if (c.number() < 1 || c.number() > 99) {
            throw new DomainException(422, "term-number-invalid", "届次无效", "Invalid term number",
                    "届次须在 1 到 99 之间。", "A term number is between 1 and 99.");
        }
        if (c.latestNumber() != null) {
            if (c.number() != c.latestNumber() + 1) {
                throw new DomainException(422, "term-not-next", "届次不连续", "Not the next term",
                        "该乡镇最近一届为第 " + c.latestNumber() + " 届，只能开始第 " + (c.latestNumber() + 1) + " 届。",
                        "The township's latest term is " + c.latestNumber() + "; only term " + (c.latestNumber() + 1)
                                + " can begin next.");
            }
            if (c.latestStartsOn() != null && !c.startsOn().isAfter(c.latestStartsOn())) {
                throw new DomainException(422, "term-starts-too-early", "新一届开始日期早于上一届",
                        "Term starts too early",
                        "第 " + c.number() + " 届的开始日期须晚于第 " + c.latestNumber() + " 届的开始日期 "
                                + c.latestStartsOn() + "。",
                        "Term " + c.number() + " must start after term " + c.latestNumber() + " began on "
                                + c.latestStartsOn() + ".");
            }
        }
        apply(new TermOpenedEvent(c.termId(), c.county(), c.townshipCode(), c.number(), c.startsOn(),
                c.startsOn().plusYears(YEARS).minusDays(1)));
    }

    @EventSourcingHandler
    void on(TermOpenedEvent e) {
        termId = e.termId();
    }
}
