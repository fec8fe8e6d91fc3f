package cn.renda.platform.problem;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The problems that come out of Axon's command handling, for the command-side services. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AxonProblemAdvice {

    private final ProblemAdvice base;

    public AxonProblemAdvice(ProblemAdvice base) {
        this.base = base;
    }

    @ExceptionHandler(CommandExecutionException.class)
    public ResponseEntity<ProblemDetail> command(CommandExecutionException e) {
        if (e.getCause() instanceof DomainException de) {
            return base.domain(de);
        }
        if (e.getCause() instanceof IncompatibleAggregateException) {
            return ProblemAdvice.notFound();
        }
        return base.internal(e);
    }

    /** A command sent to the id of another kind of record: there is no such record of this kind. */
    @ExceptionHandler({AggregateNotFoundException.class, IncompatibleAggregateException.class})
    public ResponseEntity<ProblemDetail> notFound(Exception e) {
        return ProblemAdvice.notFound();
    }

    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    public ResponseEntity<ProblemDetail> concurrency(Exception e) {
        return ProblemAdvice.problem(409, ProblemTypes.CONFLICT, "记录已存在或已被修改", "Conflict",
                ProblemAdvice.pick("该记录已存在或刚被他人修改，请刷新后重试。",
                        "The record already exists or was just changed; reload and try again."), null);
    }
}
