package cn.renda.supervision.api;

/** supervision-service publishes every event of this package's {@code events} on this topic, keyed by aggregate id. */
public final class SupervisionTopic {

    public static final String NAME = "renda.supervision.events";

    private SupervisionTopic() {
    }
}
