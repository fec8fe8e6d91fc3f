package cn.renda.supervision.shared;

import cn.renda.platform.web.CommandSender;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.eventsourcing.IncompatibleAggregateException;

/**
 * Sends a command through the platform's {@link CommandSender}; an id that belongs to another kind of record (a
 * suggestion command sent to an inspection's id, say) is a 404, not the 500 Axon's repository would give.
 */
public final class Commands {

    private Commands() {
    }

    public static <R> R send(CommandSender sender, Object command, HttpServletRequest request, String county) {
        try {
            return sender.send(command, request, county);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof IncompatibleAggregateException) {
                    throw NotFound.of("记录");
                }
            }
            throw e;
        }
    }
}
