package cn.renda.platform.events;

import java.util.List;

/** The platform's integration topics: one per producing service, keyed by aggregate id. */
public final class RendaTopics {

    public static final String DEPUTY = "renda.deputy.events";
    public static final String SUPERVISION = "renda.supervision.events";
    public static final String TRAINING = "renda.training.events";

    public static final List<String> ALL = List.of(DEPUTY, SUPERVISION, TRAINING);

    private RendaTopics() {
    }
}
