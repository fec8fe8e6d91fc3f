package cn.renda.platform.tracing;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps each log line of one logger with the MDC as it was when the line was written. */
final class CapturingAppender extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    record Line(String message, Map<String, String> mdc) {
    }

    final List<Line> lines = new CopyOnWriteArrayList<>();
    private final Logger logger;

    private CapturingAppender(Logger logger) {
        this.logger = logger;
    }

    static CapturingAppender on(org.slf4j.Logger slf4j) {
        Logger logger = (Logger) LoggerFactory.getLogger(slf4j.getName());
        CapturingAppender appender = new CapturingAppender(logger);
        appender.start();
        logger.addAppender(appender);
        return appender;
    }

    @Override
    protected void append(ILoggingEvent event) {
        lines.add(new Line(event.getFormattedMessage(), Map.copyOf(event.getMDCPropertyMap())));
    }

    @Override
    public void close() {
        logger.detachAppender(this);
        stop();
    }
}
