package cn.renda.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a command with the request's audit metadata and waits until its events are stored: a 2xx answer is only
 * given for what the event store has committed. Each stored command is logged at INFO: with the request's trace id,
 * county and user in the MDC, that line is where a trace starts in the service's log.
 */
public class CommandSender {

    private static final Logger log = LoggerFactory.getLogger(CommandSender.class);

    private final CommandGateway gateway;

    public CommandSender(CommandGateway gateway) {
        this.gateway = gateway;
    }

    public <R> R send(Object command, HttpServletRequest request, String county) {
        R result = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(RequestMetadata.of(request, county)));
        log.info("{} stored{}", command.getClass().getSimpleName(), result instanceof String id ? " (" + id + ")" : "");
        return result;
    }
}
