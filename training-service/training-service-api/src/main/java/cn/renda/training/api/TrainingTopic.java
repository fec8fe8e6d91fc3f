package cn.renda.training.api;

/** training-service publishes every event of this package's {@code events} on this topic, keyed by aggregate id. */
public final class TrainingTopic {

    public static final String NAME = "renda.training.events";

    private TrainingTopic() {
    }
}
