package cn.renda.deputy.api;

/** deputy-service publishes every event of this package's {@code events} on this topic, keyed by aggregate id. */
public final class DeputyTopic {

    public static final String NAME = "renda.deputy.events";

    private DeputyTopic() {
    }
}
