package cn.renda.deputy.term.query;

import cn.renda.deputy.api.events.TermOpenedEvent;
import cn.renda.platform.problem.DomainException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The terms of each township, from {@code known_term} (kept in the event's transaction by the subscribing processor
 * {@code term-lookup}), for the checks made before a command: does a term exist, which term is in force on a day,
 * and over which days does it run.
 * <p>
 * A township that has no term registered at all keeps the behaviour from before terms were modelled: the term number
 * a request names is taken as it is ({@link #resolve} answers empty). From its first registered term on, every
 * deputy, presidium and session of the township must name one of its terms.
 */
@Component
@ProcessingGroup("term-lookup")
public class TermDirectory {

    /**
     * A term with its nominal end ({@code endsOn}, five years) and the day it actually runs to ({@code until}): the
     * day before the next term starts, if that is earlier or later than the nominal end, else the nominal end.
     */
    public record TermPeriod(String id, String county, String townshipCode, int number, LocalDate startsOn,
                             LocalDate endsOn, LocalDate until) {

        public boolean covers(LocalDate day) {
            return !day.isBefore(startsOn) && !day.isAfter(until);
        }
    }

    private final KnownTermRepository repository;

    TermDirectory(KnownTermRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(TermOpenedEvent e) {
        repository.save(new KnownTerm(e.termId(), e.county(), e.townshipCode(), e.number(), e.startsOn(), e.endsOn()));
    }

    /** The township's terms in order, each with the day it runs to. */
    public List<TermPeriod> terms(String county, String townshipCode) {
        return periods(repository.findByCountyAndTownshipCodeOrderByNumber(county, townshipCode));
    }

    /** Every term of the county, by township and number. */
    public List<TermPeriod> terms(String county) {
        List<KnownTerm> all = repository.findByCountyOrderByTownshipCodeAscNumberAsc(county);
        List<TermPeriod> result = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= all.size(); i++) {
            if (i == all.size() || !all.get(i).townshipCode().equals(all.get(from).townshipCode())) {
                result.addAll(periods(all.subList(from, i)));
                from = i;
            }
        }
        return result;
    }

    public Optional<TermPeriod> get(String county, String termId) {
        return repository.findById(termId).filter(t -> t.county().equals(county))
                .flatMap(t -> terms(county, t.townshipCode()).stream().filter(p -> p.id().equals(termId)).findFirst());
    }

    public Optional<TermPeriod> latest(String county, String townshipCode) {
        List<TermPeriod> terms = terms(county, townshipCode);
        return terms.isEmpty() ? Optional.empty() : Optional.of(terms.get(terms.size() - 1));
    }

    /**
     * The term a request refers to: the one numbered {@code number}, or, without a number, the one in force on
     * {@code on}. Empty when the township has no terms registered (its term numbers are not checked); a 422
     * {@code unknown-term} when it has terms but none fits.
     */
    public Optional<TermPeriod> resolve(String county, String townshipCode, Integer number, LocalDate on) {
        List<TermPeriod> terms = terms(county, townshipCode);
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        Optional<TermPeriod> found = number != null
                ? terms.stream().filter(t -> t.number() == number).findFirst()
                : terms.stream().filter(t -> on != null && t.covers(on)).findFirst();
        if (found.isEmpty()) {
            String known = String.join("、", terms.stream().map(t -> "第" + t.number() + "届").toList());
            throw number != null
                    ? new DomainException(422, "unknown-term", "届次不存在", "Unknown term",
                    "乡镇 " + townshipCode + " 没有第 " + number + " 届，已登记：" + known + "。",
                    "Township " + townshipCode + " has no term " + number + "; it has " + numbers(terms) + ".")
                    : new DomainException(422, "unknown-term", "届次不存在", "Unknown term",
                    "乡镇 " + townshipCode + " 在 " + on + " 没有在任的一届，请注明届次（已登记：" + known + "）。",
                    "Township " + townshipCode + " has no term in force on " + on + "; name the term (it has "
                            + numbers(terms) + ").");
        }
        return found;
    }

    private static String numbers(List<TermPeriod> terms) {
        return String.join(", ", terms.stream().map(t -> String.valueOf(t.number())).toList());
    }

    private static List<TermPeriod> periods(List<KnownTerm> township) {
        List<TermPeriod> result = new ArrayList<>();
        for (int i = 0; i < township.size(); i++) {
            KnownTerm t = township.get(i);
            LocalDate until = i + 1 < township.size() ? township.get(i + 1).startsOn().minusDays(1) : t.endsOn();
            result.add(new TermPeriod(t.termId(), t.county(), t.townshipCode(), t.number(), t.startsOn(), t.endsOn(),
                    until));
        }
        return result;
    }
}
