package cn.renda.platform.kafka;

/** A published event this consumer cannot read (malformed JSON, unknown shape): it goes to the dead-letter topic. */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
